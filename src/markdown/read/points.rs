//! What reading takes from a page's events besides its tree: how deeply its blocks nest, and
//! the key points a text message carries.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::is_curled_apostrophe;

/// Nesting deeper than this (block quotes in block quotes...) is refused rather than risk the stack.
pub(super) const MAX_NESTING: usize = 200;

/// How deeply the events nest, and where they first nest too deeply.
pub(super) fn depth(events: &[(Event<'_>, Range<usize>)]) -> (usize, Option<Range<usize>>) {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for (event, range) in events {
        match event {
            Event::Start(_) => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > MAX_NESTING {
                    return (deepest, Some(range.clone()));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (deepest, None)
}

/// Each `##` section as "Heading: what it says first", the points a poster carries: its first
/// paragraph whole, or its first list with every item (a section that opens with the steps to
/// take keeps them), and a paragraph that ends in a colon keeps the list that follows it.
pub(super) fn key_points(
    events: &[(Event<'_>, Range<usize>)],
    body: &str,
    letter: bool,
) -> Vec<String> {
    let mut points = Points::default();
    for (event, range) in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) if *level as u8 == 2 => points.heading(),
            Event::End(TagEnd::Heading(_)) if points.at == At::Heading => points.at = At::Waiting,
            Event::Start(Tag::Paragraph) if points.at == At::Waiting => {
                points.at = At::Paragraph;
            }
            Event::End(TagEnd::Paragraph) if points.at == At::Paragraph => points.paragraph_ends(),
            Event::Start(Tag::List(_)) => points.list_starts(),
            Event::End(TagEnd::List(_)) => points.list_ends(),
            Event::Start(Tag::Item) if points.lists == 1 => points.items.push(String::new()),
            Event::Text(t) | Event::Code(t) => {
                let typed = &body[range.clone()];
                let t: &str = if letter && is_curled_apostrophe(t, typed) {
                    "'"
                } else {
                    t
                };
                points.text(t);
            }
            Event::SoftBreak | Event::HardBreak => points.text(" "),
            _ => {}
        }
    }
    points.finish();
    points.done
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
