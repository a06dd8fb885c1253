//! A service's id: its file's name without `.toml`, which pages cite it by and which its contact
//! card's address ends in (`es/directory/comar.vcf`). It is made of what every address keeps as
//! it is: small letters, digits, `-` and `_`. A `#`, `?` or `%` would cut the address short.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether `id` is safe in an address; if not, a message that suggests a safe name.
pub(super) fn check_id(id: &str) -> Result<(), crate::said::Said> {
    let safe = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !id.is_empty() && id.chars().all(safe) {
        return Ok(());
    }
    let suggested = safe_name(id);
    Err(crate::said!(
        "directory-file-name-unsafe",
        id = id,
        suggested = suggested
    ))
}

/// `Línea #1 (México)` → `linea-1-mexico`: accents dropped, capitals made small, every other
/// sign a `-`.
fn safe_name(id: &str) -> String {
    let mut name = String::new();
    for c in id.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_matches('-');
    match name.is_empty() {
        true => "service".to_string(),
        false => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_safe_in_an_address() {
        for good in [
            "comar",
            "kind-mexico",
            "legal-el-paso",
            "dif_2",
            "procuradurias",
        ] {
            assert_eq!(check_id(good), Ok(()), "{good}");
        }
        let said = |id: &str| check_id(id).expect_err(id);
        assert!(
            said("legal#1").contains("like `legal-1.toml`"),
            "{}",
            said("legal#1")
        );
        assert!(said("what?").contains("like `what.toml`"));
        assert!(said("100%").contains("like `100.toml`"));
        assert!(said("Línea Nacional").contains("like `linea-nacional.toml`"));
        assert!(said("COMAR").contains("write `comar` where pages cite it"));
        assert!(said("").contains("like `service.toml`"));
        assert!(said("a.b").contains("like `a-b.toml`"));
    }
}
