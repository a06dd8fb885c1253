//! What a page says in short, from its document: the prose the plain-language lint reads, and
//! its callouts as plain text.

use super::blocks::CalloutKind;
use super::document::{Block, Inline};

/// Paragraphs and list items (not headings, not code or blocks) as the writer typed them, with
/// where each one's text starts in the file.
pub(super) fn prose(blocks: &[Block], source: &str) -> Vec<(usize, String)> {
    let mut prose = Prose {
        source,
        ..Prose::default()
    };
    prose.blocks(blocks);
    prose.out
}

/// The reading of a page's prose: what is done, and the paragraph or item being read.
#[derive(Default)]
struct Prose<'a> {
    source: &'a str,
    out: Vec<(usize, String)>,
    text: String,
    start: Option<usize>,
    /// In a paragraph or a list item, and not in its heading or code.
    in_text: bool,
}

impl Prose<'_> {
    fn flush(&mut self) {
        if !self.text.trim().is_empty() {
            let text = std::mem::take(&mut self.text);
            self.out.push((self.start.unwrap_or(0), text));
        }
        self.text.clear();
        self.start = None;
    }

    /// Text in a paragraph or an item: from its start to its end, and so on.
    fn unit(&mut self, read: impl FnOnce(&mut Self)) {
        self.flush();
        self.in_text = true;
        read(self);
        self.flush();
        self.in_text = false;
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Paragraph(inlines) => self.unit(|p| p.inlines(inlines)),
                Block::Plain(inlines) => self.inlines(inlines),
                Block::Heading(heading) => {
                    self.in_text = false;
                    self.inlines(&heading.inlines);
                }
                Block::List { items, .. } => {
                    for item in items {
                        self.unit(|p| p.blocks(item));
                    }
                }
                Block::Quote(blocks) | Block::Footnote { blocks, .. } => self.blocks(blocks),
                Block::Code { .. } => self.in_text = false,
                Block::Table(table) => {
                    let cells = std::iter::once(&table.head).chain(&table.rows).flatten();
                    cells.for_each(|cell| self.inlines(cell));
                }
                _ => {}
            }
        }
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Source(from, to) if self.in_text => {
                    self.start.get_or_insert(*from as usize);
                    let text = self.source.get(*from as usize..*to as usize);
                    self.text.push_str(text.unwrap_or_default());
                }
                Inline::SoftBreak | Inline::HardBreak => self.text.push(' '),
                Inline::Text(t) | Inline::Code(t) if self.in_text => {
                    self.text.push_str(as_typed(t))
                }
                Inline::Image(_) => {}
                other => self.inlines(other.children()),
            }
        }
    }
}

/// What smart punctuation made, as it was typed.
fn as_typed(text: &str) -> &str {
    match text {
        "“" | "”" => "\"",
        "‘" | "’" => "'",
        "–" => "--",
        "—" => "---",
        "…" => "...",
        other => other,
    }
}

/// Each callout of a page (blocks and `:::` containers, at any depth) as plain text: its kind,
/// its own title if it has one, and its words.
pub(super) fn callouts(
    blocks: &[Block],
    source: &str,
) -> Vec<(CalloutKind, Option<String>, String)> {
    let mut found = Vec::new();
    for block in blocks {
        match block {
            Block::Callout(callout) => {
                let mut text = String::new();
                plain(&callout.body, source, &mut text);
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                found.push((callout.kind, callout.title.clone(), text));
                found.extend(callouts(&callout.body, source));
            }
            Block::List { items, .. } => {
                for item in items {
                    found.extend(callouts(item, source));
                }
            }
            Block::Quote(blocks) | Block::Footnote { blocks, .. } => {
                found.extend(callouts(blocks, source))
            }
            _ => {}
        }
    }
    found
}

/// The words of some blocks (not of callouts among them), blocks separated by spaces.
fn plain(blocks: &[Block], source: &str, out: &mut String) {
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => {
                words(inlines, source, out);
                out.push(' ');
            }
            Block::Plain(inlines) => words(inlines, source, out),
            Block::Heading(heading) => {
                words(&heading.inlines, source, out);
                out.push(' ');
            }
            Block::Code { text, .. } => {
                words(text, source, out);
                out.push(' ');
            }
            Block::List { items, .. } => {
                for item in items {
                    plain(item, source, out);
                    out.push(' ');
                }
            }
            Block::Quote(blocks) => {
                plain(blocks, source, out);
                out.push(' ');
            }
            Block::Footnote { blocks, .. } => plain(blocks, source, out),
            Block::Table(table) => {
                for cell in std::iter::once(&table.head).chain(&table.rows).flatten() {
                    words(cell, source, out);
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// The words of running text (not an image's alt), breaks as spaces.
fn words(inlines: &[Inline], source: &str, out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::SoftBreak | Inline::HardBreak => out.push(' '),
            Inline::Image(_) => {}
            other => match other.text(source) {
                Some(text) => out.push_str(text),
                None => words(other.children(), source, out),
            },
        }
    }
}
