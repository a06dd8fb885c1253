//! Menus and section listings, worked out once per build, and each folder's `menu.html` made once
//! for every page that shares it.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::LinkStyle;
use super::links::LinkContext;
use super::page::MenuItem;
use super::theme::Theme;
use crate::content::Page;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::site::{Route, Site};

/// Pages in one folder link the menu's pages by the same relative addresses, so each such
/// folder's menu is made once, not once per page, unless the page is in the menu itself (it is
/// marked current there) or a menu page lies inside it. `None` for such a page.
pub(super) fn shared_menu_key<'s>(
    nav: &Navigation<'s>,
    route: &'s Route,
) -> Option<(&'s str, &'s str)> {
    let menu = nav.menu(&route.lang);
    if menu.iter().any(|(r, _)| r.path.starts_with(&route.path)) {
        return None;
    }
    let folder = route.path.trim_end_matches('/').rsplit_once('/')?.0;
    Some((route.lang.as_str(), folder))
}

/// A menu as the templates get it, and the theme's `menu.html` rendered with it.
pub(super) type Menu = (tera::Value, Option<Arc<String>>);

/// The menu of each folder among `routes` that shares one.
pub(super) fn shared_menus<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    style: LinkStyle,
    routes: &[&'s Route],
) -> Result<HashMap<(&'s str, &'s str), Menu>> {
    let mut first: HashMap<(&str, &str), &Route> = HashMap::new();
    for route in routes {
        if let Some(key) = shared_menu_key(nav, route) {
            first.entry(key).or_insert(route);
        }
    }
    first
        .into_par_iter()
        .map(|(key, route)| {
            let links = LinkContext::new(site, route, &route.path, style);
            Ok((key, menu(site, theme, nav, &links, route)?))
        })
        .collect()
}

/// What `menu.html` is given: only what every page sharing the menu has in common.
#[derive(Serialize)]
pub(super) struct MenuContext<'a> {
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) root: &'a str,
    pub(super) home_url: String,
    pub(super) all_languages_url: String,
    pub(super) is_home: bool,
}

/// The menu seen from `route`, and the theme's `menu.html` rendered with it.
pub(super) fn menu(
    site: &Site,
    theme: &Theme,
    nav: &Navigation,
    links: &LinkContext,
    route: &Route,
) -> Result<Menu> {
    let more = more_item(
        site,
        links,
        nav.full_menu(&route.lang).len() > MENU_LIMIT,
        &format!("{}/", route.lang),
    )?;
    let value = menu_value(nav.menu(&route.lang), links, route, more)?;
    if !theme.has_menu {
        return Ok((value, None));
    }
    let (home_url, all_languages_url) = home_urls(site, links);
    let context = MenuContext {
        lang: &route.lang,
        dir: site
            .config
            .language(&route.lang)
            .map_or("ltr", |l| l.dir.as_str()),
        root: &links.root,
        home_url,
        all_languages_url,
        is_home: route.id == "index",
    };
    let mut context = super::theme::context(&context)?;
    context.insert_value("menu", value.clone());
    let html = theme.render("menu.html", &context)?;
    Ok((value, Some(Arc::new(html))))
}

/// The address of the reader's home page and of the language picker, from the page `links`
/// are written from: the home senda makes for a language without one, else the picker.
pub(super) fn home_urls(site: &Site, links: &LinkContext) -> (String, String) {
    let all_languages_url = match links.style {
        LinkStyle::Web => links.root.to_string(),
        _ => site.config.base_url.clone(),
    };
    let lang = &links.route.lang;
    let home_url = match site.route("index", lang) {
        Some(r) => links.href(r, None),
        None if site.made_home(lang) => made_home_url(site, links, lang),
        None => all_languages_url.clone(),
    };
    (home_url, all_languages_url)
}

/// The address of the home senda makes for `lang`, from where `links` are written: on the web
/// (the offline files do not hold it).
pub(super) fn made_home_url(site: &Site, links: &LinkContext, lang: &str) -> String {
    let path = format!("{lang}/");
    match links.style {
        LinkStyle::Web => super::links::relative(links.from, &path, &links.root),
        LinkStyle::SingleFile if lang == links.route.lang => "#".to_string(),
        _ => format!("{}{path}", site.config.base_url),
    }
}

/// The last entry of a list too long to show whole: the list's name (the `menu` string) with
/// `…`, to its listing pages.
pub(super) fn more_item(
    site: &Site,
    links: &LinkContext,
    long: bool,
    folder: &str,
) -> Result<Option<(String, String)>> {
    if !long || links.style == LinkStyle::SingleFile {
        return Ok(None);
    }
    let title = format!(
        "{}…",
        site.locales.require(&links.route.lang, "menu", None)?.text
    );
    let path = listing_path(folder);
    let url = match links.style {
        LinkStyle::Files => format!("{}{path}", site.config.base_url),
        _ => super::links::relative(links.from, &path, &links.root),
    };
    Ok(Some((title, url)))
}

/// Entries as the templates see them (title, address from this page, whether it is this page),
/// and the entry that leads to the rest of a long list.
pub(super) fn menu_items<'a>(
    entries: &[(&'a Route, &'a str)],
    links: &LinkContext<'a>,
    route: &Route,
    more: &'a Option<(String, String)>,
) -> Vec<MenuItem<'a>> {
    let mut items: Vec<MenuItem> = entries
        .iter()
        .map(|&(r, title)| MenuItem {
            title,
            url: links.href(r, None),
            current: r.id == route.id,
            lang: r.is_fallback().then(|| {
                let dir = links
                    .site
                    .config
                    .language(&r.content_lang)
                    .map_or("ltr", |l| l.dir.as_str());
                (r.content_lang.as_str(), dir)
            }),
        })
        .collect();
    if let Some((title, url)) = more {
        items.push(MenuItem {
            title,
            url: url.clone(),
            current: false,
            lang: None,
        });
    }
    items
}

