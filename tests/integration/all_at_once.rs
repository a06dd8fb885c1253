//! `check` reports every stage at once: a link typo, a page that does not read, a bad Fluent
//! string, a service file that does not read and a service past its review date, laid over the
//! `directory` fixture (`tests/fixtures/all-at-once/`), are all reported in one run, so that
//! writers never fix in rounds. A build of the same site names every error it can and writes
//! nothing.

use std::path::PathBuf;

use crate::support::Fixture;

fn case() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/all-at-once")
}

/// Each line of the case's `expected.txt`: what `check` must say, file:line:col and words.
pub fn expected() -> Vec<String> {
    let text = std::fs::read_to_string(case().join("expected.txt")).expect("expected.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The `directory` fixture, built, with the case laid over it.
pub fn broken_site() -> Fixture {
    let site = Fixture::built("directory");
    site.overlay(&case());
    site
}

#[test]
fn check_reports_every_stage_in_one_run() {
    let site = broken_site();
    let out = site.run(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let missing: Vec<String> = expected()
        .into_iter()
        .filter(|line| !stdout.contains(&format!("error: {line}")))
        .collect();
    assert!(
        missing.is_empty(),
        "check did not report {missing:#?} in:\n{stdout}"
    );
}

#[test]
fn build_names_every_error_it_can_and_writes_nothing() {
    let site = Fixture::built("directory");
    let before = site.snapshot();
    site.overlay(&case());
    let out = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // Everything but the overdue service, which a build only warns about.
    for line in expected().iter().filter(|l| !l.contains("was due")) {
        assert!(
            stderr.contains(line.as_str()),
            "build did not say `{line}`:\n{stderr}"
        );
    }
    assert!(
        site.snapshot() == before,
        "a failed build changed the output"
    );
}
