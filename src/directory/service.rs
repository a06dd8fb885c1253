//! One service's file under `services/`: read, and every rule checked, with each problem located
//! at its line. What a service is after that check is [`Service`].

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::fields;
use super::vocab::{self, CATEGORIES, COSTS, SERVES};
use crate::content::Date;
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::phone::{self, Number};
use crate::said;
use crate::said::Said;

/// A service's file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    name: Spanned<String>,
    categories: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    serves: Vec<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    place: Spanned<String>,
    #[serde(default)]
    coordinates: Option<Spanned<[f64; 2]>>,
    phone: Option<Spanned<String>>,
    whatsapp: Option<Spanned<String>>,
    sms: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
    address: Option<Spanned<String>>,
    cost: Option<Spanned<String>>,
    #[serde(default)]
    placeholder: bool,
    verified_by: Spanned<String>,
    verified_on: Spanned<Datetime>,
    review_by: Spanned<Datetime>,
    #[serde(default)]
    text: BTreeMap<String, Spanned<RawWords>>,
}

/// What a service says in one language, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    name: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    hours: Option<Spanned<String>>,
    /// Who checked it, in this language's words, when `verified_by` says more than a name
    /// ("senda's editors, from KIND's public texts only; nobody has called yet").
    verified_by: Option<Spanned<String>>,
}

impl RawWords {
    fn into_words(self) -> Words {
        let text = |v: Option<Spanned<String>>| v.map(Spanned::into_inner);
        Words {
            name: text(self.name),
            // One kind of line break, whatever computer the file was saved on.
            description: text(self.description).map(|d| d.replace("\r\n", "\n")),
            hours: text(self.hours),
            verified_by: text(self.verified_by),
        }
    }
}

/// What a service says in one language.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The service's name in this language, when it has one (`Mexican Commission for Refugee
    /// Assistance`).
    pub name: Option<String>,
    pub description: Option<String>,
    pub hours: Option<String>,
    /// Who checked it, in this language.
    pub verified_by: Option<String>,
}

/// A service, checked: numbers valid and formatted, codes known, dates read.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Its file's name without `.toml`: what pages cite it by.
    pub id: String,
    /// The file, as shown in messages (`services/comar.toml`).
    pub shown: std::path::PathBuf,
    pub name: String,
    pub categories: Vec<String>,
    pub serves: Vec<String>,
    pub languages: Vec<String>,
    /// `mx/chiapas/tapachula`: country, then state or department, then city.
    pub place: String,
    /// Latitude and longitude.
    pub coordinates: Option<(f64, f64)>,
    pub phone: Option<Number>,
    pub whatsapp: Option<Number>,
    pub sms: Option<Number>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub cost: Option<String>,
    /// No verified number yet: a marked gap, never a number to dial.
    pub placeholder: bool,
    pub verified_by: String,
    pub verified_on: Date,
    pub review_by: Date,
    /// Where `review_by` is written, for the message when it has passed.
    pub review_by_at: usize,
    /// Where `place` is written, for a place with no name.
    pub place_at: usize,
    /// Where each of `languages` is written, for a language with no name.
    pub languages_at: Vec<usize>,
    /// Where `verified_on` is written.
    pub verified_on_at: usize,
    /// The file's text, for located messages after loading.
    pub source: String,
    /// By language code.
    pub text: BTreeMap<String, Words>,
}

/// How far a service's words are translated into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translated {
    Complete,
    /// Has `[text.<lang>]`, without some of the fields the default language has (`hours`).
    Partial(Vec<&'static str>),
    Missing,
}

impl Service {
    /// Whether its words in `lang` hold everything its words in `default` hold: the one rule
    /// `status` and `check` both report.
    pub fn translated(&self, lang: &str, default: &str) -> Translated {
        let Some(words) = self.text.get(lang) else {
            return Translated::Missing;
        };
        let source = self.text.get(default);
        let fields = [
            (
                "description",
                source.and_then(|w| w.description.as_ref()),
                &words.description,
            ),
            ("hours", source.and_then(|w| w.hours.as_ref()), &words.hours),
        ];
        let lacking: Vec<&'static str> = fields
            .iter()
            .filter(|(_, there, here)| there.is_some() && here.is_none())
            .map(|(name, _, _)| *name)
            .collect();
        match lacking.is_empty() {
            true => Translated::Complete,
            false => Translated::Partial(lacking),
        }
    }

