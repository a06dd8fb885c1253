//! One route as `page.html` shows it: the document's HTML and everything around it (languages,
//! alternates, menu, downloads, notices).

use serde::Serialize;

use super::links::{LinkContext, anchor};
use super::navigation::{Menu, Navigation, home_urls, menu, menu_items, more_item};
use super::text::display_date;
use super::theme::Theme;
use super::{Downloads, LinkStyle, MENU_PLACEHOLDER, RenderedPage};
use crate::content::{Date, Review};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::html;
use crate::markdown::{self, Heading};
use crate::site::paths::{directory_path, listen_path, recording_path};
use crate::site::{Route, Site};

#[derive(Serialize)]
pub(super) struct DownloadLink<'a> {
    pub(super) url: String,
    pub(super) label: &'a str,
    pub(super) lang: Option<&'a str>,
    pub(super) size: String,
}

#[derive(Serialize)]
pub(super) struct PageView<'a> {
    pub(super) id: &'a str,
    /// Where the page starts in a document of several pages (`offline.html`).
    pub(super) anchor: String,
    pub(super) title: &'a str,
    /// The main heading shown on the page: its own `# Heading`, else its title.
    pub(super) heading: &'a str,
    pub(super) description: &'a str,
    pub(super) content: String,
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    /// The endonym of the content's language, for the "not translated yet" notice.
    pub(super) lang_name: &'a str,
    pub(super) is_fallback: bool,
    pub(super) needs_native_review: bool,
    pub(super) needs_legal_review: bool,
    /// The source changed after this translation was made.
    pub(super) is_stale: bool,
    /// Made from a catalogue that translates only some of it: the notice that says how much, as
    /// HTML.
    pub(super) partly: Option<String>,
    /// The language of the title, when it is not the page's (not translated yet).
    pub(super) title_lang: Option<&'a str>,
    pub(super) updated: String,
    pub(super) updated_display: String,
    /// "Based on: KIND, March 2021": when the page's facts are from.
    pub(super) sources: Option<String>,
    /// The language of those words, when they are borrowed (Spanish on a K'iche' page).
    pub(super) sources_lang: Option<String>,
    pub(super) review_by: Option<String>,
    pub(super) canonical: String,
    /// This page's own public address, in the reader's language.
    pub(super) url: String,
    pub(super) share_whatsapp: String,
    pub(super) share_sms: String,
    pub(super) headings: Vec<Heading>,
    pub(super) is_home: bool,
    /// Show the quick-exit link.
    pub(super) sensitive: bool,
    /// The page's recording, when it has one: where it is, how long, how big.
    pub(super) recording: Option<Listen>,
}

/// A link and the words it shows.
#[derive(Serialize)]
pub(super) struct NamedLink {
    pub(super) url: String,
    pub(super) label: String,
    /// The label's language, when it is borrowed.
    pub(super) lang: Option<String>,
}

/// A recording as the page offers it.
#[derive(Serialize)]
pub(super) struct Listen {
    pub(super) url: String,
    pub(super) duration: String,
    pub(super) size: String,
    /// The page's text changed after the recording was checked against it.
    pub(super) stale: bool,
    /// A synthetic voice kept as a sample: said to every listener.
    pub(super) synthetic: bool,
}

#[derive(Serialize)]
pub(super) struct LanguageLink<'a> {
    pub(super) code: &'a str,
    pub(super) name: &'a str,
    pub(super) dir: &'a str,
    pub(super) url: String,
    pub(super) current: bool,
}

#[derive(Serialize)]
pub(super) struct Alternate {
    pub(super) hreflang: String,
    pub(super) href: String,
}

#[derive(Serialize)]
pub(super) struct MenuItem<'a> {
    pub(super) title: &'a str,
    pub(super) url: String,
    pub(super) current: bool,
    /// The language of the title when it is not the reader's (a page not translated yet), and
    /// its direction: `lang="es" dir="ltr"` on the link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) lang: Option<(&'a str, &'a str)>,
}

/// What `page.html` is given.
#[derive(Serialize)]
pub(super) struct PageContext<'a> {
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) root: String,
    pub(super) base_url: &'a str,
    pub(super) css: &'a str,
    pub(super) page: PageView<'a>,
    pub(super) languages: Vec<LanguageLink<'a>>,
    pub(super) alternates: Vec<Alternate>,
    /// On a section's index page: the pages of the section.
    pub(super) children: Vec<MenuItem<'a>>,
    pub(super) home_url: String,
    pub(super) all_languages_url: String,
    pub(super) text_url: &'a str,
    /// On a language's home page: its listening page, when it has recordings.
    pub(super) listen_url: Option<String>,
    /// On a language's home page: where its service directory is, and what it is called.
    pub(super) directory_link: Option<NamedLink>,
    pub(super) downloads: Vec<DownloadLink<'a>>,
    /// Beside the leaflets: how to print them so that they fold right, where the strings say it,
    /// and its language when it is borrowed from another.
    pub(super) print_note: Option<(String, Option<String>)>,
    pub(super) live_reload: bool,
    pub(super) quick_exit_url: &'a str,
}

