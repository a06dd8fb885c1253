//! Where a link or an image in a page points, resolved from the page's folder when it is read.

use super::document::{Reading, Target};

/// The target of a link as written; an error message for one that can never work.
pub(super) fn target(reading: &Reading, dest: &str) -> Result<Target, String> {
    let dest = dest.trim();
    if let Some(anchor) = dest.strip_prefix('#') {
        return Ok(Target::Here(anchor.to_string()));
    }
    if dest.is_empty() || dest.starts_with("//") {
        return Ok(Target::Verbatim(dest.to_string()));
    }
    if let Some(scheme) = scheme(dest) {
        if matches!(scheme.as_str(), "javascript" | "data" | "vbscript" | "file") {
            return Err(format!("`{scheme}:` addresses are not allowed in content"));
        }
        return Ok(Target::Verbatim(dest.to_string()));
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (dest, None),
    };
    let resolved = resolve(reading.id, dest, path)?;
    if let Some(id) = resolved.strip_suffix(".md") {
        return Ok(Target::Page {
            id: id.to_string(),
            fragment,
        });
    }
    (reading.asset)(&resolved).ok_or_else(|| {
        format!("`{path}` does not exist: link to a page's .md file, or put the file in the content folder")
    })?;
    Ok(Target::Asset {
        rel: resolved,
        fragment,
    })
}

/// The file an image shows and its size; images must be files of the site (no request to
/// another site).
pub(super) fn image(reading: &Reading, dest: &str) -> Result<(String, Option<(u32, u32)>), String> {
    let dest = dest.trim();
    if scheme(dest).is_some() || dest.starts_with("//") {
        return Err(format!(
            "the image `{dest}` is on another site; readers would make a request to it. Put the file in the content folder"
        ));
    }
    let resolved = resolve(reading.id, dest, dest)?;
    match (reading.asset)(&resolved) {
        Some(size) => Ok((resolved, size)),
        None => Err(format!(
            "the image `{dest}` does not exist in the content folder"
        )),
    }
}

fn resolve(id: &str, dest: &str, path: &str) -> Result<String, String> {
    let path = path.split('?').next().unwrap_or(path);
    resolve_relative(id, path).ok_or_else(|| format!("`{dest}` points outside the content folder"))
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
fn resolve_relative(id: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = if path.starts_with('/') {
        Vec::new()
    } else {
        let mut dirs: Vec<&str> = id.split('/').collect();
        dirs.pop();
        dirs
    };
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
