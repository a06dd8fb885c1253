//! Where a link or an image in a page points, resolved from the page's folder when it is read.

use super::document::Target;
use super::read::Reading;
use crate::said;
use crate::said::Said;

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
    if let Some(rel) = from_file.filter(|r| (reading.asset)(r).is_some()) {
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
    let resolved = resolve(reading.id, dest, &path)?;
    let at_root = || Some(path.clone()).filter(|p| p.starts_with('/'));
    let found = (reading.asset)(&resolved)
        .map(|size| (resolved, size))
        .or_else(|| at_root().and_then(|p| (reading.asset)(&p).map(|size| (p, size))));
    match found {
        Some(found) => Ok(found),
        None => Err(said!("markdown-image-missing", dest = dest)),
    }
}

/// A file path from the page's folder; an error when it climbs out of the language folder.
fn resolve(id: &str, dest: &str, path: &str) -> Result<String, Said> {
    let path = path.split('?').next().unwrap_or(path);
    resolve_relative(id, path).ok_or_else(|| said!("markdown-link-outside", dest = dest))
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
