//! The pages under `content/<locale>/`: walking the folders and reading every page once (in
//! [`page`]), with its front matter validated (in [`front_matter`]).

mod front_matter;
mod page;
mod sources;
mod walk;

pub use front_matter::{Date, FrontMatter, Layout, LeafletSpec, Review, check_slug, date_of};
pub use page::{
    MAX_PAGE_BYTES, Outline, Page, PageFile, Progress, digest, is_unwritten, outline, parse_page,
    parse_translated, read_page,
};
pub use sources::Source;
pub use walk::{Found, Walked};

/// The folder of `content/` every language shares (see [`crate::markdown::SHARED`]).
pub use crate::markdown::SHARED;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::SystemTime;

use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Problems, Result};

/// A file that is not a page (an image, a PDF) inside a locale folder, published beside the pages.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    /// Path under the locale folder, with `/`.
    pub rel: String,
    pub file: PathBuf,
    /// For a photo over the image budget: the smaller copy published in its place.
    pub fitted: Option<Arc<Vec<u8>>>,
    /// A file of `content/assets/`, which every language shares: published at `/assets/`, under
    /// the language `/` like the theme's `static/` files, but only when a page uses it.
    pub shared: bool,
    /// Where that copy is published when it is not at `rel`: `foto.png` saved as `foto.jpg`, a
    /// GIF's still as `anim.still.png`.
    pub fitted_as: Option<String>,
    /// The file is an animation: published as it is, at `rel`, behind a link under its still.
    pub moving: bool,
}

impl Asset {
    /// Where, under its language folder, the file pages show is published: its fitted copy's
    /// name, or its own.
    pub fn published(&self) -> &str {
        self.fitted_as.as_deref().unwrap_or(&self.rel)
    }

    /// The bytes published for this file: its fitted copy, or the file itself. An SVG is checked
    /// again as it is read, so that one changed after the build checked it is never published.
    pub fn bytes(&self) -> std::io::Result<Arc<Vec<u8>>> {
        if let Some(fitted) = &self.fitted {
            return Ok(fitted.clone());
        }
        let bytes = std::fs::read(&self.file)?;
        if crate::svg::is_svg(&self.rel) && !crate::svg::check(&self.file, &bytes).is_empty() {
            return Err(std::io::Error::other(
                "this SVG changed during the build and is not safe to publish; build again to see why",
            ));
        }
        Ok(Arc::new(bytes))
    }
}

/// When a file was last changed and its size: unchanged means not read again.
pub(super) type Stamp = (Option<SystemTime>, u64);

/// Pages read by an earlier build in the same process, by file, with the file's modification time
/// and size when read and the files beside it then: `serve` re-reads only what changed.
#[derive(Debug, Clone, Default)]
pub struct PageCache {
    files: HashMap<PathBuf, (Stamp, u64, Arc<Page>)>,
    /// Keep a copy of every page for the next load (only when there will be one).
    pub keep: bool,
}

/// Every page of the site, by identity and then by language.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Shared, so that a rebuild in `serve` takes unchanged pages from its cache without copying.
    pub pages: BTreeMap<String, BTreeMap<String, Arc<Page>>>,
    /// Each page's recording in a language, by (language, page id).
    pub recordings: BTreeMap<(String, String), crate::audio::Recording>,
    pub assets: Vec<Asset>,
    /// Language → path under its folder → index in `assets`; the theme's `static/` files, which
    /// are published at the site's root, under the language `/` with their path from there.
    asset_index: HashMap<String, HashMap<String, usize>>,
    /// Pages whose file could not be read, by (language, id): links to them, and their place in
    /// the translation table, are not reported again.
    pub unreadable: BTreeSet<(String, String)>,
}

impl Content {
    /// Walks `content/` and the theme's `static/`: the page files to read and the other files,
    /// before anything is read. Problems found on the way come back with them.
    pub fn find(config: &Config) -> Result<Walked> {
        walk::find(config)
    }

