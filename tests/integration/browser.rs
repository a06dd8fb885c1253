//! The example site in a real browser: headless Chromium on a 240×320 screen and a slow 2G
//! connection (`tests/browser/check.mjs`, driven with playwright-core). Needs node, Debian's
//! chromium and `npm ci` in tests/browser; `.ci/run` installs them. Without them the test fails and
//! names what is missing: it never passes without looking.

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

/// The browser test's folder and Chromium; a failure that names them when they are missing, so
/// that a test that cannot look never passes as if it had.
pub(crate) fn tools() -> (PathBuf, PathBuf) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let browser_dir = repo.join("tests/browser");
    let chromium = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let missing = missing_tools(&browser_dir, &chromium);
    assert!(
        missing.is_empty(),
        "the browser test cannot run without {} (`bash .ci/run` installs them)",
        missing.join(", ")
    );
    (browser_dir, chromium)
}

#[test]
#[ignore = "drives Chromium: `cargo test -- --ignored` runs it"]
fn pages_load_light_and_scriptless_on_a_slow_phone() {
    let (browser_dir, chromium) = tools();
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

/// A recording as a reader meets it: `public/` served with the headers of `_headers` (a CSP
/// without `media-src` once blocked every recording), on a 240×320 screen, the player on the page
/// and on the listening page drawn at least 40 px tall (it was 0 px) and within the screen, tapped
/// and played to its end.
#[test]
#[ignore = "drives Chromium: `cargo test -- --ignored` runs it"]
fn a_reader_sees_taps_and_hears_a_recording_to_its_end() {
    let (browser_dir, chromium) = tools();
    let site = crate::support::Fixture::new("basic");
    std::fs::write(
        site.root.join("content/es/abogado.wav"),
        crate::audio::tone_wav(3.0, 22_050),
    )
    .expect("write");
    site.build();
    assert!(site.read("_headers").contains("media-src 'self'"));
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&shots).expect("screenshots folder");
    let run = Command::new("node")
        .arg(browser_dir.join("audio.mjs"))
        .arg(site.root.join("public"))
        .args(["es/abogado/", "es/listen/"])
        .env("CHROMIUM", &chromium)
        .env("SHOTS", &shots)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let said = format!("{stdout}{}", String::from_utf8_lossy(&run.stderr));
    for page in ["es/abogado/", "es/listen/"] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(&format!("{page} ")))
            .unwrap_or_else(|| panic!("{page}: no result in {said}"));
        let numbers: Vec<f64> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let [height, right, played, of] = numbers[..] else {
            panic!("{page}: {line}\n{said}");
        };
        assert!(height >= 40.0, "{page}: the player is {height} px tall");
        assert!(
            right <= 240.0,
            "{page}: the player ends at {right} px on a 240 px screen"
        );
        assert!(
            (of - 3.0).abs() < 0.1 && played >= of - 0.05,
            "{page}: played {played} s of {of} s"
        );
    }
}

/// The Spanish strings of the example, for `lang.mjs`: whole messages (and page titles) as
/// `exact`, and the words before the first placeable of the others as `prefixes`. Strings that
/// English writes the same way (`WhatsApp`) say nothing about a language, and are left out.
fn spanish_strings(repo: &std::path::Path) -> String {
    let messages = |lang: &str| -> Vec<String> {
        let mut values = Vec::new();
        for entry in std::fs::read_dir(repo.join("locales").join(lang)).expect("locales") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("ftl");
            for line in text
                .lines()
                .filter(|l| !l.starts_with(['#', ' ', '.', '*', '[']))
            {
                if let Some((_, value)) = line.split_once(" = ") {
                    values.push(value.trim().to_string());
                }
            }
        }
        values
    };
    let english = messages("en");
    let (mut exact, mut prefixes) = (Vec::new(), Vec::new());
    for value in messages("es").into_iter().filter(|v| !english.contains(v)) {
        match value.split_once('{') {
            Some((before, _)) if before.trim().chars().count() >= 10 => {
                prefixes.push(before.trim().to_string())
            }
            Some(_) => {}
            None if value.chars().count() > 3 => exact.push(value),
            None => {}
        }
    }
    for entry in std::fs::read_dir(repo.join("content/es")).expect("content/es") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
        if let Some(title) = text.lines().find_map(|l| l.strip_prefix("title = \"")) {
            exact.push(title.trim_end_matches('"').to_string());
        }
    }
    let quote = |list: &[String]| {
        let items: Vec<String> = list
            .iter()
            .map(|s| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        format!("[{}]", items.join(","))
    };
    format!(
        "{{\"exact\":{},\"prefixes\":{}}}",
        quote(&exact),
        quote(&prefixes)
    )
}

