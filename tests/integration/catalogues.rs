//! Translation catalogues: `senda po` writes `po/messages.pot` and `po/<lang>.po` from the
//! Spanish pages, and a build shows each message a catalogue translates in its place, the rest
//! left in Spanish and marked so, on the page, in its text version and on its leaflets.
//!
//! The K'iche' words used as translations here are the `leaflets` fixture's own draft K'iche'
//! (`content/quc/derechos.md`): markers that the right words reach the right place, not
//! translations of the Spanish they stand in for.

use std::path::Path;

use senda::po;

use crate::support::{Fixture, text};

const TITLE: &str = "Pedir protección";
const HEADING: &str = "Dónde puedes pedirla";
const PARAGRAPH: &str = "Un puerto de entrada es un lugar oficial para cruzar la frontera.";
pub const TRANSLATED: [(&str, &str); 3] = [
    (TITLE, "Katz'onoj chajinik"),
    (HEADING, "Jun abogado"),
    (
        PARAGRAPH,
        "Ri ak'al k'o pa ri b'e. Ch'aqap tzij: kʼo jun to'b'al.",
    ),
];
/// Spanish paragraphs of `corto.md` that the catalogue leaves untranslated.
pub const LEFT: [&str; 2] = [
    "Algunas personas tienen que salir de su país porque no están seguras.",
    "Buscar asilo es un derecho.",
];

/// `po/<lang>.po` of the site, read.
#[track_caller]
pub fn catalogue(site: &Fixture, lang: &str) -> po::Catalogue {
    let shown = format!("po/{lang}.po");
    let text = std::fs::read_to_string(site.root.join(&shown)).expect("catalogue written");
    po::parse(&text, Path::new(&shown)).expect("the catalogue reads")
}

/// Gives the messages `pairs` their translations in `po/<lang>.po`, as a translation tool would.
#[track_caller]
pub fn translate(site: &Fixture, lang: &str, pairs: &[(&str, &str)]) {
    let mut c = catalogue(site, lang);
    for (source, words) in pairs {
        let entry = c.entries.iter_mut().find(|e| e.msgid == *source);
        let entry = entry.unwrap_or_else(|| panic!("no message `{source}` in po/{lang}.po"));
        entry.msgstr = words.to_string();
        entry.fuzzy = false;
    }
    std::fs::write(site.root.join(format!("po/{lang}.po")), po::write(&c)).expect("write");
}

