//! What the `service` and `services` blocks of a page show one reader, each service once, and
//! what is left unsaid when a block shows nothing: every output asks here, so that none prints
//! a line ending in a colon over nothing.

use super::blocks::{Cite, Contact};
use super::document::{Block, Document, Inline};

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

/// What one block of a list of blocks is, for [`unsaid`].
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

/// Which of `blocks` (one flag per block) are left unsaid because a `service` block among them
/// shows nothing to this reader (every service past review on paper, or each already shown
/// above): the block itself, the line that introduced it ("En Tapachula también te pueden
/// ayudar:"), and a heading left with nothing under it. No output ends a line in a colon with
/// nothing after it, nor prints a heading over nothing. `cited` is [`cited_once`]'s answer.
pub fn unsaid(blocks: &[Block], source: &str, cited: &[Vec<Contact>]) -> Vec<bool> {
    let parts: Vec<Part> = blocks.iter().map(|b| part(b, source, cited)).collect();
    let mut out: Vec<bool> = parts
        .iter()
        .map(|part| *part == Part::Cite { empty: true })
        .collect();
    for (k, part) in parts.iter().enumerate() {
        let cites = parts[k + 1..]
            .iter()
            .take_while(|p| matches!(p, Part::Cite { .. }));
        let (mut any, mut all_empty) = (false, true);
        for p in cites {
            any = true;
            all_empty &= *p == Part::Cite { empty: true };
        }
        if *part == Part::Introduces && any && all_empty {
            out[k] = true;
        }
    }
    // Last to first, so that a section whose subsections all went is seen to be empty too.
    for k in (0..parts.len()).rev() {
        let Part::Heading(level) = parts[k] else {
            continue;
        };
        let end = parts[k + 1..]
            .iter()
            .position(|p| matches!(p, Part::Heading(l) if *l <= level))
            .map_or(parts.len(), |n| k + 1 + n);
        let section = k + 1..end;
        let emptied = parts[section.clone()].contains(&Part::Cite { empty: true });
        if !section.is_empty() && emptied && out[section].iter().all(|u| *u) {
            out[k] = true;
        }
    }
    out
}

/// What a block is for [`unsaid`]: a heading, a line that introduces, a service block, or else.
fn part(block: &Block, source: &str, cited: &[Vec<Contact>]) -> Part {
    match block {
        Block::Heading(h) => Part::Heading(h.level as usize),
        Block::Cite(c) => Part::Cite {
            empty: cited.get(*c as usize).is_none_or(Vec::is_empty),
        },
        Block::Paragraph(inlines)
            if last_words(inlines, source)
                .is_some_and(|text| text.trim_end().ends_with([':', '\u{ff1a}'])) =>
        {
            Part::Introduces
        }
        _ => Part::Other,
    }
}

/// The last piece of text in some running text, at any depth.
fn last_words<'a>(inlines: &'a [Inline], source: &'a str) -> Option<&'a str> {
    inlines
        .iter()
        .rev()
        .find_map(|inline| last_words(inline.children(), source).or_else(|| inline.text(source)))
}