/// On every K'iche' and Mam page of the example, what is Spanish is marked Spanish (`lang="es"`):
/// menus' labels, borrowed headings, leaflet links, service names, the text view's notices. And
/// every language of the site is on the first screen at 240×320, on pages, directory pages and
/// listening pages alike.
#[test]
#[ignore = "drives Chromium: `cargo test -- --ignored` runs it"]
fn borrowed_spanish_is_marked_and_every_language_is_on_the_first_screen() {
    let (browser_dir, chromium) = tools();
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temp");
    let public = out.path().join("public");
    crate::support::build_example(&public);
    let strings = out.path().join("spanish.json");
    std::fs::write(&strings, spanish_strings(&repo)).expect("write strings");
    let (mut pages, mut texts) = (Vec::new(), Vec::new());
    for lang in ["quc", "mam"] {
        for entry in walkdir::WalkDir::new(public.join(lang)) {
            let path = entry.expect("walk").into_path();
            let rel = path
                .strip_prefix(&public)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            if rel.ends_with("/index.html") {
                pages.push(rel.trim_end_matches("index.html").to_string());
            } else if rel.ends_with("/text.html") {
                texts.push(rel);
            }
        }
    }
    let languages = "4";
    for (list, count) in [(&pages, languages), (&texts, "0")] {
        let run = Command::new("node")
            .arg(browser_dir.join("lang.mjs"))
            .arg(&public)
            .arg(&strings)
            .arg(count)
            .args(list.iter())
            .env("CHROMIUM", &chromium)
            .output()
            .expect("run node");
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(
            stdout.contains(&format!("checked {} pages", list.len())),
            "{stdout}{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let problems: Vec<&str> = stdout
            .lines()
            .filter(|l| !l.starts_with("checked"))
            .collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
    assert!(pages.len() > 20, "{} pages", pages.len());
}

/// A page a catalogue translates in part, in Chromium at 240×320: the three translated messages
/// are in K'iche', the Spanish left untranslated is marked Spanish, on the page and in its text
/// view, as a screen reader reads them.
#[test]
#[ignore = "drives Chromium: `cargo test -- --ignored` runs it"]
fn a_page_translated_in_part_marks_its_spanish_in_a_real_browser() {
    use crate::catalogues::{LEFT, TRANSLATED, run_po, translate};
    let (browser_dir, chromium) = tools();
    let site = crate::support::Fixture::new("leaflets");
    run_po(&site);
    translate(&site, "quc", &TRANSLATED);
    site.build();
    let quoted = |list: Vec<&str>| {
        let items: Vec<String> = list.iter().map(|s| format!("{s:?}")).collect();
        format!("[{}]", items.join(","))
    };
    let own: Vec<&str> = TRANSLATED.iter().map(|(_, words)| *words).collect();
    let json = format!(
        "{{\"exact\":[],\"prefixes\":{},\"own\":{}}}",
        quoted(LEFT.to_vec()),
        quoted(own)
    );
    let strings = site.root.join("strings.json");
    std::fs::write(&strings, json).expect("write strings");
    for (page, languages) in [("quc/corto/", "4"), ("quc/corto/text.html", "0")] {
        let run = Command::new("node")
            .arg(browser_dir.join("lang.mjs"))
            .arg(site.root.join("public"))
            .arg(&strings)
            .arg(languages)
            .arg(page)
            .env("CHROMIUM", &chromium)
            .output()
            .expect("run node");
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(
            stdout.trim_end().ends_with("checked 1 pages") && stdout.lines().count() == 1,
            "{page}:\n{stdout}{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}
