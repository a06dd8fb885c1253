//! Phone numbers checked against the numbering plans of every country (Google's libphonenumber
//! data, through the `phonenumber` crate): a number a child would dial must exist. The one rule
//! for every number senda prints, in the directory's services and in pages' contact blocks.

use phonenumber::{Mode, country};

use crate::said;
use crate::said::Said;

/// A number that can be dialled: as people read it, and as a phone dials it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// `+52 55 1234 5678`: international, grouped the way the country writes it, with its
    /// extension (`ext. 123`) when it has one.
    pub shown: String,
    /// `+525512345678`: for `sms:` and WhatsApp links and vCards.
    pub e164: String,
    /// The extension to ask for once connected, if any.
    pub extension: Option<String>,
}

/// A number as a phone dials it (RFC 3966): `+52 (55) 1234-5678 ext. 12` → `+525512345678;ext=12`.
/// With no country to read it in, it must be written with its country code (`+52 …`).
pub fn dial_said(written: &str) -> Result<String, Said> {
    number(written, "").map(|n| n.dialled())
}

impl Number {
    /// The number and extension as a `tel:` link dials them.
    pub fn dialled(&self) -> String {
        match &self.extension {
            Some(extension) => format!("{};ext={extension}", self.e164),
            None => self.e164.clone(),
        }
    }
}

/// Reads `written` as a number of `country` (a two-letter code, `MX`) unless it starts with `+`.
pub fn number(written: &str, country: &str) -> Result<Number, Said> {
    let id = country.to_ascii_uppercase().parse::<country::Id>().ok();
    let parsed = phonenumber::parse(id, written.trim())
        .map_err(|_| said!("phone-not-a-number", written = written))?;
    if !phonenumber::is_valid(&parsed) {
        return Err(invalid(written, parsed.code().value()));
    }
    let extension = parsed.extension().map(|e| e.to_string());
    if extension
        .as_deref()
        .is_some_and(|e| e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(said!("phone-extension-digits", written = written));
    }
    let international = parsed.format().mode(Mode::International).to_string();
    // Countries write extensions their own way (` x12` in Britain): always ` ext. 12` here, the
    // form every output reads back.
    let shown = match &extension {
        Some(e) => {
            let base = international.trim_end_matches(|c: char| !c.is_ascii_digit());
            let base = base.strip_suffix(e.as_str()).unwrap_or(base);
            let base = base.trim_end_matches(|c: char| !c.is_ascii_digit());
            format!("{base} ext. {e}")
        }
        None => international,
    };
    Ok(Number {
        shown,
        e164: parsed.format().mode(Mode::E164).to_string(),
        extension,
    })
}

/// Why a number is refused, with the likely cause: a short number, or a prefix for dialling
/// inside the country that is not part of the number.
fn invalid(written: &str, code: u16) -> Said {
    let digits = written.chars().filter(char::is_ascii_digit).count();
    let hint = if digits <= 6 {
        "short"
    } else if code == 52 && mexican_mobile_one(written) {
        "mexican-mobile"
    } else if written.trim_start().starts_with('0') {
        "prefix"
    } else {
        "none"
    };
    said!(
        "phone-not-in-plan",
        written = written,
        code = code.to_string(),
        hint = hint
    )
}

/// `+52 1 962 123 4567`: the mobile `1` Mexico no longer dials.
fn mexican_mobile_one(written: &str) -> bool {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    digits.len() == 13 && digits.starts_with("521")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_plan_accepts_and_formats() {
        // Ofcom's range for drama (fictional, but valid in the plan).
        let n = number("020 7946 0123", "GB").expect("a London number");
        assert_eq!(n.e164, "+442079460123");
        assert_eq!(n.shown, "+44 20 7946 0123");
    }

    #[test]
    fn national_forms_read_with_the_place_country() {
        // As staff in Mexico and Guatemala write them, without the country code.
        let mx = number("(55) 1234 5678", "mx").expect("a Mexico City number");
        assert_eq!(mx.e164, "+525512345678");
        assert_eq!(mx.shown, "+52 55 1234 5678");
        let gt = number("2412 3456", "GT").expect("a Guatemala City number");
        assert_eq!(gt.e164, "+50224123456");
        // A number written with its own country code keeps it, whatever the place.
        assert_eq!(
            number("+1 202 555 0199", "mx").map(|n| n.e164),
            Ok("+12025550199".into())
        );
    }

    #[test]
    fn an_extension_is_kept_apart() {
        let n = number("+52 55 1234 5678 ext. 123", "MX").expect("with an extension");
        assert_eq!(
            (n.e164.as_str(), n.extension.as_deref()),
            ("+525512345678", Some("123"))
        );
        assert_eq!(n.shown, "+52 55 1234 5678 ext. 123");
    }

    #[test]
    fn the_message_names_the_likely_mistake() {
        let short = number("911", "MX").expect_err("a short number");
        assert!(short.contains("Short numbers"), "{short}");
        let prefix = number("01 800 123 4567", "MX").expect_err("an old prefix");
        assert!(prefix.contains("leave the prefix out"), "{prefix}");
        let mobile = number("+52 1 55 1234 5678", "MX").expect_err("the old mobile 1");
        assert!(mobile.contains("dropped the 1 after +52"), "{mobile}");
    }

    #[test]
    fn an_extension_without_digits_is_refused() {
        // `phonenumber` reads `ext.` alone as an empty extension: a `tel:` link with nothing to
        // dial after it.
        for written in [
            "+52 55 1234 5678 ext.",
            "+52 55 1234 5678 ext",
            "+52 55 1234 5678 x",
        ] {
            let message = number(written, "MX").expect_err(written);
            assert!(
                message.contains("write the extension's digits after `ext.`"),
                "{message}"
            );
        }
        assert_eq!(
            number("+52 55 1234 5678 #4", "MX").map(|n| n.shown),
            Ok("+52 55 1234 5678 ext. 4".into())
        );
    }

    #[test]
    fn digits_that_no_plan_has_are_refused() {
        let message = number("+52 55 12", "MX").expect_err("too short for Mexico");
        assert!(message.contains("numbering plan"), "{message}");
        assert!(number("call us", "MX").is_err());
    }
}
