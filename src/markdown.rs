//! Markdown to HTML for one page as one reader gets it: every pulldown-cmark option in one place,
//! links to other pages rewritten to the reader's language, stable heading ids, footnotes that
//! cannot collide with them, the apostrophe kept where it is a letter, and the `callout` and
//! `contact` blocks.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Error, Result};
use crate::html::escape;
use crate::toml_error;

/// What a page's Markdown needs from the rest of the site while it is rendered.
pub trait Context {
    /// Address (as seen from the reader's page) of page `id` in the reader's language, and of the
    /// heading `fragment` in it, if the page exists.
    fn page_url(&self, id: &str, fragment: Option<&str>) -> Option<String>;
    /// A file published from the content language's folder (`img/map.png`), if it exists.
    fn asset(&self, rel: &str) -> Option<AssetRef>;
    /// An interface string in the content's language (callout titles, contact labels).
    fn text(&self, id: &str) -> String;
}

/// Where a content file is published, and its pixel size when it is an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetRef {
    pub url: String,
    pub size: Option<(u32, u32)>,
}

/// The source being rendered: its shown path, the whole file, and where the Markdown starts.
pub struct Source<'a> {
    pub shown: &'a Path,
    pub file: &'a str,
    pub body_start: usize,
    /// The page's identity (`guias/mexico`): relative links resolve from its folder.
    pub id: &'a str,
    /// Keep every straight apostrophe as written (K'iche', Mam).
    pub apostrophe_is_letter: bool,
    /// Put before every id the page defines (headings, footnotes), where several pages share one
    /// document (the offline file).
    pub id_prefix: &'a str,
    /// Let raw HTML in Markdown through unsanitised (`[markdown] raw_html = "allow"`).
    pub allow_raw_html: bool,
}

/// A heading of the page, for anchors and checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The HTML of a page body and what was learnt while making it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Each `##` section's heading and first sentence: the page's key points for its text version.
    pub key_points: Vec<String>,
}

/// Nesting deeper than this (block quotes in block quotes...) is refused rather than risk the stack.
const MAX_NESTING: usize = 200;

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders the body of `source` for a reader, reporting every broken link and block together.
pub fn render(source: &Source, cx: &dyn Context) -> Result<Rendered> {
    let body = &source.file[source.body_start..];
    let mut state = State::default();
    let events = parse(body);
    let key_points = key_points(&events, body, source.apostrophe_is_letter);
    let html = render_events(source, cx, body, events, source.body_start, &mut state, 0)?;
    if state.problems.is_empty() {
        Ok(Rendered {
            html,
            headings: state.headings,
            key_points,
        })
    } else {
        Err(Error::Invalid(state.problems))
    }
}

#[derive(Default)]
struct State {
    headings: Vec<Heading>,
    used_ids: BTreeSet<String>,
    footnotes: HashMap<String, usize>,
    problems: Vec<Diagnostic>,
    /// The Markdown held raw HTML, so the page is sanitised.
    raw_html: bool,
}

/// The Markdown's events, each with where it is in the text.
fn parse(text: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .collect()
}

fn render_fragment(
    source: &Source,
    cx: &dyn Context,
    text: &str,
    offset: usize,
    state: &mut State,
    depth: usize,
) -> Result<String> {
    render_events(source, cx, text, parse(text), offset, state, depth)
}

