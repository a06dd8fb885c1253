//! The documents that are not one page: the language picker, 404 pages, each language's offline
//! file and the print view of a leaflet.

use serde::Serialize;

use super::LinkStyle;
use super::navigation::Navigation;
use super::page::{LanguageLink, PageView, page_view};
use super::theme::Theme;
use crate::diagnostics::{Problems, Result};
use crate::site::{Route, Site};

#[derive(Serialize)]
pub(super) struct OfflineContext<'a> {
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) css: &'a str,
    pub(super) base_url: &'a str,
    /// The language's home on the web.
    pub(super) online_url: String,
    pub(super) pages: Vec<PageView<'a>>,
}

/// Every page of one language in one self-contained document: in-page links, images inlined.
pub fn render_offline(site: &Site, theme: &Theme, lang: &str) -> Result<String> {
    let config = &site.config;
    let mut problems = Problems::default();
    let mut pages = Vec::new();
    let (directory_routes, directory_titles) = super::directory::offline_routes(site, lang);
    for route in offline_order(site, &Navigation::new(site), lang) {
        if let Some(view) = problems.take(page_view(
            site,
            route,
            (LinkStyle::SingleFile, false),
            &route.path,
        ))? {
            pages.push(view);
        }
    }
    problems.finish()?;
    // The directory travels with the pages: who can help matters most without a connection.
    pages.extend(super::directory::offline_views(
        site,
        &directory_routes,
        &directory_titles,
    )?);
    let context = OfflineContext {
        lang,
        dir: config.language(lang).map_or("ltr", |l| l.dir.as_str()),
        css: &theme.css,
        base_url: &config.base_url,
        online_url: format!("{}{lang}/", config.base_url),
        pages,
    };
    let context = super::theme::context(&context)?;
    theme.render("offline.html", &context)
}

/// Every page of a language, as a reader leafing through would meet them: the home page, then the
/// menu, each section followed by its pages (at any depth), then any page the menu does not reach.
pub(super) fn offline_order<'s>(
    site: &'s Site,
    nav: &Navigation<'s>,
    lang: &str,
) -> Vec<&'s Route> {
    let mut ordered: Vec<&Route> = site.route("index", lang).into_iter().collect();
    let mut placed: std::collections::HashSet<&str> =
        ordered.iter().map(|r| r.path.as_str()).collect();
    let mut stack: Vec<&Route> = nav.full_menu(lang).iter().rev().map(|(r, _)| *r).collect();
    while let Some(route) = stack.pop() {
        if placed.insert(&route.path) {
            ordered.push(route);
            stack.extend(nav.full_children(route).iter().rev().map(|(r, _)| *r));
        }
    }
    let mut rest: Vec<&Route> = site
        .routes
        .iter()
        .filter(|r| r.lang == lang && !placed.contains(r.path.as_str()))
        .collect();
    rest.sort_by(|a, b| a.path.cmp(&b.path));
    ordered.extend(rest);
    ordered
}

/// A language's own words for the pages every language shares (the picker, the 404 pages): only
/// what that language itself translates, never a borrowed string.
#[derive(Serialize)]
pub(super) struct Spoken<'a> {
    pub(super) code: &'a str,
    pub(super) dir: &'a str,
    pub(super) url: String,
    pub(super) site_name: Option<String>,
    pub(super) not_found: Option<String>,
    pub(super) home: Option<String>,
}

#[derive(Serialize)]
pub(super) struct SimpleContext<'a> {
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) root: String,
    pub(super) base_url: &'a str,
    pub(super) css: &'a str,
    pub(super) languages: Vec<LanguageLink<'a>>,
    pub(super) home_url: String,
    /// Every language's own words, so that the picker and the 404 pages speak every language.
    pub(super) spoken: Vec<Spoken<'a>>,
}

/// Each language's own words for the shared pages, with the address of its `entry` page.
fn spoken<'s>(
    site: &'s Site,
    root: &str,
    entry: &dyn Fn(&str) -> Option<String>,
) -> Vec<Spoken<'s>> {
    let own = |code: &str, id: &str| {
        site.locales
            .message(code, id, None)
            .and_then(|m| m.ok())
            .filter(|m| m.lang == code)
            .map(|m| m.text)
    };
    site.config
        .languages
        .iter()
        .filter_map(|l| {
            entry(&l.code).map(|path| Spoken {
                code: &l.code,
                dir: l.dir.as_str(),
                url: format!("{root}{path}"),
                site_name: own(&l.code, "site-name"),
                not_found: own(&l.code, "not-found-title"),
                home: own(&l.code, "home"),
            })
        })
        .collect()
}

/// The language picker at the site root, and a 404 page for each language.
pub fn render_extra(site: &Site, theme: &Theme) -> Result<Vec<(String, String)>> {
    let config = &site.config;
    let base_path = config.base_path();
    let mut out = Vec::new();
    // Each language's home page, the one senda makes when it has none; a language with no page
    // at all is not offered.
    let entry = |lang: &str| site.home_path(lang);
    let homes = |root: &str| -> Vec<LanguageLink> {
        config
            .languages
            .iter()
            .filter_map(|l| {
                entry(&l.code).map(|path| LanguageLink {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                    url: format!("{root}{path}"),
                    current: false,
                })
            })
            .collect()
    };
    let spoken = |root: &str| spoken(site, root, &entry);
    let default_dir = config
        .language(&config.default_language)
        .map_or("ltr", |l| l.dir.as_str());
    let picker = SimpleContext {
        lang: &config.default_language,
        dir: default_dir,
        root: String::new(),
        base_url: &config.base_url,
        css: &theme.css,
        languages: homes(""),
        home_url: String::new(),
        spoken: spoken(""),
    };
    out.push((
        "index.html".to_string(),
        render_simple(theme, "languages.html", &picker)?,
    ));
    for language in &config.languages {
        // A 404 page is served at any depth, so its links start from the site's base path.
        let context = SimpleContext {
            lang: &language.code,
            dir: language.dir.as_str(),
            root: base_path.to_string(),
            base_url: &config.base_url,
            css: &theme.css,
            languages: homes(base_path),
            spoken: spoken(base_path),
            home_url: entry(&language.code).map_or_else(
                || base_path.to_string(),
                |path| format!("{base_path}{path}"),
            ),
        };
        let html = render_simple(theme, "404.html", &context)?;
        if language.code == config.default_language {
            out.push(("404.html".to_string(), html.clone()));
        }
        out.push((format!("{}/404.html", language.code), html));
    }
    Ok(out)
}

pub(super) fn render_simple(
    theme: &Theme,
    template: &str,
    context: &SimpleContext,
) -> Result<String> {
    let context = super::theme::context(context)?;
    theme.render(template, &context)
}

#[derive(Serialize)]
pub(super) struct PrintContext<'a> {
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) css: &'a str,
    pub(super) page: PageView<'a>,
    pub(super) qr_svg: &'a str,
}

/// The leaflet as a web page for printing from a browser (`<lang>/leaflets/<name>.html`).
pub fn render_print(site: &Site, theme: &Theme, route: &Route, qr_svg: &str) -> Result<String> {
    let from = format!("{}/leaflets/", route.lang);
    // The print view is paper: services past review are left out, as in the PDFs.
    let page = page_view(site, route, (LinkStyle::Web, true), &from)?;
    let context = PrintContext {
        lang: &route.lang,
        dir: site
            .config
            .language(&route.lang)
            .map_or("ltr", |l| l.dir.as_str()),
        css: &theme.css,
        page,
        qr_svg,
    };
    let context = super::theme::context(&context)?;
    theme.render("print.html", &context)
}
