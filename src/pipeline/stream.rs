//! What each batch of files goes through on its way to the sink: compressed (reusing earlier
//! work by content hash), measured against the budgets, scanned for inline scripts, counted.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use super::claims::Claims;
use super::{Cache, Made, Options, Stages};
use crate::budget;
use crate::diagnostics::{Diagnostic, Result};
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
    /// Every path handed on so far, and the folders they lie in.
    claims: Claims,
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
            claims: Claims::default(),
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
            self.claims.claim(self.site, &o.path)?;
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
