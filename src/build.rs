//! `senda build`: the pipeline from `senda.toml` to files. Files go on, in batches as they are
//! made, to a sink: memory for `serve` and `check`, the output folder (through
//! [`crate::write::Transaction`], which changes nothing until the whole build succeeded) for a build.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::budget;
use crate::config::Config;
use crate::content::PageCache;
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::i18n::Locales;
use crate::leaflet::{self, Kind, Leaflet};
use crate::output::{self, Output, Sink};
use crate::render::{self, Download, Downloads, LinkStyle, Theme};
use crate::site::{Route, Site};

/// What the user asked for on the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site's folder (holding `senda.toml`).
    pub root: PathBuf,
    /// Where to write; default `<root>/public`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `senda.toml` (for previews and staging hosts).
    pub base_url: Option<String>,
    /// For `serve`: pages carry the live-reload script, and leaflets, offline files and
    /// compressed siblings are skipped so that a save shows at once.
    pub preview: bool,
    /// Show each stage as it starts (on a terminal).
    pub progress: bool,
    /// Leave links to headings unchecked (`check` reports them itself, without stopping).
    pub skip_anchor_check: bool,
}

/// How long each stage of a build took, for the summary line.
pub type Stages = Vec<(&'static str, Duration)>;

/// Times the stages of a build and, when asked, shows which one is running.
struct Clock {
    show: bool,
    last: Instant,
    accounted: Duration,
    stages: Stages,
}

impl Clock {
    fn new(show: bool) -> Self {
        Clock {
            show,
            last: Instant::now(),
            accounted: Duration::ZERO,
            stages: Vec::new(),
        }
    }

    /// Ends the running stage, named `done`, and announces the next one. `accounted` is the time
    /// so far reported as stages of their own (compressing, writing), left out of this one.
    fn lap(&mut self, done: &'static str, next: &str, accounted: Duration) {
        let own = self
            .last
            .elapsed()
            .saturating_sub(accounted - self.accounted);
        self.stages.push((done, own));
        self.last = Instant::now();
        self.accounted = accounted;
        if self.show && !next.is_empty() {
            eprint!("\r\x1b[2K{next}…");
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
}

/// What a build leaves for the next one in the same process (`serve`), so that a change costs
/// only what it affects: unchanged files are not read again, unchanged pages not made again.
#[derive(Default)]
pub struct Cache {
    pages: PageCache,
    /// By route path: the fingerprint of all a page was made from, its minified HTML and its text.
    rendered: HashMap<String, (u64, output::Bytes, output::Bytes)>,
    /// Keep this build's pages for the next one (only worth it when there will be one).
    keep: bool,
    /// `.gz` and `.br` of texts compressed before, by content hash.
    compressed: output::Compressed,
    /// Leaflet PDFs typeset before, by a hash of their inputs.
    typeset: leaflet::Typeset,
    /// The last `sitemap.xml`, by a hash of what it was made from.
    sitemap: Option<(u64, Output)>,
    /// The strings and the theme, loaded once and kept while no file they come from (and not
    /// the configuration) has changed.
    loaded: Option<(u64, Arc<Locales>, Arc<Theme>)>,
}

/// Every file under these folders, path and contents, as one number: what tells a rebuild that
/// nothing there changed. Contents rather than modification times, which some filesystems keep
/// to the second; these are a few small text files.
fn stamp_of(dirs: &[PathBuf]) -> u64 {
    let mut h = DefaultHasher::new();
    for dir in dirs {
        let files = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name();
        for entry in files.into_iter().flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                (entry.path(), bytes).hash(&mut h);
            }
        }
    }
    h.finish()
}

impl Cache {
    /// A cache for a process that builds again and again (`serve`).
    pub fn for_rebuilds() -> Self {
        let mut cache = Cache {
            keep: true,
            ..Cache::default()
        };
        cache.pages.keep = true;
        cache
    }
}

/// Loads, checks and renders the site into memory. Every problem of the run is reported together.
pub fn prepare(options: &Options) -> Result<Built> {
    prepare_cached(options, &mut Cache::default())
}

/// Everything a page's HTML depends on, as one number: its own file, its source's digest (for the
/// stale notice), its language's menu, every address (links, language switcher), the templates,
/// the strings and the configuration.
fn fingerprints(site: &Site, theme: &Theme, downloads: &Downloads) -> Vec<u64> {
    let hash = |f: &dyn Fn(&mut DefaultHasher)| {
        let mut h = DefaultHasher::new();
        f(&mut h);
        h.finish()
    };
    let shared = hash(&|h| {
        format!("{:?}", site.config).hash(h);
        (
            theme.fingerprint,
            site.locales.fingerprint,
            theme.live_reload,
        )
            .hash(h);
        for r in &site.routes {
            (&r.id, &r.lang, &r.content_lang, &r.path).hash(h);
        }
    });
    let mut menus: HashMap<&str, DefaultHasher> = HashMap::new();
    for r in &site.routes {
        if let Some(p) = site.page(r) {
            (&r.id, &p.front.title, p.front.weight).hash(menus.entry(&r.lang).or_default());
        }
    }
    let menus: HashMap<&str, u64> = menus.into_iter().map(|(k, h)| (k, h.finish())).collect();
    site.routes
        .par_iter()
        .map(|r| {
            hash(&|h| {
                (shared, menus.get(r.lang.as_str()), &r.path, &r.content_lang).hash(h);
                site.page(r).map(|p| p.fingerprint).hash(h);
                // Only a translation that records its source's digest can turn stale.
                site.page(r)
                    .filter(|p| p.front.source_digest.is_some())
                    .and_then(|_| crate::status::source_of(site, &r.id))
                    .map(|p| p.digest())
                    .hash(h);
                format!("{:?}", downloads.get(&(r.lang.clone(), r.id.clone()))).hash(h);
            })
        })
        .collect()
}

/// The same, reusing what `cache` kept from the previous build and keeping this one's.
pub fn prepare_cached(options: &Options, cache: &mut Cache) -> Result<Built> {
    let mut outputs = Vec::new();
    let mut built = prepare_into(options, cache, &mut outputs)?;
    built.outputs = outputs;
    Ok(built)
}

/// Loads, checks and renders the site, handing its files to `sink` in batches as they are made.
pub fn prepare_into(options: &Options, cache: &mut Cache, sink: &mut dyn Sink) -> Result<Built> {
    let mut config = Config::load(&options.root)?;
    if let Some(url) = &options.base_url {
        config.base_url = if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        };
    }
    if options.preview {
        config.outputs.leaflets = false;
        config.outputs.offline = false;
        config.outputs.precompress = false;
    }
    let mut clock = Clock::new(options.progress);
    let mut problems = Problems::default();
    // A rebuild in `serve` takes the strings and the theme as they were if nothing changed.
    let loaded_key = cache.keep.then(|| {
        let mut h = DefaultHasher::new();
        (
            format!("{config:?}"),
            stamp_of(&[
                config.root.join("locales"),
                config.theme_dir.join("templates"),
                config.theme_dir.join("css"),
            ]),
            options.preview,
        )
            .hash(&mut h);
        h.finish()
    });
    let reused = match (cache.loaded.take(), loaded_key) {
        (Some((key, locales, theme)), Some(wanted)) if key == wanted => Some((locales, theme)),
        _ => None,
    };
    let site = problems.take(Site::load_cached(
        config.clone(),
        &mut cache.pages,
        reused.as_ref().map(|(locales, _)| locales.clone()),
    ))?;
    let theme = match reused {
        Some((_, theme)) => Some(theme),
        None => {
            let locales = site
                .as_ref()
                .map_or_else(|| Arc::new(Locales::empty()), |s| s.locales.clone());
            problems
                .take(Theme::load(&config, locales))?
                .map(|mut theme| {
                    theme.live_reload = options.preview;
                    Arc::new(theme)
                })
        }
    };
    let (Some(site), Some(theme)) = (site, theme) else {
        return Err(Error::Invalid(problems.list));
    };
    if let Some(key) = loaded_key {
        cache.loaded = Some((key, site.locales.clone(), theme.clone()));
    }
    // A link to a heading that is not there is as broken as a link to a missing page.
    let broken = if options.skip_anchor_check {
        Vec::new()
    } else {
        crate::check::anchors(&site)
    };
    if !broken.is_empty() {
        return Err(Error::Invalid(broken));
    }
    clock.lap("load", "making leaflets", Duration::ZERO);
    let leaflets = if site.config.outputs.leaflets {
        leaflet::make_cached(&site, &mut cache.typeset)?
    } else {
        Vec::new()
    };
    clock.lap(
        "leaflets",
        &format!("rendering {} pages", site.routes.len()),
        Duration::ZERO,
    );
    let downloads = downloads(&site, &leaflets);
    // Fingerprints only tell a rebuild what it can keep: a one-off build makes every page.
    let prints = if cache.keep || !cache.rendered.is_empty() {
        fingerprints(&site, &theme, &downloads)
    } else {
        vec![0; site.routes.len()]
    };
    let (stale, fresh): (Vec<_>, Vec<_>) = site.routes.iter().zip(prints).partition(|(r, f)| {
        cache
            .rendered
            .get(&r.path)
            .is_none_or(|(old, _, _)| old != f)
    });
    let mut stream = Stream {
        site: &site,
        sink,
        known: &cache.compressed,
        precompress: site.config.outputs.precompress,
        keep_compressed: cache.keep.then(output::Compressed::new),
        check_budgets: !options.preview,
        published: std::collections::HashSet::new(),
        headers: !options.preview,
        scripts: BTreeSet::new(),
        warnings: Vec::new(),
        offline: Vec::new(),
        files: 0,
        bytes: 0,
        compressing: Duration::ZERO,
        writing: Duration::ZERO,
    };
    // Rendered, minified and handed on in slices: the pages of a large site are never all in
    // memory at once.
    let mut made: Vec<String> = Vec::with_capacity(stale.len());
    let mut rendered = HashMap::new();
    let nav = render::Navigation::new(&site);
    for slice in stale.chunks(1024) {
        let routes: Vec<&Route> = slice.iter().map(|(r, _)| *r).collect();
        let pages =
            render::render_routes(&site, &theme, &nav, LinkStyle::Web, &downloads, &routes)?;
        let texts = output::texts(&site, &pages);
        let mut batch = output::pages(&pages);
        drop(pages);
        made.extend(slice.iter().map(|(r, _)| r.path.clone()));
        // Only a cache that will be used again (serve) keeps every page, shared with the outputs.
        if cache.keep {
            for (((route, print), html), text) in slice.iter().zip(&batch).zip(&texts) {
                let kept = (*print, html.bytes.clone(), text.bytes.clone());
                rendered.insert(route.path.clone(), kept);
            }
        }
        batch.extend(texts);
        stream.put(batch)?;
    }
    let mut reused = Vec::with_capacity(fresh.len() * 2);
    for (route, print) in fresh {
        if let Some((_, html, text)) = cache.rendered.remove(&route.path) {
            if cache.keep {
                rendered.insert(route.path.clone(), (print, html.clone(), text.clone()));
            }
            reused.push(Output {
                path: format!("{}index.html", route.path),
                bytes: html,
            });
            reused.push(Output {
                path: format!("{}index.txt", route.path),
                bytes: text,
            });
        }
    }
    stream.put(reused)?;
    cache.rendered = rendered;
    let mut extra = output::documents(render::render_extra(&site, &theme)?);
    let sitemap_key = cache.keep.then(|| output::sitemap_key(&site));
    let sitemap = match (cache.sitemap.take(), sitemap_key) {
        (Some((key, sitemap)), Some(wanted)) if key == wanted => sitemap,
        _ => output::sitemap(&site),
    };
    if let Some(key) = sitemap_key {
        cache.sitemap = Some((key, sitemap.clone()));
    }
    extra.push(sitemap);
    stream.put(extra)?;
    let files = output::files(&site, &theme.static_dir)?;
    clock.lap("pages", "making offline files", stream.accounted());
    if site.config.outputs.offline {
        stream.put(offline(&site, &theme, &files, &downloads)?)?;
    }
    clock.lap("offline", "writing", stream.accounted());
    stream.put(files)?;
    if !leaflets.is_empty() {
        stream.put(print_views(&site, &theme)?)?;
    }
    if options.progress {
        eprint!("\r\x1b[2K");
    }
    // The preview server sends no such headers.
    if !options.preview {
        let headers = output::headers(&stream.scripts);
        stream.put(vec![headers])?;
    }
    stream.put(
        leaflets
            .into_iter()
            .map(|l| Output {
                path: l.path,
                bytes: l.bytes.into(),
            })
            .collect(),
    )?;
    clock.lap("other", "", stream.accounted());
    clock.stages.push(("compress", stream.compressing));
    clock.stages.push(("write", stream.writing));
    let kept = stream.keep_compressed.take();
    let (warnings, offline, files, bytes) = (
        std::mem::take(&mut stream.warnings),
        std::mem::take(&mut stream.offline),
        stream.files,
        stream.bytes,
    );
    drop(stream);
    if let Some(kept) = kept {
        cache.compressed = kept;
    }
    Ok(Built {
        site,
        outputs: Vec::new(),
        files,
        bytes,
        offline,
        made,
        warnings,
        stages: clock.stages,
    })
}