#[track_caller]
pub fn run_po(site: &Fixture) -> String {
    let out = site.run(&["po"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "senda po failed:\n{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The language of the element whose words hold `words`: the `lang` of the nearest tag before
/// them that has one, or the page's. Pages are minified (end tags left out), so the tag that
/// opens the words' own element is the last one before them.
#[track_caller]
fn lang_at(html: &str, words: &str) -> String {
    let at = html
        .find(words)
        .unwrap_or_else(|| panic!("`{words}` not in:\n{html}"));
    let before = &html[..at];
    let open = before.rfind('<').expect("a tag before the words");
    let tag = &before[open..];
    let lang = |tag: &str| {
        let i = tag.find("lang=")? + 5;
        let value = tag[i..].trim_start_matches('"');
        Some(
            value
                .split(['"', ' ', '>'])
                .next()
                .unwrap_or_default()
                .to_string(),
        )
    };
    lang(tag)
        .unwrap_or_else(|| lang(&html[html.find("<html").expect("html")..]).unwrap_or_default())
}

#[test]
fn po_writes_catalogues_and_a_second_run_changes_nothing() {
    let site = Fixture::new("leaflets");
    let first = run_po(&site);
    for file in ["messages.pot", "es.po", "en.po", "quc.po", "ar.po"] {
        let expected = file != "es.po";
        assert_eq!(
            site.root.join("po").join(file).is_file(),
            expected,
            "{file}\n{first}"
        );
    }
    let pot = std::fs::read_to_string(site.root.join("po/messages.pot")).expect("pot");
    assert!(
        pot.contains(
            "#: content/es/corto.md:2 content/es/derechos.md:8\nmsgid \"Pedir protección\""
        ),
        "{pot}"
    );
    assert!(pot.contains(&format!("msgid \"{PARAGRAPH}\"")), "{pot}");
    // The fictional number is in the page's contact block: the same in every language.
    assert!(!pot.contains("7946"), "{pot}");
    let before = site.snapshot_of("po");
    let second = run_po(&site);
    assert_eq!(
        site.snapshot_of("po"),
        before,
        "a second run changed the catalogues"
    );
    assert_eq!(second.matches("(unchanged)").count(), 4, "{second}");
}

#[test]
fn three_translated_messages_reach_the_page_and_its_text_version() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    translate(&site, "quc", &TRANSLATED);
    site.build();
    let page = site.read("quc/corto/index.html");
    for (_, words) in TRANSLATED {
        assert_eq!(lang_at(&page, words), "quc", "{words}");
    }
    for words in LEFT {
        assert_eq!(lang_at(&page, words), "es", "{words}");
    }
    let shown = text(&page);
    assert!(
        shown.contains("Solo 3 de las"),
        "the page says how much is translated:\n{shown}"
    );
    let view = site.read("quc/corto/text.html");
    for (_, words) in TRANSLATED {
        assert_eq!(lang_at(&view, words), "quc", "text view: {words}");
    }
    for words in LEFT {
        assert_eq!(lang_at(&view, words), "es", "text view: {words}");
    }
    let plain = site.read("quc/corto/index.txt");
    assert!(TRANSLATED.iter().all(|(_, w)| plain.contains(w)), "{plain}");
    assert!(LEFT.iter().all(|w| plain.contains(w)), "{plain}");
    // A page the catalogue does not touch stays the Spanish page, shown as untranslated.
    assert!(
        !site.exists("quc/largo/index.html")
            || site
                .read("quc/largo/index.html")
                .contains("todavía no está traducida")
    );
    // The leaflets are made from the same page: the words left in Spanish are set as Spanish.
    assert!(site.exists("quc/leaflets/corto-trifold-a4.pdf"));
    let markup = leaflet_markup(&site, "corto", "quc");
    for words in LEFT {
        // Typst's markup escapes the full stop.
        let words = words.trim_end_matches('.');
        assert!(
            markup.contains(&format!("#text(lang: \"es\")[{words}")),
            "{words}:\n{markup}"
        );
    }
    let translated = markup
        .find("tzij")
        .expect("the translated paragraph is printed");
    let line = &markup[markup[..translated].rfind('\n').map_or(0, |i| i + 1)..translated];
    assert!(!line.contains("lang: \"es\""), "{line}");
}

/// The typst markup of the body of page `id` in `lang`, as its leaflets print it.
fn leaflet_markup(site: &Fixture, id: &str, lang: &str) -> String {
    let config = senda::config::Config::load(&site.root).expect("senda.toml");
    let today = senda::content::Date::today();
    let loaded = senda::site::Site::load(config, today).expect("the site loads");
    let page = loaded.content.get(id, lang).expect("the page");
    let cited = loaded.cites(&page.document, lang, true);
    let labels = loaded.labels(lang);
    senda::leaflet::markup::body(
        &page.document,
        &page.source,
        &senda::leaflet::markup::Context::plain(labels, &cited),
    )
}

#[test]
fn a_changed_paragraph_is_fuzzy_with_its_old_text_until_the_translator_clears_it() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    translate(&site, "quc", &TRANSLATED);
    let changed = "Un puerto de entrada es el lugar oficial para cruzar la frontera.";
    let file = site.root.join("content/es/corto.md");
    let page = std::fs::read_to_string(&file).expect("page");
    std::fs::write(&file, page.replace(PARAGRAPH, changed)).expect("write");
    run_po(&site);
    let c = catalogue(&site, "quc");
    let fuzzy: Vec<&po::Entry> = c.entries.iter().filter(|e| e.fuzzy).collect();
    assert_eq!(fuzzy.len(), 1, "exactly one message is fuzzy: {fuzzy:#?}");
    assert_eq!(fuzzy[0].msgid, changed);
    assert_eq!(fuzzy[0].previous.as_deref(), Some(PARAGRAPH));
    assert_eq!(
        fuzzy[0].msgstr, TRANSLATED[2].1,
        "the translation is kept for the translator"
    );
    let translated = c.entries.iter().filter(|e| e.is_translated()).count();
    assert_eq!(translated, 2, "the other two stay translated");
    site.build();
    let html = site.read("quc/corto/index.html");
    assert_eq!(
        lang_at(&html, changed),
        "es",
        "the new Spanish is shown, marked Spanish"
    );
    assert!(
        !html.contains(TRANSLATED[2].1),
        "a fuzzy translation is not shown"
    );
    translate(&site, "quc", &[(changed, TRANSLATED[2].1)]);
    site.build();
    let html = site.read("quc/corto/index.html");
    assert_eq!(lang_at(&html, TRANSLATED[2].1), "quc");
}

#[test]
fn a_markdown_translation_wins_over_the_catalogue() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    // `derechos` has a K'iche' file; its heading is also a message of `corto`.
    translate(&site, "quc", &[(TITLE, "Katz'onoj chajinik")]);
    site.build();
    let written = site.read("quc/derechos/index.html");
    assert!(
        text(&written).contains("Ri ak'al k'o pa ri b'e"),
        "{written}"
    );
    assert!(!written.contains("partes de esta página"), "{written}");
    // A draft (as `senda new` writes one in every language) is not a translation yet.
    let draft = "+++\ntitle = \"Pedir protección\"\nupdated = 2026-11-20\ndraft = true\n+++\n\nEscribe aquí el texto de la página.\n";
    std::fs::write(site.root.join("content/quc/corto.md"), draft).expect("write draft");
    site.build();
    let made = site.read("quc/corto/index.html");
    assert!(made.contains(">Katz'onoj chajinik<"), "{made}");
}

