//! What a page's Markdown is once it has been read: a [`Document`] of nodes, headings, links,
//! contacts and key points, the typed value every output and lint reads.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};
use serde::Serialize;

use super::blocks::{CalloutKind, Cite, Contact};
use crate::diagnostics::Diagnostic;

/// A page's body, read once: what every output is made from.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub nodes: Vec<Node>,
    /// Every heading, in order, with the id its anchor gets.
    pub headings: Vec<Heading>,
    /// Every link, in order; [`Node::Link`] points into this list.
    pub links: Vec<Link>,
    /// Every contact block, validated; [`Node::Contact`] points into this list.
    pub contacts: Vec<Contact>,
    /// Every `service` and `services` block; [`Node::Cite`] points into this list.
    pub cites: Vec<Cite>,
    /// Each footnote's id, by number (the first is number 1).
    pub footnotes: Vec<String>,
    /// Each `##` section's heading and first sentence: the page's key points.
    pub key_points: Vec<String>,
    /// The page holds raw HTML, so its HTML is sanitised.
    pub has_raw_html: bool,
    /// How deeply its blocks nest (lists in lists, quotes in quotes).
    pub depth: usize,
    /// The text of the `# Title` the page opened with, taken as its title (and not shown twice).
    pub title: Option<String>,
    /// Ids besides its headings' that links may point at: footnotes, and `id`s in raw HTML.
    pub anchors: Vec<String>,
    /// What the writer should know but that does not stop the build (raw HTML taken out).
    pub warnings: Vec<Diagnostic>,
    /// Where the first template code of another generator stands (`{{% glossary %}}`), shown as
    /// written: headings it would have made are missing, and links to them are blamed on it.
    pub template_code: Option<Range<usize>>,
}

impl Document {
    /// Whether `#id` lands somewhere on this page.
    pub fn has_anchor(&self, id: &str) -> bool {
        self.headings.iter().any(|h| h.id == id) || self.anchors.iter().any(|a| a == id)
    }

    /// Each paragraph and list item as the writer typed it (smart punctuation undone), with
    /// where its text starts in the file: what the plain-language lint reads. Worked out when
    /// asked for, from the nodes and the page's `source`.
    pub fn prose(&self, source: &str) -> Vec<(usize, String)> {
        super::summary::prose(&self.nodes, source)
    }

    /// Each callout (blocks and `:::` containers) as plain text: kind, own title, words. What the
    /// text version carries of them.
    pub fn callouts(&self, source: &str) -> Vec<(CalloutKind, Option<String>, String)> {
        super::summary::callouts(&self.nodes, source)
    }

    /// Every id a link can point at, for suggestions.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let headings = self.headings.iter().map(|h| h.id.as_str());
        headings.chain(self.anchors.iter().map(String::as_str))
    }
}

/// Where each element at the top of `nodes` begins and ends (a heading with its words, a
/// paragraph, a list, a block): what the outputs that take a page block by block walk.
pub fn top_level(nodes: &[Node]) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, node) in nodes.iter().enumerate() {
        match node {
            Node::Start(_) | Node::Heading(_) | Node::Link(_) | Node::FootnoteStart(_) => {
                depth += 1
            }
            Node::Event(event) if matches!(**event, Event::Start(_)) => depth += 1,
            Node::End(_) | Node::FootnoteEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            blocks.push(start..i + 1);
            start = i + 1;
        }
    }
    blocks
}

/// A heading with its final id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// Where it starts in the file.
    #[serde(skip)]
    pub at: usize,
}

/// A link as written and what it points at.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub target: Target,
    /// The address as the writer typed it.
    pub written: String,
    pub at: Range<usize>,
    /// How it was written (`[a](b)`, `<b>`, a reference), and its Markdown title and id.
    pub link_type: LinkType,
    pub title: CowStr<'static>,
    pub id: CowStr<'static>,
}

/// Where a link goes, resolved from the page's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A page of the site by identity (`guias/mexico`), and a heading in it.
    Page {
        id: String,
        fragment: Option<String>,
    },
    /// A heading on this page: `#abogado`.
    Here(String),
    /// An address as sites write links (`/rights/at-home`, `../get-support/`, `printable`):
    /// the site works out which page it is, from the page's own address or its file.
    Address {
        path: String,
        fragment: Option<String>,
    },
    /// A file in the page's language folder, and a fragment in it.
    Asset {
        rel: String,
        fragment: Option<String>,
    },
    /// Left as written: other sites, `tel:`, `mailto:`.
    Verbatim(String),
}