/// A file that would be published where senda already publishes one: named by the theme's or
/// the content's file that collides, when there is one.
fn published_twice(site: &Site, path: &str) -> Diagnostic {
    let message = format!(
        "`{path}` would be published twice: senda makes a file there, and so does this one; rename or move it"
    );
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

/// What each batch of files goes through on its way to the sink: compressed (reusing earlier
/// work by content hash), measured against the budgets, scanned for inline scripts, counted.
struct Stream<'a> {
    site: &'a Site,
    sink: &'a mut dyn Sink,
    /// Compressed forms from an earlier build, by content hash.
    known: &'a output::Compressed,
    precompress: bool,
    /// This build's compressed forms, when a later build in this process will want them.
    keep_compressed: Option<output::Compressed>,
    check_budgets: bool,
    /// Every path handed on so far: two files at one path is an error, not a coin toss.
    published: std::collections::HashSet<String>,
    /// Whether `_headers` will be written, so inline scripts must be hashed.
    headers: bool,
    scripts: BTreeSet<String>,
    warnings: Vec<Diagnostic>,
    offline: Vec<(String, usize)>,
    files: usize,
    bytes: u64,
    compressing: Duration,
    writing: Duration,
}

impl Stream<'_> {
    fn put(&mut self, mut batch: Vec<Output>) -> Result<()> {
        if self.precompress {
            let started = Instant::now();
            let compressed = output::precompress(&batch, self.known);
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
        for o in &batch {
            if !self.published.insert(o.path.clone()) {
                return Err(Error::one(published_twice(self.site, &o.path)));
            }
        }
        if self.check_budgets {
            self.warnings.extend(budget::check(self.site, &batch));
        }
        if self.headers {
            self.scripts.extend(output::script_hashes(&batch));
        }
        for o in batch.iter().filter(|o| o.path.ends_with("/offline.html")) {
            let lang = o.path.split('/').next().unwrap_or_default().to_string();
            let gz = format!("{}.gz", o.path);
            let size = batch
                .iter()
                .find(|c| c.path == gz)
                .map_or_else(|| output::gzip_size(&o.bytes), |c| c.bytes.len());
            self.offline.push((lang, size));
        }
        self.files += batch.len();
        self.bytes += batch.iter().map(|o| o.bytes.len() as u64).sum::<u64>();
        let started = Instant::now();
        self.sink.put(batch)?;
        self.writing += started.elapsed();
        Ok(())
    }

    /// Time spent compressing and writing so far, which the stage it happened in does not count.
    fn accounted(&self) -> Duration {
        self.compressing + self.writing
    }
}