/// The Markdown body of a route and everything `page.html` and `offline.html` show about it.
pub(super) fn page_view<'s>(
    site: &'s Site,
    route: &Route,
    (style, print): (LinkStyle, bool),
    from: &str,
) -> Result<PageView<'s>> {
    let page = site.page(route).ok_or_else(|| {
        Error::one(Diagnostic::general(crate::said!(
            "render-no-page-for-route",
            path = &route.path
        )))
    })?;
    let config = &site.config;
    let content_language = config.language(&route.content_lang);
    let anchor = anchor(&page.id);
    let prefix = if style == LinkStyle::SingleFile {
        format!("{anchor}-")
    } else {
        String::new()
    };
    let mut links = LinkContext::new(site, route, from, style);
    links.print = print;
    let style = markdown::Style {
        id_prefix: &prefix,
        allow_raw_html: config.raw_html_allowed,
    };
    let content = markdown::to_html(
        &page.document,
        (&page.shown, &page.source),
        &links,
        site.labels(&page.lang),
        style,
    )?;
    let canonical_route = site.route(&route.id, &route.content_lang).unwrap_or(route);
    let url = format!("{}{}", config.base_url, route.path);
    let share = format!("{}: {url}", page.front.title);
    let sources = super::text::sources_said(site, route, page)?;
    let view = PageView {
        id: &page.id,
        anchor,
        title: &page.front.title,
        heading: page.heading(),
        description: &page.front.description,
        content,
        lang: &page.lang,
        dir: content_language.map_or("ltr", |l| l.dir.as_str()),
        lang_name: content_language.map_or(&page.lang, |l| &l.name),
        is_fallback: route.is_fallback(),
        needs_native_review: page.front.review == Some(Review::NativeSpeaker),
        needs_legal_review: page.front.review == Some(Review::Legal),
        is_stale: site.is_stale(page),
        partly: super::text::partly_notice(site, route, page)?.map(|(lang, words)| {
            let words = crate::html::escape(&words);
            match lang == route.lang {
                true => words,
                false => format!(
                    "<span lang=\"{lang}\" dir=\"{}\">{words}</span>",
                    dir_of(site, &lang)
                ),
            }
        }),
        title_lang: page.catalogue.as_ref().and_then(|p| p.title_lang()),
        updated: page.front.updated.iso(),
        updated_display: display_date(&site.locales, &route.lang, page.front.updated)?,
        sources: sources.as_ref().map(|(_, line)| line.clone()),
        sources_lang: sources
            .map(|(lang, _)| lang)
            .filter(|lang| *lang != route.lang),
        review_by: page.front.review_by.map(Date::iso),
        canonical: format!("{}{}", config.base_url, canonical_route.path),
        share_whatsapp: format!("whatsapp://send?text={}", html::encode_query(&share)),
        share_sms: format!("sms:?body={}", html::encode_query(&share)),
        url,
        headings: page.document.headings.clone(),
        is_home: route.id == "index",
        sensitive: page.front.sensitive || config.safety.quick_exit_everywhere,
        recording: listen(site, canonical_route, &links),
    };
    Ok(view)
}

/// The recording of the page `route` shows, as its links reach it; none in the single offline
/// file, which stays small.
fn listen(site: &Site, route: &Route, links: &LinkContext) -> Option<Listen> {
    if links.style == LinkStyle::SingleFile {
        return None;
    }
    let path = recording_path(site, route)?;
    let page = site.page(route)?;
    let recording = site
        .content
        .recordings
        .get(&(route.content_lang.clone(), page.id.clone()))?;
    let url = match links.style {
        LinkStyle::Files | LinkStyle::Web => super::links::relative(links.from, &path, &links.root)
            .trim_end_matches('/')
            .to_string(),
        LinkStyle::Absolute => format!("{}{path}", site.config.base_url),
        LinkStyle::SingleFile => return None,
    };
    Some(Listen {
        url,
        duration: crate::audio::duration_label(recording.seconds),
        size: format!("{} KB", recording.bytes.len().div_ceil(1024)),
        stale: site.recording_is_stale(page),
        synthetic: page.front.recording_synthetic,
    })
}

