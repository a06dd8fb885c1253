//! The assets stage, between finding a site's files and reading its pages: photos over the image
//! budget get a smaller copy to publish, and pages' recordings are encoded small. Both are kept
//! beside the site (`.senda-cache/`) by a key of what they were made from, so a build makes each
//! once.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::audio::Recording;
use crate::config::Config;
use crate::content::Asset;
use crate::diagnostics::Diagnostic;

/// Every image checked before anything is decoded (within `[limits] image_megapixels` by its
/// header; an SVG with nothing that runs or loads); then photos over the image budget get a
/// smaller copy, made once and kept beside the site, at most [`IMAGES_AT_ONCE`] at a time (a
/// photo saved as PNG becomes JPEG; an animation gets a still).
///
/// [`IMAGES_AT_ONCE`]: crate::limits::IMAGES_AT_ONCE
pub fn fit(config: &Config, assets: &mut [Asset]) -> Vec<Diagnostic> {
    let budget = (config.budgets.image_kb * 1024.0) as usize;
    let megapixels = config.limits.image_megapixels;
    let kept = crate::images::Fitted::in_folder(config.root.join(".senda-cache").join("images"));
    let checked: Vec<Vec<Diagnostic>> = assets
        .par_iter()
        .map(|asset| {
            let shown = asset.file.strip_prefix(&config.root).unwrap_or(&asset.file);
            crate::images::check(&asset.file, shown, megapixels)
        })
        .collect();
    let taken: HashSet<(String, String)> = assets
        .iter()
        .map(|a| (a.lang.clone(), a.rel.clone()))
        .collect();
    let over: Vec<&mut Asset> = assets
        .iter_mut()
        .zip(&checked)
        .filter(|(asset, problems)| {
            problems.is_empty()
                && std::fs::metadata(&asset.file).is_ok_and(|m| m.len() as usize > budget)
        })
        .map(|(asset, _)| asset)
        .collect();
    let fit = |asset: &mut Asset| {
        let Ok(bytes) = std::fs::read(&asset.file) else {
            return;
        };
        if let Some(fitted) = kept.fit(&asset.rel, &bytes, budget, megapixels) {
            asset.fitted_as = fitted.ext.map(|ext| {
                fitted_name(&asset.rel, ext, fitted.still, |rel| {
                    taken.contains(&(asset.lang.clone(), rel.to_string()))
                })
            });
            asset.moving = fitted.still;
            asset.fitted = Some(Arc::new(fitted.bytes));
        }
    };
    // A decoded photo takes hundreds of megabytes: a pool of its own keeps how many are held at
    // once to the limit, however many cores the machine has.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(crate::limits::IMAGES_AT_ONCE)
        .thread_name(|i| format!("senda-images-{i}"))
        .build();
    match pool {
        Ok(pool) => pool.install(|| over.into_par_iter().for_each(fit)),
        Err(_) => over.into_iter().for_each(fit),
    }
    checked.into_iter().flatten().collect()
}

/// Where a copy in another format is published, beside the file: `foto.png` → `foto.jpg`, or
/// `foto.png.jpg` when the folder has a `foto.jpg` of its own; an animation's still
/// `anim.gif` → `anim.still.png`.
fn fitted_name(rel: &str, ext: &str, still: bool, taken: impl Fn(&str) -> bool) -> String {
    let stem = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
    let name = match still {
        true => format!("{stem}.still.{ext}"),
        false => format!("{stem}.{ext}"),
    };
    match taken(&name) {
        true => format!("{rel}.{ext}"),
        false => name,
    }
}

/// Each page's recording encoded at the site's bit rate, by (language, page id); a file that cannot
/// be published is a problem at its path.
pub fn encode(
    config: &Config,
    audio: &[(Asset, String)],
) -> (BTreeMap<(String, String), Recording>, Vec<Diagnostic>) {
    let kept = crate::audio::Kept::in_folder(config.root.join(".senda-cache").join("audio"));
    let kbps = config.budgets.audio_kbps;
    let made: Vec<_> = audio
        .par_iter()
        .map(|(a, id)| {
            let shown = Path::new("content").join(&a.lang).join(&a.rel);
            let max = config.limits.recording_minutes;
            (a, id, kept.recording(&a.file, &shown, kbps, max), shown)
        })
        .collect();
    let mut recordings = BTreeMap::new();
    let mut problems = Vec::new();
    for (asset, id, made, shown) in made {
        match made {
            Ok(recording) => {
                recordings.insert((asset.lang.clone(), id.clone()), recording);
            }
            Err(why) => problems.push(Diagnostic::in_file(&shown, why)),
        }
    }
    (recordings, problems)
}
