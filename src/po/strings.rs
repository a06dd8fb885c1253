//! The PO string syntax, both ways: text escaped between double quotes for writing, and a
//! quoted string read back, with what is wrong with it when it is malformed.

use std::ops::Range;

use crate::said;
use crate::said::Said;

/// `text` as it goes between quotes: backslash, quote and control characters escaped.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if c.is_ascii_control() => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The string `body` begins with, unescaped. `keyword` names it in messages. On error, the byte
/// range of `body` at fault and what to tell the translator.
pub(super) fn unquote(keyword: &str, body: &str) -> Result<String, (Range<usize>, Said)> {
    let Some(inner) = body.strip_prefix('"') else {
        let found = body.chars().next().map_or(1, char::len_utf8);
        return Err((0..found, said!("po-no-opening-quote", keyword = keyword)));
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = &inner[i + 1..];
                if after.trim().is_empty() {
                    return Ok(out);
                }
                let start = 1 + i + 1 + after.len() - after.trim_start().len();
                return Err((start..body.len(), said!("po-after-closing-quote")));
            }
            '\\' => out.push(
                unescape(&mut chars).map_err(|(len, message)| (1 + i..1 + i + 1 + len, message))?,
            ),
            c => out.push(c),
        }
    }
    Err((0..body.len().max(1), said!("po-no-closing-quote")))
}

/// The character an escape stands for, the backslash already read. On error, how many bytes
/// after the backslash are at fault and what to say.
fn unescape(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
) -> Result<char, (usize, Said)> {
    let Some((_, c)) = chars.next() else {
        return Err((0, said!("po-trailing-backslash")));
    };
    let simple = match c {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'v' => Some('\u{b}'),
        '\\' | '"' | '\'' | '?' => Some(c),
        _ => None,
    };
    if let Some(simple) = simple {
        return Ok(simple);
    }
    let (radix, max, mut digits, mut value) = match c {
        '0'..='7' => (8, 3, 1, c.to_digit(8).unwrap_or(0)),
        'x' => (16, 2, 0, 0),
        _ => {
            return Err((c.len_utf8(), said!("po-unknown-escape", character = c)));
        }
    };
    while digits < max {
        let Some(d) = chars.peek().and_then(|(_, d)| d.to_digit(radix)) else {
            break;
        };
        value = value * radix + d;
        chars.next();
        digits += 1;
    }
    match char::from_u32(value) {
        Some(c) if digits > 0 && c.is_ascii() => Ok(c),
        _ => Err((
            digits + usize::from(radix == 16),
            said!("po-escape-not-letter"),
        )),
    }
}
