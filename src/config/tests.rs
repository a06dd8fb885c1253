use super::*;

fn parse(text: &str) -> Result<Config> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        Error::one(Diagnostic::general(crate::said::Said::verbatim(
            e.to_string(),
        )))
    })?;
    let file = Located {
        shown: Path::new("senda.toml"),
        text,
    };
    Config::validate(Path::new("."), raw, &file, &Overrides::default())
}

#[test]
fn chains_end_with_the_default_language() -> Result<()> {
    let c = parse(
        r#"base_url = "https://x.org"
default_language = "es"
[[languages]]
code = "es"
name = "Español"
[[languages]]
code = "fr"
name = "Français"
[[languages]]
code = "ht"
name = "Kreyòl"
fallback = ["fr"]
[[languages]]
code = "quc"
name = "K'iche'"
fallback = ["es"]
"#,
    )?;
    let chain = |code: &str| c.language(code).map(|l| l.chain.join(">"));
    assert_eq!(chain("ht").as_deref(), Some("ht>fr>es"));
    assert_eq!(chain("quc").as_deref(), Some("quc>es"));
    assert_eq!(
        c.language("quc").map(|l| l.apostrophe_is_letter),
        Some(true)
    );
    assert_eq!(
        c.language("fr").map(|l| l.apostrophe_is_letter),
        Some(false)
    );
    assert_eq!(c.base_url, "https://x.org/");
    assert_eq!(c.base_path(), "/");
    Ok(())
}

#[test]
fn unknown_fallback_is_located() {
    let err = parse(
        "base_url = \"/\"\ndefault_language = \"es\"\n[[languages]]\ncode = \"es\"\nname = \"E\"\nfallback = [\"xx\"]\n",
    );
    let shown = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(shown.contains("senda.toml:6:"), "{shown}");
    assert!(shown.contains("fallback language `xx`"), "{shown}");
}

#[test]
fn codes() {
    assert!(valid_code("quc") && valid_code("pt-BR") && valid_code("zh-Hant"));
    assert!(!valid_code("../x") && !valid_code("") && !valid_code("e s"));
}
