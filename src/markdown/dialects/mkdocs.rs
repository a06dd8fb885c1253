//! MkDocs' admonitions: `!!! danger "Title"` (and `??? note` that the reader opens), with their
//! text indented under them, become senda's callouts.

use super::text::{Text, indent};
use crate::markdown::CalloutKind;
use crate::markdown::containers::{Container, kind};

/// Every admonition on lines outside code.
pub(super) fn admonitions(text: &mut Text) {
    let lines = text.lines.clone();
    let mut i = 0;
    while i < lines.len() {
        let open = lines[i].clone();
        i += 1;
        let line = text.line(&open).to_string();
        let Some((callout, title)) = heading(&line) else {
            continue;
        };
        // Its text: the lines indented under it, with blank lines between them.
        let mut last = None;
        let mut j = i;
        while j < lines.len() && lines[j].start == lines[j - 1].end + 1 {
            let inner = text.line(&lines[j]);
            if inner.trim().is_empty() {
                j += 1;
                continue;
            }
            if indent(inner) < 4 {
                break;
            }
            last = Some(j);
            j += 1;
        }
        let Some(last) = last else { continue };
        for body in &lines[i..=last] {
            if !text.line(body).trim().is_empty() {
                text.outdent(body.clone());
            }
        }
        text.containers.push(Container {
            kind: callout,
            title,
            open: open.clone(),
            inner: open.end..lines[last].end,
        });
        text.blank(open);
        i = last + 1;
    }
}

/// The kind and title of `!!! type "Title"`, `??? type`, `???+ type`; `None` for other lines.
fn heading(line: &str) -> Option<(CalloutKind, Option<String>)> {
    if indent(line) > 3 {
        return None;
    }
    let line = line.trim();
    let (details, rest) = if let Some(rest) = line.strip_prefix("!!!") {
        (false, rest)
    } else {
        let rest = line.strip_prefix("???")?;
        (true, rest.strip_prefix('+').unwrap_or(rest))
    };
    if !rest.starts_with(' ') {
        return None;
    }
    let rest = rest.trim();
    let (word, title) = match rest.split_once(char::is_whitespace) {
        Some((word, title)) => (word, title.trim()),
        None => (rest, ""),
    };
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let callout = match details {
        true => CalloutKind::Details,
        false => kind(word).unwrap_or(match word {
            "error" | "failure" | "fail" | "bug" => CalloutKind::Danger,
            _ => CalloutKind::Important,
        }),
    };
    let title = title
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    Some((callout, title))
}
