//! The words of a service's file, checked before any output shows them: each text field within
//! `[limits] service_text_chars`, on one line unless it is a description, with no invisible
//! control character; an email that is one address and nothing more. Each rule gives a message
//! that says how to fix it, and where in the file.

use std::ops::Range;

use toml::Spanned;

use crate::said;
use crate::said::Said;

/// Whether a field may run over several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lines {
    /// A name, an address, hours, who verified it: shown as one line (or one line of a contact
    /// card) in every output.
    One,
    /// A description: its line breaks are kept in the text version and in the contact card.
    Several,
}

/// The problem with one text field, if any: where it is in `source` (the character at fault,
/// when it can be found) and what to do.
pub(super) fn check_text(
    field: &str,
    table: Option<&str>,
    value: &Spanned<String>,
    lines: Lines,
    max_chars: usize,
    source: &str,
) -> Option<(Range<usize>, Said)> {
    // `name` alone, or `name` of `[text.es]`.
    let table = table.unwrap_or("none");
    if let Some(problem) = check_length(field, Some(table), value, max_chars) {
        return Some(problem);
    }
    let text = value.get_ref();
    let span = value.span();
    // A file saved on Windows ends a description's lines with `\r\n`: one break, as `\n` is.
    let text = match lines {
        Lines::Several => text.replace("\r\n", "\n"),
        Lines::One => text.clone(),
    };
    let breaks = |c: char| c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
    let allowed = |c: char| lines == Lines::Several && c == '\n';
    let one_line = lines == Lines::One;
    if let Some(c) = text.chars().find(|&c| one_line && breaks(c)) {
        let at = offset_of(source, span, c);
        return Some((
            at..at + 1,
            said!(
                "directory-field-several-lines",
                field = field,
                table = table
            ),
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|&c| !allowed(c) && (c.is_control() || breaks(c)))
    {
        let at = offset_of(source, span, c);
        return Some((
            at..at + 1,
            said!(
                "directory-field-control-character",
                field = field,
                table = table,
                code = code_point(c)
            ),
        ));
    }
    None
}

/// A field longer than `max_chars` characters, at its first character, with a message that
/// names the limit and how to raise it; `table` is the language of the `[text.…]` table it is
/// in, if any.
pub(super) fn check_length(
    field: &str,
    table: Option<&str>,
    value: &Spanned<String>,
    max_chars: usize,
) -> Option<(Range<usize>, Said)> {
    let count = value.get_ref().chars().count();
    let start = value.span().start;
    let table = table.unwrap_or("none");
    (count > max_chars).then(|| {
        let message = said!(
            "directory-field-too-long",
            field = field,
            table = table,
            count = count,
            max = max_chars
        );
        (start..start + 1, message)
    })
}

/// `U+000B`.
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Where `c` is written inside `span` of `source`: as itself, or as a TOML escape (`\n`,
/// `\u000B`); the span's start when it cannot be found.
fn offset_of(source: &str, span: Range<usize>, c: char) -> usize {
    let Some(written) = source.get(span.clone()) else {
        return span.start;
    };
    let short = match c {
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\t' => Some("\\t"),
        '\u{8}' => Some("\\b"),
        '\u{c}' => Some("\\f"),
        '\u{1b}' => Some("\\e"),
        _ => None,
    };
    // A line break just after `"""` opens the string and is not part of it.
    let opening = ["\"\"\"\r\n", "\"\"\"\n", "'''\r\n", "'''\n"]
        .iter()
        .find(|o| written.starts_with(**o))
        .map_or(0, |o| o.len());
    let body = &written[opening..];
    let code = u32::from(c);
    let escapes = [format!("\\u{code:04X}"), format!("\\u{code:04x}")];
    let found = body
        .find(c)
        .or_else(|| short.and_then(|s| body.find(s)))
        .or_else(|| escapes.iter().find_map(|e| body.find(e.as_str())));
    span.start + found.map_or(0, |at| opening + at)
}

/// `ayuda@ejemplo.org` and nothing more: a `mailto:` link and a contact card carry whatever
/// follows an address (`?cc=`, `bcc=`, `body=`) to whoever taps it.
pub(super) fn check_email(email: &str) -> Result<(), Said> {
    if email.contains('?') {
        return Err(said!("directory-email-query", email = email));
    }
    if email.contains([',', ';', '&']) || email.chars().any(char::is_whitespace) {
        return Err(said!("directory-email-not-one", email = email));
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(said!("directory-email-no-at", email = email));
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if !local_ok || !domain_ok {
        return Err(said!("directory-email-invalid", email = email));
    }
    Ok(())
}

/// A website's address: `https://` or `http://`, then no space or control character.
pub(super) fn check_website(website: &str) -> Result<(), Said> {
    if !website.starts_with("https://") && !website.starts_with("http://") {
        return Err(said!("directory-website-scheme", website = website));
    }
    if website.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(said!("directory-website-space", website = website));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spanned(source: &str) -> Spanned<String> {
        #[derive(serde::Deserialize)]
        struct One {
            v: Spanned<String>,
        }
        let one: One = toml::from_str(source).expect("a test value");
        one.v
    }

    #[test]
    fn a_field_longer_than_the_limit_names_the_limit_and_the_fix() {
        let source = format!("v = \"{}\"", "a".repeat(30));
        let (at, message) = check_text(
            "description",
            None,
            &spanned(&source),
            Lines::Several,
            20,
            &source,
        )
        .expect("too long");
        assert_eq!(at.start, 4);
        assert!(message.contains("has 30 characters"), "{message}");
        assert!(message.contains("at most 20"), "{message}");
        assert!(message.contains("a directory entry should say in a few lines who helps and how"));
        assert!(
            message.contains("`service_text_chars` under `[limits]`"),
            "{message}"
        );
        let fits = format!("v = \"{}\"", "ñ".repeat(20));
        assert_eq!(
            check_text(
                "description",
                None,
                &spanned(&fits),
                Lines::Several,
                20,
                &fits
            ),
            None
        );
    }

    #[test]
    fn single_line_fields_refuse_line_breaks_where_they_are() {
        let source = "v = \"\"\"\n1 Calle\nCentro\"\"\"";
        let (at, message) = check_text("address", None, &spanned(source), Lines::One, 2000, source)
            .expect("two lines");
        assert_eq!(&source[at.start..at.start + 1], "\n");
        assert_eq!(at.start, 15, "the break after `1 Calle`");
        assert!(message.contains("write it on one line"), "{message}");
        let escaped = "v = \"1 Calle\\nCentro\"";
        let (at, _) = check_text("hours", None, &spanned(escaped), Lines::One, 2000, escaped)
            .expect("escaped");
        assert_eq!(&escaped[at.start..at.start + 2], "\\n");
        for separator in ["\\r", "\\u2028", "\\u2029"] {
            let source = format!("v = \"a{separator}b\"");
            assert!(
                check_text("name", None, &spanned(&source), Lines::One, 2000, &source).is_some()
            );
        }
        // A description may have lines.
        assert_eq!(
            check_text(
                "description",
                None,
                &spanned(source),
                Lines::Several,
                2000,
                source
            ),
            None
        );
    }

    #[test]
    fn control_characters_are_refused_in_every_field() {
        // Vertical tab, form feed, NEL (C1), escape, a tab, DEL.
        for (escape, code) in [
            ("\\u000B", "U+000B"),
            ("\\f", "U+000C"),
            ("\\u0085", "U+0085"),
            ("\\u001b", "U+001B"),
            ("\\t", "U+0009"),
            ("\\u007F", "U+007F"),
        ] {
            let source = format!("v = \"Lunes{escape}a viernes\"");
            for lines in [Lines::One, Lines::Several] {
                let (at, message) =
                    check_text("hours", None, &spanned(&source), lines, 2000, &source)
                        .unwrap_or_else(|| panic!("{escape} refused"));
                assert_eq!(at.start, 10, "{escape} found where it is written");
                assert!(message.contains(code), "{message}");
            }
        }
        let literal = "v = \"Lunes\u{85}a viernes\"";
        let (at, _) = check_text("hours", None, &spanned(literal), Lines::One, 2000, literal)
            .expect("a raw NEL");
        assert_eq!(at.start, 10);
    }

    #[test]
    fn an_email_is_one_address_and_nothing_more() {
        for good in [
            "help@example.test",
            "ayuda.legal+mx@ong-1.example.org",
            "niñez@ejemplo.mx",
        ] {
            assert_eq!(check_email(good), Ok(()), "{good}");
        }
        let said = |e: &str| check_email(e).expect_err(e);
        assert!(said("help@example.test?cc=other@example.test").contains("`cc=`, `bcc=`, `body=`"));
        assert!(said("help@example.test?bcc=x@y.z").contains("would copy other addresses"));
        assert!(said("help@example.test?body=hola").contains("fill in a message"));
        assert!(said("a@example.test,b@example.test").contains("not one email address"));
        assert!(said("a@example.test&cc=b@example.test").contains("not one email address"));
        assert!(said("help @example.test").contains("not one email address"));
        assert!(said("help.example.test").contains("no `@`"));
        for bad in [
            "@example.test",
            "help@",
            "help@example",
            "a@b@example.test",
            "help%40@example.test",
            "help#1@example.test",
            "help@-x.test",
            ".a@example.test",
            "a..b@example.test",
        ] {
            assert!(said(bad).contains("is not an email address"), "{bad}");
        }
    }

    #[test]
    fn a_website_is_one_address() {
        assert_eq!(check_website("https://example.test/a?b=c"), Ok(()));
        assert!(check_website("ftp://example.test").is_err());
        assert!(check_website("https://example.test/a b").is_err());
        assert!(check_website("https://example.test/\u{85}").is_err());
    }
}
