use std::path::Path;
use std::process::Command;

use super::*;

mod merge;

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
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
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
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
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
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
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

#[test]
fn malformed_lines_are_reported_where_they_are_with_a_fix() {
    let cases = [
        (
            "msgid \"Hola\"\n\nmsgstr Saqarik\n",
            "po/quc.po:3:8:",
            "no opening quote",
        ),
        (
            "msgid \"Hola\"\nmsgstr \"Saqarik\n",
            "po/quc.po:2:8:",
            "add `\"` at the end",
        ),
        (
            "msgid \"Hola\"\nmsgsrt \"Saqarik\"\n",
            "po/quc.po:2:1:",
            "did you mean `msgstr`?",
        ),
        (
            "msgid \"Hola\"\nmsgstr \"a\\qb\"\n",
            "po/quc.po:2:10:",
            "`\\q` is not an escape",
        ),
        (
            "msgid \"Hola\"\nmsgstr \"di \"no\"\"\n",
            "po/quc.po:2:13:",
            "write it as `\\\"`",
        ),
        (
            "msgid \"Hola\"\n\nmsgid \"Adiós\"\nmsgstr \"\"\n",
            "po/quc.po:1:1:",
            "has no `msgstr`",
        ),
        ("msgid \"Hola\"\n", "po/quc.po:1:1:", "has no `msgstr`"),
        (
            "msgstr \"Saqarik\"\n",
            "po/quc.po:1:1:",
            "has no `msgid` above it",
        ),
        (
            "\"Saqarik\"\nmsgid \"\"\n",
            "po/quc.po:1:1:",
            "follows no `msgid`",
        ),
        (
            "msgid \"Hola\"\nmsgstr \"a\"\nmsgstr \"b\"\n",
            "po/quc.po:3:1:",
            "already has a `msgstr`, on line 2",
        ),
        (
            "msgid \"día\"\nmsgid_plural \"días\"\nmsgstr[0] \"q'ij\"\n",
            "po/quc.po:2:1:",
            "pages have no plural forms",
        ),
        (
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n",
            "po/quc.po:2:1:",
            "UTF-8 only",
        ),
        (
            "msgid \"\"\nmsgstr \"Language quc\\n\"\n",
            "po/quc.po:2:1:",
            "is not a field",
        ),
        (
            "#| msgstr \"x\"\nmsgid \"a\"\nmsgstr \"\"\n",
            "po/quc.po:1:4:",
            "`#|` line",
        ),
    ];
    for (text, place, words) in cases {
        let error = parse_error(text);
        assert!(
            error.contains(place) && error.contains(words),
            "for {text:?} expected {place} … {words}, got:\n{error}"
        );
    }
}

#[test]
fn a_message_given_twice_is_reported_with_both_lines() {
    let text = "msgid \"Hola\"\nmsgstr \"a\"\n\nmsgctxt \"menu\"\nmsgid \"Hola\"\nmsgstr \"b\"\n\n\
                msgid \"Hola\"\nmsgstr \"c\"\n\n#~ msgid \"Hola\"\n#~ msgstr \"d\"\n";
    let error = parse_error(text);
    assert!(
        error.starts_with("error: po/quc.po:8:1: this message is already in the file, at line 1")
            && error.contains("(line 1 or line 8)"),
        "{error}"
    );
    assert!(!error.contains("problems found"), "one duplicate: {error}");
}

#[test]
fn windows_line_ends_and_a_byte_order_mark_are_read() {
    let text = "\u{feff}msgid \"\"\r\nmsgstr \"Language: quc\\n\"\r\n\r\n# nota\r\nmsgid \"Hola\"\r\nmsgstr \"\"\r\n\"Saqarik\"\r\n";
    let catalogue = parsed(text);
    assert_eq!(
        catalogue.header,
        [("Language".to_string(), "quc".to_string())]
    );
    let hola = &catalogue.entries[0];
    assert_eq!((hola.msgstr.as_str(), hola.line), ("Saqarik", 5));
    assert_eq!(hola.comments, ["nota"]);
    let error = parse_error("\u{feff}msgid \"\"\r\nmsgstr \"\"\r\nmsgstr x\r\n");
    assert!(error.contains("po/quc.po:3:1:"), "{error}");
}

