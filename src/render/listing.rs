//! Listing pages: a list too long to show whole (a language's menu, a section with hundreds of
//! pages) is shown a hundred entries at a time on pages of its own, so that no page's weight
//! grows with the number of pages beside it.

use super::links::{LinkContext, relative};
use super::navigation::{LIST_LIMIT, Navigation, home_urls, menu};
use super::page::{MenuItem, PageContext, PageView};
use super::text::display_date;
use super::theme::Theme;
use super::{LinkStyle, MENU_PLACEHOLDER};
use crate::diagnostics::Result;
use crate::html::{encode_query, escape};
use crate::site::{Route, Site};

/// One listing page: where it goes, its HTML (menu included) and its text version.
pub struct Listing {
    pub path: String,
    pub html: String,
    pub text: String,
    /// The language of the text's words (its title's), when they are borrowed from another.
    pub title_lang: Option<String>,
}

/// Every listing page of the site.
pub fn render_listings(site: &Site, theme: &Theme) -> Result<Vec<Listing>> {
    let nav = Navigation::new(site);
    let mut pages = Vec::new();
    for (start, entries) in nav.long_lists(site) {
        let count = entries.len().div_ceil(LIST_LIMIT);
        for (n, chunk) in entries.chunks(LIST_LIMIT).enumerate() {
            let at = |k: usize| match k {
                1 => start.clone(),
                k => format!("{start}{k}/"),
            };
            let route = Route {
                id: at(n + 1),
                lang: start.split('/').next().unwrap_or_default().to_string(),
                content_lang: start.split('/').next().unwrap_or_default().to_string(),
                path: at(n + 1),
            };
            let pager = (
                n + 1,
                count,
                (n > 0).then(|| at(n)),
                (n + 1 < count).then(|| at(n + 2)),
            );
            pages.push(listing(site, theme, &nav, &route, chunk, pager)?);
        }
    }
    Ok(pages)
}

/// Page number, page count, and the addresses of the pages before and after.
type Pager = (usize, usize, Option<String>, Option<String>);

fn listing(
    site: &Site,
    theme: &Theme,
    nav: &Navigation,
    route: &Route,
    entries: &[(&Route, &str)],
    (n, count, before, after): Pager,
) -> Result<Listing> {
    let links = LinkContext::new(site, route, &route.path, LinkStyle::Web);
    let name = site.locales.require(&route.lang, "menu", None)?.text;
    let title = format!("{name} ({n}/{count})");
    let (mut content, text) = entries_list(site, &links, &title, entries);
    content.push_str("<p>");
    for (arrow, to) in [("←", before), ("→", after)] {
        if let Some(to) = to {
            let url = relative(&route.path, &to, &links.root);
            content.push_str(&format!("<a href=\"{url}\">{arrow}</a> "));
        }
    }
    content.push_str(&format!("{n}/{count}</p>"));
    finish(site, theme, nav, &links, &title, (content, text), entries)
}

/// A listing's entries as links, and as lines of its text version under its title.
pub(super) fn entries_list(
    site: &Site,
    links: &LinkContext,
    title: &str,
    entries: &[(&Route, &str)],
) -> (String, String) {
    let mut content = String::from("<ul>");
    let mut text = format!("{title}\n\n");
    for &(r, entry) in entries {
        let url = links.href(r, None);
        content.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            escape(&url),
            escape(entry)
        ));
        text.push_str(&format!("- {entry}: {}{}\n", site.config.base_url, r.path));
    }
    content.push_str("</ul>");
    (content, text)
}

/// A listing page made whole, dated by the newest of its entries.
pub(super) fn finish(
    site: &Site,
    theme: &Theme,
    nav: &Navigation,
    links: &LinkContext,
    title: &str,
    (content, text): (String, String),
    entries: &[(&Route, &str)],
) -> Result<Listing> {
    let route = links.route;
    let newest = entries
        .iter()
        .filter_map(|(r, _)| site.page(r))
        .map(|p| p.front.updated)
        .max();
    let view = view(site, route, title, content, newest)?;
    let languages = super::page::languages(site, links);
    let html = render(site, theme, nav, links, (view, languages))?;
    Ok(Listing {
        path: route.path.clone(),
        html,
        text,
        title_lang: None,
    })
}

