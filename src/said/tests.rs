use std::collections::BTreeSet;
use std::path::Path;

use super::*;

#[test]
fn catalogues_parse() {
    for tongue in Tongue::ALL {
        assert_eq!(syntax_errors(tongue), Vec::<String>::new(), "{tongue:?}");
    }
}

/// A message only one catalogue has would reach some writers in the other language.
#[test]
fn both_catalogues_have_every_message_once_with_the_same_values() {
    let en = ids(Tongue::En);
    let es = ids(Tongue::Es);
    for (tongue, list) in [(Tongue::En, &en), (Tongue::Es, &es)] {
        let mut seen = BTreeSet::new();
        let twice: Vec<_> = list.iter().filter(|id| !seen.insert(**id)).collect();
        assert!(twice.is_empty(), "{tongue:?} defines twice: {twice:?}");
    }
    let (en_set, es_set): (BTreeSet<_>, BTreeSet<_>) =
        (en.into_iter().collect(), es.into_iter().collect());
    let only_en: Vec<_> = en_set.difference(&es_set).collect();
    let only_es: Vec<_> = es_set.difference(&en_set).collect();
    assert!(only_en.is_empty(), "not in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "not in English: {only_es:?}");
    for id in &en_set {
        assert_eq!(
            variables(Tongue::En, id),
            variables(Tongue::Es, id),
            "`{id}` uses other values in Spanish than in English"
        );
    }
}

/// Every `said!` in the source: the message exists, and it is given every value it uses.
#[test]
fn every_message_said_in_the_source_exists_and_gets_its_values() {
    let known: BTreeSet<_> = ids(Tongue::En).into_iter().collect();
    let mut problems = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut calls = 0;
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        // This module's own examples are not messages.
        if path.extension().is_none_or(|e| e != "rs") || path.starts_with(src.join("said")) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for (id, given) in said_calls(&text) {
            calls += 1;
            if !known.contains(id.as_str()) {
                problems.push(format!("{}: `{id}` is in no catalogue", path.display()));
                continue;
            }
            for tongue in Tongue::ALL {
                for used in variables(tongue, &id) {
                    if !given.iter().any(|g| g == used) {
                        problems.push(format!(
                            "{}: `{id}` uses `${used}` in {tongue:?}, not given",
                            path.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(calls > 0, "no said! found under {}", src.display());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each `said!("id", a = …, b = …)` in `text`: the id and the names given.
fn said_calls(text: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("said!(") {
        // rustfmt may put the id on the next line.
        let Some(rest) = text[at + 6..].trim_start().strip_prefix('"') else {
            continue;
        };
        let Some(end) = rest.find('"') else { continue };
        let id = rest[..end].to_string();
        let mut depth = 1;
        let mut names = Vec::new();
        let mut body_end = rest.len();
        let mut in_string = false;
        let bytes: Vec<char> = rest[end + 1..].chars().collect();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            match c {
                '\\' if in_string => i += 1,
                '"' => in_string = !in_string,
                '(' | '[' | '{' if !in_string => depth += 1,
                ')' | ']' | '}' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        body_end = i;
                        break;
                    }
                }
                ',' if !in_string && depth == 1 => {
                    let name: String = bytes[i + 1..]
                        .iter()
                        .skip_while(|c| c.is_whitespace())
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    if !name.is_empty() {
                        names.push(name);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let _ = body_end;
        found.push((id, names));
    }
    found
}

#[test]
fn tongue_follows_the_primary_language() {
    assert_eq!(Tongue::for_language("es-MX"), Tongue::Es);
    assert_eq!(Tongue::for_language("ES"), Tongue::Es);
    assert_eq!(Tongue::for_language("en"), Tongue::En);
    assert_eq!(Tongue::for_language("quc"), Tongue::En);
}

#[test]
fn words_come_from_the_writers_catalogue() {
    let said = crate::said!("problems-found", count = 3usize);
    assert_eq!(
        said.words(Tongue::En),
        "3 problems found; nothing was written."
    );
    assert_eq!(
        said.words(Tongue::Es),
        "Hay 3 problemas; no se escribió nada."
    );
    let verbatim = Said::verbatim("a tool's words");
    assert_eq!(verbatim.words(Tongue::Es), "a tool's words");
}

#[test]
fn an_unknown_id_shows_its_values_rather_than_nothing() {
    let said = Said {
        id: "no-such-message",
        args: vec![("path", Value::from("a.md"))],
    };
    assert_eq!(said.words(Tongue::Es), "no-such-message (path: a.md)");
}
