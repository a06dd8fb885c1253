//! The facts a family acts on (phone and WhatsApp numbers, emails, addresses) must be the same in
//! every translation of a page: a wrong digit sends a child to a stranger.

use std::collections::BTreeMap;

use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::markdown::{Target, dial_number};
use crate::site::Site;

/// Phone numbers, WhatsApp numbers, emails and addresses must be the same in every translation:
/// a wrong digit sends a child to a stranger. A draft (an untranslated copy) is not held to them.
pub(super) fn facts(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (id, by_lang) in &site.content.pages {
        let Some(source) = site.source_of(id) else {
            continue;
        };
        let expected = page_facts(source);
        for page in by_lang
            .values()
            .filter(|p| p.lang != source.lang && !p.front.draft)
        {
            found.extend(differences(source, &expected, page));
        }
    }
    found
}

/// How a translation's facts differ from its source's, each shown as written and located at the
/// line of the translation that has to change.
fn differences(source: &Page, expected: &Facts, page: &Page) -> Option<Diagnostic> {
    let got = page_facts(page);
    let missing: Vec<&str> = expected
        .iter()
        .filter(|(k, _)| !got.contains_key(*k))
        .map(|(_, (written, _))| written.as_str())
        .collect();
    let extra: Vec<&(String, usize)> = got
        .iter()
        .filter(|(k, _)| !expected.contains_key(*k))
        .map(|(_, v)| v)
        .collect();
    let list = |l: &[&str]| {
        l.iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let from = &source.shown;
    Some(match (extra.first(), missing.is_empty()) {
        (None, true) => return None,
        (Some((written, at)), false) => page.at(
            *at,
            crate::said!(
                "check-fact-differs",
                written = written,
                source = from,
                expected = list(&missing)
            ),
        ),
        (Some((written, at)), true) => page.at(
            *at,
            crate::said!("check-fact-extra", written = written, source = from),
        ),
        (None, false) => {
            let message = crate::said!(
                "check-fact-missing",
                source = from,
                expected = list(&missing)
            );
            match got.values().map(|(_, at)| *at).min() {
                Some(at) => page.at(at, message),
                None => Diagnostic::in_file(&page.shown, message),
            }
        }
    })
}

/// A page's contact facts by their normalised form (`+525512345678`): as written, and where.
type Facts = BTreeMap<String, (String, usize)>;

/// A page's contact facts, from its contact blocks and its `tel:`, `sms:` and WhatsApp links.
fn page_facts(page: &Page) -> Facts {
    let doc = &page.document;
    let mut facts = Facts::new();
    for contact in &doc.contacts {
        let block = page.source.get(contact.at.clone()).unwrap_or_default();
        for (key, written) in contact.facts() {
            let at = block
                .find(&written)
                .map_or(contact.at.start, |i| contact.at.start + i);
            facts.entry(key).or_insert((written, at));
        }
    }
    for link in &doc.links {
        let Target::Verbatim(dest) = &link.target else {
            continue;
        };
        for scheme in ["tel:", "sms:", "https://wa.me/", "whatsapp:"] {
            if let Some(number) = dest.strip_prefix(scheme) {
                let key = dial_number(number).unwrap_or_else(|_| number.to_string());
                facts
                    .entry(key)
                    .or_insert((number.to_string(), link.at.start));
            }
        }
    }
    facts
}
