//! A service as a vCard (`es/directory/comar.vcf`): one tap saves it in a phone's contacts, where
//! it stays when the data runs out. vCard 3.0, which Android, iPhone and KaiOS phones all import.

use crate::directory::Service;
use crate::site::Site;
use crate::site::paths::vcard_path;

/// Every service's vCard in every language, by path; a placeholder has nothing to save, and a
/// service past review is not offered for saving.
pub fn vcards(site: &Site) -> Vec<(String, String)> {
    let mut cards = Vec::new();
    for language in &site.config.languages {
        let saved = |s: &&Service| !s.placeholder && !site.is_overdue(s);
        for service in site.directory.services.values().filter(saved) {
            let card = vcard(site, service, &language.code);
            cards.push((vcard_path(&language.code, &service.id), card));
        }
    }
    cards
}

/// One service's card in `lang`: its name, numbers, email, website, address, place on the map,
/// and a note with what it does, its hours and when it was verified.
pub fn vcard(site: &Site, s: &Service, lang: &str) -> String {
    let contact = site.service_contact(s, lang);
    let parts = contact.service.as_deref().cloned().unwrap_or_default();
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:3.0".to_string(),
        format!("FN:{}", escape(&contact.name)),
        format!("N:{};;;;", escape(&contact.name)),
        format!("ORG:{}", escape(&contact.name)),
    ];
    // A number with an extension is written as people read it; phones keep it as it is.
    let tel = |n: &crate::directory::Number| match n.extension {
        Some(_) => n.shown.clone(),
        None => n.e164.clone(),
    };
    lines.extend(
        s.phone
            .iter()
            .map(|n| format!("TEL;TYPE=WORK,VOICE:{}", tel(n))),
    );
    lines.extend(
        s.whatsapp
            .iter()
            .map(|n| format!("TEL;TYPE=CELL:{}", n.e164)),
    );
    lines.extend(
        s.sms
            .iter()
            .map(|n| format!("TEL;TYPE=CELL,MSG:{}", n.e164)),
    );
    lines.extend(
        s.email
            .iter()
            .map(|e| format!("EMAIL;TYPE=INTERNET:{}", escape(e))),
    );
    // A URL is a URI, not text: RFC 6350 escapes no comma in it (the service's check keeps
    // spaces and control characters out of it).
    lines.extend(
        s.website
            .iter()
            .map(|w| format!("URL:{}", strip_controls(w))),
    );
    lines.extend(
        s.address
            .iter()
            .map(|a| format!("ADR;TYPE=WORK:;;{};;;;", escape(a))),
    );
    lines.extend(s.coordinates.map(|(lat, lon)| format!("GEO:{lat};{lon}")));
    let note: Vec<&str> = parts
        .about
        .iter()
        .chain(&contact.hours)
        .map(String::as_str)
        .chain(std::iter::once(parts.verified.as_str()))
        .collect();
    lines.push(format!("NOTE:{}", escape(&note.join("\n"))));
    lines.push(format!("REV:{}", s.verified_on.iso()));
    lines.push("END:VCARD".to_string());
    let mut card: String = lines.iter().map(|l| fold(l)).collect();
    card.shrink_to_fit();
    card
}

/// A text value as RFC 6350 (section 3.4) and RFC 2426 write it: backslashes, commas and
/// semicolons escaped, a line break (`\n`, `\r\n` or a lone `\r`) written `\n`. Other control
/// characters are dropped: the service's check refuses them, and a card must never carry one
/// into a phone's contacts.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` without control characters, for a value that is not text (a URL).
fn strip_controls(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// A line folded at 75 bytes (never inside a character), ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("NOTE:{}", "ñ".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn separators_are_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn every_line_break_is_one_escaped_newline_and_controls_never_reach_a_card() {
        assert_eq!(escape("a\r\nb\rc\u{2028}d"), "a\\nb\\nc\\nd");
        // Vertical tab, form feed, NEL, escape: nothing a phone would show as a box.
        assert_eq!(escape("a\u{b}b\u{c}c\u{85}d\u{1b}e\tf"), "abcde f");
        assert_eq!(
            strip_controls("https://example.test/\u{85}a"),
            "https://example.test/a"
        );
    }
}
