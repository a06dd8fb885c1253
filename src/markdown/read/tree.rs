//! A page's events made into its tree of blocks and inlines, in reading order, so that headings,
//! links, footnotes and blocks are numbered as they come; each element's events are read by the
//! one function for its kind, and nothing after this counts starts and ends.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, LinkType, Tag};

use super::{Builder, block_end, is_block, is_curled_apostrophe};
use crate::markdown::document::{
    Alignment, Block, HeadingBlock, Inline, Link, RawHtml, Table, Target, Words,
};

/// Events with where each is in the text they were parsed from.
pub(super) type Events<'t> = [(Event<'t>, Range<usize>)];

/// The text some events were parsed from, where it is in the file (`offset`), and how deep in
/// callouts it is.
#[derive(Clone, Copy)]
pub(super) struct Place<'t> {
    pub text: &'t str,
    pub offset: usize,
    pub depth: usize,
}

/// Each element of `events`: a start with everything up to its end, or one event.
fn elements<'e, 't>(events: &'e Events<'t>) -> impl Iterator<Item = &'e Events<'t>> {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= events.len() {
            return None;
        }
        let end = block_end(events, i);
        let element = &events[i..=end];
        i = end + 1;
        Some(element)
    })
}

/// What an element holds, between its start and its end.
fn inside<'e, 't>(element: &'e Events<'t>) -> &'e Events<'t> {
    element
        .get(1..element.len().saturating_sub(1))
        .unwrap_or_default()
}

/// Whether an event is part of running text rather than a block.
fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::TaskListMarker(_) => true,
        _ => false,
    }
}

