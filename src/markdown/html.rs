//! A document as HTML for one reader: links written for where the page is read (web, a phone's
//! file manager, one offline file), blocks in the content's words.

use std::path::Path;

use pulldown_cmark::{CowStr, Event, Tag};

use super::blocks::{CalloutKind, Cite, Contact, Labels};
use super::document::{Callout, Document, Image, Link, Node, Open, Target};
use super::sanitize::sanitize;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::html::escape;

/// What a document's links need from the rest of the site, for one reader.
pub trait Resolve {
    /// The address, for this reader, of the page a link points at (a [`Target::Page`] or a
    /// [`Target::Address`]), and the heading in it; a message for the writer if there is none.
    fn page(&self, link: &Link) -> std::result::Result<String, String>;
    /// The address of a file in the content language's folder; empty for an image left out
    /// here (too heavy to carry inside the offline file).
    fn asset(&self, rel: &str) -> Option<String>;
    /// The address of an image's full-size original, where the page asks for it and the image
    /// is published smaller.
    fn original(&self, _rel: &str) -> Option<String> {
        None
    }
    /// The services a `service` or `services` block names, as contacts in the reader's words.
    fn cited(&self, _cite: &Cite) -> Vec<Contact> {
        Vec::new()
    }
    /// The address, for this reader, of a file published at `path` from the site's root.
    fn site_file(&self, path: &str) -> String {
        path.to_string()
    }
}

/// How this HTML is written.
#[derive(Debug, Clone, Copy)]
pub struct Style<'a> {
    /// Put before every id the page defines (headings, footnotes), where several pages share one
    /// document (the offline file).
    pub id_prefix: &'a str,
    /// Let raw HTML through unsanitised (`[markdown] raw_html = "allow"`).
    pub allow_raw_html: bool,
}

/// The document's HTML; a link to a page this reader does not have is a located error.
pub fn to_html(
    doc: &Document,
    (shown, file): (&Path, &str),
    resolve: &dyn Resolve,
    labels: &Labels,
    style: Style,
) -> Result<String> {
    let mut writer = Writer {
        doc,
        shown,
        file,
        resolve,
        labels,
        prefix: style.id_prefix,
        problems: Vec::new(),
        cited: cited_once(doc, |cite| resolve.cited(cite)),
    };
    let mut html = writer.html(&doc.nodes);
    if !writer.problems.is_empty() {
        return Err(Error::Invalid(writer.problems));
    }
    if doc.has_raw_html && !style.allow_raw_html {
        html = sanitize(&html);
    }
    Ok(html)
}

struct Writer<'a> {
    doc: &'a Document,
    shown: &'a Path,
    file: &'a str,
    resolve: &'a dyn Resolve,
    labels: &'a Labels,
    prefix: &'a str,
    problems: Vec<Diagnostic>,
    /// The services each `service` block shows, each service once on the page.
    cited: Vec<Vec<Contact>>,
}

impl<'a> Writer<'a> {
    fn html(&mut self, nodes: &'a [Node]) -> String {
        let unsaid = unsaid(nodes, self.file, &self.cited);
        let events: Vec<Event<'a>> = nodes
            .iter()
            .zip(unsaid)
            .filter(|(_, unsaid)| !unsaid)
            .map(|(n, _)| self.event(n))
            .collect();
        let mut html = String::with_capacity(events.len() * 16);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        html
    }

