use super::*;

/// Regression: the Fluent fuzzer's crash, minimised.
#[test]
fn a_unicode_escape_running_into_a_letter_is_an_error_not_a_panic() {
    let err = try_file(Path::new("locales/es/main.ftl"), "a = {\"\\uñ\"}\n").err();
    let shown = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        shown.contains("locales/es/main.ftl:1:7: `\\u` must be followed by 4 hexadecimal digits"),
        "{shown}"
    );
    assert!(try_file(Path::new("a.ftl"), "a = {\"\\u00E9\"} \\u in text\n").is_ok());
    let cycle = try_file(
        Path::new("a.ftl"),
        "a = { b }\nb = x { { a } } { \"lit\" }\n",
    )
    .err();
    let shown = cycle.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        shown.contains("a.ftl:1:1: `a` contains itself (a → b → a)"),
        "{shown}"
    );
    let twice = try_file(Path::new("a.ftl"), "a = x\nb = y\na = z\n").err();
    let shown = twice.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        shown.contains("a.ftl:3:1: `a` is already defined in a.ftl on line 1"),
        "{shown}"
    );
    let fuzzed = [0x61, 0x3d, 0x7b, 0x22, 0x5c, 0x75, 0xff];
    assert!(try_file(Path::new("a.ftl"), &String::from_utf8_lossy(&fuzzed)).is_err());
}

/// Regression: fluent-bundle panics when it stops at its 100th `{ }` part on a literal; such a
/// message is a located error instead (found by fuzzing in CI).
#[test]
fn a_message_with_too_many_parts_is_an_error_not_a_panic() {
    let many = format!(
        "a = {}\nb = {{ c }}{{ c }}\nc = {}\n",
        "{\"x\"}".repeat(101),
        "{ $count }".repeat(60)
    );
    let shown = try_file(Path::new("a.ftl"), &many)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        shown.contains("a.ftl:1:1: `a` has 101 parts in `{ }`"),
        "{shown}"
    );
    assert!(shown.contains("a.ftl:2:1: `b` has 122 parts"), "{shown}");
    assert!(!shown.contains("`c` has"), "{shown}");
    assert!(!shown.contains("could not be formatted"), "{shown}");
}

/// A string's problem met in a template travels through tera as marked text (tera adds the
/// template's lines after it) and comes back a message at its `.ftl` line, in either tongue.
#[test]
fn a_marked_problem_comes_back_as_a_message_at_its_line() {
    let text = format!(
        "{MARK}locales/es/main.ftl{MARK}12{MARK}variable{MARK}notice{MARK}idioma{MARK}\n --> notices.html:1:59"
    );
    let Some(d) = unmark(&text) else {
        panic!("not read back: {text:?}");
    };
    assert_eq!(d.location.map(|l| l.line), Some(12));
    let english = d.message.to_string();
    assert!(
        english.starts_with("the message `notice`: `{ $idioma }` is not a value the theme gives")
            && english.ends_with("or ask whoever made the theme"),
        "{english}"
    );
    let spanish = d.message.words(crate::said::Tongue::Es);
    assert!(
        spanish.starts_with("el mensaje `notice`: `{ $idioma }`"),
        "{spanish}"
    );
    assert!(unmark("the message `notice`: no mark").is_none());
}
