//! A page's messages: the runs of words a translator translates one at a time (its title,
//! description and leaflet lines, then each paragraph, heading, list item and table cell of its
//! document), as catalogues (`po/`) and translation stamps hold them.

use std::ops::Range;

use crate::content::Page;

/// One message of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The words as written, inline Markdown kept, runs of spaces and line breaks made one space:
    /// the catalogue's `msgid`. Re-wrapping a paragraph does not change it.
    pub text: String,
    pub field: Field,
    /// Where it is in the page's file (the document's words; for a front-matter field, its line).
    pub at: Range<usize>,
}

/// Which part of the page a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Description,
    /// The line a leaflet's cover shows under the title.
    Cover,
    /// One of the lines a wallet card keeps, by its place.
    Card(usize),
    /// Words of the page's text.
    Body,
}

impl Field {
    /// Its name where a message is kept as a line of text (`title: …`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Cover => "cover",
            Field::Card(_) => "card",
            Field::Body => "text",
        }
    }

    /// What the translator is told it is, beside the message.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Field::Title => Some("The page's title"),
            Field::Description => {
                Some("The page's description: search results and link previews show it")
            }
            Field::Cover => Some("The line under the title on the cover of the page's leaflets"),
            Field::Card(_) => Some("A line of the page's wallet card: keep it short"),
            Field::Body => None,
        }
    }
}

/// Every message of `page`, in the order a reader meets them. Words that are the same in every
/// language (numbers, addresses, code) are not messages.
pub fn messages(page: &Page) -> Vec<Message> {
    let mut out = Vec::new();
    let mut field = |text: &str, field: Field, key: &str| {
        let text = normal(text);
        if has_words(&text) {
            let at = front_line(page, key);
            out.push(Message { text, field, at });
        }
    };
    field(&page.front.title, Field::Title, "title");
    field(&page.front.description, Field::Description, "description");
    if let Some(leaflet) = &page.front.leaflet {
        if let Some(cover) = &leaflet.cover {
            field(cover, Field::Cover, "cover");
        }
        for (i, line) in leaflet.card.iter().enumerate() {
            field(line, Field::Card(i), "card");
        }
    }
    // A title written as the page's first `# Title` line is there, not in the front matter.
    if let (Some(title), Some(at)) = (out.first_mut(), &page.document.title_at)
        && title.field == Field::Title
        && title.at.is_empty()
    {
        title.at = at.clone();
    }
    for at in &page.document.texts {
        let text = normal(page.source.get(at.clone()).unwrap_or_default());
        if has_words(&text) {
            let at = at.clone();
            out.push(Message {
                text,
                field: Field::Body,
                at,
            });
        }
    }
    out
}

/// A digest of the page's messages: what a translation's `source_digest` records. Re-wrapping
/// a paragraph or adding a space does not change it; changing the title or one word does.
pub fn digest(page: &Page) -> String {
    let lines: Vec<String> = messages(page)
        .iter()
        .map(|m| format!("{}: {}", m.field.name(), m.text))
        .collect();
    crate::content::digest(&lines.join("\n"))
}

/// Where the line of a front-matter field is (`title = …`, or `card = [` inside a `leaflet = { … }`
/// table), or the file's start.
fn front_line(page: &Page, key: &str) -> Range<usize> {
    let front = page.source.get(..page.body_start).unwrap_or_default();
    let lines = || {
        let mut at = 0;
        front.split_inclusive('\n').map(move |line| {
            let start = at;
            at += line.len();
            (start..start + line.trim_end().len(), line)
        })
    };
    let starts = |line: &str| line.trim_start().split(['=', ' ']).next() == Some(key);
    let holds =
        |line: &str| line.contains(&format!("{key} =")) || line.contains(&format!("{key}="));
    let found = lines()
        .find(|(_, l)| starts(l))
        .or_else(|| lines().find(|(_, l)| holds(l)));
    found.map_or(0..0, |(at, _)| at)
}

/// Words as a message holds them: a continuation line's quote marks and indent taken off, and
/// every run of white space one space.
pub fn normal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        let line = if i == 0 {
            line
        } else {
            line.trim_start_matches([' ', '\t', '>'])
        };
        for word in line.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// Whether a message has letters outside link addresses and code: `+52 55 1234 5678` and
/// `<https://x.org>` are the same in every language.
fn has_words(text: &str) -> bool {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip_to = match c {
            '`' => rest[1..].find('`').map(|e| e + 2),
            '(' if text.len() > rest.len() && text[..text.len() - rest.len()].ends_with(']') => {
                rest.find(')').map(|e| e + 1)
            }
            '<' => rest
                .find('>')
                .filter(|e| !rest[..*e].contains(' '))
                .map(|e| e + 1),
            c if c.is_alphabetic() => return true,
            _ => None,
        };
        let step = skip_to.unwrap_or(c.len_utf8());
        rest = rest.get(step..).unwrap_or_default();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{has_words, normal};

    #[test]
    fn a_message_is_its_words_on_one_line() {
        assert_eq!(
            normal("Tienes derecho\n  a un **abogado**.  "),
            "Tienes derecho a un **abogado**."
        );
        assert_eq!(
            normal("Primera línea\n> segunda línea"),
            "Primera línea segunda línea"
        );
        assert_eq!(normal("Ri ak'al  k'o\trajawaxik"), "Ri ak'al k'o rajawaxik");
    }

    #[test]
    fn numbers_addresses_and_code_are_not_messages() {
        assert!(!has_words("+52 55 1234 5678"));
        assert!(!has_words("<https://kind.org/es>"));
        assert!(!has_words("`911`"));
        assert!(!has_words("[](https://x.org/abc)"));
        assert!(has_words("[Llama](tel:911)"));
        assert!(has_words("Llama al `911`"));
        assert!(has_words("Ri ak'al"));
        assert!(has_words("الحق"));
    }
}
