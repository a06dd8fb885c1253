//! Turns a TOML parse error into a located diagnostic, with a suggestion for misspelt fields.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// `offset` is where the TOML text starts inside `file_text` (front matter sits below `+++`).
pub fn diagnostic(
    shown: &Path,
    file_text: &str,
    offset: usize,
    err: &toml::de::Error,
) -> Diagnostic {
    let message = improve(err.message());
    match err.span() {
        Some(span) => Diagnostic::at(
            shown,
            file_text,
            offset + span.start..offset + span.end,
            message,
        ),
        None => {
            let mut d = Diagnostic::at(shown, file_text, offset..offset, message);
            d.snippet = None;
            d
        }
    }
}

/// serde says "unknown field `titel`, expected one of `title`, ..."; add the likely intended one.
fn improve(message: &str) -> String {
    let message = message.trim_end().to_string();
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message;
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message;
    };
    let best = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|candidate| (edit_distance(unknown, candidate), candidate))
        .min();
    match best {
        Some((d, candidate)) if d <= 2.max(unknown.len() / 3) => {
            format!("unknown field `{unknown}` (did you mean `{candidate}`?)")
        }
        _ => message,
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_close_field() {
        assert_eq!(
            improve("unknown field `titel`, expected one of `title`, `description`, `weight`"),
            "unknown field `titel` (did you mean `title`?)"
        );
        assert!(
            improve("unknown field `zzzzzz`, expected `title`")
                .starts_with("unknown field `zzzzzz`, expected")
        );
    }
}
