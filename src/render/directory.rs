//! Each language's service directory: a page for every place (`es/directory/mx/chiapas/`),
//! its services grouped by what they offer, then those of the places around it; and an index of
//! the places (`es/directory/`). Every service links its numbers (`tel:`, `sms:`, WhatsApp), its
//! place on a map (`geo:`) and its vCard, and says when it was verified.

use std::collections::BTreeMap;

use super::LinkStyle;
use super::links::{LinkContext, anchor};
use super::listing::{Listing, render, view};
use super::navigation::Navigation;
use super::page::PageView;
use super::text::contact_text;
use super::theme::Theme;
use crate::diagnostics::Result;
use crate::directory::{PAGES, Service, vocab};
use crate::html::escape;
use crate::markdown::{Contact, contact};
use crate::site::{Route, Site};

/// Where a language's directory page for `place` is (`es/directory/mx/chiapas/`); its index
/// when `place` is empty.
pub fn directory_path(lang: &str, place: &str) -> String {
    match place {
        "" => format!("{lang}/{PAGES}/"),
        place => format!("{lang}/{PAGES}/{place}/"),
    }
}

/// Where the printable list of `place` on a paper (`a4`, `letter`) is, beside its page.
pub fn print_path(lang: &str, place: &str, paper: &str) -> String {
    format!("{}list-{paper}.pdf", directory_path(lang, place))
}

/// A place as readers of `lang` name it, from the city out: `Tapachula, Chiapas, México`.
pub fn place_name(site: &Site, lang: &str, place: &str) -> String {
    let mut names: Vec<String> = crate::directory::ancestors(place)
        .iter()
        .map(|p| site.word(lang, &vocab::place_message(p)))
        .collect();
    names.reverse();
    names.join(", ")
}

/// The same name as HTML, each part marked with its language when it is borrowed.
fn place_name_html(site: &Site, lang: &str, place: &str) -> String {
    let mut names: Vec<String> = crate::directory::ancestors(place)
        .iter()
        .map(|p| site.word_html(lang, &vocab::place_message(p)))
        .collect();
    names.reverse();
    names.join(", ")
}

/// A directory page's route: its id is the same in every language (`directory/mx`), so that the
/// offline file can link to it.
fn route(lang: &str, place: &str) -> Route {
    let path = directory_path(lang, place);
    Route {
        id: format!("{PAGES}/{place}").trim_end_matches('/').to_string(),
        lang: lang.to_string(),
        content_lang: lang.to_string(),
        path,
    }
}

/// Every directory page of every language, with links of `style` (the web, or the zip).
pub fn render_directory(site: &Site, theme: &Theme, style: LinkStyle) -> Result<Vec<Listing>> {
    if site.directory.is_empty() {
        return Ok(Vec::new());
    }
    let nav = Navigation::new(site);
    let mut pages = Vec::new();
    for language in &site.config.languages {
        let lang = &language.code;
        let places = std::iter::once(String::new()).chain(site.directory.places());
        for place in places {
            let route = route(lang, &place);
            let links = LinkContext::new(site, &route, &route.path, style);
            let (title, content, text) = page_content(site, &links, &place);
            let view = view(site, &route, &title, content, newest(site, &place))?;
            let html = render(site, theme, &nav, &links, view)?;
            pages.push(Listing {
                path: route.path.clone(),
                html,
                text,
            });
        }
    }
    Ok(pages)
}

/// The directory pages of `lang` as sections of its offline file.
pub(super) fn offline_views<'a>(
    site: &'a Site,
    routes: &'a [Route],
    titles: &'a [String],
) -> Result<Vec<PageView<'a>>> {
    let mut views = Vec::new();
    for (route, title) in routes.iter().zip(titles) {
        let place = route
            .id
            .strip_prefix(PAGES)
            .unwrap_or_default()
            .trim_start_matches('/');
        let links = LinkContext::new(site, route, &route.path, LinkStyle::SingleFile);
        let (_, content, _) = page_content(site, &links, place);
        let mut view = view(site, route, title, content, newest(site, place))?;
        view.anchor = anchor(&route.id);
        views.push(view);
    }
    Ok(views)
}

/// The routes and titles of `lang`'s directory pages, for its offline file.
pub(super) fn offline_routes(site: &Site, lang: &str) -> (Vec<Route>, Vec<String>) {
    if site.directory.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let places: Vec<String> = std::iter::once(String::new())
        .chain(site.directory.places())
        .collect();
    let titles = places.iter().map(|p| title(site, lang, p)).collect();
    (places.iter().map(|p| route(lang, p)).collect(), titles)
}

/// "Who can help" or "Who can help: Tapachula, Chiapas, México".
fn title(site: &Site, lang: &str, place: &str) -> String {
    let name = site.word(lang, "directory");
    match place {
        "" => name,
        place => format!("{name}: {}", place_name(site, lang, place)),
    }
}

