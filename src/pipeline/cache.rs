//! What a build leaves for the next one: in the same process (`serve`), so that a change costs
//! only what it affects; and on disk (`build`), compressed files and leaflet PDFs.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Date, PageCache};
use crate::diagnostics::{Diagnostic, Problems, Result, Severity};
use crate::digest;
use crate::i18n::Locales;
use crate::leaflet;
use crate::mode::Mode;
use crate::output::{self, Output};
use crate::render::{Downloads, Theme};
use crate::site::Site;

/// What a build keeps for the next one.
#[derive(Default)]
pub struct Cache {
    pub(super) pages: PageCache,
    /// By route path: the fingerprint of all a page was made from, its minified HTML and its text.
    pub(super) rendered: HashMap<String, (u64, output::Bytes, Vec<output::Output>)>,
    /// Keep this build's pages for the next one (only worth it when there will be one).
    pub(super) keep: bool,
    /// `.gz` and `.br` of texts compressed before, by content hash.
    pub(super) compressed: output::Compressed,
    /// Leaflet PDFs typeset before, by a hash of their inputs.
    pub(super) typeset: leaflet::Typeset,
    /// The last `sitemap.xml`, by a hash of what it was made from.
    pub(super) sitemap: Option<(u64, Output)>,
    /// The strings and the theme, loaded once and kept while no file they come from (and not
    /// the configuration) has changed.
    loaded: Option<(u64, Arc<Locales>, Arc<Theme>)>,
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

    /// A cache for one build into `output`: the previous build's compressed files, reused for
    /// every text that has not changed (only from a build that was put in place completely: an
    /// interrupted one could pair a page's new text with its old compressed forms), and the
    /// leaflets kept beside the site.
    pub(super) fn for_build(root: &Path, output: &Path) -> Self {
        Cache {
            compressed: if crate::write::finished(output) {
                output::compressed_in(output)
            } else {
                Default::default()
            },
            typeset: leaflet::Typeset::in_folder(root.join(".senda-cache").join("leaflets")),
            ..Cache::default()
        }
    }

    /// A cache for `check`: the leaflets a build kept beside the site, read but never changed.
    pub fn for_check(root: &Path) -> Self {
        Cache {
            typeset: leaflet::Typeset::reading(root.join(".senda-cache").join("leaflets")),
            ..Cache::default()
        }
    }

    /// A cache for checking again and again (the preview checks on every save): the pages, the
    /// strings and the theme kept from one check to the next.
    pub fn for_checks(root: &Path) -> Self {
        let mut cache = Cache {
            keep: true,
            ..Cache::for_check(root)
        };
        cache.pages.keep = true;
        cache
    }

    /// The site as far as it loads and the theme if it does, with every problem of every stage,
    /// taking the strings and the theme as they were if nothing they come from changed since the
    /// last build in this process (they are kept for the next load only when everything loaded).
    pub(super) fn load_partial(
        &mut self,
        config: Config,
        mode: Mode,
        today: Date,
    ) -> Result<(Site, Option<Arc<Theme>>, Vec<Diagnostic>)> {
        let key = self.keep.then(|| loaded_key(&config, mode));
        let reused = match (self.loaded.take(), key) {
            (Some((old, locales, theme)), Some(wanted)) if old == wanted => Some((locales, theme)),
            _ => None,
        };
        let locales = reused.as_ref().map(|(locales, _)| locales.clone());
        let (site, list) = Site::load_partial(config.clone(), &mut self.pages, locales, today)?;
        let mut problems = Problems { list };
        let theme = match reused {
            Some((_, theme)) => Some(theme),
            None => problems
                .take(Theme::load(&config, site.locales.clone()))?
                .map(|mut theme| {
                    theme.live_reload = mode.live_reload();
                    Arc::new(theme)
                }),
        };
        let clean = !problems.list.iter().any(|d| d.severity == Severity::Error);
        if let (Some(key), Some(theme), true) = (key, &theme, clean) {
            self.loaded = Some((key, site.locales.clone(), theme.clone()));
        }
        Ok((site, theme, problems.list))
    }
}

