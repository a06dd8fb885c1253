//! Escaping for the HTML written from a document, byte for byte as CommonMark writers do: text
//! between tags, attribute values, and addresses.

/// Text between tags: `&`, `<` and `>` escaped.
pub(super) fn body(out: &mut String, text: &str) {
    escaped(out, text, false);
}

/// An attribute value: quotes escaped too.
pub(super) fn attribute(out: &mut String, text: &str) {
    escaped(out, text, true);
}

fn escaped(out: &mut String, text: &str, quotes: bool) {
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if quotes => "&quot;",
            b'\'' if quotes => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        out.push_str(escape);
        from = i + 1;
    }
    out.push_str(&text[from..]);
}

/// Bytes an address keeps as they are; every other is percent-encoded (`&` and `'` become
/// entities).
#[rustfmt::skip]
static HREF_SAFE: [u8; 128] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0,
];

/// An address for an `href`.
pub(super) fn href(out: &mut String, address: &str) {
    for b in address.bytes() {
        match b {
            b if b < 0x80 && HREF_SAFE[b as usize] == 1 => out.push(char::from(b)),
            b'&' => out.push_str("&amp;"),
            b'\'' => out.push_str("&#x27;"),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_text_and_attributes_are_escaped_as_commonmark_writers_do() {
        let mut out = String::new();
        super::href(&mut out, "/a b?x=1&y='ñ'<>\"");
        assert_eq!(out, "/a%20b?x=1&amp;y=&#x27;%C3%B1&#x27;%3C%3E%22");
        out.clear();
        super::body(&mut out, "a & b <c> \"d\" 'e'");
        assert_eq!(out, "a &amp; b &lt;c&gt; \"d\" 'e'");
        out.clear();
        super::attribute(&mut out, "a & \"d\" 'e'");
        assert_eq!(
            out,
            "a &amp; \"d\" 'e'"
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        );
    }
}
