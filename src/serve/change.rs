//! Which sources a batch of file events touched: a pure function of the paths, so that the
//! preview rebuilds for what senda reads and nothing else, and says what it rebuilt for.

use std::path::PathBuf;

/// The kinds of source a batch of file events touched; a pure function of the paths.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Change {
    pub config: bool,
    pub content: Vec<PathBuf>,
    pub locales: bool,
    pub theme: bool,
    /// A file of the service directory (`services/`).
    pub services: bool,
    /// A translation catalogue (`po/`).
    pub catalogues: bool,
}

impl Change {
    pub fn is_empty(&self) -> bool {
        let files = self.locales || self.theme || self.services || self.catalogues;
        !self.config && self.content.is_empty() && !files
    }
}

/// Sorts changed paths (relative to the site root) into what they affect, ignoring editors'
/// temporary files and anything outside the sources.
pub fn classify(paths: &[PathBuf]) -> Change {
    let mut change = Change::default();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.')
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".tmp")
            || name == "4913"
        {
            continue;
        }
        let first = path
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        match first.as_deref() {
            Some("senda.toml") => change.config = true,
            Some("content") if !change.content.contains(path) => {
                change.content.push(path.clone());
            }
            Some("locales") => change.locales = true,
            Some("themes") => change.theme = true,
            Some("services") => change.services = true,
            Some(crate::catalogue::FOLDER) => change.catalogues = true,
            _ => {}
        }
    }
    change
}

/// The change in words, for the terminal, in `tongue`.
pub(super) fn describe(change: &Change, tongue: crate::said::Tongue) -> String {
    let folder = |name: &str| crate::said!("preview-changed-folder", folder = name).words(tongue);
    let mut parts: Vec<String> = change
        .content
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    if change.config {
        parts.push("senda.toml".into());
    }
    if change.locales {
        parts.push(folder("locales"));
    }
    if change.theme {
        parts.push(folder("theme"));
    }
    if change.services {
        parts.push(folder("services"));
    }
    if change.catalogues {
        parts.push(folder("catalogues"));
    }
    parts.join(", ")
}
