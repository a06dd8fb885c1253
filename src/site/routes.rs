//! Where every page is published for the readers of every language: its own text, or the first
//! fallback that has it.

use std::collections::BTreeMap;

use super::Route;
use crate::config::Config;
use crate::content::{Content, Page};
use crate::diagnostics::{Diagnostic, Problems, Result};
use crate::said;
use crate::said::Said;

/// Every route of the site: each page for each language whose chain has it.
pub(super) fn routes(config: &Config, content: &Content) -> Result<Vec<Route>> {
    let mut problems = Problems::default();
    let mut routes = Vec::new();
    let mut claimed: BTreeMap<String, &Page> = BTreeMap::new();
    for (id, by_lang) in &content.pages {
        for language in &config.languages {
            let found = language
                .chain
                .iter()
                .find_map(|code| by_lang.get(code).filter(|p| !p.front.draft));
            let Some(page) = found else { continue };
            let path = match route_path(&language.code, page) {
                Ok(path) => path,
                Err(message) => {
                    problems.push(Diagnostic::in_file(&page.shown, message));
                    continue;
                }
            };
            if language.code == page.lang {
                if let Some(other) = claimed.get(&path) {
                    problems.push(Diagnostic::in_file(
                        &page.shown,
                        said!("site-route-taken", other = &other.shown, path = &path),
                    ));
                    continue;
                }
                claimed.insert(path.clone(), page);
            }
            routes.push(Route {
                id: id.clone(),
                lang: language.code.clone(),
                content_lang: page.lang.clone(),
                path,
            });
        }
    }
    // A fallback copy must not land where a real page of that language already is.
    let real: BTreeMap<&str, &str> = routes
        .iter()
        .filter(|r| !r.is_fallback())
        .map(|r| (r.path.as_str(), r.id.as_str()))
        .collect();
    let mut clashes = Vec::new();
    for r in routes.iter().filter(|r| r.is_fallback()) {
        if let Some(owner) = real.get(r.path.as_str()).filter(|owner| **owner != r.id)
            && let Some(page) = content.get(owner, &r.lang)
        {
            clashes.push(Diagnostic::in_file(
                &page.shown,
                said!("site-route-taken-by-fallback", path = &r.path, id = &r.id),
            ));
        }
    }
    problems.list.extend(clashes);
    problems.finish()?;
    Ok(routes)
}

/// `es/asilo/`, `es/guias/mexico/`, `es/` for the home page. Spaces in file and folder names
/// become `-` (`guía de asilo.md` → `es/guía-de-asilo/`); a character that cannot be part of an
/// address is an error that says how to fix it.
fn route_path(lang: &str, page: &Page) -> std::result::Result<String, Said> {
    let mut path = format!("{lang}/");
    let parts: Vec<&str> = page.id.split('/').collect();
    let (dirs, _) = parts.split_at(parts.len().saturating_sub(1));
    for dir in dirs {
        path.push_str(
            &address_part(dir)
                .map_err(|c| said!("site-folder-name-character", dir = *dir, character = c))?,
        );
        path.push('/');
    }
    if !page.is_index() {
        let segment = page.url_segment();
        path.push_str(
            &address_part(segment)
                .map_err(|c| said!("site-file-name-character", segment = segment, character = c))?,
        );
        path.push('/');
    }
    Ok(path)
}

/// One part of an address from a file or folder name or a slug: spaces and dots become `-` (an
/// address ending in `.org/` looks like a file to some servers); the character that cannot be in
/// an address, if there is one.
pub(super) fn address_part(name: &str) -> std::result::Result<String, char> {
    let bad = |c: char| {
        matches!(
            c,
            '#' | '?' | '%' | '<' | '>' | '"' | '|' | '*' | '\\' | ':' | '`'
        ) || c.is_control()
    };
    match name.chars().find(|c| bad(*c)) {
        Some(c) => Err(c),
        None => Ok(name
            .split(|c: char| c.is_whitespace() || c == '.')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-")),
    }
}

/// The relative prefix from an output folder (`es/asilo/`) back to the site root (`../../`).
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_clean_addresses() {
        assert_eq!(
            address_part("guía de asilo"),
            Ok("guía-de-asilo".to_string())
        );
        assert_eq!(address_part("niños"), Ok("niños".to_string()));
        assert_eq!(address_part("lencr.org"), Ok("lencr-org".to_string()));
        assert_eq!(address_part("a#b"), Err('#'));
    }

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("es/asilo/"), "../../");
        assert_eq!(root_prefix("es/"), "../");
        assert_eq!(root_prefix(""), "");
    }
}
