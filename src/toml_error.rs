//! Turns a TOML parse error into a located diagnostic in words a translator understands, with
//! the fix written out: `weight = diez` is not "string values must be quoted" but "`weight` is a
//! number written in digits, like `weight = 10`".

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::said;
use crate::said::Said;

/// `offset` is where the TOML text starts inside `file_text` (front matter sits below `+++`).
pub fn diagnostic(
    shown: &Path,
    file_text: &str,
    offset: usize,
    err: &toml::de::Error,
) -> Diagnostic {
    if let Some((at, message)) = err.span().and_then(|s| curly(file_text, offset + s.start)) {
        return Diagnostic::at(shown, file_text, at, message);
    }
    let span = err.span().map(|s| offset + s.start..offset + s.end);
    let message = span
        .as_ref()
        .and_then(|s| plain(err.message(), &Written::at(file_text, s.start, s.end)))
        .unwrap_or_else(|| improve(err.message()));
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

/// Quotes as word processors and phones write them, which TOML does not read.
const CURLY: &str = "“”„‟«»‘’‚‛";

/// A value on the line of `at` that opens with a curly quote (`description = “…”`, as Word and
/// phones write it): where that quote is, and the line as it should be, in straight quotes.
fn curly(text: &str, at: usize) -> Option<(std::ops::Range<usize>, Said)> {
    let at = crate::diagnostics::floor_char_boundary(text, at.min(text.len()));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let (key, value) = line.split_once('=')?;
    let quote = value
        .trim_start()
        .chars()
        .next()
        .filter(|c| CURLY.contains(*c))?;
    let start = line_start + key.len() + 1 + (value.len() - value.trim_start().len());
    let words = value
        .trim()
        .trim_matches(|c: char| CURLY.contains(c) || c == '"');
    let key = key.trim();
    let fixed = words.replace('\\', "\\\\").replace('"', "\\\"");
    let close = value
        .trim_end()
        .chars()
        .last()
        .filter(|c| CURLY.contains(*c));
    let close = close.map(String::from).unwrap_or_default();
    let message = said!(
        "toml-curly-quotes",
        key = key,
        quote = quote,
        close = close,
        fixed = fixed
    );
    Some((start..start + quote.len_utf8(), message))
}

/// What was typed where the error is: the line's key and its value as written.
struct Written<'a> {
    key: &'a str,
    value: &'a str,
}

