use std::path::Path;
use std::process::Command;

use super::*;

fn entry(msgid: &str, msgstr: &str) -> Entry {
    Entry {
        msgid: msgid.to_string(),
        msgstr: msgstr.to_string(),
        ..Entry::default()
    }
}

fn at(reference: &str, msgid: &str) -> Entry {
    Entry {
        references: vec![reference.to_string()],
        ..entry(msgid, "")
    }
}

fn parsed(text: &str) -> Catalogue {
    match parse(text, Path::new("po/quc.po")) {
        Ok(c) => c,
        Err(e) => panic!("{e}\n--- in ---\n{text}"),
    }
}

fn parse_error(text: &str) -> String {
    match parse(text, Path::new("po/quc.po")) {
        Ok(c) => panic!("accepted: {c:?}"),
        Err(e) => e.to_string(),
    }
}

/// The entries without the lines they were read from, to compare with what was written.
fn unlined(entries: &[Entry]) -> Vec<Entry> {
    entries
        .iter()
        .map(|e| Entry {
            line: 0,
            ..e.clone()
        })
        .collect()
}

/// Runs a gettext tool in a temporary folder holding `files`; a missing tool fails the test.
fn gettext(tool: &str, args: &[&str], files: &[(&str, &str)]) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temporary folder: {e}"));
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let output = Command::new(tool)
        .args(args)
        .current_dir(dir.path())
        .output()
        .unwrap_or_else(|e| {
            panic!("`{tool}` could not run ({e}): install gettext (`apt-get install gettext`)")
        });
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const TRICKY: &[&str] = &[
    "Ri ak'al k'o ru rajawaxik",
    "Dice \"alto\" y se va \\ o no",
    "Primera línea\nsegunda línea\n",
    "\nempieza y termina con saltos\n\n",
    "tab\there\r\nand a bell \u{7} and escape \u{1b} and DEL \u{7f}",
    "**negrita** y [enlace](https://x.org/a_b) con `código` y <br> & ;",
    "لديك الحق في التزام الصمت وفي التحدث إلى محامٍ قبل الإجابة على أي سؤال من أسئلة الضابط",
    "Tienes derechos 🛂✊🏽 — llama al 1-800-000-0000 «ahora»",
    "   espacios al principio y al final   ",
    "Si una persona de inmigración te para en la calle, tienes derecho a guardar silencio y a no firmar nada que no entiendas: https://example.org/un/enlace/muy/largo/que/no/cabe/en/ninguna/linea",
    "una palabra larguísima:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa fin",
];

/// A catalogue with every kind of entry: translated, fuzzy with its previous text, untranslated,
/// with context, and obsolete.
fn sample() -> Catalogue {
    let mut catalogue = Catalogue {
        header: default_header("quc"),
        header_comments: vec!["# Traducción al k'iche'.".to_string()],
        ..Catalogue::default()
    };
    catalogue.entries.push(Entry {
        notes: vec!["Título de la página".to_string()],
        references: vec!["content/es/asilo.md:1".to_string()],
        comments: vec!["revisado por Ana".to_string()],
        ..entry("Pedir asilo", "Kata' ri to'b'anik")
    });
    catalogue.entries.push(Entry {
        references: vec!["content/es/asilo.md:5".to_string()],
        fuzzy: true,
        previous: Some("Tienes derecho a un abogado.".to_string()),
        ..entry(
            "Tienes derecho a una abogada.",
            "K'o a derecho che jun ajtz'onanel.",
        )
    });
    catalogue.entries.push(Entry {
        msgctxt: Some("menu".to_string()),
        references: vec!["content/es/asilo.md:9".to_string()],
        ..entry("Inicio", "")
    });
    catalogue.obsolete.push(entry(
        "Un párrafo que ya no está.",
        "Jun tzij ri man k'o ta chik.",
    ));
    catalogue
}

