//! Reading a page's Markdown, once, into its [`Document`]: the only place the page's text is
//! parsed. Headings get their ids, links and images are resolved, blocks validated, raw HTML read
//! tag by tag, containers grouped; every problem is reported together.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

use self::depth::{MAX_NESTING, depth};
use self::tree::Place;
use super::PAGES_READ;
use super::blocks::{CalloutKind, Cite, Contact, Listing};
use super::containers::{self, Container};
use super::document::{Block, Callout, Document, Heading, Image};
use super::slug::{footnote_id, slug, unique_id};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;
use crate::said::Said;
use crate::toml_error;

/// Callouts inside callouts inside callouts are as deep as a page may go.
const MAX_CALLOUT_DEPTH: usize = 2;

mod depth;
mod levels;
mod raw_html;
mod tree;

pub(in crate::markdown) use raw_html::{Tag as HtmlTag, tags};

/// Every pulldown-cmark option senda reads Markdown with, in one place.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_TASKLISTS
}

/// The Markdown's events, each with where it is in the text: the crate's only Markdown parser.
fn events(text: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .collect()
}

/// Where each element that holds running text is: paragraphs, headings, list items, table cells.
fn running_text<'e>(
    events: &'e [(Event<'_>, Range<usize>)],
) -> impl Iterator<Item = &'e Range<usize>> {
    events.iter().filter_map(|(event, range)| {
        let text = matches!(
            event,
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell)
        );
        text.then_some(range)
    })
}

/// Smart punctuation turns `'` into `’` or `‘`; in K'iche' and Mam that `'` is a letter.
fn is_curled_apostrophe(event_text: &str, source_text: &str) -> bool {
    matches!(event_text, "\u{2019}" | "\u{2018}") && source_text == "'"
}

/// What reading a page needs: the file, where its body starts, and the files beside it.
pub struct Reading<'a> {
    /// The path as shown to people: `content/es/asilo.md`.
    pub shown: &'a Path,
    /// The whole file; spans in the document are offsets into it.
    pub file: &'a str,
    pub body_start: usize,
    /// The page's identity (`guias/mexico`): relative links resolve from its folder.
    pub id: &'a str,
    /// Keep every straight apostrophe as written (K'iche', Mam).
    pub apostrophe_is_letter: bool,
    /// The title from the front matter, if it has one: a leading `# Title` that repeats it is
    /// not shown twice.
    pub title: Option<&'a str>,
    /// Raw HTML goes out as written (`[markdown] raw_html = "allow"`): nothing is taken out.
    pub allow_raw_html: bool,
    /// The site's own address: an image written with it (`https://site.org/img/a.png`) is a
    /// file of the site, not of another.
    pub base_url: &'a str,
    /// A file in the page's language folder (`img/map.png`): `None` if there is no such file,
    /// else its pixel size when it is an image.
    pub asset: &'a AssetLookup<'a>,
    /// Where a page made from a catalogue keeps words of the language it falls back to.
    pub foreign: Option<&'a Foreign>,
}

/// The runs of words (places in the file) that a page made from a catalogue keeps in the
/// language it falls back to, because the catalogue does not translate them yet.
#[derive(Debug, Clone, Default)]
pub struct Foreign {
    pub lang: String,
    pub rtl: bool,
    pub ranges: Vec<Range<usize>>,
}

/// Whether a file is in a page's language folder, and its pixel size if it is an image.
pub type AssetLookup<'a> = dyn Fn(&str) -> Option<Option<(u32, u32)>> + Sync + 'a;

/// Reads a page's body into its document, reporting every broken link and block together.
pub fn read(reading: &Reading) -> Result<Document> {
    match read_all(reading) {
        (doc, problems) if problems.is_empty() => Ok(doc),
        (_, problems) => Err(Error::Invalid(problems)),
    }
}

