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
    Ok(text_parts(site, route)?
        .into_iter()
        .map(|(_, text)| text)
        .collect())
}

/// The text version in parts, each with the language it is in: a K'iche' page's notices and
/// contacts may be borrowed Spanish, and `text.html` marks them so.
pub fn text_parts(site: &Site, route: &Route) -> Result<Vec<(String, String)>> {
    let Some(source) = site.page(route) else {
        return Ok(Vec::new());
    };
    let mut parts = Parts(Vec::new());
    let said = |id: &str, args: Option<&FluentArgs>| -> Result<(String, String)> {
        let m = site.locales.require(&route.lang, id, args)?;
        Ok((m.lang, m.text.replace(['\u{2068}', '\u{2069}'], "")))
    };
    let own = source.lang.as_str();
    let progress = source.catalogue.as_ref();
    let title_lang = progress.and_then(|p| p.title_lang()).unwrap_or(own);
    parts.push(title_lang, format!("{}\n", source.heading()));
    // What the page says about itself says the same here: a draft travels as a draft.
    for (lang, notice) in notice_parts(site, route, source)? {
        parts.push(&lang, format!("({notice})\n"));
    }
    if !source.front.description.is_empty() {
        let lang = progress.and_then(|p| p.description_lang()).unwrap_or(own);
        parts.push(lang, format!("\n{}\n", source.front.description));
    }
    // The whole page: every list, every step, every warning, each link with its address.
    let labels = site.labels(&source.lang);
    let links =
        super::links::LinkContext::new(site, route, &route.path, super::LinkStyle::Absolute);
    let body = crate::markdown::to_plain_parts(&source.document, &source.source, &links, labels);
    if !body.is_empty() {
        parts.push(own, "\n".to_string());
    }
    for (lang, words) in body {
        parts.push(lang.as_deref().unwrap_or(own), words);
    }
    for contact in site.contacts_of(source, false) {
        let lang = contact.service.as_ref().and_then(|s| s.lang.clone());
        parts.push(
            lang.as_deref().unwrap_or(own),
            contact_text(&contact, labels),
        );
    }
    parts.push(own, format!("\n{}{}\n", site.config.base_url, route.path));
    let mut args = FluentArgs::new();
    let date = display_date(&site.locales, &route.lang, source.front.updated)?;
    args.set("date", date);
    let (lang, reviewed) = said("last-reviewed", Some(&args))?;
    parts.push(&lang, format!("{reviewed}\n"));
    if let Some((lang, line)) = sources_said(site, route, source)? {
        parts.push(&lang, format!("{line}\n"));
    }
    let (lang, disclaimer) = said("disclaimer", None)?;
    parts.push(&lang, format!("{disclaimer}\n"));
    Ok(parts.0)
}

/// Text in parts by language, a part joined to the one before when their language is the same.
struct Parts(Vec<(String, String)>);

impl Parts {
    fn push(&mut self, lang: &str, text: String) {
        match self.0.last_mut() {
            // Blank lines between two paragraphs left in Spanish keep them one part.
            Some((last, joined)) if last == lang || text.trim().is_empty() => {
                joined.push_str(&text)
            }
            _ => self.0.push((lang.to_string(), text)),
        }
    }
}

/// The text version's parts as HTML inside its `<pre>`: each borrowed part marked with its
/// language, and each phone number a link to dial it.
fn parts_html(site: &Site, lang: &str, parts: &[(String, String)]) -> String {
    let mut html = String::new();
    for (part_lang, text) in parts {
        let inner = dialable(text);
        if part_lang == lang {
            html.push_str(&inner);
        } else {
            let dir = if site.locales.is_rtl(part_lang) {
                "rtl"
            } else {
                "ltr"
            };
            html.push_str(&format!(
                "<span lang=\"{}\" dir=\"{dir}\">{inner}</span>",
                crate::html::escape(part_lang)
            ));
        }
    }
    html
}

/// `text` escaped for HTML, each international number in it (`+52 55 1234 5678`, seven digits or
/// more) a `tel:` link.
fn dialable(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('+') {
        out.push_str(&crate::html::escape(&rest[..at]));
        let run = &rest[at..];
        let len = run[1..]
            .find(|c: char| !(c.is_ascii_digit() || c == ' '))
            .map_or(run.len(), |n| n + 1);
        let number = run[..len].trim_end();
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 7 {
            out.push_str(&format!("<a href=\"tel:+{digits}\">{number}</a>"));
        } else {
            out.push_str(&crate::html::escape(number));
        }
        rest = &rest[at + number.len().max(1)..];
    }
    out.push_str(&crate::html::escape(rest));
    out
}

