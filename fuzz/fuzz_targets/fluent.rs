//! Any text as a translator's `.ftl` file: parsed, errors located, every message formatted.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = senda::i18n::try_file(Path::new("locales/quc/main.ftl"), &text) {
        let _ = e.to_string();
    }
});