/// Renders `text`, already parsed into `events`.
fn render_events(
    source: &Source,
    cx: &dyn Context,
    text: &str,
    events: Vec<(Event<'_>, Range<usize>)>,
    offset: usize,
    state: &mut State,
    depth: usize,
) -> Result<String> {
    let at = |range: &Range<usize>| offset + range.start..offset + range.end;

    // Footnote ids are reserved first so that no heading can take them.
    for (event, _) in &events {
        if let Event::Start(Tag::FootnoteDefinition(label)) = event {
            state.used_ids.insert(footnote_id(label));
        }
    }

    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut nesting = 0usize;
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(tag) => {
                nesting += 1;
                if nesting > MAX_NESTING {
                    return Err(Error::one(Diagnostic::at(
                        source.shown,
                        source.file,
                        at(range),
                        format!(
                            "lists or quotes are nested more than {MAX_NESTING} levels deep here"
                        ),
                    )));
                }
                match tag {
                    Tag::Heading {
                        level,
                        id,
                        classes,
                        attrs,
                    } => {
                        let end = find_end(&events, i);
                        let title: String = events[i + 1..end]
                            .iter()
                            .filter_map(|(e, _)| match e {
                                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                                _ => None,
                            })
                            .collect();
                        let wanted = id.as_ref().map_or_else(|| slug(&title), |s| s.to_string());
                        let unique = unique_id(&wanted, &mut state.used_ids);
                        if id.is_some() && unique != wanted {
                            state.problems.push(Diagnostic::at(
                                source.shown,
                                source.file,
                                at(range),
                                format!("the heading id `{wanted}` is already used on this page"),
                            ));
                        }
                        state.headings.push(Heading {
                            level: *level as u8,
                            id: unique.clone(),
                            text: title,
                        });
                        out.push(Event::Start(Tag::Heading {
                            level: *level,
                            id: Some(CowStr::from(format!("{}{unique}", source.id_prefix))),
                            classes: classes.clone(),
                            attrs: attrs.clone(),
                        }));
                    }
                    Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    } => {
                        let dest = link_target(source, cx, dest_url).unwrap_or_else(|message| {
                            state.problems.push(Diagnostic::at(
                                source.shown,
                                source.file,
                                at(range),
                                message,
                            ));
                            dest_url.to_string()
                        });
                        out.push(Event::Start(Tag::Link {
                            link_type: *link_type,
                            dest_url: CowStr::from(dest),
                            title: title.clone(),
                            id: id.clone(),
                        }));
                    }
                    Tag::Image {
                        dest_url, title, ..
                    } => {
                        let end = find_end(&events, i);
                        let alt: String = events[i + 1..end]
                            .iter()
                            .filter_map(|(e, _)| match e {
                                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                                _ => None,
                            })
                            .collect();
                        let problem = |message: String| {
                            Diagnostic::at(source.shown, source.file, at(range), message)
                        };
                        if alt.trim().is_empty() {
                            state.problems.push(problem(
                                "this image has no alt text: write what it shows between the brackets, ![like this](map.png), for people who cannot see it".into(),
                            ));
                        }
                        match image_target(source, cx, dest_url) {
                            Ok(asset) => {
                                let size = asset.size.map_or(String::new(), |(w, h)| {
                                    format!(" width=\"{w}\" height=\"{h}\"")
                                });
                                let title = if title.is_empty() {
                                    String::new()
                                } else {
                                    format!(" title=\"{}\"", escape(title))
                                };
                                out.push(Event::InlineHtml(CowStr::from(format!(
                                    "<img src=\"{}\" alt=\"{}\"{size}{title} loading=\"lazy\">",
                                    escape(&asset.url),
                                    escape(&alt)
                                ))));
                            }
                            Err(message) => state.problems.push(problem(message)),
                        }
                        i = end + 1;
                        nesting -= 1;
                        continue;
                    }
                    Tag::CodeBlock(CodeBlockKind::Fenced(info)) if is_block(info) => {
                        let end = find_end(&events, i);
                        let body: String = events[i + 1..end]
                            .iter()
                            .filter_map(|(e, _)| match e {
                                Event::Text(t) => Some(t.as_ref()),
                                _ => None,
                            })
                            .collect();
                        let body_offset = events
                            .get(i + 1)
                            .filter(|_| i + 1 < end)
                            .map_or(range.start, |(_, r)| r.start);
                        let html = block(
                            source,
                            cx,
                            info,
                            &body,
                            offset + body_offset,
                            at(range),
                            state,
                            depth,
                        );
                        out.push(Event::Html(CowStr::from(html)));
                        i = end + 1;
                        nesting -= 1;
                        continue;
                    }
                    Tag::FootnoteDefinition(label) => {
                        let n = footnote_number(&mut state.footnotes, label);
                        out.push(Event::Html(CowStr::from(format!(
                            "<div class=\"footnote\" id=\"{}{}\"><sup>{n}</sup>",
                            source.id_prefix,
                            escape(&footnote_id(label))
                        ))));
                    }
                    other => out.push(Event::Start(other.clone())),
                }
            }
            Event::End(tag) => {
                nesting = nesting.saturating_sub(1);
                match tag {
                    TagEnd::FootnoteDefinition => out.push(Event::Html(CowStr::from("</div>"))),
                    other => out.push(Event::End(*other)),
                }
            }
            Event::FootnoteReference(label) => {
                let n = footnote_number(&mut state.footnotes, label);
                out.push(Event::InlineHtml(CowStr::from(format!(
                    "<sup><a href=\"#{}{}\">{n}</a></sup>",
                    source.id_prefix,
                    escape(&footnote_id(label))
                ))));
            }
            Event::Text(t)
                if source.apostrophe_is_letter && is_curled_apostrophe(t, &text[range.clone()]) =>
            {
                out.push(Event::Text(CowStr::from("'")));
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                state.raw_html = true;
                out.push(event.clone());
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    if state.raw_html && !source.allow_raw_html && depth == 0 {
        html = sanitize(&html);
    }
    Ok(html)
}

/// Cleans a page body that holds raw HTML from its Markdown: only what this content needs stays
/// (text structure, links, same-site images, the callout and contact markup); scripts, event
/// handlers, `javascript:` and other-site addresses, iframes, forms and styles go.
pub fn sanitize(html: &str) -> String {
    static CLEANER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    let cleaner = CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        b.add_tags([
            "a",
            "abbr",
            "aside",
            "b",
            "blockquote",
            "br",
            "code",
            "dd",
            "del",
            "details",
            "div",
            "dl",
            "dt",
            "em",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "i",
            "img",
            "li",
            "mark",
            "ol",
            "p",
            "pre",
            "q",
            "s",
            "small",
            "span",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "u",
            "ul",
        ])
        .add_generic_attributes(["lang", "dir", "id", "class", "title"])
        .add_tag_attributes("a", ["href", "hreflang", "type"])
        .add_tag_attributes("img", ["src", "alt", "width", "height", "loading"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("aside", ["role"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
        .url_schemes(
            ["http", "https", "mailto", "tel", "sms", "whatsapp", "data"]
                .into_iter()
                .collect(),
        )
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|element, attribute, value| {
            // Images come from this site only: a request elsewhere could expose a reader.
            let remote =
                (value.contains("//") || value.contains(':')) && !value.starts_with("data:image/");
            // data: only for images (the offline file inlines them), never for links.
            let data = value.trim_start().to_ascii_lowercase().starts_with("data:");
            let data_ok = element == "img" && value.starts_with("data:image/");
            if element == "img" && attribute == "src" && remote || data && !data_ok {
                None
            } else {
                Some(value.into())
            }
        });
        b
    });
    cleaner.clean(html).to_string()
}

/// Smart punctuation turns `'` into `’` or `‘`; in K'iche' and Mam that `'` is a letter.
pub(crate) fn is_curled_apostrophe(event_text: &str, source_text: &str) -> bool {
    matches!(event_text, "\u{2019}" | "\u{2018}") && source_text == "'"
}

fn find_end(events: &[(Event, Range<usize>)], start: usize) -> usize {
    let mut depth = 0usize;
    for (j, (e, _)) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

fn is_block(info: &str) -> bool {
    matches!(info.split_whitespace().next(), Some("callout" | "contact"))
}

/// A `callout` or `contact` block as HTML; problems go to `state`.
#[allow(
    clippy::too_many_arguments,
    reason = "one call site; the values are all distinct"
)]
fn block(
    source: &Source,
    cx: &dyn Context,
    info: &str,
    body: &str,
    body_offset: usize,
    fence: Range<usize>,
    state: &mut State,
    depth: usize,
) -> String {
    let mut words = info.split_whitespace();
    match (words.next(), words.next()) {
        (Some("callout"), kind) => {
            let kind = kind.unwrap_or("important");
            if !matches!(kind, "important" | "danger") {
                state.problems.push(Diagnostic::at(
                    source.shown,
                    source.file,
                    fence,
                    format!("a callout is `important` or `danger`, not `{kind}`"),
                ));
                return String::new();
            }
            if depth > 2 {
                state.problems.push(Diagnostic::at(
                    source.shown,
                    source.file,
                    fence,
                    "callouts nest too deep",
                ));
                return String::new();
            }
            let inner = match render_fragment(source, cx, body, body_offset, state, depth + 1) {
                Ok(html) => html,
                Err(e) => {
                    state.problems.extend(e.diagnostics().iter().cloned());
                    return String::new();
                }
            };
            let role = if kind == "danger" {
                " role=\"alert\""
            } else {
                ""
            };
            format!(
                "<aside class=\"callout {kind}\"{role}><p class=\"callout-title\"><strong>{}</strong></p>{inner}</aside>",
                escape(&cx.text(&format!("callout-{kind}")))
            )
        }
        _ => match toml::from_str::<Contact>(body) {
            Ok(contact) => contact.to_html(cx).unwrap_or_else(|message| {
                state
                    .problems
                    .push(Diagnostic::at(source.shown, source.file, fence, message));
                String::new()
            }),
            Err(e) => {
                state.problems.push(toml_error::diagnostic(
                    source.shown,
                    source.file,
                    body_offset,
                    &e,
                ));
                String::new()
            }
        },
    }
}

/// A ` ```contact ` block: TOML describing one place to get help.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The organisation or service.
    pub name: String,
    /// A phone number, as people dial it: `+52 55 1234 5678`. Becomes a `tel:` link.
    pub phone: Option<String>,
    /// A WhatsApp number in international form. Becomes a wa.me link.
    pub whatsapp: Option<String>,
    /// Opening hours, in words.
    pub hours: Option<String>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// No verified contact yet: shown as a clearly marked gap, never as a number to call.
    #[serde(default)]
    pub placeholder: bool,
}