    fn event(&mut self, node: &'a Node) -> Event<'a> {
        match node {
            Node::Source(start, end) => {
                let text = self
                    .file
                    .get(*start as usize..*end as usize)
                    .unwrap_or_default();
                Event::Text(CowStr::Borrowed(text))
            }
            Node::Start(open) => Event::Start(open.tag()),
            Node::End(tag) => Event::End(*tag),
            Node::Event(event) => borrowed(event),
            Node::Heading(h) => Event::Start(Tag::Heading {
                level: h.level,
                id: Some(CowStr::from(format!(
                    "{}{}",
                    self.prefix, self.doc.headings[h.index].id
                ))),
                classes: h.classes.clone(),
                attrs: h.attrs.clone(),
            }),
            Node::Link(index) => {
                let link = &self.doc.links[*index as usize];
                Event::Start(Tag::Link {
                    link_type: link.link_type,
                    dest_url: CowStr::from(self.href(link)),
                    title: borrow(&link.title),
                    id: borrow(&link.id),
                })
            }
            Node::Image(image) => Event::InlineHtml(CowStr::from(self.image(image))),
            Node::Callout(callout) => Event::Html(CowStr::from(self.callout(callout))),
            Node::Contact(i) => Event::Html(CowStr::from(contact(
                &self.doc.contacts[*i as usize],
                self.labels,
                self.resolve,
            ))),
            Node::Cite(i) => {
                let cited = self.cited.get(*i as usize).into_iter().flatten();
                let html: String = cited
                    .map(|c| contact(c, self.labels, self.resolve))
                    .collect();
                Event::Html(CowStr::from(html))
            }
            Node::RawHtml(raw) => {
                let html = self.raw_html(&raw.html, &raw.links, &raw.ids);
                if raw.inline {
                    Event::InlineHtml(CowStr::from(html))
                } else {
                    Event::Html(CowStr::from(html))
                }
            }
            Node::FootnoteStart(number) => Event::Html(CowStr::from(format!(
                "<div class=\"footnote\" id=\"{}{}\"><sup>{number}</sup>",
                self.prefix,
                escape(self.footnote_id(*number))
            ))),
            Node::FootnoteEnd => Event::Html(CowStr::Borrowed("</div>")),
            Node::FootnoteReference(number) => Event::InlineHtml(CowStr::from(format!(
                "<sup><a href=\"#{}{}\">{number}</a></sup>",
                self.prefix,
                escape(self.footnote_id(*number))
            ))),
        }
    }

    fn footnote_id(&self, number: u32) -> &'a str {
        let ids = &self.doc.footnotes;
        ids.get(number as usize - 1).map_or("", String::as_str)
    }

    fn callout(&mut self, callout: &'a Callout) -> String {
        let inner = self.html(&callout.body);
        let kind = callout.kind;
        let title = match callout.title.as_deref() {
            Some(title) => escape(title),
            None => self.labels.html(self.labels.callout(kind)),
        };
        match kind {
            CalloutKind::Details => format!(
                "<details class=\"callout\"><summary><strong>{title}</strong></summary>{inner}</details>"
            ),
            CalloutKind::Danger => format!(
                "<aside class=\"callout danger\" role=\"alert\"><p class=\"callout-title\"><strong>{title}</strong></p>{inner}</aside>"
            ),
            CalloutKind::Important => format!(
                "<aside class=\"callout important\"><p class=\"callout-title\"><strong>{title}</strong></p>{inner}</aside>"
            ),
        }
    }

    fn problem(&mut self, at: std::ops::Range<usize>, message: String) {
        self.problems
            .push(Diagnostic::at(self.shown, self.file, at, message));
    }

