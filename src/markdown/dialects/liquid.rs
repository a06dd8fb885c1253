//! Liquid, as Jekyll pages are written: `{{ "/a" | relative_url }}`, `{{ site.baseurl }}` and
//! `{% link a.md %}` are addresses; `{% raw %}` and `{% comment %}` are read as Jekyll reads
//! them; `{% include a.html %}` puts another file's text in, which senda cannot, and says so.

use std::ops::Range;

use super::text::{Text, in_code};
use crate::said;

/// Every Liquid tag and output senda understands, on lines outside code.
pub(super) fn rewrite(text: &mut Text) {
    let lines = text.lines.clone();
    for range in &lines {
        let mut from = range.start;
        while let Some(k) = next_tag(text.now(), from, range.end) {
            from = k + 2;
            let line = text.line(range);
            if in_code(line, k - range.start) {
                continue;
            }
            let close = if text.now()[k..].starts_with("{{") {
                "}}"
            } else {
                "%}"
            };
            let Some(end) = text.now()[k + 2..range.end].find(close).map(|e| k + e + 4) else {
                continue;
            };
            let inner = text.now()[k + 2..end - 2]
                .trim_matches(|c: char| c == '-' || c.is_whitespace())
                .to_string();
            from = one(text, k..end, &inner, close == "}}").max(from);
        }
    }
    comments(text);
}

/// Where the next `{{` or `{%` is between `from` and `to`.
fn next_tag(text: &str, from: usize, to: usize) -> Option<usize> {
    let part = text.get(from..to)?;
    ["{{", "{%"]
        .iter()
        .filter_map(|m| part.find(m))
        .min()
        .map(|k| from + k)
}

/// Rewrites one tag at `at` whose words are `inner`; returns where to look on from.
fn one(text: &mut Text, at: Range<usize>, inner: &str, output: bool) -> usize {
    if output {
        let Some(address) = address(inner) else {
            return at.start + 2;
        };
        // Inside an attribute's quotes the tag's own quotes would end it: the whole quoted
        // value is rewritten.
        let before = text.now()[..at.start].chars().next_back();
        let after = text.now()[at.end..].chars().next();
        let quoted = matches!(before, Some('"' | '\'')) && before == after;
        let (range, with) = match quoted {
            true => (at.start - 1..at.end + 1, format!("\"{address}\"")),
            false => (at.clone(), address),
        };
        let end = range.end;
        place(text, range, &with);
        return end;
    }
    let mut words = inner.split_whitespace();
    match words.next() {
        Some("link") => {
            let file = words.next().unwrap_or_default();
            place(
                text,
                at.clone(),
                &format!("/{}", file.trim_start_matches('/')),
            );
        }
        Some("raw" | "endraw") => text.blank(at.clone()),
        Some("include" | "include_relative") => {
            if let Some(link) = button(inner) {
                text.replace(at.clone(), &link);
                return at.end;
            }
            let file = words.next().unwrap_or_default().to_string();
            let written = text.now()[at.clone()].to_string();
            let message = said!("markdown-liquid-include", tag = &written, file = &file);
            text.warn(at.clone(), message);
            text.blank(at.clone());
        }
        _ => return at.start + 2,
    }
    at.end
}

/// An address in place of a tag: inside a link's `(…)` at the tag's end, so that what follows it
/// (`#part`) joins it; elsewhere at its start, so that no line starts indented.
fn place(text: &mut Text, at: Range<usize>, address: &str) {
    let in_link = text.now()[..at.start].ends_with('(');
    match in_link {
        true => text.replace_end(at, address),
        false => text.replace(at, address),
    }
}

/// An include that draws a button (`{% include button.html text="Call us" link="tel:…" %}`):
/// its words and address, as a Markdown link.
fn button(inner: &str) -> Option<String> {
    let param = |names: &[&str]| {
        names.iter().find_map(|name| {
            let at = inner.find(&format!(" {name}=\""))? + name.len() + 3;
            let end = inner[at..].find('"')?;
            Some(inner[at..at + end].trim().to_string())
        })
    };
    let words = param(&["text", "label", "title"])?.replace(['[', ']'], "");
    let address = param(&["link", "url", "href"])?;
    let usable = !words.is_empty() && !address.is_empty() && !address.contains(char::is_whitespace);
    usable.then(|| format!("[{words}]({address})"))
}

/// The address a Liquid output makes: `"/a" | relative_url` is `/a`, `site.baseurl` nothing.
fn address(inner: &str) -> Option<String> {
    if matches!(inner, "site.baseurl" | "site.url") {
        return Some(String::new());
    }
    let (value, filters) = inner.split_once('|')?;
    let filter = filters.trim();
    if !matches!(filter, "relative_url" | "absolute_url") {
        return None;
    }
    let value = value.trim();
    let unquoted = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))?;
    (!unquoted.contains(char::is_whitespace)).then(|| unquoted.to_string())
}

/// `{% comment %}` … `{% endcomment %}`: notes for the site's writers, blanked.
fn comments(text: &mut Text) {
    let mut from = 0;
    loop {
        let now = text.now();
        let Some(start) = find_tag(now, from, "comment") else {
            return;
        };
        let Some(end) = find_tag(now, start, "endcomment") else {
            return;
        };
        let end = now[end..].find("%}").map_or(now.len(), |e| end + e + 2);
        let inside = text.lines.iter().any(|l| l.contains(&start));
        if inside {
            text.blank(start..end);
        }
        from = end;
    }
}

/// Where `{% word %}` (any spacing) starts, from `from` on.
fn find_tag(text: &str, from: usize, word: &str) -> Option<usize> {
    let mut at = from;
    while let Some(k) = text.get(at..)?.find("{%").map(|k| at + k) {
        let rest = text[k + 2..].trim_start_matches(['-', ' ']);
        if rest.starts_with(word)
            && rest[word.len()..]
                .trim_start_matches([' ', '-'])
                .starts_with("%}")
        {
            return Some(k);
        }
        at = k + 2;
    }
    None
}
