//! The home page senda makes for a language that has pages but no `index.md` (a site whose home
//! was a page of another program): a list of the language's pages, so that the language picker,
//! "home" and `/<lang>/` lead somewhere. `check` tells the writer to write one.

use super::links::LinkContext;
use super::listing::{Listing, entries_list, finish};
use super::navigation::{LIST_LIMIT, MENU_LIMIT, Navigation, listing_path};
use super::theme::Theme;
use crate::diagnostics::Result;
use crate::html::escape;
use crate::site::{Route, Site};

/// The home page of every language that has none, at `<lang>/`.
pub fn render_made_homes(site: &Site, theme: &Theme) -> Result<Vec<Listing>> {
    let nav = Navigation::new(site);
    site.made_homes
        .iter()
        .map(|lang| made_home(site, theme, &nav, lang))
        .collect()
}

fn made_home(site: &Site, theme: &Theme, nav: &Navigation, lang: &str) -> Result<Listing> {
    let route = Route {
        id: "index".to_string(),
        lang: lang.to_string(),
        content_lang: lang.to_string(),
        path: format!("{lang}/"),
    };
    let links = LinkContext::new(site, &route, &route.path, super::LinkStyle::Web);
    // Titled "Home": the page's title is shown beside the site's name.
    let title = site.locales.require(lang, "home", None)?.text;
    let pages = super::extra::offline_order(site, nav, lang);
    let entries: Vec<(&Route, &str)> = pages
        .iter()
        .filter_map(|r| site.page(r).map(|p| (*r, p.front.title.as_str())))
        .take(LIST_LIMIT)
        .collect();
    let (mut content, text) = entries_list(site, &links, &title, &entries);
    if nav.full_menu(lang).len() > MENU_LIMIT && pages.len() > LIST_LIMIT {
        let more = site.locales.require(lang, "menu", None)?.text;
        let to = listing_path(&route.path);
        let url = super::links::relative(&route.path, &to, &links.root);
        content.push_str(&format!("<p><a href=\"{url}\">{}…</a></p>", escape(&more)));
    }
    finish(site, theme, nav, &links, &title, (content, text), &entries)
}
