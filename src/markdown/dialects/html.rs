//! Raw HTML written for another generator's home page (`<div class="hero"><h1>…</h1>`): a page
//! has one main heading, its title, so an `<h1>` in its text is shown as an `<h2>`.

use super::text::{Text, in_code};
use crate::said;

/// Every `<h1>` and `</h1>` outside code made `<h2>`, and the writer told once.
pub(super) fn headings(text: &mut Text) {
    let lines = text.lines.clone();
    let mut told = false;
    for range in &lines {
        let line = text.line(range).to_ascii_lowercase();
        let found: Vec<usize> = line
            .match_indices("<h1")
            .chain(line.match_indices("</h1"))
            .map(|(k, _)| k)
            .filter(|k| {
                let after = line[*k..].find("h1").map_or(0, |h| k + h + 2);
                let ends = line[after..].starts_with(|c: char| c == '>' || c.is_whitespace());
                ends && !in_code(&line, *k)
            })
            .collect();
        for k in found {
            let one = range.start + k + line[k..].find('1').unwrap_or(0);
            if !told {
                told = true;
                text.warn(range.start + k..range.end, said!("markdown-html-h1"));
            }
            text.replace(one..one + 1, "2");
        }
    }
}
