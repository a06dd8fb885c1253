//! The layouts of a page: a trifold and a saddle-stitched booklet, imposed on A4 or Letter
//! sheets; wallet cards and posters have their own files ([`super::cards`], [`super::poster`]).

use super::fit::{self, Panel};
use super::frame::{self, Frame, back, cover, frame, preamble};
use super::look::Look;
use super::markup;
use super::typeset::{compile, pdf};
use super::world::Fonts;
use super::{Paper, cards, file_name, poster};
use crate::content::{Layout, Page};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;
use crate::said::Said;
use crate::site::{Route, Site};

/// The most pages a booklet may have before it should be split.
pub(super) const MAX_BOOKLET_PAGES: usize = 16;

/// A page's leaflet, typeset; or why it cannot be (too long for the layout), for the writer.
pub(super) enum Outcome {
    Made {
        bytes: Vec<u8>,
        /// The text size chosen to fill a trifold's panels.
        size: Option<f64>,
    },
    TooLong(Diagnostic),
}

pub(super) fn make_page(
    site: &Site,
    fonts: &Fonts,
    look: &Look,
    (route, page): (&Route, &Page),
    layout: Layout,
    paper: Paper,
) -> Result<Outcome> {
    let f = frame(site, route, page, look)?;
    let doc = &page.document;
    if !markup::fits_typst(doc) {
        return Err(Error::one(Diagnostic::in_file(
            &page.shown,
            said!("leaflet-nested-too-deeply"),
        )));
    }
    let fail = |e: String| {
        let said = said!(
            "leaflet-failed",
            layout = layout.name(),
            paper = paper.name(),
            detail = e
        );
        Error::one(Diagnostic::in_file(&page.shown, said))
    };
    let ident = format!("{}{}", route.path, file_name(page, layout, paper));
    let made = match layout {
        Layout::Trifold => {
            let blocks = markup::blocks(doc, &page.source, &f.labels, &f.cited);
            trifold(fonts, &f, &blocks, paper, &ident).map(|(b, size)| (b, Some(size)))
        }
        Layout::Booklet => {
            let body = markup::body(doc, &page.source, &f.labels, &f.cited);
            booklet(fonts, &f, &body, paper, &ident).map(|b| (b, None))
        }
        Layout::Card => {
            cards::card(fonts, &f, &cards::lines(page, &f), paper, &ident).map(|b| (b, None))
        }
        Layout::Poster => poster::poster(fonts, &f, page, paper, &ident).map(|b| (b, None)),
    };
    match made {
        Ok((bytes, size)) => Ok(Outcome::Made { bytes, size }),
        Err(Problem::TooLong(message)) => Ok(Outcome::TooLong(
            Diagnostic::in_file(&page.shown, message).warning(),
        )),
        Err(Problem::Failed(message)) => Err(fail(message)),
    }
}

/// Why a layout could not be made: the text does not fit (the leaflet is skipped, the writer
/// told, in a message that names the leaflet), or typst failed (in typst's words).
pub(super) enum Problem {
    TooLong(Said),
    Failed(String),
}

impl From<String> for Problem {
    fn from(message: String) -> Self {
        Problem::Failed(message)
    }
}

/// One panel's content on its own page of the panel's size, as PDF: the cover and the back,
/// checked to fit.
fn panel_pdf(
    fonts: &Fonts,
    f: &Frame,
    content: &str,
    (panel, paper): (Panel, Paper),
    name: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let document = compile(
        fonts,
        format!(
            "{}{content}",
            preamble(f, panel.width, panel.height, panel.margin, 10.0)
        ),
        frame::files(f),
    )?;
    if document.pages().len() > 1 {
        return Err(Problem::TooLong(said!(
            "leaflet-panel-too-long",
            layout = "trifold",
            paper = paper.name(),
            name = name
        )));
    }
    Ok(pdf(&document, name)?)
}

/// Six panels on one sheet, both sides: outside [flap | back | cover], inside [2 | 3 | 4]
/// (mirrored for right-to-left languages, which fold the other way). The text fills the inside
/// spread first, which a reader sees on opening it, then the flap.
pub(super) fn trifold(
    fonts: &Fonts,
    f: &Frame,
    blocks: &[markup::Block],
    paper: Paper,
    ident: &str,
) -> std::result::Result<(Vec<u8>, f64), Problem> {
    let (short, long) = paper.size();
    let panel = Panel {
        width: long / 3.0,
        height: short,
        margin: 7.0,
    };
    let pw = panel.width;
    let fitted = fit::fit(fonts, f, blocks, (panel, 4), paper)?;
    let n = fitted.document.pages().len();
    let body_pdf = pdf(&fitted.document, &format!("{ident}-panels"))?;
    let on = (panel, paper);
    let cover_pdf = panel_pdf(fonts, f, &cover(f), on, &format!("{ident}-cover"))?;
    let back_pdf = panel_pdf(fonts, f, &back(f, 30.0), on, &format!("{ident}-back"))?;
    let image = |file: &str, k: usize| {
        format!(
            "image(\"{file}\", page: {k}, width: {pw}mm, height: {}mm)",
            panel.height
        )
    };
    let slot = |k: usize| {
        if k <= n {
            image("/body.pdf", k)
        } else {
            "[]".to_string()
        }
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
    // Outside: flap (the text's fourth panel), back, cover. Inside: the text's first three.
    let outside = format!(
        "{}{}{}{marks}",
        place(2, &image("/cover.pdf", 1)),
        place(0, &slot(4)),
        place(1, &image("/back.pdf", 1)),
    );
    let inside = format!(
        "{}{}{}{marks}",
        place(0, &slot(1)),
        place(1, &slot(2)),
        place(2, &slot(3))
    );
    let sheet = format!(
        "{}{outside}#pagebreak()\n{inside}",
        preamble(f, long, short, 0.0, 10.0),
    );
    let files = vec![
        ("/body.pdf", body_pdf),
        ("/cover.pdf", cover_pdf),
        ("/back.pdf", back_pdf),
    ];
    Ok((pdf(&compile(fonts, sheet, files)?, ident)?, fitted.size))
}

/// A5 (or half-letter) pages, two to a sheet side, in saddle-stitch order: fold the stack in the
/// middle and staple.
pub(super) fn booklet(
    fonts: &Fonts,
    f: &Frame,
    body: &str,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (short, long) = paper.size();
    let (pw, ph) = (long / 2.0, short);
    let folio =
        "#set page(footer: context align(center, text(size: 9pt, counter(page).display())))\n";
    let pages = |padding: usize| {
        format!(
            "{}{folio}{}#pagebreak()\n{body}\n{}{}",
            preamble(f, pw, ph, 12.0, 10.0),
            cover(f),
            "#pagebreak()\n".repeat(padding + 1),
            back(f, 35.0)
        )
    };
    let first = compile(fonts, pages(0), frame::files(f))?;
    let count = first.pages().len();
    let total = count.div_ceil(4) * 4;
    if total > MAX_BOOKLET_PAGES {
        return Err(Problem::TooLong(said!(
            "leaflet-booklet-too-long",
            layout = "booklet",
            paper = paper.name(),
            total = total,
            max = MAX_BOOKLET_PAGES
        )));
    }
    let document = compile(fonts, pages(total - count), frame::files(f))?;
    let total = document.pages().len();
    let pages_pdf = pdf(&document, &format!("{ident}-pages"))?;
    let mut sheet = preamble(f, long, short, 0.0, 10.0);
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
    Ok(pdf(
        &compile(fonts, sheet, vec![("/pages.pdf", pages_pdf)])?,
        ident,
    )?)
}
