//! What each batch of files goes through on its way to the sink: compressed (reusing earlier
//! work by content hash), measured against the budgets, scanned for inline scripts, counted.

use std::collections::{BTreeSet, HashSet};
use std::time::{Duration, Instant};

use super::{Cache, Made, Options, Stages};
use crate::budget;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::output::{self, Output, Sink};
use crate::site::Site;

/// The files of one build on their way to the sink.
pub(super) struct Stream<'a> {
    site: &'a Site,
    sink: &'a mut dyn Sink,
    /// Compressed forms from an earlier build, by content hash.
    known: output::Compressed,
    precompress: bool,
    /// This build's compressed forms, when a later build in this process will want them.
    keep_compressed: Option<output::Compressed>,
    check_budgets: bool,
    /// Every path handed on so far: two files at one path is an error, not a coin toss.
    published: HashSet<String>,
    /// The folders those paths lie in: a file where another needs a folder is an error too.
    folders: HashSet<String>,
    /// A build that publishes (not `check`, not the preview): the hosts' files (`_headers`,
    /// `.htaccess`) will be written, so inline scripts must be hashed.
    pub(super) publishing: bool,
    pub(super) scripts: BTreeSet<String>,
    warnings: Vec<Diagnostic>,
    offline: Vec<(String, usize)>,
    /// The pages made this time, by output path.
    pub(super) made: Vec<String>,
    files: usize,
    bytes: u64,
    pub(super) compressing: Duration,
    pub(super) writing: Duration,
}

impl<'a> Stream<'a> {
    pub(super) fn new(
        site: &'a Site,
        sink: &'a mut dyn Sink,
        cache: &mut Cache,
        options: &Options,
    ) -> Self {
        Stream {
            site,
            sink,
            known: std::mem::take(&mut cache.compressed),
            precompress: site.config.outputs.precompress,
            keep_compressed: cache.keep.then(output::Compressed::new),
            check_budgets: options.mode.makes_everything(),
            published: HashSet::new(),
            folders: HashSet::new(),
            publishing: options.mode.publishes(),
            scripts: BTreeSet::new(),
            warnings: Vec::new(),
            offline: Vec::new(),
            made: Vec::new(),
            files: 0,
            bytes: 0,
            compressing: Duration::ZERO,
            writing: Duration::ZERO,
        }
    }

    /// One batch on its way: compressed, its paths claimed, measured, then handed to the sink.
    pub(super) fn put(&mut self, mut batch: Vec<Output>) -> Result<()> {
        if self.precompress {
            self.compress(&mut batch);
        }
        for o in &batch {
            self.claim(&o.path)?;
        }
        self.measure(&batch);
        let started = Instant::now();
        self.sink.put(batch)?;
        self.writing += started.elapsed();
        Ok(())
    }

    /// Adds the `.gz` and `.br` beside each text, reusing the forms an earlier build made.
    fn compress(&mut self, batch: &mut Vec<Output>) {
        let started = Instant::now();
        let compressed = output::precompress(batch, &self.known);
        if let Some(kept) = self.keep_compressed.as_mut() {
            let texts = batch.iter().filter(|o| output::is_compressible(&o.path));
            for (o, pair) in texts.zip(compressed.chunks(2)) {
                let br = pair.get(1).map(|p| p.bytes.clone()).unwrap_or_default();
                kept.insert(output::content_key(&o.bytes), (pair[0].bytes.clone(), br));
            }
        }
        batch.extend(compressed);
        self.compressing += started.elapsed();
    }

    /// Takes a path for one file: inside the output folder, not taken by another file, and not
    /// a folder another file needs (nor inside a file's name).
    fn claim(&mut self, path: &str) -> Result<()> {
        if !inside(path) {
            return Err(Error::one(Diagnostic::general(format!(
                "`{path}` would be written outside the output folder; nothing was written"
            ))));
        }
        if !self.published.insert(path.to_string()) {
            return Err(Error::one(published_twice(self.site, path)));
        }
        if self.folders.contains(path) {
            return Err(Error::one(file_and_folder(self.site, path)));
        }
        for folder in crate::write::folders_of(path) {
            if self.published.contains(folder) || always_published(folder) {
                return Err(Error::one(file_and_folder(self.site, folder)));
            }
            if !self.folders.insert(folder.to_string()) {
                break;
            }
        }
        Ok(())
    }

    /// What the batch costs readers (budgets, offline files), its scripts' hashes, its count.
    fn measure(&mut self, batch: &[Output]) {
        if self.check_budgets {
            // A page over budget is over it in every language that gets it: said once, for its file.
            for warning in budget::check(self.site, batch) {
                if !self.warnings.iter().any(|w| w.location == warning.location) {
                    self.warnings.push(warning);
                }
            }
        }
        if self.publishing {
            self.scripts.extend(crate::hosting::script_hashes(batch));
        }
        self.measure_offline(batch);
        self.files += batch.len();
        self.bytes += batch.iter().map(|o| o.bytes.len() as u64).sum::<u64>();
    }

