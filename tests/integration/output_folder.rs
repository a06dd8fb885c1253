//! A wrong `--output` stops the build before anything is written: not the site's folder or a
//! parent of it, not a folder the site is made of, not a file, not a folder of someone else's
//! files. Each case runs in a temporary folder beside a neighbour's file, and proves that nothing
//! at all changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::Fixture;

/// Every file under `dir`, with its bytes (links as their targets' names).
fn everything(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        let kind = entry.file_type();
        if kind.is_symlink() {
            let target = std::fs::read_link(entry.path()).expect("read link");
            files.insert(
                entry.path().to_path_buf(),
                target.into_os_string().into_encoded_bytes(),
            );
        } else if kind.is_file() {
            files.insert(
                entry.path().to_path_buf(),
                std::fs::read(entry.path()).expect("read"),
            );
        }
    }
    files
}

#[test]
fn a_wrong_output_folder_fails_and_changes_nothing() {
    let site = Fixture::built("basic");
    let outer = site
        .root
        .parent()
        .expect("the temporary folder")
        .to_path_buf();
    std::fs::write(outer.join("neighbour.txt"), "a neighbour's notes").expect("write");
    let docs = outer.join("docs");
    std::fs::create_dir_all(&docs).expect("create docs");
    std::fs::write(docs.join("report.odt"), "someone's report").expect("write");
    let before = everything(&outer);
    for (output, why) in [
        ("..", "that folder holds the site itself"),
        (".", "that folder holds the site itself"),
        ("content/..", "that folder holds the site itself"),
        ("services", "`services` is a folder of the site's own"),
        ("content/es", "`content` is a folder of the site's own"),
        ("locales", "`locales` is a folder of the site's own"),
        ("senda.toml", "it is a file, not a folder"),
        ("../neighbour.txt", "it is a file, not a folder"),
        ("../docs", "it already holds files that senda did not make"),
    ] {
        let out = site.run(&["build", "--output", output]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "--output {output}: {stderr}");
        assert!(
            stderr.contains(&format!("refusing to write the site to `{output}`: {why}")),
            "--output {output}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "--output {output}: {stderr}");
        assert!(
            everything(&outer) == before,
            "--output {output} changed files"
        );
    }
}

#[test]
fn a_new_folder_is_written_and_then_replaced_by_its_own_marks() {
    let site = Fixture::new("basic");
    let outer = site
        .root
        .parent()
        .expect("the temporary folder")
        .to_path_buf();
    for _ in 0..2 {
        let out = site.run(&["build", "--output", "../www"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(outer.join("www/es/index.html").is_file());
    assert!(outer.join("www/.senda-output").is_file(), "senda's mark");
    // The default folder, built by a senda older than the mark, carries the old mark beside it.
    site.build();
    std::fs::remove_file(site.root.join("public/.senda-output")).expect("remove the mark");
    site.build();
}