impl<'a> Written<'a> {
    fn at(text: &'a str, start: usize, end: usize) -> Self {
        // The position can come from a block's text with its indentation taken away, and so land
        // inside a letter of the file's text.
        let start = crate::diagnostics::floor_char_boundary(text, start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = &text[line_start..line_end];
        let (key, value) = line.split_once('=').unwrap_or(("", line));
        let typed = text.get(start..end.min(line_end)).unwrap_or("").trim();
        Written {
            key: key.trim(),
            value: if typed.is_empty() {
                value.trim()
            } else {
                typed
            },
        }
    }
}

/// Fields whose values are not text, by what they hold.
const NUMBERS: &[&str] = &["weight", "max_page_kb", "max_image_kb", "port"];
const DATES: &[&str] = &["updated", "review_by", "verified_on"];
const SWITCHES: &[&str] = &["draft", "sensitive", "originals", "leaflets", "offline"];

/// The message in plain words, with the fix written out, when the mistake is a common one.
fn plain(message: &str, w: &Written) -> Option<Said> {
    let key = w.key;
    let value = w.value;
    let number = || said!("toml-number", key = key, value = value);
    let switch = || said!("toml-switch", key = key, value = value);
    if message.starts_with("string values must be quoted") {
        return Some(if NUMBERS.contains(&key) {
            number()
        } else if DATES.contains(&key) {
            date(key, value)
        } else if SWITCHES.contains(&key) {
            switch()
        } else {
            said!("toml-text", key = key, value = value)
        });
    }
    let unquoted = value.trim_matches('"');
    if message.contains("expected i64") || message.contains("expected u64") {
        return Some(match unquoted.parse::<f64>() {
            Ok(n) => said!(
                "toml-whole-number",
                key = key,
                number = n.round().to_string()
            ),
            Err(_) => number(),
        });
    }
    if message.contains("expected a TOML datetime") {
        return Some(date(key, unquoted));
    }
    if message.contains("expected a boolean") {
        return Some(switch());
    }
    if message.contains("expected a string") {
        return Some(said!("toml-text", key = key, value = value));
    }
    if message.starts_with("unexpected key or value") {
        return quotes(key, value);
    }
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string")
    {
        return Some(said!("toml-no-closing-quote"));
    }
    if let Some(detail) = message.strip_prefix("invalid date, expected ") {
        return Some(said!("toml-date-does-not-exist", detail = detail));
    }
    if let Some(field) = message.strip_prefix("missing field `") {
        let field = field.trim_end_matches('`');
        let example = if DATES.contains(&field) {
            "2026-11-29"
        } else {
            "…"
        };
        return Some(said!(
            "toml-missing-field",
            field = field,
            example = example
        ));
    }
    None
}

/// A date as the writer typed it (`29/11/2026`, `"2026-11-29"`), and how to write it.
fn date(key: &str, value: &str) -> Said {
    let parts: Vec<&str> = value
        .trim_matches(['"', '\''])
        .split(['/', '-', '.'])
        .collect();
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let month = |m: &u32| (1..=12).contains(m);
    let iso = match numbers.as_slice() {
        [y, m, d] if *y > 1000 => Some((*y, *m, *d)),
        // Day first where both could be the month: say which was assumed, and the other.
        [d, m, y] if *y > 1000 && month(d) && month(m) && d != m => {
            return said!(
                "toml-date-two-ways",
                key = key,
                first = format!("{y}-{m:02}-{d:02}"),
                second = format!("{y}-{d:02}-{m:02}"),
                day = *d,
                month = *m
            );
        }
        // Month first, as in the United States (`11/20/2026`).
        [m, d, y] if *y > 1000 && month(m) && !month(d) => Some((*y, *m, *d)),
        [d, m, y] if *y > 1000 => Some((*y, *m, *d)),
        _ => None,
    };
    match iso.filter(|&(_, m, d)| month(&m) && (1..=31).contains(&d)) {
        Some((y, m, d)) => said!("toml-date", key = key, date = format!("{y}-{m:02}-{d:02}")),
        None => said!("toml-date-unreadable", key = key, value = value),
    }
}

/// Text whose quotes end it early: an apostrophe inside single quotes, a `"` inside double ones.
fn quotes(key: &str, value: &str) -> Option<Said> {
    if value.starts_with('\'') {
        let text = value.trim_matches('\'');
        return Some(said!("toml-apostrophe", key = key, text = text));
    }
    value.starts_with('"').then(|| said!("toml-quote-inside"))
}

/// serde says "unknown field `titel`, expected one of `title`, ..."; add the likely intended one.
fn improve(message: &str) -> Said {
    let message = message.trim_end();
    let theirs = || said!("toml-error", detail = message);
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return theirs();
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return theirs();
    };
    let best = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|candidate| (edit_distance(unknown, candidate), candidate))
        .min();
    match best {
        Some((d, candidate)) if d <= 2.max(unknown.len() / 3) => {
            said!(
                "toml-unknown-field",
                unknown = unknown,
                candidate = candidate
            )
        }
        _ => theirs(),
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

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Fields {
        title: Option<String>,
        weight: Option<i64>,
        updated: Option<toml::value::Datetime>,
        draft: Option<bool>,
    }

    fn said(text: &str) -> String {
        let err = toml::from_str::<Fields>(text).expect_err("an error");
        diagnostic(Path::new("a.md"), text, 0, &err)
            .message
            .to_string()
    }

    #[test]
    fn common_mistakes_are_told_in_plain_words_with_the_fix() {
        let cases = [
            (
                "weight = diez",
                "`weight` is a number written in digits, like `weight = 10` (not `diez`)",
            ),
            (
                "weight = \"12\"",
                "`weight` is a whole number, without quotes: `weight = 12`",
            ),
            (
                "weight = 1.5",
                "`weight` is a whole number, without quotes: `weight = 2`",
            ),
            (
                "updated = 29/11/2026",
                "write the date as year-month-day, without quotes: `updated = 2026-11-29`",
            ),
            (
                "updated = 05/11/2026",
                "`updated = 2026-11-05` if you mean 5 November, or `updated = 2026-05-11` if you mean May 11",
            ),
            (
                "updated = 11/20/2026",
                "write the date as year-month-day, without quotes: `updated = 2026-11-20`",
            ),
            (
                "updated = 01/01/2026",
                "write the date as year-month-day, without quotes: `updated = 2026-01-01`",
            ),
            (
                "updated = \"2026-11-29\"",
                "write the date as year-month-day, without quotes: `updated = 2026-11-29`",
            ),
            (
                "updated = 2026-13-01",
                "this date does not exist (month between 01 and 12)",
            ),
            (
                "title = 'Albergue's'",
                "put it between double quotes instead: `title = \"Albergue's\"`",
            ),
            (
                "title = \"El \"mejor\" albergue\"",
                "a `\"` inside the text ends it early",
            ),
            ("title = \"sin cierre", "this text has no closing quote"),
            (
                "title = Albergue",
                "text goes between double quotes: `title = \"Albergue\"`",
            ),
            (
                "draft = si",
                "`draft` is `true` or `false`, without quotes (not `si`)",
            ),
            (
                "draft = \"true\"",
                "`draft` is `true` or `false`, without quotes",
            ),
            (
                "title = “Lo que puedes pedir, en la frontera”",
                "the text of `title` is between curly quotes (“…”), as word processors and phones write them; senda reads only straight quotes: `title = \"Lo que puedes pedir, en la frontera\"`",
            ),
            (
                "title = “El “mejor” albergue”",
                "straight quotes: `title = \"El “mejor” albergue\"`",
            ),
        ];
        for (typed, wanted) in cases {
            let message = said(typed);
            assert!(message.contains(wanted), "{typed}: {message}");
        }
    }

    #[test]
    fn suggests_the_close_field() {
        assert_eq!(
            improve("unknown field `titel`, expected one of `title`, `description`, `weight`"),
            "unknown field `titel` (did you mean `title`?)"
        );
        assert!(
            improve("unknown field `zzzzzz`, expected `title`")
                .to_string()
                .starts_with("unknown field `zzzzzz`, expected")
        );
    }
}
