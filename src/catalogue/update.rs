//! `senda po`: the template (`po/messages.pot`) made from the default language's pages, and each
//! other language's catalogue brought up to date with it, as `msgmerge` would.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::messages::messages;
use super::{FOLDER, shown_path};
use crate::config::Config;
use crate::content::Content;
use crate::diagnostics::{Error, Result};
use crate::po::{self, Catalogue, Entry};

/// One catalogue as `senda po` left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Updated {
    /// As shown: `po/quc.po`.
    pub shown: PathBuf,
    /// Whether its file changed.
    pub changed: bool,
    pub translated: usize,
    pub fuzzy: usize,
    pub untranslated: usize,
}

/// The template's entries: every message of the default language's pages written as files, in
/// page order, one entry per distinct text with a reference to each place it stands.
pub fn template(config: &Config, content: &Content) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let sources = content
        .all()
        .filter(|p| p.lang == config.default_language && p.catalogue.is_none());
    for page in sources {
        for message in messages(page) {
            let line = 1 + page.source[..message.at.start].matches('\n').count();
            let reference = format!("{}:{line}", page.shown.display()).replace('\\', "/");
            let i = *index.entry(message.text.clone()).or_insert_with(|| {
                entries.push(Entry {
                    msgid: message.text.clone(),
                    ..Entry::default()
                });
                entries.len() - 1
            });
            let entry = &mut entries[i];
            entry.references.push(reference);
            if let Some(note) = message.field.note()
                && !entry.notes.iter().any(|n| n == note)
            {
                entry.notes.push(note.to_string());
            }
        }
    }
    entries
}

/// Writes `po/messages.pot` and brings `po/<lang>.po` of every other language up to date with
/// it. A file is written only when it changes; a catalogue that cannot be read stops everything
/// before any file is touched.
pub fn update(config: &Config, content: &Content) -> Result<Vec<Updated>> {
    let entries = template(config, content);
    let mut written = Vec::new();
    let pot = Catalogue {
        header: po::default_header(""),
        header_comments: vec![format!(
            "Messages of the pages of {}, made by `senda po` from content/{}/. Do not edit: translate po/<language>.po.",
            config.name, config.default_language
        )],
        entries: entries.clone(),
        obsolete: Vec::new(),
    };
    let pot_shown = Path::new(FOLDER).join("messages.pot");
    written.push((pot_shown, po::write(&pot), counts(&pot)));
    for language in &config.languages {
        if language.code == config.default_language {
            continue;
        }
        let shown = shown_path(&language.code);
        let path = config.root.join(&shown);
        let old = if path.is_file() {
            po::parse(&crate::files::read_text(&path, &shown)?, &shown)?
        } else {
            Catalogue {
                header: po::default_header(&language.code),
                header_comments: vec![format!(
                    "{} translations of the site's pages.",
                    language.name
                )],
                entries: Vec::new(),
                obsolete: Vec::new(),
            }
        };
        let merged = po::merge(&entries, old, &language.code);
        let counted = counts(&merged);
        written.push((shown, po::write(&merged), counted));
    }
    let folder = config.root.join(FOLDER);
    std::fs::create_dir_all(&folder).map_err(Error::io("make-folder", &folder))?;
    written
        .into_iter()
        .map(|(shown, text, (translated, fuzzy, untranslated))| {
            let changed = write_if_changed(&config.root.join(&shown), &text)?;
            Ok(Updated {
                shown,
                changed,
                translated,
                fuzzy,
                untranslated,
            })
        })
        .collect()
}

/// Translated, fuzzy and untranslated entries.
fn counts(catalogue: &Catalogue) -> (usize, usize, usize) {
    let entries = &catalogue.entries;
    let translated = entries.iter().filter(|e| e.is_translated()).count();
    let fuzzy = entries
        .iter()
        .filter(|e| e.fuzzy && !e.msgstr.is_empty())
        .count();
    (translated, fuzzy, entries.len() - translated - fuzzy)
}

/// Writes `text` to `path` unless it holds it already, through a file beside it so that a
/// catalogue is never left half written. Whether it wrote.
fn write_if_changed(path: &Path, text: &str) -> Result<bool> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    let temp = path.with_extension("senda-new");
    std::fs::write(&temp, text).map_err(Error::io("write", &temp))?;
    std::fs::rename(&temp, path).map_err(Error::io("replace", path))?;
    Ok(true)
}
