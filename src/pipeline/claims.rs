//! Which path each published file takes: inside the output folder, one file to a path, and no
//! file where another needs a folder. A build claims every file it makes; `check` claims those it
//! can name without making them.

use std::collections::HashSet;

use crate::diagnostics::{Diagnostic, Error, Result};
use crate::output;
use crate::site::Site;

/// The paths claimed so far, and the folders they lie in.
#[derive(Default)]
pub(crate) struct Claims {
    /// Two files at one path is an error, not a coin toss.
    published: HashSet<String>,
    /// A file where another needs a folder is an error too.
    folders: HashSet<String>,
}

impl Claims {
    /// Takes `path` for one file, or says (naming the alias or the file to blame) why it cannot.
    pub(crate) fn claim(&mut self, site: &Site, path: &str) -> Result<()> {
        if !inside(path) {
            return Err(Error::one(Diagnostic::general(crate::said!(
                "output-outside",
                path = path
            ))));
        }
        if !self.published.insert(path.to_string()) {
            return Err(Error::one(published_twice(site, path)));
        }
        if self.folders.contains(path) {
            return Err(Error::one(file_and_folder(site, path)));
        }
        for folder in crate::write::folders_of(path) {
            if self.published.contains(folder) || always_published(folder) {
                return Err(Error::one(file_and_folder(site, folder)));
            }
            if !self.folders.insert(folder.to_string()) {
                break;
            }
        }
        Ok(())
    }
}

/// Whether a file's path stays inside the output folder: relative, with no `..`, no empty
/// parts and no backslashes. Whatever content a site holds, nothing is written anywhere else.
fn inside(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// Files a build publishes that `check` and the preview do not make: `_headers`, `.htaccess`,
/// and the `.gz` and `.br` beside each text. No other file may need a folder by their names, in
/// any mode, whichever host the site names.
fn always_published(path: &str) -> bool {
    path == crate::hosting::HEADERS
        || path == crate::hosting::HTACCESS
        || ["gz", "br"].iter().any(|ext| {
            path.strip_suffix(ext)
                .and_then(|p| p.strip_suffix('.'))
                .is_some_and(output::is_compressible)
        })
}

/// A file that senda publishes at `path`, where another file needs a folder of that name: an
/// old address (`aliases = ["/_headers"]`) would replace `_headers` with a folder.
fn file_and_folder(site: &Site, path: &str) -> Diagnostic {
    let inside = format!("{path}/");
    let alias = site.aliases.iter().find(|a| a.path.starts_with(&inside));
    if let Some((alias, page)) = alias.and_then(|a| Some((a, site.content.get(&a.id, &a.lang)?))) {
        return Diagnostic::in_file(
            &page.shown,
            crate::said!("output-alias-over-file", alias = &alias.path, path = path),
        );
    }
    Diagnostic::general(crate::said!("output-file-and-folder", path = path))
}

/// A file that would be published where senda already publishes one: named by the theme's or
/// the content's file that collides, when there is one.
fn published_twice(site: &Site, path: &str) -> Diagnostic {
    let message = crate::said!("output-published-twice", path = path);
    let alias = site.aliases.iter().find(|a| {
        a.path == path || (a.path.ends_with('/') && format!("{}index.html", a.path) == path)
    });
    if let Some(page) = alias.and_then(|a| site.content.get(&a.id, &a.lang)) {
        return Diagnostic::in_file(&page.shown, crate::said!("output-alias-taken", path = path));
    }
    let root = &site.config.root;
    [
        site.config.theme_dir.join("static").join(path),
        root.join("content").join(path),
    ]
    .into_iter()
    .find(|f| f.is_file())
    .map_or_else(
        || Diagnostic::general(message.clone()),
        |f| Diagnostic::in_file(f.strip_prefix(root).unwrap_or(&f), message.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::inside;

    /// A root file was once published at `//assets/x.png`, which the writer joined into `/assets`.
    #[test]
    fn only_paths_inside_the_output_folder_are_written() {
        for good in ["index.html", "es/asilo/index.html", "es/img/a b.png"] {
            assert!(inside(good), "{good}");
        }
        for bad in [
            "",
            "/etc/x",
            "//assets/x.png",
            "es/../../x",
            "es//x",
            "./x",
            "es\\x",
        ] {
            assert!(!inside(bad), "{bad}");
        }
    }
}
