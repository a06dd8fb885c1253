//! Any bytes as a page file: front matter split and parsed, dates and slugs checked, the body
//! read into its document, errors located.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use senda::content::{PageFile, parse_page};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let file = PageFile {
        shown: Path::new("content/es/a.md"),
        id: "guias/a",
        lang: "es",
        apostrophe_is_letter: false,
        allow_raw_html: false,
        base_url: "https://example.test/",
        asset: &|_| None,
    };
    if let Err(e) = parse_page(text, &file) {
        // Rendering the error walks the file to find line and column: it must not panic either.
        let _ = e.to_string();
    }
});
