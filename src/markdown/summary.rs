//! What a page says in short, taken from the same reading as its document: the key points a text
//! message carries, the prose the plain-language lint reads, and how deeply its blocks nest.

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
/// where each starts in the file.
pub(super) fn prose(
    events: &[(Event<'_>, Range<usize>)],
    body: &str,
    offset: usize,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut start = None;
    let mut in_text = false;
    let mut flush = |text: &mut String, start: Option<usize>| {
        if !text.trim().is_empty() {
            out.push((offset + start.unwrap_or(0), std::mem::take(text)));
        }
        text.clear();
    };
    for (event, range) in events {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => {
                flush(&mut text, start);
                start = Some(range.start);
                in_text = true;
            }
            Event::Start(Tag::Heading { .. } | Tag::CodeBlock(_)) => in_text = false,
            // Smart punctuation is undone: the words are quoted back as they were typed.
            Event::Text(t) if in_text => match t.as_ref() {
                "‘" | "’" | "“" | "”" | "–" | "—" | "…" => {
                    text.push_str(&body[range.clone()])
                }
                t => text.push_str(t),
            },
            Event::Code(t) if in_text => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                flush(&mut text, start);
                in_text = false;
            }
            _ => {}
        }
    }
    out
}
