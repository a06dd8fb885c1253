//! What the preview watches: the site's folder itself (for `senda.toml`, and for the folders senda
//! reads appearing there), and each folder senda reads, deeply, from the moment it exists: a
//! `services/` made after the preview started is watched as soon as it is made.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use notify::{RecursiveMode, Watcher};

use crate::diagnostics::{Error, Result};

/// The folders senda reads under the site's root.
const FOLDERS: [&str; 5] = [
    "content",
    "locales",
    "themes",
    crate::directory::FOLDER,
    crate::catalogue::FOLDER,
];

/// The watcher and the folders it watches deeply.
pub(super) struct Watch {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    deep: BTreeSet<PathBuf>,
}

impl Watch {
    /// Starts watching `root`; each write's paths are sent on `tx`.
    pub(super) fn start(root: &Path, tx: Sender<Vec<PathBuf>>) -> Result<Watch> {
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reading a file is an event too (the build reads them all): only writes count.
            let Ok(event) = event else { return };
            let writes = matches!(
                event.kind,
                notify::EventKind::Create(_)
                    | notify::EventKind::Remove(_)
                    | notify::EventKind::Modify(
                        notify::event::ModifyKind::Data(_)
                            | notify::event::ModifyKind::Name(_)
                            | notify::event::ModifyKind::Any
                    )
            );
            if writes {
                let _ = tx.send(event.paths);
            }
        })
        .map_err(|e| Error::Io {
            path: root.to_path_buf(),
            action: "watch",
            source: std::io::Error::other(e),
        })?;
        let mut watch = Watch {
            watcher,
            root: root.to_path_buf(),
            deep: BTreeSet::new(),
        };
        // The site's folder itself, not `senda.toml`: an editor or `sed -i` that saves by writing
        // a new file and renaming it over the old one would leave a watch on the file behind.
        let _ = watch.watcher.watch(root, RecursiveMode::NonRecursive);
        watch.folders()?;
        Ok(watch)
    }

    /// Watches deeply each folder senda reads that exists and is not watched yet; one that was
    /// removed is forgotten, so that it is watched again when it is made again.
    pub(super) fn folders(&mut self) -> Result<()> {
        for dir in FOLDERS {
            let path = self.root.join(dir);
            if !path.is_dir() {
                if self.deep.remove(&path) {
                    let _ = self.watcher.unwatch(&path);
                }
                continue;
            }
            if self.deep.contains(&path) {
                continue;
            }
            self.watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| Error::Io {
                    path: path.clone(),
                    action: "watch",
                    source: std::io::Error::other(e),
                })?;
            self.deep.insert(path);
        }
        Ok(())
    }
}
