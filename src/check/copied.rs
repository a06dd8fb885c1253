//! Interface words a language's own `.ftl` file copies word for word from another language (a
//! site that started from senda's English strings): its readers see them in that other
//! language, and nothing else says so, since the message is defined.

use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// The messages every page shows, whose copy a reader meets on every page.
const SHOWN_EVERYWHERE: [&str; 2] = ["site-name", "disclaimer"];

/// senda's own English strings, the ones `senda new` writes.
const SENDA_ENGLISH: &str = include_str!("../../locales/en/main.ftl");

/// A text this short is often a name, the same in every language (`Tella`, `Soundscape`).
const NAME_WORDS: usize = 3;

/// One warning per language whose own file defines a message of [`SHOWN_EVERYWHERE`] with the
/// very text of the default language's or of senda's English, at the first such message.
pub(super) fn copied_words(site: &Site) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    let mut found = Vec::new();
    for language in &site.config.languages {
        let code = language.code.as_str();
        let mut copied = Vec::new();
        for id in SHOWN_EVERYWHERE {
            let Some(text) = own_text(site, code, id) else {
                continue;
            };
            if text.split_whitespace().count() <= NAME_WORDS {
                continue;
            }
            let name = |code: &str| site.config.language(code).map(|l| l.name.clone());
            let from_default = (base(code) != base(default))
                .then(|| own_text(site, default, id))
                .flatten()
                .filter(|t| *t == text)
                .map(|_| name(default).unwrap_or_else(|| default.clone()));
            let from_senda = (base(code) != "en" && senda_english(id) == Some(text.clone()))
                .then(|| "English".to_string());
            if let Some(from) = from_default.or(from_senda) {
                copied.push((id, from));
            }
        }
        let Some((first, from)) = copied.first() else {
            continue;
        };
        let Some(at) = site.locales.defined.get(code).and_then(|d| d.get(*first)) else {
            continue;
        };
        let defined = site.locales.defined.get(code);
        let keys: Vec<String> = copied.iter().map(|(id, _)| format!("`{id}`")).collect();
        let lines: Vec<String> = copied
            .iter()
            .filter_map(|(id, _)| Some(defined?.get(*id)?.line.to_string()))
            .collect();
        let message = crate::said!(
            "check-strings-copied",
            keys = keys.join(", "),
            lines = lines.join(", "),
            count = keys.len(),
            language = language.name.as_str(),
            from = from.as_str()
        );
        found.push(Diagnostic::at_line(&at.path, None, at.line, 1, message).warning());
    }
    found
}

/// The text of message `id` as `lang`'s own files define it, not borrowed through `fallback`.
fn own_text(site: &Site, lang: &str, id: &str) -> Option<String> {
    site.locales.defined.get(lang)?.get(id)?;
    let message = site.locales.message(lang, id, None)?.ok()?;
    (message.lang == lang).then(|| message.text.trim().to_string())
}

/// The message's text in senda's own English strings, when it is one line there.
fn senda_english(id: &str) -> Option<String> {
    SENDA_ENGLISH.lines().find_map(|line| {
        let (key, value) = line.split_once(" = ")?;
        (key.trim() == id).then(|| value.trim().to_string())
    })
}

/// A language's code without its region or script: `es` for `es-419`, so that regional variants
/// may share words.
fn base(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senda_english_holds_the_words_every_page_shows() {
        for id in SHOWN_EVERYWHERE {
            assert!(senda_english(id).is_some_and(|t| !t.is_empty()), "{id}");
        }
    }

    #[test]
    fn regional_variants_share_a_base() {
        assert_eq!(base("es-419"), base("es"));
        assert_eq!(base("zh_CN"), "zh");
        assert_ne!(base("fr"), base("en"));
    }
}
