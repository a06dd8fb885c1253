//! A document as HTML for one reader: links written for where the page is read (web, a phone's
//! file manager, one offline file), blocks in the content's words.

use std::path::Path;

use super::blocks::{CalloutKind, Cite, Contact, Labels};
use super::cited::{cited_once, unsaid};
use super::document::{Alignment, Block, Callout, Document, HeadingBlock, Image, Inline, Link};
use super::document::{RawHtml, Table, Target, Video};
use super::escape as commonmark;
use super::sanitize::sanitize;
pub use super::still::Still;
use super::still::raw_still;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::html::escape;
use crate::said;
use crate::said::Said;

/// What a document's links need from the rest of the site, for one reader.
pub trait Resolve {
    /// The address, for this reader, of the page a link points at (a [`Target::Page`] or a
    /// [`Target::Address`]), and the heading in it; a message for the writer if there is none.
    fn page(&self, link: &Link) -> std::result::Result<String, Said>;
    /// The address of a file in the content language's folder; empty for an image left out
    /// here (too heavy to carry inside the offline file).
    fn asset(&self, rel: &str) -> Option<String>;
    /// An animation's still, shown in its place, and the link under it to the animation.
    fn still(&self, _rel: &str) -> Option<Still> {
        None
    }
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
        out: String::new(),
        end_newline: true,
    };
    let mut html = writer.html(&doc.blocks);
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
    out: String,
    /// Whether what is written so far ends a line: blocks start on a line of their own.
    end_newline: bool,
}

impl<'a> Writer<'a> {
    /// Some blocks as HTML on their own (the body, or a callout's inside), less those a
    /// `service` block that shows nothing leaves unsaid.
    fn html(&mut self, blocks: &[Block]) -> String {
        let outer = std::mem::take(&mut self.out);
        let outer_newline = std::mem::replace(&mut self.end_newline, true);
        let unsaid = unsaid(blocks, self.file, &self.cited);
        for (block, _) in blocks.iter().zip(unsaid).filter(|(_, unsaid)| !unsaid) {
            self.block(block);
        }
        self.end_newline = outer_newline;
        std::mem::replace(&mut self.out, outer)
    }

    /// Writes markup, noting whether it ends a line.
    fn write(&mut self, markup: &str) {
        self.out.push_str(markup);
        if !markup.is_empty() {
            self.end_newline = markup.ends_with('\n');
        }
    }