    /// The country's two-letter code (`mx`).
    pub fn country(&self) -> &str {
        self.place.split('/').next().unwrap_or_default()
    }

    /// A problem at `offset` in the service's file.
    pub fn at(&self, offset: usize, message: impl Into<Said>) -> Diagnostic {
        Diagnostic::at(&self.shown, &self.source, offset..offset, message.into())
    }
}

/// Reads and checks one service file, reporting every problem in it together; `site_languages`
/// are the codes its `[text.…]` tables may name, and no text field may have more than
/// `max_chars` characters.
pub fn parse(
    id: &str,
    shown: &Path,
    source: &str,
    site_languages: &[&str],
    max_chars: usize,
) -> Result<Service> {
    let raw: RawService = toml::from_str(source)
        .map_err(|e| Error::one(crate::toml_error::diagnostic(shown, source, 0, &e)))?;
    let mut problems = Problems::default();
    let mut at = |span: Range<usize>, message: Said| {
        problems.push(Diagnostic::at(shown, source, span, message));
    };
    let place = raw.place.get_ref().trim().to_string();
    let place_ok = check_place(&place);
    if let Err(m) = &place_ok {
        at(raw.place.span(), m.clone());
    }
    let (categories, serves, cost) = codes(&raw, &mut at);
    check_languages(&raw, site_languages, &mut at);
    let country = place.split('/').next().unwrap_or_default().to_string();
    // Numbers are read as numbers of the place's country: with no country, they are not judged.
    let mut dial = |field: &str, n: &Option<Spanned<String>>| {
        n.as_ref().filter(|_| place_ok.is_ok()).and_then(|n| {
            if let Some((span, m)) = fields::check_length(field, None, n, max_chars) {
                at(span, m);
                return None;
            }
            match phone::number(n.get_ref(), &country) {
                Ok(number) => Some(number),
                Err(m) => {
                    at(n.span(), m);
                    None
                }
            }
        })
    };
    let phone = dial("phone", &raw.phone);
    let whatsapp = dial("whatsapp", &raw.whatsapp);
    let sms = dial("sms", &raw.sms);
    check_reachable(&raw, &mut at);
    check_words(&raw, max_chars, source, &mut at);
    let Some((verified_on, review_by)) = dates(&raw, &mut at) else {
        return Err(Error::Invalid(problems.list));
    };
    problems.finish()?;
    Ok(Service {
        id: id.to_string(),
        shown: shown.to_path_buf(),
        name: raw.name.into_inner(),
        categories,
        serves,
        languages_at: raw.languages.iter().map(|l| l.span().start).collect(),
        languages: raw.languages.into_iter().map(Spanned::into_inner).collect(),
        place,
        coordinates: raw.coordinates.map(|c| (c.get_ref()[0], c.get_ref()[1])),
        phone,
        whatsapp,
        sms,
        email: raw.email.map(Spanned::into_inner),
        website: raw.website.map(Spanned::into_inner),
        address: raw.address.map(Spanned::into_inner),
        cost,
        placeholder: raw.placeholder,
        verified_by: raw.verified_by.into_inner(),
        verified_on,
        review_by_at: raw.review_by.span().start,
        place_at: raw.place.span().start,
        verified_on_at: raw.verified_on.span().start,
        review_by,
        source: source.to_string(),
        text: raw
            .text
            .into_iter()
            .map(|(k, v)| (k, v.into_inner().into_words()))
            .collect(),
    })
}

