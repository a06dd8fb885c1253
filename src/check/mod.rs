//! `senda check`: everything in the site as written that can go wrong before publishing, found
//! in one run without rendering a page and never stopping at the first: the build's own errors,
//! files that would collide, photos and recordings over budget, strings the theme asks for that a
//! language cannot give, links to headings that do not exist, missing and stale translations, interface strings missing or unused, headings out of
//! order, sentences too long for a child, contact facts that differ between translations, and
//! pages past their review date.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod copied;
mod dated;
mod facts;
mod json;
mod outputs;
mod report;
mod templates;
pub use json::to_json;
pub use report::{Summary, text};

use crate::config::Config;
use crate::content::{Date, Page};
use crate::diagnostics::{Diagnostic, Error, Result, Severity};
use crate::directory::Translated;
use crate::pipeline::{self, Options};
use crate::render::Theme;
use crate::said::Tongue;
use crate::site::Site;
use crate::status::{self, Freshness};

/// A value that stands for "none" in a message's choices (`{ $language -> [senda-none] … }`).
pub(crate) const NONE: &str = "senda-none";

/// The same for an interface string no language defines (`{ $language -> [senda-nowhere] … }`).
pub(crate) const NOWHERE: &str = "senda-nowhere";

/// Fluent messages the program itself asks for (the templates' own are read from them).
/// Messages code uses only when a site needs them: sources' lines (only when a page names its
/// sources) and languages' names in other languages' sentences (`language-name-es`, on language
/// cards). Defined, they are never "unused"; missing, the card names the language as its speakers
/// do, and a page with sources says which message to add.
fn optional(key: &str) -> bool {
    matches!(
        key,
        "based-on"
            | "based-on-years"
            | "source-month"
            | "notice-partly-translated"
            | "image-moving"
            | "video-link"
            | "leaflet-numbers-back"
            | "print-note"
            | "leaflet-phone"
            | "leaflet-press"
            | "card-official"
            | "card-lawyer"
            | "card-write-phone"
    ) || key.starts_with("language-name-")
}

pub const MESSAGES_USED_BY_CODE: &[&str] = &[
    "site-name",
    "last-reviewed",
    "disclaimer",
    "date",
    "month-1",
    "month-2",
    "month-3",
    "month-4",
    "month-5",
    "month-6",
    "month-7",
    "month-8",
    "month-9",
    "month-10",
    "month-11",
    "month-12",
    "callout-important",
    "callout-danger",
    "contact-phone",
    "contact-hours",
    "contact-address",
    "contact-placeholder",
    "leaflet-trifold",
    "leaflet-booklet",
    "leaflet-card",
    "leaflet-poster",
    "paper-a4",
    "paper-letter",
    "paper-a3",
    "leaflet-more",
    "listen-qr",
    "listen-all",
    "recording-synthetic",
    "language-card",
];

/// What `check` found: the problems to fix, and where each language's translation stands.
pub struct Findings {
    /// Every problem, errors first, by file and line, duplicates merged.
    pub problems: Vec<Diagnostic>,
    /// One line per translation not up to date and per language's untranslated strings: what
    /// `--verbose` lists.
    pub translation: Vec<Diagnostic>,
    /// One sentence per language other than the default: its pages and strings, and what its
    /// readers get instead of what is missing.
    pub summary: Vec<report::Summary>,
}

/// Every problem found in the site as it is written. `options.today` decides which review dates
/// have passed. The site is loaded once (pages read, photos fitted, recordings encoded) and no
/// page is rendered: what only making the pages shows (a page's weight, whether a leaflet's text
/// fits its panels) `senda build` reports, and `senda build --strict` stops on.
pub fn check(options: &Options) -> Result<Findings> {
    let mut cache = pipeline::Cache::for_check(&options.root);
    check_with(options, &mut cache).map(|(_, findings)| findings)
}

/// The same with a cache that may be kept between runs (the preview checks again on every save,
/// reading again only the pages that changed), and the site as far as it loaded.
pub fn check_with(options: &Options, cache: &mut pipeline::Cache) -> Result<(Site, Findings)> {
    let options = Options {
        mode: crate::mode::Mode::Check,
        ..options.clone()
    };
    let config = pipeline::configure(&options)?;
    let (site, theme, loaded) = pipeline::load_partial(config, &options, cache)?;
    let findings = findings(&site, theme.as_deref(), loaded, options.today)?;
    Ok((site, findings))
}

