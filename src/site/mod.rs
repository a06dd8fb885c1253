//! The loaded site: configuration, pages (each read once into its document), interface strings,
//! and the route of every page in every language. What the outputs and the lints both need lives
//! here: translation sources, staleness, block labels, the check of links to headings.

mod aliases;
mod anchors;
mod link_table;
mod links;
pub mod paths;
mod routes;
mod services;
mod unused;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{Content, Date, Page, PageCache};
use crate::diagnostics::{Diagnostic, Problems, Result};
use crate::i18n::Locales;
use crate::markdown::Labels;

pub use aliases::Alias;
pub use link_table::{LinkTable, Reached};
pub use links::Reach;
pub use routes::root_prefix;

/// One page as a reader of one language gets it.
#[derive(Debug, Clone)]
pub struct Route {
    pub id: String,
    /// The reader's language: the folder the page is written to.
    pub lang: String,
    /// The language of the text shown: `lang` itself, or the first of its fallbacks that has it.
    pub content_lang: String,
    /// Output path below the site root, always ending in `/`: `es/asilo/`.
    pub path: String,
}

impl Route {
    /// True when the page is shown in another language because it is not translated yet.
    pub fn is_fallback(&self) -> bool {
        self.lang != self.content_lang
    }
}

/// Everything the renderers need, loaded and checked.
pub struct Site {
    pub config: Config,
    pub content: Content,
    /// The services pages cite, and that the directory pages list.
    pub directory: crate::directory::Directory,
    pub locales: Arc<Locales>,
    pub routes: Vec<Route>,
    /// Page id → language → index in `routes`: looked up without building a key.
    by_key: HashMap<String, HashMap<String, usize>>,
    /// Address (`es/asilo/`) → index in `routes`.
    by_path: HashMap<String, usize>,
    /// Each language's words for callouts and contact blocks.
    labels: BTreeMap<String, Labels>,
    /// Old addresses of pages, each published as a page that sends readers on.
    pub aliases: Vec<Alias>,
    /// An old address, compared without its endings (`2015/11/09/why-90-days`) → its page's id.
    by_alias: HashMap<String, String>,
    /// The day the site is made for: what is past review is judged against it. Given by the
    /// caller, never read from the clock here, so that a build for a given day is repeatable.
    pub today: Date,
    /// Every page's links, resolved for each reader once the pages and routes are known.
    pub links: LinkTable,
    /// Files in `content/` that are not published because nothing uses them, as warnings.
    pub unpublished: Vec<crate::Diagnostic>,
    /// Languages with pages but no home page of their own or borrowed: senda makes them one
    /// that lists their pages (`<lang>/`), so that the picker and "home" lead somewhere.
    pub made_homes: Vec<String>,
}

impl Site {
    /// Loads content and interface strings and works out every route, reporting every problem in
    /// one go (every stage's together: content, strings, services, routes).
    pub fn load(config: Config, today: Date) -> Result<Site> {
        Site::load_cached(config, &mut PageCache::default(), None, today)
    }

    /// The same, taking unchanged pages from an earlier build's cache (`serve`).
    pub fn load_cached(
        config: Config,
        cache: &mut PageCache,
        locales: Option<Arc<Locales>>,
        today: Date,
    ) -> Result<Site> {
        let (site, problems) = Site::load_partial(config, cache, locales, today)?;
        Problems { list: problems }.finish()?;
        Ok(site)
    }

