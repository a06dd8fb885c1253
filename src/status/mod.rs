//! Translation freshness: which page in which language is up to date, stale, missing or waiting
//! for review, what changed in the source of each stale one, and stamping a translation as
//! brought up to date.

mod changes;

pub use changes::{Change, changes, keep, kept};

use std::path::{Path, PathBuf};

use crate::content::Review;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::directory::Translated;
use crate::said;
use crate::said::Tongue;
use crate::site::Site;

/// The state of one page in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The text translations are made from.
    Source,
    UpToDate,
    /// The source changed since this translation was made.
    Stale,
    /// Never stamped: nobody has said which version of the source it was made from.
    Unknown,
    /// Not written yet: readers get the fallback language's text.
    Missing,
    /// Up to date with its source, but a native speaker or a lawyer must still check it.
    NeedsReview,
    /// Made from a catalogue that translates some of its messages: the rest is in the source
    /// language.
    Partial,
}

impl Freshness {
    /// The state's name, in English: a class in the preview's table, and the key of its word.
    pub fn label(self) -> &'static str {
        match self {
            Freshness::Source => "source",
            Freshness::UpToDate => "ok",
            Freshness::Stale => "stale",
            Freshness::Unknown => "unknown",
            Freshness::Missing => "missing",
            Freshness::NeedsReview => "review",
            Freshness::Partial => "partial",
        }
    }

    /// The word shown in the table, in `tongue`.
    pub fn words(self, tongue: Tongue) -> String {
        said!("status-state", state = self.label()).words(tongue)
    }
}

/// One row of the table: a page and its state in each configured language.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub states: Vec<Freshness>,
}

/// The freshness of every page in every language, in configuration order.
pub fn table(site: &Site) -> Vec<Row> {
    site.content
        .pages
        .keys()
        .map(|id| Row {
            id: id.clone(),
            states: site
                .config
                .languages
                .iter()
                .map(|l| freshness(site, id, &l.code))
                .collect(),
        })
        .collect()
}

fn freshness(site: &Site, id: &str, lang: &str) -> Freshness {
    let Some(page) = site.content.get(id, lang).filter(|p| !p.front.draft) else {
        return Freshness::Missing;
    };
    let Some(source) = site.source_of(id) else {
        return Freshness::Missing;
    };
    if source.lang == page.lang {
        return Freshness::Source;
    }
    if let Some(progress) = &page.catalogue
        && progress.translated < progress.total
    {
        return Freshness::Partial;
    }
    if page.catalogue.is_none() {
        if page.front.source_digest.is_none() {
            return Freshness::Unknown;
        }
        if site.is_stale(page) {
            return Freshness::Stale;
        }
    }
    match page.front.review {
        Some(Review::NativeSpeaker | Review::Legal) => Freshness::NeedsReview,
        None => Freshness::UpToDate,
    }
}

