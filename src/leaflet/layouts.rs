//! The layouts: a trifold, a saddle-stitched booklet, wallet cards, and a language card, each
//! imposed on A4 or Letter sheets.

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use super::frame::{Frame, back, cover, frame, preamble};
use super::markup::{self, escape, lang_args};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use super::{Paper, file_name};
use crate::config::Direction;
use crate::content::{Layout, Page};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::markdown::Labels;
use crate::site::{Route, Site};

/// Wallet card size (ISO/IEC 7810 ID-1), in millimetres.
pub(super) const CARD: (f64, f64) = (85.0, 55.0);

/// The most pages a booklet may have before it should be split.
pub(super) const MAX_BOOKLET_PAGES: usize = 16;

pub(super) fn make_page(
    site: &Site,
    fonts: &Fonts,
    route: &Route,
    page: &Page,
    layout: Layout,
    paper: Paper,
) -> Result<Vec<u8>> {
    let f = frame(site, route, page)?;
    let doc = &page.document;
    if !markup::fits_typst(doc) {
        return Err(Error::one(Diagnostic::in_file(
            &page.shown,
            "lists or quotes nest too deeply to print as a leaflet",
        )));
    }
    let body = markup::body(doc, &page.source, &f.labels);
    let fail = |what: String| {
        Error::one(Diagnostic::in_file(
            &page.shown,
            format!("leaflet `{}` ({}): {what}", layout.name(), paper.name()),
        ))
    };
    let ident = format!("{}{}", route.path, file_name(page, layout, paper));
    match layout {
        Layout::Trifold => trifold(fonts, &f, &body, paper, &ident).map_err(fail),
        Layout::Booklet => booklet(fonts, &f, &body, paper, &ident).map_err(fail),
        Layout::Card => card(fonts, &f, &card_lines(page), paper, &ident).map_err(fail),
    }
}

/// The lines of a page's wallet card: its `card` lines, or else its `##` headings as the
/// document has them (with each language's apostrophe rule applied).
fn card_lines(page: &Page) -> Vec<String> {
    let given = page.front.leaflet.as_ref().map(|l| l.card.clone());
    given.filter(|c| !c.is_empty()).unwrap_or_else(|| {
        let sections = page.document.headings.iter().filter(|h| h.level == 2);
        sections.map(|h| h.text.clone()).collect()
    })
}

