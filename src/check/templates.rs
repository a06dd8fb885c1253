//! The theme's templates read for the strings they ask for, without rendering a page: every
//! `t(key="…")` must find its message for every language (in it or a language it falls back to),
//! and every `{ $name }` in that message must be a value the call gives.

use std::collections::BTreeSet;

use crate::diagnostics::Diagnostic;
use crate::render::Theme;
use crate::site::Site;

/// One call of `t` with a written key: where it is, the key, and the names of the values it gives.
struct Call {
    line: usize,
    col: usize,
    key: String,
    gives: BTreeSet<String>,
}

/// Every message a template asks for that some language cannot give as asked, as an error.
pub(super) fn problems(site: &Site, theme: &Theme) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut said = BTreeSet::new();
    for (shown, source) in theme.templates() {
        for call in calls(source) {
            found.extend(missing(site, &shown, source, &call));
            for language in &site.config.languages {
                let Some((code, uses)) = site.locales.variables(&language.code, &call.key) else {
                    continue;
                };
                for name in uses.difference(&call.gives) {
                    if said.insert((code.clone(), call.key.clone(), name.clone())) {
                        found.extend(not_given(site, &code, &call, name));
                    }
                }
            }
        }
    }
    found
}

/// The first language for which no language of its chain defines the call's message.
fn missing(site: &Site, shown: &std::path::Path, source: &str, call: &Call) -> Option<Diagnostic> {
    let lang = site
        .config
        .languages
        .iter()
        .find(|l| site.locales.variables(&l.code, &call.key).is_none())?;
    let message = crate::said!(
        "check-template-message-missing",
        key = &call.key,
        lang = &lang.code
    );
    Some(Diagnostic::at_line(shown, Some(source), call.line, call.col, message).error())
}

/// A `{ $name }` in language `code`'s message that the template's call does not give, blamed on
/// the `.ftl` line where a translator fixes it.
fn not_given(site: &Site, code: &str, call: &Call, name: &str) -> Option<Diagnostic> {
    let at = site.locales.defined.get(code)?.get(&call.key)?;
    let gives: Vec<String> = call.gives.iter().map(|g| format!("`{{ ${g} }}`")).collect();
    let gives = match gives.is_empty() {
        true => super::NONE.to_string(),
        false => gives.join(", "),
    };
    // A given name this message no longer uses is most likely the one that was translated.
    let used = site
        .locales
        .variables(code, &call.key)
        .map(|(_, v)| v)
        .unwrap_or_default();
    let dropped: Vec<String> = call
        .gives
        .iter()
        .filter(|g| !used.contains(*g))
        .map(|g| format!("`{{ ${g} }}`"))
        .collect();
    let dropped = match dropped.as_slice() {
        [one] => one.as_str(),
        _ => super::NONE,
    };
    let message = crate::said!(
        "check-template-not-given",
        key = &call.key,
        name = name,
        gives = gives,
        dropped = dropped
    );
    Some(Diagnostic::at_line(&at.path, None, at.line, 1, message).error())
}

/// Each `t(…)` in a template whose `key` is written as a string, in order.
fn calls(source: &str) -> Vec<Call> {
    let mut out = Vec::new();
    for (at, _) in source.match_indices("t(") {
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let Some(args) = arguments(&source[at + 2..]) else {
            continue;
        };
        let mut key = None;
        let mut gives = BTreeSet::new();
        for arg in args {
            let Some((name, value)) = arg.split_once('=') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            match name {
                "key" => key = literal(value),
                "plain" => {}
                _ => {
                    gives.insert(name.to_string());
                }
            }
        }
        let Some(key) = key else { continue };
        let line = source[..at].matches('\n').count() + 1;
        let line_start = source[..at].rfind('\n').map_or(0, |n| n + 1);
        let col = source[line_start..at].chars().count() + 1;
        out.push(Call {
            line,
            col,
            key,
            gives,
        });
    }
    out
}

/// The arguments of a call, split at its own commas, up to its closing parenthesis: strings and
/// nested calls kept whole. `None` if it never closes.
fn arguments(rest: &str) -> Option<Vec<&str>> {
    let (mut depth, mut quote, mut start) = (0usize, None, 0);
    let mut args = Vec::new();
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')') if depth == 0 => {
                args.push(&rest[start..i]);
                return Some(args);
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            (None, ',') if depth == 0 => {
                args.push(&rest[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// A string written in a template, `"…"` or `'…'`, without its quotes.
fn literal(value: &str) -> Option<String> {
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let inner = value.strip_prefix(quote)?.strip_suffix(quote)?;
    (!inner.contains(quote)).then(|| inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::calls;

    #[test]
    fn calls_are_found_with_their_keys_values_and_places() {
        let source = "<p>\n<h1>{{ t(key=\"menu-heading\", count=menu | length, plain=true) }}</h1>\n{{ t(key=x) }} {{ list(key=\"no\") }} {{ t(key='a, b', f=g(1, 2)) }}";
        let found = calls(source);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].col), (2, 8));
        assert_eq!(found[0].key, "menu-heading");
        assert_eq!(found[0].gives.iter().collect::<Vec<_>>(), ["count"]);
        assert_eq!((found[1].line, found[1].key.as_str()), (3, "a, b"));
        assert_eq!(found[1].gives.iter().collect::<Vec<_>>(), ["f"]);
    }
}
