//! MDX, as Docusaurus pages are written: `import`/`export` lines, `{/* comments */}`,
//! `{require('@site/static/…').default}` images, `{VALUE.field}` expressions and components
//! (`<Info>`, `<Admonition type="danger">`, `<Button label link/>`, `<DocCardList/>`).

use std::collections::BTreeMap;

use super::text::{Text, in_code};
use crate::markdown::containers::{Container, kind};
use crate::markdown::read::{HtmlTag, tags};
use crate::said;

/// Component names and the files they are imported from.
pub(super) type Imports = BTreeMap<String, String>;

/// `import … from '…'` and `export const …` statements: code for the site's own build, never
/// words for the reader. Blanked; returns what the imports name.
pub(super) fn esm(text: &mut Text) -> Imports {
    let mut imports = Imports::new();
    let lines = text.lines.clone();
    let mut i = 0;
    while i < lines.len() {
        let line = text.line(&lines[i]);
        let end = if line.starts_with("import ") || line.starts_with("import{") {
            import_end(text, &lines[i..]).map(|n| i + n)
        } else if [
            "export const ",
            "export let ",
            "export function ",
            "export default ",
        ]
        .iter()
        .any(|s| line.starts_with(s))
        {
            Some(i + export_end(text, &lines[i..]))
        } else {
            None
        };
        let Some(end) = end else {
            i += 1;
            continue;
        };
        let statement: Vec<&str> = lines[i..=end].iter().map(|r| text.line(r)).collect();
        record(&statement.join(" "), &mut imports);
        text.blank(lines[i].start..lines[end].end);
        i = end + 1;
    }
    imports
}

/// How many lines after the first an import statement takes; `None` if it is no import.
fn import_end(text: &Text, lines: &[std::ops::Range<usize>]) -> Option<usize> {
    let first = text.line(&lines[0]);
    if first.starts_with("import '") || first.starts_with("import \"") {
        return Some(0);
    }
    lines.iter().take(30).position(|r| {
        let line = text.line(r);
        line.contains(" from '") || line.contains(" from \"") || line.starts_with("from ")
    })
}

/// How many lines after the first an `export` takes: until its brackets close.
fn export_end(text: &Text, lines: &[std::ops::Range<usize>]) -> usize {
    let mut depth = 0i32;
    for (n, range) in lines.iter().enumerate().take(200) {
        for c in text.line(range).chars() {
            match c {
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth -= 1,
                _ => {}
            }
        }
        if depth <= 0 {
            return n;
        }
    }
    0
}

/// The names an import statement brings in, each with the file it comes from.
fn record(statement: &str, imports: &mut Imports) {
    let Some((names, source)) = statement.rsplit_once(" from ") else {
        return;
    };
    let source = source
        .trim()
        .trim_end_matches(';')
        .trim_matches(['\'', '"']);
    let names = names.trim().trim_start_matches("import").trim();
    for name in names.split([',', '{', '}']) {
        let name = name.split(" as ").last().unwrap_or(name).trim();
        if !name.is_empty() && name != "*" {
            imports.insert(name.to_string(), source.to_string());
        }
    }
}

/// `{/* … */}` comments, blanked; one closing a heading (`## Title {/* #id */}`) is left, as it
/// gives the heading its id.
pub(super) fn comments(text: &mut Text) {
    let lines = text.lines.clone();
    for range in &lines {
        let line = text.line(range).to_string();
        let mut from = 0;
        while let Some(k) = line[from..].find("{/*").map(|k| from + k) {
            from = k + 3;
            if in_code(&line, k) {
                continue;
            }
            let start = range.start + k;
            let Some(end) = text.now()[start + 3..].find("*/}").map(|e| start + 6 + e) else {
                break;
            };
            let inside = text.now()[start + 3..end - 3].trim();
            let heading = line.trim_start().starts_with('#') && end == range.end;
            let an_id = inside.starts_with('#') && !inside.contains(char::is_whitespace);
            if heading && an_id {
                continue;
            }
            text.blank(start..end);
        }
    }
}

