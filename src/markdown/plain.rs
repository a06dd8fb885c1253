//! A page's whole body as plain text, for the text version people forward on WhatsApp or by
//! SMS: headings, paragraphs, bulleted and numbered lists (numbers kept), quotes, callouts, tables
//! and footnotes, each link's words followed by its full address. Nothing of the page is left out
//! but what only a screen can use (images become their alt text; contacts follow the body).

use super::blocks::Labels;
use super::document::{Block, Callout, Document, Inline, Link, Table, Target};
use super::html::Resolve;

/// The body of `doc` as plain text, links written out by `resolve` (full addresses), callouts
/// titled in the reader's words by `labels`.
pub fn to_plain(doc: &Document, source: &str, resolve: &dyn Resolve, labels: &Labels) -> String {
    let parts = to_plain_parts(doc, source, resolve, labels);
    parts.into_iter().map(|(_, text)| text).collect()
}

/// The same in parts, each with the language it is in when that is not the page's (the words
/// a page made from a catalogue leaves in its source language): the text view marks them.
pub fn to_plain_parts(
    doc: &Document,
    source: &str,
    resolve: &dyn Resolve,
    labels: &Labels,
) -> Vec<(Option<String>, String)> {
    let mut writer = Plain::new(doc, source, resolve, labels);
    writer.blocks(&doc.blocks);
    let text = tidy(&writer.out);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find(LANG_OPEN) {
        let (lang, after) = rest[open + LANG_OPEN.len_utf8()..]
            .split_once(LANG_MID)
            .unwrap_or_default();
        let (words, after) = after.split_once(LANG_CLOSE).unwrap_or((after, ""));
        parts.push((None, rest[..open].to_string()));
        parts.push((Some(lang.to_string()), words.to_string()));
        rest = after;
    }
    parts.push((None, rest.to_string()));
    parts.retain(|(_, text)| !text.is_empty());
    parts
}

/// Where words in another language start and end in the writer's text: characters of Unicode's
/// private use area, which no page holds, taken out again by [`to_plain_parts`].
const LANG_OPEN: char = '\u{F8F0}';
const LANG_MID: char = '\u{F8F1}';
const LANG_CLOSE: char = '\u{F8F2}';

struct Plain<'a> {
    doc: &'a Document,
    source: &'a str,
    resolve: &'a dyn Resolve,
    labels: &'a Labels,
    out: String,
    /// Each open list: the next item's number, or `None` for bullets.
    lists: Vec<Option<u64>>,
}

impl<'a> Plain<'a> {
    fn new(
        doc: &'a Document,
        source: &'a str,
        resolve: &'a dyn Resolve,
        labels: &'a Labels,
    ) -> Self {
        Plain {
            doc,
            source,
            resolve,
            labels,
            out: String::new(),
            lists: Vec::new(),
        }
    }