/// An image of the site, with its alt text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Path under the language folder.
    pub rel: String,
    pub written: String,
    pub size: Option<(u32, u32)>,
    pub alt: String,
    pub title: String,
    pub at: Range<usize>,
}

/// One piece of a document: Markdown as pulldown-cmark gives it, or one of the things senda
/// resolves or adds.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Text exactly as the file has it, from byte `.0` to byte `.1`: most of a page's text,
    /// kept as a place in the file rather than a copy.
    Source(u32, u32),
    /// The start of one of the common elements that carry nothing but their kind.
    Start(Open),
    /// The end of an element.
    End(TagEnd),
    /// Any other Markdown event, as pulldown-cmark gives it (text it changed, element starts).
    Event(Box<Event<'static>>),
    Heading(Box<HeadingStart>),
    /// The start of a link; its place in [`Document::links`].
    Link(u32),
    Image(Box<Image>),
    Callout(Box<Callout>),
    /// A contact block; its place in [`Document::contacts`].
    Contact(u32),
    /// Services of the directory; its place in [`Document::cites`].
    Cite(u32),
    RawHtml(Box<RawHtml>),
    /// A footnote's text starts; its number (from 1) in [`Document::footnotes`].
    FootnoteStart(u32),
    FootnoteEnd,
    FootnoteReference(u32),
}

/// Elements that open with nothing but their kind: most of a page's starts, kept small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Paragraph,
    Item,
    Emphasis,
    Strong,
    Strikethrough,
    BulletList,
    OrderedList(u64),
    TableHead,
    TableRow,
    TableCell,
}

impl Open {
    /// The element, if it is one of these.
    pub(super) fn of(tag: &Tag<'_>) -> Option<Open> {
        Some(match tag {
            Tag::Paragraph => Open::Paragraph,
            Tag::Item => Open::Item,
            Tag::Emphasis => Open::Emphasis,
            Tag::Strong => Open::Strong,
            Tag::Strikethrough => Open::Strikethrough,
            Tag::List(None) => Open::BulletList,
            Tag::List(Some(n)) => Open::OrderedList(*n),
            Tag::TableHead => Open::TableHead,
            Tag::TableRow => Open::TableRow,
            Tag::TableCell => Open::TableCell,
            _ => return None,
        })
    }

    /// The element as pulldown-cmark names it.
    pub fn tag(self) -> Tag<'static> {
        match self {
            Open::Paragraph => Tag::Paragraph,
            Open::Item => Tag::Item,
            Open::Emphasis => Tag::Emphasis,
            Open::Strong => Tag::Strong,
            Open::Strikethrough => Tag::Strikethrough,
            Open::BulletList => Tag::List(None),
            Open::OrderedList(n) => Tag::List(Some(n)),
            Open::TableHead => Tag::TableHead,
            Open::TableRow => Tag::TableRow,
            Open::TableCell => Tag::TableCell,
        }
    }
}

/// The start of a heading: its place in [`Document::headings`] and its Markdown attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingStart {
    pub index: usize,
    pub level: HeadingLevel,
    pub classes: Vec<CowStr<'static>>,
    pub attrs: Vec<(CowStr<'static>, Option<CowStr<'static>>)>,
}

/// A callout block, or a `:::` container; `title` is the container's own, if it gave one.
#[derive(Debug, Clone, PartialEq)]
pub struct Callout {
    pub kind: CalloutKind,
    pub title: Option<String>,
    pub body: Vec<Node>,
}

/// Raw HTML as written, with where each address in it is (`href`, `src`) and the link in
/// [`Document::links`] it became, so that it is checked and rewritten like any link.
#[derive(Debug, Clone, PartialEq)]
pub struct RawHtml {
    pub html: String,
    pub inline: bool,
    pub links: Vec<(Range<usize>, usize)>,
    /// Where the ids it gives are (`id`, and `name` on `<a>`), to prefix in a file of several
    /// pages.
    pub ids: Vec<Range<usize>>,
}