    /// The site as far as it loads, with every problem of every stage beside it: the pages, strings
    /// and services that read well, so that `check` and the preview lint them all in one run and a
    /// writer never fixes in rounds. What failed to load is left out (and what cites it is not
    /// reported again). Fails only on what cannot be read at all (a folder, a disk error).
    pub fn load_partial(
        config: Config,
        cache: &mut PageCache,
        locales: Option<Arc<Locales>>,
        today: Date,
    ) -> Result<(Site, Vec<Diagnostic>)> {
        let (content, mut problems) = content(&config, cache)?;
        let locales = match locales {
            Some(locales) => locales,
            None => {
                let (locales, found) = Locales::load_partial(&config)?;
                problems.list.extend(found);
                Arc::new(locales)
            }
        };
        let routes = problems
            .take(routes::routes(&config, &content))?
            .unwrap_or_default();
        let labels = problems.take(labels(&config, &locales))?;
        let aliases = problems
            .take(aliases::aliases(&content, &routes))?
            .unwrap_or_default();
        let (directory, found) = crate::directory::Directory::load_partial(&config)?;
        problems.list.extend(found);
        // Citations of a service file that did not load are not reported again at every page.
        problems
            .list
            .extend(services::check_cites(&content, &directory));
        let default = &config.default_language;
        problems
            .list
            .extend(services::missing_words(&locales, &directory, default));
        let labels = labels.unwrap_or_default();
        let mut by_key: HashMap<String, HashMap<String, usize>> = HashMap::new();
        let by_path = routes
            .iter()
            .enumerate()
            .map(|(i, r)| (r.path.clone(), i))
            .collect();
        for (i, r) in routes.iter().enumerate() {
            by_key
                .entry(r.id.clone())
                .or_default()
                .insert(r.lang.clone(), i);
        }
        let by_alias = aliases
            .iter()
            .map(|a| (aliases::key(&a.path), a.id.clone()))
            .collect();
        let mut site = Site {
            config,
            content,
            directory,
            locales,
            routes,
            by_key,
            by_path,
            labels,
            aliases,
            by_alias,
            today,
            links: LinkTable::default(),
            unpublished: Vec::new(),
            made_homes: Vec::new(),
        };
        site.made_homes = made_homes(&site);
        site.links = link_table::resolve(&site);
        site.unpublished = unused::take(&mut site);
        Ok((site, problems.list))
    }

    /// The route of page `id` for readers of `lang`.
    pub fn route(&self, id: &str, lang: &str) -> Option<&Route> {
        self.index_of(id, lang).map(|i| &self.routes[i])
    }

    /// The place in [`Site::routes`] of page `id` for readers of `lang`.
    pub fn index_of(&self, id: &str, lang: &str) -> Option<usize> {
        self.by_key.get(id)?.get(lang).copied()
    }

    /// The route published at `path` (`es/asilo/`).
    pub fn route_at(&self, path: &str) -> Option<&Route> {
        self.by_path.get(path).map(|&i| &self.routes[i])
    }

    /// Where readers of `lang` find its home: its `index` page, or the home senda makes for a
    /// language without one (`<lang>/`); `None` for a language with no page at all.
    pub fn home_path(&self, lang: &str) -> Option<String> {
        match self.route("index", lang) {
            Some(route) => Some(route.path.clone()),
            None => self.made_home(lang).then(|| format!("{lang}/")),
        }
    }

    /// True when senda makes `lang`'s home page, the language having none.
    pub fn made_home(&self, lang: &str) -> bool {
        self.made_homes.iter().any(|l| l == lang)
    }

    /// The page a route shows.
    pub fn page(&self, route: &Route) -> Option<&Page> {
        self.content.get(&route.id, &route.content_lang)
    }

    /// The words blocks print in `lang` (callout titles, contact labels).
    pub fn labels(&self, lang: &str) -> &Labels {
        static NONE: std::sync::OnceLock<Labels> = std::sync::OnceLock::new();
        self.labels
            .get(lang)
            .unwrap_or_else(|| NONE.get_or_init(Labels::default))
    }

    /// The page translations of `id` are measured against: the default language's, or else the
    /// first configured language that has it.
    pub fn source_of(&self, id: &str) -> Option<&Page> {
        let config = &self.config;
        self.content.get(id, &config.default_language).or_else(|| {
            config
                .languages
                .iter()
                .find_map(|l| self.content.get(id, &l.code))
        })
    }

    /// True when a translation records a source digest that no longer matches its source.
    pub fn is_stale(&self, page: &Page) -> bool {
        let Some(recorded) = &page.front.source_digest else {
            return false;
        };
        self.source_of(&page.id)
            .filter(|source| source.lang != page.lang)
            // A stamp from before senda recorded digests of messages is of the body as written.
            .is_some_and(|s| crate::catalogue::digest(s) != *recorded && s.digest() != recorded)
    }

    /// True when a page has a recording that does not read its text as it is now (or nobody has
    /// said which version it reads): listeners are told, and `status` and `check` say so.
    pub fn recording_is_stale(&self, page: &Page) -> bool {
        self.content
            .recordings
            .contains_key(&(page.lang.clone(), page.id.clone()))
            && page.front.recording_digest.as_deref() != Some(page.digest())
    }

