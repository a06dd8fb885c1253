//! The last stage: makes the output folder hold exactly the build's files. Files are handed over
//! in batches as they are made, so a large site never sits in memory whole. Only files whose
//! bytes changed are written, into a staging folder beside the output; nothing in the output
//! changes until [`Transaction::commit`], so a build that fails part-way (a broken template, a
//! full disk) leaves the previous site exactly as it was.

pub mod folder;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Error, Result};
use crate::output::{Output, Sink};

/// What writing did, for the summary and for tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Files whose bytes were new or different.
    pub changed: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Files of the previous build that this one no longer makes.
    pub removed: usize,
}

/// An update of the output folder, begun and not yet committed. Dropping it uncommitted
/// removes what it staged and leaves the output folder untouched.
pub struct Transaction {
    target: PathBuf,
    staging: PathBuf,
    previous: PathBuf,
    /// The previous build's files, when they can be updated one by one; `None` when the
    /// output folder is replaced whole (there is none yet, or it holds links). Listed on a
    /// thread of its own while the site loads.
    existing: Option<Existing>,
    listing: Option<std::thread::JoinHandle<Option<Existing>>>,
    /// Folders made in the staging folder so far.
    staged_folders: HashSet<String>,
    /// Files written to the staging folder.
    changed: Vec<String>,
    /// Every path handed over, changed or not.
    kept: HashSet<String>,
    unchanged: usize,
    committed: bool,
}

/// The files and folders of the previous build, by path below the output folder.
struct Existing {
    files: HashSet<String>,
    folders: BTreeSet<String>,
}

impl Existing {
    /// `None` when there is no previous output, or it holds anything but plain files and
    /// folders (a link could lead writes outside it).
    fn list(target: &Path) -> Option<Existing> {
        if !std::fs::symlink_metadata(target).ok()?.is_dir() {
            return None;
        }
        let mut existing = Existing {
            files: HashSet::new(),
            folders: BTreeSet::new(),
        };
        for entry in walkdir::WalkDir::new(target).min_depth(1) {
            let entry = entry.ok()?;
            let path = entry.path().strip_prefix(target).ok()?;
            let path = path.to_str()?.replace(std::path::MAIN_SEPARATOR, "/");
            let kind = entry.file_type();
            if kind.is_dir() {
                existing.folders.insert(path);
            } else if kind.is_file() {
                existing.files.insert(path);
            } else {
                return None;
            }
        }
        Some(existing)
    }
}

impl Transaction {
    /// Starts updating `target`, clearing what an interrupted earlier build left beside it.
    pub fn begin(target: &Path) -> Result<Transaction> {
        let staging = beside(target, "new");
        let previous = beside(target, "old");
        for leftover in [&staging, &previous] {
            if std::fs::symlink_metadata(leftover).is_ok() {
                std::fs::remove_dir_all(leftover)
                    .map_err(Error::io("remove-leftover", leftover))?;
            }
        }
        std::fs::create_dir_all(&staging).map_err(Error::io("create-folder", &staging))?;
        let listed = target.to_path_buf();
        Ok(Transaction {
            existing: None,
            listing: Some(std::thread::spawn(move || Existing::list(&listed))),
            target: target.to_path_buf(),
            staging,
            previous,
            staged_folders: HashSet::new(),
            changed: Vec::new(),
            kept: HashSet::new(),
            unchanged: 0,
            committed: false,
        })
    }

    /// Waits for the listing of the previous build's files (a thread that failed counts as no
    /// listing: the output is then replaced whole).
    fn finish_listing(&mut self) {
        if let Some(listing) = self.listing.take() {
            self.existing = listing.join().ok().flatten();
        }
    }

