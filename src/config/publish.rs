//! `publish` in `senda.toml`: files in `content/` that no page links but that are published all
//! the same, because other sites, printed leaflets or a theme's templates link them.

use toml::Spanned;

use super::Located;
use crate::diagnostics::{Diagnostic, Problems};

/// One pattern of `publish`, and the warning to give if it names no file.
#[derive(Debug, Clone)]
pub struct Publish {
    pub pattern: String,
    /// Located where the pattern is written in `senda.toml`.
    pub unmatched: Diagnostic,
}

impl Publish {
    /// Whether the file at `rel` in `lang`'s folder is one this pattern names: the pattern is
    /// read from inside every language folder (`descargas/*.pdf`), or from `content/` when it
    /// starts with a language (`es/descargas/*.pdf`).
    pub fn matches(&self, lang: &str, rel: &str) -> bool {
        let pattern: Vec<char> = self.pattern.chars().collect();
        let rel: Vec<char> = rel.chars().collect();
        let full: Vec<char> = format!("{lang}/")
            .chars()
            .chain(rel.iter().copied())
            .collect();
        glob(&pattern, &rel) || glob(&pattern, &full)
    }
}

/// The patterns as written, each checked: one that cannot name a file is a problem.
pub(super) fn patterns(
    raw: Vec<Spanned<String>>,
    file: &Located,
    problems: &mut Problems,
) -> Vec<Publish> {
    let mut found = Vec::new();
    for written in raw {
        let pattern = written.get_ref().trim();
        let wrong = if pattern.is_empty() {
            Some(crate::said!("publish-empty"))
        } else if pattern.starts_with('/') || pattern.starts_with("content/") {
            Some(crate::said!("publish-from-language-folders"))
        } else if pattern.contains('\\') {
            Some(crate::said!("publish-backslash"))
        } else {
            None
        };
        if let Some(message) = wrong {
            problems.push(file.at(&written, message));
            continue;
        }
        let unmatched = file
            .at(&written, crate::said!("publish-no-file", pattern = pattern))
            .warning();
        found.push(Publish {
            pattern: pattern.to_string(),
            unmatched,
        });
    }
    found
}

/// Whether `text` is what `pattern` describes: `*` stands for any characters but `/`, `**` for
/// any characters at all (so `**/` for any folders, or none), `?` for one character but `/`.
fn glob(pattern: &[char], text: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('*', rest)) => {
            let (deep, rest) = match rest.split_first() {
                Some(('*', after)) => (true, after),
                _ => (false, rest),
            };
            if deep && rest.first() == Some(&'/') && glob(&rest[1..], text) {
                return true;
            }
            (0..=text.len())
                .take_while(|&i| deep || i == 0 || text[i - 1] != '/')
                .any(|i| glob(rest, &text[i..]))
        }
        Some(('?', rest)) => text.first().is_some_and(|c| *c != '/') && glob(rest, &text[1..]),
        Some((c, rest)) => text.first() == Some(c) && glob(rest, &text[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::Publish;
    use crate::diagnostics::Diagnostic;

    fn matches(pattern: &str, lang: &str, rel: &str) -> bool {
        let publish = Publish {
            pattern: pattern.to_string(),
            unmatched: Diagnostic::general(crate::said::Said::verbatim("")),
        };
        publish.matches(lang, rel)
    }

    #[test]
    fn patterns_name_files_in_every_language_or_in_one() {
        assert!(matches("descargas/*.pdf", "es", "descargas/guia.pdf"));
        assert!(matches("descargas/*.pdf", "en", "descargas/guia.pdf"));
        assert!(!matches(
            "descargas/*.pdf",
            "es",
            "descargas/viejas/guia.pdf"
        ));
        assert!(matches("descargas/**", "es", "descargas/viejas/guia.pdf"));
        assert!(matches("**/*.pdf", "es", "guia.pdf"));
        assert!(matches("**/*.pdf", "es", "a/b/guia.pdf"));
        assert!(matches("es/descargas/*.pdf", "es", "descargas/guia.pdf"));
        assert!(!matches("es/descargas/*.pdf", "en", "descargas/guia.pdf"));
        assert!(matches("formulario-?.pdf", "es", "formulario-1.pdf"));
        assert!(!matches("*.pdf", "es", "guia.PDF"));
        assert!(matches("guia.pdf", "es", "guia.pdf"));
        assert!(!matches("guia.pdf", "es", "otra/guia.pdf"));
    }
}
