//! Broken sites: each case under `tests/fixtures/invalid/` (a test of its own) is laid over the
//! built `basic` fixture. The build must fail with every message listed in the case's
//! `expected.txt` (file:line:col and words), never panic, and leave the previous output byte for
//! byte as it was.

use std::path::{Path, PathBuf};

use crate::support::Fixture;

/// One test per broken site, so that they run side by side with every other test.
macro_rules! broken_sites {
    ($($test:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $test() {
                let failures = broken_case(&cases().join($case));
                assert!(failures.is_empty(), "{}", failures.join("\n\n"));
            }
        )*

        /// Every case on disk has its test: a new folder is never skipped in silence.
        #[test]
        fn every_broken_site_has_its_test() {
            let mut on_disk: Vec<String> = std::fs::read_dir(cases())
                .expect("tests/fixtures/invalid")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
                .collect();
            on_disk.sort();
            assert_eq!(on_disk, [$($case),*], "add each case to `broken_sites!`");
        }
    };
}

fn cases() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid")
}

broken_sites! {
    alias_on_headers => "alias-on-headers",
    alias_on_sitemap => "alias-on-sitemap",
    alias_on_text_version => "alias-on-text-version",
    alias_taken => "alias-taken",
    audience_unknown => "audience-unknown",
    audio_rate_one => "audio-rate-one",
    audio_rate_zero => "audio-rate-zero",
    bad_alias => "bad-alias",
    bad_config => "bad-config",
    bad_slug => "bad-slug",
    contact_bad_phone => "contact-bad-phone",
    duplicate_url => "duplicate-url",
    empty_file => "empty-file",
    fluent_bad_escape => "fluent-bad-escape",
    fluent_cycle => "fluent-cycle",
    fluent_defined_twice => "fluent-defined-twice",
    fluent_no_dollar => "fluent-no-dollar",
    fluent_syntax => "fluent-syntax",
    fluent_translated_name => "fluent-translated-name",
    fluent_unclosed => "fluent-unclosed",
    fluent_unknown_variable => "fluent-unknown-variable",
    front_matter_curly_quotes => "front-matter-curly-quotes",
    front_matter_malformed => "front-matter-malformed",
    front_matter_unclosed => "front-matter-unclosed",
    heading_id_of_the_source => "heading-id-of-the-source",
    image_too_many_pixels => "image-too-many-pixels",
    image_without_alt => "image-without-alt",
    invalid_utf8 => "invalid-utf8",
    link_climbs_out => "link-climbs-out",
    link_to_folder => "link-to-folder",
    link_to_missing_page => "link-to-missing-page",
    link_with_spaces => "link-with-spaces",
    locale_folder_undeclared => "locale-folder-undeclared",
    missing_anchor => "missing-anchor",
    missing_label => "missing-label",
    missing_message => "missing-message",
    missing_template => "missing-template",
    page_named_otherwise => "page-named-otherwise",
    published_twice => "published-twice",
    remote_image => "remote-image",
    several_at_once => "several-at-once",
    slug_illegal => "slug-illegal",
    svg_with_script => "svg-with-script",
    symlink_locale => "symlink-locale",
    symlink_loop => "symlink-loop",
    symlink_outside => "symlink-outside",
    symlink_service => "symlink-service",
    symlink_static => "symlink-static",
    symlink_theme_css => "symlink-theme-css",
    tab_indented_list => "tab-indented-list",
    template_headings => "template-headings",
    tera_syntax => "tera-syntax",
    tera_unknown_function => "tera-unknown-function",
    theme_outside => "theme-outside",
    truncated_toml => "truncated-toml",
    undeclared_locale => "undeclared-locale",
    unknown_field => "unknown-field",
    unused_file => "unused-file",
    wrong_type => "wrong-type",
}

/// One broken site: the build and check fail with every expected message, nothing panics, and
/// the previous output stays as it was. A case whose expected messages are all warnings is a
/// mistake the site survives: the build succeeds and says them, and so does check. What went
/// otherwise, in words.
fn broken_case(case: &Path) -> Vec<String> {
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut failures = Vec::new();
    for (lang, file, warning) in [
        ("en", "expected.txt", "warning: "),
        ("es", "expected.es.txt", "aviso: "),
    ] {
        let Ok(expected) = std::fs::read_to_string(case.join(file)) else {
            failures.push(format!(
                "{name}: no {file}: every message is checked in English and Spanish"
            ));
            continue;
        };
        let said = Said {
            name: &name,
            lang,
            expected: &expected,
            warning,
        };
        failures.extend(said.broken_case(case));
    }
    failures
}

/// One language's expected messages for a broken site.
struct Said<'a> {
    name: &'a str,
    lang: &'a str,
    expected: &'a str,
    /// How a warning's line starts in this language.
    warning: &'a str,
}

impl Said<'_> {
    fn lines(&self) -> impl Iterator<Item = &str> {
        self.expected.lines().filter(|l| !l.trim().is_empty())
    }

    /// The build fails (or warns) with every expected line, leaving the previous output, and
    /// `check` reports the same.
    fn broken_case(&self, case: &Path) -> Vec<String> {
        let (name, lang) = (self.name, self.lang);
        let mut failures = Vec::new();
        let site = Fixture::built("basic");
        let before = site.snapshot();
        site.overlay(case);
        let out = site.run(&["build", "--lang", lang]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let warned = self.lines().all(|l| l.starts_with(self.warning));
        if out.status.code() != Some(if warned { 0 } else { 1 }) {
            failures.push(format!(
                "{name} ({lang}): exit code {:?}, stderr:\n{stderr}",
                out.status.code()
            ));
        }
        if stderr.contains("panicked") {
            failures.push(format!("{name} ({lang}): panicked:\n{stderr}"));
        }
        for line in self.lines().filter(|l| !stderr.contains(l)) {
            failures.push(format!("{name} ({lang}): expected `{line}` in:\n{stderr}"));
        }
        if !warned && site.snapshot() != before {
            failures.push(format!("{name}: the previous output changed"));
        }
        let check = site.run(&["check", "--lang", lang]);
        let check_out = String::from_utf8_lossy(&check.stdout);
        if (!warned && check.status.code() != Some(1)) || check_out.contains("panicked") {
            failures.push(format!(
                "{name} ({lang}): check exit {:?}:\n{check_out}",
                check.status.code()
            ));
        }
        // The build's count of problems is not check's.
        for line in self
            .lines()
            .filter(|l| !l.contains("problems found") && !l.contains("no se escribió nada"))
            .filter(|l| !check_out.contains(l))
        {
            failures.push(format!(
                "{name} ({lang}): check did not report `{line}`:\n{check_out}"
            ));
        }
        failures
    }
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
        let site = Fixture::built("basic");
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

/// A translated variable name is found by `check` without rendering a page, with the names the
/// theme gives the message, so that the translator can put the right one back.
#[test]
fn check_names_the_values_a_message_is_given() {
    let site = Fixture::new("basic");
    site.overlay(&cases().join("fluent-unknown-variable"));
    let out = site.run(&["check"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("error: locales/en/main.ftl:12:1: the message `notice-untranslated`: `{ $idioma }` is not a value the theme gives this message (it gives `{ $language }`): write `{ $language }` as it was: the names inside `{ }` are the theme's, and are not translated"),
        "{said}"
    );
}