impl Contact {
    fn to_html(&self, cx: &dyn Context) -> std::result::Result<String, String> {
        let mut html = format!(
            "<div class=\"contact\"><p><strong>{}</strong></p>",
            escape(&self.name)
        );
        if self.placeholder {
            if self.phone.is_some() || self.whatsapp.is_some() || self.email.is_some() {
                return Err("a placeholder contact cannot carry a phone, WhatsApp or email".into());
            }
            html.push_str(&format!(
                "<p class=\"placeholder\">{}</p></div>",
                escape(&cx.text("contact-placeholder"))
            ));
            return Ok(html);
        }
        html.push_str("<ul>");
        if let Some(phone) = &self.phone {
            let dial = dial_number(phone)?;
            html.push_str(&format!(
                "<li>{}: <a href=\"tel:{dial}\">{}</a></li>",
                escape(&cx.text("contact-phone")),
                escape(phone)
            ));
        }
        if let Some(number) = &self.whatsapp {
            let dial = dial_number(number)?;
            let digits = dial.trim_start_matches('+');
            html.push_str(&format!(
                "<li>WhatsApp: <a href=\"https://wa.me/{digits}\">{}</a></li>",
                escape(number)
            ));
        }
        if let Some(email) = &self.email {
            if !email.contains('@') || email.contains(char::is_whitespace) {
                return Err(format!("`{email}` is not an email address"));
            }
            html.push_str(&format!(
                "<li><a href=\"mailto:{0}\">{0}</a></li>",
                escape(email)
            ));
        }
        if let Some(website) = &self.website {
            if !website.starts_with("https://") && !website.starts_with("http://") {
                return Err(format!("the website `{website}` must start with https://"));
            }
            html.push_str(&format!(
                "<li><a href=\"{0}\">{0}</a></li>",
                escape(website)
            ));
        }
        if let Some(address) = &self.address {
            html.push_str(&format!(
                "<li>{}: {}</li>",
                escape(&cx.text("contact-address")),
                escape(address)
            ));
        }
        if let Some(hours) = &self.hours {
            html.push_str(&format!(
                "<li>{}: {}</li>",
                escape(&cx.text("contact-hours")),
                escape(hours)
            ));
        }
        html.push_str("</ul></div>");
        Ok(html)
    }
}