/// Attributes written as MDX values (`src={require('@site/static/a.gif').default}`,
/// `href={RELEASE.url}`, `style={{…}}`): an image `require`d from the site is its address; any
/// other value is the site's code, left out (and the writer told, for an address).
pub(super) fn attributes(text: &mut Text) {
    let lines = text.lines.clone();
    for range in &lines {
        let mut from = range.start;
        while let Some(k) = text.now()[from..range.end].find("={").map(|k| from + k) {
            from = k + 2;
            let line = text.line(range);
            let at = k - range.start;
            let open_tag = line[..at]
                .rfind('<')
                .is_some_and(|lt| !line[lt..at].contains('>'));
            if !open_tag || in_code(line, at) {
                continue;
            }
            let Some(close) = closing_brace(&text.now()[k + 1..range.end]) else {
                continue;
            };
            let value = k + 1..k + 1 + close + 1;
            let name_start = text.now()[..k]
                .rfind(|c: char| c.is_whitespace() || c == '<')
                .map_or(k, |s| s + 1);
            let name = text.now()[name_start..k].to_ascii_lowercase();
            let written = text.now()[value.clone()].to_string();
            match required(&written) {
                Some(path) => text.replace(value.clone(), &format!("\"{path}\"")),
                None => {
                    if name == "href" || name == "src" {
                        let message = said!("markdown-mdx-value", value = &written);
                        text.warn(value.clone(), message);
                    }
                    text.blank(name_start..value.end);
                }
            }
            from = value.end;
        }
    }
}

/// `src="{require(&quot;@site/static/a.gif&quot;).default}"`: the same image written in quotes,
/// as translation tools save MDX, which Docusaurus then shows as a broken image: its address.
pub(super) fn quoted_requires(text: &mut Text) {
    let lines = text.lines.clone();
    for range in &lines {
        let mut from = range.start;
        while let Some(k) = text.now()[from..range.end]
            .find("\"{require(")
            .map(|k| from + k)
        {
            from = k + 2;
            let Some(end) = text.now()[k + 1..range.end]
                .find("}\"")
                .map(|e| k + 1 + e + 2)
            else {
                continue;
            };
            let written = text.now()[k + 1..end - 1]
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            if let Some(path) = required(&written) {
                text.replace(k..end, &format!("\"{path}\""));
            }
            from = end;
        }
    }
}

/// Where the brace that closes the one `text` starts with is, counting nested ones.
fn closing_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The file of `{require('@site/static/img/a.gif').default}`, as an address from the site's
/// root (`/img/a.gif`); a relative one as written.
fn required(value: &str) -> Option<String> {
    let inner = value.strip_prefix('{')?.strip_suffix('}')?.trim();
    let inner = inner.strip_prefix("require(")?;
    let inner = inner
        .strip_suffix(".default")
        .unwrap_or(inner)
        .strip_suffix(')')?;
    let path = inner.trim().trim_matches(['\'', '"']);
    if path.contains(['"', '\'', '<', '>']) {
        return None;
    }
    Some(match path.strip_prefix("@site/static") {
        Some(rest) => rest.to_string(),
        None => path.to_string(),
    })
}

/// `{RELEASE.version}` in running text: a value the site's own code fills in. senda cannot
/// know it; the writer is told to write it out.
pub(super) fn expressions(text: &mut Text) {
    let lines = text.lines.clone();
    for range in &lines {
        let line = text.line(range).to_string();
        for (k, _) in line.match_indices('{') {
            let rest = &line[k + 1..];
            let Some(end) = rest.find('}') else { continue };
            let inner = &rest[..end];
            let name_like = inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            let first = inner.chars().next();
            if !name_like
                || !inner.contains('.')
                || !first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                || in_code(&line, k)
            {
                continue;
            }
            let at = range.start + k..range.start + k + end + 2;
            text.warn(
                at,
                said!("markdown-mdx-expression", value = &line[k..k + end + 2]),
            );
        }
    }
}

