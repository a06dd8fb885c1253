//! Any text as a page body: Markdown with link rewriting, callout and contact blocks, raw HTML
//! sanitising, and the same text as leaflet markup.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use senda::leaflet::markup::{Labels, body};
use senda::markdown::{AssetRef, Context, Source, render};

struct Site;

impl Context for Site {
    fn page_url(&self, id: &str, fragment: Option<&str>) -> Option<String> {
        (id.len() < 8).then(|| format!("../{id}/#{}", fragment.unwrap_or_default()))
    }
    fn asset(&self, rel: &str) -> Option<AssetRef> {
        rel.ends_with(".png").then(|| AssetRef {
            url: format!("../{rel}"),
            size: Some((10, 10)),
        })
    }
    fn text(&self, id: &str) -> String {
        id.to_string()
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let file = format!("+++\ntitle = \"x\"\n+++\n{text}");
    let source = Source {
        shown: Path::new("content/quc/a.md"),
        file: &file,
        body_start: file.len() - text.len(),
        id: "guias/a",
        apostrophe_is_letter: flags & 1 == 1,
        id_prefix: if flags & 2 == 2 { "p-a-" } else { "" },
        allow_raw_html: false,
    };
    match render(&source, &Site) {
        Ok(rendered) => assert!(!rendered.html.contains("<script"), "a script got through"),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    let labels = Labels {
        callout_important: "Important".into(),
        callout_danger: "Danger".into(),
        phone: "Phone".into(),
        hours: "Hours".into(),
        address: "Address".into(),
        placeholder: "Placeholder".into(),
    };
    if senda::leaflet::markup::fits_typst(&text) {
        let _ = body(&text, flags & 1 == 1, &labels);
    }
});
