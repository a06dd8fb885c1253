//! What changed in a source page since a translation of it was stamped. Each stamp keeps the
//! source's messages as they were (`po/sources/<digest>.txt`, one per line), so that `status`
//! can set them against the page as it is now and show each change, before and after.

use std::path::{Path, PathBuf};

use crate::catalogue::messages;
use crate::content::Page;
use crate::diagnostics::{Error, Result};
use crate::said;
use crate::said::Tongue;

/// Where the messages of sources as stamped are kept, under the site's folder.
pub const FOLDER: &str = "po/sources";

/// One message as kept: what it is (`title`, `text`) and its words.
pub type Kept = (String, String);

/// A change in the source since the stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A message that is there still, in other words; `line` is where it is now.
    Changed {
        kind: String,
        line: usize,
        before: String,
        after: String,
    },
    Added {
        kind: String,
        line: usize,
        after: String,
    },
    Removed {
        kind: String,
        before: String,
    },
}

/// The file that keeps the messages of a source whose digest is `digest`.
pub fn kept_path(root: &Path, digest: &str) -> PathBuf {
    root.join(FOLDER).join(format!("{digest}.txt"))
}

/// `source`'s messages, one per line, as they are now.
fn current(source: &Page) -> Vec<(Kept, usize)> {
    messages(source)
        .into_iter()
        .map(|m| {
            let line = 1 + source.source[..m.at.start].matches('\n').count();
            ((m.field.name().to_string(), m.text), line)
        })
        .collect()
}

/// Keeps `source`'s messages under its digest, once: the stamp refers to them.
pub fn keep(root: &Path, source: &Page, digest: &str) -> Result<()> {
    let path = kept_path(root, digest);
    if path.is_file() {
        return Ok(());
    }
    let mut text = format!(
        "# {} as translations stamped with source_digest = \"{digest}\" were made from. Written by\n# `senda status --stamp`: keep it with the site, so that `senda status` shows what changes.\n",
        source.shown.display()
    );
    for ((kind, words), _) in current(source) {
        text.push_str(&format!("{kind}: {words}\n"));
    }
    let folder = root.join(FOLDER);
    std::fs::create_dir_all(&folder).map_err(Error::io("make-folder", &folder))?;
    let temp = path.with_extension("txt.senda-new");
    std::fs::write(&temp, text).map_err(Error::io("write", &temp))?;
    std::fs::rename(&temp, &path).map_err(Error::io("replace", &path))
}

/// Deletes the kept messages no stamp refers to any more (`wanted` holds every `source_digest`
/// of the site's translations), so that the folder holds only what `status` can use.
pub fn prune(root: &Path, wanted: &std::collections::BTreeSet<&str>) -> Result<()> {
    let folder = root.join(FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let digest = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "txt") && !wanted.contains(digest) {
            std::fs::remove_file(&path).map_err(Error::io("delete", &path))?;
        }
    }
    Ok(())
}

/// The messages kept for `digest`, if a stamp kept them.
pub fn kept(root: &Path, digest: &str) -> Option<Vec<Kept>> {
    let text = std::fs::read_to_string(kept_path(root, digest)).ok()?;
    let lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    Some(
        lines
            .filter_map(|l| {
                l.split_once(": ")
                    .map(|(k, w)| (k.to_string(), w.to_string()))
            })
            .collect(),
    )
}

/// What changed from `before` to `source` as it is now: messages set against each other in
/// order (the longest run they share kept as it is), and each place where they differ shown as
/// changed, added or taken out.
pub fn changes(before: &[Kept], source: &Page) -> Vec<Change> {
    let after = current(source);
    let common = shared(before, &after);
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    for (bi, aj) in common
        .into_iter()
        .chain(std::iter::once((before.len(), after.len())))
    {
        let removed = &before[i..bi];
        let added = &after[j..aj];
        for k in 0..removed.len().max(added.len()) {
            out.push(match (removed.get(k), added.get(k)) {
                (Some((kind, b)), Some(((_, a), line))) => Change::Changed {
                    kind: kind.clone(),
                    line: *line,
                    before: b.clone(),
                    after: a.clone(),
                },
                (None, Some(((kind, a), line))) => Change::Added {
                    kind: kind.clone(),
                    line: *line,
                    after: a.clone(),
                },
                (Some((kind, b)), None) => Change::Removed {
                    kind: kind.clone(),
                    before: b.clone(),
                },
                (None, None) => continue,
            });
        }
        (i, j) = (bi + 1, aj + 1);
    }
    out
}

/// The pairs of places where `before` and `after` hold the same message, in order: their
/// longest common subsequence.
fn shared(before: &[Kept], after: &[(Kept, usize)]) -> Vec<(usize, usize)> {
    let (n, m) = (before.len(), after.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if before[i] == after[j].0 {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if before[i] == after[j].0 {
            pairs.push((i, j));
            (i, j) = (i + 1, j + 1);
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// The changes as `status` shows them, under the source page's name, in `tongue`.
pub fn describe(source: &Page, changes: &[Change], tongue: Tongue) -> String {
    let shown = source.shown.display();
    let what = |kind: &str| match kind {
        "text" => String::new(),
        kind => format!(" ({kind})"),
    };
    let before_word = said!("status-before").words(tongue);
    let after_word = said!("status-after").words(tongue);
    let width = before_word.chars().count().max(after_word.chars().count()) + 1;
    let before_word = format!("{before_word}:");
    let after_word = format!("{after_word}:");
    let mut out = String::new();
    for change in changes {
        match change {
            Change::Changed {
                kind,
                line,
                before,
                after,
            } => out.push_str(&format!(
                "    {shown}:{line}{}\n      {before_word:width$} {before}\n      {after_word:width$} {after}\n",
                what(kind)
            )),
            Change::Added { kind, line, after } => out.push_str(&format!(
                "    {shown}:{line}{}, {}\n      {after_word:width$} {after}\n",
                what(kind),
                said!("status-new").words(tongue)
            )),
            Change::Removed { kind, before } => out.push_str(&format!(
                "    {}{}\n      {before_word:width$} {before}\n",
                said!("status-taken-out").words(tongue),
                what(kind)
            )),
        }
    }
    out
}
