//! A page's document as typst markup, for print: the same document the web pages are made from
//! (apostrophes, blocks and links already resolved), callouts and contact blocks as framed boxes,
//! links as their text (with the address for links to other sites, since paper cannot be
//! clicked).

use crate::markdown::{self, CalloutKind, Contact, Document, Inline, Labels, Table, Target};

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

/// What a page's text needs from the site to be printed.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub labels: &'a Labels,
    /// The services each `service` block cites, as printed (those overdue left out, each
    /// service once).
    pub cited: &'a [Vec<Contact>],
    /// Where each of the page's links leads on paper, by the link's place in the document: the
    /// short address of a page of the site (`senda.example/es/abogado/`).
    pub addresses: &'a [Option<String>],
    /// The words that send a reader to the back of the leaflet for a contact's numbers, when the
    /// layout prints every number there: each contact once per sheet.
    pub numbers_elsewhere: Option<&'a str>,
}

impl<'a> Context<'a> {
    /// Labels and services only: no addresses for links, contacts printed where they stand.
    pub fn plain(labels: &'a Labels, cited: &'a [Vec<Contact>]) -> Self {
        Context {
            labels,
            cited,
            addresses: &[],
            numbers_elsewhere: None,
        }
    }
}

/// The body of a page as typst markup; `source` is the page's file.
pub fn body(doc: &Document, source: &str, cx: &Context) -> String {
    let mut writer = Writer {
        doc,
        source,
        cx: *cx,
        out: String::with_capacity(doc.blocks.len() * 64),
    };
    writer.blocks(&doc.blocks);
    writer.out
}

/// One top-level block of a page for print (a heading, or a sentence ending in a colon, together
/// with the block after it), and how many words it holds: what panels and pages are balanced by.
#[derive(Clone)]
pub struct Block {
    pub markup: String,
    pub words: usize,
}

/// The body as its top-level blocks, each heading kept with what follows it.
pub fn blocks(doc: &Document, source: &str, cx: &Context) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // What introduces a block of services that prints nothing goes with it.
    let unsaid = crate::markdown::unsaid(&doc.blocks, source, cx.cited);
    let mut held_heading = false;
    for (block, _) in doc.blocks.iter().zip(unsaid).filter(|(_, unsaid)| !unsaid) {
        let mut writer = Writer {
            doc,
            source,
            cx: *cx,
            out: String::new(),
        };
        writer.block(block);
        let words = writer
            .out
            .split_whitespace()
            .filter(|w| !w.starts_with('#') && w.chars().any(char::is_alphanumeric))
            .count();
        // A heading stays with what follows it, and so does a sentence that ends in a colon
        // with the list it introduces.
        let holds = matches!(block, markdown::Block::Heading(_))
            || (matches!(block, markdown::Block::Paragraph(_))
                && writer.out.trim_end().ends_with("\\:"));
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
        held_heading = holds;
    }
    blocks
}

struct Writer<'a> {
    doc: &'a Document,
    /// The page's file, which most of its text is a place in.
    source: &'a str,
    cx: Context<'a>,
    out: String,
}