#[test]
fn tricky_strings_survive_write_and_parse() {
    let mut catalogue = Catalogue {
        header: default_header("quc"),
        ..Catalogue::default()
    };
    for (i, text) in TRICKY.iter().enumerate() {
        catalogue.entries.push(Entry {
            msgctxt: (i % 3 == 0).then(|| format!("ctx \"{i}\"\n")),
            previous: Some(format!("antes: {text}")),
            previous_msgctxt: (i % 2 == 0).then(|| "viejo".to_string()),
            fuzzy: i % 2 == 0,
            ..entry(text, &text.chars().rev().collect::<String>())
        });
        catalogue.obsolete.push(entry(&format!("{text}{i}"), text));
    }
    let text = write(&catalogue);
    let back = parsed(&text);
    assert_eq!(back.header, catalogue.header);
    assert_eq!(unlined(&back.entries), catalogue.entries, "{text}");
    assert_eq!(unlined(&back.obsolete), catalogue.obsolete, "{text}");
    assert_eq!(write(&back), text, "writing what was read changes nothing");
}

#[test]
fn long_lines_are_wrapped_at_spaces_within_79_columns() {
    let long = TRICKY[9];
    let text = write(&Catalogue {
        entries: vec![entry(long, long)],
        ..Catalogue::default()
    });
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "msgid \"\"", "{text}");
    assert_eq!(
        lines[1],
        "\"Si una persona de inmigración te para en la calle, tienes derecho a guardar \""
    );
    for line in &lines {
        assert!(
            line.chars().count() <= 79 || !line.trim_matches('"').contains(' '),
            "{line:?} is too long"
        );
    }
    assert_eq!(parsed(&text).entries[0].msgid, long);
}

#[test]
fn layout_is_gettext_s() {
    let text = write(&sample());
    let expected = r#"# Traducción al k'iche'.
msgid ""
msgstr ""
"Project-Id-Version: senda\n"
"PO-Revision-Date: \n"
"Last-Translator: \n"
"Language-Team: \n"
"Language: quc\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

# revisado por Ana
#. Título de la página
#: content/es/asilo.md:1
msgid "Pedir asilo"
msgstr "Kata' ri to'b'anik"

#: content/es/asilo.md:5
#, fuzzy
#| msgid "Tienes derecho a un abogado."
msgid "Tienes derecho a una abogada."
msgstr "K'o a derecho che jun ajtz'onanel."

#: content/es/asilo.md:9
msgctxt "menu"
msgid "Inicio"
msgstr ""

#~ msgid "Un párrafo que ya no está."
#~ msgstr "Jun tzij ri man k'o ta chik."
"#;
    assert_eq!(text, expected);
}

/// gettext's own tools read senda's files and write them back byte for byte: the layout and
/// the wrapping are gettext's, so a translator running msgcat or msgmerge causes no churn.
#[test]
fn msgcat_rewrites_nothing() {
    let mut catalogue = sample();
    catalogue.entries[0].msgstr = TRICKY[6].to_string();
    catalogue.entries[1].msgid = TRICKY[2].to_string() + TRICKY[0];
    catalogue.entries.push(entry(
        "Si una persona de inmigración te para en la calle, tienes derecho a guardar silencio y a no firmar nada que no entiendas. Pide hablar con un abogado.",
        "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghijk z",
    ));
    let text = write(&catalogue);
    let (ok, out, err) = gettext("msgcat", &["quc.po"], &[("quc.po", &text)]);
    assert!(ok, "{err}");
    assert_eq!(out, text);
}

#[test]
fn msgfmt_accepts_what_is_written() {
    let text = write(&sample());
    let (ok, _, err) = gettext(
        "msgfmt",
        &["--check", "--statistics", "-o", "/dev/null", "quc.po"],
        &[("quc.po", &text)],
    );
    assert!(ok, "msgfmt refused the file:\n{err}\n{text}");
    assert_eq!(
        err.trim(),
        "1 translated message, 1 fuzzy translation, 1 untranslated message.",
        "msgfmt warned or counted otherwise"
    );
}

