//! The `.gz` and `.br` copies beside every text file, and those a finished build already holds.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use rayon::prelude::*;

use super::{Bytes, Output};

/// Gzip at the highest level: what a server sends and what a reader pays for.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// The size after gzip at the default level: within a percent of the best level, several times
/// faster, for budgets when the build makes no `.gz` files.
pub fn gzip_size(bytes: &[u8]) -> usize {
    thread_local! {
        // One compressor per thread, reset between pages: a new one allocates and clears its
        // whole window every time, which cost more than the compressing itself.
        static DEFLATE: std::cell::RefCell<(flate2::Compress, Vec<u8>)> =
            std::cell::RefCell::new((flate2::Compress::new(flate2::Compression::default(), false), Vec::new()));
    }
    DEFLATE.with(|cell| {
        let (deflate, out) = &mut *cell.borrow_mut();
        deflate.reset();
        out.clear();
        out.reserve(bytes.len() + 1024);
        match deflate.compress_vec(bytes, out, flate2::FlushCompress::Finish) {
            // Raw deflate plus gzip's 10-byte header and 8-byte trailer.
            Ok(flate2::Status::StreamEnd) => out.len() + 18,
            _ => gzip(bytes).len(),
        }
    })
}

/// Brotli at quality 5: measured on a 921-page site (guide/developers/performance.md), quality 11 made files
/// 9.6% smaller than quality 5 for 43 times the time, and took most of every first build; 5 is
/// where the curve bends (4 is 5% larger, 6 to 9 are no smaller).
const BROTLI_QUALITY: i32 = 5;

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Whether a file is text worth sending compressed.
pub fn is_compressible(path: &str) -> bool {
    matches!(
        path.rsplit('.').next().unwrap_or_default(),
        "html" | "css" | "xml" | "txt"
    )
}

/// `.gz` and `.br` beside every HTML, CSS, XML and text file, for servers that send them as they
/// are (nginx `gzip_static`, Caddy `precompressed`).
pub fn precompress(outputs: &[Output], known: &Compressed) -> Vec<Output> {
    use std::sync::atomic::Ordering;
    outputs
        .par_iter()
        .filter(|o| is_compressible(&o.path))
        .flat_map_iter(|output| {
            let (gz, br) = known
                .get(&content_key(&output.bytes))
                .cloned()
                .unwrap_or_else(|| {
                    TEXTS_COMPRESSED.fetch_add(1, Ordering::Relaxed);
                    (gzip(&output.bytes).into(), brotli(&output.bytes).into())
                });
            [
                Output {
                    path: format!("{}.gz", output.path),
                    bytes: gz,
                },
                Output {
                    path: format!("{}.br", output.path),
                    bytes: br,
                },
            ]
        })
        .collect()
}

/// How many texts have been compressed in this process: what shows that `check`, which writes
/// nothing, compresses nothing.
static TEXTS_COMPRESSED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The number of texts compressed so far in this process.
pub fn texts_compressed() -> usize {
    TEXTS_COMPRESSED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compressed forms of texts already compressed once, by a hash of the text: brotli at its best
/// level is the slowest thing a build does, and most pages do not change between builds.
pub type Compressed = std::collections::HashMap<[u8; 32], (Bytes, Bytes)>;

/// The key of a text in [`Compressed`].
pub fn content_key(bytes: &[u8]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).into()
}

/// What a finished build's `.gz` and `.br` files already hold, read from the output folder.
pub fn compressed_in(dir: &Path) -> Compressed {
    let files: Vec<PathBuf> = WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "html" || x == "css" || x == "xml" || x == "txt")
        })
        .collect();
    files
        .par_iter()
        .filter_map(|p| {
            let text = std::fs::read(p).ok()?;
            let gz = std::fs::read(format!("{}.gz", p.display())).ok()?;
            let br = std::fs::read(format!("{}.br", p.display())).ok()?;
            Some((content_key(&text), (gz.into(), br.into())))
        })
        .collect()
}
