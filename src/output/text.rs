//! Each page's text version beside it, to share and to read on the smallest screens.

use rayon::prelude::*;

use super::{Output, minify};
use crate::diagnostics::Result;
use crate::render::{RenderedPage, Theme};
use crate::site::Site;

/// The text version of every page, beside it: `index.txt` to share and download (a byte-order
/// mark first, so that a server that names no charset still shows its accents), and `text.html`
/// to read it on a small screen, which is what the page's "text only" link opens. Two files per
/// page, in the pages' order.
pub fn texts(site: &Site, theme: &Theme, rendered: &[RenderedPage]) -> Result<Vec<Output>> {
    let pairs: Vec<[Output; 2]> = rendered
        .par_iter()
        .map(|p| {
            let parts = crate::render::text_parts(site, &p.route)?;
            let text: String = parts.iter().map(|(_, t)| t.as_str()).collect();
            let view = crate::render::text_view(site, theme, &p.route.content_lang, &parts)?;
            Ok([
                Output {
                    path: format!("{}index.txt", p.route.path),
                    bytes: format!("\u{feff}{text}").into_bytes().into(),
                },
                Output {
                    path: format!("{}text.html", p.route.path),
                    bytes: minify(&view).into(),
                },
            ])
        })
        .collect::<Result<_>>()?;
    Ok(pairs.into_iter().flatten().collect())
}