pub(super) fn render_page<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    route: &'s Route,
    style: LinkStyle,
    downloads: &'s Downloads,
    shared_menu: Option<&Menu>,
) -> Result<RenderedPage> {
    let view = page_view(site, route, (style, false), &route.path)?;
    let config = &site.config;
    let links = LinkContext::new(site, route, &route.path, style);
    let (menu, menu_html) = match shared_menu {
        Some(menu) => menu.clone(),
        None => menu(site, theme, nav, &links, route)?,
    };
    let long = nav.full_children(route).len() > nav.children(route).len();
    let more = more_item(site, &links, long, &route.path)?;
    let children = menu_items(nav.children(route), &links, route, &more);
    let (home_url, all_languages_url) = home_urls(site, &links);
    let context = PageContext {
        lang: &route.lang,
        dir: config
            .language(&route.lang)
            .map_or("ltr", |l| l.dir.as_str()),
        root: links.root.clone(),
        base_url: &config.base_url,
        css: &theme.css,
        page: view,
        languages: languages(site, &links),
        alternates: alternates(site, route),
        children,
        home_url,
        all_languages_url,
        text_url: "text.html",
        // The listening page is on the web only: the zip's pages carry their recordings.
        listen_url: (links.style == LinkStyle::Web
            && route.id == "index"
            && !super::listen::recorded(site, &route.lang).is_empty())
        .then(|| super::links::relative(&route.path, &listen_path(&route.lang), &links.root)),
        directory_link: directory_link(site, &links),
        downloads: download_links(site, &links, downloads),
        print_note: (site.locales.message(&route.lang, "print-note", None))
            .and_then(Result::ok)
            .map(|m| (m.text, (m.lang != route.lang).then_some(m.lang))),
        live_reload: theme.live_reload,
        quick_exit_url: &config.safety.quick_exit_url,
    };
    let mut context = super::theme::context(&context)?;
    context.insert_value("menu", menu);
    context.insert("is_home", &(route.id == "index"));
    if menu_html.is_some() {
        context.insert("menu_html", MENU_PLACEHOLDER);
    }
    let html = theme.render("page.html", &context)?;
    Ok(RenderedPage {
        route: route.clone(),
        html,
        menu: menu_html,
    })
}

/// The page in every language that has it, for the language switcher.
pub(super) fn languages<'s>(site: &'s Site, links: &LinkContext) -> Vec<LanguageLink<'s>> {
    let (config, route) = (&site.config, links.route);
    // In the zip only this language's pages are there: other languages link to the web.
    let url = |r: &Route| match links.style {
        LinkStyle::Files if r.lang != route.lang => format!("{}{}", config.base_url, r.path),
        _ => links.href(r, None),
    };
    config
        .languages
        .iter()
        .filter_map(|l| {
            let url = match site.route(&route.id, &l.code) {
                Some(r) => url(r),
                // Every home leads to every other, made ones included.
                None if route.id == "index" && site.made_home(&l.code) => {
                    super::navigation::made_home_url(site, links, &l.code)
                }
                None => return None,
            };
            Some(LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url,
                current: l.code == route.lang,
            })
        })
        .collect()
}

/// `hreflang` alternates: every language the page is written in, and the default as `x-default`.
/// A home's alternates are every language's home, the ones senda makes included.
pub(super) fn alternates(site: &Site, route: &Route) -> Vec<Alternate> {
    let config = &site.config;
    let path = |lang: &str| match site.route(&route.id, lang) {
        Some(r) => (!r.is_fallback()).then(|| r.path.clone()),
        None => (route.id == "index" && site.made_home(lang)).then(|| format!("{lang}/")),
    };
    let mut alternates: Vec<Alternate> = config
        .languages
        .iter()
        .filter_map(|l| {
            path(&l.code).map(|p| Alternate {
                hreflang: l.code.clone(),
                href: format!("{}{p}", config.base_url),
            })
        })
        .collect();
    let default = &config.default_language;
    let default_path = match site.route(&route.id, default) {
        Some(r) => Some(r.path.clone()),
        None => path(default),
    };
    if let Some(p) = default_path {
        alternates.push(Alternate {
            hreflang: "x-default".into(),
            href: format!("{}{p}", config.base_url),
        });
    }
    alternates
}

/// The page's leaflets, linked from where the page is read.
fn download_links<'d>(
    site: &Site,
    links: &LinkContext,
    downloads: &'d Downloads,
) -> Vec<DownloadLink<'d>> {
    let route = links.route;
    let list = downloads.get(&(route.lang.clone(), route.id.clone()));
    list.into_iter()
        .flatten()
        .map(|d| DownloadLink {
            url: match links.style {
                LinkStyle::Web => format!("{}{}", links.root, d.path),
                _ => format!("{}{}", site.config.base_url, d.path),
            },
            label: &d.label,
            lang: d.lang.as_deref(),
            size: d.size.clone(),
        })
        .collect()
}

/// On a language's home page, on the web and in the zip: a link to the service directory, when
/// the site has one.
fn directory_link(site: &Site, links: &LinkContext) -> Option<NamedLink> {
    let route = links.route;
    if site.directory.is_empty() || route.id != "index" || links.style == LinkStyle::SingleFile {
        return None;
    }
    let target = directory_path(&route.lang, "");
    let mut url = super::links::relative(&route.path, &target, &links.root);
    if links.style == LinkStyle::Files {
        url.push_str("index.html");
    }
    let lang = site
        .locales
        .message(&route.lang, "directory", None)
        .and_then(|m| m.ok())
        .map(|m| m.lang)
        .filter(|lang| *lang != route.lang);
    Some(NamedLink {
        url,
        label: site.word(&route.lang, "directory"),
        lang,
    })
}

/// `rtl` or `ltr`: how a language is written.
fn dir_of(site: &Site, lang: &str) -> &'static str {
    if site.locales.is_rtl(lang) {
        "rtl"
    } else {
        "ltr"
    }
}
