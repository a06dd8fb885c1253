//! `senda check`: everything that can go wrong before publishing, found in one run and never
//! stopping at the first: the build's own errors, pages over budget, links to headings that do not
//! exist, missing and stale translations, interface strings missing or unused, headings out of
//! order, sentences too long for a child, contact facts that differ between translations, and
//! pages past their review date.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::build::{self, Options};
use crate::config::Config;
use crate::content::{Date, Page};
use crate::diagnostics::{Diagnostic, Error, Location, Result, Severity};
use crate::markdown::{self, Contact};
use crate::site::Site;
use crate::status::{self, Freshness};

/// Fluent messages the program itself asks for (the templates' own are read from them).
pub const MESSAGES_USED_BY_CODE: &[&str] = &[
    "site-name",
    "last-reviewed",
    "disclaimer",
    "date",
    "month-1",
    "month-2",
    "month-3",
    "month-4",
    "month-5",
    "month-6",
    "month-7",
    "month-8",
    "month-9",
    "month-10",
    "month-11",
    "month-12",
    "callout-important",
    "callout-danger",
    "contact-phone",
    "contact-hours",
    "contact-address",
    "contact-placeholder",
    "leaflet-trifold",
    "leaflet-booklet",
    "leaflet-card",
    "paper-a4",
    "paper-letter",
    "leaflet-more",
    "language-card",
];

/// Every problem found, errors first. `today` decides which review dates have passed.
pub fn check(options: &Options, today: Date) -> Result<Vec<Diagnostic>> {
    let config = Config::load(&options.root)?;
    let site = Site::load(config.clone())?;
    let build_options = Options {
        skip_anchor_check: true,
        ..options.clone()
    };
    let mut found = match build::prepare(&build_options) {
        Ok(built) => built.warnings.into_iter().map(Diagnostic::error).collect(),
        Err(Error::Invalid(d)) => d,
        Err(e) => return Err(e),
    };
    found.extend(anchors(&site));
    found.extend(translations(&site));
    found.extend(messages(&site, &config));
    for by_lang in site.content.pages.values() {
        for page in by_lang.values() {
            found.extend(heading_order(page));
            found.extend(plain_language(page, config.check.sentence_words));
            found.extend(review_date(page, today));
        }
    }
    found.extend(facts(&site));
    found.sort_by_key(|d| {
        (
            d.severity != Severity::Error,
            d.location.as_ref().map(|l| (l.path.clone(), l.line, l.col)),
        )
    });
    found.dedup();
    Ok(found)
}

fn at(page: &Page, offset: usize, message: String) -> Diagnostic {
    Diagnostic::at(
        &page.shown,
        &page.source,
        page.body_start + offset..page.body_start + offset,
        message,
    )
}

/// Links to `other.md#heading` whose heading is missing from the target, in any language the
/// target is translated into (a translator who rewords a heading breaks other pages' links).
pub fn anchors(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for by_lang in site.content.pages.values() {
        for page in by_lang.values() {
            for (dest_url, offset) in &page.outline.fragment_links {
                let Some((path, fragment)) = dest_url.split_once('#') else {
                    continue;
                };
                let target = if path.is_empty() {
                    Some(page.id.clone())
                } else {
                    path.strip_suffix(".md")
                        .and_then(|p| markdown::resolve_relative(&page.id, &format!("{p}.md")))
                        .and_then(|r| r.strip_suffix(".md").map(str::to_string))
                };
                let Some(target) = target else { continue };
                for target_page in site
                    .content
                    .pages
                    .get(&target)
                    .into_iter()
                    .flat_map(|m| m.values())
                {
                    if target_page.outline.ids.iter().any(|i| i == fragment) {
                        continue;
                    }
                    if target_page.lang == page.lang {
                        found.push(at(
                            page,
                            *offset,
                            format!(
                                "`{dest_url}`: {} has no heading with the id `{fragment}`",
                                target_page.shown.display()
                            ),
                        ));
                    } else {
                        let (line, _, _) =
                            crate::diagnostics::line_col(&page.source, page.body_start + offset);
                        found.push(Diagnostic::in_file(
                            &target_page.shown,
                            format!(
                                "no heading with the id `{fragment}`, which {}:{line} links to; give the matching heading `{{#{fragment}}}`",
                                page.shown.display()
                            ),
                        ));
                    }
                }
            }
        }
    }
    found
}