impl Builder<'_> {
    /// The blocks of `events`; words outside any paragraph (a tight list item's) are gathered
    /// into a [`Block::Plain`].
    pub(super) fn blocks(&mut self, at: Place, events: &Events) -> Vec<Block> {
        let mut out = Vec::new();
        let mut words = Vec::new();
        let mut span: Option<Range<usize>> = None;
        for element in elements(events) {
            if is_inline(&element[0].0) {
                self.inline(at, element, &mut words);
                let (start, end) = (element[0].1.start, element[element.len() - 1].1.end);
                span = Some(span.map_or(start..end, |s| s.start..end));
                continue;
            }
            if let Some(span) = span.take() {
                let words = std::mem::take(&mut words).into();
                out.push(Block::Plain(self.message(at, span, words)));
            }
            self.block(at, element, &mut out);
            let videos = self.videos.drain(..).map(|v| Block::Video(Box::new(v)));
            out.extend(videos);
        }
        if let Some(span) = span {
            out.push(Block::Plain(self.message(at, span, words.into())));
        }
        out
    }

    /// The running text of a paragraph, heading or table cell: one message of the page.
    fn words(&mut self, at: Place, events: &Events) -> Box<[Inline]> {
        let inlines = self.inlines(at, events);
        match (events.first(), events.last()) {
            (Some(first), Some(last)) => self.message(at, first.1.start..last.1.end, inlines),
            _ => inlines,
        }
    }

    /// Words at `span` (in `at`'s text) recorded as one of the page's messages, and marked with
    /// the language they stay in when the page is made from a catalogue that does not translate
    /// them yet.
    fn message(&mut self, at: Place, span: Range<usize>, inlines: Box<[Inline]>) -> Box<[Inline]> {
        let span = at.offset + span.start..at.offset + span.end;
        self.doc.texts.push(span.clone());
        let Some(foreign) = self.reading.foreign else {
            return inlines;
        };
        let inside = |r: &Range<usize>| r.start <= span.start && span.end <= r.end;
        if !foreign.ranges.iter().any(inside) {
            return inlines;
        }
        Box::new([Inline::Lang(Box::new(Words {
            lang: foreign.lang.as_str().into(),
            rtl: foreign.rtl,
            children: inlines,
        }))])
    }

    /// One block element (and, for raw HTML that holds Markdown, the blocks it holds).
    fn block(&mut self, at: Place, element: &Events, out: &mut Vec<Block>) {
        let (event, range) = &element[0];
        let inner = inside(element);
        let here = at.offset + range.start..at.offset + range.end;
        let block = match event {
            Event::Start(Tag::Paragraph) => Block::Paragraph(self.words(at, inner)),
            Event::Start(Tag::Heading { .. }) => self.heading_block(at, element),
            Event::Start(Tag::BlockQuote(_)) => Block::Quote(self.blocks(at, inner).into()),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if is_block(info) => {
                let body: String = inner
                    .iter()
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let body_offset = at.offset + inner.first().map_or(range.start, |(_, r)| r.start);
                out.extend(self.fenced(info, &body, body_offset, here, at.depth));
                return;
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split(' ').next().unwrap_or_default(),
                    CodeBlockKind::Indented if is_tabbed_list(at.text, range) => {
                        self.tabbed_list(here.clone());
                        ""
                    }
                    CodeBlockKind::Indented => "",
                };
                let text = self.inlines(at, inner);
                Block::Code {
                    lang: lang.into(),
                    text,
                }
            }
            Event::Start(Tag::List(start)) => Block::List {
                start: *start,
                items: elements(inner)
                    .map(|item| self.blocks(at, inside(item)).into())
                    .collect(),
            },
            Event::Start(Tag::Table(alignments)) => {
                let mut table = Table {
                    alignments: alignments.iter().map(alignment).collect(),
                    head: Vec::new(),
                    rows: Vec::new(),
                };
                self.rows(at, inner, &mut table);
                Block::Table(Box::new(table))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => Block::Footnote {
                number: self.footnote_number(label),
                blocks: self.blocks(at, inner).into(),
            },
            Event::Start(Tag::HtmlBlock) if self.has_markdown_inside(element, 0) => {
                out.extend(self.markdown_in_html(at.text, inner, at.offset));
                return;
            }
            Event::Start(Tag::HtmlBlock) => Block::Html(self.html_block(at, inner)),
            Event::Html(_) => match self.html(at, event, range) {
                Some(html) => Block::Html(Box::new([html])),
                None => return,
            },
            Event::Rule => Block::Rule,
            // What pulldown-cmark gives only inside the elements above, or with options senda
            // does not set: its blocks, if it holds any.
            Event::Start(_) => {
                out.extend(self.blocks(at, inner));
                return;
            }
            _ => return,
        };
        out.push(block);
    }

    /// A heading, given its id as it comes.
    fn heading_block(&mut self, at: Place, element: &Events) -> Block {
        let (event, range) = &element[0];
        let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = event
        else {
            return Block::Plain(Box::default());
        };
        let inner = inside(element);
        let here = at.offset + range.start..at.offset + range.end;
        let title = self.plain_text(at.text, inner);
        let index = self.heading(*level, id.as_deref(), title, here);
        Block::Heading(Box::new(HeadingBlock {
            index: index as u32,
            level: *level as u8,
            classes: classes.iter().map(|c| c.to_string()).collect(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.as_ref().map(|v| v.to_string())))
                .collect(),
            inlines: self.words(at, inner),
        }))
    }

    /// A table's head and rows, each cell its words.
    fn rows(&mut self, at: Place, inner: &Events, table: &mut Table) {
        for row in elements(inner) {
            let cells: Vec<Vec<Inline>> = elements(inside(row))
                .map(|cell| self.words(at, inside(cell)).into_vec())
                .collect();
            match row[0].0 {
                Event::Start(Tag::TableHead) => table.head = cells,
                _ => table.rows.push(cells),
            }
        }
    }

    /// The running text of `events`.
    pub(super) fn inlines(&mut self, at: Place, events: &Events) -> Box<[Inline]> {
        let mut out = Vec::new();
        for element in elements(events) {
            self.inline(at, element, &mut out);
        }
        out.into()
    }

    /// One element of running text, if it is kept (an image that cannot be found is not; a link
    /// that cannot be resolved leaves its words).
    fn inline(&mut self, at: Place, element: &Events, out: &mut Vec<Inline>) {
        let (event, range) = &element[0];
        let inner = inside(element);
        let here = at.offset + range.start..at.offset + range.end;
        let inline = match event {
            Event::Text(t) => self.text(at, t, range),
            Event::Code(t) => Inline::Code(t.as_ref().into()),
            Event::SoftBreak => Inline::SoftBreak,
            Event::HardBreak => Inline::HardBreak,
            Event::TaskListMarker(done) => Inline::TaskMarker(*done),
            Event::FootnoteReference(label) => {
                Inline::FootnoteReference(self.footnote_number(label))
            }
            Event::InlineHtml(_) | Event::Html(_) => match self.html(at, event, range) {
                Some(html) => Inline::RawHtml(Box::new(html)),
                None => return,
            },
            Event::Start(Tag::Emphasis) => Inline::Emphasis(self.inlines(at, inner)),
            Event::Start(Tag::Strong) => Inline::Strong(self.inlines(at, inner)),
            Event::Start(Tag::Strikethrough) => Inline::Strikethrough(self.inlines(at, inner)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => match self.link(*link_type, dest_url, title, here) {
                Some(index) => Inline::Link {
                    index,
                    children: self.inlines(at, inner),
                },
                None => {
                    out.extend(self.inlines(at, inner).into_vec());
                    return;
                }
            },
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => match self.image(at.text, dest_url, title, inner, here) {
                Some(image) => Inline::Image(Box::new(image)),
                None => return,
            },
            Event::Start(_) => {
                out.extend(self.inlines(at, inner).into_vec());
                return;
            }
            _ => return,
        };
        out.push(inline);
    }

    /// Text: apostrophes kept where they are letters, and as a place in the file where it is
    /// the file's own.
    fn text(&self, at: Place, t: &CowStr<'_>, range: &Range<usize>) -> Inline {
        let typed = at.text.get(range.clone()).unwrap_or_default();
        if self.reading.apostrophe_is_letter && is_curled_apostrophe(t, typed) {
            return Inline::Text("'".into());
        }
        // The acute accent some Mayan orthographies write for the glottal stop (`ak´al`) lets
        // a line break before it; a word joiner keeps the word whole, on screen and on paper.
        if t.contains('\u{b4}') {
            return Inline::Text(t.replace('\u{b4}', "\u{2060}\u{b4}").into());
        }
        let (start, end) = (at.offset + range.start, at.offset + range.end);
        if self.reading.file.get(start..end) == Some(t.as_ref()) {
            return Inline::Source(start as u32, end as u32);
        }
        Inline::Text(t.as_ref().into())
    }

    /// An HTML block: read as one text where it is the file's own (a `<script>` written in a
    /// script's comment is its text, whatever line it is on), else line by line.
    fn html_block(&mut self, at: Place, lines: &Events) -> Box<[RawHtml]> {
        let joined = super::raw_html::joined(lines);
        let whole = match (lines.first(), lines.last()) {
            (Some(first), Some(last)) => first.1.start..last.1.end,
            _ => 0..0,
        };
        if !joined.is_empty() && at.text.get(whole.clone()) == Some(joined.as_str()) {
            return Box::new([self.raw_html(&joined, Some(at.offset + whole.start))]);
        }
        lines
            .iter()
            .filter_map(|(e, r)| self.html(at, e, r))
            .collect()
    }

    /// Raw HTML as written: read tag by tag where its text is the file's own.
    fn html(&mut self, at: Place, event: &Event<'_>, range: &Range<usize>) -> Option<RawHtml> {
        let (Event::Html(html) | Event::InlineHtml(html)) = event else {
            return None;
        };
        let exact = at.text.get(range.clone()) == Some(html.as_ref());
        Some(self.raw_html(html, exact.then_some(at.offset + range.start)))
    }

    /// A link resolved and numbered; `None`, and the writer told, when it cannot be.
    fn link(
        &mut self,
        link_type: LinkType,
        dest: &CowStr<'_>,
        title: &CowStr<'_>,
        at: Range<usize>,
    ) -> Option<u32> {
        // An e-mail autolink (`<someone@example.org>`) is a `mailto:` address, never a page.
        let target = match link_type {
            LinkType::Email => Ok(Target::Verbatim(format!("mailto:{dest}"))),
            _ => crate::markdown::links::target(self.reading, dest),
        };
        match target {
            Ok(target) => {
                self.doc.links.push(Link {
                    target,
                    written: dest.to_string(),
                    at,
                    title: title.to_string(),
                });
                Some(self.doc.links.len() as u32 - 1)
            }
            Err(message) => {
                self.problem(at, message);
                None
            }
        }
    }
}

/// Whether an indented block of code is a list indented with a tab (`\t- Pide ayuda`), as word
/// processors and some editors indent lists: Markdown reads it as code.
fn is_tabbed_list(text: &str, range: &Range<usize>) -> bool {
    // From the start of its line: the block may begin after its indentation.
    let start = text[..range.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let first = text[start..].lines().next().unwrap_or_default();
    let Some(rest) = first.strip_prefix('\t') else {
        return false;
    };
    let rest = rest.trim_start();
    let numbered = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    ["- ", "* ", "+ "].iter().any(|m| rest.starts_with(m))
        || (numbered.len() < rest.len()
            && (numbered.starts_with(". ") || numbered.starts_with(") ")))
}

/// A column's alignment in the document's own words.
fn alignment(alignment: &pulldown_cmark::Alignment) -> Alignment {
    match alignment {
        pulldown_cmark::Alignment::None => Alignment::None,
        pulldown_cmark::Alignment::Left => Alignment::Left,
        pulldown_cmark::Alignment::Center => Alignment::Center,
        pulldown_cmark::Alignment::Right => Alignment::Right,
    }
}
