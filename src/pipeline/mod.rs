//! `senda build`: the pipeline from `senda.toml` to files, one stage after another, each taking
//! values and returning values:
//!
//! configure ([`Config`]) → load ([`Site`] and [`Theme`]) → leaflets → pages → other outputs →
//! write. Files go on, in batches as they are made, to a sink: memory for `serve`, the output
//! folder (through [`crate::write::Transaction`], which changes nothing until the whole build
//! succeeded) for a build. `check` stops after loading: it renders nothing.

mod cache;
mod claims;
mod clock;
mod outputs;
mod pages;
mod stream;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use cache::Cache;
pub(crate) use claims::Claims;
pub(crate) use clock::Clock;
pub use clock::{Stages, stage};
use stream::Stream;

use crate::config::{Config, Overrides};
use crate::content::Date;
use crate::diagnostics::{Diagnostic, Error, Problems, Result, Severity};
use crate::mode::Mode;
use crate::output::{Output, Sink};
use crate::render::Theme;
use crate::said::Tongue;
use crate::site::Site;

/// What the user asked for on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site's folder (holding `senda.toml`).
    pub root: PathBuf,
    /// Where to write; default `<root>/public`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `senda.toml` (for previews and staging hosts).
    pub base_url: Option<String>,
    /// What the run is for: publishing, checking, or the preview.
    pub mode: Mode,
    /// Show each stage as it starts (on a terminal).
    pub progress: bool,
    /// Stop, writing nothing, when a page, photo or recording is over its budget or a leaflet's
    /// text does not fit: what the build measures and `check` cannot (`build --strict`).
    pub strict: bool,
    /// The day the build is for: services and pages past review are judged against it.
    pub today: Date,
    /// The language the progress lines are shown in.
    pub tongue: Tongue,
}

impl Options {
    /// Building the site in `root` into `<root>/public` for the day `today`, nothing else asked.
    pub fn new(root: PathBuf, today: Date) -> Options {
        Options {
            root,
            output: None,
            base_url: None,
            mode: Mode::Publish,
            progress: false,
            strict: false,
            today,
            tongue: Tongue::En,
        }
    }
}

/// Pages published for one language: written in it, and shown from a fallback.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LanguageCount {
    pub translated: usize,
    pub fallback: usize,
}

/// What a successful build did.
#[derive(Debug)]
pub struct Report {
    pub output: PathBuf,
    pub files: usize,
    pub bytes: u64,
    pub languages: BTreeMap<String, LanguageCount>,
    pub warnings: Vec<Diagnostic>,
    /// Each language's `offline.html`, in bytes after gzip.
    pub offline: Vec<(String, usize)>,
    pub stages: Stages,
    pub elapsed: Duration,
    /// The text size of each trifold typeset this time, chosen to fill its panels.
    pub text_sizes: Vec<f64>,
}

/// What a build made.
pub struct Built {
    pub site: Site,
    /// The files, when they were kept in memory ([`prepare`]); empty when they went to a sink.
    pub outputs: Vec<Output>,
    /// How many files, and their bytes.
    pub files: usize,
    pub bytes: u64,
    /// Each language's `offline.html`, in bytes after gzip.
    pub offline: Vec<(String, usize)>,
    /// The pages made this time (by output path); a rebuild with a cache makes only what changed.
    pub made: Vec<String>,
    /// Pages and images over their budget: the build goes on, `senda check` fails.
    pub warnings: Vec<Diagnostic>,
    pub stages: Stages,
    /// The text size of each trifold typeset this time.
    pub text_sizes: Vec<f64>,
}

/// Loads, checks and renders the site into memory. Every problem of the run is reported together.
pub fn prepare(options: &Options) -> Result<Built> {
    prepare_cached(options, &mut Cache::default())
}

/// The same, reusing what `cache` kept from the previous build and keeping this one's.
pub fn prepare_cached(options: &Options, cache: &mut Cache) -> Result<Built> {
    let mut outputs = Vec::new();
    let mut built = prepare_into(options, cache, &mut outputs)?;
    built.outputs = outputs;
    Ok(built)
}

/// The pipeline: loads, checks and renders the site, handing its files to `sink` in batches.
/// A panic anywhere in it (a bug, or a library failing on strange input) is an error like any
/// other: the output folder is left as it was, and the preview keeps rebuilding.
pub fn prepare_into(options: &Options, cache: &mut Cache, sink: &mut dyn Sink) -> Result<Built> {
    let run = std::panic::AssertUnwindSafe(|| pipeline(options, cache, sink));
    std::panic::catch_unwind(run).unwrap_or_else(|panic| {
        *cache = Cache::default();
        Err(Error::one(Diagnostic::general(crate::said!(
            "build-internal-error",
            detail = crate::diagnostics::panic_message(panic.as_ref())
        ))))
    })
}

fn pipeline(options: &Options, cache: &mut Cache, sink: &mut dyn Sink) -> Result<Built> {
    let mut clock = Clock::new(options.progress.then_some(options.tongue));
    let config = configure(options)?;
    let (site, theme, loaded) = load_whole(config, options, cache)?;
    let next = crate::said!("progress-leaflets");
    clock.lap("load", Some(next), Duration::ZERO);
    let mut made = make(&site, &theme, options, cache, sink, &mut clock)?;
    made.warnings.extend(site.config.warnings.iter().cloned());
    made.warnings.extend(site.warnings());
    made.warnings.extend(site.overdue(site.today));
    made.warnings
        .extend(site.directory.overdue_warnings(site.today));
    // The loading stages' own warnings (a strings folder no language reads), each said once.
    for warning in loaded {
        if !made.warnings.contains(&warning) {
            made.warnings.push(warning);
        }
    }
    Ok(Built {
        site,
        outputs: Vec::new(),
        files: made.files,
        bytes: made.bytes,
        offline: made.offline,
        made: made.made,
        warnings: made.warnings,
        stages: made.stages,
        text_sizes: made.text_sizes,
    })
}

