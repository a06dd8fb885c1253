//! An image over the image budget, in words that are true for it: what senda did with it (made
//! it smaller and in which format, or could not) and what the writer can do about it.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::content::Asset;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// The site's files by where they are published, to tell what became of each image.
pub(super) struct Images<'a> {
    site: &'a Site,
    /// Published path → the file it was made from, and whether it is an animation behind a link.
    by_path: HashMap<String, (&'a Asset, bool)>,
}

impl<'a> Images<'a> {
    pub(super) fn of(site: &'a Site) -> Self {
        let mut by_path = HashMap::new();
        for asset in &site.content.assets {
            let at = |rel: &str| match asset.lang.as_str() {
                "/" => rel.to_string(),
                lang => format!("{lang}/{rel}"),
            };
            by_path.insert(at(asset.published()), (asset, false));
            if asset.moving {
                by_path.insert(at(&asset.rel), (asset, true));
            }
        }
        Images { site, by_path }
    }

    /// The warning for the image published at `path`, weighing `size` bytes over the budget;
    /// none for an animation, which pages show as a still and link to with its weight.
    pub(super) fn over(&self, path: &str, size: usize) -> Option<Diagnostic> {
        let budget = self.site.config.budgets.image_kb.to_string();
        let kb = format!("{:.1}", size as f64 / 1024.0);
        let Some(&(asset, moving)) = self.by_path.get(path) else {
            let format = format_name(path);
            let message = crate::said!(
                "budget-image-kept",
                kb = kb,
                budget = budget,
                format = format
            );
            return Some(Diagnostic::in_file(&PathBuf::from(path), message).warning());
        };
        if moving {
            return None;
        }
        let format = format_name(asset.published());
        let message = match &asset.fitted {
            None if !crate::images::fits(&asset.rel) => {
                crate::said!(
                    "budget-image-kept",
                    kb = kb,
                    budget = budget,
                    format = format
                )
            }
            None => crate::said!("budget-image-unfitted", kb = kb, budget = budget),
            Some(bytes) => {
                let (width, height) = imagesize::blob_size(bytes)
                    .map_or((0, 0), |s| (s.width as u64, s.height as u64));
                let (width, height) = (width.to_string(), height.to_string());
                match format == "PNG" {
                    true => crate::said!(
                        "budget-image-transparent",
                        kb = kb,
                        budget = budget,
                        width = width,
                        height = height
                    ),
                    false => crate::said!(
                        "budget-image-smallest",
                        kb = kb,
                        budget = budget,
                        width = width,
                        height = height,
                        format = format
                    ),
                }
            }
        };
        Some(Diagnostic::in_file(&self.source(asset), message).warning())
    }

    /// The file an image was published from: a language folder's, or the theme's `static/` one.
    fn source(&self, asset: &Asset) -> PathBuf {
        let root = &self.site.config.root;
        asset
            .file
            .strip_prefix(root)
            .map_or_else(|_| asset.file.clone(), |p| p.to_path_buf())
    }
}

/// An image format's name as writers know it, from a file name.
fn format_name(name: &str) -> String {
    let ext = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => "JPEG".to_string(),
        other => other.to_ascii_uppercase(),
    }
}
