//! The files a page in parts is made of: the section's page (the front matter and the words
//! before the first `##`), and one page per `##` section, its headings one level higher.

use crate::content::Outline;
use crate::markdown::slug;

/// One file to write: its name in the new folder and its text.
#[derive(Debug)]
pub(super) struct Part {
    pub file: String,
    pub text: String,
}

/// The parts of the page `source`, read as `read`; `None` when it has fewer than two `##`
/// sections, which is no page in parts.
pub(super) fn parts(source: &str, read: &Outline) -> Option<Vec<Part>> {
    let headings = &read.document.headings;
    let starts: Vec<usize> = headings
        .iter()
        .filter(|h| h.level == 2 && h.at >= read.body_start)
        .map(|h| h.at)
        .collect();
    if starts.len() < 2 {
        return None;
    }
    let mut out = vec![Part {
        file: "index.md".to_string(),
        text: source[..starts[0]].trim_end().to_string() + "\n",
    }];
    let mut names = std::collections::BTreeSet::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(source.len());
        let heading = headings.iter().find(|h| h.at == start)?;
        let body_start = heading_end(source, start);
        let inner: Vec<usize> = headings
            .iter()
            .filter(|h| h.at > start && h.at < end && source[h.at..].starts_with("###"))
            .map(|h| h.at)
            .collect();
        let body = raised(&source[body_start..end], &inner, body_start);
        let mut name = slug(&heading.text);
        if name.is_empty() {
            name = format!("part-{}", i + 1);
        }
        while !names.insert(name.clone()) {
            name.push_str("-2");
        }
        let front = front_matter(&heading.text, read, i + 1);
        out.push(Part {
            file: format!("{name}.md"),
            text: format!("{front}\n{}\n", body.trim()),
        });
    }
    Some(out)
}

/// Where the body under the heading at `start` begins: after its line, and after the underline
/// of a heading written `Title` over `---`.
fn heading_end(source: &str, start: usize) -> usize {
    let line_end = |at: usize| source[at..].find('\n').map_or(source.len(), |e| at + e + 1);
    let end = line_end(start);
    match source[start..].starts_with('#') {
        true => end,
        false => line_end(end),
    }
}

/// `text` with one `#` less at each heading that starts at a place in `at` (places in the file,
/// `offset` being where `text` starts).
fn raised(text: &str, at: &[usize], offset: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for &place in at {
        let k = place - offset;
        out.push_str(&text[from..k]);
        from = k + 1;
    }
    out.push_str(&text[from..]);
    out
}

/// A part's front matter: its heading as title, the page's date, and its place in order.
fn front_matter(title: &str, read: &Outline, weight: usize) -> String {
    let title = toml::Value::String(title.to_string()).to_string();
    let mut lines = vec![
        "+++".to_string(),
        format!("title = {title}"),
        format!("updated = {}", read.front.updated.iso()),
        format!("weight = {weight}"),
    ];
    if let Some(review_by) = read.front.review_by {
        lines.push(format!("review_by = {}", review_by.iso()));
    }
    lines.push("+++".to_string());
    lines.join("\n")
}
