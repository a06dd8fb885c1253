use std::path::Path;

use super::split;
use crate::config::Config;

fn site(page: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("senda.toml"),
        "base_url = \"https://example.test/\"\ndefault_language = \"en\"\nname = \"t\"\n\n[[languages]]\ncode = \"en\"\nname = \"English\"\n\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n",
    )
    .expect("config");
    std::fs::create_dir_all(root.join("content/en")).expect("folder");
    std::fs::create_dir_all(root.join("content/es")).expect("folder");
    std::fs::write(root.join("content/en/changes.md"), page).expect("page");
    std::fs::write(root.join("content/es/changes.md"), page).expect("page");
    dir
}

const PAGE: &str = "+++\ntitle = \"What changed\"\nupdated = 2026-11-01\n+++\n\nEvery version.\n\n## Version 2\n\nNew.\n\n### Fixed\n\n- one\n\n```\n## not a heading\n```\n\n## Version 1\n\nFirst.\n";

#[test]
fn a_page_becomes_a_contents_page_and_one_page_per_section() {
    let dir = site(PAGE);
    let root = dir.path();
    let config = Config::load(root).expect("config");
    let done = split(&config, &root.join("content/en/changes.md")).expect("split");
    assert_eq!(done.made.len(), 3, "{done:?}");
    assert_eq!(done.translations, [Path::new("content/es/changes.md")]);
    assert!(!root.join("content/en/changes.md").exists());
    let read = |f: &str| std::fs::read_to_string(root.join("content/en/changes").join(f));
    let index = read("index.md").unwrap_or_default();
    assert!(
        index.starts_with("+++\ntitle = \"What changed\""),
        "{index}"
    );
    assert!(index.ends_with("Every version.\n"), "{index}");
    let two = read("version-2.md").unwrap_or_default();
    assert!(
        two.starts_with("+++\ntitle = \"Version 2\"\nupdated = 2026-11-01\nweight = 1\n+++\n"),
        "{two}"
    );
    assert!(
        two.contains("\n## Fixed\n"),
        "a heading inside is one level higher: {two}"
    );
    assert!(
        two.contains("## not a heading"),
        "code is left as written: {two}"
    );
    assert!(
        read("version-1.md")
            .unwrap_or_default()
            .contains("weight = 2")
    );
}

#[test]
fn a_page_without_two_sections_or_with_its_folder_taken_is_left_as_it_is() {
    let dir = site("+++\ntitle = \"A\"\nupdated = 2026-11-01\n+++\n\n## Only one\n\nText.\n");
    let root = dir.path();
    let config = Config::load(root).expect("config");
    assert!(split(&config, &root.join("content/en/changes.md")).is_err());
    assert!(root.join("content/en/changes.md").exists());
    std::fs::write(root.join("content/en/changes.md"), PAGE).expect("page");
    std::fs::create_dir_all(root.join("content/en/changes")).expect("folder");
    assert!(split(&config, &root.join("content/en/changes.md")).is_err());
    assert!(split(&config, Path::new("senda.toml")).is_err());
}