/// `+52 (55) 1234-5678` → `+525512345678`; anything but digits, spaces and `+-().` is refused.
pub fn dial_number(written: &str) -> std::result::Result<String, String> {
    let mut dial = String::new();
    for (i, c) in written.trim().chars().enumerate() {
        match c {
            '0'..='9' => dial.push(c),
            '+' if i == 0 => dial.push(c),
            ' ' | '-' | '(' | ')' | '.' => {}
            _ => {
                return Err(format!(
                    "`{written}` is not a phone number (only digits, spaces, + - ( ) .)"
                ));
            }
        }
    }
    if dial.trim_start_matches('+').len() < 3 {
        return Err(format!("`{written}` is too short to be a phone number"));
    }
    Ok(dial)
}

/// Where a link goes for this reader; an error message for a target that does not exist.
fn link_target(
    source: &Source,
    cx: &dyn Context,
    dest: &str,
) -> std::result::Result<String, String> {
    let dest = dest.trim();
    if let Some(anchor) = dest.strip_prefix('#') {
        return Ok(format!("#{}{anchor}", source.id_prefix));
    }
    if dest.is_empty() || dest.starts_with("//") {
        return Ok(dest.to_string());
    }
    if let Some(scheme) = scheme(dest) {
        if matches!(scheme.as_str(), "javascript" | "data" | "vbscript" | "file") {
            return Err(format!("`{scheme}:` addresses are not allowed in content"));
        }
        return Ok(dest.to_string());
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let resolved = resolve(source, dest, path)?;
    if let Some(id) = resolved.strip_suffix(".md") {
        return cx.page_url(id, fragment).ok_or_else(|| {
            format!("link to a page that does not exist: `{path}` (no {id}.md in this language or its fallbacks)")
        });
    }
    let asset = cx.asset(&resolved).ok_or_else(|| {
        format!("`{path}` does not exist: link to a page's .md file, or put the file in the content folder")
    })?;
    Ok(match fragment {
        Some(f) => format!("{}#{f}", asset.url),
        None => asset.url,
    })
}

/// The file an image shows; images must be files of the site (no request to another site).
fn image_target(
    source: &Source,
    cx: &dyn Context,
    dest: &str,
) -> std::result::Result<AssetRef, String> {
    let dest = dest.trim();
    if scheme(dest).is_some() || dest.starts_with("//") {
        return Err(format!(
            "the image `{dest}` is on another site; readers would make a request to it. Put the file in the content folder"
        ));
    }
    let resolved = resolve(source, dest, dest)?;
    cx.asset(&resolved)
        .ok_or_else(|| format!("the image `{dest}` does not exist in the content folder"))
}

fn resolve(source: &Source, dest: &str, path: &str) -> std::result::Result<String, String> {
    let path = path.split('?').next().unwrap_or(path);
    resolve_relative(source.id, path)
        .ok_or_else(|| format!("`{dest}` points outside the content folder"))
}

/// Each `##` section as "Heading: its first sentence.", the points a text message can carry.
fn key_points(
    events: &[(Event<'_>, Range<usize>)],
    body: &str,
    apostrophe_is_letter: bool,
) -> Vec<String> {
    let mut points = Vec::new();
    let mut heading: Option<String> = None;
    let mut collecting: Option<String> = None;
    let mut in_heading = false;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) if *level as u8 == 2 => {
                in_heading = true;
                heading = Some(String::new());
                collecting = None;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Paragraph) if heading.is_some() && collecting.is_none() => {
                collecting = Some(String::new());
            }
            Event::End(TagEnd::Paragraph) => {
                if let (Some(h), Some(text)) = (heading.take(), collecting.take()) {
                    points.push(format!("{}: {}", h.trim(), first_sentence(&text)));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let t: &str =
                    if apostrophe_is_letter && is_curled_apostrophe(t, &body[range.clone()]) {
                        "'"
                    } else {
                        t
                    };
                if in_heading {
                    if let Some(h) = heading.as_mut() {
                        h.push_str(t);
                    }
                } else if let Some(c) = collecting.as_mut() {
                    c.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = collecting.as_mut() {
                    c.push(' ');
                }
            }
            _ => {}
        }
    }
    points
}

fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' '))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    &text[..end]
}

