//! Which folder a build may write to, decided before anything is written: never the site's
//! folder or a parent of it, never a folder senda reads, never a file; and a folder that already
//! holds files only if senda made it (it carries senda's [`MARK`]). Building replaces everything
//! in its output folder, so a wrong `--output` must stop the build, not empty someone's folder.

use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;
use crate::said::Said;

/// The file senda leaves in every output folder it writes: it tells a later build that the folder
/// is senda's to replace.
pub const MARK: &str = ".senda-output";

/// What the mark says to a person who opens it.
pub const MARK_TEXT: &str = "This folder is made by senda, a static site generator: each build replaces \
everything in it. Keep your own files elsewhere: put files to publish in the theme's `static/` folder.\n";

/// Folders of a site that senda reads or keeps, or that hold its history: an output folder inside
/// one of them, or holding one, would overwrite the site's sources.
const SOURCES: [&str; 9] = [
    "content",
    "locales",
    "themes",
    "services",
    "static",
    ".senda-cache",
    ".git",
    "src",
    "tests",
];

/// The output folder as an absolute path with `..` and links resolved, once it is known to be a
/// place a build may replace; otherwise an error that says why and what to do instead.
pub fn checked(root: &Path, output: &Path) -> Result<PathBuf> {
    let site = resolve(root)?;
    let out = resolve(output)?;
    let refuse = |why: Said| Err(Error::one(Diagnostic::general(why)));
    let output = output.display().to_string();
    if site.starts_with(&out) {
        let site = site.display().to_string();
        return refuse(said!("write-refused-site", output = output, site = site));
    }
    for name in SOURCES {
        let source = resolve(&site.join(name))?;
        if out.starts_with(&source) || source.starts_with(&out) {
            return refuse(said!("write-refused-source", output = &output, name = name));
        }
    }
    match std::fs::symlink_metadata(&out) {
        Ok(meta) if !meta.is_dir() => refuse(said!("write-refused-file", output = &output)),
        Ok(_) if !empty(&out)? && !made_by_senda(&out) => refuse(said!(
            "write-refused-foreign",
            output = &output,
            mark = MARK
        )),
        _ => Ok(out),
    }
}

/// Whether a previous build left its mark in the folder, or (senda before the mark) beside it.
fn made_by_senda(folder: &Path) -> bool {
    folder.join(MARK).is_file() || super::finished(folder)
}

fn empty(folder: &Path) -> Result<bool> {
    let mut entries = std::fs::read_dir(folder).map_err(Error::io("read-folder", folder))?;
    Ok(entries.next().is_none())
}

/// `path` made absolute, with its existing part's links resolved and `.` and `..` taken out of
/// the rest: two spellings of one folder compare equal.
fn resolve(path: &Path) -> Result<PathBuf> {
    let absolute = std::path::absolute(path).map_err(Error::io("find", path))?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let real = loop {
        if let Ok(real) = existing.canonicalize() {
            break real;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            // Only `..` components are left that do not exist: resolve them by hand below.
            _ => break PathBuf::from(Component::RootDir.as_os_str()),
        }
    };
    let mut out = real;
    for part in rest.iter().rev() {
        match Path::new(part).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) | None => {}
            Some(_) => out.push(part),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Result<(tempfile::TempDir, PathBuf)> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let root = dir.path().join("site");
        for folder in ["content/es", "services", "locales"] {
            let path = root.join(folder);
            std::fs::create_dir_all(&path).map_err(Error::io("create", &path))?;
        }
        let toml = root.join("senda.toml");
        std::fs::write(&toml, "").map_err(Error::io("write", &toml))?;
        Ok((dir, root))
    }

    #[test]
    fn the_site_its_parents_and_its_sources_are_refused() -> Result<()> {
        let (dir, root) = site()?;
        for bad in [
            root.join(".."),
            root.join("."),
            root.clone(),
            root.join("content/.."),
            root.join("services"),
            root.join("content/es"),
            root.join("content/../services/x"),
            dir.path().to_path_buf(),
            PathBuf::from("/"),
        ] {
            assert!(checked(&root, &bad).is_err(), "{}", bad.display());
        }
        Ok(())
    }

    #[test]
    fn a_file_and_a_folder_senda_did_not_make_are_refused() -> Result<()> {
        let (dir, root) = site()?;
        assert!(checked(&root, &root.join("senda.toml")).is_err());
        let docs = dir.path().join("docs");
        std::fs::create_dir_all(&docs).map_err(Error::io("create", &docs))?;
        std::fs::write(docs.join("notes.txt"), "mine").map_err(Error::io("write", &docs))?;
        let refused = checked(&root, &root.join("../docs"));
        assert!(
            refused.is_err_and(|e| e.to_string().contains("senda did not make")),
            "a folder of someone's files"
        );
        std::fs::write(docs.join(MARK), MARK_TEXT).map_err(Error::io("write", &docs))?;
        assert_eq!(checked(&root, &root.join("../docs"))?, resolve(&docs)?);
        Ok(())
    }

    #[test]
    fn new_and_empty_folders_are_taken() -> Result<()> {
        let (_dir, root) = site()?;
        assert_eq!(
            checked(&root, &root.join("public"))?,
            resolve(&root)?.join("public")
        );
        assert!(checked(&root, &root.join("out/deeper/../site")).is_ok());
        let empty = root.join("empty");
        std::fs::create_dir_all(&empty).map_err(Error::io("create", &empty))?;
        assert!(checked(&root, &empty).is_ok());
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_site_is_seen_through() -> Result<()> {
        let (dir, root) = site()?;
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(root.join("services"), &link)
            .map_err(Error::io("link", &link))?;
        assert!(checked(&root, &link).is_err());
        Ok(())
    }
}
