//! Where a link or an image in a page points, resolved from the page's folder when it is read.

use super::document::Target;
use super::read::Reading;
use crate::said;
use crate::said::Said;

/// The folder of `content/` that holds the files every language shares, published at the site's
/// root under the same name: `content/assets/logo.png` is `/assets/logo.png` in every language.
pub const SHARED: &str = "assets";

/// The target of a link as written; an error message for one that can never work.
pub(super) fn target(reading: &Reading, dest: &str) -> Result<Target, Said> {
    let dest = dest.trim();
    if let Some(anchor) = dest.strip_prefix('#') {
        return Ok(Target::Here(decoded(anchor)));
    }
    if dest.is_empty() || dest.starts_with("//") {
        return Ok(Target::Verbatim(dest.to_string()));
    }
    if let Some(scheme) = scheme(dest) {
        if matches!(scheme.as_str(), "javascript" | "data" | "vbscript" | "file") {
            return Err(said!("markdown-link-scheme", scheme = scheme));
        }
        return Ok(Target::Verbatim(dest.to_string()));
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(decoded(f))),
        None => (dest, None),
    };
    let path = decoded(path.split('?').next().unwrap_or(path));
    let from_file = resolve_relative(reading.id, &path);
    if let Some(id) = from_file.as_deref().and_then(|r| r.strip_suffix(".md")) {
        return Ok(Target::Page {
            id: id.to_string(),
            fragment,
        });
    }
    if let Some(rel) = from_file
        .as_deref()
        .filter(|r| (reading.asset)(r).is_some())
    {
        return Ok(Target::Asset {
            rel: rel.to_string(),
            fragment,
        });
    }
    if let Some(rel) = shared(reading, &path, from_file.as_deref()) {
        return Ok(Target::Asset { rel, fragment });
    }
    if path.starts_with('/') && (reading.asset)(&path).is_some() {
        return Ok(Target::Asset {
            rel: path,
            fragment,
        });
    }
    if path.ends_with(".md") || climbs_out_of_site(reading.id, &path) {
        return Err(said!("markdown-link-outside", dest = dest));
    }
    // An address (`/rights/at-home`, `../get-support/`, `printable`): which page it is depends
    // on the site's addresses, so the site resolves it.
    Ok(Target::Address { path, fragment })
}

/// `%20` and other escapes in an address, decoded when they make UTF-8 text.
pub fn decoded(path: &str) -> String {
    if !path.contains('%') {
        return path.to_string();
    }
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| path.to_string())
}

