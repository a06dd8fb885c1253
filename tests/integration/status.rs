//! `senda status`: the translation table, and stamping a translation as up to date.

use crate::support::{Fixture, tags, text};

fn row(table: &str, id: &str) -> Vec<String> {
    table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
        .map(|l| l.split_whitespace().skip(1).map(str::to_string).collect())
        .unwrap_or_default()
}

#[test]
fn the_table_shows_each_page_in_each_language() {
    let site = Fixture::new("basic");
    let out = site.run(&["status"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8_lossy(&out.stdout);
    // Columns: es en fr ht quc ar. A translation never stamped is "unknown", not "stale": nobody
    // has said which version of the source it was made from.
    assert_eq!(
        row(&table, "asilo"),
        [
            "source", "stale", "unknown", "missing", "missing", "missing"
        ],
        "{table}"
    );
    assert_eq!(
        row(&table, "index"),
        [
            "source", "unknown", "missing", "missing", "unknown", "unknown"
        ],
        "{table}"
    );
}

#[test]
fn stamping_brings_a_translation_up_to_date() {
    let site = Fixture::new("basic");
    let out = site.run(&["status", "--stamp", "content/en/asilo.md"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = site.run(&["status"]);
    assert_eq!(row(&String::from_utf8_lossy(&out.stdout), "asilo")[1], "ok");
    site.build();
    assert!(!text(&site.read("en/asylum/index.html")).contains("out of date"));

    // A drafted translation, once stamped, still waits for its native-speaker review.
    site.run(&["status", "--stamp", "content/quc/index.md"]);
    let out = site.run(&["status"]);
    assert_eq!(
        row(&String::from_utf8_lossy(&out.stdout), "index")[4],
        "review"
    );

    // Changing the source makes it stale again.
    let source = site.root.join("content/es/asilo.md");
    let changed = std::fs::read_to_string(&source).expect("read a file the test needs")
        + "\nUna línea nueva.\n";
    std::fs::write(&source, changed).expect("write a file of the test");
    let out = site.run(&["status"]);
    assert_eq!(
        row(&String::from_utf8_lossy(&out.stdout), "asilo")[1],
        "stale"
    );
}

#[test]
fn stamping_the_source_itself_is_refused() {
    let site = Fixture::new("basic");
    let out = site.run(&["status", "--stamp", "content/es/asilo.md"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the source text itself"));
}

#[test]
fn a_stale_translation_shows_what_changed_in_its_source_before_and_after() {
    let site = Fixture::new("leaflets");
    let stamped = site.run(&["status", "--stamp", "content/en/derechos.md"]);
    assert!(
        stamped.status.success(),
        "{}",
        String::from_utf8_lossy(&stamped.stderr)
    );
    let status = || String::from_utf8_lossy(&site.run(&["status"]).stdout).into_owned();
    let source = site.root.join("content/es/derechos.md");
    let edit = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&source).expect("page");
        assert!(text.contains(from), "{from}");
        std::fs::write(&source, text.replacen(from, to, 1)).expect("write");
    };
    // A space added, and a paragraph wrapped on two lines: the same words, still up to date.
    edit(
        "Puedes pedir protección en la frontera.",
        "Puedes  pedir protección\nen la frontera. ",
    );
    let table = status();
    assert_eq!(row(&table, "derechos")[1], "ok", "{table}");
    // A new title and a changed paragraph: stale, and each change shown before and after.
    edit(
        "title = \"Tus derechos\"",
        "title = \"Tus derechos en México\"",
    );
    edit(
        "Habla con una organización de confianza.",
        "Habla con una organización que conozcas.",
    );
    let table = status();
    assert_eq!(row(&table, "derechos")[1], "stale", "{table}");
    let expected = [
        "content/en/derechos.md: content/es/derechos.md changed since it was translated:",
        "content/es/derechos.md:2 (title)",
        "before: Tus derechos\n",
        "after:  Tus derechos en México\n",
        "before: Habla con una organización de confianza.\n",
        "after:  Habla con una organización que conozcas.\n",
    ];
    for line in expected {
        assert!(table.contains(line), "`{line}` not in:\n{table}");
    }
    assert_eq!(
        table.matches("before:").count(),
        2,
        "only what changed:\n{table}"
    );
    // `check` says the same on the translation's file.
    let check = String::from_utf8_lossy(&site.run(&["check", "--verbose"]).stdout).into_owned();
    assert!(
        check.contains("after:  Habla con una organización que conozcas."),
        "{check}"
    );
    // Stamped again, it is up to date, and the next change is measured from here.
    let again = site.run(&["status", "--stamp", "content/en/derechos.md"]);
    assert!(again.status.success());
    assert_eq!(row(&status(), "derechos")[1], "ok");
    let kept = std::fs::read_dir(site.root.join("po/sources")).expect("po/sources");
    assert_eq!(kept.count(), 1, "the copy no stamp refers to is deleted");
}

/// A browser editor (Decap CMS) writes a file for every language of a new page, empty or
/// `+++\n\n+++` where nobody wrote: such a file is "not translated yet", not a broken page. The
/// page falls back as if the file were not there, and the table says it is missing.
#[test]
fn an_empty_page_file_is_a_translation_not_written_yet() {
    let site = Fixture::new("basic");
    site.overlay(
        &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unwritten"),
    );
    // `check` finds the fixture's own mistakes elsewhere, but none in the empty files.
    let out = site.run(&["check"]);
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    for file in [
        "content/quc/asilo.md",
        "content/en/abogado.md",
        "content/ht/asilo.md",
    ] {
        assert!(!said.contains(file), "{file}:\n{said}");
    }
    site.build();
    // The English translation, now empty, gives way to the Spanish page under its Spanish name.
    assert!(!site.exists("en/lawyer/index.html"));
    assert!(text(&site.read("en/abogado/index.html")).contains("not translated"));
    assert_eq!(
        tags(&site.read("quc/asilo/index.html"), "article")[0]["lang"],
        "es"
    );
    assert_eq!(
        tags(&site.read("ht/asile/index.html"), "article")[0]["lang"],
        "fr"
    );
    let out = site.run(&["status"]);
    let table = String::from_utf8_lossy(&out.stdout);
    // Columns: es en fr ht quc ar.
    assert_eq!(row(&table, "abogado")[1], "missing", "{table}");
    assert_eq!(row(&table, "asilo")[3], "missing", "{table}");
    assert_eq!(row(&table, "asilo")[4], "missing", "{table}");
}