/// The document as far as the body can be read, with every problem found in it beside it: a
/// page with a broken image is still a page (links to it reach it), and all its problems, links
/// included, are reported at once. A body that cannot be read at all gives an empty document.
pub fn read_all(reading: &Reading) -> (Document, Vec<Diagnostic>) {
    PAGES_READ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let problem = |at: Range<usize>, message: Said| {
        let at = reading.body_start + at.start..reading.body_start + at.end;
        vec![Diagnostic::at(reading.shown, reading.file, at, message)]
    };
    let rewritten = super::dialects::rewrite(&reading.file[reading.body_start..]);
    let (body, mut containers) = match containers::find(&rewritten.text) {
        Ok(found) => found,
        Err((at, message)) => return (Document::default(), problem(at, message)),
    };
    containers.extend(rewritten.containers);
    containers.sort_by_key(|c| c.open.start);
    let events = events(&body);
    let (depth, too_deep) = depth(&events);
    if let Some(range) = too_deep {
        let message = said!("markdown-nested-too-deep", levels = MAX_NESTING);
        return (Document::default(), problem(range, message));
    }
    let mut builder = Builder {
        reading,
        doc: Document {
            depth,
            ..Document::default()
        },
        used_ids: BTreeSet::new(),
        footnotes: HashMap::new(),
        problems: Vec::new(),
        videos: Vec::new(),
    };
    builder.reserve_footnotes(&events);
    for (at, message) in rewritten.warnings {
        builder.warn(at, message);
    }
    builder.template_code(&body, &events);
    builder.spaced_addresses(&body, &events);
    let skip = builder.leading_title(&body, &events);
    let mut blocks = builder.grouped(&body, &events[skip..], &containers);
    builder.one_main_heading(&mut blocks);
    // Every document is kept for the whole build: at its exact length.
    blocks.shrink_to_fit();
    builder.doc.key_points = super::points::key_points(&blocks, reading.file);
    builder.doc.blocks = blocks;
    (builder.doc, builder.problems)
}

/// The state of one reading: what has been found so far.
pub(super) struct Builder<'r> {
    pub(super) reading: &'r Reading<'r>,
    pub(super) doc: Document,
    used_ids: BTreeSet<String>,
    footnotes: HashMap<String, usize>,
    problems: Vec<Diagnostic>,
    /// Videos of raw HTML read but not yet placed: each becomes a link after its block.
    videos: Vec<super::document::Video>,
}