    fn href(&mut self, link: &Link) -> String {
        let with = |url: String, fragment: &Option<String>| match fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        };
        let path = || {
            let dest = link.written.trim();
            dest.split_once('#').map_or(dest, |(p, _)| p).to_string()
        };
        match &link.target {
            Target::Here(anchor) => format!("#{}{anchor}", self.prefix),
            Target::Verbatim(dest) => dest.clone(),
            Target::Page { .. } | Target::Address { .. } => match self.resolve.page(link) {
                Ok(url) => url,
                Err(message) => {
                    self.problem(link.at.clone(), message);
                    link.written.clone()
                }
            },
            Target::Asset { rel, fragment } => match self.resolve.asset(rel) {
                Some(url) => with(url, fragment),
                None => {
                    let message = format!(
                        "`{}` does not exist: link to a page's .md file, or put the file in the content folder",
                        path()
                    );
                    self.problem(link.at.clone(), message);
                    link.written.clone()
                }
            },
        }
    }

    /// Raw HTML with each address in it written for this reader, like a Markdown link's, and
    /// each id it gives prefixed like a heading's.
    fn raw_html(
        &mut self,
        html: &str,
        links: &[(std::ops::Range<usize>, usize)],
        ids: &[std::ops::Range<usize>],
    ) -> String {
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        for (range, index) in links {
            let link = &self.doc.links[*index];
            if !matches!(link.target, Target::Verbatim(_)) {
                edits.push((range.clone(), escape(&self.href(link))));
            }
        }
        if !self.prefix.is_empty() {
            for range in ids {
                edits.push((
                    range.clone(),
                    format!("{}{}", self.prefix, &html[range.clone()]),
                ));
            }
        }
        edits.sort_by_key(|(range, _)| range.start);
        let mut out = String::with_capacity(html.len());
        let mut from = 0;
        for (range, text) in edits {
            if range.start < from {
                continue;
            }
            out.push_str(&html[from..range.start]);
            out.push_str(&text);
            from = range.end;
        }
        out.push_str(&html[from..]);
        out
    }

    fn image(&mut self, image: &Image) -> String {
        let url = self.resolve.asset(&image.rel);
        if url.as_deref() == Some("") {
            // Left out where it would be too heavy (the offline file): its words stand in.
            return format!("<em>{}</em>", escape(&image.alt));
        }
        let Some(url) = url else {
            let message = format!(
                "the image `{}` does not exist in the content folder",
                image.written
            );
            self.problem(image.at.clone(), message);
            return String::new();
        };
        let size = image.size.map_or(String::new(), |(w, h)| {
            format!(" width=\"{w}\" height=\"{h}\"")
        });
        let title = if image.title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", escape(&image.title))
        };
        let img = format!(
            "<img src=\"{}\" alt=\"{}\"{size}{title} loading=\"lazy\">",
            escape(&url),
            escape(&image.alt)
        );
        match self.resolve.original(&image.rel) {
            Some(original) => format!("<a href=\"{}\">{img}</a>", escape(&original)),
            None => img,
        }
    }
}

/// The services each of a document's `service` and `services` blocks shows to one reader, each
/// service once: one an earlier block already shows is left out of the later ones (the first
/// mention wins), so that a service cited by its name and matched again by its place and
/// category is not shown twice on a page, nor printed twice on a leaflet. `cited` gives a
/// block's services; the same service gives the same contact, which is how it is known again.
pub fn cited_once(doc: &Document, cited: impl Fn(&Cite) -> Vec<Contact>) -> Vec<Vec<Contact>> {
    let mut shown: Vec<Contact> = Vec::new();
    let mut once = Vec::with_capacity(doc.cites.len());
    for cite in &doc.cites {
        let mut fresh = Vec::new();
        for contact in cited(cite) {
            if !shown.contains(&contact) {
                shown.push(contact.clone());
                fresh.push(contact);
            }
        }
        once.push(fresh);
    }
    once
}

/// What one element at the top of a list of nodes is, for [`unsaid`].
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Heading(usize),
    /// A paragraph whose last words end in a colon: it introduces what follows.
    Introduces,
    /// A `service` block, and whether it shows nothing.
    Cite {
        empty: bool,
    },
    Other,
}