/// When the newest fact on a place's directory page (its index when `place` is empty) was
/// verified: the page's date.
pub fn newest(site: &Site, place: &str) -> Option<crate::content::Date> {
    if place.is_empty() {
        return site
            .directory
            .services
            .values()
            .map(|s| s.verified_on)
            .max();
    }
    let (here, around) = site.directory.serving(place, &[]);
    here.iter().chain(&around).map(|s| s.verified_on).max()
}

/// A page's title, HTML and text version.
fn page_content(site: &Site, links: &LinkContext, place: &str) -> (String, String, String) {
    let lang = &links.route.lang;
    let title = title(site, lang, place);
    let intro = site.word(lang, "directory-intro");
    let mut html = format!("<p>{}</p>", escape(&intro));
    let mut text = format!("{title}\n\n{intro}\n");
    if place.is_empty() {
        index(site, links, &mut html, &mut text);
    } else {
        services(site, links, place, &mut html, &mut text);
    }
    text.push_str(&format!("\n{}{}\n", site.config.base_url, links.route.path));
    (title, html, text)
}

/// The index: every country, and under it each of its places, with how many services each has.
fn index(site: &Site, links: &LinkContext, html: &mut String, text: &mut String) {
    let lang = &links.route.lang;
    let mut by_country: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for place in site.directory.places() {
        let country = place.split('/').next().unwrap_or_default().to_string();
        by_country.entry(country).or_default().push(place);
    }
    for places in by_country.into_values() {
        html.push_str("<ul>");
        for place in places {
            let (here, around) = site.directory.serving(&place, &[]);
            let name = place_name(site, lang, &place);
            let count = here.len() + around.len();
            let href = links.href(&route(lang, &place), None);
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a> ({count})</li>",
                escape(&href),
                place_name_html(site, lang, &place)
            ));
            text.push_str(&format!(
                "- {name} ({count}): {}{}\n",
                site.config.base_url,
                directory_path(lang, &place)
            ));
        }
        html.push_str("</ul>");
    }
}

/// A place's services grouped by what they offer, then those of the places around it.
fn services(site: &Site, links: &LinkContext, place: &str, html: &mut String, text: &mut String) {
    let lang = &links.route.lang;
    let labels = site.labels(lang);
    let named = site.directory.services.values().any(|s| s.place == place);
    if site.config.outputs.leaflets && named && printable(site, place) {
        html.push_str(&format!(
            "<p>{}:",
            escape(&site.word(lang, "service-print"))
        ));
        for paper in ["a4", "letter"] {
            let path = print_path(lang, place, paper);
            // The zip and the offline file do not carry the PDFs: they link to the web.
            let href = match links.style {
                LinkStyle::Web => format!("{}{path}", links.root),
                _ => format!("{}{path}", site.config.base_url),
            };
            let label = site.word(lang, &format!("paper-{paper}"));
            html.push_str(&format!(
                " <a href=\"{}\" type=\"application/pdf\">PDF {}</a>",
                escape(&href),
                escape(&label)
            ));
        }
        html.push_str("</p>");
    }
    let (here, around) = site.directory.serving(place, &[]);
    for (category, group) in by_category(&here) {
        let heading = site.word(lang, &vocab::category_message(category));
        let words = site.word_html(lang, &vocab::category_message(category));
        html.push_str(&format!("<h2 id=\"{category}\">{words}</h2>"));
        text.push_str(&format!("\n== {heading} ==\n"));
        for service in group {
            let c: Contact = site.service_contact(service, lang);
            html.push_str(&contact(&c, labels, links));
            text.push_str(&contact_text(&c, labels));
        }
    }
    if !around.is_empty() {
        let wider = around
            .iter()
            .map(|s| s.place.as_str())
            .min_by_key(|p| p.len())
            .unwrap_or_default();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("place", place_name(site, lang, wider));
        let heading = site
            .locales
            .plain(lang, "directory-also", Some(&args))
            .unwrap_or_default();
        html.push_str(&format!("<h2>{}</h2>", escape(&heading)));
        text.push_str(&format!("\n== {heading} ==\n"));
        for service in around {
            let c = site.service_contact(service, lang);
            html.push_str(&contact(&c, labels, links));
            text.push_str(&contact_text(&c, labels));
        }
    }
}

/// Services by their first category, in the order of [`vocab::CATEGORIES`].
pub fn by_category<'s>(services: &[&'s Service]) -> Vec<(&'static str, Vec<&'s Service>)> {
    vocab::CATEGORIES
        .iter()
        .map(|c| {
            let group: Vec<&Service> = services
                .iter()
                .filter(|s| s.categories.first().is_some_and(|f| f == c))
                .copied()
                .collect();
            (*c, group)
        })
        .filter(|(_, g)| !g.is_empty())
        .collect()
}

/// Whether a place's printable list has anything to print: a service verified in time.
pub fn printable(site: &Site, place: &str) -> bool {
    let (here, around) = site.directory.serving(place, &[]);
    here.iter().chain(&around).any(|s| !site.is_overdue(s))
}