    /// What the pages' readings found that the writer should know but that does not stop a
    /// build (raw HTML that is taken out), and the files of `content/` left unpublished.
    pub fn warnings(&self) -> Vec<crate::Diagnostic> {
        let pages = self.content.all();
        pages
            .flat_map(|p| p.document.warnings.iter().cloned())
            .chain(self.unpublished.iter().cloned())
            .chain(self.made_homes.iter().map(|lang| {
                let folder = std::path::Path::new("content").join(lang);
                Diagnostic::in_file(
                    &folder,
                    crate::said!("site-home-made", lang = lang.as_str()),
                )
                .warning()
            }))
            .collect()
    }

    /// Pages whose `review_by` date is before `today`, as warnings at that date: programs and
    /// rules change, and the page may now be wrong. `check` makes them errors.
    pub fn overdue(&self, today: crate::content::Date) -> Vec<crate::Diagnostic> {
        self.content
            .all()
            .filter_map(|page| {
                let due = page.front.review_by.filter(|due| *due < today)?;
                let message = crate::said!("site-review-overdue", date = due.iso());
                Some(
                    page_problem(
                        page,
                        page.front.review_by_at..page.front.review_by_at,
                        message,
                    )
                    .warning(),
                )
            })
            .collect()
    }

    /// Links to headings that do not exist, located in the pages that hold them.
    pub fn broken_anchors(&self) -> Vec<crate::Diagnostic> {
        anchors::broken(self)
    }
}

/// The content stage and the assets stage, in turn: files found, images fitted, pages read,
/// recordings encoded. Every problem of the three comes back beside the pages that read well.
fn content(config: &Config, cache: &mut PageCache) -> Result<(Content, Problems)> {
    let mut walked = Content::find(config)?;
    let mut problems = Problems {
        list: std::mem::take(&mut walked.problems),
    };
    problems
        .list
        .extend(crate::assets::fit(config, &mut walked.assets));
    let (mut content, unread) = Content::read(config, walked.pages, walked.assets, cache)?;
    problems.list.extend(unread);
    content.inherit_leaflets(&config.default_language);
    if let Some(found) = problems.take(crate::catalogue::add_pages(config, &mut content))? {
        problems.list.extend(found);
    }
    let (audio, missing) = content.take_audio();
    let (recordings, unencoded) = crate::assets::encode(config, &audio);
    content.recordings = recordings;
    problems.list.extend(missing);
    problems.list.extend(unencoded);
    Ok((content, problems))
}

/// The languages that have pages but no `index` route, in the order senda.toml lists them.
fn made_homes(site: &Site) -> Vec<String> {
    site.config
        .languages
        .iter()
        .filter(|l| site.route("index", &l.code).is_none())
        .filter(|l| site.routes.iter().any(|r| r.lang == l.code))
        .map(|l| l.code.clone())
        .collect()
}

/// Each language's block labels, from its strings: a missing one is an error naming its file.
fn labels(config: &Config, locales: &Locales) -> Result<BTreeMap<String, Labels>> {
    let mut problems = Problems::default();
    let mut all = BTreeMap::new();
    for language in &config.languages {
        let messages = Labels::MESSAGES.map(|id| {
            problems
                .take(locales.require(&language.code, id, None))
                .ok()
                .flatten()
        });
        let mut labels = Labels::from_texts(
            messages
                .clone()
                .map(|m| m.map(|m| m.text).unwrap_or_default()),
        );
        for m in messages.into_iter().flatten() {
            if m.lang != language.code {
                let dir = if locales.is_rtl(&m.lang) {
                    "rtl"
                } else {
                    "ltr"
                };
                labels.borrowed.push((m.text, m.lang, dir));
            }
        }
        labels.video = locales
            .message(&language.code, "video-link", None)
            .and_then(Result::ok)
            .map(|m| m.text);
        all.insert(language.code.clone(), labels);
    }
    problems.finish()?;
    Ok(all)
}

/// A problem at `at` in `page`; a page made from a catalogue is located at its entry by
/// [`Page::problem`].
pub(crate) fn page_problem(
    page: &Page,
    at: std::ops::Range<usize>,
    message: crate::said::Said,
) -> crate::Diagnostic {
    match page.catalogue {
        None => crate::Diagnostic::at(&page.shown, &page.source, at, message),
        Some(_) => page.problem(at, message),
    }
}
