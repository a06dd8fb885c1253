//! Heading ids: the one algorithm that turns a heading into the id links point at.

use std::collections::BTreeSet;

/// A stable, Unicode-aware id for a heading: `¿Qué es COMAR?` → `qué-es-comar`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '\u{2019}' | '\u{02bc}') {
            // The glottal stop is part of a K'iche' word: `b'e` stays one word.
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".to_string()
    } else {
        out
    }
}

/// The id of a footnote: reserved before any heading takes an id, so the two never collide.
pub(super) fn footnote_id(label: &str) -> String {
    format!("fn-{}", slug(label))
}

/// `wanted`, or `wanted-1`, `wanted-2`… whichever is not taken yet; marks it taken.
pub(super) fn unique_id(wanted: &str, used: &mut BTreeSet<String>) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while used.contains(&candidate) {
        candidate = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}