/// The text version as a page to read on a small screen: the same words, wrapped to the screen,
/// in the language of the text (`lang`).
pub fn text_view(
    site: &Site,
    theme: &Theme,
    lang: &str,
    parts: &[(String, String)],
) -> Result<String> {
    #[derive(serde::Serialize)]
    struct TextContext<'a> {
        lang: &'a str,
        dir: &'a str,
        title: &'a str,
        title_lang: &'a str,
        text: tera::Value,
    }
    let first = parts.first().map_or("", |(_, text)| text.as_str());
    let context = TextContext {
        title_lang: parts.first().map_or(lang, |(l, _)| l.as_str()),
        lang,
        dir: site.config.language(lang).map_or("ltr", |l| l.dir.as_str()),
        title: first.lines().next().unwrap_or_default(),
        text: tera::Value::safe_string(&parts_html(site, lang, parts)),
    };
    theme.render("text.html", &super::theme::context(&context)?)
}

/// The notices the page shows above its text: not translated yet, a draft translation, waiting
/// for a lawyer, or out of date.
pub fn notices(site: &Site, route: &Route, page: &Page) -> Result<Vec<String>> {
    Ok(notice_parts(site, route, page)?
        .into_iter()
        .map(|(_, n)| n)
        .collect())
}

/// The notices, each with the language it is in.
fn notice_parts(site: &Site, route: &Route, page: &Page) -> Result<Vec<(String, String)>> {
    let say = |id: &str, args: Option<&FluentArgs>| -> Result<(String, String)> {
        let m = site.locales.require(&route.lang, id, args)?;
        Ok((m.lang, m.text.replace(['\u{2068}', '\u{2069}'], "")))
    };
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
    if let Some(notice) = partly_notice(site, route, page)? {
        found.push(notice);
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

/// For a page made from a catalogue that translates only part of it: how much, and in which
/// language the rest is, with the language these words are in.
pub fn partly_notice(site: &Site, route: &Route, page: &Page) -> Result<Option<(String, String)>> {
    let Some(progress) = page.catalogue.as_ref().filter(|p| p.translated < p.total) else {
        return Ok(None);
    };
    let mut args = FluentArgs::new();
    let from = site.config.language(&progress.from);
    let shown = from.map_or(progress.from.as_str(), |l| l.name.as_str());
    args.set("language", shown.to_string());
    args.set("translated", progress.translated);
    args.set("total", progress.total);
    let m = site
        .locales
        .require(&route.lang, "notice-partly-translated", Some(&args))?;
    Ok(Some((m.lang, m.text.replace(['\u{2068}', '\u{2069}'], ""))))
}

/// "Based on texts from 2021–2023": the years of the page's sources, for a wallet card, which
/// has no room for their names; `None` for a page that names none.
pub fn sources_years(site: &Site, route: &Route, page: &Page) -> Result<Option<String>> {
    let sources = match site.source_of(&page.id) {
        Some(source) if page.front.sources.is_empty() => &source.front.sources,
        _ => &page.front.sources,
    };
    let (Some(first), Some(last)) = (
        sources.iter().map(|s| s.year).min(),
        sources.iter().map(|s| s.year).max(),
    ) else {
        return Ok(None);
    };
    let years = match first == last {
        true => first.to_string(),
        false => format!("{first}–{last}"),
    };
    let mut args = FluentArgs::new();
    args.set("years", years);
    Ok(Some(site.locales.plain(
        &route.lang,
        "based-on-years",
        Some(&args),
    )?))
}

/// "Based on: KIND, March 2021; …" in the reader's words, from what the page's facts are based
/// on (a translation without its own list takes its source page's); `None` for a page that names
/// none.
pub fn sources_line(site: &Site, route: &Route, page: &Page) -> Result<Option<String>> {
    Ok(sources_said(site, route, page)?.map(|(_, line)| line))
}

/// The same line with the language its words are in (Spanish on a K'iche' page that borrows
/// the string): `(language, line)`.
pub fn sources_said(site: &Site, route: &Route, page: &Page) -> Result<Option<(String, String)>> {
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
    let said = site.locales.require(lang, "based-on", Some(&args))?;
    let text = said.text.replace(['\u{2068}', '\u{2069}'], "");
    Ok(Some((said.lang, text)))
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