/// What `check` finds in a site loaded as far as it goes (`loaded`: the problems of loading it):
/// the same for `senda check` and the preview, so that both say the same things in the same words.
/// Without a theme (its templates did not load) the strings it asks for are not checked.
pub fn findings(
    site: &Site,
    theme: Option<&Theme>,
    loaded: Vec<Diagnostic>,
    today: Date,
) -> Result<Findings> {
    let failed = loaded.iter().any(|d| d.severity == Severity::Error);
    let mut problems = loaded;
    problems.extend(site.links.problems.iter().cloned());
    match outputs::problems(site) {
        Ok(found) => problems.extend(found),
        Err(Error::Invalid(found)) => problems.extend(found),
        // A file refused while loading (an SVG with a script) is refused again when read for the
        // outputs: already reported, in its own words.
        Err(_) if failed => {}
        Err(other) => return Err(other),
    }
    if let Some(theme) = theme {
        problems.extend(templates::problems(site, theme));
    }
    problems.extend(lints(site, today));
    sort(&mut problems);
    let mut translation = translations(site);
    translation.extend(untranslated_strings(site));
    translation.extend(untranslated_services(site));
    sort(&mut translation);
    Ok(Findings {
        problems,
        translation,
        summary: report::summary(site),
    })
}

/// Errors first, then by file and place; the same problem found twice is kept once.
fn sort(found: &mut Vec<Diagnostic>) {
    found.sort_by_key(|d| {
        (
            d.severity != Severity::Error,
            d.location.as_ref().map(|l| (l.path.clone(), l.line, l.col)),
        )
    });
    found.dedup_by(|a, b| {
        a.severity == b.severity && a.location == b.location && a.message == b.message
    });
}

/// What `check` finds beyond the build's own errors.
fn lints(site: &Site, today: Date) -> Vec<Diagnostic> {
    let mut found = site.broken_anchors();
    found.extend(site.config.warnings.iter().cloned());
    found.extend(site.warnings());
    found.extend(messages(site, &site.config));
    found.extend(copied::copied_words(site));
    for page in site.content.all() {
        let mut own = heading_order(page);
        let limit = (site.config.check.sentence_words).or(site.config.audience.sentence_words());
        if let Some(limit) = limit {
            own.extend(plain_language(page, limit));
        }
        // A page made from a catalogue answers only for its translated words: the rest is its
        // source's, checked there.
        if page.catalogue.is_some() {
            let in_catalogue = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .is_some_and(|l| l.path == page.shown && l.line > 0)
            };
            own.retain(in_catalogue);
        }
        found.extend(own);
    }
    found.extend(crate::catalogue::strays(&site.config));
    found.extend(site.overdue(today).into_iter().map(Diagnostic::error));
    let overdue_services = site.directory.overdue_warnings(today);
    found.extend(overdue_services.into_iter().map(Diagnostic::error));
    found.extend(facts::facts(site));
    found.extend(orphans(site));
    found.extend(stale_recordings(site));
    found.extend(dated::old_sources(site, today));
    found
}

/// Recordings that may no longer say what their page says.
fn stale_recordings(site: &Site) -> Vec<Diagnostic> {
    let pages = site.content.all().filter(|p| site.recording_is_stale(p));
    pages
        .map(|page| {
            let why = match page.front.recording_digest {
                Some(_) => "changed",
                None => "never",
            };
            let message = crate::said!("check-recording-stale", why = why, page = &page.shown);
            Diagnostic::in_file(&page.shown, message).warning()
        })
        .collect()
}

/// Translations whose source page is gone: they were stamped against the default language's page,
/// which no longer exists. Readers of that language now get another one, and the translations are
/// measured against it.
fn orphans(site: &Site) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    let mut found = Vec::new();
    for (id, by_lang) in &site.content.pages {
        if by_lang.contains_key(default) {
            continue;
        }
        let gone = PathBuf::from("content")
            .join(default)
            .join(format!("{id}.md"));
        let name = site
            .config
            .language(default)
            .map_or(default.as_str(), |l| l.name.as_str());
        let shown = match site.route(id, default) {
            Some(_) => report::shown_in(site, id, default),
            None => NONE.to_string(),
        };
        let measured = site
            .source_of(id)
            .map_or(NONE.to_string(), |s| s.shown.display().to_string());
        for page in by_lang.values().filter(|p| p.front.source_digest.is_some()) {
            let message = crate::said!(
                "check-orphan",
                gone = &gone,
                name = name,
                shown = &shown,
                measured = &measured
            );
            found.push(Diagnostic::in_file(&page.shown, message).warning());
        }
    }
    found
}