/// Six panels on one sheet, both sides: outside [flap | back | cover], inside [2 | 3 | 4]
/// (mirrored for right-to-left languages, which fold the other way).
pub(super) fn trifold(
    fonts: &Fonts,
    f: &Frame,
    body: &str,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, String> {
    let (short, long) = paper.size();
    let (pw, ph) = (long / 3.0, short);
    let margin = 7.0;
    let panels = compile(
        fonts,
        format!("{}{body}", preamble(f, pw, ph, margin)),
        vec![],
    )?;
    let n = panels.pages().len();
    if n > 4 {
        return Err(format!(
            "the text needs {n} panels but a trifold has 4 for it; it overflows by {} panel{}. Shorten the page, or use the booklet layout",
            n - 4,
            if n == 5 { "" } else { "s" }
        ));
    }
    let body_pdf = pdf(&panels, &format!("{ident}-panels"))?;
    let slot = |k: usize| -> String {
        if k <= n {
            format!("image(\"/body.pdf\", page: {k}, width: {pw}mm, height: {ph}mm)")
        } else {
            "[]".to_string()
        }
    };
    let boxed = |content: String| {
        format!("box(width: {pw}mm, height: {ph}mm, inset: {margin}mm)[{content}]")
    };
    // Panel x positions left to right, mirrored for RTL.
    let x = |i: usize| {
        if f.rtl {
            (2 - i) as f64 * pw
        } else {
            i as f64 * pw
        }
    };
    let place = |i: usize, what: &str| format!("#place(top + left, dx: {}mm, {what})\n", x(i));
    let marks = format!(
        "#for x in ({pw}mm, {}mm) {{ place(top + left, dx: x, line(length: 4mm, angle: 90deg, stroke: 0.3pt + luma(120))); place(bottom + left, dx: x, dy: -4mm, line(length: 4mm, angle: 90deg, stroke: 0.3pt + luma(120))) }}\n",
        2.0 * pw
    );
    // In reading order: cover, flap, back; then the three inside panels.
    let outside = format!(
        "{}{}{}{marks}",
        place(2, &boxed(cover(f))),
        place(0, &slot(1)),
        place(1, &boxed(back(f, 30.0))),
    );
    let inside = format!(
        "{}{}{}{marks}",
        place(0, &slot(2)),
        place(1, &slot(3)),
        place(2, &slot(4))
    );
    let sheet = format!(
        "{}{outside}#pagebreak()\n{inside}",
        preamble(f, long, short, 0.0),
    );
    let files = vec![("/body.pdf", body_pdf), ("/qr.svg", f.qr_svg.clone())];
    pdf(&compile(fonts, sheet, files)?, ident)
}

/// A5 (or half-letter) pages, two to a sheet side, in saddle-stitch order: fold the stack in the
/// middle and staple.
pub(super) fn booklet(
    fonts: &Fonts,
    f: &Frame,
    body: &str,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, String> {
    let (short, long) = paper.size();
    let (pw, ph) = (long / 2.0, short);
    let folio =
        "#set page(footer: context align(center, text(size: 9pt, counter(page).display())))\n";
    let pages = |padding: usize| {
        format!(
            "{}{folio}{}#pagebreak()\n{body}\n{}{}",
            preamble(f, pw, ph, 12.0),
            cover(f),
            "#pagebreak()\n".repeat(padding + 1),
            back(f, 35.0)
        )
    };
    let first = compile(fonts, pages(0), vec![("/qr.svg", f.qr_svg.clone())])?;
    let count = first.pages().len();
    let total = count.div_ceil(4) * 4;
    if total > MAX_BOOKLET_PAGES {
        return Err(format!(
            "the booklet would have {total} pages, over {MAX_BOOKLET_PAGES}; split the page into shorter ones"
        ));
    }
    let document = compile(
        fonts,
        pages(total - count),
        vec![("/qr.svg", f.qr_svg.clone())],
    )?;
    let total = document.pages().len();
    let pages_pdf = pdf(&document, &format!("{ident}-pages"))?;
    let mut sheet = preamble(f, long, short, 0.0);
    for s in 0..total / 4 {
        let sides = [(total - 2 * s, 2 * s + 1), (2 * s + 2, total - 2 * s - 1)];
        for (side, (left, right)) in sides.into_iter().enumerate() {
            let (left, right) = if f.rtl { (right, left) } else { (left, right) };
            if s > 0 || side > 0 {
                sheet.push_str("#pagebreak()\n");
            }
            for (i, p) in [left, right].into_iter().enumerate() {
                sheet.push_str(&format!(
                    "#place(top + left, dx: {}mm, image(\"/pages.pdf\", page: {p}, width: {pw}mm, height: {ph}mm))\n",
                    i as f64 * pw
                ));
            }
            sheet.push_str(&format!(
                "#place(top + left, dx: {pw}mm, line(length: 4mm, angle: 90deg, stroke: 0.3pt + luma(120)))\n"
            ));
        }
    }
    pdf(
        &compile(fonts, sheet, vec![("/pages.pdf", pages_pdf)])?,
        ident,
    )
}

/// Wallet cards, several to a sheet, with cut marks.
pub(super) fn card(
    fonts: &Fonts,
    f: &Frame,
    lines: &[String],
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, String> {
    let items: String = lines.iter().map(|l| format!("[{}],", escape(l))).collect();
    let content = format!(
        "#grid(columns: (1fr, 16mm), column-gutter: 2mm, [#text(size: 11pt, weight: \"bold\")[{}] #list(tight: true, {items})], [#image(\"/qr.svg\", width: 16mm)])\n",
        escape(&f.title)
    );
    card_sheet(fonts, f, content, paper, ident)
}

/// "I speak K'iche'": the language's own name large, and the request for an interpreter in
/// Spanish and English (and in the language itself where its strings say it).
pub(super) fn language_card(
    site: &Site,
    fonts: &Fonts,
    lang: &str,
    paper: Paper,
) -> Result<Vec<u8>> {
    let Some(language) = site.config.language(lang) else {
        return Ok(Vec::new());
    };
    let mut args = FluentArgs::new();
    args.set("language", language.name.clone());
    let mut lines = Vec::new();
    for code in [lang, "es", "en"] {
        if lines.iter().any(|(c, _)| c == code) {
            continue;
        }
        // Only a message the language itself defines: never a borrowed one passed off as K'iche'.
        if let Some(Ok(m)) = site
            .locales
            .message(code, "language-card", Some(&args))
            .filter(|m| m.as_ref().is_ok_and(|m| m.lang == code))
        {
            lines.push((
                code.to_string(),
                m.text.replace(['\u{2068}', '\u{2069}'], ""),
            ));
        }
    }
    let f = Frame {
        lang: lang.to_string(),
        rtl: language.dir == Direction::Rtl,
        title: language.name.clone(),
        description: String::new(),
        site_name: String::new(),
        url: String::new(),
        reviewed: String::new(),
        disclaimer: String::new(),
        more: String::new(),
        labels: Labels::default(),
        qr_svg: Vec::new(),
    };
    let said: String = lines
        .iter()
        .map(|(code, text)| format!("#text({})[{}]\n\n", lang_args(code), escape(text)))
        .collect();
    let content = format!(
        "#text(size: 18pt, weight: \"bold\")[{}]\n\n{said}",
        escape(&language.name)
    );
    let ident = format!("{lang}/language-card-{}", paper.name());
    card_sheet(fonts, &f, content, paper, &ident).map_err(|e| {
        Error::one(Diagnostic::in_file(
            &PathBuf::from("locales").join(lang),
            format!("language card ({}): {e}", paper.name()),
        ))
    })
}

pub(super) fn card_sheet(
    fonts: &Fonts,
    f: &Frame,
    content: String,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, String> {
    let (cw, ch) = CARD;
    let one = compile(
        fonts,
        format!("{}{content}", preamble(f, cw, ch, 4.0)),
        vec![("/qr.svg", f.qr_svg.clone())],
    )?;
    if one.pages().len() > 1 {
        return Err(format!(
            "the card's text needs {} cards' worth of space; give the page shorter `card` lines in its leaflet settings",
            one.pages().len()
        ));
    }
    let card_pdf = pdf(&one, &format!("{ident}-card"))?;
    let (w, h) = paper.size();
    let rows = ((h - 20.0) / ch).floor() as usize;
    let (left, top) = ((w - 2.0 * cw) / 2.0, (h - rows as f64 * ch) / 2.0);
    let mut sheet = preamble(f, w, h, 0.0);
    for r in 0..rows {
        for c in 0..2 {
            sheet.push_str(&format!(
                "#place(top + left, dx: {}mm, dy: {}mm, image(\"/card.pdf\", width: {cw}mm, height: {ch}mm))\n",
                left + c as f64 * cw,
                top + r as f64 * ch
            ));
        }
    }
    // Cut marks in the margins, in line with every card edge.
    let mark = "stroke: 0.3pt + luma(100)";
    for c in 0..=2 {
        let x = left + c as f64 * cw;
        sheet.push_str(&format!(
            "#place(top + left, dx: {x}mm, dy: {}mm, line(length: 5mm, angle: 90deg, {mark}))\n",
            top - 7.0
        ));
        sheet.push_str(&format!(
            "#place(top + left, dx: {x}mm, dy: {}mm, line(length: 5mm, angle: 90deg, {mark}))\n",
            top + rows as f64 * ch + 2.0
        ));
    }
    for r in 0..=rows {
        let y = top + r as f64 * ch;
        sheet.push_str(&format!(
            "#place(top + left, dx: {}mm, dy: {y}mm, line(length: 5mm, {mark}))\n",
            left - 7.0
        ));
        sheet.push_str(&format!(
            "#place(top + left, dx: {}mm, dy: {y}mm, line(length: 5mm, {mark}))\n",
            left + 2.0 * cw + 2.0
        ));
    }
    pdf(
        &compile(fonts, sheet, vec![("/card.pdf", card_pdf)])?,
        ident,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cards were once made from a second reading of the page that curled K'iche'
    /// apostrophes (`K’i ak’alab’`) where the web page kept them as letters.
    #[test]
    fn kiche_card_lines_keep_their_apostrophes() -> Result<()> {
        let file = crate::content::PageFile {
            shown: std::path::Path::new("content/quc/a.md"),
            id: "a",
            lang: "quc",
            apostrophe_is_letter: true,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
        };
        let text = "+++\ntitle = \"A\"\nupdated = 2026-11-20\nleaflet = { layouts = [\"card\"] }\n+++\n## K'i ak'alab'\n\nx\n\n### Nab'e\n";
        let page = crate::content::parse_page(text.to_string(), &file)?;
        assert_eq!(card_lines(&page), ["K'i ak'alab'"]);
        Ok(())
    }
}
