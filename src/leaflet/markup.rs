//! A page's Markdown as typst markup, for print: the same Markdown options and apostrophe rule as
//! the web pages, callouts and contact blocks as framed boxes, links as their text (with the
//! address for links to other sites, since paper cannot be clicked).

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::markdown::{Contact, dial_number, is_curled_apostrophe, options};

/// Interface strings the print version needs, in the content's language.
pub struct Labels {
    pub callout_important: String,
    pub callout_danger: String,
    pub phone: String,
    pub hours: String,
    pub address: String,
    pub placeholder: String,
}

/// Escapes text for typst markup: every ASCII punctuation mark is escaped, so nothing in content
/// can become markup, and an escaped `'` is never turned into a curly quote.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A typst string literal.
pub fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Deeper nesting than this is refused: typst's parser recurses into nested content.
const MAX_DEPTH: usize = 60;

/// How deep the page's Markdown nests (lists in lists, quotes in quotes).
pub fn depth(markdown: &str) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Whether the page nests shallowly enough to be typeset.
pub fn fits_typst(markdown: &str) -> bool {
    depth(markdown) <= MAX_DEPTH
}

/// The body of a page as typst markup.
pub fn body(markdown: &str, apostrophe_is_letter: bool, labels: &Labels) -> String {
    let mut out = String::with_capacity(markdown.len() * 2);
    let events: Vec<_> = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .collect();
    let mut link_stack: Vec<Option<String>> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if matches!(info.split_whitespace().next(), Some("callout" | "contact")) =>
            {
                let mut text = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::CodeBlock)) {
                    if let Event::Text(t) = &events[j].0 {
                        text.push_str(t);
                    }
                    j += 1;
                }
                out.push_str(&block(info, &text, apostrophe_is_letter, labels));
                i = j + 1;
                continue;
            }
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    let level = match level {
                        HeadingLevel::H1 | HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        _ => 4,
                    };
                    out.push_str(&format!("\n#heading(level: {level})["));
                }
                Tag::Paragraph => out.push('\n'),
                Tag::Strong => out.push_str("#strong["),
                Tag::Emphasis => out.push_str("#emph["),
                Tag::Strikethrough => out.push_str("#strike["),
                Tag::BlockQuote(_) => out.push_str("\n#quote(block: true)["),
                Tag::List(Some(start)) => out.push_str(&format!("\n#enum(start: {start}, ")),
                Tag::List(None) => out.push_str("\n#list("),
                Tag::Item => out.push('['),
                Tag::Link { dest_url, .. } => {
                    let external =
                        dest_url.starts_with("http://") || dest_url.starts_with("https://");
                    link_stack.push(external.then(|| dest_url.to_string()));
                }
                Tag::CodeBlock(_) => out.push_str("\n#raw(block: true, "),
                Tag::Table(alignments) => {
                    out.push_str(&format!("\n#table(columns: {}, ", alignments.len()))
                }
                Tag::TableHead | Tag::TableRow => {}
                Tag::TableCell => out.push('['),
                Tag::FootnoteDefinition(label) => {
                    out.push_str(&format!("\n#text(size: 9pt)[{}: ", escape(label)))
                }
                Tag::Image { .. } => {
                    // Leaflets print the words; an image's alt text stands in for it.
                    out.push_str("#emph[");
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => out.push_str("]\n"),
                TagEnd::Paragraph => out.push_str("\n\n"),
                TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough | TagEnd::Image => {
                    out.push(']')
                }
                TagEnd::BlockQuote(_) => out.push_str("]\n"),
                TagEnd::List(_) => out.push_str(")\n"),
                TagEnd::Item => out.push_str("],"),
                TagEnd::Link => {
                    if let Some(Some(url)) = link_stack.pop() {
                        out.push_str(&format!(" #text(size: 9pt)[({})]", escape(&url)));
                    }
                }
                TagEnd::CodeBlock => out.push_str(")\n"),
                TagEnd::Table => out.push_str(")\n"),
                TagEnd::TableCell => out.push_str("],"),
                TagEnd::FootnoteDefinition => out.push_str("]\n"),
                _ => {}
            },
            Event::Text(t) => {
                let in_code = matches!(
                    events.get(i.wrapping_sub(1)).map(|e| &e.0),
                    Some(Event::Start(Tag::CodeBlock(_)))
                ) || out.ends_with("#raw(block: true, ");
                if in_code {
                    out.push_str(&string(t));
                } else if apostrophe_is_letter && is_curled_apostrophe(t, &markdown[range.clone()])
                {
                    out.push_str("\\'");
                } else {
                    out.push_str(&escape(t));
                }
            }
            Event::Code(t) => out.push_str(&format!("#raw({})", string(t))),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("#linebreak()"),
            Event::Rule => out.push_str("\n#line(length: 100%)\n"),
            Event::FootnoteReference(label) => out.push_str(&format!("#super[{}]", escape(label))),
            _ => {}
        }
        i += 1;
    }
    out
}