/// Missing, stale and unreviewed translations, as warnings on the files translators work in.
fn translations(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for row in status::table(site) {
        for (state, language) in row.states.iter().zip(&site.config.languages) {
            let file = PathBuf::from("content")
                .join(&language.code)
                .join(format!("{}.md", row.id));
            // A page that is there but could not be read is reported once, in its own words.
            let key = (language.code.clone(), row.id.clone());
            if site.content.unreadable.contains(&key) {
                continue;
            }
            let message = match state {
                Freshness::Missing => crate::said!(
                    "check-translation-missing",
                    language = report::shown_in(site, &row.id, &language.code)
                ),
                // What changed is told in English: a message cannot hold another's words yet.
                Freshness::Stale => crate::said!(
                    "check-translation-stale",
                    changes = status::what_changed_in(site, &row.id, &language.code, Tongue::En)
                        .trim_end()
                ),
                Freshness::Partial => {
                    let page = site.content.get(&row.id, &language.code);
                    let (done, total) = page
                        .and_then(|p| p.catalogue.as_ref())
                        .map_or((0, 0), |p| (p.translated, p.total));
                    crate::said!(
                        "check-translation-partial",
                        done = done,
                        total = total,
                        page = &row.id,
                        language = report::shown_in(site, &row.id, &site.config.default_language)
                    )
                }
                Freshness::NeedsReview => crate::said!("check-translation-review"),
                Freshness::Unknown => crate::said!("check-translation-unknown"),
                Freshness::Source | Freshness::UpToDate => continue,
            };
            let diagnostic = match site.content.get(&row.id, &language.code) {
                Some(p) if p.catalogue.is_some() => Diagnostic::in_file(&p.shown, message),
                Some(p) => Diagnostic::at(&p.shown, &p.source, 0..3, message),
                None => Diagnostic::in_file(&file, message),
            };
            found.push(diagnostic.warning());
        }
    }
    found
}

/// Services with no words, or only some, in a language: its readers get the rest from another.
fn untranslated_services(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for service in site.directory.services.values() {
        for language in &site.config.languages {
            let default = &site.config.default_language;
            match service.translated(&language.code, default) {
                Translated::Complete => continue,
                Translated::Partial(lacking) => {
                    let message = crate::said!(
                        "check-service-partial",
                        code = &language.code,
                        lacking = if lacking.len() > 1 {
                            "both".to_string()
                        } else {
                            lacking.join("")
                        },
                        language = &language.name
                    );
                    found.push(Diagnostic::in_file(&service.shown, message).warning());
                    continue;
                }
                Translated::Missing => {}
            }
            let shown_in = language
                .chain
                .iter()
                .find(|code| service.text.contains_key(*code))
                .and_then(|code| site.config.language(code))
                .map(|l| l.name.clone());
            let message = crate::said!(
                "check-service-missing",
                code = &language.code,
                language = &language.name,
                shown = shown_in.as_deref().unwrap_or(NONE)
            );
            found.push(Diagnostic::in_file(&service.shown, message).warning());
        }
    }
    found
}

/// Interface strings the default language lacks (nothing to fall back to), and strings nothing
/// uses.
fn messages(site: &Site, config: &Config) -> Vec<Diagnostic> {
    let used = used_messages(site);
    // The directory's fixed words may be translated before any service uses them.
    let vocabulary = crate::directory::Directory::vocabulary_ids();
    let mut found = Vec::new();
    for language in &config.languages {
        let defined = site.locales.defined.get(&language.code);
        let missing: Vec<&str> = used
            .iter()
            .map(String::as_str)
            .filter(|key| !defined.is_some_and(|d| d.contains_key(*key)))
            .collect();
        if !missing.is_empty() && language.code == config.default_language {
            found.push(Diagnostic::in_file(
                &Path::new("locales").join(&language.code),
                crate::said!("check-strings-undefined", keys = missing.join(", ")),
            ));
        }
        for (key, definition) in defined.into_iter().flatten() {
            if !used.contains(key) && !vocabulary.contains(key) && !optional(key) {
                found.push(
                    Diagnostic::at_line(
                        &definition.path,
                        None,
                        definition.line,
                        1,
                        crate::said!("check-string-unused", key = key),
                    )
                    .warning(),
                );
            }
        }
    }
    found
}

