//! The theme's `static/` files, the content's own files and the pages' recordings, as published.

use super::Output;
use crate::diagnostics::{Error, Result};
use crate::site::Site;

/// The theme's `static/` files at the site root, and the content's own files (images, PDFs)
/// beside the pages of their language.
pub fn files(site: &Site) -> Result<Vec<Output>> {
    // Photos a page asks to link to their originals (`originals = true`).
    let mut originals = std::collections::HashSet::new();
    for page in site.content.all().filter(|p| p.front.originals) {
        crate::markdown::each_inline(&page.document.blocks, &mut |inline| {
            if let crate::markdown::Inline::Image(image) = inline {
                originals.insert((page.lang.as_str(), image.rel.as_str()));
            }
        });
    }
    let mut out = Vec::new();
    // The theme's `static/` files are assets at the site's root (`/`); photos over budget are
    // published as their fitted copies, where those are (`foto.png` saved as `foto.jpg`).
    for asset in &site.content.assets {
        let at = |rel: &str| match asset.lang.as_str() {
            "/" => rel.to_string(),
            lang => format!("{lang}/{rel}"),
        };
        let path = at(asset.published());
        let bytes = asset.bytes().map_err(Error::io("read", &asset.file))?;
        let original = || std::fs::read(&asset.file).map_err(Error::io("read", &asset.file));
        if asset.moving {
            // The animation, behind the link under its still.
            out.push(Output {
                path: at(&asset.rel),
                bytes: original()?.into(),
            });
        } else if asset.fitted.is_some()
            && originals.contains(&(asset.lang.as_str(), asset.rel.as_str()))
        {
            out.push(Output {
                path: crate::site::paths::original_path(&at(&asset.rel)),
                bytes: original()?.into(),
            });
        }
        out.push(Output { path, bytes });
    }
    // Each page's recording, in its own language's folder (and so in that language's zip).
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(path) = crate::site::paths::recording_path(site, route) else {
            continue;
        };
        let key = (route.content_lang.clone(), route.id.clone());
        if let Some(recording) = site.content.recordings.get(&key) {
            out.push(Output {
                path,
                bytes: recording.bytes.clone(),
            });
        }
    }
    Ok(out)
}
