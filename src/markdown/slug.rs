//! Heading ids: the one algorithm that turns a heading into the id links point at.

use std::collections::BTreeSet;

use unicode_normalization::char::is_combining_mark;

/// A heading's id by the rule GitHub, GitLab, kramdown and Hugo's default share, so that links
/// written for those sites work here: lowercase; letters, marks, digits, `_` and `-` kept; each
/// space a `-`; everything else (punctuation, symbols, the zero-width joiners of Persian and
/// other scripts) dropped. `¿Qué es COMAR?` → `qué-es-comar`, `Step 1 - Apply` → `step-1---apply`.
/// An apostrophe is dropped too, so a K'iche' word stays one word: `Ri b'e` → `ri-be`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' || c == '-' || is_combining_mark(c) {
            out.extend(c.to_lowercase());
        } else if c == ' ' {
            out.push('-');
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

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn ids_are_the_ones_github_and_kramdown_make() {
        for (heading, id) in [
            ("¿Qué es COMAR?", "qué-es-comar"),
            ("Step 1 - Apply", "step-1---apply"),
            ("Asylum: what it is", "asylum-what-it-is"),
            ("snake_case and `code`", "snake_case-and-code"),
            // Persian: the zero-width non-joiner (U+200C) is dropped, not turned into a dash.
            ("می\u{200c}توانید", "میتوانید"),
            ("हिन्दी भाषा", "हिन्दी-भाषा"),
            ("Ri b'e, K’iche’", "ri-be-kiche"),
            ("?!", "section"),
        ] {
            assert_eq!(slug(heading), id, "{heading}");
        }
    }
}