impl Builder<'_> {
    pub(super) fn problem(&mut self, at: Range<usize>, message: Said) {
        let r = self.reading;
        self.problems
            .push(Diagnostic::at(r.shown, r.file, at, message));
    }

    /// A warning at `at`, a place in the page's body.
    fn warn(&mut self, at: Range<usize>, message: Said) {
        let r = self.reading;
        let at = r.body_start + at.start..r.body_start + at.end;
        let warning = Diagnostic::at(r.shown, r.file, at, message).warning();
        self.doc.warnings.push(warning);
    }

    /// Footnote ids are reserved first so that no heading can take them.
    fn reserve_footnotes(&mut self, events: &[(Event<'_>, Range<usize>)]) {
        for (event, _) in events {
            if let Event::Start(Tag::FootnoteDefinition(label)) = event {
                self.used_ids.insert(footnote_id(label));
                self.doc.anchors.push(footnote_id(label));
            }
        }
    }

    /// A page that opens with its own `# Title` (as most sites write pages) is not shown its
    /// title twice: that heading is the title, or the page's shown heading when the front matter
    /// gives another title. Returns how many events it took.
    fn leading_title(&mut self, text: &str, events: &[(Event<'_>, Range<usize>)]) -> usize {
        let Some((
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }),
            _,
        )) = events.first()
        else {
            return 0;
        };
        let end = find_end(events, 0);
        let heading = self.plain_text(text, &events[1..end]);
        // Smart punctuation may have curled one and not the other (`Xuquuqdaada ka'a` in a
        // Somali title, where the apostrophe is a letter): compare them as typed.
        let same = |title: &str| comparable(title) == comparable(&heading);
        if !self.reading.title.is_none_or(same) {
            self.doc.heading = Some(heading.trim().to_string());
            return end + 1;
        }
        self.doc.title = Some(heading.trim().to_string());
        let (start, end_at) = (events[0].1.start, events[end].1.end);
        let offset = self.reading.body_start;
        self.doc.title_at = Some(offset + start..offset + end_at);
        end + 1
    }

    /// The page's blocks, with those inside each `:::` container made into its callout.
    fn grouped(
        &mut self,
        text: &str,
        events: &[(Event<'_>, Range<usize>)],
        containers: &[Container],
    ) -> Vec<Block> {
        let at = Place {
            text,
            offset: self.reading.body_start,
            depth: 0,
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < events.len() {
            let start = events[i].1.start;
            let outer = containers.iter().find(|c| {
                c.inner.contains(&start)
                    && !containers
                        .iter()
                        .any(|o| o != *c && o.inner.contains(&c.open.start))
            });
            let Some(container) = outer else {
                let end = block_end(events, i);
                out.extend(self.blocks(at, &events[i..=end]));
                i = end + 1;
                continue;
            };
            let mut j = i;
            while j < events.len() && events[j].1.start < container.inner.end {
                j = block_end(events, j) + 1;
            }
            let inner: Vec<Container> = containers
                .iter()
                .filter(|c| *c != container && container.inner.contains(&c.open.start))
                .cloned()
                .collect();
            let body = self.grouped(text, &events[i..j], &inner);
            out.push(Block::Callout(Box::new(Callout {
                kind: container.kind,
                title: container.title.clone(),
                body,
            })));
            i = j;
        }
        out
    }

    /// Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and Liquid tags (`{% x %}`) are template code of
    /// other generators: shown as written, and the writer told, once per place (not in code).
    fn template_code(&mut self, body: &str, events: &[(Event<'_>, Range<usize>)]) {
        let mut seen = BTreeSet::new();
        for range in running_text(events) {
            let text = &body[range.clone()];
            let outside_code = |at: &usize| text[..*at].matches('`').count().is_multiple_of(2);
            let found = ["{{<", "{{%", "{%"]
                .iter()
                .filter_map(|m| text.find(m))
                .filter(outside_code)
                .min();
            let Some(found) = found else { continue };
            let start = self.reading.body_start + range.start + found;
            if !seen.insert(start) {
                continue;
            }
            let close = if text[found..].starts_with("{{") {
                "}}"
            } else {
                "%}"
            };
            let end = text[found..]
                .find(close)
                .map(|e| e + close.len())
                .or_else(|| text[found..].find('\n'))
                .map_or(text.len(), |e| found + e);
            let r = self.reading;
            let at = start..self.reading.body_start + range.start + end;
            let message = said!("markdown-template-code");
            self.doc.template_code.get_or_insert(at.clone());
            self.doc
                .warnings
                .push(Diagnostic::at(r.shown, r.file, at, message).warning());
        }
    }

    /// A list indented with a tab is read as code: shown as typed, wider than a phone's screen.
    pub(super) fn tabbed_list(&mut self, at: Range<usize>) {
        let r = self.reading;
        let message = said!("markdown-tabbed-list");
        let start = crate::diagnostics::floor_char_boundary(r.file, at.start.min(r.file.len()));
        let line = r.file[..start].rfind('\n').map_or(0, |i| i + 1);
        let warning = Diagnostic::at(r.shown, r.file, line..line + 1, message).warning();
        self.doc.warnings.push(warning);
    }

    /// `[qué hacer](Qué hacer si me detienen.md)`: an address with spaces is not a link, and the
    /// reader would see the brackets. Each is a problem, with the fix written out.
    fn spaced_addresses(&mut self, body: &str, events: &[(Event<'_>, Range<usize>)]) {
        let links: Vec<&Range<usize>> = events
            .iter()
            .filter(|(e, _)| matches!(e, Event::Start(Tag::Link { .. } | Tag::Image { .. })))
            .map(|(_, r)| r)
            .collect();
        let mut seen = BTreeSet::new();
        for range in running_text(events) {
            let text = &body[range.clone()];
            for (i, _) in text.match_indices("](") {
                let start = range.start + i + 2;
                let in_code = !text[..i].matches('`').count().is_multiple_of(2);
                if in_code || links.iter().any(|l| l.contains(&start)) || !seen.insert(start) {
                    continue;
                }
                let line_end = body[start..].find('\n').map_or(body.len(), |e| start + e);
                let Some(close) = body[start..line_end].find(')') else {
                    continue;
                };
                let address = body[start..start + close].trim();
                // Template code (`{{ site.baseurl }}`) is reported as such, not as an address.
                let template = address.contains("{{") || address.contains("{%");
                if !address.contains(' ') || address.starts_with('<') || template {
                    continue;
                }
                let offset = self.reading.body_start;
                let at = offset + start..offset + start + close;
                let message = said!("markdown-spaced-address", address = address);
                // A file of the site (`Qué hacer.md`, `Foto albergue.JPG`) is the writer's own
                // link to fix; a typo in another site's address (`kobotoolbox .org`) shows as
                // text there too, and is told without stopping the build.
                match names_a_file(address) {
                    true => self.problem(at, message),
                    false => {
                        let r = self.reading;
                        let warning = Diagnostic::at(r.shown, r.file, at, message).warning();
                        self.doc.warnings.push(warning);
                    }
                }
            }
        }
    }

    /// The text of a heading or an image's alt, with each language's apostrophe rule applied.
    fn plain_text(&self, text: &str, events: &[(Event<'_>, Range<usize>)]) -> String {
        events
            .iter()
            .filter_map(|(e, r)| match e {
                Event::Text(t)
                    if self.reading.apostrophe_is_letter
                        && is_curled_apostrophe(t, &text[r.clone()]) =>
                {
                    Some("'")
                }
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect()
    }

    fn footnote_number(&mut self, label: &str) -> u32 {
        let next = self.footnotes.len() + 1;
        let number = *self.footnotes.entry(label.to_string()).or_insert(next);
        if number == next {
            self.doc.footnotes.push(footnote_id(label));
        }
        number as u32
    }

    /// Gives a heading its id (unique on the page) and returns its index.
    fn heading(
        &mut self,
        level: HeadingLevel,
        custom: Option<&str>,
        title: String,
        at: Range<usize>,
    ) -> usize {
        let wanted = custom.map_or_else(|| slug(&title), str::to_string);
        let id = unique_id(&wanted, &mut self.used_ids);
        if custom.is_some() && id != wanted {
            self.problem(at.clone(), said!("markdown-heading-id-taken", id = &wanted));
        }
        self.doc.headings.push(Heading {
            level: level as u8,
            id,
            text: title,
            at: at.start,
        });
        self.doc.headings.len() - 1
    }

    fn image(
        &mut self,
        text: &str,
        dest: &str,
        title: &str,
        inner: &[(Event<'_>, Range<usize>)],
        at: Range<usize>,
    ) -> Option<Image> {
        let alt = self.plain_text(text, inner);
        if alt.trim().is_empty() {
            self.problem(at.clone(), said!("markdown-image-no-alt"));
        }
        match super::links::image(self.reading, dest) {
            Ok((rel, size)) => Some(Image {
                rel,
                written: dest.trim().to_string(),
                size,
                alt,
                title: title.to_string(),
                at,
            }),
            Err(message) => {
                self.problem(at, message);
                None
            }
        }
    }

    /// A `callout` or `contact` block; problems are noted and the block left out.
    fn fenced(
        &mut self,
        info: &str,
        body: &str,
        body_offset: usize,
        fence: Range<usize>,
        depth: usize,
    ) -> Option<Block> {
        let mut words = info.split_whitespace();
        match words.next() {
            Some("callout") => {}
            Some("service") => {
                return self.cite(Cite::ids(body, body_offset, fence));
            }
            Some("services") => {
                let listing = match toml::from_str::<Listing>(body) {
                    Ok(listing) => listing,
                    Err(e) => {
                        let r = self.reading;
                        let d = toml_error::diagnostic(r.shown, r.file, body_offset, &e);
                        self.problems.push(d);
                        return None;
                    }
                };
                return self.cite(Cite::listed(listing, fence));
            }
            _ => return self.contact(body, body_offset, fence),
        }
        let kind = match CalloutKind::parse(words.next()) {
            Ok(kind) => kind,
            Err(message) => {
                self.problem(fence, message);
                return None;
            }
        };
        if depth > MAX_CALLOUT_DEPTH {
            self.problem(fence, said!("markdown-callouts-too-deep"));
            return None;
        }
        let inner = events(body);
        self.reserve_footnotes(&inner);
        let at = Place {
            text: body,
            offset: body_offset,
            depth: depth + 1,
        };
        let body = self.blocks(at, &inner);
        Some(Block::Callout(Box::new(Callout {
            kind,
            title: None,
            body,
        })))
    }

    fn contact(&mut self, body: &str, body_offset: usize, fence: Range<usize>) -> Option<Block> {
        let r = self.reading;
        let mut contact = match toml::from_str::<Contact>(body) {
            Ok(contact) => contact,
            Err(e) => {
                let d = toml_error::diagnostic(r.shown, r.file, body_offset, &e);
                self.problems.push(d);
                return None;
            }
        };
        if let Err(message) = contact.validate() {
            self.problem(fence, message);
            return None;
        }
        contact.at = fence;
        self.doc.contacts.push(contact);
        Some(Block::Contact(self.doc.contacts.len() as u32 - 1))
    }

    /// A `service` or `services` block; which services it names is checked once the directory
    /// is loaded.
    fn cite(&mut self, cite: std::result::Result<Cite, (Range<usize>, Said)>) -> Option<Block> {
        match cite {
            Ok(cite) => {
                self.doc.cites.push(cite);
                Some(Block::Cite(self.doc.cites.len() as u32 - 1))
            }
            Err((at, message)) => {
                self.problem(at, message);
                None
            }
        }
    }
}

/// Whether an address names a file of the site: no scheme, and a name with an extension.
fn names_a_file(address: &str) -> bool {
    let scheme = address
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic()));
    let name = address.rsplit('/').next().unwrap_or(address);
    let extension = name.rsplit_once('.').is_some_and(|(_, e)| {
        (1..=5).contains(&e.len()) && e.chars().all(|c| c.is_ascii_alphanumeric())
    });
    !scheme && !address.contains('#') && extension
}

fn is_block(info: &str) -> bool {
    matches!(
        info.split_whitespace().next(),
        Some("callout" | "contact" | "service" | "services")
    )
}

/// The index of the last event of the top-level block that starts at `i`.
pub(super) fn block_end(events: &[(Event, Range<usize>)], i: usize) -> usize {
    match events[i].0 {
        Event::Start(_) => find_end(events, i),
        _ => i,
    }
}

/// The index of the event that closes the one that starts at `start`.
fn find_end(events: &[(Event, Range<usize>)], start: usize) -> usize {
    let mut depth = 0usize;
    for (j, (e, _)) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

/// Text as it was typed, for comparing: quotes straight, dashes and ellipses as keys make them,
/// letters in lower case, spaces single.
fn comparable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
            '\u{201C}' | '\u{201D}' => out.push('"'),
            '\u{2013}' | '\u{2014}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            c => out.extend(c.to_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
