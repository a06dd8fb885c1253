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
use crate::directory::{PAGES, Section, Service, vocab};
use crate::html::escape;
use crate::markdown::{Contact, contact};
use crate::site::paths::{directory_path, print_path};
use crate::site::{Route, Site};

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
    page_route(lang, place, 1)
}

/// The route of page `n` of a place's services: the first at the place's address, the others
/// after it (`es/directory/mx/2/`), as the listing pages are.
fn page_route(lang: &str, place: &str, n: usize) -> Route {
    let (id, path) = match n {
        1 => (format!("{PAGES}/{place}"), directory_path(lang, place)),
        n => (
            format!("{PAGES}/{place}/{n}"),
            format!("{}{n}/", directory_path(lang, place)),
        ),
    };
    Route {
        id: id.trim_end_matches('/').to_string(),
        lang: lang.to_string(),
        content_lang: lang.to_string(),
        path,
    }
}

/// Which of a place's services one page shows, and where the others are: page `n` of `count`.
struct Part<'a> {
    listed: &'a [(Section, &'a Service)],
    n: usize,
    count: usize,
}

/// Every directory page of every language, with links of `style` (the web, or the zip): the
/// index, and each place's services, [`crate::limits::Limits::services_per_page`] to a page.
pub fn render_directory(site: &Site, theme: &Theme, style: LinkStyle) -> Result<Vec<Listing>> {
    if site.directory.is_empty() {
        return Ok(Vec::new());
    }
    let nav = Navigation::new(site);
    let per_page = site.config.limits.services_per_page;
    let mut pages = Vec::new();
    for place in std::iter::once(String::new()).chain(site.directory.places()) {
        let listed = match place.as_str() {
            "" => Vec::new(),
            place => site.directory.listed(place, |_| true),
        };
        let parts = crate::directory::pages(&listed, per_page);
        for language in &site.config.languages {
            for (i, shown) in parts.iter().enumerate() {
                let part = Part {
                    listed: shown,
                    n: i + 1,
                    count: parts.len(),
                };
                let route = page_route(&language.code, &place, part.n);
                let links = LinkContext::new(site, &route, &route.path, style);
                let (title, content, text) = page_content(site, &links, &place, &part);
                let mut view = view(site, &route, &title, content, newest(site, &place))?;
                let title_lang = site
                    .locales
                    .message(&language.code, "directory", None)
                    .and_then(|m| m.ok())
                    .map_or_else(|| language.code.clone(), |m| m.lang);
                view.lang = &title_lang;
                let languages = super::listing::languages_at(site, &links, |_| true);
                let html = render(site, theme, &nav, &links, (view, languages))?;
                pages.push(Listing {
                    path: route.path.clone(),
                    html,
                    text,
                    title_lang: Some(title_lang.clone()).filter(|l| *l != language.code),
                });
            }
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
        // One file holds everything: each place's services on one section.
        let listed = match place {
            "" => Vec::new(),
            place => site.directory.listed(place, |_| true),
        };
        let part = Part {
            listed: &listed,
            n: 1,
            count: 1,
        };
        let (_, content, _) = page_content(site, &links, place, &part);
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
fn page_content(
    site: &Site,
    links: &LinkContext,
    place: &str,
    part: &Part,
) -> (String, String, String) {
    let lang = &links.route.lang;
    let title = match part.count {
        1 => title(site, lang, place),
        count => format!("{} ({}/{count})", title(site, lang, place), part.n),
    };
    let intro = site.word(lang, "directory-intro");
    let mut html = format!("<p>{}</p>", escape(&intro));
    let mut text = format!("{title}\n\n{intro}\n");
    if place.is_empty() {
        index(site, links, &mut html, &mut text);
    } else {
        print_links(site, links, place, &mut html);
        services(site, links, place, part.listed, (&mut html, &mut text));
        pager(site, links, place, part, (&mut html, &mut text));
    }
    text.push_str(&format!("\n{}{}\n", site.config.base_url, links.route.path));
    (title, html, text)
}

/// Links to the pages before and after this one, when a place's services take several.
fn pager(
    site: &Site,
    links: &LinkContext,
    place: &str,
    part: &Part,
    (html, text): (&mut String, &mut String),
) {
    if part.count < 2 {
        return;
    }
    let lang = &links.route.lang;
    let (n, count) = (part.n, part.count);
    html.push_str("<p>");
    text.push('\n');
    let near = [("←", "prev", n - 1), ("→", "next", n + 1)];
    for (arrow, rel, to) in near
        .into_iter()
        .filter(|(_, _, to)| (1..=count).contains(to))
    {
        let target = page_route(lang, place, to);
        html.push_str(&format!(
            "<a href=\"{}\" rel=\"{rel}\">{arrow} {to}/{count}</a> ",
            escape(&links.href(&target, None))
        ));
        text.push_str(&format!(
            "{arrow} {to}/{count}: {}{}\n",
            site.config.base_url, target.path
        ));
    }
    html.push_str(&format!("{n}/{count}</p>"));
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

/// Links to the place's printable lists, for a place a service names and that has a service
/// verified in time to print.
fn print_links(site: &Site, links: &LinkContext, place: &str, html: &mut String) {
    let lang = &links.route.lang;
    let named = site.directory.services.values().any(|s| s.place == place);
    if !(site.config.outputs.leaflets && named && printable(site, place)) {
        return;
    }
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

/// Some of a place's services, each under the heading of its section: what it offers, or the
/// places around (a section that goes on from the page before is headed again).
fn services(
    site: &Site,
    links: &LinkContext,
    place: &str,
    listed: &[(Section, &Service)],
    (html, text): (&mut String, &mut String),
) {
    let lang = &links.route.lang;
    let labels = site.labels(lang);
    let mut current = None;
    for &(section, service) in listed {
        if current != Some(section) {
            current = Some(section);
            let (heading_html, heading) = heading(site, lang, place, section);
            html.push_str(&heading_html);
            text.push_str(&format!("\n== {heading} ==\n"));
        }
        let c: Contact = site.service_contact(service, lang);
        html.push_str(&contact(&c, labels, links));
        text.push_str(&contact_text(&c, labels));
    }
}

/// A section's heading as HTML and as text: a category's name, or "Also in Chiapas".
fn heading(site: &Site, lang: &str, place: &str, section: Section) -> (String, String) {
    match section {
        Section::Category(category) => {
            let message = vocab::category_message(category);
            let words = site.word_html(lang, &message);
            (
                format!("<h2 id=\"{category}\">{words}</h2>"),
                site.word(lang, &message),
            )
        }
        Section::Around => {
            let wider = site.directory.around_name(place).unwrap_or_default();
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("place", place_name(site, lang, &wider));
            let heading = site
                .locales
                .plain(lang, "directory-also", Some(&args))
                .unwrap_or_default();
            (format!("<h2>{}</h2>", escape(&heading)), heading)
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
