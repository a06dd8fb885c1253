//! `senda split`: a page too heavy for a family's data (a changelog, a long guide) made a page in
//! parts. Its first words stay as the section's page, which lists the parts in order, and each
//! `##` section becomes a page of its own. Nothing is lost: every new file is written before the
//! old one is removed, and a failure removes what was written.

mod parts;

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::{PageFile, outline};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;
use parts::{Part, parts};

/// What splitting a page did: the files made, the file it replaced, and the same page in other
/// languages, still one page each.
#[derive(Debug)]
pub struct Split {
    pub made: Vec<PathBuf>,
    pub removed: PathBuf,
    pub translations: Vec<PathBuf>,
}

/// Splits the page `file` (`content/en/releases.md`) at its `##` sections.
pub fn split(config: &Config, file: &Path) -> Result<Split> {
    let (lang, id) = page_of(config, file)?;
    let shown = Path::new("content").join(&lang).join(format!("{id}.md"));
    let path = config.root.join(&shown);
    let source = crate::files::read_text(&path, &shown)?;
    let page = PageFile {
        shown: &shown,
        id: &id,
        lang: &lang,
        apostrophe_is_letter: false,
        allow_raw_html: true,
        base_url: &config.base_url,
        asset: &|_| Some(None),
    };
    let read = outline(&source, &page)?;
    let folder = path.with_extension("");
    if folder.exists() {
        let message = said!("split-folder-exists", folder = folder_shown(&shown));
        return Err(Error::one(Diagnostic::in_file(&shown, message)));
    }
    let planned = parts(&source, &read)
        .ok_or_else(|| Error::one(Diagnostic::in_file(&shown, said!("split-too-few"))))?;
    let made = write_all(&folder, &planned)?;
    std::fs::remove_file(&path).map_err(Error::io("remove", &path))?;
    let translations = config
        .languages
        .iter()
        .filter(|l| l.code != lang)
        .map(|l| Path::new("content").join(&l.code).join(format!("{id}.md")))
        .filter(|p| config.root.join(p).is_file())
        .collect();
    let made = made
        .into_iter()
        .map(|p| {
            p.strip_prefix(&config.root)
                .map_or(p.clone(), Path::to_path_buf)
        })
        .collect();
    Ok(Split {
        made,
        removed: shown,
        translations,
    })
}

/// The language and page id of `file`: a Markdown page in a language folder, not a section's
/// own page.
fn page_of(config: &Config, file: &Path) -> Result<(String, String)> {
    let rel = file.strip_prefix(&config.root).unwrap_or(file);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let shown = rel.display().to_string();
    let refuse = |message| Err(Error::one(Diagnostic::general(message)));
    let [content, lang, rest @ ..] = parts.as_slice() else {
        return refuse(said!("split-not-a-page", file = &shown));
    };
    let known = config.languages.iter().any(|l| &l.code == lang);
    let page = rest.join("/");
    let Some(id) = page
        .strip_suffix(".md")
        .filter(|_| content == "content" && known)
    else {
        return refuse(said!("split-not-a-page", file = &shown));
    };
    if id == "index" || id.ends_with("/index") {
        return refuse(said!("split-index", file = &shown));
    }
    Ok((lang.clone(), id.to_string()))
}

/// `content/en/releases/`.
fn folder_shown(shown: &Path) -> String {
    format!("{}/", shown.with_extension("").display())
}

/// Writes every part under `folder`; on a failure, removes what it wrote.
fn write_all(folder: &Path, planned: &[Part]) -> Result<Vec<PathBuf>> {
    let mut made = Vec::new();
    let result = (|| {
        std::fs::create_dir_all(folder).map_err(Error::io("create-folder", folder))?;
        for part in planned {
            let path = folder.join(&part.file);
            std::fs::write(&path, &part.text).map_err(Error::io("write", &path))?;
            made.push(path);
        }
        Ok(())
    })();
    if let Err(e) = result {
        for path in &made {
            let _ = std::fs::remove_file(path);
        }
        let _ = std::fs::remove_dir(folder);
        return Err(e);
    }
    Ok(made)
}

#[cfg(test)]
mod tests;