/// What the stages after loading made.
struct Made {
    pub files: usize,
    pub bytes: u64,
    pub offline: Vec<(String, usize)>,
    /// The text size of each trifold typeset this time, chosen to fill its panels.
    pub text_sizes: Vec<f64>,
    pub made: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    pub stages: Stages,
}

/// The configuration, with the command line's overrides validated like the file's own values.
pub fn configure(options: &Options) -> Result<Config> {
    Config::load_with(
        &options.root,
        &Overrides {
            base_url: options.base_url.clone(),
            mode: options.mode,
        },
    )
}

/// The site (every page read once) and its theme, or every problem found loading them: those of
/// every stage and the links that reach nothing, so that a failed build names them all at once.
/// The whole site and its theme, or every error of every stage; with the stages' warnings.
fn load_whole(
    config: Config,
    options: &Options,
    cache: &mut Cache,
) -> Result<(Site, Arc<Theme>, Vec<Diagnostic>)> {
    let (site, theme, mut problems) = load_partial(config, options, cache)?;
    if problems.iter().any(|d| d.severity == Severity::Error) {
        problems.extend(site.links.problems.iter().cloned());
    }
    let warnings = Problems { list: problems }.finish()?;
    // A theme that did not load left its errors, so this is never reached without one.
    let theme = theme.ok_or_else(|| Error::Invalid(Vec::new()))?;
    Ok((site, theme, warnings))
}

/// The site as far as it loads, the theme if it does, and every problem of every stage: what
/// `check` and the preview lint, so that one broken file hides nothing else.
pub fn load_partial(
    config: Config,
    options: &Options,
    cache: &mut Cache,
) -> Result<(Site, Option<Arc<Theme>>, Vec<Diagnostic>)> {
    cache.load_partial(config, options.mode, options.today)
}

/// Everything made from a loaded site, handed to `sink`: pages, leaflets, offline files, the
/// rest. Pages come first, so that their problems are reported before any leaflet's.
fn make(
    site: &Site,
    theme: &Theme,
    options: &Options,
    cache: &mut Cache,
    sink: &mut dyn Sink,
    clock: &mut Clock,
) -> Result<Made> {
    if !site.links.problems.is_empty() {
        return Err(Error::Invalid(site.links.problems.clone()));
    }
    let (broken, anchors): (Vec<_>, Vec<_>) = site
        .broken_anchors()
        .into_iter()
        .partition(|d| d.severity == crate::diagnostics::Severity::Error);
    if !broken.is_empty() {
        return Err(Error::Invalid(broken));
    }
    let mut stream = Stream::new(site, sink, cache, options);
    let leaflets = outputs::leaflets(site, cache, &mut stream)?;
    let text_sizes: Vec<f64> = leaflets.iter().filter_map(|l| l.text_size).collect();
    let rendering = crate::said!("progress-pages", count = site.routes.len());
    clock.lap("leaflets", Some(rendering), stream.accounted());
    let downloads = pages::downloads(site, &leaflets)?;
    pages::web_pages(site, theme, &downloads, cache, &mut stream)?;
    let next = crate::said!("progress-offline");
    clock.lap("pages", Some(next), stream.accounted());
    outputs::rest(site, theme, &downloads, leaflets, cache, &mut stream)?;
    clock.lap("other", None, stream.accounted());
    if options.progress {
        eprint!("\r\x1b[2K");
    }
    let stages = clock.finish(stream.compressing, stream.writing);
    let mut made = stream.finish(cache, stages);
    if options.strict && !made.warnings.is_empty() {
        let found = made.warnings.into_iter().map(Diagnostic::error).collect();
        return Err(Error::Invalid(found));
    }
    made.warnings.extend(anchors);
    made.text_sizes = text_sizes;
    Ok(made)
}

/// Builds the site and brings the output folder up to date with it.
pub fn build(options: &Options) -> Result<Report> {
    let started = Instant::now();
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let folder = crate::write::folder::checked(&options.root, &output)?;
    let mut cache = Cache::for_build(&options.root, &folder);
    let mut transaction = crate::write::Transaction::begin(&folder)?;
    let built = prepare_into(options, &mut cache, &mut transaction)?;
    let committing = Instant::now();
    transaction.commit()?;
    let mut stages = built.stages;
    if let Some((_, write)) = stages.iter_mut().find(|(name, _)| *name == "write") {
        *write += committing.elapsed();
    }
    Ok(Report {
        languages: count_languages(&built.site),
        offline: built.offline,
        output,
        files: built.files,
        bytes: built.bytes,
        warnings: built.warnings,
        stages,
        elapsed: started.elapsed(),
        text_sizes: built.text_sizes,
    })
}

fn count_languages(site: &Site) -> BTreeMap<String, LanguageCount> {
    let mut languages: BTreeMap<String, LanguageCount> = BTreeMap::new();
    for route in &site.routes {
        let count = languages.entry(route.lang.clone()).or_default();
        if route.is_fallback() {
            count.fallback += 1;
        } else {
            count.translated += 1;
        }
    }
    languages
}
