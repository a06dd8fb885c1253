//! Broken sites: each case under `tests/fixtures/invalid/` is laid over the `basic` fixture. The
//! build must fail with every message listed in the case's `expected.txt` (file:line:col and
//! words), never panic, and leave the previous output byte for byte as it was.

use std::path::PathBuf;

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
    let mut failures = Vec::new();
    for case in names {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let site = Fixture::new("basic");
        site.build();
        let before = site.snapshot();
        site.overlay(&case);
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
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