    /// Reads every page found, each once, beside `assets` (the files found, as the assets stage
    /// made them). The pages that could not be read come back as problems beside the rest.
    pub fn read(
        config: &Config,
        found: Vec<Found>,
        assets: Vec<Asset>,
        cache: &mut PageCache,
    ) -> Result<(Content, Vec<Diagnostic>)> {
        let mut problems = Problems::default();
        let mut content = Content {
            assets,
            ..Content::default()
        };
        content.index_assets();
        let read = content.read_pages(config, &found, cache);
        let mut files = HashMap::with_capacity(found.len());
        let mut unwritten = Vec::new();
        for (f, result) in found.into_iter().zip(read) {
            let key = (f.lang.clone(), f.id.clone());
            let Some((beside, page)) = problems.take(result)? else {
                content.unreadable.insert(key);
                continue;
            };
            // A file nobody wrote in yet is no page: the page falls back to another language.
            let Some(page) = page else {
                unwritten.push((f.id, f.shown));
                continue;
            };
            // A page with problems of its own stays a page: they are reported, and stop a build.
            problems.list.extend(page.problems.iter().cloned());
            if cache.keep {
                files.insert(f.path, (f.stamp, beside, page.clone()));
            }
            content
                .pages
                .entry(page.id.clone())
                .or_default()
                .insert(page.lang.clone(), page);
        }
        cache.files = files;
        // Empty in every language: nothing to fall back to, so the writer is told.
        for (id, shown) in unwritten {
            if !content.pages.contains_key(&id) {
                problems.push(Diagnostic::at(
                    &shown,
                    "",
                    0..0,
                    crate::said!("content-empty-everywhere"),
                ));
            }
        }
        Ok((content, problems.list))
    }

    /// A translation that does not say which leaflets it is printed as is printed as its source
    /// page is (`default` is the source language), with its own words on the card and cover.
    pub fn inherit_leaflets(&mut self, default: &str) {
        for by_lang in self.pages.values_mut() {
            let Some(spec) = by_lang.get(default).and_then(|p| p.front.leaflet.clone()) else {
                continue;
            };
            for (lang, page) in by_lang.iter_mut() {
                if lang != default && page.front.leaflet.is_none() {
                    Arc::make_mut(page).front.leaflet = Some(LeafletSpec {
                        card: Vec::new(),
                        cover: None,
                        ..spec.clone()
                    });
                }
            }
        }
    }

    /// Audio files named like a page beside it (`ninos-solos.mp3` beside `ninos-solos.md`), or
    /// named in its front matter (`recording = "…"`), are that page's recording, to be encoded
    /// small instead of published as they are: taken out of the assets, with their page's id.
    /// A recording named in front matter but not found is a problem.
    pub fn take_audio(&mut self) -> (Vec<(Asset, String)>, Vec<Diagnostic>) {
        let named = self.named_recordings();
        let assets = std::mem::take(&mut self.assets);
        let owner = |a: &Asset| -> Option<String> {
            if a.lang == "/" || !crate::audio::is_recording(&a.rel) {
                return None;
            }
            if let Some(id) = named.get(&(a.lang.clone(), a.rel.clone())) {
                return Some(id.clone());
            }
            let id = a.rel.rsplit_once('.')?.0;
            let beside = self.pages.get(id)?.get(&a.lang)?;
            beside.front.recording.is_none().then(|| id.to_string())
        };
        let (mut audio, mut rest) = (Vec::new(), Vec::new());
        for asset in assets {
            match owner(&asset) {
                Some(id) => audio.push((asset, id)),
                None => rest.push(asset),
            }
        }
        self.assets = rest;
        self.asset_index.clear();
        self.index_assets();
        let mut problems = Vec::new();
        for ((lang, rel), id) in &named {
            if !audio.iter().any(|(a, _)| &a.lang == lang && &a.rel == rel) {
                let shown = self
                    .get(id, lang)
                    .map(|p| p.shown.clone())
                    .unwrap_or_default();
                let message = crate::said!("recording-missing", file = rel, lang = lang);
                problems.push(Diagnostic::in_file(&shown, message));
            }
        }
        (audio, problems)
    }

    /// Recordings named in pages' front matter: (language, file in the language folder) → page.
    fn named_recordings(&self) -> HashMap<(String, String), String> {
        let mut named = HashMap::new();
        for page in self.all() {
            if let Some(file) = &page.front.recording {
                let rel = match page.id.rsplit_once('/') {
                    Some((folder, _)) => format!("{folder}/{file}"),
                    None => file.clone(),
                };
                named.insert((page.lang.clone(), rel), page.id.clone());
            }
        }
        named
    }

