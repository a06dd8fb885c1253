//! Walking `content/` and the theme's `static/` before anything is read: each language's page
//! files and other files, the files every language shares (`content/assets/`), and what is in
//! the wrong place.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use walkdir::WalkDir;

use super::{Asset, SHARED, Stamp};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Error, Problems, Result};

/// The page files and other files of `content/` and the theme's `static/`, with the problems
/// found on the way.
pub(super) fn find(config: &Config) -> Result<Walked> {
    let dir = config.root.join("content");
    let mut problems = Problems::default();
    let mut locale_dirs = locale_folders(config, &dir, &mut problems)?;
    // The folder every language shares is walked like a language's, then taken apart.
    let shared = std::fs::symlink_metadata(dir.join(SHARED)).is_ok_and(|m| m.is_dir())
        && config.language(SHARED).is_none();
    if shared {
        locale_dirs.push(SHARED.to_string());
    }
    // Each language's folder is walked on its own thread: a rebuild in `serve` looks at every
    // file's modification time.
    let walked: Vec<(Vec<Found>, Vec<Asset>, Problems)> = locale_dirs
        .par_iter()
        .map(|lang| {
            let mut walked = (Vec::new(), Vec::new(), Problems::default());
            walk_locale(&dir, lang, &mut walked.0, &mut walked.1, &mut walked.2);
            walked
        })
        .collect();
    let mut found = Walked::default();
    let mut shared_files = Vec::new();
    for (files, assets, more) in walked {
        for page in files {
            if shared && page.lang == SHARED {
                let message = crate::said!("content-shared-page");
                problems.push(Diagnostic::in_file(&page.shown, message));
            } else {
                found.pages.push(page);
            }
        }
        for asset in assets {
            match shared && asset.lang == SHARED {
                true => shared_files.push(Asset {
                    lang: "/".to_string(),
                    rel: format!("{SHARED}/{}", asset.rel),
                    shared: true,
                    ..asset
                }),
                false => found.assets.push(asset),
            }
        }
        problems.list.extend(more.list);
    }
    let statics = config.theme_dir.join("static");
    let shown = statics.strip_prefix(&config.root).unwrap_or(&statics);
    if let Some(files) = problems.take(root_files(&statics, shown))? {
        found
            .assets
            .extend(beside_theme(config, shared_files, &files, &mut problems));
        found.assets.extend(files);
    }
    found.problems = problems.list;
    Ok(found)
}

/// The shared files, but those at the address of a file of the theme's `static/` folder, which
/// are problems: the writer chooses which of the two to keep.
fn beside_theme(
    config: &Config,
    shared: Vec<Asset>,
    theme: &[Asset],
    problems: &mut Problems,
) -> Vec<Asset> {
    let shown = |file: &Path| {
        file.strip_prefix(&config.root)
            .unwrap_or(file)
            .to_path_buf()
    };
    let mut kept = Vec::new();
    for asset in shared {
        match theme.iter().find(|f| f.rel == asset.rel) {
            Some(theirs) => {
                let other = shown(&theirs.file);
                let message =
                    crate::said!("content-shared-taken", other = &other, path = &asset.rel);
                problems.push(Diagnostic::in_file(&shown(&asset.file), message));
            }
            None => kept.push(asset),
        }
    }
    kept
}

/// The files of the theme's `static/` folder, published at the site's root: what an address
/// from the root (`/images/logo.png`) can name.
fn root_files(dir: &Path, shown: &Path) -> Result<Vec<Asset>> {
    let files = crate::files::walk(dir, shown)?;
    Ok(files
        .into_iter()
        .filter_map(|file| {
            let rel = file.strip_prefix(dir).ok()?;
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            Some(Asset {
                lang: "/".to_string(),
                rel: parts.join("/"),
                file: file.clone(),
                fitted: None,
                fitted_as: None,
                moving: false,
                shared: false,
            })
        })
        .collect())
}

