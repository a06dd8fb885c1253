//! A page's document as typst markup, for print: the same document the web pages are made from
//! (apostrophes, blocks and links already resolved), callouts and contact blocks as framed boxes,
//! links as their text (with the address for links to other sites, since paper cannot be
//! clicked).

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use crate::markdown::{CalloutKind, Contact, Document, Labels, Node, Target};

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

/// Escapes text like [`escape`], and sets each phone number in it (seven digits or more, with
/// `+ - ( ) .` and spaces between them) in a box, so that it never breaks across lines.
/// A number, address or other left-to-right run, whole and in its own order on any page: in a
/// box (it never breaks across lines), set left to right and isolated from the text around it, so
/// that on right-to-left paper `+52 55 1234 5678` is not printed `5678 1234 55 52+`.
pub fn ltr(text: &str) -> String {
    format!("#box(text(dir: ltr)[\u{2066}{}\u{2069}])", escape(text))
}

pub fn escape_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if c.is_ascii_digit() || c == '+' {
            let len = text[i..]
                .find(|c: char| {
                    !(c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | '.' | ' '))
                })
                .unwrap_or(text.len() - i);
            let run = text[i..i + len].trim_end_matches(|c: char| !c.is_ascii_digit());
            if run.chars().filter(char::is_ascii_digit).count() >= 7 {
                out.push_str(&ltr(run));
                i += run.len();
                continue;
            }
        }
        let mut buf = [0u8; 4];
        out.push_str(&escape(c.encode_utf8(&mut buf)));
        i += c.len_utf8();
    }
    out
}

/// A language code as typst takes it: `lang` (two or three letters) and, where the code has one,
/// `region` (`es-MX` → `lang: "es", region: "MX"`; `zh-Hant` → `lang: "zh"`). A primary subtag
/// typst cannot take (`x-private`) is written as undetermined.
pub fn lang_args(code: &str) -> String {
    let mut parts = code.split(['-', '_']);
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    let lang =
        if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic()) {
            primary
        } else {
            "und".to_string()
        };
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    match region {
        Some(region) => format!(
            "lang: {}, region: {}",
            string(&lang),
            string(&region.to_ascii_uppercase())
        ),
        None => format!("lang: {}", string(&lang)),
    }
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

/// Whether the page nests shallowly enough to be typeset.
pub fn fits_typst(doc: &Document) -> bool {
    doc.depth <= MAX_DEPTH
}

/// The body of a page as typst markup; `source` is the page's file, `cited` the services each
/// `service` block names.
pub fn body(doc: &Document, source: &str, labels: &Labels, cited: &[Vec<Contact>]) -> String {
    let mut writer = Writer {
        doc,
        source,
        labels,
        cited,
        out: String::with_capacity(doc.nodes.len() * 16),
        links: Vec::new(),
        in_code: false,
    };
    writer.nodes(&doc.nodes);
    writer.out
}

/// One top-level block of a page for print (a heading together with the block after it), and
/// how many words it holds: what a trifold's panels are balanced by.
pub struct Block {
    pub markup: String,
    pub words: usize,
}

/// The body as its top-level blocks, each heading kept with what follows it.
pub fn blocks(doc: &Document, source: &str, labels: &Labels, cited: &[Vec<Contact>]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // What introduces a block of services that prints nothing goes with it.
    let unsaid = crate::markdown::unsaid(&doc.nodes, source, cited);
    let mut held_heading = false;
    for range in crate::markdown::top_level(&doc.nodes) {
        if unsaid.get(range.start).copied().unwrap_or_default() {
            continue;
        }
        let slice = &doc.nodes[range];
        let mut writer = Writer {
            doc,
            source,
            labels,
            cited,
            out: String::new(),
            links: Vec::new(),
            in_code: false,
        };
        writer.nodes(slice);
        let words = writer
            .out
            .split_whitespace()
            .filter(|w| !w.starts_with('#') && w.chars().any(char::is_alphanumeric))
            .count();
        let heading = matches!(slice.first(), Some(Node::Heading(_)));
        match blocks.last_mut() {
            Some(last) if held_heading => {
                last.markup.push_str(&writer.out);
                last.words += words;
            }
            _ => blocks.push(Block {
                markup: writer.out,
                words,
            }),
        }
        held_heading = heading;
    }
    blocks
}

struct Writer<'a> {
    doc: &'a Document,
    /// The page's file, which most of its text is a place in.
    source: &'a str,
    labels: &'a Labels,
    /// The services each `service` block cites, as printed (those overdue left out, each
    /// service once).
    cited: &'a [Vec<Contact>],
    out: String,
    /// For each open link: the address to print after its text (other sites only).
    links: Vec<Option<String>>,
    in_code: bool,
}