fn scheme(dest: &str) -> Option<String> {
    let colon = dest.find(':')?;
    let candidate = &dest[..colon];
    let valid = !candidate.is_empty()
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && candidate
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic());
    valid.then(|| candidate.to_ascii_lowercase())
}

/// Resolves `path` from the folder of page `id`; `None` if it climbs out of the locale folder.
pub(crate) fn resolve_relative(id: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = if path.starts_with('/') {
        Vec::new()
    } else {
        let mut dirs: Vec<&str> = id.split('/').collect();
        dirs.pop();
        dirs
    };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

fn footnote_id(label: &str) -> String {
    format!("fn-{}", slug(label))
}

fn footnote_number(numbers: &mut HashMap<String, usize>, label: &str) -> usize {
    let next = numbers.len() + 1;
    *numbers.entry(label.to_string()).or_insert(next)
}

/// A stable, Unicode-aware id for a heading: `¿Qué es COMAR?` → `qué-es-comar`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '\u{2019}' | '\u{02bc}') {
            // The glottal stop is part of a K'iche' word: `b'e` stays one word.
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".to_string()
    } else {
        out
    }
}

/// What other pages can link to in a page, and what it links to with a `#fragment`: read once
/// when the page is loaded, so that checking anchors across a large site costs no re-parsing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// The ids its headings get.
    pub ids: Vec<String>,
    /// Links with a fragment: the address as written, and where it starts in the body.
    pub fragment_links: Vec<(String, usize)>,
}