    /// Writes the start of a block, on a line of its own.
    fn open(&mut self, markup: &str) {
        if !self.end_newline {
            self.out.push('\n');
        }
        self.write(markup);
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph(inlines) => match &inlines[..] {
                // A paragraph left in another language says so on itself.
                [Inline::Lang(words)] => {
                    self.open(&format!("<p{}>", language(&words.lang, words.rtl)));
                    self.inlines(&words.children);
                    self.write("</p>\n");
                }
                _ => {
                    self.open("<p>");
                    self.inlines(inlines);
                    self.write("</p>\n");
                }
            },
            Block::Plain(inlines) => self.inlines(inlines),
            Block::Heading(heading) => self.heading(heading),
            Block::List { start, items } => self.list(*start, items),
            Block::Quote(blocks) => {
                self.open("<blockquote>\n");
                self.blocks(blocks);
                self.write("</blockquote>\n");
            }
            Block::Code { lang, text } => self.code(lang, text),
            Block::Table(table) => self.table(table),
            Block::Callout(callout) => {
                let html = self.callout(callout);
                self.write(&html);
            }
            Block::Contact(i) => {
                let html = contact(&self.doc.contacts[*i as usize], self.labels, self.resolve);
                self.write(&html);
            }
            Block::Cite(i) => {
                let cited = self.cited.get(*i as usize).into_iter().flatten();
                let html: String = cited
                    .map(|c| contact(c, self.labels, self.resolve))
                    .collect();
                self.write(&html);
            }
            Block::Html(lines) => lines.iter().for_each(|raw| self.raw(raw)),
            Block::Footnote { number, blocks } => {
                let id = escape(self.footnote_id(*number));
                let prefix = self.prefix;
                self.write(&format!(
                    "<div class=\"footnote\" id=\"{prefix}{id}\"><sup>{number}</sup>"
                ));
                self.blocks(blocks);
                self.write("</div>");
            }
            Block::Rule => self.open("<hr />\n"),
            Block::Video(video) => self.video(video),
        }
    }

    /// A list, numbered from `start` or bulleted, each item its blocks.
    fn list(&mut self, start: Option<u64>, items: &[Box<[Block]>]) {
        match start {
            Some(1) => self.open("<ol>\n"),
            Some(n) => self.open(&format!("<ol start=\"{n}\">\n")),
            None => self.open("<ul>\n"),
        }
        for item in items {
            self.open("<li>");
            self.blocks(item);
            self.write("</li>\n");
        }
        self.write(if start.is_some() {
            "</ol>\n"
        } else {
            "</ul>\n"
        });
    }

    /// Code shown as written, with its language as CommonMark writes it.
    fn code(&mut self, lang: &str, text: &[Inline]) {
        let mut start = String::from("<pre><code");
        if !lang.is_empty() {
            start.push_str(" class=\"language-");
            commonmark::attribute(&mut start, lang);
            start.push('"');
        }
        start.push('>');
        self.open(&start);
        self.inlines(text);
        self.write("</code></pre>\n");
    }

    /// A video of another site: a link to watch it, with its title.
    fn video(&mut self, video: &Video) {
        let words = self.labels.video_link(&video.title);
        self.write(&format!(
            "<p class=\"video\"><a href=\"{}\">{}</a></p>\n",
            escape(&video.url),
            escape(&words)
        ));
    }

    /// A heading with its final id (prefixed where pages share a file) and its own attributes.
    fn heading(&mut self, heading: &HeadingBlock) {
        let level = heading.level;
        let id = &self.doc.headings[heading.index as usize].id;
        let mut start = format!("<h{level} id=\"");
        commonmark::attribute(&mut start, &format!("{}{id}", self.prefix));
        start.push('"');
        if !heading.classes.is_empty() {
            start.push_str(" class=\"");
            commonmark::attribute(&mut start, &heading.classes.join(" "));
            start.push('"');
        }
        for (name, value) in &heading.attrs {
            start.push(' ');
            commonmark::attribute(&mut start, name);
            start.push_str("=\"");
            commonmark::attribute(&mut start, value.as_deref().unwrap_or_default());
            start.push('"');
        }
        start.push('>');
        self.open(&start);
        self.inlines(&heading.inlines);
        self.write(&format!("</h{level}>\n"));
    }

    /// A table: its head's cells `th`, its rows' `td`, each aligned as its column is.
    fn table(&mut self, table: &Table) {
        let cell = |tag: &str, column: usize| {
            let style = match table.alignments.get(column) {
                Some(Alignment::Left) => " style=\"text-align: left\"",
                Some(Alignment::Center) => " style=\"text-align: center\"",
                Some(Alignment::Right) => " style=\"text-align: right\"",
                _ => "",
            };
            format!("<{tag}{style}>")
        };
        self.write("<table><thead><tr>");
        for (column, inlines) in table.head.iter().enumerate() {
            self.write(&cell("th", column));
            self.inlines(inlines);
            self.write("</th>");
        }
        self.write("</tr></thead><tbody>\n");
        for row in &table.rows {
            self.write("<tr>");
            for (column, inlines) in row.iter().enumerate() {
                self.write(&cell("td", column));
                self.inlines(inlines);
                self.write("</td>");
            }
            self.write("</tr>\n");
        }
        self.write("</tbody></table>\n");
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline) {
        match inline {
            Inline::Source(..) | Inline::Text(_) => {
                let text = inline.text(self.file).unwrap_or_default();
                commonmark::body(&mut self.out, text);
                self.end_newline = text.ends_with('\n');
            }
            Inline::Code(text) => {
                self.write("<code>");
                commonmark::body(&mut self.out, text);
                self.write("</code>");
            }
            Inline::Emphasis(inner) => self.wrapped("<em>", inner, "</em>"),
            Inline::Strong(inner) => self.wrapped("<strong>", inner, "</strong>"),
            Inline::Strikethrough(inner) => self.wrapped("<del>", inner, "</del>"),
            Inline::Link { index, children } => {
                let link = &self.doc.links[*index as usize];
                let mut start = String::from("<a href=\"");
                commonmark::href(&mut start, &self.href(link));
                if !link.title.is_empty() {
                    start.push_str("\" title=\"");
                    commonmark::attribute(&mut start, &link.title);
                }
                start.push_str("\">");
                self.wrapped(&start, children, "</a>");
            }
            Inline::Image(image) => {
                let html = self.image(image);
                self.write(&html);
            }
            Inline::RawHtml(raw) => self.raw(raw),
            Inline::FootnoteReference(number) => {
                let id = escape(self.footnote_id(*number));
                let prefix = self.prefix;
                self.write(&format!(
                    "<sup><a href=\"#{prefix}{id}\">{number}</a></sup>"
                ));
            }
            Inline::SoftBreak => self.write("\n"),
            Inline::HardBreak => self.write("<br />\n"),
            Inline::TaskMarker(true) => {
                self.write("<input disabled=\"\" type=\"checkbox\" checked=\"\"/>\n")
            }
            Inline::TaskMarker(false) => self.write("<input disabled=\"\" type=\"checkbox\"/>\n"),
            Inline::Lang(words) => {
                let start = format!("<span{}>", language(&words.lang, words.rtl));
                self.wrapped(&start, &words.children, "</span>")
            }
        }
    }

    /// Running text between a start tag and an end tag.
    fn wrapped(&mut self, start: &str, inner: &[Inline], end: &str) {
        self.write(start);
        self.inlines(inner);
        self.write(end);
    }

    /// Raw HTML, its addresses and ids written for this reader.
    fn raw(&mut self, raw: &RawHtml) {
        let html = self.raw_html(&raw.html, &raw.links, &raw.ids);
        self.write(&html);
    }

    fn footnote_id(&self, number: u32) -> &'a str {
        let ids = &self.doc.footnotes;
        ids.get(number as usize - 1).map_or("", String::as_str)
    }

    fn callout(&mut self, callout: &Callout) -> String {
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

    fn problem(&mut self, at: std::ops::Range<usize>, message: Said) {
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
                    let message = said!("markdown-link-file-missing", path = path());
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
            if let Some((still, end)) = raw_still(html, range.start, link, self.resolve) {
                // An animation in an `<img>`: its still, and the link under the tag.
                edits.push((range.clone(), escape(&still.src)));
                edits.push((end..end, still.link()));
            } else if !matches!(link.target, Target::Verbatim(_)) {
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
        let still = self.resolve.still(&image.rel);
        let url = match &still {
            Some(still) => Some(still.src.clone()),
            None => self.resolve.asset(&image.rel),
        };
        if url.as_deref() == Some("") {
            // Left out where it would be too heavy (the offline file): its words stand in.
            return format!("<em>{}</em>", escape(&image.alt));
        }
        let Some(url) = url else {
            let message = said!("markdown-image-missing", dest = &image.written);
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
        match (self.resolve.original(&image.rel), still) {
            (_, Some(still)) => format!("{img}{}", still.link()),
            (Some(original), None) => format!("<a href=\"{}\">{img}</a>", escape(&original)),
            (None, None) => img,
        }
    }
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

/// ` lang="es" dir="ltr"`: the attributes of words in another language than the page's.
fn language(lang: &str, rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    format!(" lang=\"{}\" dir=\"{dir}\"", escape(lang))
}