/// Missing, stale and unreviewed translations, as warnings on the files translators work in.
fn translations(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for row in status::table(site) {
        for (state, language) in row.states.iter().zip(&site.config.languages) {
            let file = PathBuf::from("content")
                .join(&language.code)
                .join(format!("{}.md", row.id));
            let message = match state {
                Freshness::Missing => "not translated yet: readers get the fallback language".to_string(),
                Freshness::Stale => "stale: its source changed since it was translated; update it, then run `senda status --stamp` on it".to_string(),
                Freshness::NeedsReview => "waiting for review (`review` in its front matter)".to_string(),
                Freshness::Source | Freshness::UpToDate => continue,
            };
            let diagnostic = match site.content.get(&row.id, &language.code) {
                Some(p) => Diagnostic::at(&p.shown, &p.source, 0..3, message),
                None => Diagnostic::in_file(&file, message),
            };
            found.push(diagnostic.warning());
        }
    }
    found
}

/// Interface strings a template or the program uses that a language does not translate (readers
/// get the fallback), and strings nothing uses.
fn messages(site: &Site, config: &Config) -> Vec<Diagnostic> {
    let used = used_messages(config);
    let mut found = Vec::new();
    for language in &config.languages {
        let defined = site.locales.defined.get(&language.code);
        let missing: Vec<&str> = used
            .iter()
            .map(String::as_str)
            .filter(|key| !defined.is_some_and(|d| d.contains_key(*key)))
            .collect();
        if !missing.is_empty() && language.code != config.default_language {
            found.push(
                Diagnostic::in_file(
                    &Path::new("locales").join(&language.code),
                    format!(
                        "{} interface strings are not translated (readers see them in {}): {}",
                        missing.len(),
                        language.chain.get(1).map_or("?", String::as_str),
                        missing.join(", ")
                    ),
                )
                .warning(),
            );
        } else if !missing.is_empty() {
            found.push(Diagnostic::in_file(
                &Path::new("locales").join(&language.code),
                format!(
                    "messages used but not defined in the default language: {}",
                    missing.join(", ")
                ),
            ));
        }
        for (key, definition) in defined.into_iter().flatten() {
            if !used.contains(key) {
                found.push(
                    Diagnostic::at_line(
                        &definition.path,
                        None,
                        definition.line,
                        1,
                        format!("the message `{key}` is never used"),
                    )
                    .warning(),
                );
            }
        }
    }
    found
}

/// `t(key="...")` in the theme's templates, and the program's own.
fn used_messages(config: &Config) -> BTreeSet<String> {
    let mut used: BTreeSet<String> = MESSAGES_USED_BY_CODE
        .iter()
        .map(|s| s.to_string())
        .collect();
    let dir = config.theme_dir.join("templates");
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for part in text.split("t(key=\"").skip(1) {
            if let Some(key) = part.split('"').next() {
                used.insert(key.to_string());
            }
        }
    }
    used
}

/// A `#` heading in the text (the title is the page's only h1) or a level skipped (h2 to h4).
fn heading_order(page: &Page) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut previous = 1;
    for (id, offset, level) in markdown::heading_ids(page.body()) {
        if level == 1 {
            found.push(at(page, offset, format!("the heading `{id}` is a `#` heading; the title is the page's main heading, so start at `##`")).warning());
        } else if level > previous + 1 {
            found.push(at(page, offset, format!("this heading jumps from level {previous} to {level}; screen-reader users navigate by levels: use {}", "#".repeat(previous as usize + 1))).warning());
        }
        previous = level;
    }
    found
}

/// Sentences longer than a child reads easily.
fn plain_language(page: &Page, limit: usize) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut text = String::new();
    let mut start = None;
    let mut sentences = 0usize;
    let mut words = 0usize;
    let mut flush = |text: &mut String, start: Option<usize>, found: &mut Vec<Diagnostic>| {
        for sentence in text.split_inclusive(['.', '!', '?']) {
            let n = sentence.split_whitespace().count();
            if n == 0 {
                continue;
            }
            sentences += 1;
            words += n;
            if n > limit {
                let opening: String = sentence
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                found.push(at(page, start.unwrap_or(0), format!("a sentence of {n} words (more than {limit}); shorter sentences are easier for children: “{opening} …”")).warning());
            }
        }
        text.clear();
    };
    // Without smart punctuation: the words are quoted back exactly as the writer typed them.
    let options = markdown::options() - pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION;
    let mut in_text = false;
    for (event, range) in Parser::new_ext(page.body(), options).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => {
                flush(&mut text, start, &mut found);
                start = Some(range.start);
                in_text = true;
            }
            Event::Start(Tag::Heading { .. } | Tag::CodeBlock(_)) => in_text = false,
            Event::Text(t) | Event::Code(t) if in_text => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                flush(&mut text, start, &mut found);
                in_text = false;
            }
            _ => {}
        }
    }
    if sentences > 0 && words / sentences > limit * 2 / 3 {
        found.push(
            Diagnostic::in_file(
                &page.shown,
                format!(
                    "sentences average {} words; aim for {} or fewer",
                    words / sentences,
                    limit * 2 / 3
                ),
            )
            .warning(),
        );
    }
    found
}