/// Menu entries as the templates see them: title, address from this page, whether it is this page.
pub(super) fn menu_value(
    entries: &[(&Route, &str)],
    links: &LinkContext,
    route: &Route,
    more: Option<(String, String)>,
) -> Result<tera::Value> {
    let items = menu_items(entries, links, route, &more);
    tera::Value::try_from_serializable(&items).map_err(|e| {
        let message = crate::said!("render-template-context", detail = e.to_string());
        Error::one(Diagnostic::general(message))
    })
}

/// Menu entries: a route and the title to show.
pub(super) type Entries<'s> = Vec<(&'s Route, &'s str)>;

/// Menus and section listings, worked out once per build rather than once per page.
pub struct Navigation<'s> {
    pub(super) menus: HashMap<&'s str, Entries<'s>>,
    /// Language → folder → the pages listed on that folder's index.
    pub(super) children: HashMap<&'s str, HashMap<&'s str, Entries<'s>>>,
}

impl<'s> Navigation<'s> {
    /// Top-level pages and sections for each language's menu; each section's pages for its index.
    pub fn new(site: &'s Site) -> Self {
        let mut menus: HashMap<&str, Vec<(&Route, &Page)>> = HashMap::new();
        type Listed<'a> = Vec<(&'a Route, &'a Page)>;
        let mut children: HashMap<&str, HashMap<&str, Listed>> = HashMap::new();
        for route in &site.routes {
            let Some(page) = site.page(route) else {
                continue;
            };
            let parts: Vec<&str> = route.id.split('/').collect();
            let in_menu = match parts.as_slice() {
                [page] => *page != "index",
                [_, "index"] => true,
                [dir, _] => site.route(&format!("{dir}/index"), &route.lang).is_none(),
                _ => false,
            };
            if in_menu {
                menus.entry(&route.lang).or_default().push((route, page));
            }
            // A page belongs to its folder's listing; a subsection's index to its parent's.
            let folder = match parts.as_slice() {
                [.., "index"] if parts.len() >= 3 => Some(route.id.rsplitn(3, '/').nth(2)),
                [.., last] if parts.len() >= 2 && *last != "index" => {
                    Some(route.id.rsplit_once('/').map(|(d, _)| d))
                }
                _ => None,
            };
            if let Some(Some(folder)) = folder {
                children
                    .entry(&route.lang)
                    .or_default()
                    .entry(folder)
                    .or_default()
                    .push((route, page));
            }
        }
        let sorted = |mut list: Vec<(&'s Route, &'s Page)>| {
            list.sort_by(|a, b| {
                (a.1.front.weight, &a.1.front.title).cmp(&(b.1.front.weight, &b.1.front.title))
            });
            list.into_iter()
                .map(|(r, p)| (r, p.front.title.as_str()))
                .collect::<Vec<_>>()
        };
        Navigation {
            menus: menus.into_iter().map(|(k, v)| (k, sorted(v))).collect(),
            children: children
                .into_iter()
                .map(|(lang, folders)| {
                    (
                        lang,
                        folders.into_iter().map(|(k, v)| (k, sorted(v))).collect(),
                    )
                })
                .collect(),
        }
    }

    /// The first pages of a language's menu, in menu order (the home page is not listed: the
    /// header links it). A menu is at most [`MENU_LIMIT`] long, so that no page's weight grows
    /// with the site; the rest are on the language's listing pages.
    pub(super) fn menu(&self, lang: &str) -> &[(&'s Route, &'s str)] {
        let all = self.full_menu(lang);
        &all[..all.len().min(MENU_LIMIT)]
    }

    /// Every page of a language's menu.
    pub(super) fn full_menu(&self, lang: &str) -> &[(&'s Route, &'s str)] {
        self.menus.get(lang).map_or(&[], Vec::as_slice)
    }

    /// On a section's `index.md`: the first pages directly inside its folder, in menu order, at
    /// most [`LIST_LIMIT`]; the rest are on the section's listing pages.
    pub(super) fn children(&self, route: &Route) -> &[(&'s Route, &'s str)] {
        let all = self.full_children(route);
        &all[..all.len().min(LIST_LIMIT)]
    }

    /// Every page directly inside a section's folder.
    pub(super) fn full_children(&self, route: &Route) -> &[(&'s Route, &'s str)] {
        route
            .id
            .strip_suffix("/index")
            .and_then(|dir| self.children.get(route.lang.as_str())?.get(dir))
            .map_or(&[], Vec::as_slice)
    }

    /// Every list too long to show whole, with the address its listing pages start at: each
    /// language's menu (`es/all-pages/`) and each long section (`es/guias/all-pages/`).
    pub(super) fn long_lists(&self, site: &'s Site) -> Vec<(String, &[(&'s Route, &'s str)])> {
        let mut lists = Vec::new();
        for language in &site.config.languages {
            let menu = self.full_menu(&language.code);
            if menu.len() > MENU_LIMIT {
                lists.push((listing_path(&format!("{}/", language.code)), menu));
            }
        }
        for route in site.routes.iter().filter(|r| r.id.ends_with("/index")) {
            let children = self.full_children(route);
            if children.len() > LIST_LIMIT {
                lists.push((listing_path(&route.path), children));
            }
        }
        lists
    }
}

/// The most entries a menu shows.
pub(super) const MENU_LIMIT: usize = 20;
/// The most entries a section's page or a listing page shows.
pub(super) const LIST_LIMIT: usize = 100;

/// Where the listing pages of the folder at `folder` (`es/`, `es/guias/`) start.
pub(super) fn listing_path(folder: &str) -> String {
    format!("{folder}all-pages/")
}
