//! What a page says in short, taken from the same reading as its document: the key points a text
//! message carries, the prose the plain-language lint reads, and how deeply its blocks nest.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::blocks::CalloutKind;
use super::document::{Node, Open};

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

/// Each `##` section as "Heading: its first sentence.", the points a text message can carry.
pub(super) fn key_points(
    events: &[(Event<'_>, Range<usize>)],
    body: &str,
    letter: bool,
) -> Vec<String> {
    let mut points = Vec::new();
    let mut heading: Option<String> = None;
    let mut collecting: Option<String> = None;
    let mut in_heading = false;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) if *level as u8 == 2 => {
                in_heading = true;
                heading = Some(String::new());
                collecting = None;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Paragraph) if heading.is_some() && collecting.is_none() => {
                collecting = Some(String::new());
            }
            Event::End(TagEnd::Paragraph) => {
                if let (Some(h), Some(text)) = (heading.take(), collecting.take()) {
                    points.push(format!("{}: {}", h.trim(), first_sentence(&text)));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let t: &str = if letter && is_curled_apostrophe(t, &body[range.clone()]) {
                    "'"
                } else {
                    t
                };
                let into = if in_heading {
                    heading.as_mut()
                } else {
                    collecting.as_mut()
                };
                if let Some(s) = into {
                    s.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = collecting.as_mut() {
                    c.push(' ');
                }
            }
            _ => {}
        }
    }
    points
}

fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' '))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    &text[..end]
}

/// Paragraphs and list items (not headings, not code or blocks) as the writer typed them, with
/// where each one's text starts in the file.
pub(super) fn prose(nodes: &[Node], source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut start: Option<usize> = None;
    let mut in_text = false;
    let mut flush = |text: &mut String, start: &mut Option<usize>| {
        if !text.trim().is_empty() {
            out.push((start.unwrap_or(0), std::mem::take(text)));
        }
        text.clear();
        *start = None;
    };
    for node in nodes {
        match node {
            Node::Start(Open::Paragraph | Open::Item) => {
                flush(&mut text, &mut start);
                in_text = true;
            }
            Node::End(TagEnd::Paragraph | TagEnd::Item) => {
                flush(&mut text, &mut start);
                in_text = false;
            }
            Node::Heading(_) => in_text = false,
            Node::Source(from, to) if in_text => {
                start.get_or_insert(*from as usize);
                text.push_str(source.get(*from as usize..*to as usize).unwrap_or_default());
            }
            Node::Event(event) => match &**event {
                Event::Start(Tag::CodeBlock(_)) => in_text = false,
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::Text(t) | Event::Code(t) if in_text => text.push_str(as_typed(t)),
                _ => {}
            },
            _ => {}
        }
    }
    out
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
pub(super) fn callouts(nodes: &[Node], source: &str) -> Vec<(CalloutKind, Option<String>, String)> {
    let mut found = Vec::new();
    for node in nodes {
        if let Node::Callout(callout) = node {
            let mut text = String::new();
            plain(&callout.body, source, &mut text);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            found.push((callout.kind, callout.title.clone(), text));
            found.extend(callouts(&callout.body, source));
        }
    }
    found
}

/// The words of some nodes, blocks separated by spaces.
fn plain(nodes: &[Node], source: &str, out: &mut String) {
    for node in nodes {
        match node {
            Node::Source(from, to) => {
                out.push_str(source.get(*from as usize..*to as usize).unwrap_or_default())
            }
            Node::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) => out.push(' '),
            Node::Event(event) => match &**event {
                Event::Text(t) | Event::Code(t) => out.push_str(t),
                Event::SoftBreak | Event::HardBreak => out.push(' '),
                _ => {}
            },
            _ => {}
        }
    }
}
