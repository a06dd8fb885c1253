//! Broken sites: each case under `tests/fixtures/invalid/` is laid over the `basic` fixture. The
//! build must fail with every message listed in the case's `expected.txt` (file:line:col and
//! words), never panic, and leave the previous output byte for byte as it was.

use std::path::{Path, PathBuf};

use crate::support::Fixture;

#[test]
fn each_broken_site_fails_with_located_messages_and_keeps_the_previous_output() {
    let cases = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut names: Vec<_> = std::fs::read_dir(&cases)
        .expect("tests/fixtures/invalid")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the corpus of broken sites is there");
    // Each case is a site of its own: they run side by side, a thread per core.
    let queue = std::sync::Mutex::new(names);
    let failures = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().expect("the queue").pop();
                    let Some(case) = next else { break };
                    let found = broken_case(&case);
                    failures.lock().expect("the failures").extend(found);
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("the failures");
    failures.sort();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// One broken site: the build and check fail with every expected message, nothing panics, and
/// the previous output stays as it was. What went otherwise, in words.
fn broken_case(case: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let site = Fixture::new("basic");
    site.build();
    let before = site.snapshot();
    site.overlay(case);
    let out = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let expected = std::fs::read_to_string(case.join("expected.txt")).expect("expected.txt");
    if out.status.code() != Some(1) {
        failures.push(format!(
            "{name}: exit code {:?}, stderr:\n{stderr}",
            out.status.code()
        ));
    }
    if stderr.contains("panicked") {
        failures.push(format!("{name}: panicked:\n{stderr}"));
    }
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        if !stderr.contains(line) {
            failures.push(format!("{name}: expected `{line}` in:\n{stderr}"));
        }
    }
    if site.snapshot() != before {
        failures.push(format!("{name}: the previous output changed"));
    }
    // check finds the same problem, and fails too.
    let check = site.run(&["check"]);
    let check_err = String::from_utf8_lossy(&check.stdout);
    if check.status.code() != Some(1) || check_err.contains("panicked") {
        failures.push(format!(
            "{name}: check exit {:?}:\n{check_err}",
            check.status.code()
        ));
    }
    for line in expected
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("problems found"))
    {
        if !check_err.contains(line) {
            failures.push(format!(
                "{name}: check did not report `{line}`:\n{check_err}"
            ));
        }
    }
    failures
}

/// Pages too large or too deep to be fixtures on disk are written by the test itself.
#[test]
fn huge_and_deeply_nested_pages_fail_cleanly() {
    let huge = || {
        format!(
            "+++\ntitle = \"Enorme\"\nupdated = 2026-11-03\n+++\n{}",
            "Una frase corta para llenar.\n".repeat(50 * 1024 * 1024 / 29)
        )
    };
    let quotes = || {
        format!(
            "+++\ntitle = \"Citas\"\nupdated = 2026-11-03\n+++\n{}x\n",
            "> ".repeat(10_000)
        )
    };
    let lists = |levels: usize| {
        format!(
            "+++\ntitle = \"Listas\"\nupdated = 2026-11-03\nleaflet = {{ layouts = [\"trifold\"] }}\n+++\n{}x\n",
            "- ".repeat(levels)
        )
    };
    let too_deep_to_print = || lists(40);
    // The page's own error comes when it is read, before anything is typeset.
    let too_deep_for_anything = || lists(10_000);
    let cases: [(&str, &dyn Fn() -> String, &str); 4] = [
        (
            "content/es/enorme.md",
            &huge,
            "content/es/enorme.md: this page is 50.0 MB; a page must be under 1 MB",
        ),
        (
            "content/es/citas.md",
            &quotes,
            "lists or quotes are nested more than 200 levels deep here",
        ),
        (
            "content/es/listas.md",
            &too_deep_to_print,
            "content/es/listas.md: lists or quotes nest too deeply to print as a leaflet",
        ),
        (
            "content/es/listas.md",
            &too_deep_for_anything,
            "content/es/listas.md:6:201: lists or quotes are nested more than 200 levels deep here",
        ),
    ];
    for (file, text, expected) in cases {
        let site = Fixture::new("basic");
        site.build();
        let before = site.snapshot();
        std::fs::write(site.root.join(file), text()).expect("write the page");
        let out = site.run(&["build"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {stderr}");
        assert!(
            stderr.contains(expected) && !stderr.contains("panicked"),
            "{file}: {stderr}"
        );
        assert!(
            site.snapshot() == before,
            "{file}: the previous output changed"
        );
    }
}

/// Inputs the fuzzers crashed on, kept: each must now give a result or a located error.
#[test]
fn inputs_that_once_crashed_the_fuzzers() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures/fuzz") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        if name.starts_with("fluent-") {
            let shown = senda::i18n::try_file(std::path::Path::new("locales/quc/main.ftl"), &text)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default();
            assert!(!shown.contains("could not be formatted"), "{name}: {shown}");
            seen += 1;
        } else if name.starts_with("front-matter-") {
            let file = senda::content::PageFile {
                shown: std::path::Path::new("content/es/a.md"),
                id: "a",
                lang: "es",
                apostrophe_is_letter: false,
                allow_raw_html: false,
                base_url: "https://example.test/",
                asset: &|_| None,
            };
            let _ = senda::content::parse_page(text, &file).map_err(|e| e.to_string());
            seen += 1;
        }
    }
    assert!(seen > 0);
}
