//! A page's front matter: the TOML between its `+++` lines as serde reads it, validated into the
//! [`FrontMatter`] the pipeline uses (plain values, no spans).

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::said;
use crate::said::Said;
use crate::toml_error;

/// The front matter as written. Every field is documented: this is the writer's reference too.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    /// The page's title, shown as its heading, in menus and in the browser tab. A page that
    /// opens with a `# Title` line may leave it out.
    #[serde(default)]
    title: Option<String>,
    /// One or two plain sentences: search results and link previews show it.
    #[serde(default)]
    description: String,
    /// Order in menus: lower comes first.
    #[serde(default)]
    weight: i64,
    /// A draft is not published.
    #[serde(default)]
    draft: bool,
    /// The last part of the page's address in this language, instead of the file name.
    #[serde(default)]
    slug: Option<Spanned<String>>,
    /// When the page was last reviewed: `updated = 2026-11-25`. Every page carries one.
    updated: Spanned<Datetime>,
    /// When the page must be checked again, because programs and rules change.
    #[serde(default)]
    review_by: Option<Spanned<Datetime>>,
    /// Who still has to check this text: `native-speaker` (a drafted translation) or `legal`.
    #[serde(default)]
    review: Option<Review>,
    /// In a translation: the digest of the source page's text it was translated from
    /// (`senda status --stamp FILE` writes it).
    #[serde(default)]
    source_digest: Option<String>,
    /// The page's recording, when it is not the audio file beside it with the same name: a file
    /// in the same folder (`recording = "ninos-solos-2026.mp3"`).
    #[serde(default)]
    recording: Option<String>,
    /// The recording is a synthetic voice kept only as a sample of the feature: the page says so
    /// to listeners, and no leaflet prints it. senda never makes one.
    #[serde(default)]
    recording_synthetic: bool,
    /// The digest of this page's own text that its recording reads
    /// (`senda status --stamp-recording FILE` writes it).
    #[serde(default)]
    recording_digest: Option<String>,
    /// The page is about something a reader may need to hide (violence, trafficking): it gets a
    /// quick-exit link to a neutral site.
    #[serde(default)]
    sensitive: bool,
    /// Print this page as leaflets: `leaflet = { layouts = ["trifold", "card"] }`.
    #[serde(default)]
    leaflet: Option<LeafletSpec>,
    /// Link each photo that is published smaller than its file to the full-size original (a map
    /// to zoom into, a document to read): `originals = true`.
    #[serde(default)]
    originals: bool,
    /// Addresses the page had before, from the site's root (`aliases = ["/2015/11/09/why-90-days/"]`):
    /// links to them reach the page, and a small page at each sends readers on, so old links and
    /// printed QR codes keep working after a page moves.
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    /// What the page's facts are based on, with when each was published:
    /// `sources = [{ name = "KIND, …", date = "2021-03" }]`.
    #[serde(default)]
    sources: Vec<super::sources::RawSource>,
}

/// A page's front matter, validated.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// Empty until the page's document is read when the front matter gives none.
    pub title: String,
    pub description: String,
    pub weight: i64,
    pub draft: bool,
    pub slug: Option<String>,
    pub updated: Date,
    pub review_by: Option<Date>,
    /// Where `review_by` is written in the file, to point at it when it has passed.
    pub review_by_at: usize,
    pub review: Option<Review>,
    pub source_digest: Option<String>,
    /// The page's recording's file name, in its folder, when named in the front matter.
    pub recording: Option<String>,
    /// The recording is a labelled synthetic sample, not a person's voice.
    pub recording_synthetic: bool,
    /// Which version of the page's text its recording reads.
    pub recording_digest: Option<String>,
    pub sensitive: bool,
    pub leaflet: Option<LeafletSpec>,
    /// Photos on this page link to their full-size originals.
    pub originals: bool,
    /// Old addresses of the page, as output paths: `2015/11/09/why-90-days/`, `old.html`.
    pub aliases: Vec<String>,
    /// What its facts are based on, with their dates.
    pub sources: Vec<super::sources::Source>,
}

/// Which printable leaflets a page is made into.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeafletSpec {
    /// `trifold` (one sheet folded in three), `booklet` (A5 pages, folded and stapled), `card`
    /// (wallet cards, several to a sheet), `poster` (A3 and A4, for a wall).
    pub layouts: Vec<Layout>,
    /// The lines a family must keep, for the wallet card; by default the page's warning and its
    /// contacts.
    #[serde(default)]
    pub card: Vec<String>,
    /// The one line the cover shows under the title; by default the page's danger callout.
    #[serde(default)]
    pub cover: Option<String>,
}

/// A leaflet layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Trifold,
    Booklet,
    Card,
    Poster,
    /// The pages in reading order, to read on a phone: made for every page that has leaflets,
    /// never asked for.
    #[serde(skip)]
    Phone,
}

impl Layout {
    /// The name in file names and messages.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Trifold => "trifold",
            Layout::Booklet => "booklet",
            Layout::Card => "card",
            Layout::Poster => "poster",
            Layout::Phone => "phone",
        }
    }
}