    /// A callout as `! Title: its words`, its title on the line of its first words.
    fn callout(&mut self, callout: &Callout) {
        let mut inner = Plain::new(self.doc, self.source, self.resolve, self.labels);
        inner.blocks(&callout.body);
        let body = tidy(&inner.out);
        let title = callout
            .title
            .as_deref()
            .unwrap_or(self.labels.callout(callout.kind));
        self.block_break();
        self.out.push_str(&format!("! {title}: {}", body.trim()));
        self.block_break();
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph(inlines) => {
                if self.lists.is_empty() {
                    self.block_break();
                }
                self.inlines(inlines);
                self.block_break();
            }
            Block::Plain(inlines) => self.inlines(inlines),
            Block::Heading(heading) => {
                self.block_break();
                self.inlines(&heading.inlines);
                self.block_break();
            }
            Block::List { start, items } => self.list(*start, items),
            Block::Quote(blocks) => {
                self.block_break();
                self.blocks(blocks);
                self.block_break();
            }
            Block::Code { text, .. } => {
                self.block_break();
                self.inlines(text);
                self.block_break();
            }
            Block::Table(table) => self.table(table),
            Block::Callout(callout) => self.callout(callout),
            Block::Footnote { number, blocks } => {
                self.block_break();
                self.out.push_str(&format!("[{number}] "));
                self.blocks(blocks);
            }
            Block::Rule => {
                self.block_break();
                self.out.push_str("———");
                self.block_break();
            }
            Block::Video(video) => {
                self.block_break();
                let words = self.labels.video_link(&video.title);
                self.out.push_str(&format!("{words} ({})", video.url));
                self.block_break();
            }
            Block::Contact(_) | Block::Cite(_) | Block::Html(_) => {}
        }
    }

    /// Each item on its own line, indented by how deep its list is, numbers kept.
    fn list(&mut self, start: Option<u64>, items: &[Box<[Block]>]) {
        self.lists.push(start);
        for item in items {
            self.line_break();
            let depth = self.lists.len().saturating_sub(1);
            self.out.push_str(&"   ".repeat(depth));
            let marker = match self.lists.last_mut() {
                Some(Some(n)) => {
                    *n += 1;
                    format!("{}. ", *n - 1)
                }
                _ => "- ".to_string(),
            };
            self.out.push_str(&marker);
            self.blocks(item);
        }
        self.lists.pop();
        if self.lists.is_empty() {
            self.block_break();
        }
    }

    /// A row a line, cells separated by ` | `.
    fn table(&mut self, table: &Table) {
        self.block_break();
        for row in std::iter::once(&table.head).chain(&table.rows) {
            self.line_break();
            for cell in row {
                if !self.out.ends_with('\n') {
                    self.out.push_str(" | ");
                }
                self.inlines(cell);
            }
        }
        self.block_break();
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline) {
        match inline {
            Inline::Source(..) | Inline::Text(_) | Inline::Code(_) => {
                let text = inline.text(self.source).unwrap_or_default();
                self.out.push_str(text);
            }
            Inline::SoftBreak => self.out.push(' '),
            Inline::HardBreak => self.line_break(),
            Inline::Link { index, children } => {
                let start = self.out.len();
                let address = self
                    .doc
                    .links
                    .get(*index as usize)
                    .and_then(|l| self.address(l));
                self.inlines(children);
                // Not when its words are the address already.
                if let Some(address) = address
                    && !self.out.get(start..).unwrap_or_default().contains(&address)
                {
                    self.out.push_str(&format!(" ({address})"));
                }
            }
            Inline::Image(image) if !image.alt.is_empty() => {
                self.out.push_str(&format!("[{}]", image.alt));
            }
            Inline::FootnoteReference(n) => self.out.push_str(&format!("[{n}]")),
            Inline::TaskMarker(done) => self.out.push_str(if *done { "[x] " } else { "[ ] " }),
            Inline::Lang(words) => {
                self.out.push(LANG_OPEN);
                self.out.push_str(&words.lang);
                self.out.push(LANG_MID);
                self.inlines(&words.children);
                self.out.push(LANG_CLOSE);
            }
            other => self.inlines(other.children()),
        }
    }

    /// A link's full address, as a reader would type or dial it; none for a heading on this page.
    fn address(&self, link: &Link) -> Option<String> {
        let address = match &link.target {
            Target::Here(_) => return None,
            Target::Verbatim(dest) => dest.clone(),
            Target::Page { .. } | Target::Address { .. } => self.resolve.page(link).ok()?,
            Target::Asset { rel, fragment } => {
                let url = self.resolve.asset(rel)?;
                fragment
                    .as_ref()
                    .map_or(url.clone(), |f| format!("{url}#{f}"))
            }
        };
        let shown = ["tel:", "mailto:", "sms:"]
            .iter()
            .find_map(|scheme| address.strip_prefix(scheme))
            .unwrap_or(&address);
        (!shown.is_empty()).then(|| shown.to_string())
    }

    fn line_break(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn block_break(&mut self) {
        self.line_break();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }
}

/// Lines without trailing spaces, at most one blank line between blocks, none at the ends.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
