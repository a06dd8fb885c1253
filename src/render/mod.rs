//! Turning each route of the site into a finished HTML page with the theme's tera templates:
//! the theme and its `t` function ([`theme`]), links written for where a page is read
//! ([`links`]), menus ([`navigation`]), pages ([`page`]), the other documents ([`extra`]) and the
//! text version ([`text`]).

mod directory;
mod extra;
mod home;
mod links;
mod listen;
mod listing;
mod navigation;
mod page;
mod redirect;
mod text;
mod theme;
mod vcard;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostics::{Problems, Result};
use crate::site::{Route, Site};

pub use directory::{by_category, newest, place_name, printable, render_directory};
pub use extra::{render_extra, render_offline, render_print};
pub use home::render_made_homes;
pub use links::anchor;
pub use listen::{has_recordings, render_listen_pages};
pub use listing::{Listing, render_listings};
pub use navigation::Navigation;
use navigation::{shared_menu_key, shared_menus};
use page::render_page;
pub use redirect::render_redirects;
pub use text::{
    display_date, notices, sources_line, sources_years, text_parts, text_version, text_view,
};
pub use theme::Theme;
pub use vcard::{vcard, vcards};

/// What a page's `menu_html` is while the page is rendered and minified; its `menu.html`,
/// rendered and minified once for every page of a folder that shares it, then takes its place.
/// In a large site the menu is most of a page's tags, so this spares most of the work.
pub const MENU_PLACEHOLDER: &str = "<nav data-senda-menu></nav>";

/// A page rendered for one reader: the route and its HTML.
pub struct RenderedPage {
    pub route: Route,
    pub html: String,
    /// The page's `menu.html`, shared with the other pages of its folder, to put in place of
    /// [`MENU_PLACEHOLDER`] once the page is minified.
    pub menu: Option<Arc<String>>,
}

/// A file made from a page that the page links to (its leaflets), with what it is and its size.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Download {
    /// Path below the output folder: `es/leaflets/abogado-trifold-a4.pdf`.
    pub path: String,
    /// In the reader's language: "Tríptico, A4".
    pub label: String,
    /// The language the label is in, when it is borrowed (Spanish words on a K'iche' page).
    pub lang: Option<String>,
    /// "41 KB".
    pub size: String,
}

/// Downloads by (reader's language, page id).
pub type Downloads = std::collections::HashMap<(String, String), Vec<Download>>;

/// How links between pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// On a web server: `../abogado/`.
    Web,
    /// Opened from a phone's file manager (the zip): `../abogado/index.html`.
    Files,
    /// Every page of a language in one document (`offline.html`): `#p-abogado`.
    SingleFile,
    /// Text that leaves the site (the text version people forward): `https://…/es/abogado/`.
    Absolute,
}

/// How many pages have been rendered in this process: what proves that `check` renders none.
static PAGES_RENDERED: AtomicUsize = AtomicUsize::new(0);

/// The number of pages rendered so far in this process.
pub fn pages_rendered() -> usize {
    PAGES_RENDERED.load(Ordering::Relaxed)
}

/// Renders every route of the site with links of the given style, collecting every problem.
pub fn render_pages(
    site: &Site,
    theme: &Theme,
    style: LinkStyle,
    downloads: &Downloads,
) -> Result<Vec<RenderedPage>> {
    let all: Vec<&Route> = site.routes.iter().collect();
    render_routes(site, theme, &Navigation::new(site), style, downloads, &all)
}

/// Renders the given routes of the site (a rebuild renders only what a change affects).
pub fn render_routes<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    style: LinkStyle,
    downloads: &'s Downloads,
    routes: &[&'s Route],
) -> Result<Vec<RenderedPage>> {
    PAGES_RENDERED.fetch_add(routes.len(), Ordering::Relaxed);
    let menus = shared_menus(site, theme, nav, style, routes)?;
    let results: Vec<Result<RenderedPage>> = routes
        .par_iter()
        .copied()
        .map(|route| {
            let menu = shared_menu_key(nav, route).and_then(|key| menus.get(&key));
            render_page(site, theme, nav, route, style, downloads, menu)
        })
        .collect();
    let mut problems = Problems::default();
    let mut pages = Vec::with_capacity(results.len());
    for result in results {
        pages.extend(problems.take(result)?);
    }
    problems.finish()?;
    Ok(pages)
}
