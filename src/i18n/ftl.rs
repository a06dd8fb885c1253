//! Reading one language's `.ftl` files: each message where it is defined, and the mistakes a
//! translator makes (syntax, a message defined twice, a reference to one that does not exist, a
//! message that refers to itself), each at its line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::{Definition, check_escapes};
use crate::diagnostics::{Diagnostic, Result, line_col};
use crate::said;

/// A language's `.ftl` files, in order of name (none when it has no folder).
pub(super) fn ftl_files(lang_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(lang_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Parses one `.ftl` file, recording where each message is defined and what it refers to.
/// Also returns each message this file defines again, located at both definitions: Fluent keeps
/// the first and would otherwise name neither.
pub(super) fn parse(
    shown: &Path,
    text: String,
    defined: &mut BTreeMap<String, Definition>,
    graph: &mut BTreeMap<String, Node>,
) -> Result<(FluentResource, Vec<Diagnostic>)> {
    check_escapes(shown, &text)?;
    // The entries that read well are kept beside the syntax errors of the others: one bad string
    // does not take its file's other messages with it (which `check` would report as missing).
    let (resource, mut twice) = match FluentResource::try_new(text) {
        Ok(r) => (r, Vec::new()),
        Err((resource, errors)) => {
            let source = resource.source();
            let list = errors
                .iter()
                .map(|e| syntax_problem(shown, source, e))
                .collect();
            (resource, list)
        }
    };
    let source = resource.source();
    let line_of = |name: &str| {
        let offset = (name.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
        source
            .get(..offset)
            .map_or(1, |s| s.matches('\n').count() + 1)
    };
    for entry in resource.entries() {
        let (key, id, value, attributes) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.id.name,
                m.value.as_ref(),
                &m.attributes,
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                t.id.name,
                Some(&t.value),
                &t.attributes,
            ),
            _ => continue,
        };
        let definition = Definition {
            path: shown.to_path_buf(),
            line: line_of(id),
        };
        let mut names = Vec::new();
        let mut placeables = 0;
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            placeables += pattern_refs(pattern, &mut names);
        }
        let refs = located(source, names);
        if let Some(first) = graph.get(&key) {
            twice.push(defined_twice(source, &key, &first.definition, &definition));
            continue;
        }
        if !key.starts_with('-') {
            defined.insert(key.clone(), definition.clone());
        }
        graph.insert(
            key,
            Node {
                definition,
                refs,
                placeables,
            },
        );
    }
    Ok((resource, twice))
}

/// Each name a message refers to (`-name` for a term), with its line and column in `source`.
fn located(source: &str, names: Vec<(bool, &str)>) -> Refs {
    names
        .into_iter()
        .map(|(term, name)| {
            let offset = (name.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
            let (line, col, _) = line_col(source, offset);
            let key = if term {
                format!("-{name}")
            } else {
                name.to_string()
            };
            (key, (line, col))
        })
        .collect()
}

/// A message defined a second time, shown at the second definition.
fn defined_twice(source: &str, key: &str, first: &Definition, again: &Definition) -> Diagnostic {
    let message = said!(
        "strings-defined-twice",
        key = key,
        file = &first.path,
        line = first.line
    );
    Diagnostic::at_line(&again.path, Some(source), again.line, 1, message)
}

/// A Fluent syntax error in plain words, at the place the writer must fix: an unclosed `{` is
/// shown where it opens, not at the next message where the parser gave up.
fn syntax_problem(
    shown: &Path,
    source: &str,
    e: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    use fluent_syntax::parser::ErrorKind;
    let (at, message) = match &e.kind {
        ErrorKind::ExpectedToken('}') => {
            let entry = e.slice.clone().unwrap_or(e.pos.clone());
            let open = source
                .get(entry.start..e.pos.start.min(source.len()))
                .and_then(|text| text.rfind('{'))
                .map_or(e.pos.start, |i| entry.start + i);
            let written = source
                .get(open..)
                .and_then(|t| t.lines().next())
                .unwrap_or_default();
            match translated_name(written) {
                Some(name) => (
                    open..open + 1,
                    said!("strings-translated-name", name = name),
                ),
                None => (open..open + 1, said!("strings-brace-unclosed")),
            }
        }
        ErrorKind::UnbalancedClosingBrace => (e.pos.clone(), said!("strings-brace-unopened")),
        ErrorKind::ExpectedToken('=') => (e.pos.clone(), said!("strings-equals-missing")),
        ErrorKind::MissingDefaultVariant => {
            (e.pos.clone(), said!("strings-default-variant-missing"))
        }
        kind => (
            e.pos.clone(),
            said!("strings-fluent-syntax", detail = kind.to_string()),
        ),
    };
    Diagnostic::at(shown, source, at, message)
}

/// `{ $q'ij }` as written after its `{`, when the name after `$` has letters Fluent's names
/// cannot hold (an apostrophe, an accent): a name translated into the page's language.
fn translated_name(written: &str) -> Option<&str> {
    let inside = written.strip_prefix('{')?.trim_start().strip_prefix('$')?;
    let end = inside.find(['}', ' ']).unwrap_or(inside.len());
    let name = &inside[..end];
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    (!name.is_empty() && !name.chars().all(plain)).then(|| {
        let close = written.find('}').map_or(written.len(), |i| i + 1);
        &written[..close]
    })
}

/// What a message refers to: each message or term (`-id`) and where its name is (line, column).
pub(super) type Refs = Vec<(String, (usize, usize))>;

/// One message or term of a language: where it is defined, what it refers to (once per mention),
/// and how many `{ }` parts its own text has.
pub(super) struct Node {
    pub(super) definition: Definition,
    pub(super) refs: Refs,
    pub(super) placeables: usize,
}

/// Fluent stops filling in a message after this many `{ }` parts, and fluent-bundle 0.16 panics
/// when the part it stops at is a `{ "text" }` or `{ { … } }` (found by fuzzing).
const MAX_PLACEABLES: usize = 100;

/// The names of the messages and terms (`true`) a pattern refers to; returns how many `{ }` parts
/// it has, counting those in every variant of a choice.
fn pattern_refs<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<(bool, &'s str)>) -> usize {
    let mut placeables = 0;
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            placeables += 1 + expression_refs(expression, out);
        }
    }
    placeables
}