/// The page's [`Outline`].
pub fn outline(body: &str) -> Outline {
    let (headings, fragment_links) = scan(body);
    Outline {
        ids: headings.into_iter().map(|(id, _, _)| id).collect(),
        fragment_links,
    }
}

/// The ids the page's headings get, with where each heading starts in `body` and its level:
/// what other pages can link to with `page.md#id`.
pub fn heading_ids(body: &str) -> Vec<(String, usize, u8)> {
    scan(body).0
}

/// One reading of a page for its outline: its headings' ids (given as rendering gives them:
/// footnotes' ids are taken first), and its links to headings.
#[allow(clippy::type_complexity)]
fn scan(body: &str) -> (Vec<(String, usize, u8)>, Vec<(String, usize)>) {
    let mut used = BTreeSet::new();
    let mut wanted = Vec::new();
    let mut links = Vec::new();
    let mut current: Option<(Option<String>, String, usize, u8)> = None;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { id, level, .. }) => {
                current = Some((
                    id.map(|i| i.to_string()),
                    String::new(),
                    range.start,
                    level as u8,
                ));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text, _, _)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((custom, text, start, level)) = current.take() {
                    wanted.push((custom.unwrap_or_else(|| slug(&text)), start, level));
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                used.insert(footnote_id(&label));
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.contains('#') => {
                links.push((dest_url.to_string(), range.start));
            }
            _ => {}
        }
    }
    let headings = wanted
        .into_iter()
        .map(|(id, start, level)| (unique_id(&id, &mut used), start, level))
        .collect();
    (headings, links)
}

