//! `senda build`: the pipeline from `senda.toml` to files, and the one place that writes the
//! output folder, atomically, so a failed build leaves the previous site exactly as it was.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
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
use crate::output::{self, Output};
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
    stages: Stages,
}

impl Clock {
    fn new(show: bool) -> Self {
        Clock {
            show,
            last: Instant::now(),
            stages: Vec::new(),
        }
    }

    /// Ends the running stage, named `done`, and announces the next one.
    fn lap(&mut self, done: &'static str, next: &str) {
        self.stages.push((done, self.last.elapsed()));
        self.last = Instant::now();
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

/// Everything a build produces, before anything is written.
pub struct Built {
    pub site: Site,
    pub outputs: Vec<Output>,
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
    rendered: HashMap<String, (u64, Vec<u8>, Vec<u8>)>,
    /// Keep this build's pages for the next one (only worth it when there will be one).
    keep: bool,
    /// `.gz` and `.br` of texts compressed before, by content hash.
    compressed: output::Compressed,
    /// Leaflet PDFs typeset before, by a hash of their inputs.
    typeset: leaflet::Typeset,
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
                    .map(|p| &p.digest)
                    .hash(h);
                format!("{:?}", downloads.get(&(r.lang.clone(), r.id.clone()))).hash(h);
            })
        })
        .collect()
}

