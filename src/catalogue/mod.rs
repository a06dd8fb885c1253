//! Translation catalogues (`po/messages.pot`, `po/<lang>.po`): one gettext message per title,
//! paragraph, heading, list item and table cell of the default language's pages, so that
//! translators work in Weblate, Pontoon, Poedit or any tool that reads PO, paragraph by paragraph.
//! `senda po` brings the catalogues up to date with the pages; a build makes each page a
//! catalogue translates in part, with the rest left in the source language.

mod messages;
mod pages;
mod update;

pub use messages::{Field, Message, digest, messages, normal};
pub use update::{Updated, template, update};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{Config, Direction};
use crate::content::{Content, Page};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::markdown::Foreign;
use crate::po;

/// The folder of the catalogues, under the site's folder.
pub const FOLDER: &str = "po";

/// `po/<lang>.po`, as shown to people.
pub fn shown_path(lang: &str) -> PathBuf {
    Path::new(FOLDER).join(format!("{lang}.po"))
}

/// One language's translations, by the source words they translate.
#[derive(Debug, Default)]
pub struct Translations {
    by_source: HashMap<String, Translation>,
}

#[derive(Debug)]
struct Translation {
    words: String,
    fuzzy: bool,
    line: usize,
}

impl Translations {
    /// The translations a catalogue holds (its entries, not the obsolete ones).
    pub fn of(catalogue: &po::Catalogue) -> Translations {
        let by_source = catalogue
            .entries
            .iter()
            .filter(|e| e.msgctxt.is_none() && !e.msgid.is_empty())
            .map(|e| {
                let translation = Translation {
                    words: e.msgstr.clone(),
                    fuzzy: e.fuzzy,
                    line: e.line,
                };
                (normal(&e.msgid), translation)
            })
            .collect();
        Translations { by_source }
    }

    /// The translation of `source` a page may show: there, not empty, not fuzzy.
    pub fn text(&self, source: &str) -> Option<&str> {
        let t = self.by_source.get(source)?;
        (!t.fuzzy && !t.words.trim().is_empty()).then_some(t.words.as_str())
    }

    /// Translated once, but the source changed since: waiting for the translator.
    pub fn is_fuzzy(&self, source: &str) -> bool {
        self.by_source
            .get(source)
            .is_some_and(|t| t.fuzzy && !t.words.trim().is_empty())
    }

    /// How many messages are translated, how many are fuzzy, and how many there are.
    pub fn counts(&self) -> (usize, usize, usize) {
        let all = self.by_source.values();
        let done = all
            .clone()
            .filter(|t| !t.fuzzy && !t.words.trim().is_empty());
        let fuzzy = all
            .clone()
            .filter(|t| t.fuzzy && !t.words.trim().is_empty());
        (done.count(), fuzzy.count(), self.by_source.len())
    }

    /// The line of the entry for `source` in its catalogue (0 if it has none).
    pub fn line(&self, source: &str) -> usize {
        self.by_source.get(source).map_or(0, |t| t.line)
    }
}

/// How many of `source`'s messages `translations` translates, how many it translated before the
/// source changed (fuzzy), and how many messages the page has.
pub fn progress(source: &Page, translations: &Translations) -> (usize, usize, usize) {
    let all = messages(source);
    let done = all.iter().filter(|m| translations.text(&m.text).is_some());
    let fuzzy = all.iter().filter(|m| translations.is_fuzzy(&m.text));
    (done.count(), fuzzy.count(), all.len())
}

/// Each language's catalogue that the site has, read: language → translations.
pub fn load(config: &Config) -> Result<Vec<(String, Translations)>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for language in &config.languages {
        if language.code == config.default_language {
            continue;
        }
        let shown = shown_path(&language.code);
        let path = config.root.join(&shown);
        if !path.is_file() {
            continue;
        }
        let text = crate::files::read_text(&path, &shown)?;
        match po::parse(&text, &shown) {
            Ok(catalogue) => found.push((language.code.clone(), Translations::of(&catalogue))),
            Err(Error::Invalid(list)) => problems.extend(list),
            Err(other) => return Err(other),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Catalogues that no language of the site reads (`po/fr.po` on a site without `fr`, or one for
/// the default language), as warnings: their translations would never be seen.
pub fn strays(config: &Config) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(config.root.join(FOLDER)) else {
        return Vec::new();
    };
    let read: Vec<&str> = config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| *code != config.default_language)
        .collect();
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(code) = name.strip_suffix(".po") else {
            continue;
        };
        if !read.contains(&code) {
            let message = crate::said!("catalogue-unread", languages = read.join(", "));
            found.push(Diagnostic::in_file(&Path::new(FOLDER).join(&name), message).warning());
        }
    }
    found.sort_by(|a, b| {
        a.location
            .as_ref()
            .map(|l| &l.path)
            .cmp(&b.location.as_ref().map(|l| &l.path))
    });
    found
}

/// Adds to `content` every page a catalogue translates where no Markdown file does: the
/// catalogue's language gets the default language's page with the translated messages in place.
pub fn add_pages(config: &Config, content: &mut Content) -> Result<Vec<Diagnostic>> {
    let mut made = Vec::new();
    let mut problems = Vec::new();
    for (lang, translations) in load(config)? {
        let (mine, theirs) = translated_pages(config, content, &lang, &translations);
        made.extend(mine);
        problems.extend(theirs);
    }
    for page in made {
        let by_lang = content.pages.entry(page.id.clone()).or_default();
        by_lang.insert(page.lang.clone(), Arc::new(page));
    }
    Ok(problems)
}

/// The pages of `lang` that its catalogue translates in part, and the problems found in them.
fn translated_pages(
    config: &Config,
    content: &Content,
    lang: &str,
    translations: &Translations,
) -> (Vec<Page>, Vec<Diagnostic>) {
    let default = &config.default_language;
    let rtl = |code: &str| {
        config
            .language(code)
            .is_some_and(|l| l.dir == Direction::Rtl)
    };
    let shown = shown_path(lang);
    let making = pages::Making {
        lang,
        shown: &shown,
        translations,
        fallback: Foreign {
            lang: default.clone(),
            rtl: rtl(default),
            ranges: Vec::new(),
        },
        apostrophe_is_letter: config
            .language(lang)
            .is_some_and(|l| l.apostrophe_is_letter),
        allow_raw_html: config.raw_html_allowed,
        base_url: &config.base_url,
    };
    let sources: Vec<&Page> = content
        .all()
        // A draft (`senda new` writes one in every language) is not a translation yet.
        .filter(|p| &p.lang == default && content.get(&p.id, lang).is_none_or(|t| t.front.draft))
        .collect();
    let results: Vec<Result<Page>> = sources
        .par_iter()
        .filter_map(|source| {
            let asset = |rel: &str| content.image_size(default, rel);
            pages::translated(source, &making, &asset)
        })
        .collect();
    let (mut made, mut problems) = (Vec::new(), Vec::new());
    for result in results {
        match result {
            Ok(page) => made.push(page),
            Err(e) => problems.extend(e.diagnostics().iter().cloned()),
        }
    }
    (made, problems)
}