/// Which of `nodes` (one flag per node) are left unsaid because a `service` block among them
/// shows nothing to this reader (every service past review on paper, or each already shown
/// above): the block itself, the line that introduced it ("En Tapachula también te pueden
/// ayudar:"), and a heading left with nothing under it. No output ends a line in a colon with
/// nothing after it, nor prints a heading over nothing. `cited` is [`cited_once`]'s answer.
pub fn unsaid(nodes: &[Node], source: &str, cited: &[Vec<Contact>]) -> Vec<bool> {
    let parts = top_parts(nodes, source, cited);
    let mut out: Vec<bool> = parts
        .iter()
        .map(|(_, part)| *part == Part::Cite { empty: true })
        .collect();
    for (k, (_, part)) in parts.iter().enumerate() {
        let after = parts[k + 1..].iter().map(|(_, p)| *p);
        let cites = after.take_while(|p| matches!(p, Part::Cite { .. }));
        let (mut any, mut all_empty) = (false, true);
        for p in cites {
            any = true;
            all_empty &= p == Part::Cite { empty: true };
        }
        if *part == Part::Introduces && any && all_empty {
            out[k] = true;
        }
    }
    // Last to first, so that a section whose subsections all went is seen to be empty too.
    for k in (0..parts.len()).rev() {
        let Part::Heading(level) = parts[k].1 else {
            continue;
        };
        let end = parts[k + 1..]
            .iter()
            .position(|(_, p)| matches!(p, Part::Heading(l) if *l <= level))
            .map_or(parts.len(), |n| k + 1 + n);
        let section = k + 1..end;
        let emptied = parts[section.clone()]
            .iter()
            .any(|(_, p)| *p == Part::Cite { empty: true });
        if !section.is_empty() && emptied && out[section].iter().all(|u| *u) {
            out[k] = true;
        }
    }
    let mut flags = vec![false; nodes.len()];
    for ((range, _), unsaid) in parts.into_iter().zip(out) {
        flags[range].fill(unsaid);
    }
    flags
}

/// The elements at the top of `nodes` (a heading with its words, a paragraph, a list, a
/// block), each with the nodes it spans.
fn top_parts(
    nodes: &[Node],
    source: &str,
    cited: &[Vec<Contact>],
) -> Vec<(std::ops::Range<usize>, Part)> {
    let part = |range: &std::ops::Range<usize>| match &nodes[range.start] {
        Node::Heading(h) => Part::Heading(h.level as usize),
        Node::Cite(c) => Part::Cite {
            empty: cited.get(*c as usize).is_none_or(Vec::is_empty),
        },
        Node::Start(Open::Paragraph) if ends_in_colon(&nodes[range.clone()], source) => {
            Part::Introduces
        }
        _ => Part::Other,
    };
    super::document::top_level(nodes)
        .into_iter()
        .map(|range| {
            let part = part(&range);
            (range, part)
        })
        .collect()
}

/// Whether the last words of a paragraph end in a colon.
fn ends_in_colon(nodes: &[Node], source: &str) -> bool {
    let last = nodes.iter().rev().find_map(|node| match node {
        Node::Source(start, end) => source.get(*start as usize..*end as usize),
        Node::Event(event) => match &**event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        },
        _ => None,
    });
    last.is_some_and(|text| text.trim_end().ends_with([':', '\u{ff1a}']))
}

/// An event of the document, borrowing its text rather than copying it.
fn borrowed<'a>(event: &'a Event<'static>) -> Event<'a> {
    match event {
        Event::Text(t) => Event::Text(borrow(t)),
        Event::Code(t) => Event::Code(borrow(t)),
        Event::Html(t) => Event::Html(borrow(t)),
        Event::InlineHtml(t) => Event::InlineHtml(borrow(t)),
        other => other.clone(),
    }
}

fn borrow<'a>(text: &'a CowStr<'static>) -> CowStr<'a> {
    CowStr::Borrowed(text.as_ref())
}