/// The categories, groups served and cost, each one of senda's codes.
fn codes(
    raw: &RawService,
    at: &mut impl FnMut(Range<usize>, Said),
) -> (Vec<String>, Vec<String>, Option<String>) {
    if raw.categories.get_ref().is_empty() {
        at(raw.categories.span(), said!("directory-categories-missing"));
    }
    let mut codes = |list: &[Spanned<String>], kind: &str, allowed: &[&str]| {
        list.iter()
            .filter_map(|c| match vocab::check_kind(kind, c.get_ref(), allowed) {
                Ok(()) => Some(c.get_ref().clone()),
                Err(m) => {
                    at(c.span(), m);
                    None
                }
            })
            .collect::<Vec<_>>()
    };
    let categories = codes(raw.categories.get_ref(), "category", CATEGORIES);
    let serves = codes(&raw.serves, "group", SERVES);
    let cost = codes(raw.cost.as_slice(), "cost", COSTS).pop();
    (categories, serves, cost)
}

/// Languages spoken and languages of the words, each a language code.
fn check_languages(
    raw: &RawService,
    site_languages: &[&str],
    at: &mut impl FnMut(Range<usize>, Said),
) {
    for (i, language) in raw.languages.iter().enumerate() {
        let code = language.get_ref();
        if let Err(message) = spoken_code(code, site_languages) {
            at(language.span(), message);
        } else if raw.languages[..i].iter().any(|l| l.get_ref() == code) {
            at(
                language.span(),
                said!("directory-language-twice", code = code),
            );
        }
    }
    // A table for a language the site does not have would never be read: a typo.
    for (lang, words) in &raw.text {
        if !site_languages.contains(&lang.as_str()) {
            let listed: Vec<String> = site_languages
                .iter()
                .map(|l| format!("`[text.{l}]`"))
                .collect();
            at(
                words.span(),
                said!(
                    "directory-text-language-unknown",
                    lang = lang,
                    listed = listed.join(", ")
                ),
            );
        }
    }
}

/// `verified_on` and `review_by`, each a plain date.
fn dates(raw: &RawService, at: &mut impl FnMut(Range<usize>, Said)) -> Option<(Date, Date)> {
    match (date(&raw.verified_on), date(&raw.review_by)) {
        (Ok(v), Ok(r)) => Some((v, r)),
        (v, r) => {
            if let Err(m) = v {
                at(raw.verified_on.span(), m);
            }
            if let Err(m) = r {
                at(raw.review_by.span(), m);
            }
            None
        }
    }
}

/// The rules for coordinates and placeholders, and a way to reach the service, each a located
/// problem.
fn check_reachable(raw: &RawService, at: &mut impl FnMut(Range<usize>, Said)) {
    if let Some(c) = &raw.coordinates {
        let [lat, lon] = *c.get_ref();
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            at(c.span(), said!("directory-coordinates-range"));
        }
    }
    let numbers = [&raw.phone, &raw.whatsapp, &raw.sms];
    let first_number = numbers.iter().find_map(|n| n.as_ref().map(Spanned::span));
    if let Some(number) = first_number.filter(|_| raw.placeholder) {
        at(number, said!("directory-placeholder-with-number"));
    }
    let reachable = numbers.iter().any(|n| n.is_some())
        || raw.email.is_some()
        || raw.website.is_some()
        || raw.address.is_some();
    if !raw.placeholder && !reachable {
        at(raw.name.span(), said!("directory-unreachable"));
    }
}