impl Writer<'_> {
    /// Some blocks (the body, or a callout's inside), less what a `service` block that prints
    /// nothing leaves unsaid.
    fn blocks(&mut self, blocks: &[markdown::Block]) {
        let unsaid = crate::markdown::unsaid(blocks, self.source, self.cx.cited);
        for (block, _) in blocks.iter().zip(unsaid).filter(|(_, unsaid)| !unsaid) {
            self.block(block);
        }
    }

    /// Blocks as they stand inside another (a list item, a quote, a footnote): all of them.
    fn inner(&mut self, blocks: &[markdown::Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &markdown::Block) {
        use markdown::Block as B;
        match block {
            B::Paragraph(inlines) => {
                self.out.push('\n');
                self.inlines(inlines);
                self.out.push_str("\n\n");
            }
            B::Plain(inlines) => self.inlines(inlines),
            B::Heading(heading) => {
                let level = match heading.level {
                    1 | 2 => 2,
                    3 => 3,
                    _ => 4,
                };
                self.out.push_str(&format!("\n#heading(level: {level})["));
                self.inlines(&heading.inlines);
                self.out.push_str("]\n");
            }
            B::List { start, items } => {
                match start {
                    Some(start) => self.out.push_str(&format!("\n#enum(start: {start}, ")),
                    None => self.out.push_str("\n#list("),
                }
                for item in items {
                    self.out.push('[');
                    self.inner(item);
                    self.out.push_str("],");
                }
                self.out.push_str(")\n");
            }
            B::Quote(blocks) => {
                self.out.push_str("\n#quote(block: true)[");
                self.inner(blocks);
                self.out.push_str("]\n");
            }
            B::Code { text, .. } => {
                // One string: an indented block comes a line at a time, and typst takes no two
                // strings side by side.
                let code: String = text.iter().filter_map(|t| t.text(self.source)).collect();
                self.out
                    .push_str(&format!("\n#raw(block: true, {})\n", string(&code)));
            }
            B::Table(table) => self.table(table),
            B::Callout(c) => self.callout(c.kind, c.title.as_deref(), &c.body),
            B::Contact(i) => self.contact(&self.doc.contacts[*i as usize]),
            B::Cite(i) => {
                for contact in self.cx.cited.get(*i as usize).into_iter().flatten() {
                    self.contact(contact);
                }
            }
            // Paper shows the words; markup written for screens is left out.
            B::Html(_) => {}
            B::Footnote { number, blocks } => {
                self.out.push_str(&format!("\n#text(size: 9pt)[{number}: "));
                self.inner(blocks);
                self.out.push_str("]\n");
            }
            B::Rule => self.out.push_str("\n#line(length: 100%)\n"),
            // Paper cannot play it: its title and where to watch it.
            B::Video(video) => {
                let words = string(&self.cx.labels.video_link(&video.title));
                let url = string(&video.url);
                self.out.push_str(&format!("\n#({words}) #link({url})\n\n"));
            }
        }
    }

    /// A contact where the text names it: whole, or its name and where its numbers are printed.
    fn contact(&mut self, contact: &Contact) {
        let block = match self.cx.numbers_elsewhere {
            Some(there) => format!(
                "\n#block(width: 100%, inset: 4pt, stroke: 0.5pt + luma(90))[#strong[{}] ({})]\n",
                escape(&contact.name),
                escape(there)
            ),
            None => super::contact::contact_block(contact, self.cx.labels, "1.15em"),
        };
        self.out.push_str(&block);
    }

    fn table(&mut self, table: &Table) {
        let columns = table.alignments.len();
        self.out.push_str(&format!("\n#table(columns: {columns}, "));
        for cell in std::iter::once(&table.head).chain(&table.rows).flatten() {
            self.out.push('[');
            self.inlines(cell);
            self.out.push_str("],");
        }
        self.out.push_str(")\n");
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline) {
        let out = &mut self.out;
        match inline {
            Inline::Source(..) | Inline::Text(_) => {
                let text = inline.text(self.source).unwrap_or_default();
                out.push_str(&escape_numbers(text));
            }
            Inline::Code(t) => out.push_str(&format!("#raw({})", string(t))),
            Inline::Emphasis(inner) => self.wrapped("#emph[", inner),
            Inline::Strong(inner) => self.wrapped("#strong[", inner),
            Inline::Strikethrough(inner) => self.wrapped("#strike[", inner),
            Inline::Link { index, children } => {
                self.inlines(children);
                // Paper cannot be clicked: a link leads on by the address it prints.
                let target = &self.doc.links[*index as usize].target;
                let address = match target {
                    Target::Verbatim(url)
                        if url.starts_with("http://") || url.starts_with("https://") =>
                    {
                        Some(url.as_str())
                    }
                    _ => self
                        .cx
                        .addresses
                        .get(*index as usize)
                        .and_then(|a| a.as_deref()),
                };
                if let Some(address) = address {
                    self.out.push_str(&format!(" ({})", small_address(address)));
                }
            }
            // Leaflets print the words; an image's alt text stands in for it.
            Inline::Image(image) => out.push_str(&format!("#emph[{}]", escape(&image.alt))),
            Inline::RawHtml(_) => {}
            Inline::FootnoteReference(number) => out.push_str(&format!("#super[{number}]")),
            Inline::SoftBreak => out.push(' '),
            Inline::HardBreak => out.push_str("#linebreak()"),
            Inline::TaskMarker(done) => out.push_str(if *done { "\\[x\\] " } else { "\\[ \\] " }),
            // Words left in another language are set with its rules (hyphenation, quotes).
            Inline::Lang(words) => self.wrapped(
                &format!("#text({})[", lang_args(&words.lang)),
                &words.children,
            ),
        }
    }

    fn wrapped(&mut self, start: &str, inner: &[Inline]) {
        self.out.push_str(start);
        self.inlines(inner);
        self.out.push(']');
    }

    fn callout(&mut self, kind: CalloutKind, title: Option<&str>, body: &[markdown::Block]) {
        let color = match kind {
            CalloutKind::Danger => "rgb(\"#b00020\")",
            CalloutKind::Important | CalloutKind::Details => "rgb(\"#00704a\")",
        };
        let outer = std::mem::take(&mut self.out);
        self.blocks(body);
        let inner = std::mem::replace(&mut self.out, outer);
        let icon = match kind {
            CalloutKind::Danger => "#icon(\"alert\")",
            _ => "",
        };
        self.out.push_str(&format!(
            "\n#block(width: 100%, inset: (left: 6pt, rest: 4pt), stroke: (left: 2.5pt + {color}))[#strong[{icon}{}] \\ {}]\n",
            escape(title.unwrap_or(self.cx.labels.callout(kind))),
            inner.trim()
        ));
    }
}

