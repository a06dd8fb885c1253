//! Markdown, read once per page. [`read()`] parses a page's body into a [`Document`]: a tree of
//! blocks and inlines whose text is mostly places in the file, headings with their final ids, links
//! and images resolved, `callout` and `contact` blocks validated, key points and prose for the
//! lints. Every output (HTML in [`html`], typst markup in the leaflets, the text version) and every
//! lint walks that tree; nothing parses the Markdown again, and only [`read`] knows the parser.

mod blocks;
mod cited;
mod containers;
mod dialects;
mod document;
mod escape;
mod html;
mod links;
mod plain;
mod points;
mod read;
mod sanitize;
mod slug;
mod still;
mod summary;
#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicUsize, Ordering};

pub use blocks::{
    CalloutKind, Cite, Cited, Contact, ContactLine, Labels, Listing, ServiceParts, dial_number,
};
pub use cited::{cited_once, unsaid};
pub use document::{
    Alignment, Block, Callout, Document, Heading, HeadingBlock, Image, Inline, Link, RawHtml,
    Table, Target, Video, each_inline,
};
pub use html::{Resolve, Still, Style, contact, to_html};
pub use links::SHARED;
pub use links::decoded as percent_decoded;
pub(crate) use links::join;
pub use plain::{to_plain, to_plain_parts};
pub use read::{AssetLookup, Foreign, Reading, read, read_all};
pub use sanitize::sanitize;
pub use slug::slug;

/// How many page bodies have been read into documents in this process: what proves that a
/// build reads each page once.
static PAGES_READ: AtomicUsize = AtomicUsize::new(0);

/// The number of page bodies read so far in this process.
pub fn pages_read() -> usize {
    PAGES_READ.load(Ordering::Relaxed)
}
