//! Raw HTML written in a page, read tag by tag: the ids it gives (links may point at them), the
//! addresses in its `href` and `src` (checked and rewritten like Markdown links), and what the
//! sanitiser will take out (reported, so that nothing disappears silently).

use std::ops::Range;

use pulldown_cmark::Event;

use super::Builder;
use super::tree::Place;
use crate::diagnostics::Diagnostic;
use crate::markdown::document::{Block, Link, RawHtml, Target, Video};
use crate::said;
use crate::said::Said;

/// One opening tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::markdown) struct Tag<'a> {
    pub name: String,
    pub attrs: Vec<Attr<'a>>,
    /// Where the tag is in the text it was found in.
    pub at: Range<usize>,
}

/// One attribute; `value` and `at` (where the value is) are empty for a bare attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::markdown) struct Attr<'a> {
    pub name: String,
    pub value: &'a str,
    pub at: Range<usize>,
}

impl Tag<'_> {
    /// The value of attribute `name`, if the tag has it.
    pub fn get(&self, name: &str) -> Option<&Attr<'_>> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// Every opening tag in `html`, in order; comments and closing tags are passed over. Forgiving:
/// what is not a tag is text.
pub(in crate::markdown) fn tags(html: &str) -> Vec<Tag<'_>> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<').map(|k| i + k) {
        if html[lt..].starts_with("<!--") {
            i = html[lt..].find("-->").map_or(html.len(), |k| lt + k + 3);
            continue;
        }
        let name_len = html[lt + 1..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        if name_len == 0 || !bytes[lt + 1].is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let name = html[lt + 1..lt + 1 + name_len].to_ascii_lowercase();
        let (attrs, end) = attributes(html, lt + 1 + name_len);
        // A script's or a style's text is not HTML: a `<script>` in its comment is no tag.
        i = match REMOVED_WITH_CONTENT.contains(&name.as_str()) {
            true => raw_text_end(html, end, &name),
            false => end,
        };
        found.push(Tag {
            name,
            attrs,
            at: lt..end,
        });
    }
    found
}

/// Where the text of a `<script>` or `<style>` that starts at `from` ends: at its closing tag,
/// whatever case it is written in, or at the end of the HTML.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let close = format!("</{name}");
    html.get(from..)
        .and_then(|rest| rest.to_ascii_lowercase().find(&close))
        .map_or(html.len(), |k| from + k)
}

/// The attributes from `start` to the tag's `>`, and where the tag ends.
fn attributes(html: &str, start: usize) -> (Vec<Attr<'_>>, usize) {
    let bytes = html.as_bytes();
    let mut attrs = Vec::new();
    let mut i = start;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (attrs, i);
        }
        if bytes[i] == b'>' {
            return (attrs, i + 1);
        }
        let name_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let (value, at, next) = value(html, i);
        attrs.push(Attr { name, value, at });
        i = next.max(name_start + 1);
    }
}

/// An attribute's value after its name (`="…"`, `='…'`, `=bare` or nothing).
fn value(html: &str, mut i: usize) -> (&str, Range<usize>, usize) {
    let bytes = html.as_bytes();
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= bytes.len() || bytes[i] != b'=' {
        return ("", i..i, i);
    }
    i += 1;
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    match bytes.get(i) {
        Some(&q) if q == b'"' || q == b'\'' => {
            let end = html[i + 1..]
                .find(q as char)
                .map_or(html.len(), |k| i + 1 + k);
            (&html[i + 1..end], i + 1..end, (end + 1).min(html.len()))
        }
        _ => {
            let end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                .map_or(html.len(), |k| i + k);
            (&html[i..end], i..end, end)
        }
    }
}