    /// Stages the files among `outputs` that differ from the previous build's.
    pub fn stage(&mut self, outputs: &[Output]) -> Result<()> {
        self.finish_listing();
        let changed: Vec<&Output> = match &self.existing {
            Some(existing) => outputs
                .par_iter()
                .filter(|o| !same_bytes(&self.target, o, existing))
                .collect(),
            None => outputs.iter().collect(),
        };
        let needed: BTreeSet<&str> = changed.iter().flat_map(|o| folders_of(&o.path)).collect();
        // Shallow folders come first in the set, so each needs one call.
        for folder in needed {
            if self.staged_folders.insert(folder.to_string()) {
                let path = self.staging.join(folder);
                match std::fs::create_dir(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                        return Err(Error::io("create-folder", &path)(e));
                    }
                    _ => {}
                }
            }
        }
        changed.par_iter().try_for_each(|o| {
            let path = self.staging.join(&o.path);
            std::fs::write(&path, o.bytes.as_slice()).map_err(Error::io("write", &path))
        })?;
        self.unchanged += outputs.len() - changed.len();
        self.changed.extend(changed.iter().map(|o| o.path.clone()));
        self.kept.extend(outputs.iter().map(|o| o.path.clone()));
        Ok(())
    }

    /// Puts the staged files in place and removes the previous build's files this one did not
    /// make. Each step is a rename or a removal, not one atomic swap: until the whole update is
    /// done, the output is not marked finished ([`finished`]), so the next build trusts nothing
    /// in it.
    pub fn commit(mut self) -> Result<Written> {
        // The mark goes in like any file, so that it is never taken for a stale one.
        self.stage(&[Output {
            path: folder::MARK.to_string(),
            bytes: folder::MARK_TEXT.as_bytes().to_vec().into(),
        }])?;
        let marker = finished_marker(&self.target);
        match std::fs::remove_file(&marker) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io("remove", &marker)(e));
            }
            _ => {}
        }
        let written = match self.existing.take() {
            None => {
                self.swap()?;
                Written {
                    changed: self.changed.len(),
                    ..Written::default()
                }
            }
            Some(existing) => {
                let written = self.update(&existing)?;
                std::fs::remove_dir_all(&self.staging)
                    .map_err(Error::io("remove-staging", &self.staging))?;
                written
            }
        };
        self.committed = true;
        // Without the mark the next build only does more work (it compresses everything again).
        let _ = std::fs::write(&marker, b"");
        Ok(written)
    }

    fn update(&self, existing: &Existing) -> Result<Written> {
        let used: BTreeSet<&str> = self.kept.iter().flat_map(|p| folders_of(p)).collect();
        let stale: Vec<&String> = existing
            .files
            .iter()
            .filter(|p| !self.kept.contains(p.as_str()) && !used.contains(p.as_str()))
            .collect();
        // Files this build does not make go first: where letter case does not count
        // (macOS, Windows), `Mapa.png` renamed `mapa.png` is one file, and removing the old
        // name after moving the new one in would remove the new one.
        stale.par_iter().try_for_each(|p| {
            let path = self.target.join(p);
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(Error::io("remove-old-file", &path)(e))
                }
                _ => Ok(()),
            }
        })?;
        // A file where a folder is now needed, or the reverse, makes way.
        let needed: BTreeSet<&str> = self.changed.iter().flat_map(|p| folders_of(p)).collect();
        for path in &self.changed {
            if existing.folders.contains(path) {
                let dir = self.target.join(path);
                std::fs::remove_dir_all(&dir).map_err(Error::io("remove-old-folder", &dir))?;
            }
        }
        for folder in &needed {
            let path = self.target.join(folder);
            if existing.files.contains(*folder) {
                std::fs::remove_file(&path).map_err(Error::io("remove-old-file", &path))?;
            }
            if !existing.folders.contains(*folder) || existing.files.contains(*folder) {
                match std::fs::create_dir(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                        return Err(Error::io("create-folder", &path)(e));
                    }
                    _ => {}
                }
            }
        }
        self.changed.par_iter().try_for_each(|p| {
            let path = self.target.join(p);
            std::fs::rename(self.staging.join(p), &path).map_err(Error::io("replace", &path))
        })?;
        // Folders left empty go too, deepest first.
        for folder in existing.folders.iter().rev() {
            if !used.contains(folder.as_str()) {
                let _ = std::fs::remove_dir(self.target.join(folder));
            }
        }
        Ok(Written {
            changed: self.changed.len(),
            unchanged: self.unchanged,
            removed: stale.len(),
        })
    }

    /// Moves the staging folder into the output's place, and the previous output away.
    fn swap(&self) -> Result<()> {
        let (target, staging, previous) = (&self.target, &self.staging, &self.previous);
        if std::fs::symlink_metadata(target).is_err() {
            return std::fs::rename(staging, target).map_err(Error::io("move-into", target));
        }
        std::fs::rename(target, previous).map_err(Error::io("move-aside", target))?;
        if let Err(source) = std::fs::rename(staging, target) {
            let _ = std::fs::rename(previous, target);
            return Err(Error::Io {
                path: target.to_path_buf(),
                action: "move-into",
                source,
            });
        }
        std::fs::remove_dir_all(previous).map_err(Error::io("remove-previous", previous))
    }
}

