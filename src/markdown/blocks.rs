//! The two blocks senda adds to Markdown, as fenced code blocks: ` ```callout important|danger `
//! and ` ```contact ` (TOML describing one place to get help). Each is validated here, once, when
//! the page is read; every output takes them as they are.

use std::ops::Range;

use serde::Deserialize;

use crate::said;
use crate::said::Said;

/// How urgent a callout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalloutKind {
    Important,
    Danger,
    /// A box the reader opens (`::: details`).
    Details,
}

impl CalloutKind {
    /// `callout important` (the default) or `callout danger`.
    pub(super) fn parse(word: Option<&str>) -> Result<CalloutKind, Said> {
        match word.unwrap_or("important") {
            "important" => Ok(CalloutKind::Important),
            "danger" => Ok(CalloutKind::Danger),
            other => Err(said!("markdown-callout-kind", word = other)),
        }
    }

    /// The word in class names and message ids (`callout-danger`).
    pub fn name(self) -> &'static str {
        match self {
            CalloutKind::Important => "important",
            CalloutKind::Danger => "danger",
            CalloutKind::Details => "details",
        }
    }
}

/// A ` ```contact ` block: TOML describing one place to get help.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The organisation or service.
    pub name: String,
    /// A phone number, as people dial it: `+52 55 1234 5678`. Becomes a `tel:` link.
    pub phone: Option<String>,
    /// A WhatsApp number in international form. Becomes a wa.me link.
    pub whatsapp: Option<String>,
    /// Opening hours, in words.
    pub hours: Option<String>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// No verified contact yet: shown as a clearly marked gap, never as a number to call.
    #[serde(default)]
    pub placeholder: bool,
    /// Where the block is in its file (its opening fence to its end).
    #[serde(skip)]
    pub at: Range<usize>,
    /// What a service of the directory says beyond a contact block (never written in a page).
    #[serde(skip)]
    pub service: Option<Box<ServiceParts>>,
}

/// What a service from the directory adds to a contact, already in the reader's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceParts {
    /// What it does, in a sentence or two.
    pub about: Option<String>,
    /// A number for text messages, as written.
    pub sms: Option<String>,
    /// Labelled lines in words: whom it serves, languages spoken, cost.
    pub said: Vec<(String, String)>,
    /// The label and `geo:` address of a link that opens the phone's map.
    pub map: Option<(String, String)>,
    /// The label and path from the site's root of its vCard (`es/directory/comar.vcf`).
    pub save: Option<(String, String)>,
    /// "Verified on 20 November 2026 by …", or "Not verified since …".
    pub verified: String,
    /// Its `review_by` has passed: shown as not verified, and left out of print.
    pub stale: bool,
    /// The language of `about` when it is borrowed from another.
    pub lang: Option<String>,
    /// The language of the hours when they are borrowed from another.
    pub hours_lang: Option<String>,
    /// What a service with no verified number says in its place.
    pub placeholder: Option<String>,
    /// The language of the directory's words above (whom it serves, "verified on…") when the
    /// reader's language borrows them from another.
    pub words_lang: Option<String>,
}

impl Contact {
    /// Every rule a contact must keep, so that no output ever shows a number nobody can dial.
    pub(super) fn validate(&self) -> Result<(), Said> {
        if self.placeholder
            && (self.phone.is_some() || self.whatsapp.is_some() || self.email.is_some())
        {
            return Err(said!("markdown-placeholder-contact-numbers"));
        }
        for number in [&self.phone, &self.whatsapp].into_iter().flatten() {
            dial_number(number)?;
        }
        if let Some(email) = &self.email
            && (!email.contains('@') || email.contains(char::is_whitespace))
        {
            return Err(said!("markdown-contact-email", email = email));
        }
        if let Some(website) = &self.website
            && !website.starts_with("https://")
            && !website.starts_with("http://")
        {
            return Err(said!("markdown-contact-website", website = website));
        }
        Ok(())
    }

