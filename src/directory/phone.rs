//! Phone numbers checked against the numbering plans of every country (Google's libphonenumber
//! data, through the `phonenumber` crate): a number a child would dial must exist.

use phonenumber::{Mode, country};

/// A number that can be dialled: as people read it, and as a phone dials it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// `+52 55 1234 5678`: international, grouped the way the country writes it.
    pub shown: String,
    /// `+525512345678`: for `tel:`, `sms:`, WhatsApp links and vCards.
    pub e164: String,
}

/// Reads `written` as a number of `country` (a two-letter code, `MX`) unless it starts with `+`.
pub fn number(written: &str, country: &str) -> Result<Number, String> {
    let id = country.to_ascii_uppercase().parse::<country::Id>().ok();
    let parsed = phonenumber::parse(id, written.trim()).map_err(|_| {
        format!("`{written}` is not a phone number: write it as it is dialled from abroad, like `+52 55 1234 5678`")
    })?;
    if !phonenumber::is_valid(&parsed) {
        return Err(format!(
            "`{written}` is not a number that exists in the numbering plan of its country (+{}): check it digit by digit against the organisation's own website or a call",
            parsed.code().value()
        ));
    }
    Ok(Number {
        shown: parsed.format().mode(Mode::International).to_string(),
        e164: parsed.format().mode(Mode::E164).to_string(),
    })
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
    fn digits_that_no_plan_has_are_refused() {
        let message = number("+52 55 12", "MX").expect_err("too short for Mexico");
        assert!(message.contains("numbering plan"), "{message}");
        assert!(number("call us", "MX").is_err());
    }
}