/// Every text field within `max_chars` characters, on one line but for a description, and free
/// of control characters; the email one address, the website one address (the numbers are read
/// by [`phone`]).
fn check_words(
    raw: &RawService,
    max_chars: usize,
    source: &str,
    at: &mut impl FnMut(Range<usize>, Said),
) {
    use fields::Lines::{One, Several};
    let addresses = [
        ("email", &raw.email, fields::check_email as fn(&str) -> _),
        ("website", &raw.website, fields::check_website),
    ];
    for (field, value, check) in addresses {
        let Some(value) = value else { continue };
        match fields::check_length(field, None, value, max_chars) {
            Some((span, message)) => at(span, message),
            None => {
                if let Err(message) = check(value.get_ref()) {
                    at(value.span(), message);
                }
            }
        }
    }
    let mut fields = vec![
        ("name", None, &raw.name, One),
        ("verified_by", None, &raw.verified_by, One),
    ];
    fields.extend(raw.address.iter().map(|a| ("address", None, a, One)));
    for (lang, words) in &raw.text {
        let words = words.get_ref();
        let written = [
            ("name", &words.name, One),
            ("description", &words.description, Several),
            ("hours", &words.hours, One),
            ("verified_by", &words.verified_by, One),
        ];
        for (field, value, lines) in written {
            fields.extend(value.iter().map(|v| (field, Some(lang.as_str()), v, lines)));
        }
    }
    for (field, table, value, lines) in fields {
        if let Some((span, message)) =
            fields::check_text(field, table, value, lines, max_chars, source)
        {
            at(span, message);
        }
    }
}

/// `mx`, `mx/chiapas` or `mx/chiapas/tapachula`: a two-letter country, then up to two names.
fn check_place(place: &str) -> std::result::Result<(), Said> {
    let parts: Vec<&str> = place.split('/').collect();
    let good = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let country = parts[0];
    if country.len() != 2
        || !country.chars().all(|c| c.is_ascii_lowercase())
        || parts.len() > 3
        || !parts.iter().all(|p| good(p))
    {
        return Err(said!("directory-place-form", place = place));
    }
    // `es/directory/mx/2/` is the second page of `mx`'s services: no place may be called `2`.
    if let Some(number) = parts.iter().find(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return Err(said!(
            "directory-place-digits",
            place = place,
            number = *number
        ));
    }
    Ok(())
}

fn date(value: &Spanned<Datetime>) -> std::result::Result<Date, Said> {
    crate::content::date_of(value)
}

/// A spoken language's code as the site writes codes: the ISO 639 code of two or three small
/// letters (`es`, `quc`), then an optional region (`pt-BR`). A site's own code written in
/// another case is told which to write, so that it is named like the site's language.
fn spoken_code(code: &str, site_languages: &[&str]) -> Result<(), Said> {
    if let Some(own) = site_languages
        .iter()
        .find(|l| l.eq_ignore_ascii_case(code) && **l != code)
    {
        return Err(said!("directory-language-case", own = *own));
    }
    let Ok(id) = code.parse::<unic_langid::LanguageIdentifier>() else {
        return Err(said!("directory-language-not-code", code = code));
    };
    let language = id.language.as_str();
    if !(2..=3).contains(&language.len()) || code.split('-').next() != Some(language) {
        return Err(said!("directory-language-letters", code = code));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::spoken_code;

    #[test]
    fn spoken_languages_are_codes_written_as_the_site_writes_them() {
        let site = ["es", "en", "pt-BR"];
        for good in ["es", "mam", "kjb", "pt-BR", "ht"] {
            assert_eq!(spoken_code(good, &site), Ok(()), "{good}");
        }
        let said = |code: &str| spoken_code(code, &site).expect_err(code);
        assert!(said("ES").contains("write `es`"));
        assert!(said("pt-br").contains("write `pt-BR`"));
        assert!(said("quiche").contains("two or three small letters"));
        assert!(said("QUC").contains("two or three small letters"));
        assert!(said("K'iche'").contains("is not a language code"));
    }

    #[test]
    fn a_placeholder_with_a_number_is_shown_at_the_number() {
        let source = "name = \"Prueba\"\ncategories = [\"legal\"]\nplace = \"mx\"\nphone = \"+52 55 5555 0000\"\nplaceholder = true\nverified_by = \"Equipo\"\nverified_on = 2026-11-01\nreview_by = 2099-01-01\n";
        let err = super::parse(
            "prueba",
            std::path::Path::new("services/prueba.toml"),
            source,
            &["es"],
            2000,
        )
        .expect_err("a placeholder cannot carry a number");
        let shown = err.to_string();
        assert!(
            shown.contains("services/prueba.toml:4:9: this service is marked `placeholder = true`"),
            "{shown}"
        );
    }
}
