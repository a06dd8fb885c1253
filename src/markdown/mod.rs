//! Markdown, read once per page. [`document::read`] parses a page's body into a [`Document`]:
//! its nodes with their source spans, headings with their final ids, links and images resolved,
//! `callout` and `contact` blocks validated, key points and prose for the lints. Every output (HTML
//! in [`html`], typst markup in the leaflets, the text version) and every lint reads that
//! document; nothing parses the Markdown again.

mod blocks;
mod containers;
mod document;
mod html;
mod links;
mod plain;
mod raw_html;
mod read;
mod sanitize;
mod slug;
mod summary;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use pulldown_cmark::{Event, Options, Parser};

pub use blocks::{
    CalloutKind, Cite, Cited, Contact, ContactLine, Labels, Listing, ServiceParts, dial_number,
};
pub use document::{Document, Heading, Image, Link, Node, Open, Target, top_level};
pub use html::{Resolve, Style, cited_once, contact, to_html, unsaid};
pub use links::decoded as percent_decoded;
pub(crate) use links::join;
pub use plain::to_plain;
pub use read::{AssetLookup, Reading, read};
pub use sanitize::sanitize;
pub use slug::slug;

/// Every pulldown-cmark option senda reads Markdown with, in one place.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_TASKLISTS
}

/// How many page bodies have been read into documents in this process: what proves that a
/// build reads each page once.
static PAGES_READ: AtomicUsize = AtomicUsize::new(0);

/// The number of page bodies read so far in this process.
pub fn pages_read() -> usize {
    PAGES_READ.load(Ordering::Relaxed)
}

/// The Markdown's events, each with where it is in the text: the crate's only Markdown parser.
fn events(text: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .collect()
}

/// Smart punctuation turns `'` into `’` or `‘`; in K'iche' and Mam that `'` is a letter.
fn is_curled_apostrophe(event_text: &str, source_text: &str) -> bool {
    matches!(event_text, "\u{2019}" | "\u{2018}") && source_text == "'"
}
