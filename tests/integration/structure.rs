//! The shape of the code, held where a reviewer would otherwise have to remember it: one
//! Markdown parser, modules that depend on each other one way only, functions that fit on a
//! screen and files that hold one job.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FUNCTION_LINES: usize = 80;
const MAX_FILE_LINES: usize = 600;

/// Every source file under `src/`, with its text (comments kept).
fn sources() -> Vec<(PathBuf, String)> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<(PathBuf, String)> = walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).expect("read a source file");
            let rel = e
                .path()
                .strip_prefix(&src)
                .unwrap_or(e.path())
                .to_path_buf();
            (rel, text)
        })
        .collect();
    files.sort();
    assert!(files.len() > 20, "the sources are there");
    files
}

/// The code of a file without its comments and without its tests.
fn code(path: &Path, text: &str) -> Vec<String> {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return Vec::new();
    }
    let mut code = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" {
            // `mod tests;` names a file of tests; `mod tests {` starts them here, at the end.
            match lines.next() {
                Some(next) if next.trim_end().ends_with(';') => continue,
                _ => break,
            }
        }
        if !line.trim_start().starts_with("//") {
            code.push(line.to_string());
        }
    }
    code
}

/// The top-level module a source file belongs to (`render` for `render/page.rs`).
fn module_of(path: &Path) -> String {
    let first = path
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    first
        .unwrap_or_default()
        .trim_end_matches(".rs")
        .to_string()
}

#[test]
fn markdown_is_parsed_in_one_place() {
    let parsers: Vec<PathBuf> = sources()
        .into_iter()
        .filter(|(path, text)| code(path, text).iter().any(|l| l.contains("Parser::new")))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(parsers, [PathBuf::from("markdown/read/mod.rs")]);
}

/// Only the reading of a page knows pulldown-cmark: the document it makes is senda's own tree,
/// and every writer walks that.
#[test]
fn only_reading_knows_the_markdown_parser() {
    let knowing: Vec<PathBuf> = sources()
        .into_iter()
        .filter(|(path, text)| {
            code(path, text)
                .iter()
                .any(|l| l.contains("pulldown_cmark"))
        })
        .map(|(path, _)| path)
        .filter(|path| !path.starts_with("markdown/read"))
        .collect();
    assert!(knowing.is_empty(), "{knowing:?}");
}

#[test]
fn modules_depend_on_each_other_one_way_only() {
    let files = sources();
    let modules: BTreeSet<String> = files.iter().map(|(p, _)| module_of(p)).collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let from = module_of(path);
        for line in code(path, text) {
            for part in line.split("crate::").skip(1) {
                let to: String = part
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if modules.contains(&to) && to != from {
                    uses.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    // A module that reaches itself through others is a cycle.
    for start in uses.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((at, trail)) = stack.pop() {
            for next in uses.get(&at).into_iter().flatten() {
                assert!(
                    next != start,
                    "a cycle between modules: {} -> {next}",
                    trail.join(" -> ")
                );
                if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    let pipeline = uses.get("pipeline").cloned().unwrap_or_default();
    for later in ["check", "status", "serve", "scaffold"] {
        assert!(
            !pipeline.contains(later),
            "the pipeline must not depend on {later}"
        );
    }
}

#[test]
fn functions_fit_on_a_screen_and_files_hold_one_job() {
    let mut long = Vec::new();
    for (path, text) in sources() {
        // Every line counts, comments and unit tests too: a long test module goes to its own file.
        let all = text.lines().count();
        if all > MAX_FILE_LINES {
            long.push(format!("{}: {all} lines", path.display()));
        }
        let lines = code(&path, &text);
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = function_name(line) else {
                continue;
            };
            let indent = line.len() - line.trim_start().len();
            let end = lines[i..].iter().position(|l| {
                l.len() - l.trim_start().len() == indent && l.trim_start().starts_with('}')
            });
            if let Some(length) = end.map(|e| e + 1).filter(|n| *n > MAX_FUNCTION_LINES) {
                long.push(format!(
                    "{}:{}: fn {name} has {length} lines",
                    path.display(),
                    i + 1
                ));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Test files are source files too: none longer than the code's own bound.
#[test]
fn test_files_are_as_short_as_the_code() {
    let tests = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let long: Vec<String> = walkdir::WalkDir::new(&tests)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter(|e| {
            !e.path()
                .components()
                .any(|c| c.as_os_str() == "node_modules")
        })
        .filter_map(|e| {
            let lines = std::fs::read_to_string(e.path()).ok()?.lines().count();
            (lines > MAX_FILE_LINES).then(|| format!("{}: {lines} lines", e.path().display()))
        })
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// The name of the function a line starts, if it starts one with a body.
fn function_name(line: &str) -> Option<String> {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    if line.trim_end().ends_with(';') {
        return None;
    }
    Some(
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect(),
    )
}

#[test]
fn the_checks_above_find_what_they_look_for() {
    assert_eq!(
        function_name("    pub(super) fn render<'a>("),
        Some("render".into())
    );
    assert_eq!(
        function_name("    fn put(&mut self, outputs: Vec<Output>) -> Result<()>;"),
        None
    );
    assert_eq!(function_name("let x = 1;"), None);
    let text =
        "use x;\n// crate::y in a comment\nfn a() {}\n#[cfg(test)]\nmod tests { fn b() {} }\n";
    assert_eq!(code(Path::new("a.rs"), text), ["use x;", "fn a() {}"]);
    assert_eq!(module_of(Path::new("render/page.rs")), "render");
    assert_eq!(module_of(Path::new("site.rs")), "site");
}