    /// Takes out the files `unpublished` is true of, which are then not published, and gives
    /// them back.
    pub fn remove_assets(&mut self, unpublished: impl Fn(&Asset) -> bool) -> Vec<Asset> {
        let assets = std::mem::take(&mut self.assets);
        let (gone, kept) = assets.into_iter().partition(|a| unpublished(a));
        self.assets = kept;
        self.asset_index.clear();
        self.index_assets();
        gone
    }

    fn index_assets(&mut self) {
        for (i, asset) in self.assets.iter().enumerate() {
            self.asset_index
                .entry(asset.lang.clone())
                .or_default()
                .insert(asset.rel.clone(), i);
        }
    }

    /// Reads every page in parallel, each once; a file unchanged since the last build in this
    /// process, with the same files beside it, is taken from the cache as it was.
    fn read_pages(
        &self,
        config: &Config,
        found: &[Found],
        cache: &PageCache,
    ) -> Vec<Result<(u64, Option<Arc<Page>>)>> {
        let beside: HashMap<&str, u64> = self
            .asset_index
            .iter()
            .map(|(lang, files)| {
                // By name, size and time of change: a page shows its images' sizes, so one
                // replaced under the same name makes the page read again.
                let mut names: Vec<(&String, Option<Stamp>)> = files
                    .iter()
                    .map(|(name, &i)| {
                        let meta = self.assets.get(i).and_then(|a| a.file.metadata().ok());
                        (name, meta.map(|m| (m.modified().ok(), m.len())))
                    })
                    .collect();
                names.sort();
                (lang.as_str(), crate::digest::of("files beside", names))
            })
            .collect();
        found
            .par_iter()
            .map(|f| {
                let here = beside.get(f.lang.as_str()).copied().unwrap_or_default();
                if let Some((stamp, was, page)) = cache.files.get(&f.path)
                    && *stamp == f.stamp
                    && f.stamp.0.is_some()
                    && *was == here
                {
                    return Ok((here, Some(page.clone())));
                }
                let asset = |rel: &str| self.image_size(&f.lang, rel);
                let file = PageFile {
                    shown: &f.shown,
                    id: &f.id,
                    lang: &f.lang,
                    apostrophe_is_letter: config
                        .language(&f.lang)
                        .is_some_and(|l| l.apostrophe_is_letter),
                    allow_raw_html: config.raw_html_allowed,
                    base_url: &config.base_url,
                    asset: &asset,
                };
                read_page(&f.path, &file).map(|p| (here, p.map(Arc::new)))
            })
            .collect()
    }

    /// Whether `rel` is a file in `lang`'s folder, and its size in pixels when it is an image
    /// (the size it is published at).
    pub fn image_size(&self, lang: &str, rel: &str) -> Option<Option<(u32, u32)>> {
        let asset = self.asset(lang, rel)?;
        let size = match &asset.fitted {
            Some(bytes) => imagesize::blob_size(bytes).ok(),
            None => imagesize::size(&asset.file).ok(),
        };
        Some(size.and_then(|s| Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?))))
    }

    /// The file at `rel` in `lang`'s folder, if there is one; a `rel` that starts with `/` is a
    /// file published at the site's root (the theme's `static/`).
    pub fn asset(&self, lang: &str, rel: &str) -> Option<&Asset> {
        let (lang, rel) = match rel.strip_prefix('/') {
            Some(root) => ("/", root),
            None => (lang, rel),
        };
        let i = *self.asset_index.get(lang)?.get(rel)?;
        self.assets.get(i)
    }

    /// The file at `rel` as `page`, read in `lang`, links it, and the language folder it is in: a
    /// page made from a catalogue also reaches the files of the page it translates.
    pub fn linked_asset<'a>(
        &'a self,
        page: &'a Page,
        lang: &'a str,
        rel: &str,
    ) -> Option<(&'a str, &'a Asset)> {
        if let Some(asset) = self.asset(lang, rel) {
            return Some((lang, asset));
        }
        let from = page.catalogue.as_ref()?.from.as_str();
        self.asset(from, rel).map(|asset| (from, asset))
    }

    /// The page with this identity in this language, if it was written.
    pub fn get(&self, id: &str, lang: &str) -> Option<&Page> {
        self.pages
            .get(id)
            .and_then(|by_lang| by_lang.get(lang))
            .map(Arc::as_ref)
    }

    /// Every page in every language.
    pub fn all(&self) -> impl Iterator<Item = &Page> {
        self.pages
            .values()
            .flat_map(|by_lang| by_lang.values().map(Arc::as_ref))
    }
}
