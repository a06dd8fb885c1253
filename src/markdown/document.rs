//! What a page's Markdown is once it has been read: a [`Document`] of blocks, headings, links,
//! contacts and key points, the typed value every output and lint reads.

use std::ops::Range;

use serde::Serialize;

use super::blocks::{CalloutKind, Cite, Contact};
use crate::diagnostics::Diagnostic;

/// A page's body, read once: what every output is made from.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Its blocks, in order: a tree whose text is mostly places in the page's file.
    pub blocks: Vec<Block>,
    /// Every heading, in order, with the id its anchor gets.
    pub headings: Vec<Heading>,
    /// Every link, in order; [`Inline::Link`] points into this list.
    pub links: Vec<Link>,
    /// Every contact block, validated; [`Block::Contact`] points into this list.
    pub contacts: Vec<Contact>,
    /// Every `service` and `services` block; [`Block::Cite`] points into this list.
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
    /// The page's own leading `# Heading` when its front matter gives another title: shown as
    /// its main heading, as Docusaurus and MkDocs show it; the title is for menus and tabs.
    pub heading: Option<String>,
    /// Ids besides its headings' that links may point at: footnotes, and `id`s in raw HTML.
    pub anchors: Vec<String>,
    /// What the writer should know but that does not stop the build (raw HTML taken out).
    pub warnings: Vec<Diagnostic>,
    /// Where the first template code of another generator stands (`{{% glossary %}}`), shown as
    /// written: headings it would have made are missing, and links to them are blamed on it.
    pub template_code: Option<Range<usize>>,
    /// Where each run of words stands in the file, in reading order: each paragraph's, heading's,
    /// list item's and table cell's inline Markdown. The messages a translation catalogue holds.
    pub texts: Vec<Range<usize>>,
    /// Where the `# Title` line taken as the title is, words and all: a page made from a
    /// catalogue leaves it out, its title being translated in the front matter.
    pub title_at: Option<Range<usize>>,
}

impl Document {
    /// Whether `#id` lands somewhere on this page.
    pub fn has_anchor(&self, id: &str) -> bool {
        self.headings.iter().any(|h| h.id == id) || self.anchors.iter().any(|a| a == id)
    }

    /// Each paragraph and list item as the writer typed it (smart punctuation undone), with
    /// where its text starts in the file: what the plain-language lint reads. Worked out when
    /// asked for, from the blocks and the page's `source`.
    pub fn prose(&self, source: &str) -> Vec<(usize, String)> {
        super::summary::prose(&self.blocks, source)
    }

    /// Each callout (blocks and `:::` containers) as plain text: kind, own title, words. What the
    /// text version carries of them.
    pub fn callouts(&self, source: &str) -> Vec<(CalloutKind, Option<String>, String)> {
        super::summary::callouts(&self.blocks, source)
    }

    /// Every id a link can point at, for suggestions.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let headings = self.headings.iter().map(|h| h.id.as_str());
        headings.chain(self.anchors.iter().map(String::as_str))
    }
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
    /// Its Markdown title (`[a](b "title")`), empty if none.
    pub title: String,
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

/// A block of a page: what stands on its own line or lines.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Box<[Inline]>),
    /// Words outside any paragraph: a tight list item's, or those read inside a raw HTML element
    /// that holds only text (`<p markdown="1">`).
    Plain(Box<[Inline]>),
    Heading(Box<HeadingBlock>),
    /// A list: numbered from `start`, or bulleted when it has none; each item its blocks.
    List {
        start: Option<u64>,
        items: Box<[Box<[Block]>]>,
    },
    Quote(Box<[Block]>),
    /// Code shown as written: `lang` is the first word of a fence's info (empty if none).
    Code {
        lang: Box<str>,
        text: Box<[Inline]>,
    },
    Table(Box<Table>),
    Callout(Box<Callout>),
    /// A contact block; its place in [`Document::contacts`].
    Contact(u32),
    /// Services of the directory; its place in [`Document::cites`].
    Cite(u32),
    /// The raw HTML lines of one HTML block.
    Html(Box<[RawHtml]>),
    /// A footnote's text; its number (from 1) in [`Document::footnotes`].
    Footnote {
        number: u32,
        blocks: Box<[Block]>,
    },
    Rule,
    /// A video another site plays (an `<iframe>` in the page): a link to it, with its title.
    Video(Box<Video>),
}

/// A video of another site, offered as a link: pages carry no players.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Video {
    pub url: String,
    pub title: String,
}