/// The admonition components Docusaurus sites write, as senda's callouts.
const ADMONITIONS: [&str; 8] = [
    "Admonition",
    "Note",
    "Tip",
    "Info",
    "Important",
    "Warning",
    "Caution",
    "Danger",
];

/// Components on lines of their own: admonitions become callouts, a button a link, and any
/// other self-closing one (drawn by the site's own code) is left out, and the writer told.
pub(super) fn components(text: &mut Text, imports: &Imports) {
    let lines = text.lines.clone();
    let mut i = 0;
    while i < lines.len() {
        let range = lines[i].clone();
        let line = text.line(&range).to_string();
        let trimmed = line.trim();
        i += 1;
        if !trimmed.starts_with('<')
            || !trimmed[1..].starts_with(|c: char| c.is_ascii_uppercase())
            || !trimmed.ends_with('>')
        {
            continue;
        }
        let Some(tag) = tags(trimmed).into_iter().next() else {
            continue;
        };
        let start = range.start + (line.len() - line.trim_start().len());
        let at = start..start + trimmed.len();
        let name = &trimmed[1..1 + tag.name.len()];
        if trimmed.ends_with("/>") {
            self_closing(text, at, name, &tag, imports);
        } else if ADMONITIONS.contains(&name) {
            admonition(text, &lines[i - 1..], name, &tag);
        }
    }
}

/// A self-closing component: a button becomes its link, anything else is left out.
fn self_closing(
    text: &mut Text,
    at: std::ops::Range<usize>,
    name: &str,
    tag: &HtmlTag,
    imports: &Imports,
) {
    let label = tag.get("label").map(|a| a.value.trim());
    let link = ["link", "href", "to"]
        .iter()
        .find_map(|n| tag.get(n))
        .map(|a| a.value.trim());
    if let (Some(label), Some(link)) = (label, link)
        && !label.is_empty()
        && !link.contains(char::is_whitespace)
    {
        let label = label.replace(['[', ']'], "");
        text.replace(at, &format!("[{label}]({link})"));
        return;
    }
    let shown = format!("<{name}/>");
    let message = match imports.get(name) {
        Some(file) if file.ends_with(".md") || file.ends_with(".mdx") => {
            said!("markdown-mdx-partial", name = &shown, file = file)
        }
        _ => said!("markdown-mdx-component", name = &shown),
    };
    text.warn(at.clone(), message);
    text.blank(at);
}

/// `<Warning title="…">` … `</Warning>` (each on a line of its own): a callout.
fn admonition(text: &mut Text, lines: &[std::ops::Range<usize>], name: &str, tag: &HtmlTag) {
    let (open, close_tag) = (&lines[0], format!("</{name}>"));
    let mut depth = 0;
    let close = lines[1..].iter().find(|r| {
        let line = text.line(r).trim();
        if line.starts_with(&format!("<{name}")) && !line.ends_with("/>") {
            depth += 1;
        } else if line == close_tag {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
        false
    });
    let Some(close) = close.cloned() else {
        let tag = text.line(open).trim().to_string();
        let message = said!("markdown-mdx-unclosed", tag = &tag, name = name);
        text.warn(open.clone(), message);
        return;
    };
    let kind = match name {
        "Admonition" => tag.get("type").and_then(|t| kind(t.value)),
        _ => kind(name),
    };
    let title = tag
        .get("title")
        .map(|t| t.value.trim().to_string())
        .filter(|t| !t.is_empty());
    text.containers.push(Container {
        kind: kind.unwrap_or(crate::markdown::CalloutKind::Important),
        title,
        open: open.clone(),
        inner: open.end..close.start,
    });
    text.blank(open.clone());
    text.blank(close);
}