/// Who has yet to check a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// Drafted by someone who is not a native speaker: a native speaker must check it.
    NativeSpeaker,
    /// A lawyer must check it.
    Legal,
}

/// A calendar date: the one date type of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `2026-11-25`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Today's date from the system clock (UTC).
    pub fn today() -> Date {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400) as i64;
        // Civil-from-days, Howard Hinnant's algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

/// Reads and validates the front matter at `toml` in `source`, reporting every problem together.
pub fn parse(source: &str, toml: Range<usize>, shown: &Path, id: &str) -> Result<FrontMatter> {
    let raw: RawFrontMatter = toml::from_str(&source[toml.clone()])
        .map_err(|e| Error::one(toml_error::diagnostic(shown, source, toml.start, &e)))?;
    let at = |span: Range<usize>, message: Said| {
        Diagnostic::at(
            shown,
            source,
            toml.start + span.start..toml.start + span.end,
            message,
        )
    };
    let mut problems = Problems::default();
    let updated = date_of(&raw.updated).map_err(|m| at(raw.updated.span(), m));
    let review_by = raw
        .review_by
        .as_ref()
        .map(|d| date_of(d).map_err(|m| at(d.span(), m)))
        .transpose();
    if raw.title.as_ref().is_some_and(|t| t.trim().is_empty()) {
        problems.push(Diagnostic::at(
            shown,
            source,
            toml.clone(),
            said!("page-title-empty"),
        ));
    }
    if let Some(slug) = &raw.slug {
        if let Err(m) = check_slug(slug.get_ref()) {
            problems.push(at(slug.span(), m));
        }
        if id == "index" || id.ends_with("/index") {
            problems.push(at(slug.span(), said!("page-index-slug")));
        }
    }
    let mut aliases = Vec::new();
    for alias in &raw.aliases {
        match alias_path(alias.get_ref()) {
            Ok(path) => aliases.push(path),
            Err(m) => problems.push(at(alias.span(), m)),
        }
    }
    let (sources, wrong) = super::sources::validate(raw.sources);
    problems
        .list
        .extend(wrong.into_iter().map(|(span, m)| at(span, m)));
    let (updated, review_by) = match (updated, review_by) {
        (Ok(u), Ok(r)) => (u, r),
        (u, r) => {
            problems.list.extend(u.err());
            problems.list.extend(r.err());
            return Err(Error::Invalid(problems.list));
        }
    };
    problems.finish()?;
    Ok(FrontMatter {
        review_by_at: toml.start + raw.review_by.as_ref().map_or(0, |d| d.span().start),
        title: raw.title.unwrap_or_default(),
        description: raw.description,
        weight: raw.weight,
        draft: raw.draft,
        slug: raw.slug.map(Spanned::into_inner),
        updated,
        review_by,
        review: raw.review,
        source_digest: raw.source_digest,
        recording: raw.recording,
        recording_synthetic: raw.recording_synthetic,
        recording_digest: raw.recording_digest,
        sensitive: raw.sensitive,
        leaflet: raw.leaflet,
        originals: raw.originals,
        aliases,
        sources,
    })
}

/// A TOML date (`2026-11-25`) as a [`Date`]; a time of day is refused.
pub fn date_of(value: &Spanned<Datetime>) -> std::result::Result<Date, Said> {
    let dt = value.get_ref();
    match (dt.date, dt.time) {
        (Some(d), None) => Ok(Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        _ => Err(said!("page-date-plain", date = dt.to_string())),
    }
}

/// Where an old address is written in the output: `/a/b` and `/a/b/` → `a/b/` (a folder with an
/// `index.html`), `/a/b.html` → `a/b.html`.
pub fn alias_path(written: &str) -> std::result::Result<String, Said> {
    let Some(path) = written.strip_prefix('/') else {
        return Err(said!("alias-slash", alias = written));
    };
    let path = path.strip_suffix("index.html").unwrap_or(path);
    if let Some(c) = path.chars().find(|c| {
        matches!(
            c,
            '\\' | '<' | '>' | '"' | '|' | '?' | '*' | '#' | '%' | ' ' | ':'
        ) || c.is_control()
    }) {
        return Err(said!(
            "alias-character",
            alias = written,
            character = c.escape_default().to_string()
        ));
    }
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() || parts.iter().any(|p| p.starts_with('.')) {
        return Err(said!("alias-dots", alias = written));
    }
    let joined = parts.join("/");
    Ok(if joined.ends_with(".html") || joined.ends_with(".htm") {
        joined
    } else {
        format!("{joined}/")
    })
}

/// A slug becomes a folder name and part of an address: keep it to one safe path segment.
pub fn check_slug(slug: &str) -> std::result::Result<(), Said> {
    if slug.trim().is_empty() {
        return Err(said!("slug-empty"));
    }
    if slug.starts_with('.') {
        return Err(said!("slug-dot", slug = slug));
    }
    if let Some(c) = slug.chars().find(|c| {
        matches!(
            c,
            '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*' | '#' | '%' | ' '
        ) || c.is_control()
    }) {
        return Err(said!(
            "slug-character",
            slug = slug,
            character = c.escape_default().to_string()
        ));
    }
    Ok(())
}
