//! Fitted images kept between builds, beside the site (`.senda-cache/images/`).

use std::path::PathBuf;

use super::{Fit, fit, fits};

/// The names a kept copy may have after its key: what kind of copy it is is in its name.
const KINDS: [(&str, Option<&str>, bool); 5] = [
    ("same", None, false),
    ("jpg", Some("jpg"), false),
    ("png", Some("png"), false),
    ("still.jpg", Some("jpg"), true),
    ("still.png", Some("png"), true),
];

/// Fitted images kept between builds, by the hash of the original, the budget and the pixel limit.
#[derive(Debug, Clone, Default)]
pub struct Fitted {
    folder: Option<PathBuf>,
}

impl Fitted {
    /// Fitted images kept in `folder` (a cache: it only ever gains files).
    pub fn in_folder(folder: PathBuf) -> Fitted {
        Fitted {
            folder: Some(folder),
        }
    }

    /// [`fit`], taking the result from the folder when this image was fitted before.
    pub fn fit(&self, path: &str, bytes: &[u8], budget: usize, megapixels: u32) -> Option<Fit> {
        if bytes.len() <= budget || !fits(path) {
            return None;
        }
        let key = {
            use std::hash::Hasher;
            // "3": copies may change format (a PNG photo becomes JPEG, a GIF gives a still) and
            // transparent ones may have 256 colours.
            let mut key = crate::digest::Key::new("fitted image 3");
            key.write(bytes);
            key.write(&(budget as u64).to_le_bytes());
            key.write(&megapixels.to_le_bytes());
            key.hex()
        };
        let file = |kind: &str| {
            self.folder
                .as_ref()
                .map(|f| f.join(format!("{key}.{kind}")))
        };
        for (kind, ext, still) in KINDS {
            if let Some(bytes) = file(kind).and_then(|f| std::fs::read(f).ok()) {
                return Some(Fit { bytes, ext, still });
            }
        }
        let fitted = fit(path, bytes, budget, megapixels)?;
        let kind = KINDS
            .iter()
            .find(|(_, ext, still)| *ext == fitted.ext && *still == fitted.still)
            .map_or("same", |k| k.0);
        if let Some(file) = file(kind) {
            // Only a cache: an image that cannot be kept is fitted again next time.
            let _ = file.parent().map(std::fs::create_dir_all);
            let _ = std::fs::write(file, &fitted.bytes);
        }
        Some(fitted)
    }
}