#[test]
fn a_broken_link_in_a_translation_is_shown_at_its_catalogue_entry() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    translate(
        &site,
        "quc",
        &[(PARAGRAPH, "Ri [to'b'al](no-existe.md) k'o.")],
    );
    let out = site.run(&["build"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = catalogue(&site, "quc")
        .get(None, PARAGRAPH)
        .expect("entry")
        .line;
    assert!(stderr.contains(&format!("po/quc.po:{line}:")), "{stderr}");
    assert!(!site.exists("quc/corto/index.html"), "nothing is written");
}

#[test]
fn translations_inherit_the_spanish_pages_leaflets() {
    let site = Fixture::new("leaflets");
    let file = site.root.join("content/en/derechos.md");
    let page = std::fs::read_to_string(&file).expect("page");
    let without: String = page
        .lines()
        .filter(|l| !l.starts_with("leaflet"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&file, without).expect("write");
    let run = site.build();
    // The Spanish page asks for a trifold, a booklet and a card.
    for layout in ["trifold", "booklet"] {
        let pdf = format!("en/leaflets/rights-{layout}-a4.pdf");
        assert!(site.exists(&pdf), "{pdf}");
    }
    // The card's lines are the Spanish page's own words: the translation, which has none and
    // cites only services without a verified number, gets no card worth carrying, and is told.
    assert!(!site.exists("en/leaflets/rights-card-a4.pdf"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("content/en/derechos.md: leaflet `card` (a4) was not made"),
        "{stderr}"
    );
}

#[test]
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
fn msgfmt_accepts_the_example_sites_catalogues_and_they_are_up_to_date() {
    let site = Fixture::example();
    let committed = site.snapshot_of("po");
    let out = run_po(&site);
    assert_eq!(
        site.snapshot_of("po"),
        committed,
        "run `senda po`: the example's catalogues are out of date\n{out}"
    );
    let files: Vec<_> = committed
        .keys()
        .filter(|p| p.extension().is_some_and(|e| e == "po" || e == "pot"))
        .collect();
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        let check = std::process::Command::new("msgfmt")
            .args(["--check", "-o", "/dev/null"])
            .arg(site.root.join("po").join(file))
            .output()
            .expect("msgfmt runs (apt-get install gettext)");
        assert!(
            check.status.success(),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[test]
#[ignore = "poppler: `cargo test -- --ignored` runs it"]
fn the_leaflet_prints_the_translated_messages_and_the_spanish_rest() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    translate(&site, "quc", &TRANSLATED);
    site.build();
    let pdf = site.root.join("public/quc/leaflets/corto-trifold-a4.pdf");
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    let printed = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for words in TRANSLATED.iter().map(|(_, w)| *w).chain(LEFT) {
        assert!(printed.contains(words), "`{words}` not printed:\n{printed}");
    }
}

#[test]
fn check_points_at_the_catalogue_line_and_at_catalogues_nobody_reads() {
    let site = Fixture::new("leaflets");
    run_po(&site);
    let long = ["Ri ak'al k'o pa ri b'e"; 6].join(" ") + ".";
    translate(&site, "quc", &[(PARAGRAPH, long.as_str())]);
    std::fs::copy(site.root.join("po/quc.po"), site.root.join("po/kiche.po")).expect("copy");
    let out = site.run(&["check", "--verbose"]);
    let report = String::from_utf8_lossy(&out.stdout);
    let line = catalogue(&site, "quc")
        .get(None, PARAGRAPH)
        .expect("entry")
        .line;
    let at = format!("po/quc.po:{line}:1: a sentence of 36 words");
    assert!(report.contains(&at), "`{at}` not in:\n{report}");
    assert!(
        report.contains("po/kiche.po: no language of senda.toml reads this catalogue"),
        "{report}"
    );
    // The Spanish left untranslated is the Spanish page's, checked there, not again here.
    let located = |l: &&str| l.contains("po/quc.po:") && !l.contains("po/quc.po: ");
    let elsewhere = report
        .lines()
        .filter(located)
        .filter(|l| !l.contains(&format!(":{line}:")));
    assert_eq!(elsewhere.count(), 0, "{report}");
}
