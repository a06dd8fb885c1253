//! The plain-text version of a page, and dates in the reader's words.

use fluent_bundle::FluentArgs;

use super::theme::Theme;
use crate::content::{Page, Review};
use crate::diagnostics::Result;
use crate::markdown::ContactLine;
use crate::site::{Route, Site};

/// The plain-text version of a page, to paste into WhatsApp or an SMS: title, its notices (a
/// draft says so), description, the whole page as text, contacts in full, the address, when it
/// was reviewed and that it is not legal advice.
pub fn text_version(site: &Site, route: &Route) -> Result<String> {
    let Some(source) = site.page(route) else {
        return Ok(String::new());
    };
    let say = |id: &str, args| site.locales.plain(&route.lang, id, args);
    let mut text = format!("{}\n", source.front.title);
    // What the page says about itself says the same here: a draft travels as a draft.
    for notice in notices(site, route, source)? {
        text.push_str(&format!("({notice})\n"));
    }
    if !source.front.description.is_empty() {
        text.push_str(&format!("\n{}\n", source.front.description));
    }
    // The whole page: every list, every step, every warning, each link with its address.
    let labels = site.labels(&source.lang);
    let links = super::links::LinkContext::new(site, route, &route.path, super::LinkStyle::Absolute);
    let body = crate::markdown::to_plain(&source.document, &source.source, &links, labels);
    if !body.is_empty() {
        text.push_str(&format!("\n{body}"));
    }
    for contact in site.contacts_of(source, false) {
        text.push_str(&contact_text(&contact, labels));
    }
    let mut args = FluentArgs::new();
    args.set(
        "date",
        display_date(&site.locales, &route.lang, source.front.updated)?,
    );
    text.push_str(&format!(
        "\n{}{}\n{}\n",
        site.config.base_url,
        route.path,
        say("last-reviewed", Some(&args))?,
    ));
    if let Some(line) = sources_line(site, route, source)? {
        text.push_str(&format!("{line}\n"));
    }
    text.push_str(&format!("{}\n", say("disclaimer", None)?));
    Ok(text)
}

/// The text version as a page to read on a small screen: the same words, wrapped to the screen,
/// in the language of the text (`lang`).
pub fn text_view(site: &Site, theme: &Theme, lang: &str, text: &str) -> Result<String> {
    #[derive(serde::Serialize)]
    struct TextContext<'a> {
        lang: &'a str,
        dir: &'a str,
        title: &'a str,
        text: &'a str,
    }
    let context = TextContext {
        lang,
        dir: site.config.language(lang).map_or("ltr", |l| l.dir.as_str()),
        title: text.lines().next().unwrap_or_default(),
        text,
    };
    theme.render("text.html", &super::theme::context(&context)?)
}

/// The notices the page shows above its text: not translated yet, a draft translation, waiting
/// for a lawyer, or out of date.
pub fn notices(site: &Site, route: &Route, page: &Page) -> Result<Vec<String>> {
    let say = |id: &str, args: Option<&FluentArgs>| site.locales.plain(&route.lang, id, args);
    let mut found = Vec::new();
    if route.is_fallback() {
        let mut args = FluentArgs::new();
        let shown = site
            .config
            .language(&route.content_lang)
            .map_or(route.content_lang.as_str(), |l| l.name.as_str());
        args.set("language", shown.to_string());
        found.push(say("notice-untranslated", Some(&args))?);
    }
    match page.front.review {
        Some(Review::NativeSpeaker) => found.push(say("notice-draft-translation", None)?),
        Some(Review::Legal) => found.push(say("notice-legal-review", None)?),
        None => {}
    }
    if site.is_stale(page) {
        found.push(say("notice-stale", None)?);
    }
    Ok(found)
}

/// "Based on: KIND, March 2021; …" in the reader's words, from what the page's facts are based
/// on (a translation without its own list takes its source page's); `None` for a page that names
/// none.
pub fn sources_line(site: &Site, route: &Route, page: &Page) -> Result<Option<String>> {
    let sources = match site.source_of(&page.id) {
        Some(source) if page.front.sources.is_empty() => &source.front.sources,
        _ => &page.front.sources,
    };
    if sources.is_empty() {
        return Ok(None);
    }
    let lang = &route.lang;
    let mut named = Vec::new();
    for source in sources {
        let when = match source.month {
            Some(month) => {
                let mut args = FluentArgs::new();
                args.set(
                    "month",
                    site.locales.plain(lang, &format!("month-{month}"), None)?,
                );
                args.set("year", source.year.to_string());
                site.locales.plain(lang, "source-month", Some(&args))?
            }
            None => source.year.to_string(),
        };
        named.push(format!("{}, {when}", source.name));
    }
    let mut args = FluentArgs::new();
    args.set("sources", named.join("; "));
    Ok(Some(site.locales.plain(lang, "based-on", Some(&args))?))
}

pub use crate::i18n::display_date;

/// A contact block or a service, as lines of plain text: everything but what only a screen can
/// use (a map link, a contact file).
pub(super) fn contact_text(
    contact: &crate::markdown::Contact,
    labels: &crate::markdown::Labels,
) -> String {
    let mut text = format!("\n{}\n", contact.name);
    for line in contact.lines(labels) {
        text.push_str(&match line {
            ContactLine::Placeholder(words) => format!("({words})\n"),
            ContactLine::Phone(label, n) => format!("{label}: {n}\n"),
            ContactLine::WhatsApp(n) => format!("WhatsApp: {n}\n"),
            ContactLine::Sms(n) => format!("SMS: {n}\n"),
            ContactLine::Email(v) | ContactLine::Website(v) => format!("{v}\n"),
            ContactLine::Said(label, v) => format!("{label}: {v}\n"),
            ContactLine::About(words) | ContactLine::Verified(words, _) => format!("{words}\n"),
            ContactLine::Map(..) | ContactLine::Save(..) => continue,
        });
    }
    text
}
