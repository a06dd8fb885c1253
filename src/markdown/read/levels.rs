//! A page has one main heading, its title: `#` headings written in its text (as Jekyll and
//! MkDocs pages often have) are shown one level lower, with every heading of the page, so the
//! order of sections stays as written.

use super::Builder;
use crate::diagnostics::Diagnostic;
use crate::markdown::document::Block;
use crate::said;

impl Builder<'_> {
    /// Shows every heading one level lower when the text has a `#` heading, and says so once.
    pub(super) fn one_main_heading(&mut self, blocks: &mut [Block]) {
        let Some(first) = self.doc.headings.iter().find(|h| h.level == 1) else {
            return;
        };
        let r = self.reading;
        let end = r.file[first.at..]
            .find('\n')
            .map_or(r.file.len(), |e| first.at + e);
        let message = said!("markdown-heading-h1", words = &first.text);
        let warning = Diagnostic::at(r.shown, r.file, first.at..end, message).warning();
        self.doc.warnings.push(warning);
        for heading in &mut self.doc.headings {
            heading.level = (heading.level + 1).min(6);
        }
        lower(blocks);
    }
}

fn lower(blocks: &mut [Block]) {
    for block in blocks {
        match block {
            Block::Heading(h) => h.level = (h.level + 1).min(6),
            Block::Quote(inner) | Block::Footnote { blocks: inner, .. } => lower(inner),
            Block::Callout(c) => lower(&mut c.body),
            Block::List { items, .. } => items.iter_mut().for_each(|i| lower(i)),
            _ => {}
        }
    }
}
