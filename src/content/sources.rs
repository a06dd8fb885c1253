//! What a page's facts are based on, with their dates (`sources = [{ name = "KIND, …", date =
//! "2021-03" }]`): printed on the page, its text version and every leaflet ("Based on: KIND, March
//! 2021"), so that a fact from 2021 never looks as new as the page's last review.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::said;
use crate::said::Said;

/// One source as written in the front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    /// Who published it, and its title if it helps: `KIND, U.S.-Mexico Cooperation…`.
    name: Spanned<String>,
    /// When it was published: `2021-03` (year and month) or `2021`.
    date: Spanned<String>,
}

/// A source, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub year: u16,
    pub month: Option<u8>,
}

impl Source {
    /// The first day it can be from, to compare with today.
    pub fn earliest(&self) -> super::Date {
        super::Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: 1,
        }
    }
}

/// Each source checked: a name, and a date of a year (`2021`) or a month (`2021-03`). Problems
/// come back with the span (within the front matter) they concern.
pub(super) fn validate(raw: Vec<RawSource>) -> (Vec<Source>, Vec<(Range<usize>, Said)>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for source in raw {
        let name = source.name.get_ref().trim().to_string();
        if name.is_empty() {
            problems.push((source.name.span(), said!("source-no-name")));
            continue;
        }
        match month_of(source.date.get_ref()) {
            Some((year, month)) => sources.push(Source { name, year, month }),
            None => problems.push((
                source.date.span(),
                said!("source-date", date = source.date.get_ref()),
            )),
        }
    }
    (sources, problems)
}

/// `2021` → (2021, None); `2021-03` and `2021-03-26` → (2021, Some(3)).
fn month_of(written: &str) -> Option<(u16, Option<u8>)> {
    let mut parts = written.trim().split('-');
    let year: u16 = parts
        .next()?
        .parse()
        .ok()
        .filter(|y| (1900..=2200).contains(y))?;
    let month = match parts.next() {
        None => None,
        Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
    };
    match parts.next() {
        Some(day) if !day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)) => None,
        _ if parts.next().is_some() => None,
        _ => Some((year, month)),
    }
}

#[cfg(test)]
mod tests {
    use super::month_of;

    #[test]
    fn a_source_is_dated_by_year_or_month() {
        assert_eq!(month_of("2021"), Some((2021, None)));
        assert_eq!(month_of("2021-03"), Some((2021, Some(3))));
        assert_eq!(month_of("2023-01-09"), Some((2023, Some(1))));
        for bad in [
            "",
            "marzo 2021",
            "2021-13",
            "21-03",
            "2021-03-40",
            "2021-03-01-02",
        ] {
            assert_eq!(month_of(bad), None, "{bad}");
        }
    }
}
