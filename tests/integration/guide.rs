//! senda's own guide (`guide/`) is a senda site in Spanish and English: it checks clean, builds,
//! and keeps the default theme's look. The README stays short and keeps its two commands.

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_guide_checks_clean_and_builds_in_both_languages() {
    let guide = repo().join("guide");
    let check = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["check", "--root"])
        .arg(&guide)
        .output()
        .expect("run senda check");
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{said}");
    // The guide's default language is Spanish, so senda speaks Spanish to its writers.
    assert!(said.ends_with("0 errores, 0 avisos\n"), "{said}");
    let out = tempfile::tempdir().expect("temp");
    let public = out.path().join("public");
    let build = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["build", "--quiet", "--root"])
        .arg(&guide)
        .arg("--output")
        .arg(&public)
        .output()
        .expect("run senda build");
    assert!(build.status.success(), "{build:?}");
    for page in ["es/index.html", "en/index.html", "es/publicar/index.html"] {
        assert!(public.join(page).is_file(), "{page}");
    }
}

#[test]
fn the_guide_wears_the_default_theme_as_it_is() {
    let theme = repo().join("themes/default");
    let copy = repo().join("guide/themes/default");
    for part in ["templates", "css"] {
        for entry in walkdir::WalkDir::new(theme.join(part)) {
            let entry = entry.expect("walk the theme");
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&theme).expect("inside the theme");
            let theirs = std::fs::read(copy.join(rel)).expect("read a file the test needs");
            assert!(
                std::fs::read(entry.path()).expect("read") == theirs,
                "guide/themes/default/{} differs from themes/default: copy it over",
                rel.display()
            );
        }
    }
}

#[test]
fn the_readme_is_short_and_keeps_its_two_commands() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let words = readme.split_whitespace().count();
    assert!(words <= 1500, "README.md has {words} words");
    let two = readme.find("## Two commands").expect("the two commands");
    let after = &readme[two..];
    assert!(
        after.contains("\n    cargo run --release -- build\n"),
        "{after}"
    );
    assert!(after.contains("\n    cargo test\n"), "{after}");
    assert!(
        !readme.contains("LEAD:"),
        "a note for the lead is left in README.md"
    );
}