/// Each leaflet as a web page to print from a browser, beside its PDFs.
fn print_views(site: &Site, theme: &Theme) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(page) = site.page(route).filter(|p| p.front.leaflet.is_some()) else {
            continue;
        };
        let url = format!("{}{}", site.config.base_url, route.path);
        let qr = String::from_utf8(leaflet::qr_svg(&url)).unwrap_or_default();
        let html = render::render_print(site, theme, route, &qr)?;
        let path = format!("{}/leaflets/{}.html", route.lang, leaflet::base_name(page));
        outputs.extend(output::documents(vec![(path, html)]));
    }
    Ok(outputs)
}

/// The leaflets each page links to, labelled in the reader's language.
fn downloads(site: &Site, leaflets: &[Leaflet]) -> Downloads {
    let mut map = Downloads::new();
    for l in leaflets {
        let (Some(id), Kind::Page(layout)) = (&l.page_id, l.kind) else {
            continue;
        };
        let say = |key: &str| match site.locales.message(&l.lang, key, None) {
            Some(Ok(m)) => m.text,
            _ => key.to_string(),
        };
        let label = format!(
            "{}, {}",
            say(&format!("leaflet-{}", layout.name())),
            say(&format!("paper-{}", l.paper.name()))
        );
        map.entry((l.lang.clone(), id.clone()))
            .or_default()
            .push(Download {
                path: l.path.clone(),
                label,
                bytes: l.bytes.len(),
            });
    }
    map
}