/// The same, reusing what `cache` kept from the previous build and keeping this one's.
pub fn prepare_cached(options: &Options, cache: &mut Cache) -> Result<Built> {
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
    let site = problems.take(Site::load_cached(config.clone(), &mut cache.pages))?;
    let locales = site
        .as_ref()
        .map_or_else(|| Arc::new(Locales::empty()), |s| s.locales.clone());
    let theme = problems.take(Theme::load(&config, locales))?;
    let (Some(site), Some(mut theme)) = (site, theme) else {
        return Err(Error::Invalid(problems.list));
    };
    theme.live_reload = options.preview;
    // A link to a heading that is not there is as broken as a link to a missing page.
    let broken = if options.skip_anchor_check {
        Vec::new()
    } else {
        crate::check::anchors(&site)
    };
    if !broken.is_empty() {
        return Err(Error::Invalid(broken));
    }
    clock.lap("load", "making leaflets");
    let leaflets = if site.config.outputs.leaflets {
        leaflet::make_cached(&site, &mut cache.typeset)?
    } else {
        Vec::new()
    };
    clock.lap(
        "leaflets",
        &format!("rendering {} pages", site.routes.len()),
    );
    let downloads = downloads(&site, &leaflets);
    let prints = fingerprints(&site, &theme, &downloads);
    let stale: Vec<&Route> = site
        .routes
        .iter()
        .zip(&prints)
        .filter(|(r, f)| {
            cache
                .rendered
                .get(&r.path)
                .is_none_or(|(old, _, _)| old != *f)
        })
        .map(|(r, _)| r)
        .collect();
    // Rendered in slices, each minified at once: the unminified pages of a large site would
    // otherwise be the largest thing in memory.
    let mut made: Vec<String> = Vec::with_capacity(stale.len());
    let mut minified = Vec::with_capacity(stale.len());
    let nav = render::Navigation::new(&site);
    for slice in stale.chunks(1024) {
        let pages = render::render_routes(&site, &theme, &nav, LinkStyle::Web, &downloads, slice)?;
        let texts = output::texts(&site, &pages);
        let html = output::pages(&pages);
        made.extend(pages.iter().map(|p| p.route.path.clone()));
        minified.extend(html.into_iter().zip(texts));
    }
    let mut fresh: HashMap<&str, (Vec<u8>, Vec<u8>)> = HashMap::new();
    for (path, (h, t)) in made.iter().zip(minified) {
        fresh.insert(path, (h.bytes, t.bytes));
    }
    let mut rendered = HashMap::with_capacity(site.routes.len());
    let mut outputs = Vec::with_capacity(site.routes.len() * 3);
    for (route, print) in site.routes.iter().zip(prints) {
        let (h, t) = match fresh.remove(route.path.as_str()) {
            Some(made) => made,
            None => match cache.rendered.remove(&route.path) {
                Some((_, h, t)) => (h, t),
                None => continue,
            },
        };
        // Only a cache that will be used again (serve) keeps its own copy of every page.
        let (html_bytes, text_bytes) = if cache.keep {
            let copies = (h.clone(), t.clone());
            rendered.insert(route.path.clone(), (print, h, t));
            copies
        } else {
            (h, t)
        };
        outputs.push(Output {
            path: format!("{}index.html", route.path),
            bytes: html_bytes,
        });
        outputs.push(Output {
            path: format!("{}index.txt", route.path),
            bytes: text_bytes,
        });
    }
    cache.rendered = rendered;
    outputs.extend(output::documents(render::render_extra(&site, &theme)?));
    outputs.push(output::sitemap(&site));
    let files = output::files(&site, &theme.static_dir)?;
    clock.lap("pages", "making offline files");
    if site.config.outputs.offline {
        outputs.extend(offline(&site, &theme, &files, &downloads)?);
    }
    clock.lap("offline", "compressing");
    outputs.extend(files);
    if !leaflets.is_empty() {
        outputs.extend(print_views(&site, &theme)?);
    }
    if site.config.outputs.precompress {
        let compressed = output::precompress(&outputs, &cache.compressed);
        if cache.keep {
            cache.compressed = outputs
                .iter()
                .filter(|o| {
                    matches!(
                        o.path.rsplit('.').next().unwrap_or_default(),
                        "html" | "css" | "xml" | "txt"
                    )
                })
                .zip(compressed.chunks(2))
                .map(|(o, pair)| {
                    (
                        output::content_key(&o.bytes),
                        (
                            pair[0].bytes.clone(),
                            pair.get(1).map(|p| p.bytes.clone()).unwrap_or_default(),
                        ),
                    )
                })
                .collect();
        }
        outputs.extend(compressed);
    }
    clock.lap("compress", "");
    if options.progress {
        eprint!("\r\x1b[2K");
    }
    // The preview server sends no such headers; building the file means reading every page.
    if !options.preview {
        let headers = output::headers(&outputs);
        outputs.push(headers);
    }
    outputs.extend(leaflets.into_iter().map(|l| Output {
        path: l.path,
        bytes: l.bytes,
    }));
    let warnings = if options.preview {
        Vec::new()
    } else {
        budget::check(&site, &outputs)
    };
    Ok(Built {
        site,
        outputs,
        made,
        warnings,
        stages: clock.stages,
    })
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

/// Builds the site and swaps it into the output folder.
pub fn build(options: &Options) -> Result<Report> {
    let started = Instant::now();
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    guard_output(&options.root, &output)?;
    // The previous build's compressed files are reused for every text that has not changed.
    let precompress = Config::load(&options.root).is_ok_and(|c| c.outputs.precompress);
    let mut cache = Cache {
        compressed: if precompress {
            output::compressed_in(&output)
        } else {
            Default::default()
        },
        ..Cache::default()
    };
    let built = prepare_cached(options, &mut cache)?;
    let writing = Instant::now();
    write_atomically(&built.outputs, &output)?;
    let mut stages = built.stages;
    stages.push(("write", writing.elapsed()));
    let mut languages: BTreeMap<String, LanguageCount> = BTreeMap::new();
    for route in &built.site.routes {
        let count = languages.entry(route.lang.clone()).or_default();
        if route.is_fallback() {
            count.fallback += 1;
        } else {
            count.translated += 1;
        }
    }
    let offline = built
        .outputs
        .iter()
        .filter(|o| o.path.ends_with("/offline.html"))
        .map(|o| {
            let lang = o.path.split('/').next().unwrap_or_default().to_string();
            (lang, output::gzip(&o.bytes).len())
        })
        .collect();
    Ok(Report {
        offline,
        output,
        files: built.outputs.len(),
        bytes: built.outputs.iter().map(|o| o.bytes.len() as u64).sum(),
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

/// Writes every output into a fresh folder beside `target`, then swaps it in.
fn write_atomically(outputs: &[Output], target: &Path) -> Result<()> {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(Error::io("create the folder", &parent))?;
    let staging = parent.join(format!(".{name}.senda-new"));
    let previous = parent.join(format!(".{name}.senda-old"));
    for leftover in [&staging, &previous] {
        if leftover.exists() {
            std::fs::remove_dir_all(leftover)
                .map_err(Error::io("remove the leftover folder", leftover))?;
        }
    }
    let result = write_all(outputs, &staging);
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if target.exists() {
        std::fs::rename(target, &previous)
            .map_err(Error::io("move aside the previous output", target))?;
        if let Err(source) = std::fs::rename(&staging, target) {
            let _ = std::fs::rename(&previous, target);
            return Err(Error::Io {
                path: target.to_path_buf(),
                action: "move the new output into",
                source,
            });
        }
        std::fs::remove_dir_all(&previous)
            .map_err(Error::io("remove the previous output", &previous))?;
    } else {
        std::fs::rename(&staging, target).map_err(Error::io("move the new output into", target))?;
    }
    Ok(())
}

fn write_all(outputs: &[Output], dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(Error::io("create the folder", dir))?;
    let folders: std::collections::BTreeSet<PathBuf> = outputs
        .iter()
        .filter_map(|o| dir.join(&o.path).parent().map(Path::to_path_buf))
        .collect();
    for folder in folders {
        std::fs::create_dir_all(&folder).map_err(Error::io("create the folder", &folder))?;
    }
    outputs.par_iter().try_for_each(|output| {
        let path = dir.join(&output.path);
        std::fs::write(&path, &output.bytes).map_err(Error::io("write", &path))
    })
}
