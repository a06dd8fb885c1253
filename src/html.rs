//! Escaping text for HTML and XML, where values from content and translations meet markup.

/// Escapes text for an element's content or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Percent-encodes a value for a URL query (`sms:?body=...`).
pub fn encode_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_but_keeps_apostrophes() {
        assert_eq!(
            escape("<a href=\"x\">K'iche' & ʼ</a>"),
            "&lt;a href=&quot;x&quot;&gt;K'iche' &amp; ʼ&lt;/a&gt;"
        );
        assert_eq!(encode_query("a b&c"), "a%20b%26c");
    }
}
