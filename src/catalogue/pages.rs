//! Pages made from catalogues: where `content/<lang>/x.md` does not exist and `po/<lang>.po`
//! translates some of x's messages, the page in that language is x's text with each translated
//! message in its place and every other one left in the source language, marked with it.

use std::ops::Range;
use std::path::Path;

use super::Translations;
use super::messages::{Field, Message, messages};
use crate::content::{Page, PageFile, Progress, parse_translated};
use crate::diagnostics::{Error, Result};
use crate::markdown::Foreign;

/// What making one language's pages from its catalogue needs to know.
pub struct Making<'a> {
    /// The language of the pages made, and the catalogue's path as shown (`po/quc.po`).
    pub lang: &'a str,
    pub shown: &'a Path,
    pub translations: &'a Translations,
    /// The source's language, as `Foreign` marks it.
    pub fallback: Foreign,
    pub apostrophe_is_letter: bool,
    pub allow_raw_html: bool,
    pub base_url: &'a str,
}

/// `source` in `making.lang`, if the catalogue translates any of its messages.
pub fn translated(
    source: &Page,
    making: &Making,
    asset: &crate::markdown::AssetLookup,
) -> Option<Result<Page>> {
    let all = messages(source);
    let (translated, fuzzy, total) = super::progress(source, making.translations);
    let untranslated = |field: Field| {
        let message = all.iter().find(|m| m.field == field);
        message.is_some_and(|m| making.translations.text(&m.text).is_none())
    };
    let progress = Progress {
        from: source.lang.clone(),
        translated,
        fuzzy,
        total,
        source: source.shown.clone(),
        places: Vec::new(),
        title_in_source: untranslated(Field::Title),
        description_in_source: untranslated(Field::Description),
    };
    if progress.translated == 0 {
        return None;
    }
    let (front, body, spans) = text(source, &all, making);
    let head = format!("+++\n{front}+++\n");
    let moved = |r: &Range<usize>| head.len() + r.start..head.len() + r.end;
    let fallback = Foreign {
        ranges: spans.foreign.iter().map(moved).collect(),
        ..making.fallback.clone()
    };
    let progress = Progress {
        places: spans
            .places
            .iter()
            .map(|(r, line)| (moved(r), *line))
            .collect(),
        ..progress
    };
    let file = PageFile {
        shown: making.shown,
        id: &source.id,
        lang: making.lang,
        apostrophe_is_letter: making.apostrophe_is_letter,
        allow_raw_html: making.allow_raw_html,
        base_url: making.base_url,
        asset,
    };
    let text = format!("{head}{body}");
    Some(match parse_translated(text.clone(), &file, &fallback) {
        Ok(mut page) => {
            page.catalogue = Some(progress);
            Ok(page)
        }
        Err(Error::Invalid(found)) => {
            let at = |line: usize| line_start(&text, line);
            let problems = found.into_iter().map(|d| {
                let offset = d
                    .location
                    .as_ref()
                    .filter(|l| l.line > 0)
                    .map(|l| at(l.line));
                progress.problem(making.shown, offset, d)
            });
            Err(Error::Invalid(problems.collect()))
        }
        Err(other) => Err(other),
    })
}

/// Where line `line` (from 1) of `text` starts.
fn line_start(text: &str, line: usize) -> usize {
    let before = text.split_inclusive('\n').take(line.saturating_sub(1));
    before.map(str::len).sum()
}

/// Where a page made from a catalogue has its words: each translated message's place in the
/// text, with the line of its entry in the catalogue, and the places left in the source language.
#[derive(Default)]
struct Spans {
    places: Vec<(Range<usize>, usize)>,
    foreign: Vec<Range<usize>>,
}

/// The page's front matter and body with each translated message in place, and where in the
/// body the untranslated words stand.
fn text(source: &Page, all: &[Message], making: &Making) -> (String, String, Spans) {
    let said = |field: Field| {
        let message = all.iter().find(|m| m.field == field)?;
        making.translations.text(&message.text)
    };
    let front = front_matter(source, &said);
    let mut body = String::new();
    let mut spans = Spans::default();
    let mut at = source.body_start;
    let skipped = source.document.title_at.clone();
    for message in all.iter().filter(|m| m.field == Field::Body) {
        if let Some(title) = &skipped
            && at <= title.start
            && title.end <= message.at.start
        {
            body.push_str(&source.source[at..title.start]);
            at = title.end;
        }
        body.push_str(source.source.get(at..message.at.start).unwrap_or_default());
        let start = body.len();
        match making.translations.text(&message.text) {
            Some(words) => {
                body.push_str(&in_place(words, line_of(source, message.at.start)));
                let line = making.translations.line(&message.text);
                spans.places.push((start..body.len(), line));
            }
            None => {
                body.push_str(&source.source[message.at.clone()]);
                spans.foreign.push(start..body.len());
            }
        }
        at = message.at.end;
    }
    if let Some(title) = &skipped
        && at <= title.start
    {
        body.push_str(&source.source[at..title.start]);
        at = title.end;
    }
    body.push_str(source.source.get(at..).unwrap_or_default());
    (front, body, spans)
}

/// The line `offset` is on.
fn line_of(page: &Page, offset: usize) -> &str {
    let start = page.source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = page.source[offset..]
        .find('\n')
        .map_or(page.source.len(), |i| offset + i);
    &page.source[start..end]
}

/// A translation as it goes in the place of its message: on one line (a heading or a table cell
/// cannot hold more), and with its bars kept in a table's cell.
fn in_place(words: &str, line: &str) -> String {
    let one_line = super::messages::normal(words);
    if line.trim_start().starts_with('|') {
        one_line.replace('|', "\\|")
    } else {
        one_line
    }
}

/// The source's front matter for the translated page: title, description and leaflet lines
/// translated where the catalogue has them; what belongs to the source file alone (its own
/// address, old addresses, recording, stamps) left out.
fn front_matter<'a>(source: &Page, said: &dyn Fn(Field) -> Option<&'a str>) -> String {
    let head = source.source.get(..source.body_start).unwrap_or_default();
    let toml = head
        .split_once('\n')
        .map(|(_, rest)| rest.trim_end().trim_end_matches('+'))
        .unwrap_or_default();
    let mut table: toml::Table = toml::from_str(toml).unwrap_or_default();
    for key in [
        "slug",
        "aliases",
        "source_digest",
        "recording",
        "recording_digest",
        "recording_synthetic",
    ] {
        table.remove(key);
    }
    let title = said(Field::Title).map_or(source.front.title.clone(), str::to_string);
    table.insert("title".into(), title.into());
    if let Some(description) = said(Field::Description) {
        table.insert("description".into(), description.into());
    }
    if let Some(toml::Value::Table(leaflet)) = table.get_mut("leaflet") {
        if let (Some(cover), Some(toml::Value::String(_))) =
            (said(Field::Cover), leaflet.get("cover"))
        {
            leaflet.insert("cover".into(), cover.into());
        }
        if let Some(toml::Value::Array(card)) = leaflet.get_mut("card") {
            for (i, line) in card.iter_mut().enumerate() {
                if let Some(words) = said(Field::Card(i)) {
                    *line = words.into();
                }
            }
        }
    }
    toml::to_string(&table).unwrap_or_default()
}