/// A page whose `review_by` date has passed: programs and rules change.
fn review_date(page: &Page, today: Date) -> Option<Diagnostic> {
    let due = page.review_by?;
    (due < today).then(|| {
        let offset = page.front.review_by.as_ref().map_or(0, |d| d.span().start);
        let toml_start = page.source.find('\n').map_or(0, |i| i + 1);
        Diagnostic::at(&page.shown, &page.source, toml_start + offset..toml_start + offset, format!("was due for review on {}: check it against current rules, then update `updated` and `review_by`", due.iso())).warning()
    })
}

/// Phone numbers, WhatsApp numbers, emails and addresses must be the same in every translation:
/// a wrong digit sends a child to a stranger.
fn facts(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for id in site.content.pages.keys() {
        let Some(source) = status::source_of(site, id) else {
            continue;
        };
        let expected = page_facts(source);
        for page in site
            .content
            .pages
            .get(id)
            .into_iter()
            .flat_map(|m| m.values())
        {
            if page.lang == source.lang {
                continue;
            }
            let got = page_facts(page);
            let missing: Vec<&String> = expected.difference(&got).collect();
            let extra: Vec<&String> = got.difference(&expected).collect();
            if !missing.is_empty() || !extra.is_empty() {
                let list =
                    |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
                let message = format!(
                    "contact details differ from {}: missing [{}], not in the source [{}]",
                    source.shown.display(),
                    list(&missing),
                    list(&extra)
                );
                let first = ["```contact", "tel:", "wa.me/", "whatsapp:", "sms:"]
                    .iter()
                    .filter_map(|needle| page.body().find(needle))
                    .min();
                found.push(match first {
                    Some(offset) => at(page, offset, message),
                    None => Diagnostic::in_file(&page.shown, message),
                });
            }
        }
    }
    found
}

fn page_facts(page: &Page) -> BTreeSet<String> {
    let mut facts = BTreeSet::new();
    let mut in_contact = false;
    let mut block = String::new();
    for event in Parser::new_ext(page.body(), markdown::options()) {
        match event {
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info))) => {
                in_contact = info.split_whitespace().next() == Some("contact")
            }
            Event::Text(t) if in_contact => block.push_str(&t),
            Event::End(TagEnd::CodeBlock) if in_contact => {
                if let Ok(c) = toml::from_str::<Contact>(&block) {
                    for number in [&c.phone, &c.whatsapp].into_iter().flatten() {
                        facts.insert(
                            markdown::dial_number(number).unwrap_or_else(|_| number.clone()),
                        );
                    }
                    facts.extend(c.email.clone());
                    facts.extend(c.address.clone());
                }
                block.clear();
                in_contact = false;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                for scheme in ["tel:", "sms:", "https://wa.me/", "whatsapp:"] {
                    if let Some(number) = dest_url.strip_prefix(scheme) {
                        facts.insert(
                            markdown::dial_number(number).unwrap_or_else(|_| number.to_string()),
                        );
                    }
                }
            }
            _ => {}
        }
    }
    facts
}

/// One problem as `senda check --format json` writes it.
#[derive(Serialize)]
struct JsonProblem<'a> {
    severity: &'static str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// The problems as JSON for CI: `{"errors": n, "warnings": n, "problems": [...]}`.
pub fn to_json(found: &[Diagnostic]) -> String {
    let problems: Vec<JsonProblem> = found
        .iter()
        .map(|d| {
            let loc: Option<&Location> = d.location.as_ref();
            JsonProblem {
                severity: if d.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                },
                file: loc.map(|l| l.path.display().to_string()),
                line: loc.map(|l| l.line).filter(|l| *l > 0),
                column: loc.map(|l| l.col).filter(|c| *c > 0),
                message: &d.message,
            }
        })
        .collect();
    let errors = found
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    serde_json::json!({ "errors": errors, "warnings": found.len() - errors, "problems": problems })
        .to_string()
}

/// Today's date from the system clock (UTC), for review dates.
pub fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days, Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}
