//! Old addresses of pages (`aliases` in the front matter): where each is published, which page it
//! stands for, and the check that no two things claim one address.

use std::collections::BTreeMap;

use super::Route;
use crate::content::Content;
use crate::diagnostics::{Diagnostic, Problems, Result};
use crate::said;

/// One old address: the output path it is written at and the page it sends readers to.
#[derive(Debug, Clone)]
pub struct Alias {
    /// `2015/11/09/why-90-days/` (a folder) or `old.html` (a file), below the site root.
    pub path: String,
    pub id: String,
    pub lang: String,
}

/// Every page's old addresses, each checked against the site's addresses and the others.
pub(super) fn aliases(content: &Content, routes: &[Route]) -> Result<Vec<Alias>> {
    let mut problems = Problems::default();
    // Who has each address: a page's own (its path), or a page's old one (its path and file).
    let mut claimed: BTreeMap<String, (String, Option<String>)> = routes
        .iter()
        .filter(|r| !r.is_fallback())
        .map(|r| (key(&r.path), (r.path.clone(), None)))
        .collect();
    let mut out = Vec::new();
    for by_lang in content.pages.values() {
        for page in by_lang.values().filter(|p| !p.front.draft) {
            for path in &page.front.aliases {
                let owner = (path.clone(), Some(page.shown.display().to_string()));
                if let Some(other) = claimed.insert(key(path), owner) {
                    let message = match other {
                        (page_path, None) => {
                            said!("site-alias-is-a-page", path = path, page = page_path)
                        }
                        (old, Some(file)) => said!(
                            "site-alias-is-an-alias",
                            path = path,
                            old = old,
                            file = file
                        ),
                    };
                    problems.push(Diagnostic::in_file(&page.shown, message));
                    continue;
                }
                out.push(Alias {
                    path: path.clone(),
                    id: page.id.clone(),
                    lang: page.lang.clone(),
                });
            }
        }
    }
    problems.finish()?;
    Ok(out)
}

/// What an address is compared by: no slashes at its ends, no `index.html` or `.html`.
pub(super) fn key(path: &str) -> String {
    let path = path.trim_matches('/');
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let path = path
        .strip_suffix(".html")
        .or_else(|| path.strip_suffix(".htm"))
        .unwrap_or(path);
    path.trim_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn addresses_compare_without_their_endings() {
        assert_eq!(key("2015/11/09/why-90-days/"), "2015/11/09/why-90-days");
        assert_eq!(
            key("/2015/11/09/why-90-days.html"),
            "2015/11/09/why-90-days"
        );
        assert_eq!(key("old/index.html"), "old");
    }
}
