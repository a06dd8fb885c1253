//! Merging a template into a catalogue: what keeps, what turns fuzzy, obsolete or new, and
//! agreement with msgmerge.

use super::*;

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
#[ignore = "gettext: `cargo test -- --ignored` runs it (apt-get install gettext)"]
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

#[test]
fn an_empty_message_in_the_template_does_not_become_a_second_header() {
    let template = [
        entry("", ""),
        at("content/es/a.md:1", "Hola"),
        entry("Hola", ""),
    ];
    let merged = merge(&template, Catalogue::default(), "quc");
    assert_eq!(merged.entries.len(), 1);
    assert_eq!(merged.entries[0].references, ["content/es/a.md:1"]);
    assert_eq!(parsed(&write(&merged)).entries.len(), 1);
}
