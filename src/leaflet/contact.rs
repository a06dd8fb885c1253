//! Contacts as paper prints them: a service's name, its numbers first in legibility (bold,
//! labelled, whole and left to right on any page), its address and hours, and when it was
//! verified.

use super::markup::{escape, ltr};
use crate::markdown::{Contact, Labels};

/// A contact as a framed block of a leaflet's text: its numbers first in legibility (bold, at
/// `numbers`, a typst size), its verification in smaller type.
pub(super) fn contact_block(contact: &Contact, labels: &Labels, numbers: &str) -> String {
    framed(contact, labels, ("0.8em", numbers), "")
}

/// A service of a printed list: kept whole (never split across columns or pages), its
/// verification in type of size `small` (a typst length, or a variable holding one).
pub(super) fn listed_block(contact: &Contact, labels: &Labels, small: &str) -> String {
    framed(contact, labels, (small, "1.15em"), "breakable: false, ")
}

/// A number as paper prints it: whole, left to right, bold, at `size`, after its pictogram
/// (`phone` or `chat`) and its label.
pub(super) fn number(label: &str, number: &str, size: &str) -> String {
    let icon = if label == "WhatsApp" || label == "SMS" {
        "chat"
    } else {
        "phone"
    };
    format!(
        "#icon(\"{icon}\"){}: #text(size: {size}, weight: \"bold\")[{}]",
        escape(label),
        ltr(number)
    )
}

/// A contact's lines in a frame; `small` sizes its verification and `numbers` its numbers,
/// `settings` are the block's own.
fn framed(
    contact: &Contact,
    labels: &Labels,
    (small, numbers): (&str, &str),
    settings: &str,
) -> String {
    use crate::markdown::ContactLine;
    let mut lines = vec![format!("#strong[{}]", escape(&contact.name))];
    for line in contact.lines(labels) {
        lines.push(match line {
            ContactLine::Placeholder(text) => format!("#emph[{}]", escape(text)),
            ContactLine::Phone(label, phone) => number(label, phone, numbers),
            ContactLine::WhatsApp(n) => number("WhatsApp", n, numbers),
            ContactLine::Sms(n) => number("SMS", n, numbers),
            ContactLine::Email(value) | ContactLine::Website(value) => ltr(value),
            ContactLine::Said(label, value) => {
                let icon = if label == labels.address {
                    "#icon(\"location\")"
                } else {
                    ""
                };
                format!("{icon}{}: {}", escape(label), escape(value))
            }
            ContactLine::About(text) => escape(text),
            ContactLine::Verified(text, _) => format!("#text(size: {small})[{}]", escape(text)),
            // Paper cannot be tapped: a map link and a contact file are for screens.
            ContactLine::Map(..) | ContactLine::Save(..) => continue,
        });
    }
    format!(
        "\n#block({settings}width: 100%, inset: 4pt, stroke: 0.5pt + luma(90))[{}]\n",
        lines.join(" \\ ")
    )
}