/// The table as text for a terminal, in `tongue`: one row per page, one column per language.
pub fn format_table(site: &Site, rows: &[Row], tongue: Tongue) -> String {
    let codes: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let first = rows
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let page = said!("status-page-column").words(tongue);
    let first = first.max(page.chars().count());
    let longest = rows
        .iter()
        .flat_map(|r| &r.states)
        .map(|s| s.words(tongue).chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let widths: Vec<usize> = codes.iter().map(|c| c.len().max(longest)).collect();
    let mut out = format!("{page:first$}");
    for (code, w) in codes.iter().zip(&widths) {
        out.push_str(&format!("  {code:w$}"));
    }
    out.push('\n');
    out.push_str(&"-".repeat(first + widths.iter().map(|w| w + 2).sum::<usize>()));
    out.push('\n');
    for row in rows {
        out.push_str(&format!("{:first$}", row.id));
        for (state, w) in row.states.iter().zip(&widths) {
            out.push_str(&format!("  {:w$}", state.words(tongue)));
        }
        out.push('\n');
    }
    let count = |f: Freshness| {
        rows.iter()
            .flat_map(|r| &r.states)
            .filter(|s| **s == f)
            .count()
    };
    let summary = said!(
        "status-summary",
        stale = count(Freshness::Stale),
        missing = count(Freshness::Missing),
        review = count(Freshness::NeedsReview)
    );
    out.push_str(&format!("\n{}\n", summary.words(tongue)));
    out.push_str(&what_changed(site, rows, tongue));
    out.push_str(&catalogues(site, tongue));
    out.push_str(&recordings(site, tongue));
    out.push_str(&services(site, site.today, tongue));
    out
}

/// For each stale translation, what changed in its source since it was stamped, before and after.
fn what_changed(site: &Site, rows: &[Row], tongue: Tongue) -> String {
    let mut out = String::new();
    for row in rows {
        for (state, language) in row.states.iter().zip(&site.config.languages) {
            if *state != Freshness::Stale {
                continue;
            }
            let (Some(page), Some(source)) = (
                site.content.get(&row.id, &language.code),
                site.source_of(&row.id),
            ) else {
                continue;
            };
            let changed = said!(
                "status-source-changed",
                page = &page.shown,
                source = &source.shown
            );
            out.push_str(&format!(
                "\n{}{}\n",
                changed.words(tongue),
                what_changed_in(site, &row.id, &language.code, tongue).trim_end()
            ));
        }
    }
    if !out.is_empty() {
        out.push_str(&said!("status-translate-what-changed").words(tongue));
        out.push('\n');
    }
    out
}

/// What changed in page `id`'s source since its translation into `lang` was stamped: each
/// message before and after, on lines of their own; a note when the stamp kept no record.
pub fn what_changed_in(site: &Site, id: &str, lang: &str, tongue: Tongue) -> String {
    let (Some(page), Some(source)) = (site.content.get(id, lang), site.source_of(id)) else {
        return String::new();
    };
    let recorded = page.front.source_digest.as_deref().unwrap_or_default();
    match kept(&site.config.root, recorded) {
        Some(before) => format!(
            ":\n{}",
            changes::describe(source, &changes(&before, source), tongue)
        ),
        None => format!(" {}", said!("status-no-copy-kept").words(tongue)),
    }
}

/// Each language's catalogue: how many messages it translates, and for each page it translates
/// some of, how many of the page's messages are translated, to check again and untranslated.
fn catalogues(site: &Site, tongue: Tongue) -> String {
    let Ok(loaded) = crate::catalogue::load(&site.config) else {
        return String::new();
    };
    let mut out = String::new();
    for (lang, translations) in &loaded {
        let (done, fuzzy, total) = translations.counts();
        let shown = crate::catalogue::shown_path(lang);
        let counts = said!(
            "status-catalogue-counts",
            catalogue = &shown,
            done = done,
            total = total,
            fuzzy = fuzzy
        );
        out.push_str(&format!("\n{}\n", counts.words(tongue)));
        let sources = site
            .content
            .all()
            .filter(|p| p.lang == site.config.default_language && p.catalogue.is_none());
        let rows: Vec<[String; 5]> = sources
            .filter_map(|source| {
                let (done, fuzzy, total) = crate::catalogue::progress(source, translations);
                let page = site.content.get(&source.id, lang);
                let note = match page {
                    Some(p) if p.catalogue.is_none() && !p.front.draft => {
                        said!("status-catalogue-page-instead", page = &p.shown)
                    }
                    _ if done == total => said!("status-catalogue-translated"),
                    _ => said!("status-catalogue-rest-in-source"),
                }
                .words(tongue);
                (done + fuzzy > 0).then(|| {
                    [
                        source.id.clone(),
                        done.to_string(),
                        fuzzy.to_string(),
                        (total - done - fuzzy).to_string(),
                        note,
                    ]
                })
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let header = [
            said!("status-page-column").words(tongue),
            said!("status-translated-column").words(tongue),
            said!("status-to-check-column").words(tongue),
            said!("status-untranslated-column").words(tongue),
            String::new(),
        ];
        let width = |i: usize| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        };
        let widths = [width(0), width(1), width(2), width(3)];
        for row in std::iter::once(&header).chain(&rows) {
            let cells: Vec<String> = (0..4)
                .map(|i| format!("{:w$}", row[i], w = widths[i]))
                .collect();
            out.push_str(format!("  {}  {}", cells.join("  "), row[4]).trim_end());
            out.push('\n');
        }
    }
    out
}

/// Each page's recording and whether it reads the page as it is now.
fn recordings(site: &Site, tongue: Tongue) -> String {
    let recorded: Vec<_> = site
        .content
        .all()
        .filter(|p| {
            site.content
                .recordings
                .contains_key(&(p.lang.clone(), p.id.clone()))
        })
        .collect();
    if recorded.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", said!("status-recordings").words(tongue));
    for page in recorded {
        let state = match (site.recording_is_stale(page), &page.front.recording_digest) {
            (false, _) => "ok",
            (true, Some(_)) => "stale",
            (true, None) => "unknown",
        };
        let state = said!("status-recording-state", state = state).words(tongue);
        out.push_str(&format!("  {}/{}  {state}\n", page.lang, page.id));
    }
    out.push_str(&said!("status-recordings-how").words(tongue));
    out.push('\n');
    out
}

/// The directory's services: which languages have their words, and when each must be verified
/// again.
fn services(site: &Site, today: crate::content::Date, tongue: Tongue) -> String {
    let services = &site.directory.services;
    if services.is_empty() {
        return String::new();
    }
    let width = services
        .keys()
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!("\n{}\n", said!("status-services").words(tongue));
    let words: Vec<String> = ["ok", "partial", "missing"]
        .map(|state| said!("status-service-state", state = state).words(tongue))
        .into();
    let state_width = words.iter().map(|w| w.chars().count()).max().unwrap_or(7);
    for (id, service) in services {
        out.push_str(&format!("  {id:<width$}"));
        for language in &site.config.languages {
            let state = match service.translated(&language.code, &site.config.default_language) {
                Translated::Complete => &words[0],
                Translated::Partial(_) => &words[1],
                Translated::Missing => &words[2],
            };
            out.push_str(&format!("  {} {state:<state_width$}", language.code));
        }
        let due = service.review_by.iso();
        let due = if service.review_by < today {
            said!("status-service-overdue", date = due)
        } else {
            said!("status-service-due", date = due)
        };
        out.push_str(&format!("  {}\n", due.words(tongue)));
    }
    out.push_str(&said!("status-services-how").words(tongue));
    out.push('\n');
    out
}

/// Records in a translation's front matter the digest of its source as it is now.
/// Returns the digest written.
pub fn stamp(site: &Site, file: &Path) -> Result<(String, Vec<Diagnostic>)> {
    let (page, canonical) = page_of(site, file)?;
    let source = site
        .source_of(&page.id)
        .ok_or_else(|| Error::one(Diagnostic::in_file(file, said!("stamp-no-source"))))?;
    if source.lang == page.lang {
        return Err(Error::one(Diagnostic::in_file(
            file,
            said!("stamp-source-itself"),
        )));
    }
    let mut warnings = Vec::new();
    if page.front.draft {
        warnings.push(Diagnostic::in_file(&page.shown, said!("stamp-draft")).warning());
    }
    if page.body().trim() == source.body().trim() {
        let message = said!("stamp-same-text", source = &source.shown);
        warnings.push(Diagnostic::in_file(&page.shown, message).warning());
    }
    let digest = crate::catalogue::digest(source);
    keep(&site.config.root, source, &digest)?;
    write_field(page, &canonical, "source_digest", &digest)?;
    let others = site.content.all().filter(|p| p.shown != page.shown);
    let mut wanted: std::collections::BTreeSet<&str> = others
        .filter_map(|p| p.front.source_digest.as_deref())
        .collect();
    wanted.insert(&digest);
    changes::prune(&site.config.root, &wanted)?;
    Ok((digest, warnings))
}

/// Records that the page's recording reads its text as it is now (`recording_digest`), once
/// someone has listened to it against the page.
pub fn stamp_recording(site: &Site, file: &Path) -> Result<String> {
    let (page, canonical) = page_of(site, file)?;
    if !site
        .content
        .recordings
        .contains_key(&(page.lang.clone(), page.id.clone()))
    {
        return Err(Error::one(Diagnostic::in_file(
            file,
            said!("stamp-no-recording", name = page.base_name()),
        )));
    }
    write_field(page, &canonical, "recording_digest", page.digest())?;
    Ok(page.digest().to_string())
}

/// The page a path names, however it is written (from the site's folder or from here), and its
/// file's full path.
fn page_of<'s>(site: &'s Site, file: &Path) -> Result<(&'s crate::content::Page, PathBuf)> {
    let content_dir = site.config.root.join("content");
    // `content/en/x.md` is the site's file, wherever the command is run from.
    let absolute = if file.is_absolute() {
        file.to_path_buf()
    } else if site.config.root.join(file).is_file() {
        site.config.root.join(file)
    } else {
        std::env::current_dir()
            .map_err(Error::io("find", Path::new(".")))?
            .join(file)
    };
    let canonical = absolute.canonicalize().map_err(Error::io("find", file))?;
    let content_dir = content_dir
        .canonicalize()
        .map_err(Error::io("find", &content_dir))?;
    let rel = canonical
        .strip_prefix(&content_dir)
        .map_err(|_| Error::one(Diagnostic::in_file(file, said!("stamp-not-under-content"))))?;
    let mut parts = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let lang = parts.next().unwrap_or_default();
    let id = parts.collect::<Vec<_>>().join("/");
    let id = id.strip_suffix(".md").unwrap_or(&id);
    let page = site
        .content
        .get(id, &lang)
        .ok_or_else(|| Error::one(Diagnostic::in_file(file, said!("stamp-not-a-page"))))?;
    Ok((page, canonical))
}

/// Sets one field of a page's front matter in its file, replacing the file whole.
fn write_field(page: &crate::content::Page, file: &Path, field: &str, value: &str) -> Result<()> {
    let updated = with_field(&page.source, field, value);
    let temp: PathBuf = file.with_extension("md.senda-stamp");
    std::fs::write(&temp, updated).map_err(Error::io("write", &temp))?;
    std::fs::rename(&temp, file).map_err(Error::io("replace", file))
}

/// The page text with `field = "..."` set in its front matter, all else untouched.
fn with_field(text: &str, field: &str, digest: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let line = format!("{field} = \"{digest}\"{newline}");
    let mut out = String::with_capacity(text.len() + line.len());
    let mut in_front = false;
    let mut done = false;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        let trimmed = l.trim_end();
        if i == 0 && trimmed == "+++" {
            in_front = true;
        } else if in_front && !done && trimmed.starts_with(field) {
            out.push_str(&line);
            done = true;
            continue;
        } else if in_front && trimmed == "+++" {
            if !done {
                out.push_str(&line);
                done = true;
            }
            in_front = false;
        }
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::with_field;

    #[test]
    fn stamping_replaces_or_adds_one_line() {
        assert_eq!(
            with_field(
                "+++\ntitle = \"A\"\n+++\nBody +++\n",
                "source_digest",
                "abc"
            ),
            "+++\ntitle = \"A\"\nsource_digest = \"abc\"\n+++\nBody +++\n"
        );
        assert_eq!(
            with_field(
                "+++\r\nsource_digest = \"old\"\r\ntitle = \"A\"\r\n+++\r\n",
                "source_digest",
                "new"
            ),
            "+++\r\nsource_digest = \"new\"\r\ntitle = \"A\"\r\n+++\r\n"
        );
    }
}
