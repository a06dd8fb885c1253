//! The loaded site: configuration, pages, interface strings, and the route of every page in every
//! language (which text it shows and where it is written).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{Content, Page, PageCache};
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::i18n::Locales;

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
    pub locales: Arc<Locales>,
    pub routes: Vec<Route>,
    /// Page id → language → index in `routes`: looked up without building a key.
    by_key: HashMap<String, HashMap<String, usize>>,
}

impl Site {
    /// Loads content and interface strings and works out every route, reporting every problem in
    /// one go (content and Fluent errors together).
    pub fn load(config: Config) -> Result<Site> {
        Site::load_cached(config, &mut PageCache::default(), None)
    }

    /// The same, taking unchanged pages from an earlier build's cache (`serve`).
    pub fn load_cached(
        config: Config,
        cache: &mut PageCache,
        locales: Option<Arc<Locales>>,
    ) -> Result<Site> {
        let mut problems = Problems::default();
        let content = problems.take(Content::load(&config, cache))?;
        let locales = match locales {
            Some(locales) => Some(locales),
            None => problems.take(Locales::load(&config))?.map(Arc::new),
        };
        let (Some(content), Some(locales)) = (content, locales) else {
            return Err(Error::Invalid(problems.list));
        };
        let routes = problems
            .take(routes(&config, &content))?
            .unwrap_or_default();
        problems.finish()?;
        let mut by_key: HashMap<String, HashMap<String, usize>> = HashMap::new();
        for (i, r) in routes.iter().enumerate() {
            by_key
                .entry(r.id.clone())
                .or_default()
                .insert(r.lang.clone(), i);
        }
        Ok(Site {
            config,
            content,
            locales,
            routes,
            by_key,
        })
    }

    /// The route of page `id` for readers of `lang`.
    pub fn route(&self, id: &str, lang: &str) -> Option<&Route> {
        self.by_key.get(id)?.get(lang).map(|&i| &self.routes[i])
    }

    /// The page a route shows.
    pub fn page(&self, route: &Route) -> Option<&Page> {
        self.content.get(&route.id, &route.content_lang)
    }
}

fn routes(config: &Config, content: &Content) -> Result<Vec<Route>> {
    let mut problems = Problems::default();
    let mut routes = Vec::new();
    let mut claimed: BTreeMap<String, &Page> = BTreeMap::new();
    for (id, by_lang) in &content.pages {
        for language in &config.languages {
            let found = language
                .chain
                .iter()
                .find_map(|code| by_lang.get(code).filter(|p| !p.front.draft));
            let Some(page) = found else { continue };
            let path = route_path(&language.code, page);
            if language.code == page.lang {
                if let Some(other) = claimed.get(&path) {
                    problems.push(Diagnostic::in_file(
                        &page.shown,
                        format!(
                            "this page and {} would both be published at /{path}; give one of them another slug",
                            other.shown.display()
                        ),
                    ));
                    continue;
                }
                claimed.insert(path.clone(), page);
            }
            routes.push(Route {
                id: id.clone(),
                lang: language.code.clone(),
                content_lang: page.lang.clone(),
                path,
            });
        }
    }
    // A fallback copy must not land where a real page of that language already is.
    let real: BTreeMap<&str, &str> = routes
        .iter()
        .filter(|r| !r.is_fallback())
        .map(|r| (r.path.as_str(), r.id.as_str()))
        .collect();
    let mut clashes = Vec::new();
    for r in routes.iter().filter(|r| r.is_fallback()) {
        if let Some(owner) = real.get(r.path.as_str()).filter(|owner| **owner != r.id)
            && let Some(page) = content.get(owner, &r.lang)
        {
            clashes.push(Diagnostic::in_file(
                    &page.shown,
                    format!(
                        "this page's address /{} is also where the untranslated page `{}` goes; give it another slug",
                        r.path, r.id
                    ),
                ));
        }
    }
    problems.list.extend(clashes);
    problems.finish()?;
    Ok(routes)
}

/// `es/asilo/`, `es/guias/mexico/`, `es/` for the home page.
fn route_path(lang: &str, page: &Page) -> String {
    let mut path = format!("{lang}/");
    let parts: Vec<&str> = page.id.split('/').collect();
    let (dirs, _) = parts.split_at(parts.len().saturating_sub(1));
    for dir in dirs {
        path.push_str(dir);
        path.push('/');
    }
    if !page.is_index() {
        path.push_str(page.url_segment());
        path.push('/');
    }
    path
}

/// The relative prefix from an output folder (`es/asilo/`) back to the site root (`../../`).
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("es/asilo/"), "../../");
        assert_eq!(root_prefix("es/"), "../");
        assert_eq!(root_prefix(""), "");
    }
}