/// A contact block, or a service of the directory: a name and what to call, write or visit,
/// each a link where it can be one.
pub fn contact(contact: &Contact, labels: &Labels, resolve: &dyn Resolve) -> String {
    let borrowed = contact.service.as_ref().and_then(|s| s.lang.as_deref());
    // A service without the reader's words is named in the language its words are borrowed from.
    let lang = borrowed.map_or(String::new(), |l| format!(" lang=\"{}\"", escape(l)));
    let mut html = format!(
        "<div class=\"contact\"><p><strong{lang}>{}</strong></p><ul>",
        escape(&contact.name)
    );
    for line in contact.lines(labels) {
        html.push_str(&contact_line(line, labels, resolve, contact, borrowed));
    }
    html.push_str("</ul></div>");
    html
}

/// One line of a contact as a list item.
fn contact_line(
    line: super::ContactLine,
    labels: &Labels,
    resolve: &dyn Resolve,
    contact: &Contact,
    borrowed: Option<&str>,
) -> String {
    use super::ContactLine;
    let dial = |n: &str| super::dial_number(n).unwrap_or_default();
    // A service's words borrowed from another language say so, for screen readers.
    let mark = |lang: Option<&str>, text: &str| match lang {
        Some(lang) => format!("<span lang=\"{}\">{}</span>", escape(lang), escape(text)),
        None => escape(text),
    };
    let words = |text: &str| mark(borrowed, text);
    // The directory's own words (whom it serves, "verified on…") may be borrowed too.
    let parts = contact.service.as_deref();
    let ui = |text: &str| mark(parts.and_then(|p| p.words_lang.as_deref()), text);
    let said_by_service = |label: &str, value: &str| {
        parts.is_some_and(|p| p.said.iter().any(|(l, v)| l == label && v == value))
    };
    match line {
        ContactLine::Placeholder(text) if parts.is_some_and(|p| p.placeholder.is_some()) => {
            format!("<li class=\"placeholder\">{}</li>", ui(text))
        }
        ContactLine::Placeholder(text) => {
            format!("<li class=\"placeholder\">{}</li>", labels.html(text))
        }
        ContactLine::Phone(label, phone) => format!(
            "<li>{}: <a href=\"tel:{}\">{}</a></li>",
            labels.html(label),
            dial(phone),
            escape(phone)
        ),
        ContactLine::WhatsApp(number) => format!(
            "<li>WhatsApp: <a href=\"https://wa.me/{}\">{}</a></li>",
            dial(number)
                .split(';')
                .next()
                .unwrap_or_default()
                .trim_start_matches('+'),
            escape(number)
        ),
        ContactLine::Sms(number) => format!(
            "<li>SMS: <a href=\"sms:{}\">{}</a></li>",
            dial(number).split(';').next().unwrap_or_default(),
            escape(number)
        ),
        ContactLine::Email(email) => {
            format!("<li><a href=\"mailto:{0}\">{0}</a></li>", escape(email))
        }
        ContactLine::Website(site) => format!("<li><a href=\"{0}\">{0}</a></li>", escape(site)),
        ContactLine::Said(label, value) if contact.hours.as_deref() == Some(value) => {
            let lang = parts.and_then(|p| p.hours_lang.as_deref());
            format!("<li>{}: {}</li>", labels.html(label), mark(lang, value))
        }
        ContactLine::Said(label, value) if said_by_service(label, value) => {
            format!("<li>{}</li>", ui(&format!("{label}: {value}")))
        }
        ContactLine::Said(label, value) => {
            format!("<li>{}: {}</li>", labels.html(label), escape(value))
        }
        ContactLine::About(text) => format!("<li>{}</li>", words(text)),
        ContactLine::Map(label, geo) => {
            format!("<li><a href=\"{}\">{}</a></li>", escape(geo), ui(label))
        }
        ContactLine::Save(label, path) => format!(
            "<li><a href=\"{}\" download>{}</a></li>",
            escape(&resolve.site_file(path)),
            ui(label)
        ),
        ContactLine::Verified(text, false) => format!("<li><small>{}</small></li>", ui(text)),
        ContactLine::Verified(text, true) => format!("<li><strong>{}</strong></li>", ui(text)),
    }
}