    /// Each language's `offline.html`, in bytes after gzip, for the summary.
    fn measure_offline(&mut self, batch: &[Output]) {
        for o in batch.iter().filter(|o| o.path.ends_with("/offline.html")) {
            let lang = o.path.split('/').next().unwrap_or_default().to_string();
            let gz = format!("{}.gz", o.path);
            let size = batch
                .iter()
                .find(|c| c.path == gz)
                .map_or_else(|| output::gzip_size(&o.bytes), |c| c.bytes.len());
            self.offline.push((lang, size));
        }
    }

    /// Problems found on the way that do not stop the build (`check` fails on them).
    pub(super) fn warn(&mut self, found: Vec<Diagnostic>) {
        self.warnings.extend(found);
    }

    /// Time spent compressing and writing so far, which the stage it happened in does not count.
    pub(super) fn accounted(&self) -> Duration {
        self.compressing + self.writing
    }

    /// What the build made; the cache keeps this build's compressed forms.
    pub(super) fn finish(self, cache: &mut Cache, stages: Stages) -> Made {
        if let Some(kept) = self.keep_compressed {
            cache.compressed = kept;
        }
        Made {
            files: self.files,
            bytes: self.bytes,
            offline: self.offline,
            text_sizes: Vec::new(),
            made: self.made,
            warnings: self.warnings,
            stages,
        }
    }
}

/// Whether a file's path stays inside the output folder: relative, with no `..`, no empty
/// parts and no backslashes. Whatever content a site holds, nothing is written anywhere else.
fn inside(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// Files a build publishes that `check` and the preview do not make: `_headers`, `.htaccess`,
/// and the `.gz` and `.br` beside each text. No other file may need a folder by their names, in
/// any mode, whichever host the site names.
fn always_published(path: &str) -> bool {
    path == crate::hosting::HEADERS
        || path == crate::hosting::HTACCESS
        || ["gz", "br"].iter().any(|ext| {
            path.strip_suffix(ext)
                .and_then(|p| p.strip_suffix('.'))
                .is_some_and(output::is_compressible)
        })
}

/// A file that senda publishes at `path`, where another file needs a folder of that name: an
/// old address (`aliases = ["/_headers"]`) would replace `_headers` with a folder.
fn file_and_folder(site: &Site, path: &str) -> Diagnostic {
    let inside = format!("{path}/");
    let alias = site.aliases.iter().find(|a| a.path.starts_with(&inside));
    if let Some((alias, page)) = alias.and_then(|a| Some((a, site.content.get(&a.id, &a.lang)?))) {
        return Diagnostic::in_file(
            &page.shown,
            format!(
                "the old address /{} in `aliases` would turn `{path}`, a file senda publishes, into a folder: remove it from `aliases`",
                alias.path
            ),
        );
    }
    Diagnostic::general(format!(
        "`{path}` would be published both as a file and as a folder; rename one of them"
    ))
}

/// A file that would be published where senda already publishes one: named by the theme's or
/// the content's file that collides, when there is one.
fn published_twice(site: &Site, path: &str) -> Diagnostic {
    let message = format!(
        "`{path}` would be published twice: senda makes a file there, and so does this one; rename or move it"
    );
    let alias = site.aliases.iter().find(|a| {
        a.path == path || (a.path.ends_with('/') && format!("{}index.html", a.path) == path)
    });
    if let Some(page) = alias.and_then(|a| site.content.get(&a.id, &a.lang)) {
        return Diagnostic::in_file(
            &page.shown,
            format!(
                "the old address /{path} in `aliases` is where senda writes another file: remove it from `aliases`"
            ),
        );
    }
    let root = &site.config.root;
    [
        site.config.theme_dir.join("static").join(path),
        root.join("content").join(path),
    ]
    .into_iter()
    .find(|f| f.is_file())
    .map_or_else(
        || Diagnostic::general(message.clone()),
        |f| Diagnostic::in_file(f.strip_prefix(root).unwrap_or(&f), message.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::inside;

    /// A root file was once published at `//assets/x.png`, which the writer joined into `/assets`.
    #[test]
    fn only_paths_inside_the_output_folder_are_written() {
        for good in ["index.html", "es/asilo/index.html", "es/img/a b.png"] {
            assert!(inside(good), "{good}");
        }
        for bad in [
            "",
            "/etc/x",
            "//assets/x.png",
            "es/../../x",
            "es//x",
            "./x",
            "es\\x",
        ] {
            assert!(!inside(bad), "{bad}");
        }
    }
}
