//! What each reader pays: every HTML page's size after gzip and every image's size, against the
//! budgets in `senda.toml`. A page over budget is a warning for `build` and an error for `check`;
//! an image over it is a warning for both (the page still works; the message says what senda did
//! and what the writer can do, see [`images`]).

mod images;

use images::Images;

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::output::{self, Output};
use crate::site::Site;

/// One warning per page or image over its budget, naming the source file where there is one.
pub fn check(site: &Site, outputs: &[Output]) -> Vec<Diagnostic> {
    let budgets = site.config.budgets;
    let page_limit = (budgets.page_kb * 1024.0) as usize;
    let image_limit = (budgets.image_kb * 1024.0) as usize;
    // The `.gz` siblings, where the build made them, are exactly what a server sends.
    let compressed: HashMap<&str, usize> = outputs
        .iter()
        .filter_map(|o| o.path.strip_suffix(".gz").map(|p| (p, o.bytes.len())))
        .collect();
    let sizes: Vec<usize> = outputs
        .par_iter()
        .map(|o| match compressed.get(o.path.as_str()) {
            Some(size) => *size,
            // Compressing never makes a page bigger than the budget if it already fits uncompressed.
            None if o.path.ends_with(".html") && o.bytes.len() + 18 > page_limit => {
                output::gzip_size(&o.bytes)
            }
            None if o.path.ends_with(".html") => o.bytes.len(),
            None => 0,
        })
        .collect();
    let mut warnings = recordings(site, outputs);
    let images = Images::of(site);
    for (out, size) in outputs.iter().zip(sizes) {
        let ext = out
            .path
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if ext == "html" && !out.path.ends_with("offline.html") {
            if size > page_limit {
                let source = source_of(site, &out.path);
                let message = crate::said!(
                    "budget-page",
                    path = &out.path,
                    kb = format!("{:.1}", size as f64 / 1024.0),
                    budget = budgets.page_kb.to_string(),
                    file = source.display().to_string()
                );
                warnings.push(Diagnostic::in_file(&source, message).warning());
            }
        } else if matches!(
            ext.as_str(),
            "png" | "jpg" | "jpeg" | "gif" | "webp" | "svg" | "avif"
        ) && out.bytes.len() > image_limit
        {
            warnings.extend(images.over(&out.path, out.bytes.len()));
        }
    }
    warnings
}

/// Recordings over the per-page audio budget, named by the file they were made from.
fn recordings(site: &Site, outputs: &[Output]) -> Vec<Diagnostic> {
    let budget = site.config.budgets.audio_kb;
    let limit = (budget * 1024.0) as usize;
    let over: Vec<&Output> = outputs
        .iter()
        .filter(|o| o.path.ends_with(".opus") && o.bytes.len() > limit)
        .collect();
    if over.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(path) = crate::site::paths::recording_path(site, route) else {
            continue;
        };
        let Some(out) = over.iter().find(|o| o.path == path) else {
            continue;
        };
        let key = (route.content_lang.clone(), route.id.clone());
        if let Some(recording) = site.content.recordings.get(&key) {
            found.push(
                Diagnostic::in_file(
                    &recording.shown,
                    crate::said!(
                        "budget-recording",
                        kb = format!("{:.0}", out.bytes.len() as f64 / 1024.0),
                        budget = budget.to_string()
                    ),
                )
                .warning(),
            );
        }
    }
    found
}

/// The Markdown file a page was made from, or the output path itself.
fn source_of(site: &Site, output_path: &str) -> PathBuf {
    let dir = output_path.trim_end_matches("index.html");
    site.routes
        .iter()
        .find(|r| r.path == dir)
        .and_then(|r| site.page(r))
        .map_or_else(|| PathBuf::from(output_path), |p| p.shown.clone())
}
