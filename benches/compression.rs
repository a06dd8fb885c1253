//! Bytes saved against time spent, for each gzip level and brotli quality senda could precompress
//! with, on the text files of a built site (`cargo bench --bench compression -- PUBLIC_DIR`).
//! Single-threaded, so that the figures compare the levels and not the machine's load.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

fn texts(dir: &PathBuf) -> Vec<Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            [".html", ".txt", ".xml", ".css"]
                .iter()
                .any(|x| name.ends_with(x))
        })
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect()
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map_or_else(|| PathBuf::from("public"), PathBuf::from);
    let files = texts(&dir);
    let raw: usize = files.iter().map(Vec::len).sum();
    println!(
        "{} text files, {:.1} MB, from {}",
        files.len(),
        raw as f64 / 1e6,
        dir.display()
    );
    println!(
        "{:<12} {:>12} {:>8} {:>10}",
        "codec", "bytes", "ratio", "seconds"
    );
    for level in [6, 9] {
        let started = Instant::now();
        let bytes: usize = files
            .iter()
            .map(|f| {
                let mut e =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
                let _ = e.write_all(f);
                e.finish().map_or(0, |v| v.len())
            })
            .sum();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{:<12} {bytes:>12} {:>8.3} {secs:>10.3}",
            format!("gzip {level}"),
            bytes as f64 / raw as f64
        );
    }
    for quality in [5, 7, 9, 10, 11] {
        let params = brotli::enc::BrotliEncoderParams {
            quality,
            lgwin: 22,
            ..Default::default()
        };
        let started = Instant::now();
        let bytes: usize = files
            .iter()
            .map(|f| {
                let mut out = Vec::new();
                let _ = brotli::BrotliCompress(&mut &f[..], &mut out, &params);
                out.len()
            })
            .sum();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{:<12} {bytes:>12} {:>8.3} {secs:>10.3}",
            format!("brotli {quality}"),
            bytes as f64 / raw as f64
        );
    }
}