impl Builder<'_> {
    /// Raw HTML: its ids noted, its addresses read as links, what the sanitiser will take out
    /// reported. `at` is where it starts in the file, when its text is the file's own.
    pub(super) fn raw_html(&mut self, html: &str, at: Option<usize>) -> RawHtml {
        self.doc.has_raw_html = true;
        let mut links = Vec::new();
        let mut ids = Vec::new();
        for tag in tags(html) {
            let name = tag.name.as_str();
            let id = tag
                .get("id")
                .or_else(|| tag.get("name").filter(|_| name == "a"));
            self.doc.anchors.extend(id.map(|a| a.value.to_string()));
            ids.extend(id.map(|a| a.at.clone()));
            let Some(at) = at else { continue };
            self.removed(&tag, at);
            for attr in ["href", "src"] {
                let Some(value) = tag.get(attr).filter(|a| !a.value.trim().is_empty()) else {
                    continue;
                };
                let value_at = at + value.at.start..at + value.at.end;
                if self.other_site(name, attr, value.value, value_at.clone()) {
                    continue;
                }
                let target = if name == "img" && attr == "src" {
                    crate::markdown::links::image(self.reading, value.value).map(|(rel, _)| {
                        Target::Asset {
                            rel,
                            fragment: None,
                        }
                    })
                } else {
                    crate::markdown::links::target(self.reading, value.value)
                };
                match target {
                    Ok(target) => {
                        self.doc.links.push(Link {
                            target,
                            written: value.value.to_string(),
                            at: value_at,
                            title: String::new(),
                        });
                        links.push((value.at.clone(), self.doc.links.len() - 1));
                    }
                    Err(message) => self.problem(value_at, message),
                }
            }
        }
        RawHtml {
            html: html.to_string(),
            links,
            ids,
        }
    }

    /// Warns about an element or attribute of raw HTML that the sanitiser will take out.
    fn removed(&mut self, tag: &Tag, at: usize) {
        let r = self.reading;
        if r.allow_raw_html {
            return;
        }
        let here = at + tag.at.start..at + tag.at.end;
        let mut warn = |message: Said| {
            let d = Diagnostic::at(r.shown, r.file, here.clone(), message).warning();
            self.doc.warnings.push(d);
        };
        let name = tag.name.as_str();
        let video = tag.get("src").map(|s| s.value.trim()).filter(|s| {
            name == "iframe" && (s.starts_with("https://") || s.starts_with("http://"))
        });
        if let Some(url) = video {
            let title = tag.get("title").map_or("", |t| t.value.trim());
            let title = match title.is_empty() {
                true => url.split('/').nth(2).unwrap_or(url).to_string(),
                false => title.to_string(),
            };
            warn(said!("markdown-html-video", title = &title));
            self.videos.push(Video {
                url: url.replace("&amp;", "&"),
                title,
            });
        } else if REMOVED_WITH_CONTENT.contains(&name) {
            warn(said!("markdown-html-removed-with-content", name = name));
        } else if !crate::markdown::sanitize::TAGS.contains(&name) {
            warn(said!("markdown-html-removed", name = name));
        }
        for attr in tag.attrs.iter().filter(|a| a.name.starts_with("on")) {
            warn(said!("markdown-html-attribute-removed", name = &attr.name));
        }
    }

    /// An address to another site or in a scheme: left as written for a link (the sanitiser
    /// takes out `javascript:` and the like, and says so here); taken out for an image, since
    /// images come from this site only. True when it needs no more checking.
    fn other_site(&mut self, tag: &str, attr: &str, value: &str, at: Range<usize>) -> bool {
        let value = value.trim();
        let lower = value.to_ascii_lowercase();
        let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
        if scheme.is_none() && !value.starts_with("//") {
            return false;
        }
        let taken_out = if tag == "img" && attr == "src" {
            !lower.starts_with("data:image/")
        } else {
            matches!(scheme, Some("javascript" | "vbscript" | "data" | "file"))
        };
        if taken_out && !self.reading.allow_raw_html {
            let r = self.reading;
            let message = said!("markdown-html-address-removed", value = value);
            self.doc
                .warnings
                .push(Diagnostic::at(r.shown, r.file, at, message).warning());
        }
        true
    }
}