pub(super) fn view<'a>(
    site: &'a Site,
    route: &'a Route,
    title: &'a str,
    content: String,
    updated: Option<crate::content::Date>,
) -> Result<PageView<'a>> {
    let config = &site.config;
    let language = config.language(&route.lang);
    let url = format!("{}{}", config.base_url, route.path);
    let share = format!("{title}: {url}");
    let updated = updated.unwrap_or_else(crate::content::Date::today);
    Ok(PageView {
        id: &route.id,
        anchor: String::new(),
        title,
        heading: title,
        description: "",
        content,
        lang: &route.lang,
        dir: language.map_or("ltr", |l| l.dir.as_str()),
        lang_name: language.map_or(&route.lang, |l| &l.name),
        is_fallback: false,
        needs_native_review: false,
        needs_legal_review: false,
        is_stale: false,
        partly: None,
        title_lang: None,
        updated: updated.iso(),
        updated_display: display_date(&site.locales, &route.lang, updated)?,
        sources: None,
        sources_lang: None,
        review_by: None,
        canonical: url.clone(),
        share_whatsapp: format!("whatsapp://send?text={}", encode_query(&share)),
        share_sms: format!("sms:?body={}", encode_query(&share)),
        url,
        headings: Vec::new(),
        is_home: false,
        sensitive: config.safety.quick_exit_everywhere,
        recording: None,
    })
}

/// The same page in every language (`es/listen/` → `en/listen/`), for the language row of pages
/// that are not a page of the content (listening, directory); a language where `exists` says
/// there is no such page is linked to its home, so that every language is a tap away.
pub(super) fn languages_at<'s>(
    site: &'s Site,
    links: &LinkContext,
    exists: impl Fn(&str) -> bool,
) -> Vec<super::page::LanguageLink<'s>> {
    let route = links.route;
    let rest = route.path.split_once('/').map_or("", |(_, rest)| rest);
    site.config
        .languages
        .iter()
        .map(|l| {
            let path = match exists(&l.code) {
                true => format!("{}/{rest}", l.code),
                false => format!("{}/", l.code),
            };
            let url = match links.style {
                LinkStyle::Files if l.code != route.lang => {
                    format!("{}{path}", site.config.base_url)
                }
                _ => relative(&route.path, &path, &links.root),
            };
            super::page::LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url,
                current: l.code == route.lang,
            }
        })
        .collect()
}

pub(super) fn render(
    site: &Site,
    theme: &Theme,
    nav: &Navigation,
    links: &LinkContext,
    (page, languages): (PageView, Vec<super::page::LanguageLink>),
) -> Result<String> {
    let route = links.route;
    let (menu_value, menu_html) = menu(site, theme, nav, links, route)?;
    let (home_url, all_languages_url) = home_urls(site, links);
    let config = &site.config;
    let context = PageContext {
        lang: &route.lang,
        dir: page.dir,
        root: links.root.clone(),
        base_url: &config.base_url,
        css: &theme.css,
        page,
        languages,
        // A home senda makes has every language's home as its alternates.
        alternates: match route.id.as_str() {
            "index" => super::page::alternates(site, route),
            _ => Vec::new(),
        },
        children: Vec::<MenuItem>::new(),
        home_url,
        all_languages_url,
        text_url: "text.html",
        listen_url: None,
        directory_link: None,
        downloads: Vec::new(),
        print_note: None,
        live_reload: theme.live_reload,
        quick_exit_url: &config.safety.quick_exit_url,
    };
    let mut context = super::theme::context(&context)?;
    context.insert_value("menu", menu_value);
    context.insert("is_home", &(route.id == "index"));
    if menu_html.is_some() {
        context.insert("menu_html", MENU_PLACEHOLDER);
    }
    let html = theme.render("page.html", &context)?;
    Ok(match menu_html {
        Some(menu) => html.replacen(MENU_PLACEHOLDER, &menu, 1),
        None => html,
    })
}