/// For each language: every page in one file, and a zip of its pages for a phone's file manager.
fn offline(
    site: &Site,
    theme: &Theme,
    files: &[Output],
    downloads: &Downloads,
) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    let file_pages = render::render_pages(site, theme, LinkStyle::Files, downloads)?;
    let texts = output::texts(site, &file_pages);
    let file_pages = output::pages(&file_pages);
    for language in &site.config.languages {
        let lang = &language.code;
        let html = render::render_offline(site, theme, lang)?;
        outputs.extend(output::documents(vec![(
            format!("{lang}/offline.html"),
            html,
        )]));
        // The zip holds this language's pages and text versions, and the files of every
        // language whose text its pages show.
        let content_langs: Vec<String> = site
            .routes
            .iter()
            .filter(|r| &r.lang == lang)
            .map(|r| format!("{}/", r.content_lang))
            .collect();
        let prefix = format!("{lang}/");
        let entries: Vec<Output> = file_pages
            .iter()
            .chain(&texts)
            .filter(|o| o.path.starts_with(&prefix))
            .chain(
                files
                    .iter()
                    .filter(|f| content_langs.iter().any(|c| f.path.starts_with(c))),
            )
            .cloned()
            .collect();
        outputs.push(output::zip(
            format!("{lang}/{}-{lang}.zip", site.config.name),
            &entries,
        )?);
    }
    Ok(outputs)
}