fn unique_id(wanted: &str, used: &mut BTreeSet<String>) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while used.contains(&candidate) {
        candidate = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl Context for Fake {
        fn page_url(&self, id: &str, fragment: Option<&str>) -> Option<String> {
            let hash = fragment.map_or(String::new(), |f| format!("#{f}"));
            (id == "asilo" || id == "guias/mexico").then(|| format!("../{id}/{hash}"))
        }
        fn asset(&self, rel: &str) -> Option<AssetRef> {
            (rel == "img/mapa.png").then(|| AssetRef {
                url: format!("../../es/{rel}"),
                size: Some((320, 200)),
            })
        }
        fn text(&self, id: &str) -> String {
            format!("[{id}]")
        }
    }

    fn md(body: &str, letter: bool) -> Result<Rendered> {
        let file = format!("+++\n+++\n{body}");
        let source = Source {
            shown: Path::new("content/es/a.md"),
            file: &file,
            body_start: 8,
            id: "a",
            apostrophe_is_letter: letter,
            id_prefix: "",
            allow_raw_html: false,
        };
        render(&source, &Fake)
    }

    #[test]
    fn kiche_apostrophes_stay_as_written() -> Result<()> {
        let r = md(
            "Ri ak'al k'o pa b'e, ch'aqap ja. Kʼo \"jun\" don't.\n",
            true,
        )?;
        assert!(r.html.contains("ak'al k'o pa b'e, ch'aqap"), "{}", r.html);
        assert!(r.html.contains("Kʼo"), "{}", r.html);
        assert!(
            r.html.contains("“jun”"),
            "double quotes still curl: {}",
            r.html
        );
        let en = md("don't\n", false)?;
        assert!(en.html.contains("don’t"), "{}", en.html);
        Ok(())
    }

    #[test]
    fn links_are_rewritten_and_missing_ones_located() -> Result<()> {
        let r = md(
            "[a](asilo.md#abogado) [g](guias/mexico.md) ![m](img/mapa.png) [x](https://x.org)\n",
            false,
        )?;
        assert!(r.html.contains("href=\"../asilo/#abogado\""), "{}", r.html);
        assert!(r.html.contains("href=\"../guias/mexico/\""), "{}", r.html);
        assert!(
            r.html.contains("<img src=\"../../es/img/mapa.png\" alt=\"m\" width=\"320\" height=\"200\" loading=\"lazy\">"),
            "{}",
            r.html
        );
        let no_alt = md("![](img/mapa.png)\n", false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            no_alt.contains("content/es/a.md:3:1: this image has no alt text"),
            "{no_alt}"
        );
        let remote = md("![x](https://cdn.example/x.png)\n", false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(remote.contains("is on another site"), "{remote}");
        let err = md("Hola\n\nVer [nada](nada.md).\n", false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("content/es/a.md:5:5: link to a page that does not exist: `nada.md`"),
            "{err}"
        );
        let out = md("[p](../../../etc/passwd)\n", false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(out.contains("points outside the content folder"), "{out}");
        Ok(())
    }

    #[test]
    fn heading_ids_are_unique_and_footnotes_cannot_collide() -> Result<()> {
        let r = md(
            "## ¿Qué es COMAR?\n\n## Fn 1\n\n## Ayuda\n\n## Ayuda\n\nNota[^1].\n\n[^1]: Fuente.\n",
            false,
        )?;
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["qué-es-comar", "fn-1-1", "ayuda", "ayuda-1"]);
        // The outline other pages' links are checked against gives the same ids.
        let outline = super::outline(
            "## ¿Qué es COMAR?\n\n## Fn 1\n\n## Ayuda\n\n## Ayuda\n\nNota[^1].\n\n[^1]: Fuente.\n",
        );
        assert_eq!(outline.ids, ids);
        assert!(r.html.contains("id=\"fn-1\""), "{}", r.html);
        let custom = md("## Abogado {#abogado}\n", false)?;
        assert_eq!(custom.headings[0].id, "abogado");
        Ok(())
    }

    #[test]
    fn callouts_and_contacts() -> Result<()> {
        let r = md(
            "```callout danger\nVe a un **lugar seguro**.\n```\n\n```contact\nname = \"Casa\"\nphone = \"+52 (55) 1234-5678\"\nwhatsapp = \"+52 55 1234 5678\"\n```\n",
            false,
        )?;
        assert!(r.html.contains("<aside class=\"callout danger\" role=\"alert\"><p class=\"callout-title\"><strong>[callout-danger]</strong>"), "{}", r.html);
        assert!(
            r.html.contains("<strong>lugar seguro</strong>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"tel:+525512345678\""), "{}", r.html);
        assert!(
            r.html.contains("href=\"https://wa.me/525512345678\""),
            "{}",
            r.html
        );
        let bad = md(
            "```contact\nname = \"Casa\"\nphone = \"call me\"\n```\n",
            false,
        )
        .err()
        .map(|e| e.to_string());
        assert!(bad.unwrap_or_default().contains("is not a phone number"));
        let typo = md("\n```contact\nnme = \"Casa\"\n```\n", false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            typo.contains("content/es/a.md:5:1: unknown field `nme`"),
            "{typo}"
        );
        Ok(())
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}x\n", "> ".repeat(10_000));
        let err = md(&deep, false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("nested more than"), "{err}");
    }
}

