//! Any text as a page body: read into its document (links, callout and contact blocks), then
//! written as HTML (raw HTML sanitised), as the plain text version and as leaflet markup.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use senda::leaflet::markup::{Context, body, fits_typst};
use senda::markdown::{Labels, Link, Reading, Resolve, Style, Target, read, to_html, to_plain};
use senda::said::Said;

struct Site;

impl Resolve for Site {
    fn page(&self, link: &Link) -> Result<String, Said> {
        match &link.target {
            Target::Page { id, .. } | Target::Address { path: id, .. } if id.len() < 8 => {
                Ok(format!("../{id}/"))
            }
            _ => Err(Said::verbatim("no such page")),
        }
    }
    fn asset(&self, rel: &str) -> Option<String> {
        rel.ends_with(".png").then(|| format!("../{rel}"))
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let file = format!("+++\ntitle = \"x\"\n+++\n{text}");
    let shown = Path::new("content/quc/a.md");
    let asset = |rel: &str| rel.ends_with(".png").then_some(Some((10, 10)));
    let reading = Reading {
        shown,
        file: &file,
        body_start: file.len() - text.len(),
        id: "guias/a",
        apostrophe_is_letter: flags & 1 == 1,
        title: None,
        allow_raw_html: false,
        base_url: "https://example.test/",
        asset: &asset,
        foreign: None,
    };
    let doc = match read(&reading) {
        Ok(doc) => doc,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let labels = Labels::from_texts(["I", "D", "P", "H", "A", "X"].map(String::from));
    let style = Style {
        id_prefix: if flags & 2 == 2 { "p-a-" } else { "" },
        allow_raw_html: false,
    };
    match to_html(&doc, (shown, &file), &Site, &labels, style) {
        Ok(html) => assert!(!html.contains("<script"), "a script got through"),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    // The text version people forward: the whole page, whatever it holds.
    let _ = to_plain(&doc, &file, &Site, &labels);
    if fits_typst(&doc) {
        let _ = body(&doc, &file, &Context::plain(&labels, &[]));
    }
});