#[test]
fn a_new_catalogue_has_a_header_msgfmt_accepts() {
    let template = [at("content/es/asilo.md:1", "Pedir asilo")];
    let merged = merge(&template, Catalogue::default(), "quc");
    assert_eq!(merged.header_value("Language"), Some("quc"));
    let (ok, _, err) = gettext(
        "msgfmt",
        &["--check", "-o", "/dev/null", "new.po"],
        &[("new.po", &write(&merged))],
    );
    assert!(ok && err.is_empty(), "{err}");
}

/// A page's template and its catalogue translated in full.
fn translated_page() -> (Vec<Entry>, Catalogue) {
    let template = vec![
        at("content/es/asilo.md:1", "Pedir asilo"),
        at(
            "content/es/asilo.md:3",
            "Tienes derecho a pedir asilo si temes volver a tu país.",
        ),
        at(
            "content/es/asilo.md:5",
            "Nadie puede obligarte a firmar un papel que no entiendes.",
        ),
    ];
    let mut old = merge(&template, Catalogue::default(), "quc");
    for (i, entry) in old.entries.iter_mut().enumerate() {
        entry.msgstr = format!("traducción {i}");
        entry.comments = vec![format!("nota de Ana {i}")];
    }
    (template, old)
}

#[test]
fn merging_an_unchanged_template_changes_nothing() {
    let (template, old) = translated_page();
    let merged = merge(&template, old.clone(), "quc");
    assert_eq!(merged, old);
    assert_eq!(write(&merged), write(&old));
}

#[test]
fn a_changed_message_alone_becomes_fuzzy_with_its_old_text() {
    let (mut template, old) = translated_page();
    template[1].msgid = "Tienes derecho a pedir asilo si temes volver a tu país de origen.".into();
    template[1].references = vec!["content/es/asilo.md:4".into()];
    let merged = merge(&template, old.clone(), "quc");
    let fuzzy: Vec<&Entry> = merged.entries.iter().filter(|e| e.fuzzy).collect();
    assert_eq!(fuzzy.len(), 1, "{merged:#?}");
    assert_eq!(fuzzy[0].msgid, template[1].msgid);
    assert_eq!(fuzzy[0].msgstr, "traducción 1");
    assert_eq!(
        fuzzy[0].previous.as_deref(),
        Some(old.entries[1].msgid.as_str())
    );
    assert_eq!(fuzzy[0].references, template[1].references);
    assert_eq!(fuzzy[0].comments, ["nota de Ana 1"]);
    assert!(
        !fuzzy[0].is_translated(),
        "a fuzzy translation is not used by pages"
    );
    assert!(
        merged.obsolete.is_empty(),
        "the old text was taken, not kept"
    );
    assert_eq!(merged.entries[0], old.entries[0]);
    assert_eq!(merged.entries[2], old.entries[2]);
}

#[test]
fn removed_messages_become_obsolete_and_new_ones_untranslated() {
    let (mut template, old) = translated_page();
    template.remove(2);
    template.push(at("content/es/asilo.md:7", "Llama a la línea de ayuda."));
    let merged = merge(&template, old.clone(), "quc");
    assert_eq!(merged.entries.len(), 3);
    let new = &merged.entries[2];
    assert_eq!(
        (new.msgid.as_str(), new.msgstr.as_str(), new.fuzzy),
        (template[2].msgid.as_str(), "", false)
    );
    assert_eq!(merged.obsolete, [old.entries[2].clone()]);
}

#[test]
fn an_untranslated_message_the_template_lost_is_dropped() {
    let (template, mut old) = translated_page();
    old.entries[2].msgstr.clear();
    let merged = merge(&template[..2], old, "quc");
    assert!(merged.obsolete.is_empty(), "{:#?}", merged.obsolete);
}