/// A catalogue as Weblate and Poedit leave it (here as msgcat writes it): a translator's header
/// with dates and names, a fuzzy header, wrapped lines, several references on one line.
/// Everything survives, byte for byte but for one line break: gettext also breaks lines after a
/// `/` in a URL, senda only at spaces.
#[test]
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
fn a_file_from_a_translation_tool_survives_reading_and_writing() {
    let text = include_str!("tests/weblate.po");
    let catalogue = parsed(text);
    assert_eq!(catalogue.header_comments[4], "#, fuzzy");
    assert_eq!(
        catalogue.header_value("Last-Translator"),
        Some("Ana López <ana@example.org>")
    );
    assert_eq!(
        catalogue.header_value("Language-Team"),
        Some("K'iche' (Guatemala) <https://hosted.weblate.org/projects/senda/quc/>")
    );
    let first = &catalogue.entries[0];
    assert_eq!(first.comments, ["Ana: revisar con la comunidad", ""]);
    assert_eq!(first.references.len(), 2);
    assert_eq!(first.line, 26);
    let second = &catalogue.entries[1];
    assert!(second.fuzzy && second.flags == ["no-wrap"]);
    assert_eq!(
        second.previous.as_deref(),
        Some("Primera línea\nsegunda línea")
    );
    let rewrapped = text.replace(
        "(Guatemala) <https://hosted.weblate.org/projects/\"\n\"senda/quc/>",
        "(Guatemala) \"\n\"<https://hosted.weblate.org/projects/senda/quc/>",
    );
    assert_ne!(rewrapped, text);
    assert_eq!(write(&catalogue), rewrapped);
    assert_eq!(parsed(&rewrapped).header, catalogue.header);
    let (ok, out, err) = gettext("msgcat", &["quc.po"], &[("quc.po", text)]);
    assert!(
        ok && out == text,
        "the sample is not as gettext writes it:\n{err}{out}"
    );
}

#[test]
fn what_senda_does_not_keep_as_written_is_tidied_not_lost() {
    let text = "#no space\n#,no-wrap,fuzzy,no-wrap\n#:  a.md:1\tb.md:2\nmsgid \"a\" \nmsgstr \"\"   \n\t\"b\"\n\n# dangling comment\n";
    let catalogue = parsed(text);
    assert_eq!(
        write(&catalogue),
        "# no space\n#: a.md:1 b.md:2\n#, fuzzy, no-wrap\nmsgid \"a\"\nmsgstr \"b\"\n"
    );
}

/// Broken files of every shape (cut anywhere, a line left out or doubled, a quote or backslash
/// added) are an error or a catalogue, never a panic.
#[test]
fn no_malformed_file_panics() {
    let text = write(&sample()) + "#| msgid \"x\"\n#~| msgctxt \"y\"\n#~ msgid \"\\101\\x41\"\n";
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut variants: Vec<String> = text
        .char_indices()
        .map(|(i, _)| text[..i].to_string())
        .collect();
    for i in 0..lines.len() {
        let mut without = lines.clone();
        without.remove(i);
        variants.push(without.concat());
        let mut doubled = lines.clone();
        doubled.insert(i, lines[i]);
        variants.push(doubled.concat());
    }
    for (i, _) in text.char_indices().step_by(7) {
        for extra in ["\"", "\\", "\\x", "\\7", "#~|", "\u{feff}", "\r"] {
            variants.push(format!("{}{extra}{}", &text[..i], &text[i..]));
        }
    }
    let mut errors = 0;
    for variant in &variants {
        if let Err(e) = parse(variant, Path::new("po/quc.po")) {
            assert!(e.to_string().contains("po/quc.po:"), "{e}");
            errors += 1;
        }
    }
    assert!(
        errors > variants.len() / 4,
        "{errors} of {}",
        variants.len()
    );
}

#[test]
fn every_standard_escape_is_read() {
    let catalogue =
        parsed("msgid \"\\a\\b\\f\\v\\t\\r\\n\\\\\\\"\\'\\?\\101\\x41\\0\"\nmsgstr \"\"\n");
    assert_eq!(
        catalogue.entries[0].msgid,
        "\u{7}\u{8}\u{c}\u{b}\t\r\n\\\"'?AA\0"
    );
    let error = parse_error("msgid \"\\351t\\u00e9\"\nmsgstr \"\"\n");
    assert!(
        error.contains("po/quc.po:1:8: this escape does not stand for a letter"),
        "{error}"
    );
}
