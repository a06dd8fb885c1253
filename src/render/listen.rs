//! Each language's listening page (`<lang>/listen/`): every recording its readers can hear,
//! numbered and large, for people who find their way by ear rather than by reading.

use super::LinkStyle;
use super::links::{LinkContext, relative};
use super::listing::{Listing, render, view};
use super::navigation::Navigation;
use super::page::recording_path;
use super::theme::Theme;
use crate::diagnostics::Result;
use crate::html::escape;
use crate::site::{Route, Site};

/// Where a language's listening page is.
pub fn listen_path(lang: &str) -> String {
    format!("{lang}/listen/")
}

/// The routes of `lang` that offer a recording, in the site's order.
pub(super) fn recorded<'s>(site: &'s Site, lang: &str) -> Vec<&'s Route> {
    site.routes
        .iter()
        .filter(|r| r.lang == lang && recording_path(site, r).is_some())
        .collect()
}

/// Whether readers of `lang` can hear at least one recording of a person (synthetic samples
/// are never printed on paper).
pub fn has_recordings(site: &Site, lang: &str) -> bool {
    recorded(site, lang)
        .iter()
        .any(|r| site.page(r).is_some_and(|p| !p.front.recording_synthetic))
}

/// The listening page of every language that has at least one recording.
pub fn render_listen_pages(site: &Site, theme: &Theme) -> Result<Vec<Listing>> {
    let nav = Navigation::new(site);
    let mut pages = Vec::new();
    for language in &site.config.languages {
        let routes = recorded(site, &language.code);
        if routes.is_empty() {
            continue;
        }
        let path = listen_path(&language.code);
        let route = Route {
            id: path.clone(),
            lang: language.code.clone(),
            content_lang: language.code.clone(),
            path: path.clone(),
        };
        let links = LinkContext::new(site, &route, &route.path, LinkStyle::Web);
        let title = site
            .locales
            .require(&language.code, "listen-all", None)?
            .text;
        let mut content = String::from("<ol class=\"recordings\">");
        let mut text = format!("{title}\n\n");
        for (n, r) in routes.iter().enumerate() {
            let Some(page) = site.page(r) else { continue };
            let Some(file) = recording_path(site, r) else {
                continue;
            };
            let audio = relative(&route.path, &file, &links.root)
                .trim_end_matches('/')
                .to_string();
            let lang = if r.content_lang == r.lang {
                String::new()
            } else {
                format!(" lang=\"{}\"", escape(&r.content_lang))
            };
            let about = site
                .content
                .recordings
                .get(&(r.content_lang.clone(), r.id.clone()))
                .map(|rec| {
                    format!(
                        "{} · {} KB",
                        crate::audio::duration_label(rec.seconds),
                        rec.bytes.len().div_ceil(1024)
                    )
                })
                .unwrap_or_default();
            let note = match page.front.recording_synthetic {
                true => Some(site.locales.require(&r.lang, "recording-synthetic", None)?.text),
                false => None,
            };
            let download = site.locales.require(&r.lang, "listen-download", None)?.text;
            // A player every browser draws, a link for those that cannot play Ogg Opus, and the
            // file to keep: readers who listen often save a recording to play it offline.
            content.push_str(&format!(
                "<li{lang}><p><a href=\"{}\">{}</a></p><audio controls preload=\"none\"><source src=\"{src}\" type=\"audio/ogg; codecs=opus\"><a href=\"{src}\">{download}</a></audio><p><a href=\"{src}\" download>{download}</a> · {about}{}</p></li>",
                escape(&links.href(r, None)),
                escape(&page.front.title),
                note.as_deref().map_or(String::new(), |n| format!("<br>{}", escape(n))),
                src = escape(&audio),
                download = escape(&download),
            ));
            text.push_str(&format!(
                "{}. {}: {}{file}\n   {about}\n",
                n + 1,
                page.front.title,
                site.config.base_url
            ));
            if let Some(note) = note {
                text.push_str(&format!("   {note}\n"));
            }
        }
        content.push_str("</ol>");
        let view = view(site, &route, &title, content, None)?;
        let html = render(site, theme, &nav, &links, view)?;
        pages.push(Listing { path, html, text });
    }
    Ok(pages)
}
