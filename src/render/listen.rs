//! Each language's listening page (`<lang>/listen/`): every recording its readers can hear,
//! numbered and large, for people who find their way by ear rather than by reading.

use super::LinkStyle;
use super::links::{LinkContext, relative};
use super::listing::{Listing, render, view};
use super::navigation::Navigation;
use super::theme::Theme;
use crate::diagnostics::Result;
use crate::html::escape;
use crate::site::paths::{listen_path, recording_path};
use crate::site::{Route, Site};

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
        let heading = site.locales.require(&language.code, "listen-all", None)?;
        let (title, title_lang) = (heading.text, heading.lang);
        let mut content = String::from("<ol class=\"recordings\">");
        let mut text = format!("{title}\n\n");
        for (n, r) in routes.iter().enumerate() {
            if let Some((html, said)) = entry(site, &links, n + 1, r)? {
                content.push_str(&html);
                text.push_str(&said);
            }
        }
        content.push_str("</ol>");
        let mut view = view(site, &route, &title, content, None)?;
        // The title may be borrowed (Spanish on the Mam page): marked as what it is.
        view.lang = &title_lang;
        let languages =
            super::listing::languages_at(site, &links, |code| !recorded(site, code).is_empty());
        let html = render(site, theme, &nav, &links, (view, languages))?;
        let title_lang = Some(title_lang.clone()).filter(|l| *l != language.code);
        pages.push(Listing {
            path,
            html,
            text,
            title_lang,
        });
    }
    Ok(pages)
}

/// One recording on the listening page, as a list item and as lines of its text version: a
/// player every browser draws, a link for those that cannot play Ogg Opus, and the file to keep
/// (readers who listen often save a recording to play it offline).
fn entry(
    site: &Site,
    links: &LinkContext,
    n: usize,
    r: &Route,
) -> Result<Option<(String, String)>> {
    let (Some(page), Some(file)) = (site.page(r), recording_path(site, r)) else {
        return Ok(None);
    };
    let audio = relative(&links.route.path, &file, &links.root)
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
            let seconds = crate::audio::duration_label(rec.seconds);
            format!("{seconds} · {} KB", rec.bytes.len().div_ceil(1024))
        })
        .unwrap_or_default();
    // Words borrowed from another language are marked with it (Spanish on a Mam page).
    let say = |id: &str| -> Result<(String, String)> {
        let m = site.locales.require(&r.lang, id, None)?;
        let html = match m.lang == r.lang {
            true => escape(&m.text),
            false => format!(
                "<span lang=\"{}\">{}</span>",
                escape(&m.lang),
                escape(&m.text)
            ),
        };
        Ok((m.text, html))
    };
    let note = match page.front.recording_synthetic {
        true => Some(say("recording-synthetic")?),
        false => None,
    };
    let (_, download) = say("listen-download")?;
    let html = format!(
        "<li{lang}><p><a href=\"{}\">{}</a></p><audio controls preload=\"none\"><source src=\"{src}\" type=\"audio/ogg; codecs=opus\"><a href=\"{src}\">{download}</a></audio><p><a href=\"{src}\" download>{download}</a> · {about}{}</p></li>",
        escape(&links.href(r, None)),
        escape(&page.front.title),
        note.as_ref()
            .map_or(String::new(), |(_, n)| format!("<br>{n}")),
        src = escape(&audio),
    );
    let mut text = format!(
        "{n}. {}: {}{file}\n   {about}\n",
        page.front.title, site.config.base_url
    );
    if let Some((note, _)) = note {
        text.push_str(&format!("   {note}\n"));
    }
    Ok(Some((html, text)))
}
