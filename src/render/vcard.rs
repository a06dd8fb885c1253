//! A service as a vCard (`es/directory/comar.vcf`): one tap saves it in a phone's contacts, where
//! it stays when the data runs out. vCard 3.0, which Android, iPhone and KaiOS phones all import.

use crate::directory::Service;
use crate::site::{Site, vcard_path};

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
    lines.extend(s.website.iter().map(|w| format!("URL:{}", escape(w))));
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

/// Commas, semicolons, backslashes and line breaks escaped, as RFC 2426 asks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
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
}