/// What the strings and the theme are loaded from, as one number.
fn loaded_key(config: &Config, mode: Mode) -> u64 {
    let dirs = [
        config.root.join("locales"),
        config.theme_dir.join("templates"),
        config.theme_dir.join("css"),
    ];
    digest::of("loaded", (config.fingerprint, stamp_of(&dirs), mode))
}

/// Every file under these folders, path and contents, as one number: what tells a rebuild that
/// nothing there changed. Contents rather than modification times, which some filesystems keep
/// to the second; these are a few small text files.
fn stamp_of(dirs: &[PathBuf]) -> u64 {
    let mut h = digest::Key::new("files");
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

/// Everything a page's HTML depends on, as one number: its own file, its source's digest (for the
/// stale notice), its language's menu, every address (links, language switcher), the templates,
/// the strings and the configuration.
pub(super) fn fingerprints(site: &Site, theme: &Theme, downloads: &Downloads) -> Vec<u64> {
    let hash = |f: &dyn Fn(&mut digest::Key)| {
        let mut h = digest::Key::new("page");
        f(&mut h);
        h.finish()
    };
    let shared = hash(&|h| {
        site.config.fingerprint.hash(h);
        let inputs = (
            theme.fingerprint,
            site.locales.fingerprint,
            theme.live_reload,
        );
        inputs.hash(h);
        for r in &site.routes {
            (&r.id, &r.lang, &r.content_lang, &r.path).hash(h);
        }
        // Pages show the services they cite, and whether each is past review today.
        let overdue: Vec<&str> = site
            .directory
            .overdue(site.today)
            .map(|s| s.id.as_str())
            .collect();
        (site.directory.fingerprint(), overdue).hash(h);
    });
    let mut menus: HashMap<&str, digest::Key> = HashMap::new();
    for r in &site.routes {
        if let Some(p) = site.page(r) {
            (&r.id, &p.front.title, p.front.weight).hash(menus.entry(&r.lang).or_default());
        }
    }
    let menus: HashMap<&str, u64> = menus.into_iter().map(|(k, h)| (k, h.finish())).collect();
    let files = files_beside(site);
    site.routes
        .par_iter()
        .map(|r| {
            hash(&|h| {
                (shared, menus.get(r.lang.as_str()), &r.path, &r.content_lang).hash(h);
                site.page(r).map(|p| p.fingerprint).hash(h);
                // Only a translation that records its source's digest can turn stale.
                site.page(r)
                    .filter(|p| p.front.source_digest.is_some())
                    .and_then(|_| site.source_of(&r.id))
                    .map(crate::catalogue::digest)
                    .hash(h);
                downloads.get(&(r.lang.clone(), r.id.clone())).hash(h);
                // A recording added, or an image changed, beside the page changes the page.
                for lang in [&r.lang, &r.content_lang] {
                    files.get(lang.as_str()).hash(h);
                    let recording = site.content.recordings.get(&(lang.clone(), r.id.clone()));
                    recording
                        .map(|a| (&a.shown, a.bytes.len(), a.seconds.to_bits()))
                        .hash(h);
                }
            })
        })
        .collect()
}

/// Each language's files other than pages (images, PDFs), by name, size and time of change, as
/// one number: pages show their images' sizes and link their files, so a change there makes the
/// language's pages again.
fn files_beside(site: &Site) -> HashMap<&str, u64> {
    let mut by_lang: HashMap<&str, digest::Key> = HashMap::new();
    for asset in &site.content.assets {
        let meta = std::fs::metadata(&asset.file).ok();
        let stamp = meta.map(|m| (m.len(), m.modified().ok()));
        let key = by_lang
            .entry(asset.lang.as_str())
            .or_insert_with(|| digest::Key::new("files beside"));
        (&asset.rel, stamp, asset.fitted.as_ref().map(|f| f.len())).hash(key);
    }
    by_lang.into_iter().map(|(k, h)| (k, h.finish())).collect()
}
