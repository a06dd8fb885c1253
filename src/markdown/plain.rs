//! A page's whole body as plain text, for the text version people forward on WhatsApp or by
//! SMS: headings, paragraphs, bulleted and numbered lists (numbers kept), quotes, callouts, tables
//! and footnotes, each link's words followed by its full address. Nothing of the page is left out
//! but what only a screen can use (images become their alt text; contacts follow the body).

use pulldown_cmark::{Event, Tag, TagEnd};

use super::blocks::Labels;
use super::document::{Callout, Document, Link, Node, Open, Target};
use super::html::Resolve;

/// The body of `doc` as plain text, links written out by `resolve` (full addresses), callouts
/// titled in the reader's words by `labels`.
pub fn to_plain(doc: &Document, source: &str, resolve: &dyn Resolve, labels: &Labels) -> String {
    let mut writer = Plain::new(doc, source, resolve, labels);
    writer.nodes(&doc.nodes);
    tidy(&writer.out)
}

struct Plain<'a> {
    doc: &'a Document,
    source: &'a str,
    resolve: &'a dyn Resolve,
    labels: &'a Labels,
    out: String,
    /// Each open list: the next item's number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Each open link: where its words start in `out`, and its address.
    links: Vec<(usize, Option<String>)>,
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
            links: Vec::new(),
        }
    }

    /// A callout as `! Title: its words`, its title on the line of its first words.
    fn callout(&mut self, callout: &Callout) {
        let mut inner = Plain::new(self.doc, self.source, self.resolve, self.labels);
        inner.nodes(&callout.body);
        let body = tidy(&inner.out);
        let title = callout
            .title
            .as_deref()
            .unwrap_or(self.labels.callout(callout.kind));
        self.block_break();
        self.out.push_str(&format!("! {title}: {}", body.trim()));
        self.block_break();
    }

    fn nodes(&mut self, nodes: &[Node]) {
        for node in nodes {
            self.node(node);
        }
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Source(from, to) => {
                let text = self
                    .source
                    .get(*from as usize..*to as usize)
                    .unwrap_or_default();
                self.out.push_str(text);
            }
            Node::Start(open) => self.open(*open),
            Node::End(end) => self.close(end),
            Node::Event(event) => self.event(event),
            Node::Heading(_) => self.block_break(),
            Node::Link(index) => {
                let address = self
                    .doc
                    .links
                    .get(*index as usize)
                    .and_then(|l| self.address(l));
                self.links.push((self.out.len(), address));
            }
            Node::Image(image) if !image.alt.is_empty() => {
                self.out.push_str(&format!("[{}]", image.alt));
            }
            Node::Callout(callout) => self.callout(callout),
            Node::FootnoteStart(n) => {
                self.block_break();
                self.out.push_str(&format!("[{n}] "));
            }
            Node::FootnoteReference(n) => self.out.push_str(&format!("[{n}]")),
            _ => {}
        }
    }

    fn open(&mut self, open: Open) {
        match open {
            Open::BulletList => self.lists.push(None),
            Open::OrderedList(first) => self.lists.push(Some(first)),
            Open::Item => {
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
            }
            Open::Paragraph if self.lists.is_empty() => self.block_break(),
            Open::TableRow | Open::TableHead => self.line_break(),
            Open::TableCell if !self.out.ends_with('\n') => self.out.push_str(" | "),
            _ => {}
        }
    }

    fn close(&mut self, end: &TagEnd) {
        match end {
            TagEnd::List(_) => {
                self.lists.pop();
                if self.lists.is_empty() {
                    self.block_break();
                }
            }
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Table => {
                self.block_break()
            }
            TagEnd::BlockQuote(_) => self.block_break(),
            TagEnd::Link => {
                // Not when its words are the address already.
                if let Some((start, Some(address))) = self.links.pop()
                    && !self.out.get(start..).unwrap_or_default().contains(&address)
                {
                    self.out.push_str(&format!(" ({address})"));
                }
            }
            _ => {}
        }
    }

    fn event(&mut self, event: &Event<'_>) {
        match event {
            Event::Text(t) | Event::Code(t) => self.out.push_str(t),
            Event::SoftBreak => self.out.push(' '),
            Event::HardBreak => self.line_break(),
            Event::Start(Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::Table(_)) => {
                self.block_break()
            }
            Event::Start(Tag::Link { .. }) => self.links.push((self.out.len(), None)),
            Event::Rule => {
                self.block_break();
                self.out.push_str("———");
                self.block_break();
            }
            Event::TaskListMarker(done) => self.out.push_str(if *done { "[x] " } else { "[ ] " }),
            _ => {}
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