#[test]
fn merging_twice_gives_the_same_file() {
    let (mut template, old) = translated_page();
    template[1].msgid.push_str(" O si te persiguen.");
    template.remove(2);
    template.push(at("content/es/otra.md:1", "Otra página"));
    let once = merge(&template, old, "quc");
    let twice = merge(&template, once.clone(), "quc");
    assert_eq!(write(&twice), write(&once));
    let reread = merge(&template, parsed(&write(&once)), "quc");
    assert_eq!(write(&reread), write(&once));
}

#[test]
fn an_obsolete_message_that_comes_back_is_revived_with_its_translation() {
    let (template, old) = translated_page();
    let without = merge(&template[..2], old.clone(), "quc");
    assert_eq!(without.obsolete.len(), 1);
    let back = merge(&template, parsed(&write(&without)), "quc");
    assert_eq!(back.entries[2], old.entries[2]);
    assert!(back.obsolete.is_empty(), "{:#?}", back.obsolete);
}

#[test]
fn each_old_translation_is_offered_once_preferring_the_same_page() {
    let old_text = "Tienes derecho a guardar silencio ante la policía.";
    let mut old = Catalogue::default();
    old.entries.push(Entry {
        references: vec!["content/es/derechos.md:3".into()],
        ..entry(old_text, "Silencio")
    });
    let template = [
        at(
            "content/es/otra.md:3",
            "Tienes derecho a guardar silencio ante la policía!",
        ),
        at(
            "content/es/derechos.md:3",
            "Tienes derecho a guardar silencio ante los policías.",
        ),
    ];
    let merged = merge(&template, old, "quc");
    assert_eq!(
        merged.entries[0].msgstr, "",
        "used once, by the entry on the same page"
    );
    assert!(merged.entries[1].fuzzy);
    assert_eq!(merged.entries[1].previous.as_deref(), Some(old_text));
}

#[test]
fn unrelated_messages_are_not_matched() {
    let mut old = Catalogue::default();
    old.entries.push(entry("Pedir asilo", "Kata' ri to'b'anik"));
    let merged = merge(&[entry("Llama a la línea de ayuda.", "")], old, "quc");
    assert!(!merged.entries[0].fuzzy && merged.entries[0].msgstr.is_empty());
    assert_eq!(merged.obsolete.len(), 1);
}

/// msgmerge and senda agree on what a slightly changed paragraph becomes: the one fuzzy entry,
/// with the old text as `#| msgid` and the old translation.
#[test]
fn merge_agrees_with_msgmerge_on_a_changed_paragraph() {
    let (mut template, old) = translated_page();
    template[2].msgid = "Nadie puede obligarte a firmar papeles que no entiendes.".into();
    let pot = write(&Catalogue {
        header: default_header(""),
        entries: template.clone(),
        ..Catalogue::default()
    });
    let (ok, theirs, err) = gettext(
        "msgmerge",
        &[
            "--previous",
            "--no-wrap",
            "-q",
            "-o",
            "-",
            "old.po",
            "new.pot",
        ],
        &[("old.po", &write(&old)), ("new.pot", &pot)],
    );
    assert!(ok, "{err}");
    let theirs = parsed(&theirs);
    let ours = merge(&template, old, "quc");
    let fuzzy = |c: &Catalogue| -> Vec<(String, String, Option<String>)> {
        c.entries
            .iter()
            .filter(|e| e.fuzzy)
            .map(|e| (e.msgid.clone(), e.msgstr.clone(), e.previous.clone()))
            .collect()
    };
    assert_eq!(fuzzy(&ours), fuzzy(&theirs));
    assert_eq!(
        fuzzy(&ours),
        [(
            template[2].msgid.clone(),
            "traducción 2".to_string(),
            Some("Nadie puede obligarte a firmar un papel que no entiendes.".to_string())
        )]
    );
    assert_eq!(unlined(&theirs.entries), ours.entries);
}