impl Builder<'_> {
    /// Whether the HTML block starting at `i` has an element with `markdown="1"` (kramdown's
    /// way, used by Jekyll sites, of saying that Markdown is written inside it).
    pub(super) fn has_markdown_inside(
        &self,
        events: &[(Event<'_>, Range<usize>)],
        i: usize,
    ) -> bool {
        let lines = events[i + 1..]
            .iter()
            .take_while(|(e, _)| matches!(e, Event::Html(_)));
        lines.into_iter().any(|(e, _)| match e {
            Event::Html(html) => tags(html).iter().any(|t| {
                t.get("markdown")
                    .is_some_and(|a| matches!(a.value, "1" | "block" | "span"))
            }),
            _ => false,
        })
    }

    /// An HTML block whose elements hold Markdown: its tags stay raw HTML (checked like any),
    /// and the text between them is read as Markdown; inside an element that holds only
    /// text (`<p>`, `<li>`, `<span>`…) without a paragraph of its own.
    pub(super) fn markdown_in_html(
        &mut self,
        text: &str,
        lines: &[(Event<'_>, Range<usize>)],
        offset: usize,
    ) -> Vec<Block> {
        let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
            return Vec::new();
        };
        let block = &text[first.1.start..last.1.end];
        let joined = joined(lines);
        if joined != block {
            // Indented inside a list or a quote: the text is not the file's own; left as HTML.
            return vec![Block::Html(Box::new([self.raw_html(&joined, None)]))];
        }
        let start = offset + first.1.start;
        let mut open: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for (range, tag) in pieces(block) {
            let piece = &block[range.clone()];
            match tag {
                Some(name) => {
                    match name.strip_prefix('/') {
                        Some(closed) => {
                            if let Some(at) = open.iter().rposition(|o| o == closed) {
                                open.truncate(at);
                            }
                        }
                        None if !VOID.contains(&name.as_str()) => open.push(name),
                        None => {}
                    }
                    let raw = self.raw_html(piece, Some(start + range.start));
                    out.push(Block::Html(Box::new([raw])));
                }
                None if piece.trim().is_empty() => {}
                None => {
                    let events = super::events(piece);
                    let at = Place {
                        text: piece,
                        offset: start + range.start,
                        depth: 0,
                    };
                    let mut blocks = self.blocks(at, &events);
                    let inline = open.last().is_some_and(|o| TEXT_ONLY.contains(&o.as_str()));
                    if inline && let Some(Block::Paragraph(words)) = blocks.first_mut() {
                        let words = std::mem::take(words);
                        blocks[0] = Block::Plain(words);
                    }
                    out.extend(blocks);
                }
            }
        }
        out
    }
}

/// The text of an HTML block's lines, together.
pub(super) fn joined(lines: &[(Event<'_>, Range<usize>)]) -> String {
    lines
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Html(h) => Some(h.as_ref()),
            _ => None,
        })
        .collect()
}

/// The tags (with their names; a closing one's starts with `/`) and the text between them.
fn pieces(html: &str) -> Vec<(Range<usize>, Option<String>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(lt) = html[at..].find('<').map(|k| at + k) {
        let rest = &html[lt + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let Some(gt) = html[lt..]
            .find('>')
            .map(|k| lt + k + 1)
            .filter(|_| !name.is_empty())
        else {
            at = lt + 1;
            continue;
        };
        if lt > at {
            out.push((at..lt, None));
        }
        let name = name.to_ascii_lowercase();
        out.push((
            lt..gt,
            Some(if closing { format!("/{name}") } else { name }),
        ));
        at = gt;
    }
    if at < html.len() {
        out.push((at..html.len(), None));
    }
    out
}

/// Elements with no closing tag.
const VOID: [&str; 6] = ["img", "br", "hr", "input", "meta", "wbr"];

/// Elements that hold text, not paragraphs: Markdown inside them is read without one.
const TEXT_ONLY: [&str; 17] = [
    "p", "span", "a", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong",
    "small", "summary", "label",
];

/// Elements the sanitiser takes out with everything in them.
pub(super) const REMOVED_WITH_CONTENT: [&str; 2] = ["script", "style"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_written_inside_a_script_is_its_text() {
        let html = "<script>\n/* put <script> in the page */\nx()</SCRIPT><b>y</b>";
        let names: Vec<String> = tags(html).into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["script", "b"]);
    }

    #[test]
    fn tags_and_attributes_with_where_their_values_are() {
        let html = "<!-- <b> --><a href=\"/rights/at-home\" id=x class='c d' hidden>x</a><br/><img src=mapa.png alt=\"m\"> 3 < 4";
        let found = tags(html);
        let names: Vec<&str> = found.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["a", "br", "img"]);
        let href = found[0].get("href").map(|a| a.value);
        assert_eq!(href, Some("/rights/at-home"));
        let at = found[0]
            .get("href")
            .map(|a| a.at.clone())
            .unwrap_or_default();
        assert_eq!(&html[at], "/rights/at-home");
        assert_eq!(found[0].get("class").map(|a| a.value), Some("c d"));
        assert_eq!(found[0].get("hidden").map(|a| a.value), Some(""));
        assert_eq!(found[2].get("src").map(|a| a.value), Some("mapa.png"));
    }
}