/// Builds the site and brings the output folder up to date with it.
pub fn build(options: &Options) -> Result<Report> {
    let started = Instant::now();
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    guard_output(&options.root, &output)?;
    // The previous build's compressed files are reused for every text that has not changed.
    // Only from a build that was put in place completely: an interrupted one could pair a
    // page's new text with its old compressed forms.
    let precompress = Config::load(&options.root).is_ok_and(|c| c.outputs.precompress)
        && crate::write::finished(&output);
    let mut cache = Cache {
        compressed: if precompress {
            output::compressed_in(&output)
        } else {
            Default::default()
        },
        typeset: leaflet::Typeset::in_folder(options.root.join(".senda-cache").join("leaflets")),
        ..Cache::default()
    };
    let mut transaction = crate::write::Transaction::begin(&output)?;
    let built = prepare_into(options, &mut cache, &mut transaction)?;
    let committing = Instant::now();
    transaction.commit()?;
    let mut stages = built.stages;
    if let Some((_, write)) = stages.iter_mut().find(|(name, _)| *name == "write") {
        *write += committing.elapsed();
    }
    let mut languages: BTreeMap<String, LanguageCount> = BTreeMap::new();
    for route in &built.site.routes {
        let count = languages.entry(route.lang.clone()).or_default();
        if route.is_fallback() {
            count.fallback += 1;
        } else {
            count.translated += 1;
        }
    }
    Ok(Report {
        offline: built.offline,
        output,
        files: built.files,
        bytes: built.bytes,
        languages,
        warnings: built.warnings,
        stages,
        elapsed: started.elapsed(),
    })
}

/// Refuses an output folder whose replacement would destroy the site itself.
fn guard_output(root: &Path, output: &Path) -> Result<()> {
    let absolute = |p: &Path| std::path::absolute(p).map_err(Error::io("find", p));
    let root = absolute(root)?;
    let out = absolute(output)?;
    let root = root.canonicalize().unwrap_or(root);
    let out = out
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .zip(out.file_name())
        .map_or(out.clone(), |(parent, name)| parent.join(name));
    let protected = ["content", "locales", "themes", "src", "tests", ".git"];
    if root.starts_with(&out)
        || protected.iter().any(|d| out.starts_with(root.join(d)))
        || out.join(crate::config::FILE_NAME).exists()
    {
        return Err(Error::one(Diagnostic::general(format!(
            "refusing to write the site to `{}`: building replaces that folder entirely, and it holds the site's sources",
            output.display()
        ))));
    }
    Ok(())
}