impl Sink for Transaction {
    fn put(&mut self, outputs: Vec<Output>) -> Result<()> {
        self.stage(&outputs)
    }
}

impl Drop for Transaction {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// A hidden path beside the output folder: `public` → `.public.senda-<what>`.
fn beside(target: &Path, what: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parent.join(format!(".{name}.senda-{what}"))
}

/// The mark, beside the output folder, that its last update finished.
fn finished_marker(target: &Path) -> PathBuf {
    beside(target, "done")
}

/// Whether the output folder holds a build that was put in place completely, so that its files
/// (compressed siblings in particular) can be trusted to belong together.
pub fn finished(target: &Path) -> bool {
    target.is_dir() && finished_marker(target).exists()
}

/// Writes `outputs` as the whole content of `target`.
pub fn update(outputs: &[Output], target: &Path) -> Result<Written> {
    let mut transaction = Transaction::begin(target)?;
    transaction.stage(outputs)?;
    transaction.commit()
}

/// Each folder a path lies in, below the output folder: `a/b/c.html` → `a/b`, `a`.
pub(crate) fn folders_of(path: &str) -> impl Iterator<Item = &str> {
    let mut rest = path;
    std::iter::from_fn(move || {
        let cut = rest.rfind('/')?;
        rest = &rest[..cut];
        Some(rest)
    })
}

/// Whether the previous build left exactly these bytes at this output's path (a file of another
/// size is not read).
fn same_bytes(target: &Path, output: &Output, existing: &Existing) -> bool {
    use std::io::Read;
    if !existing.files.contains(&output.path) {
        return false;
    }
    let Ok(mut file) = std::fs::File::open(target.join(&output.path)) else {
        return false;
    };
    if file.metadata().map(|m| m.len()).ok() != Some(output.bytes.len() as u64) {
        return false;
    }
    let mut old = Vec::with_capacity(output.bytes.len());
    file.read_to_end(&mut old).is_ok() && old == *output.bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(path: &str, bytes: &str) -> Output {
        Output {
            path: path.to_string(),
            bytes: bytes.as_bytes().to_vec().into(),
        }
    }

    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file() && e.file_name() != folder::MARK)
            .map(|e| {
                let rel = e.path().strip_prefix(dir).map(Path::to_path_buf);
                (
                    rel.unwrap_or_default().to_string_lossy().into_owned(),
                    std::fs::read_to_string(e.path()).unwrap_or_default(),
                )
            })
            .collect();
        files.sort();
        files
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_went() -> Result<()> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let target = dir.path().join("public");
        let first = [
            out("a/index.html", "A"),
            out("b/c/index.html", "C"),
            out("x.txt", "X"),
        ];
        // The three files and senda's mark.
        assert_eq!(update(&first, &target)?.changed, 4);
        let second = [
            out("a/index.html", "A"),
            out("b/index.html", "B"),
            out("x.txt", "Y"),
        ];
        let written = update(&second, &target)?;
        assert_eq!(
            written,
            Written {
                changed: 2,
                unchanged: 2,
                removed: 1
            }
        );
        assert_eq!(
            tree(&target),
            pairs(&[("a/index.html", "A"), ("b/index.html", "B"), ("x.txt", "Y")])
        );
        assert!(
            !target.join("b/c").exists(),
            "an emptied folder stays behind"
        );
        // A file where a folder was, and a folder where a file was.
        let third = [out("a", "file now"), out("x.txt/inner", "folder now")];
        update(&third, &target)?;
        assert_eq!(
            tree(&target),
            pairs(&[("a", "file now"), ("x.txt/inner", "folder now")])
        );
        assert!(!dir.path().join(".public.senda-new").exists());
        Ok(())
    }

    #[test]
    fn an_unfinished_update_leaves_the_previous_output() -> Result<()> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let target = dir.path().join("public");
        update(
            &[out("a/index.html", "A"), out("b/index.html", "B")],
            &target,
        )?;
        let mut transaction = Transaction::begin(&target)?;
        transaction.stage(&[out("a/index.html", "A2"), out("c/index.html", "C")])?;
        // A later batch fails: a template error, a full disk. The transaction is dropped.
        drop(transaction);
        assert_eq!(
            tree(&target),
            pairs(&[("a/index.html", "A"), ("b/index.html", "B")])
        );
        assert!(!dir.path().join(".public.senda-new").exists());
        Ok(())
    }

    #[test]
    fn a_failed_write_leaves_the_previous_output() -> Result<()> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let target = dir.path().join("public");
        update(
            &[out("a/index.html", "A"), out("b/index.html", "B")],
            &target,
        )?;
        // A folder where the new file would be staged makes its write fail, even for root.
        let mut transaction = Transaction::begin(&target)?;
        let blocker = dir.path().join(".public.senda-new/b/index.html");
        std::fs::create_dir_all(&blocker).map_err(Error::io("create", &blocker))?;
        let staged = transaction.stage(&[out("a/index.html", "A2"), out("b/index.html", "B2")]);
        assert!(staged.is_err());
        drop(transaction);
        assert_eq!(
            tree(&target),
            pairs(&[("a/index.html", "A"), ("b/index.html", "B")])
        );
        Ok(())
    }

    #[test]
    fn an_update_interrupted_while_moving_files_in_is_not_marked_finished() -> Result<()> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let target = dir.path().join("public");
        update(
            &[out("a/index.html", "A"), out("a/index.html.gz", "gzA")],
            &target,
        )?;
        assert!(finished(&target));
        let mut transaction = Transaction::begin(&target)?;
        transaction.stage(&[out("a/index.html", "A2"), out("a/index.html.gz", "gzA2")])?;
        // One staged file vanishes (a crash, a full disk): moving it in fails part-way.
        let staged = dir.path().join(".public.senda-new/a/index.html.gz");
        std::fs::remove_file(&staged).map_err(Error::io("remove", &staged))?;
        assert!(transaction.commit().is_err());
        assert!(
            !finished(&target),
            "a half-moved output must not be trusted"
        );
        update(
            &[out("a/index.html", "A3"), out("a/index.html.gz", "gzA3")],
            &target,
        )?;
        assert!(finished(&target));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn an_output_holding_a_link_is_replaced_whole() -> Result<()> {
        let dir = tempfile::tempdir().map_err(Error::io("create", Path::new("tmp")))?;
        let target = dir.path().join("public");
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir_all(&target).map_err(Error::io("create", &target))?;
        std::fs::create_dir_all(&elsewhere).map_err(Error::io("create", &elsewhere))?;
        std::os::unix::fs::symlink(&elsewhere, target.join("es"))
            .map_err(Error::io("link", &target))?;
        update(&[out("es/index.html", "ES")], &target)?;
        assert_eq!(tree(&target), pairs(&[("es/index.html", "ES")]));
        assert_eq!(tree(&elsewhere), pairs(&[]), "wrote through the link");
        Ok(())
    }

    #[test]
    fn folders_of_a_path() {
        assert_eq!(folders_of("a/b/c.html").collect::<Vec<_>>(), ["a/b", "a"]);
        assert_eq!(folders_of("c.html").count(), 0);
    }
}