/// Interface strings a template or the program uses that a language does not translate, with the
/// language its readers see them in.
fn untranslated_strings(site: &Site) -> Vec<Diagnostic> {
    let used = used_messages(site);
    let mut found = Vec::new();
    for language in &site.config.languages {
        if language.code == site.config.default_language {
            continue;
        }
        let missing = report::missing_strings(site, &used, &language.code);
        if missing.is_empty() {
            continue;
        }
        // Grouped by the file each belongs in, so that a translator knows where to write it.
        let by: BTreeMap<(String, &str), Vec<&str>> =
            missing.iter().fold(BTreeMap::new(), |mut m, (k, l)| {
                m.entry((file_of(site, k), l.as_str()))
                    .or_insert_with(Vec::new)
                    .push(k.as_str());
                m
            });
        for ((file, shown_in), keys) in by {
            let default = &site.config.default_language;
            found.push(
                Diagnostic::in_file(
                    &Path::new("locales").join(&language.code).join(&file),
                    crate::said!(
                        "check-strings-untranslated",
                        count = keys.len(),
                        language = shown_in,
                        default = default,
                        file = &file,
                        keys = keys.join(", ")
                    ),
                )
                .warning(),
            );
        }
    }
    found
}

/// The `.ftl` file a message belongs in (`directory.ftl`): where the default language, or else
/// any language, defines it; `main.ftl` when none does.
fn file_of(site: &Site, key: &str) -> String {
    let default = site.locales.defined.get(&site.config.default_language);
    default
        .into_iter()
        .chain(site.locales.defined.values())
        .find_map(|d| d.get(key))
        .and_then(|d| d.path.file_name())
        .map_or_else(
            || "main.ftl".to_string(),
            |f| f.to_string_lossy().into_owned(),
        )
}

/// `t(key="...")` in the theme's templates, the program's own, and the directory's (its pages'
/// words and the names of the categories and places its services use).
pub(super) fn used_messages(site: &Site) -> BTreeSet<String> {
    let config = &site.config;
    let mut used: BTreeSet<String> = MESSAGES_USED_BY_CODE
        .iter()
        .map(|s| s.to_string())
        .collect();
    used.extend(site.directory.message_ids());
    let dir = config.theme_dir.join("templates");
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for part in text.split("t(key=\"").skip(1) {
            if let Some(key) = part.split('"').next() {
                used.insert(key.to_string());
            }
        }
    }
    used
}

/// A heading level skipped (h2 to h4): screen-reader users navigate by levels.
fn heading_order(page: &Page) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut previous = 1;
    for heading in &page.document.headings {
        let level = heading.level;
        if level > previous + 1 {
            let message = crate::said!(
                "check-heading-jump",
                previous = previous,
                level = level,
                marks = "#".repeat(previous as usize + 1)
            );
            found.push(page.at(heading.at, message).warning());
        }
        previous = level;
    }
    found
}

/// Sentences longer than a child reads easily: one line for the page when there are several,
/// with how many and where the first is; and sentences too long on average.
fn plain_language(page: &Page, limit: usize) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let (mut sentences, mut words) = (0usize, 0usize);
    // The long ones: where each starts, its length, and its first words.
    let mut long: Vec<(usize, usize, String)> = Vec::new();
    for (start, text) in &page.document.prose(&page.source) {
        for sentence in text.split_inclusive(['.', '!', '?']) {
            let n = sentence.split_whitespace().count();
            if n == 0 {
                continue;
            }
            sentences += 1;
            words += n;
            if n > limit {
                let opening: Vec<&str> = sentence.split_whitespace().take(6).collect();
                long.push((*start, n, opening.join(" ")));
            }
        }
    }
    let longest = long.iter().map(|(_, n, _)| *n).max().unwrap_or(0);
    if let Some((start, n, opening)) = long.first() {
        let message = match long.len() {
            1 => crate::said!(
                "check-long-sentence",
                words = *n,
                limit = limit,
                opening = opening.as_str()
            ),
            count => crate::said!(
                "check-long-sentences",
                count = count,
                limit = limit,
                longest = longest,
                opening = opening.as_str()
            ),
        };
        found.push(page.at(*start, message).warning());
    }
    if sentences > 0 && words / sentences > limit * 2 / 3 {
        let message = crate::said!(
            "check-average-sentence",
            words = words / sentences,
            aim = limit * 2 / 3
        );
        found.push(Diagnostic::in_file(&page.shown, message).warning());
    }
    found
}
