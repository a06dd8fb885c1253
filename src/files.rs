//! The site's own files, and nothing else: wherever senda reads (pages, strings, themes,
//! services, static files, fonts), a symbolic link is refused with its place. Git stores links, so
//! without this a pull request could publish `/etc/passwd` or a CI machine's secrets as a
//! stylesheet.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Error, Problems, Result};

/// The message for a link found where senda reads.
pub fn link_refused(shown: &Path) -> Diagnostic {
    Diagnostic::in_file(shown, crate::said!("file-symbolic-link"))
}

/// Refuses `path` if it, or a folder it lies in below the site's folder, is a symbolic link.
/// `shown` is the path as the user knows it, relative to the site's folder
/// (`themes/default/css/style.css`); the site's folder is what `path` holds before it.
pub fn plain(path: &Path, shown: &Path) -> Result<()> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link || through_link(path, shown) {
        return Err(Error::one(link_refused(shown)));
    }
    Ok(())
}

/// Whether a folder between the site's folder and `path` is a link: the real path then differs
/// from the real site folder joined with `shown`.
fn through_link(path: &Path, shown: &Path) -> bool {
    if shown.is_absolute() || !path.ends_with(shown) {
        return false;
    }
    let depth = shown.components().count();
    let mut root = path;
    for _ in 0..depth {
        root = root.parent().unwrap_or(root);
    }
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(root)) => real != root.join(shown),
        _ => false,
    }
}

/// Reads a file's bytes, refusing links.
pub fn read(path: &Path, shown: &Path) -> Result<Vec<u8>> {
    plain(path, shown)?;
    std::fs::read(path).map_err(Error::io("read", path))
}

/// Reads a file as UTF-8 text, with a located error for bytes that are not UTF-8, a leading
/// byte-order mark removed (editors on Windows add one) and letters composed (NFC): `ñ` typed on a
/// Mac as `n` and a combining tilde is the same `ñ` as everyone else's.
pub fn read_text(path: &Path, shown: &Path) -> Result<String> {
    use unicode_normalization::{UnicodeNormalization, is_nfc};
    let bytes = read(path, shown)?;
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            if !is_nfc(&s) {
                s = s.nfc().collect();
            }
            Ok(s)
        }
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..good]);
            let line = prefix.matches('\n').count() + 1;
            let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Error::one(Diagnostic::at_line(
                shown,
                None,
                line,
                col,
                crate::said!("file-not-utf8"),
            )))
        }
    }
}

/// Every plain file under `dir`, sorted; hidden files and folders (`.git`, `.DS_Store`) are
/// left out. A link anywhere below is a located error, all of them reported together.
/// `shown_dir` is `dir` as the user knows it (`services`).
pub fn walk(dir: &Path, shown_dir: &Path) -> Result<Vec<PathBuf>> {
    if std::fs::symlink_metadata(dir).is_err() {
        return Ok(Vec::new());
    }
    plain(dir, shown_dir)?;
    let mut problems = Problems::default();
    let mut files = Vec::new();
    let entries = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("loop"));
                return Err(Error::io("read", &path)(source));
            }
        };
        let shown = shown_dir.join(entry.path().strip_prefix(dir).unwrap_or(entry.path()));
        if entry.path_is_symlink() {
            problems.push(link_refused(&shown));
        } else if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    problems.finish()?;
    Ok(files)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn site() -> Result<(tempfile::TempDir, PathBuf)> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let root = dir.path().join("site");
        let css = root.join("themes/default/css");
        std::fs::create_dir_all(&css).map_err(Error::io("create", &css))?;
        std::fs::write(dir.path().join("secret"), "secret").map_err(Error::io("write", &css))?;
        Ok((dir, root))
    }

    #[test]
    fn a_linked_file_and_a_file_in_a_linked_folder_are_refused() -> Result<()> {
        let (dir, root) = site()?;
        let css = root.join("themes/default/css/style.css");
        std::os::unix::fs::symlink(dir.path().join("secret"), &css)
            .map_err(Error::io("link", &css))?;
        let shown = Path::new("themes/default/css/style.css");
        assert!(read(&css, shown).is_err());
        let linked = root.join("themes/other");
        std::os::unix::fs::symlink(dir.path(), &linked).map_err(Error::io("link", &linked))?;
        assert!(read(&linked.join("secret"), Path::new("themes/other/secret")).is_err());
        let plain_file = root.join("themes/default/css/plain.css");
        std::fs::write(&plain_file, "p{}").map_err(Error::io("write", &plain_file))?;
        assert_eq!(
            read(&plain_file, Path::new("themes/default/css/plain.css"))?,
            b"p{}"
        );
        Ok(())
    }

    #[test]
    fn a_walk_reports_every_link_and_keeps_no_file_from_outside() -> Result<()> {
        let (dir, root) = site()?;
        let services = root.join("services/mx");
        std::fs::create_dir_all(&services).map_err(Error::io("create", &services))?;
        std::fs::write(services.join("a.toml"), "").map_err(Error::io("write", &services))?;
        std::os::unix::fs::symlink(dir.path().join("secret"), services.join("b.toml"))
            .map_err(Error::io("link", &services))?;
        std::os::unix::fs::symlink(dir.path(), services.join("gt"))
            .map_err(Error::io("link", &services))?;
        let walked = walk(&root.join("services"), Path::new("services"));
        let message = walked.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("services/mx/b.toml"), "{message}");
        assert!(message.contains("services/mx/gt"), "{message}");
        Ok(())
    }
}
