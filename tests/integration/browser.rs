//! The example site in a real browser: headless Chromium on a 240×320 screen and a slow 2G
//! connection (`tests/browser/check.mjs`, driven with playwright-core). Needs node, Debian's
//! chromium and `npm ci` in tests/browser; `.ci/run` installs them. Without them the test says so
//! loudly, and fails under CI.

use std::path::{Path, PathBuf};
use std::process::Command;

fn missing_tools(browser_dir: &Path, chromium: &Path) -> Vec<String> {
    let mut missing = Vec::new();
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("node".to_string());
    }
    if !chromium.is_file() {
        missing.push(format!("chromium at {}", chromium.display()));
    }
    if !browser_dir.join("node_modules/playwright-core").is_dir() {
        missing.push("playwright-core (run `npm ci` in tests/browser)".to_string());
    }
    missing
}

/// The browser test's folder and Chromium; `None`, said loudly, when they are missing (and a
/// failure under CI).
fn tools() -> Option<(PathBuf, PathBuf)> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let browser_dir = repo.join("tests/browser");
    let chromium = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let missing = missing_tools(&browser_dir, &chromium);
    if !missing.is_empty() {
        let message = format!("BROWSER TEST NOT RUN: missing {}", missing.join(", "));
        assert!(std::env::var_os("CI").is_none(), "{message}");
        eprintln!("\n*** {message} ***\n");
        return None;
    }
    Some((browser_dir, chromium))
}

#[test]
fn pages_load_light_and_scriptless_on_a_slow_phone() {
    let Some((browser_dir, chromium)) = tools() else {
        return;
    };
    let out = tempfile::tempdir().expect("temp");
    let public = out.path().join("public");
    crate::support::build_example(&public);
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    // Budget: 14 KB of page plus room for the response headers.
    let mut stdout_all = String::new();
    for (budget, pages) in [
        (
            "15360",
            &[
                "es/",
                "es/abogado/",
                "en/lawyer/",
                "quc/ninos-solos/",
                "es/pedir-proteccion/",
                "mam/trata/",
                "es/directory/mx/",
                "index.html",
            ][..],
        ),
        ("103424", &["es/offline.html"][..]),
    ] {
        let run = Command::new("node")
            .arg(browser_dir.join("check.mjs"))
            .arg(&public)
            .arg(&shots)
            .arg(budget)
            .args(pages)
            .env("CHROMIUM", &chromium)
            .output()
            .expect("run node");
        let stdout = String::from_utf8_lossy(&run.stdout);
        let stderr = String::from_utf8_lossy(&run.stderr);
        println!("{stdout}");
        stdout_all.push_str(&stdout);
        assert!(run.status.success(), "{stdout}\n{stderr}");
        assert_eq!(
            stdout.lines().filter(|l| l.contains("bytes in")).count(),
            pages.len(),
            "{stdout}"
        );
    }
    assert!(shots.join("es_abogado-240x320.png").is_file());
    // WCAG 3.1.2 in the browser: a K'iche' page's Spanish site name is read as Spanish.
    let read_as = |page: &str| {
        stdout_all
            .lines()
            .find(|l| l.starts_with(page))
            .and_then(|l| l.split("site name read as ").nth(1))
            .and_then(|rest| rest.split(',').next())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(read_as("quc/ninos-solos/:"), "es", "{stdout_all}");
    assert_eq!(read_as("en/lawyer/:"), "en", "{stdout_all}");

    // The "text only" link and the text file, from a server that names no charset.
    let run = Command::new("node")
        .arg(browser_dir.join("text.mjs"))
        .arg(&public)
        .arg(&shots)
        .args([
            "es/abogado/text.html=Por qué es importante tener un abogado",
            "es/abogado/index.txt=Por qué es importante tener un abogado",
            "quc/abogado/text.html=Ri to'b'al rech jun abogado",
        ])
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert_eq!(stdout.lines().filter(|l| l.contains("px wide")).count(), 3);
}

/// Chromium plays what senda encodes: the page's <audio> element reads the recording's length.
#[test]
fn the_browser_reads_a_recording() {
    let Some((browser_dir, chromium)) = tools() else {
        return;
    };
    let site = crate::support::Fixture::new("basic");
    std::fs::write(
        site.root.join("content/es/abogado.wav"),
        crate::audio::tone_wav(7.0, 22_050),
    )
    .expect("write");
    site.build();
    let run = Command::new("node")
        .arg(browser_dir.join("audio.mjs"))
        .arg(site.root.join("public"))
        .arg("es/abogado/")
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let seconds: f64 = stdout
        .trim()
        .strip_prefix("duration ")
        .and_then(|d| d.parse().ok())
        .unwrap_or(-9.0);
    assert!(
        (seconds - 7.0).abs() < 0.1,
        "Chromium read {seconds} s: {stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
