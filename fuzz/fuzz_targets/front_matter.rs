//! Any bytes as a page file: front matter split and parsed, dates and slugs checked, errors located.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Err(e) = senda::content::parse_page(text, Path::new("content/es/a.md"), "guias/a", "es") {
        // Rendering the error walks the file to find line and column: it must not panic either.
        let _ = e.to_string();
    }
});
