//! Letters no font prints: a leaflet would show an empty box where a reader expects a word, so
//! each such letter is reported with its page before anything is printed.

use std::collections::BTreeSet;

use super::Planned;
use super::make::theme_fonts;
use super::world::Fonts;
use crate::diagnostics::{Diagnostic, Result};
use crate::markdown::{Block, Inline, each_inline};
use crate::site::Site;

/// The pages whose leaflets hold a letter that none of the leaflet fonts has.
pub fn missing(site: &Site, planned: &[Planned]) -> Result<Vec<Diagnostic>> {
    let mut pages: Vec<(&crate::content::Page, BTreeSet<&str>)> = Vec::new();
    for p in planned {
        let Some(page) = site.route(&p.page_id, &p.lang).and_then(|r| site.page(r)) else {
            continue;
        };
        match pages.iter_mut().find(|(q, _)| std::ptr::eq(*q, page)) {
            Some((_, layouts)) => {
                layouts.insert(p.layout.name());
            }
            None => pages.push((page, BTreeSet::from([p.layout.name()]))),
        }
    }
    let texts: Vec<_> = pages.iter().map(|(page, _)| letters(page)).collect();
    // Loading the fonts takes a while: only when some letter is outside what they surely cover.
    if texts.iter().flatten().all(|c| surely_covered(*c)) {
        return Ok(Vec::new());
    }
    let fonts = Fonts::load(&theme_fonts(&site.config)?);
    let mut found = Vec::new();
    for ((page, layouts), letters) in pages.iter().zip(texts) {
        let missing: Vec<String> = letters
            .into_iter()
            .filter(|c| !fonts.covers(*c))
            .map(|c| format!("`{c}` (U+{:04X})", c as u32))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let layouts: Vec<&str> = layouts.iter().copied().collect();
        let said = crate::said!(
            "leaflet-glyphs-missing",
            layouts = layouts.join(", "),
            missing = missing.join(", ")
        );
        found.push(Diagnostic::in_file(&page.shown, said).warning());
    }
    Ok(found)
}

/// Every visible letter a page's leaflets print from the page: title, description, text.
fn letters(page: &crate::content::Page) -> BTreeSet<char> {
    let mut text = format!("{} {}", page.front.title, page.front.description);
    collect(&page.document.blocks, &page.source, &mut text);
    if let Some(spec) = &page.front.leaflet {
        for line in &spec.card {
            text.push_str(line);
        }
    }
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_format(*c))
        .collect()
}

/// Every word of a page's blocks, and its images' alt text (printed in their place).
fn collect(blocks: &[Block], source: &str, text: &mut String) {
    each_inline(blocks, &mut |inline| match inline {
        Inline::Image(image) => text.push_str(&image.alt),
        other => text.push_str(other.text(source).unwrap_or_default()),
    });
}

/// Invisible characters that shape text (joiners, marks of direction): nothing to print.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
}

/// Latin (with the letters of Mayan and Creole orthographies), general punctuation and Arabic:
/// what the bundled fonts are known to print.
fn surely_covered(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{24f}' | '\u{2000}'..='\u{206f}' | '\u{600}'..='\u{6ff}' | '\u{2b0}'..='\u{2ff}')
}
