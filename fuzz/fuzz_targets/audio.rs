//! Any bytes as a recording: the first byte picks the file type senda is told it is (a WAV named
//! `.mp3` happens), the rest is the file. Whatever the header declares, decoding must end in a
//! recording or a plain error, within libFuzzer's memory and time limits (run with
//! `-rss_limit_mb=512 -timeout=20`): a 40 KB file declaring 1 Hz once decoded to 1.28 GB.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static QUIET: std::sync::Once = std::sync::Once::new();
    // senda turns a decoder's panic into an error about the file; libFuzzer's hook would abort
    // first. A panic that escapes senda still aborts the run, as it should.
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let Some((&kind, file)) = data.split_first() else {
        return;
    };
    let extension = senda::audio::EXTENSIONS[usize::from(kind) % senda::audio::EXTENSIONS.len()];
    if let Ok(encoded) = senda::audio::transcode(file, extension, 20, 1) {
        assert!(encoded.seconds <= 61.0, "{} s past the 1-minute limit", encoded.seconds);
    }
});