/// Whether a relative address climbs above the site's root from the page's own address
/// (`es/guias/mexico/` is three folders deep).
fn climbs_out_of_site(id: &str, path: &str) -> bool {
    if path.starts_with('/') {
        return false;
    }
    let parts = id.split('/').count();
    let index = id == "index" || id.ends_with("/index");
    let mut depth = 1 + parts as isize - isize::from(index);
    for part in path.split('/') {
        match part {
            ".." => depth -= 1,
            "" | "." => {}
            _ => depth += 1,
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

/// The file an image shows and its size; images must be files of the site (no request to
/// another site).
pub(super) fn image(reading: &Reading, dest: &str) -> Result<(String, Option<(u32, u32)>), Said> {
    let dest = dest.trim();
    // The site's own address written out: a path from its root.
    let own = Some(reading.base_url)
        .filter(|b| b.contains("://"))
        .and_then(|base| dest.strip_prefix(base))
        .map(|rest| format!("/{rest}"));
    let dest = own.as_deref().unwrap_or(dest);
    if scheme(dest).is_some() || dest.starts_with("//") {
        return Err(said!("markdown-image-elsewhere", dest = dest));
    }
    let path = decoded(dest);
    let path = path.split('?').next().unwrap_or(&path);
    let resolved = resolve_relative(reading.id, path);
    let with_size = |p: String| (reading.asset)(&p).map(|size| (p, size));
    let found = resolved
        .clone()
        .and_then(with_size)
        .or_else(|| {
            Some(path.to_string())
                .filter(|p| p.starts_with('/'))
                .and_then(with_size)
        })
        .or_else(|| shared(reading, path, resolved.as_deref()).and_then(with_size));
    match (found, resolved) {
        (Some(found), _) => Ok(found),
        (None, Some(_)) => Err(said!("markdown-image-missing", dest = dest)),
        (None, None) => Err(said!("markdown-link-outside", dest = dest)),
    }
}

/// A relative path to a file of the folder every language shares, `content/assets/`, as a path
/// from the site's root (`/assets/logo.png`), when there is such a file: `../assets/logo.png`
/// from a language's folder (from the page's file, or from its address as a browser reads it),
/// or `assets/logo.png` where the language's own folder has none, as sites that keep their
/// first language at the root (MkDocs, Jekyll) write it.
fn shared(reading: &Reading, path: &str, in_language: Option<&str>) -> Option<String> {
    if path.starts_with('/') {
        return None;
    }
    // A folder no file can be named: what is above it is above the language's folder.
    const LANGUAGE: &str = "\u{0}";
    let folder = reading.id.rsplit_once('/').map_or("", |(dir, _)| dir);
    let by_file = join(&format!("{LANGUAGE}/{folder}"), path);
    let is_index = reading.id == "index" || reading.id.ends_with("/index");
    let page_address = reading.id.strip_suffix("index").unwrap_or(reading.id);
    let by_address = (!is_index)
        .then(|| join(&format!("{LANGUAGE}/{page_address}"), path))
        .flatten();
    let first = format!("{SHARED}/");
    [in_language.map(str::to_string), by_file, by_address]
        .into_iter()
        .flatten()
        .filter(|p| p.starts_with(&first))
        .map(|p| format!("/{p}"))
        .find(|p| (reading.asset)(p).is_some())
}

/// `https:` in `https://x.org`: a URL scheme, lowercased, if the address starts with one.
fn scheme(dest: &str) -> Option<String> {
    let colon = dest.find(':')?;
    let candidate = &dest[..colon];
    let valid = !candidate.is_empty()
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && candidate
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic());
    valid.then(|| candidate.to_ascii_lowercase())
}

/// Resolves `path` from the folder of page `id`; `None` if it climbs out of the locale folder.
pub(crate) fn resolve_relative(id: &str, path: &str) -> Option<String> {
    let folder = match id.rsplit_once('/') {
        Some((folder, _)) if !path.starts_with('/') => folder,
        _ => "",
    };
    join(folder, path)
}

/// The folder `base` (`es/guias` or `es/guias/`) joined with a relative `path` (`..` climbs,
/// `.` stays); `None` when it climbs above `base`'s root.
pub(crate) fn join(base: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{image, target};
    use crate::markdown::{Reading, Target};

    /// Reads a link or an image written on page `id` of a language whose folder holds
    /// `img/own.png`, beside the shared `content/assets/badge.png`.
    fn on_page<T>(id: &str, read: impl Fn(&Reading) -> T) -> T {
        let asset = |rel: &str| matches!(rel, "img/own.png" | "/assets/badge.png").then_some(None);
        let reading = Reading {
            shown: Path::new("content/ar/x.md"),
            file: "",
            body_start: 0,
            id,
            apostrophe_is_letter: false,
            title: None,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &asset,
            foreign: None,
        };
        read(&reading)
    }

    /// `content/assets/` was refused as a language, and `../assets/x.png` from a language's
    /// home as pointing outside the content folder: MkDocs and Jekyll sites write it so.
    #[test]
    fn the_shared_folder_is_reached_from_every_language_as_sites_write_it() {
        let shared = Ok(("/assets/badge.png".to_string(), None));
        for (id, written) in [
            ("index", "../assets/badge.png"),
            ("index", "assets/badge.png"),
            ("index", "/assets/badge.png"),
            ("guias/index", "../../assets/badge.png"),
            ("guias/index", "../assets/badge.png"),
            // From the page's address as a browser reads it: `/ar/steps/`.
            ("steps", "../../assets/badge.png"),
            ("steps", "../assets/badge.png"),
        ] {
            assert_eq!(
                on_page(id, |r| image(r, written)),
                shared,
                "{written} on {id}"
            );
        }
        let linked = on_page("index", |r| target(r, "../assets/badge.png#top"));
        assert!(
            matches!(&linked, Ok(Target::Asset { rel, .. }) if rel == "/assets/badge.png"),
            "{linked:?}"
        );
        // The language's own file comes first, and a missing one is still missing.
        let own = on_page("index", |r| image(r, "img/own.png"));
        assert_eq!(own, Ok(("img/own.png".to_string(), None)));
        let missing = on_page("index", |r| image(r, "assets/nothing.png"));
        assert!(missing.is_err_and(|m| m.contains("does not exist")));
        let outside = on_page("index", |r| image(r, "../images/badge.png"));
        assert!(outside.is_err_and(|m| m.contains("content/assets/")));
    }
}
