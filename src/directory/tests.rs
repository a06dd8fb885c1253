//! A service file's rules as staff meet them: each mistake refused at its line and column, in
//! words that say how to fix it.

use std::collections::BTreeMap;
use std::path::Path;

use super::service::{Service, parse};

/// A service file with `extra` lines added before its `[text.es]` table, and `words` in it.
fn file(extra: &str, words: &str) -> String {
    format!(
        "name = \"Prueba\"\ncategories = [\"legal\"]\nplace = \"mx/chiapas\"\nphone = \"+52 55 1234 5678\"\nverified_by = \"Equipo\"\nverified_on = 2026-11-01\nreview_by = 2099-01-01\n{extra}\n[text.es]\n{words}\n"
    )
}

/// What reading `source` says, as the build prints it.
fn said(source: &str) -> String {
    parse(
        "prueba",
        Path::new("services/prueba.toml"),
        source,
        &["es", "en"],
        2000,
    )
    .expect_err("refused")
    .to_string()
}

#[test]
fn the_file_as_written_is_read() {
    let source = file(
        "address = \"1 Calle, Centro\"\nemail = \"ayuda@ejemplo.org\"",
        "description = \"\"\"\nUna línea.\r\nOtra.\"\"\"\nhours = \"Lunes\"",
    );
    let s = parse("prueba", Path::new("s.toml"), &source, &["es"], 2000).expect("a good file");
    assert_eq!(s.address.as_deref(), Some("1 Calle, Centro"));
    let words = s.text.get("es").expect("Spanish words");
    assert_eq!(words.description.as_deref(), Some("Una línea.\nOtra."));
}

#[test]
fn a_text_past_the_limit_is_refused_at_its_field() {
    let long = "a".repeat(2001);
    let shown = said(&file("", &format!("description = \"{long}\"")));
    assert!(
        shown.contains("services/prueba.toml:10:15: `description` of `[text.es]` has 2001 characters, and a service's text may have at most 2000: shorten it; a directory entry should say in a few lines who helps and how"),
        "{shown}"
    );
    assert!(
        shown.contains("`service_text_chars` under `[limits]`"),
        "{shown}"
    );
    let shown = said(&file(&format!("address = \"{long}\""), ""));
    assert!(
        shown.contains("services/prueba.toml:8:11: `address` has 2001"),
        "{shown}"
    );
    // A number is not read at all past the limit.
    let shown = said(&file("", "").replace("+52 55 1234 5678", &long));
    assert!(
        shown.contains("services/prueba.toml:4:9: `phone` has 2001"),
        "{shown}"
    );
}

#[test]
fn an_email_with_more_than_an_address_is_refused() {
    for email in [
        "ayuda@ejemplo.org?cc=otra@ejemplo.org",
        "ayuda@ejemplo.org?bcc=otra@ejemplo.org",
        "ayuda@ejemplo.org?body=Hola",
    ] {
        let shown = said(&file(&format!("email = \"{email}\""), ""));
        assert!(shown.contains("services/prueba.toml:8:9: "), "{shown}");
        assert!(
            shown.contains("write only the service's address"),
            "{shown}"
        );
    }
    let shown = said(&file("email = \"a@ejemplo.org, b@ejemplo.org\"", ""));
    assert!(shown.contains("not one email address"), "{shown}");
}

#[test]
fn single_line_fields_are_refused_at_the_break() {
    let shown = said(&file(
        "address = \"\"\"\n1 Calle Ficticia\nCentro\"\"\"",
        "",
    ));
    assert!(
        shown.contains(
            "services/prueba.toml:9:17: `address` is written on several lines: write it on one line"
        ),
        "{shown}"
    );
    let shown = said(&file("", "hours = \"Lunes\\nMartes\""));
    assert!(
        shown.contains(
            "services/prueba.toml:10:15: `hours` of `[text.es]` is written on several lines"
        ),
        "{shown}"
    );
    let shown = said(&file("", "name = \"Una\\r\\nDos\""));
    assert!(
        shown.contains("`name` of `[text.es]` is written on several lines"),
        "{shown}"
    );
    let shown = said(&file("", "").replace("\"Equipo\"", "\"Equipo\\nDos\""));
    assert!(
        shown.contains("services/prueba.toml:5:22: `verified_by`"),
        "{shown}"
    );
}

#[test]
fn control_characters_are_refused_where_they_are() {
    for (written, code) in [
        ("\\u000B", "U+000B"),
        ("\\f", "U+000C"),
        ("\\u0085", "U+0085"),
    ] {
        let shown = said(&file(&format!("address = \"1 Calle{written}Centro\""), ""));
        assert!(
            shown.contains(&format!("services/prueba.toml:8:19: `address` holds an invisible control character ({code}): delete it")),
            "{shown}"
        );
        let shown = said(&file("", &format!("description = \"Uno{written}dos\"")));
        assert!(
            shown.contains(&format!(
                "`description` of `[text.es]` holds an invisible control character ({code})"
            )),
            "{shown}"
        );
    }
}

#[test]
fn an_extension_needs_digits_and_a_website_one_line() {
    let shown = said(&file("", "").replace("5678\"", "5678 ext.\""));
    assert!(
        shown.contains("services/prueba.toml:4:9: `+52 55 1234 5678 ext.`: write the extension's digits after `ext.`"),
        "{shown}"
    );
    let shown = said(&file("website = \"https://ejemplo.org/a b\"", ""));
    assert!(
        shown.contains("services/prueba.toml:8:11: the website"),
        "{shown}"
    );
}

#[test]
fn a_place_is_never_a_page_number() {
    let shown = said(&file("", "").replace("mx/chiapas", "mx/07"));
    assert!(
        shown
            .contains("services/prueba.toml:3:9: the place `mx/07` has a part made only of digits"),
        "{shown}"
    );
}

#[test]
fn a_crowded_place_is_named_once_with_its_count() {
    let mut services: BTreeMap<String, Service> = BTreeMap::new();
    for i in 0..5 {
        let id = format!("s{i}");
        let shown = format!("services/{id}.toml");
        let service = parse(&id, Path::new(&shown), &file("", ""), &["es"], 2000).expect("good");
        services.insert(id, service);
    }
    let shown = super::crowded(&services, 3).expect_err("5 > 3").to_string();
    assert!(
        shown.contains("services/s3.toml:3:9: the place `mx/chiapas` has 5 services, and a place may have at most 3"),
        "{shown}"
    );
    assert!(
        shown.contains("`services_per_place` under `[limits]`"),
        "{shown}"
    );
    assert_eq!(shown.matches("has 5 services").count(), 1, "{shown}");
    assert!(super::crowded(&services, 5).is_ok());
}
