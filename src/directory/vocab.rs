//! The directory's fixed words: what a service offers, whom it serves and what it costs. Each is
//! a short code in the data (`legal`) and a Fluent string in every language (`category-legal`),
//! so that a service is written once and read in every language.

use crate::said;
use crate::said::Said;

/// What a service offers, in the order a directory page groups them: the most urgent first.
pub const CATEGORIES: &[&str] = &[
    "emergency",
    "child-protection",
    "asylum",
    "legal",
    "shelter",
    "health",
    "reintegration",
];

/// Whom a service serves.
pub const SERVES: &[&str] = &["everyone", "children-alone", "families", "women", "lgbtqi"];

/// What a service costs.
pub const COSTS: &[&str] = &["free", "low-cost", "paid"];

/// The Fluent message naming a category (`category-legal`).
pub fn category_message(code: &str) -> String {
    format!("category-{code}")
}

/// The Fluent message naming whom a service serves (`serves-families`).
pub fn serves_message(code: &str) -> String {
    format!("serves-{code}")
}

/// The Fluent message naming a cost (`cost-free`).
pub fn cost_message(code: &str) -> String {
    format!("cost-{code}")
}

/// The Fluent message naming a spoken language the site has no pages in (`language-mam`).
pub fn language_message(code: &str) -> String {
    format!("language-{code}")
}

/// The Fluent message naming a place (`place-mx-chiapas` for `mx/chiapas`).
pub fn place_message(place: &str) -> String {
    format!("place-{}", place.replace('/', "-"))
}

/// The interface strings a directory's pages and lists use, whatever its services.
pub const MESSAGES: &[&str] = &[
    "directory",
    "directory-intro",
    "directory-also",
    "service-verified",
    "service-unverified",
    "service-placeholder",
    "service-serves",
    "service-languages",
    "service-cost",
    "service-map",
    "service-save",
    "service-print",
    "service-left-out",
];

/// `code` if it is one of `allowed`; otherwise a message naming the closest and every choice.
/// `kind` is `category`, `group` or `cost`, which the message names.
pub fn check_kind(kind: &str, code: &str, allowed: &[&str]) -> Result<(), Said> {
    if allowed.contains(&code) {
        return Ok(());
    }
    let closest = allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(a, &code.to_lowercase()), *a))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, a)| a);
    let listed = allowed
        .iter()
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(match closest {
        Some(closest) => said!(
            "directory-code-unknown-closest",
            code = code,
            kind = kind,
            closest = closest,
            listed = listed
        ),
        None => said!(
            "directory-code-unknown",
            code = code,
            kind = kind,
            listed = listed
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_names_the_code_meant() {
        let message = check_kind("category", "Legal", CATEGORIES).expect_err("a capital");
        assert!(message.contains("Did you mean `legal`?"), "{message}");
        assert!(
            message.contains("The categories are `emergency`"),
            "{message}"
        );
        assert!(check_kind("category", "legal", CATEGORIES).is_ok());
        assert!(check_kind("category", "Legal", CATEGORIES).is_err());
    }

    #[test]
    fn places_become_message_ids() {
        assert_eq!(
            place_message("mx/chiapas/tapachula"),
            "place-mx-chiapas-tapachula"
        );
    }
}