fn expression_refs<'s>(
    expression: &ast::Expression<&'s str>,
    out: &mut Vec<(bool, &'s str)>,
) -> usize {
    match expression {
        ast::Expression::Inline(inline) => {
            inline_refs(inline, out);
            0
        }
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            variants
                .iter()
                .map(|variant| pattern_refs(&variant.value, out))
                .sum()
        }
    }
}

fn inline_refs<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<(bool, &'s str)>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push((false, id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push((true, id.name));
            for a in arguments
                .iter()
                .flat_map(|c| c.positional.iter().chain(c.named.iter().map(|n| &n.value)))
            {
                inline_refs(a, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                inline_refs(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_refs(expression, out);
        }
        _ => {}
    }
}

/// The variables (`{ $name }`) a pattern uses, in every variant of a choice and every argument
/// of a function; not those of the messages and terms it refers to.
pub(super) fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(expression: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                let named = arguments.named.iter().map(|n| &n.value);
                for a in arguments.positional.iter().chain(named) {
                    inline(a, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => placeable(expression, out),
            _ => {}
        }
    }
    fn placeable(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    pattern_variables(&variant.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            placeable(expression, out);
        }
    }
}

/// References to messages or terms this language does not define. `{ language }` written for
/// `{ $language }` is the usual one: Fluent would drop the whole line from the page.
pub(super) fn unknown_refs(graph: &BTreeMap<String, Node>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for Node {
        definition, refs, ..
    } in graph.values()
    {
        for (name, (line, col)) in refs.iter().filter(|(name, _)| !graph.contains_key(name)) {
            let message = match name.strip_prefix('-') {
                Some(term) => said!("strings-term-unknown", term = term),
                None => said!("strings-reference-unknown", name = name),
            };
            found.push(Diagnostic::at_line(
                &definition.path,
                None,
                *line,
                *col,
                message,
            ));
        }
    }
    found
}

/// Messages that contain themselves, directly or through others: Fluent cannot format them
/// (and fluent-bundle 0.16 can even panic on them, as fuzzing found).
pub(super) fn cycles(graph: &BTreeMap<String, Node>) -> Vec<Diagnostic> {
    fn visit<'g>(
        node: &'g str,
        graph: &'g BTreeMap<String, Node>,
        path: &mut Vec<&'g str>,
        done: &mut BTreeSet<&'g str>,
        found: &mut Vec<Diagnostic>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(start) = path.iter().position(|n| *n == node) {
            let ring: Vec<&str> = path[start..]
                .iter()
                .copied()
                .chain(std::iter::once(node))
                .collect();
            if let Some(Node { definition, .. }) = graph.get(node) {
                found.push(Diagnostic::at_line(
                    &definition.path,
                    None,
                    definition.line,
                    1,
                    said!(
                        "strings-message-cycle",
                        node = node,
                        ring = ring.join(" → ")
                    ),
                ));
            }
            return;
        }
        let Some(Node { refs, .. }) = graph.get(node) else {
            return;
        };
        path.push(node);
        for (next, _) in refs {
            visit(next, graph, path, done, found);
        }
        path.pop();
        done.insert(node);
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

/// Messages with more `{ }` parts than Fluent fills in, once the messages and terms they use are
/// counted in: Fluent would cut the text short, and can panic doing so. Messages in a cycle are
/// left to `cycles`.
pub(super) fn crowded(graph: &BTreeMap<String, Node>) -> Vec<Diagnostic> {
    fn parts<'g>(
        key: &'g str,
        graph: &'g BTreeMap<String, Node>,
        path: &mut Vec<&'g str>,
        known: &mut BTreeMap<&'g str, usize>,
    ) -> usize {
        if let Some(n) = known.get(key) {
            return *n;
        }
        let Some(node) = graph.get(key).filter(|_| !path.contains(&key)) else {
            return 0;
        };
        path.push(key);
        let total = node.refs.iter().fold(node.placeables, |sum, (name, _)| {
            sum.saturating_add(parts(name, graph, path, known))
        });
        path.pop();
        known.insert(key, total);
        total
    }
    let mut known = BTreeMap::new();
    let mut found = Vec::new();
    for (key, node) in graph {
        let total = parts(key, graph, &mut Vec::new(), &mut known);
        if total > MAX_PLACEABLES {
            let message = if total == usize::MAX {
                said!(
                    "strings-message-crowded-endless",
                    key = key,
                    max = MAX_PLACEABLES
                )
            } else {
                said!(
                    "strings-message-crowded",
                    key = key,
                    parts = total,
                    max = MAX_PLACEABLES
                )
            };
            found.push(Diagnostic::at_line(
                &node.definition.path,
                None,
                node.definition.line,
                1,
                message,
            ));
        }
    }
    found
}