#[cfg(test)]
mod key_point_tests {
    fn key_points(body: &str, apostrophe_is_letter: bool) -> Vec<String> {
        super::key_points(&super::parse(body), body, apostrophe_is_letter)
    }

    #[test]
    fn one_point_per_section() {
        let points = key_points(
            "Intro.\n\n## Tu derecho\n\nPuedes pedir asilo. Es gratis.\n\n## Ayuda\n\n- lista\n\nBusca un **abogado** hoy.\n",
            false,
        );
        assert_eq!(
            points,
            [
                "Tu derecho: Puedes pedir asilo.",
                "Ayuda: Busca un abogado hoy."
            ]
        );
        assert_eq!(
            key_points("## Ri b'e\n\nK'o jun ak'al.\n", true),
            ["Ri b'e: K'o jun ak'al."]
        );
    }
}

#[cfg(test)]
mod sanitize_tests {
    use super::sanitize;

    #[test]
    fn raw_html_is_cleaned_to_what_content_needs() {
        let dirty = r#"<p onclick="steal()">Hola <script>alert(1)</script><a href="javascript:alert(1)">x</a>
<a href="tel:+5255">llama</a><img src="https://tracker.example/p.gif" alt="t"><img src="mapa.png" alt="mapa">
<iframe src="https://maps.example"></iframe><style>p{}</style><form action="/x"><input></form>
<aside class="callout danger" role="alert"><span lang="quc">K'iche'</span></aside></p>"#;
        let clean = sanitize(dirty);
        for gone in [
            "onclick",
            "<script",
            "alert(",
            "javascript:",
            "tracker.example",
            "<iframe",
            "<style",
            "<form",
            "<input",
        ] {
            assert!(!clean.contains(gone), "{gone} in {clean}");
        }
        for kept in [
            "href=\"tel:+5255\"",
            "src=\"mapa.png\"",
            "class=\"callout danger\"",
            "role=\"alert\"",
            "lang=\"quc\"",
            "K'iche'",
            "rel=\"noopener noreferrer\"",
        ] {
            assert!(clean.contains(kept), "{kept} missing from {clean}");
        }
    }
}