fn block(info: &str, text: &str, apostrophe_is_letter: bool, labels: &Labels) -> String {
    let mut words = info.split_whitespace();
    match (words.next(), words.next()) {
        (Some("callout"), kind) => {
            let (title, color) = match kind {
                Some("danger") => (&labels.callout_danger, "rgb(\"#b00020\")"),
                _ => (&labels.callout_important, "rgb(\"#00704a\")"),
            };
            format!(
                "\n#block(width: 100%, inset: (left: 6pt, rest: 4pt), stroke: (left: 2.5pt + {color}))[#strong[{}] \\ {}]\n",
                escape(title),
                body(text, apostrophe_is_letter, labels).trim()
            )
        }
        _ => match toml::from_str::<Contact>(text) {
            Ok(contact) => contact_block(&contact, labels),
            // The web build has already reported the broken block with its line.
            Err(_) => String::new(),
        },
    }
}

fn contact_block(contact: &Contact, labels: &Labels) -> String {
    let mut lines = vec![format!("#strong[{}]", escape(&contact.name))];
    if contact.placeholder {
        lines.push(format!("#emph[{}]", escape(&labels.placeholder)));
    }
    if let Some(phone) = contact.phone.as_deref().filter(|p| dial_number(p).is_ok()) {
        lines.push(format!("{}: {}", escape(&labels.phone), escape(phone)));
    }
    if let Some(number) = contact
        .whatsapp
        .as_deref()
        .filter(|p| dial_number(p).is_ok())
    {
        lines.push(format!("WhatsApp: {}", escape(number)));
    }
    for value in [&contact.email, &contact.website].into_iter().flatten() {
        lines.push(escape(value));
    }
    if let Some(address) = &contact.address {
        lines.push(format!("{}: {}", escape(&labels.address), escape(address)));
    }
    if let Some(hours) = &contact.hours {
        lines.push(format!("{}: {}", escape(&labels.hours), escape(hours)));
    }
    format!(
        "\n#block(width: 100%, inset: 4pt, stroke: 0.5pt + luma(90))[{}]\n",
        lines.join(" \\ ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            callout_important: "Important".into(),
            callout_danger: "If you are in danger".into(),
            phone: "Phone".into(),
            hours: "Hours".into(),
            address: "Address".into(),
            placeholder: "A verified contact goes here".into(),
        }
    }

    #[test]
    fn kiche_apostrophes_are_escaped_so_typst_keeps_them() {
        let out = body("Ri ak'al k'o pa b'e, kʼo.\n", true, &labels());
        assert!(out.contains("ak\\'al k\\'o pa b\\'e\\, kʼo\\."), "{out}");
    }

    #[test]
    fn markup_from_content_cannot_inject_typst() {
        let out = body(
            "#set page(width: 1cm) = heading $x$ [a](https://x.org)\n",
            false,
            &labels(),
        );
        assert!(
            out.contains("\\#set page\\(width\\: 1cm\\) \\= heading \\$x\\$"),
            "{out}"
        );
        assert!(
            out.contains("#text(size: 9pt)[(https\\:\\/\\/x\\.org)]"),
            "{out}"
        );
    }

    #[test]
    fn blocks_and_lists() {
        let out = body(
            "## Ayuda\n\n- uno\n- dos\n\n```callout danger\nVe a un **lugar seguro**.\n```\n\n```contact\nname = \"Casa\"\nplaceholder = true\n```\n",
            false,
            &labels(),
        );
        assert!(out.contains("#heading(level: 2)[Ayuda]"), "{out}");
        assert!(out.contains("#list([uno],[dos],)"), "{out}");
        assert!(out.contains("#strong[If you are in danger] \\ "), "{out}");
        assert!(out.contains("#strong[lugar seguro]"), "{out}");
        assert!(
            out.contains("#strong[Casa] \\ #emph[A verified contact goes here]"),
            "{out}"
        );
    }
}
