//! A page's key points, the lines a poster carries: a plain walk over its document.

use super::document::{Block, Inline};

/// Each `##` section as "Heading: what it says first", the points a poster carries: its first
/// paragraph whole, or its first list with every item (a section that opens with the steps to
/// take keeps them), and a paragraph that ends in a colon keeps the list that follows it.
pub(super) fn key_points(blocks: &[Block], source: &str) -> Vec<String> {
    let mut points = Points::default();
    points.blocks(blocks, source);
    points.finish();
    points.done
}

impl Points {
    fn blocks(&mut self, blocks: &[Block], source: &str) {
        for block in blocks {
            self.block(block, source);
        }
    }

    fn block(&mut self, block: &Block, source: &str) {
        if let Block::Html(lines) = block {
            lines.iter().for_each(|line| self.html(&line.html));
            return;
        }
        if self.html.iter().any(|(_, aside)| *aside) {
            return;
        }
        match block {
            Block::Heading(h) if h.level == 2 => {
                self.heading();
                self.inlines(&h.inlines, source);
                if self.at == At::Heading {
                    self.at = At::Waiting;
                }
            }
            Block::Heading(h) => self.inlines(&h.inlines, source),
            Block::Paragraph(inlines) => {
                let opens = self.at == At::Waiting;
                if opens {
                    self.at = At::Paragraph;
                }
                self.inlines(inlines, source);
                if opens && self.at == At::Paragraph {
                    self.paragraph_ends();
                }
            }
            Block::Plain(inlines) | Block::Code { text: inlines, .. } => {
                self.inlines(inlines, source)
            }
            Block::List { items, .. } => {
                self.list_starts();
                for item in items {
                    if self.lists == 1 {
                        self.items.push(String::new());
                    }
                    self.blocks(item, source);
                }
                self.list_ends();
            }
            Block::Quote(blocks) | Block::Footnote { blocks, .. } => self.blocks(blocks, source),
            Block::Callout(callout) => self.blocks(&callout.body, source),
            Block::Table(table) => {
                for cell in std::iter::once(&table.head).chain(&table.rows).flatten() {
                    self.inlines(cell, source);
                }
            }
            Block::Contact(_) | Block::Cite(_) | Block::Html(_) | Block::Rule | Block::Video(_) => {
            }
        }
    }

    /// Follows the raw HTML elements that hold Markdown (`<div markdown="1">`, as Jekyll sites
    /// write them): what an aside, a quote or a figure holds is never a section's point.
    fn html(&mut self, html: &str) {
        let Some(tag) = html.trim().strip_prefix('<') else {
            return;
        };
        let (closing, tag) = match tag.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, tag),
        };
        let end = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let name = &tag[..end];
        if closing {
            if self.html.last().is_some_and(|(open, _)| open == name) {
                self.html.pop();
            }
        } else if tag.contains("markdown=") && !tag.trim_end().ends_with("/>") {
            let aside = ["aside", "blockquote", "figure", "details"].contains(&name);
            self.html.push((name.to_string(), aside));
        }
    }

    fn inlines(&mut self, inlines: &[Inline], source: &str) {
        for inline in inlines {
            match inline {
                Inline::SoftBreak | Inline::HardBreak => self.text(" "),
                Inline::Image(image) => self.text(&image.alt),
                _ => match inline.text(source) {
                    Some(text) => self.text(text),
                    None => self.inlines(inline.children(), source),
                },
            }
        }
    }
}

/// Where the reading of a section is.
#[derive(Default, PartialEq, Eq, Clone, Copy)]
enum At {
    /// Before the first `##`, or after a section's point is taken.
    #[default]
    Outside,
    Heading,
    /// After the heading, before its first paragraph or list.
    Waiting,
    Paragraph,
    /// After a paragraph that ends in a colon: its list belongs to the point.
    WaitingList,
    List,
}

#[derive(Default)]
struct Points {
    done: Vec<String>,
    at: At,
    heading: String,
    said: String,
    items: Vec<String>,
    /// How deep in lists the reading is.
    lists: usize,
    /// The raw HTML elements holding Markdown that the reading is inside, innermost last, and
    /// whether each is an aside.
    html: Vec<(String, bool)>,
}

impl Points {
    fn heading(&mut self) {
        self.finish();
        self.at = At::Heading;
    }

    fn text(&mut self, t: &str) {
        match self.at {
            At::Heading => self.heading.push_str(t),
            At::Paragraph => self.said.push_str(t),
            At::List => {
                if let Some(item) = self.items.last_mut() {
                    item.push_str(t);
                }
            }
            _ => {}
        }
    }

    fn paragraph_ends(&mut self) {
        if self.said.trim_end().ends_with(':') {
            self.at = At::WaitingList;
        } else {
            self.finish();
        }
    }

    fn list_starts(&mut self) {
        self.lists += 1;
        if self.lists == 1 && matches!(self.at, At::Waiting | At::WaitingList) {
            self.at = At::List;
        }
    }

    fn list_ends(&mut self) {
        self.lists = self.lists.saturating_sub(1);
        if self.lists == 0 && self.at == At::List {
            self.finish();
        }
    }

    /// The section's point, once: "Heading: paragraph items…"; nothing for a heading with no
    /// words under it, and never a colon with nothing after it.
    fn finish(&mut self) {
        let items: Vec<String> = self
            .items
            .drain(..)
            .map(|i| i.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|i| !i.is_empty())
            .collect();
        let mut said = self.said.split_whitespace().collect::<Vec<_>>().join(" ");
        if !items.is_empty() {
            // Items that end in punctuation are sentences already; others are joined by `;`.
            let mut joined = String::new();
            for (i, item) in items.iter().enumerate() {
                joined.push_str(item);
                if i + 1 < items.len() {
                    let ends = item.ends_with(['.', ',', ';', ':', '!', '?']);
                    joined.push_str(if ends { " " } else { "; " });
                }
            }
            said = match said.is_empty() {
                true => joined,
                false => format!("{said} {joined}"),
            };
        }
        let said = said.trim_end_matches(':').trim().to_string();
        let heading = self.heading.trim().to_string();
        if !heading.is_empty() && !said.is_empty() && self.at != At::Outside {
            self.done.push(format!("{heading}: {said}"));
        }
        self.heading.clear();
        self.said.clear();
        self.at = At::Outside;
    }
}