    /// What must be the same in every translation of a page, each normalised (numbers as
    /// dialled) and as written: phone and WhatsApp numbers, email, address.
    pub fn facts(&self) -> Vec<(String, String)> {
        let mut facts: Vec<(String, String)> = [&self.phone, &self.whatsapp]
            .into_iter()
            .flatten()
            .map(|n| (dial_number(n).unwrap_or_else(|_| n.clone()), n.clone()))
            .collect();
        facts.extend(
            self.email
                .iter()
                .chain(&self.address)
                .map(|f| (f.clone(), f.clone())),
        );
        facts
    }
}

/// One line of a contact block, as every output shows it (page, text version, leaflet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactLine<'a> {
    /// No verified contact yet: the placeholder sentence, never a number.
    Placeholder(&'a str),
    /// A label and a number to call.
    Phone(&'a str, &'a str),
    WhatsApp(&'a str),
    Email(&'a str),
    Website(&'a str),
    /// A label and a value in words (address, hours).
    Said(&'a str, &'a str),
    /// A service's description.
    About(&'a str),
    /// A number for text messages.
    Sms(&'a str),
    /// A label and a `geo:` address.
    Map(&'a str, &'a str),
    /// A label and the path of a vCard from the site's root.
    Save(&'a str, &'a str),
    /// When and by whom a service was verified; `true` when that is too long ago.
    Verified(&'a str, bool),
}

impl Contact {
    /// The block's lines in the order every output shows them.
    pub fn lines<'a>(&'a self, labels: &'a Labels) -> Vec<ContactLine<'a>> {
        let mut lines = Vec::new();
        let parts = self.service.as_deref();
        // A service past review says so before anything else: its number may be wrong now.
        if let Some(p) = parts.filter(|p| p.stale) {
            lines.push(ContactLine::Verified(&p.verified, true));
        }
        lines.extend(
            parts
                .and_then(|p| p.about.as_deref())
                .map(ContactLine::About),
        );
        if self.placeholder {
            let own = parts.and_then(|p| p.placeholder.as_deref());
            lines.push(ContactLine::Placeholder(own.unwrap_or(&labels.placeholder)));
        }
        lines.extend(
            self.phone
                .as_deref()
                .map(|p| ContactLine::Phone(&labels.phone, p)),
        );
        lines.extend(self.whatsapp.as_deref().map(ContactLine::WhatsApp));
        lines.extend(parts.and_then(|p| p.sms.as_deref()).map(ContactLine::Sms));
        lines.extend(self.email.as_deref().map(ContactLine::Email));
        lines.extend(self.website.as_deref().map(ContactLine::Website));
        lines.extend(
            self.address
                .as_deref()
                .map(|a| ContactLine::Said(&labels.address, a)),
        );
        lines.extend(
            self.hours
                .as_deref()
                .map(|h| ContactLine::Said(&labels.hours, h)),
        );
        if let Some(parts) = parts {
            lines.extend(parts.said.iter().map(|(l, v)| ContactLine::Said(l, v)));
            lines.extend(parts.map.as_ref().map(|(l, g)| ContactLine::Map(l, g)));
            lines.extend(parts.save.as_ref().map(|(l, p)| ContactLine::Save(l, p)));
            if !parts.stale {
                lines.push(ContactLine::Verified(&parts.verified, false));
            }
        }
        lines
    }
}

/// `+52 (55) 1234-5678` → `+525512345678`; `+52 55 1234 5678 ext. 12` → `+525512345678;ext=12`:
/// the number checked against its country's numbering plan, as every number senda prints is.
pub fn dial_number(written: &str) -> Result<String, Said> {
    crate::phone::dial_said(written)
}

/// The interface words blocks print, in the content's language: callout titles and contact
/// labels. Made once per language, from its strings, for the web and for print alike.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    pub callout_important: String,
    pub callout_danger: String,
    pub phone: String,
    pub hours: String,
    pub address: String,
    pub placeholder: String,
    /// The words before a video's title (`Watch the video`), when the strings have them.
    pub video: Option<String>,
    /// Labels the content's language borrows from another: text, language and direction.
    pub borrowed: Vec<(String, String, &'static str)>,
}

impl Labels {
    /// The message ids, in field order: what a language's strings must define (or borrow).
    pub const MESSAGES: [&'static str; 6] = [
        "callout-important",
        "callout-danger",
        "contact-phone",
        "contact-hours",
        "contact-address",
        "contact-placeholder",
    ];

    /// Labels from the six messages' texts, in the order of [`Labels::MESSAGES`].
    pub fn from_texts(
        [important, danger, phone, hours, address, placeholder]: [String; 6],
    ) -> Self {
        Labels {
            callout_important: important,
            callout_danger: danger,
            phone,
            hours,
            address,
            placeholder,
            video: None,
            borrowed: Vec::new(),
        }
    }

    /// A label as HTML: escaped, and marked with its language when it is borrowed from another.
    pub fn html(&self, text: &str) -> String {
        match self.borrowed.iter().find(|(t, _, _)| t == text) {
            Some((_, lang, dir)) => format!(
                "<span lang=\"{}\" dir=\"{dir}\">{}</span>",
                crate::html::escape(lang),
                crate::html::escape(text)
            ),
            None => crate::html::escape(text),
        }
    }

    /// A video's link words: `Watch the video: Title`, or `▶ Title` where the strings have no
    /// words for it.
    pub fn video_link(&self, title: &str) -> String {
        match &self.video {
            Some(words) => format!("{words}: {title}"),
            None => format!("▶ {title}"),
        }
    }

    /// A callout's title.
    pub fn callout(&self, kind: CalloutKind) -> &str {
        match kind {
            CalloutKind::Important | CalloutKind::Details => &self.callout_important,
            CalloutKind::Danger => &self.callout_danger,
        }
    }
}

/// A ` ```service ` or ` ```services ` block: services of the directory that the page cites, so
/// that their numbers are written once, in `services/`, and never copied into a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cite {
    pub what: Cited,
    /// Where the block is in its file (its opening fence to its end).
    pub at: Range<usize>,
}

/// What a citation names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cited {
    /// ` ```service `: services by id, one per line, each with where it is written.
    Ids(Vec<(String, Range<usize>)>),
    /// ` ```services `: every service for someone in a place, of some categories.
    Listed(Listing),
}

/// The TOML of a ` ```services ` block.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    /// `mx/chiapas`: the services there, inside it and around it.
    pub place: String,
    /// Only these (`["legal", "asylum"]`); every category when empty.
    #[serde(default)]
    pub categories: Vec<String>,
}

impl Cite {
    /// A ` ```service ` block's ids: one per line; `body_offset` is where its text starts in the
    /// file.
    pub(super) fn ids(
        body: &str,
        body_offset: usize,
        at: Range<usize>,
    ) -> Result<Cite, (Range<usize>, Said)> {
        let mut ids = Vec::new();
        let mut offset = body_offset;
        for line in body.split_inclusive('\n') {
            let id = line.trim();
            let start = offset + line.find(id).unwrap_or(0);
            if id.contains(char::is_whitespace) || id.contains('=') || id.contains(',') {
                return Err((
                    start..start + id.len(),
                    said!("markdown-service-block-id", id = id),
                ));
            }
            if !id.is_empty() {
                ids.push((id.to_string(), start..start + id.len()));
            }
            offset += line.len();
        }
        if ids.is_empty() {
            return Err((at, said!("markdown-service-block-empty")));
        }
        Ok(Cite {
            what: Cited::Ids(ids),
            at,
        })
    }

    /// A ` ```services ` block's place and categories (checked once the directory is loaded).
    pub(super) fn listed(listing: Listing, at: Range<usize>) -> Result<Cite, (Range<usize>, Said)> {
        Ok(Cite {
            what: Cited::Listed(listing),
            at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::dial_number;

    #[test]
    fn an_extension_is_dialled_after_the_number() {
        assert_eq!(
            dial_number("+52 (55) 1234-5678"),
            Ok("+525512345678".into())
        );
        assert_eq!(
            dial_number("+52 55 1234 5678 Ext. 12"),
            Ok("+525512345678;ext=12".into())
        );
        assert!(dial_number("+52 55 1234 5678 ext.").is_err());
        assert!(dial_number("call +52 55").is_err());
        // The rule the directory keeps: a number that cannot exist is refused, here too.
        let fictional = dial_number("+1 (555) 010-0199").expect_err("no area code 555");
        assert!(fictional.contains("numbering plan"), "{fictional}");
        let national = dial_number("55 1234 5678").expect_err("no country");
        assert!(national.contains("like `+52 55 1234 5678`"), "{national}");
    }
}
