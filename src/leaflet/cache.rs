//! Leaflet PDFs typeset before, by a hash of everything they were made from.

use std::path::{Path, PathBuf};

use super::Paper;
use crate::content::Page;
use crate::site::Site;

/// Leaflet PDFs typeset before, by a hash of everything they were made from, so that a leaflet
/// whose page, strings, fonts, configuration and program are unchanged is not typeset again:
/// kept in memory by `serve`, and in a folder beside the site (`.senda-cache/leaflets/`) by
/// `build`, which holds exactly the last build's leaflets.
#[derive(Default)]
pub struct Typeset {
    pdfs: std::collections::HashMap<u64, Vec<u8>>,
    folder: Option<PathBuf>,
    /// Only read the folder, never change it (`check` writes nothing).
    read_only: bool,
}

impl Typeset {
    /// PDFs kept in `folder` between runs.
    pub fn in_folder(folder: PathBuf) -> Typeset {
        Typeset {
            pdfs: Default::default(),
            folder: Some(folder),
            read_only: false,
        }
    }

    /// PDFs a build kept in `folder`, read and left as they are.
    pub fn reading(folder: PathBuf) -> Typeset {
        Typeset {
            read_only: true,
            ..Typeset::in_folder(folder)
        }
    }

    fn file(folder: &Path, key: u64) -> PathBuf {
        folder.join(format!("{key:016x}.pdf"))
    }

    pub(super) fn get(&self, key: u64) -> Option<Vec<u8>> {
        self.pdfs.get(&key).cloned().or_else(|| {
            let folder = self.folder.as_ref()?;
            std::fs::read(Self::file(folder, key)).ok()
        })
    }

    /// Keeps this build's PDFs and forgets the rest. The folder is only a cache: a PDF that
    /// cannot be kept there is typeset again next time.
    pub(super) fn keep(&mut self, made: Vec<(u64, &[u8])>) {
        if self.read_only {
            return;
        }
        let Some(folder) = &self.folder else {
            self.pdfs = made.into_iter().map(|(k, b)| (k, b.to_vec())).collect();
            return;
        };
        let _ = std::fs::create_dir_all(folder);
        let wanted: std::collections::HashSet<PathBuf> =
            made.iter().map(|(k, _)| Self::file(folder, *k)).collect();
        for (key, bytes) in &made {
            let path = Self::file(folder, *key);
            if !path.exists() {
                let partial = path.with_extension("part");
                if std::fs::write(&partial, bytes).is_ok() {
                    let _ = std::fs::rename(&partial, &path);
                }
            }
        }
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            if !wanted.contains(&entry.path()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// What identifies this program: its version, and the executable itself, so that a rebuilt
/// senda (a changed layout) never reuses an old PDF.
pub(super) fn program() -> u64 {
    static PROGRAM: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *PROGRAM.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        let mut h = crate::digest::Key::new("program");
        env!("CARGO_PKG_VERSION").hash(&mut h);
        if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
            (meta.len(), meta.modified().ok()).hash(&mut h);
        }
        h.finish()
    })
}

/// Everything a leaflet is made from: the page file, where it is published, its layout and
/// paper, the strings, the configuration, the theme's fonts and the program.
pub(super) fn key(
    site: &Site,
    fonts: u64,
    (lang, path): (&str, &str),
    page: Option<&Page>,
    what: &str,
    paper: Paper,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::digest::Key::new("leaflet");
    (page.map(|p| p.fingerprint), path, lang, what, paper.name()).hash(&mut h);
    // A leaflet prints the services its page cites, and leaves out those past review.
    let overdue: Vec<&str> = site
        .directory
        .overdue(site.today)
        .map(|s| s.id.as_str())
        .collect();
    (site.directory.fingerprint(), overdue).hash(&mut h);
    (
        site.locales.fingerprint,
        site.config.fingerprint,
        fonts,
        program(),
    )
        .hash(&mut h);
    h.finish()
}

/// The theme's fonts and look (colour, logo) as one number, part of every leaflet's key.
pub(super) fn fonts_hash(fonts: &[Vec<u8>], look: &super::look::Look) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::digest::Key::new("fonts");
    fonts.hash(&mut h);
    look.hash(&mut h);
    h.finish()
}