/// A piece of running text: 24 bytes, most pieces being places in the page's file, and every
/// list of pieces held at its exact length.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text exactly as the file has it, from byte `.0` to byte `.1`: most of a page's text,
    /// kept as a place in the file rather than a copy.
    Source(u32, u32),
    /// Text that reading changed (smart punctuation, a kept apostrophe, an escape).
    Text(Box<str>),
    Code(Box<str>),
    Emphasis(Box<[Inline]>),
    Strong(Box<[Inline]>),
    Strikethrough(Box<[Inline]>),
    /// A link: its place in [`Document::links`], and its words.
    Link {
        index: u32,
        children: Box<[Inline]>,
    },
    Image(Box<Image>),
    RawHtml(Box<RawHtml>),
    /// A footnote's number (from 1) in [`Document::footnotes`].
    FootnoteReference(u32),
    SoftBreak,
    HardBreak,
    /// A task list item's box, ticked or not.
    TaskMarker(bool),
    /// Words in another language than the page's: a message a catalogue does not translate yet,
    /// left in the language it falls back to, so that screen readers switch voice.
    Lang(Box<Words>),
}

/// Words in another language than the page's, with that language and its direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    pub lang: Box<str>,
    pub rtl: bool,
    pub children: Box<[Inline]>,
}

/// A heading: its place in [`Document::headings`], its Markdown attributes and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingBlock {
    pub index: u32,
    pub level: u8,
    pub classes: Vec<String>,
    pub attrs: Vec<(String, Option<String>)>,
    pub inlines: Box<[Inline]>,
}

/// A table: how each column is aligned, the head's cells and each row's.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub alignments: Vec<Alignment>,
    pub head: Vec<Vec<Inline>>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

/// How a table's column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alignment {
    None,
    Left,
    Center,
    Right,
}

impl Inline {
    /// Its text, if it is text (as the file has it, or as reading changed it, or code).
    pub fn text<'a>(&'a self, source: &'a str) -> Option<&'a str> {
        match self {
            Inline::Source(start, end) => Some(
                source
                    .get(*start as usize..*end as usize)
                    .unwrap_or_default(),
            ),
            Inline::Text(text) | Inline::Code(text) => Some(text),
            _ => None,
        }
    }

    /// The inlines it holds (a link's words, emphasised words).
    pub fn children(&self) -> &[Inline] {
        match self {
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => c,
            Inline::Link { children, .. } => children,
            Inline::Lang(words) => &words.children,
            _ => &[],
        }
    }
}

/// Calls `f` on every inline of `blocks` at any depth (in lists, quotes, tables, footnotes and
/// callouts; inside links and emphasis after the inline that holds them), in reading order: the
/// one walk for what needs every piece of a page's text.
pub fn each_inline<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Inline)) {
    fn inlines<'a>(list: &'a [Inline], f: &mut impl FnMut(&'a Inline)) {
        for inline in list {
            f(inline);
            inlines(inline.children(), f);
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph(i) | Block::Plain(i) => inlines(i, f),
            Block::Heading(h) => inlines(&h.inlines, f),
            Block::Code { text, .. } => inlines(text, f),
            Block::List { items, .. } => items.iter().for_each(|item| each_inline(item, f)),
            Block::Quote(b) | Block::Footnote { blocks: b, .. } => each_inline(b, f),
            Block::Callout(c) => each_inline(&c.body, f),
            Block::Table(t) => {
                let rows = std::iter::once(&t.head).chain(&t.rows);
                rows.flatten().for_each(|cell| inlines(cell, f));
            }
            Block::Contact(_) | Block::Cite(_) | Block::Html(_) | Block::Rule | Block::Video(_) => {
            }
        }
    }
}

/// A callout block, or a `:::` container; `title` is the container's own, if it gave one.
#[derive(Debug, Clone, PartialEq)]
pub struct Callout {
    pub kind: CalloutKind,
    pub title: Option<String>,
    pub body: Vec<Block>,
}

/// Raw HTML as written, with where each address in it is (`href`, `src`) and the link in
/// [`Document::links`] it became, so that it is checked and rewritten like any link.
#[derive(Debug, Clone, PartialEq)]
pub struct RawHtml {
    pub html: String,
    pub links: Vec<(Range<usize>, usize)>,
    /// Where the ids it gives are (`id`, and `name` on `<a>`), to prefix in a file of several
    /// pages.
    pub ids: Vec<Range<usize>>,
}