/// The language folders under `content/`; anything else there but the shared folder
/// ([`SHARED`]) is a problem.
fn locale_folders(config: &Config, dir: &Path, problems: &mut Problems) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir).map_err(Error::io("read-folder", dir))?;
    let mut locale_dirs = Vec::new();
    for entry in entries {
        let entry = entry.map_err(Error::io("read-folder", dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let shown = Path::new("content").join(&name);
        if name.starts_with('.') {
            continue;
        }
        let kind = entry
            .file_type()
            .map_err(Error::io("read", &entry.path()))?;
        if kind.is_symlink() {
            problems.push(crate::files::link_refused(&shown));
        } else if !kind.is_dir() {
            problems.push(Diagnostic::in_file(
                &shown,
                crate::said!("content-outside-language"),
            ));
        } else if config.language(&name).is_some() {
            locale_dirs.push(name);
        } else if name != SHARED {
            problems.push(Diagnostic::in_file(
                &shown,
                crate::said!("content-unknown-language", folder = &name),
            ));
        }
    }
    locale_dirs.sort();
    Ok(locale_dirs)
}

/// What walking `content/` found: page files to read, other files, and problems on the way.
#[derive(Default)]
pub struct Walked {
    pub pages: Vec<Found>,
    pub assets: Vec<Asset>,
    pub problems: Vec<Diagnostic>,
}

/// A page file found while walking, before it is read.
pub struct Found {
    pub(super) path: PathBuf,
    pub(super) shown: PathBuf,
    pub(super) id: String,
    pub(super) lang: String,
    pub(super) stamp: Stamp,
}

fn walk_locale(
    dir: &Path,
    lang: &str,
    found: &mut Vec<Found>,
    assets: &mut Vec<Asset>,
    problems: &mut Problems,
) {
    let base = dir.join(lang);
    // Clutter is left out whole: a hidden folder (`.obsidian/`) with everything in it.
    let entries = WalkDir::new(&base)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_clutter(&e.file_name().to_string_lossy()));
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| base.clone());
                problems.push(Diagnostic::in_file(
                    &shown_path(dir, &path),
                    crate::said!("file-unreadable", reason = e.to_string()),
                ));
                continue;
            }
        };
        let path = entry.path();
        let shown = shown_path(dir, path);
        if entry.path_is_symlink() {
            problems.push(crate::files::link_refused(&shown));
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = path
            .strip_prefix(&base)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        // A Mac writes `niños.md` decomposed (NFD), Linux and Windows composed (NFC): one name.
        let rel: String = rel.nfc().collect();
        if let Some(page) = page_named_otherwise(&rel) {
            let message = crate::said!("page-named-otherwise", page = page);
            problems.push(Diagnostic::in_file(&shown, message));
            continue;
        }
        match rel.strip_suffix(".md") {
            Some(id) => {
                let stamp = entry
                    .metadata()
                    .map_or((None, 0), |m| (m.modified().ok(), m.len()));
                found.push(Found {
                    path: path.to_path_buf(),
                    shown,
                    id: id.to_string(),
                    lang: lang.to_string(),
                    stamp,
                });
            }
            None => assets.push(Asset {
                lang: lang.to_string(),
                rel,
                file: path.to_path_buf(),
                fitted: None,
                fitted_as: None,
                moving: false,
                shared: false,
            }),
        }
    }
}

/// Files that computers and editors leave beside the ones people make, never published and never
/// reported: hidden files (`.DS_Store`), backups (`guia.md~`), Word's lock files (`~$guia.docx`),
/// and the thumbnails and settings Windows writes into every folder of pictures.
fn is_clutter(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.ends_with('~')
        || name.starts_with("~$")
        || matches!(lower.as_str(), "thumbs.db" | "ehthumbs.db" | "desktop.ini")
}

/// A page file named the way other editors save Markdown (`derechos.MD`, `guia.markdown`, and
/// `prueba.md.txt` from Notepad, which hides the `.txt`): the name it should have.
fn page_named_otherwise(rel: &str) -> Option<String> {
    let lower = rel.to_ascii_lowercase();
    let stem_len = [".md.txt", ".markdown", ".mdown", ".mkd", ".md"]
        .iter()
        .find(|ext| lower.ends_with(*ext))
        .map(|ext| rel.len() - ext.len())?;
    let name = format!("{}.md", &rel[..stem_len]);
    (name != rel).then_some(name)
}

fn shown_path(content_dir: &Path, path: &Path) -> PathBuf {
    Path::new("content").join(path.strip_prefix(content_dir).unwrap_or(path))
}

#[cfg(test)]
mod tests {
    use super::page_named_otherwise;

    #[test]
    fn pages_saved_under_other_names_are_named_as_they_should_be() {
        let cases = [
            ("derechos.MD", Some("derechos.md")),
            ("guias/mexico.markdown", Some("guias/mexico.md")),
            ("prueba.md.txt", Some("prueba.md")),
            ("niños.Md", Some("niños.md")),
            ("derechos.md", None),
            ("mapa.png", None),
            ("notas.txt", None),
        ];
        for (rel, wanted) in cases {
            assert_eq!(page_named_otherwise(rel).as_deref(), wanted, "{rel}");
        }
    }
}