impl Writer<'_> {
    fn nodes(&mut self, nodes: &[Node]) {
        let unsaid = crate::markdown::unsaid(nodes, self.source, self.cited);
        for (node, _) in nodes.iter().zip(unsaid).filter(|(_, unsaid)| !unsaid) {
            match node {
                Node::Source(start, end) => {
                    let source = self.source;
                    let text = source
                        .get(*start as usize..*end as usize)
                        .unwrap_or_default();
                    self.text(text);
                }
                Node::Start(open) => self.start(&open.tag()),
                Node::End(tag) => self.end(*tag),
                Node::Event(event) => match &**event {
                    Event::Start(tag) => self.start(tag),
                    other => self.event(other),
                },
                Node::Heading(heading) => {
                    let level = match heading.level {
                        HeadingLevel::H1 | HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        _ => 4,
                    };
                    self.out.push_str(&format!("\n#heading(level: {level})["));
                }
                Node::Link(index) => {
                    let external = match &self.doc.links[*index as usize].target {
                        Target::Verbatim(url)
                            if url.starts_with("http://") || url.starts_with("https://") =>
                        {
                            Some(url.clone())
                        }
                        _ => None,
                    };
                    self.links.push(external);
                }
                // Leaflets print the words; an image's alt text stands in for it.
                Node::Image(image) => self.out.push_str(&format!("#emph[{}]", escape(&image.alt))),
                Node::Callout(c) => self.callout(c.kind, c.title.as_deref(), &c.body),
                // Paper shows the words; markup written for screens is left out.
                Node::RawHtml(_) => {}
                Node::Contact(i) => {
                    let block = contact_block(&self.doc.contacts[*i as usize], self.labels);
                    self.out.push_str(&block);
                }
                Node::Cite(i) => {
                    for contact in self.cited.get(*i as usize).into_iter().flatten() {
                        self.out.push_str(&contact_block(contact, self.labels));
                    }
                }
                Node::FootnoteStart(number) => {
                    self.out.push_str(&format!("\n#text(size: 9pt)[{number}: "))
                }
                Node::FootnoteEnd => self.out.push_str("]\n"),
                Node::FootnoteReference(number) => self.out.push_str(&format!("#super[{number}]")),
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_code {
            self.out.push_str(&string(text));
        } else {
            self.out.push_str(&escape_numbers(text));
        }
    }

    fn start(&mut self, tag: &Tag) {
        let out = &mut self.out;
        match tag {
            Tag::Paragraph => out.push('\n'),
            Tag::Strong => out.push_str("#strong["),
            Tag::Emphasis => out.push_str("#emph["),
            Tag::Strikethrough => out.push_str("#strike["),
            Tag::BlockQuote(_) => out.push_str("\n#quote(block: true)["),
            Tag::List(Some(start)) => out.push_str(&format!("\n#enum(start: {start}, ")),
            Tag::List(None) => out.push_str("\n#list("),
            Tag::Item => out.push('['),
            Tag::CodeBlock(_) => {
                out.push_str("\n#raw(block: true, ");
                self.in_code = true;
            }
            Tag::Table(alignments) => {
                out.push_str(&format!("\n#table(columns: {}, ", alignments.len()))
            }
            Tag::TableCell => out.push('['),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        let out = &mut self.out;
        match tag {
            TagEnd::Heading(_) | TagEnd::BlockQuote(_) => out.push_str("]\n"),
            TagEnd::Paragraph => out.push_str("\n\n"),
            TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough => out.push(']'),
            TagEnd::List(_) | TagEnd::Table => out.push_str(")\n"),
            TagEnd::Item => out.push_str("],"),
            TagEnd::Link => {
                if let Some(Some(url)) = self.links.pop() {
                    out.push_str(&format!(" #text(size: 9pt)[({})]", escape(&url)));
                }
            }
            TagEnd::CodeBlock => {
                out.push_str(")\n");
                self.in_code = false;
            }
            TagEnd::TableCell => out.push_str("],"),
            _ => {}
        }
    }

    fn event(&mut self, event: &Event) {
        let out = &mut self.out;
        match event {
            Event::Text(t) if self.in_code => out.push_str(&string(t)),
            Event::Text(t) => out.push_str(&escape_numbers(t)),
            Event::Code(t) => out.push_str(&format!("#raw({})", string(t))),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("#linebreak()"),
            Event::Rule => out.push_str("\n#line(length: 100%)\n"),
            Event::TaskListMarker(done) => {
                out.push_str(if *done { "\\[x\\] " } else { "\\[ \\] " })
            }
            _ => {}
        }
    }

    fn callout(&mut self, kind: CalloutKind, title: Option<&str>, body: &[Node]) {
        let color = match kind {
            CalloutKind::Danger => "rgb(\"#b00020\")",
            CalloutKind::Important | CalloutKind::Details => "rgb(\"#00704a\")",
        };
        let outer = std::mem::take(&mut self.out);
        self.nodes(body);
        let inner = std::mem::replace(&mut self.out, outer);
        self.out.push_str(&format!(
            "\n#block(width: 100%, inset: (left: 6pt, rest: 4pt), stroke: (left: 2.5pt + {color}))[#strong[{}] \\ {}]\n",
            escape(title.unwrap_or(self.labels.callout(kind))),
            inner.trim()
        ));
    }
}

/// A contact as a framed block of a leaflet's text, its verification in smaller type.
pub(super) fn contact_block(contact: &Contact, labels: &Labels) -> String {
    framed(contact, labels, "0.8em", "")
}

/// A service of a printed list: kept whole (never split across columns or pages), its
/// verification in type of size `small` (a typst length, or a variable holding one).
pub(super) fn listed_block(contact: &Contact, labels: &Labels, small: &str) -> String {
    framed(contact, labels, small, "breakable: false, ")
}

/// A contact's lines in a frame; `small` sizes its verification, `settings` are the block's own.
fn framed(contact: &Contact, labels: &Labels, small: &str, settings: &str) -> String {
    use crate::markdown::ContactLine;
    let mut lines = vec![format!("#strong[{}]", escape(&contact.name))];
    let whole = ltr;
    for line in contact.lines(labels) {
        lines.push(match line {
            ContactLine::Placeholder(text) => format!("#emph[{}]", escape(text)),
            ContactLine::Phone(label, phone) => format!("{}: {}", escape(label), whole(phone)),
            ContactLine::WhatsApp(number) => format!("WhatsApp: {}", whole(number)),
            ContactLine::Sms(number) => format!("SMS: {}", whole(number)),
            ContactLine::Email(value) | ContactLine::Website(value) => ltr(value),
            ContactLine::Said(label, value) => format!("{}: {}", escape(label), escape(value)),
            ContactLine::About(text) => escape(text),
            ContactLine::Verified(text, _) => format!("#text(size: {small})[{}]", escape(text)),
            // Paper cannot be tapped: a map link and a contact file are for screens.
            ContactLine::Map(..) | ContactLine::Save(..) => continue,
        });
    }
    format!(
        "\n#block({settings}width: 100%, inset: 4pt, stroke: 0.5pt + luma(90))[{}]\n",
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
            borrowed: Vec::new(),
        }
    }

    fn body(markdown: &str, letter: bool, labels: &Labels) -> String {
        let file = format!("+++\n+++\n{markdown}");
        let doc = crate::markdown::read(&crate::markdown::Reading {
            shown: std::path::Path::new("content/es/a.md"),
            file: &file,
            body_start: 8,
            id: "a",
            apostrophe_is_letter: letter,
            title: None,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
        });
        doc.map(|d| super::body(&d, &file, labels, &[]))
            .unwrap_or_default()
    }

    #[test]
    fn languages_with_regions_and_scripts_become_typst_settings() {
        assert_eq!(lang_args("es-MX"), "lang: \"es\", region: \"MX\"");
        assert_eq!(lang_args("pt-br"), "lang: \"pt\", region: \"BR\"");
        assert_eq!(lang_args("zh-Hant"), "lang: \"zh\"");
        assert_eq!(lang_args("sr-Latn-RS"), "lang: \"sr\", region: \"RS\"");
        assert_eq!(lang_args("quc"), "lang: \"quc\"");
    }

    #[test]
    fn boxes_print_as_callouts() {
        let out = body("::: warning Cuidado\nNo firmes.\n:::\n", false, &labels());
        assert!(out.contains("#strong[Cuidado] \\ No firmes\\."), "{out}");
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

    /// A block of services that prints nothing (here, none given) takes with it the line that
    /// introduced it and a heading left over nothing; a colon before anything else stays.
    #[test]
    fn what_introduces_nothing_is_left_out() {
        let page = "## Ayuda\n\nTambién te pueden ayudar:\n\n```service\nuno\n```\n\n## Otra\n\nLlama a:\n\n- la línea\n\n```service\nuno\n```\n";
        let out = body(page, false, &labels());
        assert!(
            !out.contains("Ayuda") && !out.contains("pueden ayudar"),
            "{out}"
        );
        assert!(out.contains("#heading(level: 2)[Otra]"), "{out}");
        assert!(out.contains("Llama a\\:"), "{out}");
        let file = format!("+++\n+++\n{page}");
        let doc = crate::markdown::read(&crate::markdown::Reading {
            shown: std::path::Path::new("content/es/a.md"),
            file: &file,
            body_start: 8,
            id: "a",
            apostrophe_is_letter: false,
            title: None,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
        })
        .map(|d| super::blocks(&d, &file, &labels(), &[]))
        .unwrap_or_default();
        let printed: String = doc.iter().map(|b| b.markup.as_str()).collect();
        assert!(
            !printed.contains("Ayuda") && printed.contains("Otra"),
            "{printed}"
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
