//! `[links]`: addresses of the site that pages link to but that senda does not make, because
//! another program serves them (a form, a search page, a shop).

use serde::Deserialize;
use toml::Spanned;

use super::Located;
use crate::diagnostics::Problems;

/// `[links]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLinks {
    /// Addresses from the site's root that something other than senda serves, so that links to
    /// them are not reported as links to pages that do not exist: `served_elsewhere =
    /// ["/contact-us"]`. A link reaches one written with the reader's language or without it
    /// (`/contact-us`, `contact-us`, `../contact-us/`); one that names another language
    /// (`/fr/contact-us`) needs it listed as well.
    #[serde(default)]
    served_elsewhere: Vec<Spanned<String>>,
}

/// The addresses of `[links] served_elsewhere`, each checked: one that cannot be an address of
/// the site is a problem. They are kept as written, from `/`.
pub(super) fn served_elsewhere(
    raw: RawLinks,
    file: &Located,
    problems: &mut Problems,
) -> Vec<String> {
    let mut found = Vec::new();
    for written in raw.served_elsewhere {
        let address = written.get_ref().trim();
        match wrong(address) {
            Some(why) => {
                let message = crate::said!("config-served-elsewhere", address = address, why = why);
                problems.push(file.at(&written, message));
            }
            None => found.push(address.to_string()),
        }
    }
    found
}

/// Why `address` cannot be one of the site's addresses, as a choice of the message: `start` (it
/// does not start with one `/`), `root` (it is the site's root, the language picker), `part`
/// (a `..`, `.` or empty part, a space, `#` or `?`).
fn wrong(address: &str) -> Option<&'static str> {
    let path = address.strip_prefix('/');
    let Some(path) = path.filter(|p| !p.starts_with('/')) else {
        return Some("start");
    };
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        return Some("root");
    }
    let bad_part = path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..");
    let bad_char = path
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '#' | '?' | '\\' | '"' | '<' | '>'));
    (bad_part || bad_char).then_some("part")
}

#[cfg(test)]
mod tests {
    use super::wrong;

    #[test]
    fn only_paths_from_the_root_are_addresses_served_elsewhere() {
        for good in [
            "/contact-us",
            "/contact-us/",
            "/fr/contact-us",
            "/forms/a.html",
        ] {
            assert_eq!(wrong(good), None, "{good}");
        }
        let cases = [
            ("contact-us", "start"),
            ("https://x.org/contact-us", "start"),
            ("//x.org/contact-us", "start"),
            ("/", "root"),
            ("", "start"),
            ("/a/../b", "part"),
            ("/a//b", "part"),
            ("/contact us", "part"),
            ("/contact#form", "part"),
        ];
        for (bad, why) in cases {
            assert_eq!(wrong(bad), Some(why), "{bad}");
        }
    }
}
