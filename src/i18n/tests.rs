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