/// An address as paper prints it, small and without its scheme (`senda.example/es/abogado/`),
/// and a link where the PDF is read on a screen.
fn small_address(address: &str) -> String {
    let short = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .unwrap_or(address);
    format!(
        "#link({})[#text(size: 0.8em, dir: ltr)[{}]]",
        string(address),
        escape(short)
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
            video: None,
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
            foreign: None,
        });
        doc.map(|d| super::body(&d, &file, &Context::plain(labels, &[])))
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
            out.contains("(#link(\"https://x.org\")[#text(size: 0.8em, dir: ltr)[x\\.org]])"),
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
            foreign: None,
        })
        .map(|d| super::blocks(&d, &file, &Context::plain(&labels(), &[])))
        .unwrap_or_default();
        let printed: String = doc.iter().map(|b| b.markup.as_str()).collect();
        assert!(
            !printed.contains("Ayuda") && printed.contains("Otra"),
            "{printed}"
        );
    }

    /// An indented code block of several lines was written as strings side by side, which
    /// typst refuses ("expected comma"): the page's leaflets were not made.
    #[test]
    fn code_of_several_lines_is_one_string() {
        let out = body("Texto\n\n    uno\n    dos\n", false, &labels());
        assert!(out.contains("#raw(block: true, \"uno\\ndos\\n\")"), "{out}");
    }

    /// Words read inside a raw HTML element that holds only text (`<p markdown="1">`) are one
    /// block for a trifold's panels, not a block per piece of text (which could part a sentence
    /// between panels).
    #[test]
    fn words_inside_raw_html_are_one_block() {
        let file = "+++\n+++\n## A\n\n<p markdown=\"1\">Uno *dos* tres.</p>\n\nOtro.\n";
        let doc = crate::markdown::read(&crate::markdown::Reading {
            shown: std::path::Path::new("content/es/a.md"),
            file,
            body_start: 8,
            id: "a",
            apostrophe_is_letter: false,
            title: None,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
            foreign: None,
        })
        .map(|d| super::blocks(&d, file, &Context::plain(&labels(), &[])))
        .unwrap_or_default();
        let whole = doc.iter().any(|b| b.markup == "Uno #emph[dos] tres\\.");
        assert!(
            whole,
            "{:?}",
            doc.iter().map(|b| &b.markup).collect::<Vec<_>>()
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
        assert!(
            out.contains("#strong[#icon(\"alert\")If you are in danger] \\ "),
            "{out}"
        );
        assert!(out.contains("#strong[lugar seguro]"), "{out}");
        assert!(
            out.contains("#strong[Casa] \\ #emph[A verified contact goes here]"),
            "{out}"
        );
    }
}
