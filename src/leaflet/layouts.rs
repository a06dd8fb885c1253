//! The layouts of a page: a trifold and a saddle-stitched booklet, imposed on A4 or Letter
//! sheets; wallet cards and posters have their own files ([`super::cards`], [`super::poster`]).

use super::fit::{self, Panel};
use super::frame::{self, Frame, back, cover, frame, preamble};
use super::look::Look;
use super::markup;
use super::typeset::{compile, pdf};
use super::world::Fonts;
use super::{Paper, cards, file_name, phone, poster};
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
        /// Made, but the writer should know (a trifold too short for its panels).
        warning: Option<Diagnostic>,
    },
    TooLong(Diagnostic),
}

pub(super) fn make_page(
    site: &Site,
    fonts: &Fonts,
    look: &Look,
    (route, page): (&Route, &Page),
    (layout, paper, press): (Layout, Paper, bool),
) -> Result<Outcome> {
    let mut f = frame(site, route, page, look)?;
    f.press = press;
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
    let ident = format!(
        "{}{}{}",
        route.path,
        file_name(page, layout, paper),
        if press { "-press" } else { "" }
    );
    let made = match layout {
        Layout::Trifold => {
            let blocks = markup::blocks(doc, &page.source, &f.context(true));
            trifold(fonts, &f, &blocks, paper, &ident).map(|(b, fitted)| (b, Some(fitted)))
        }
        Layout::Booklet => {
            let blocks = markup::blocks(doc, &page.source, &f.context(true));
            booklet(fonts, &f, &blocks, paper, &ident).map(|b| (b, None))
        }
        Layout::Card => match cards::lines(page, &f) {
            Some(lines) => {
                let back = cards::official(site, route, page);
                cards::card(fonts, &f, (&lines, &back), paper, &ident).map(|b| (b, None))
            }
            None => Err(Problem::TooLong(said!(
                "leaflet-card-nothing",
                layout = "card",
                paper = paper.name()
            ))),
        },
        Layout::Poster => poster::poster(fonts, &f, page, paper, &ident).map(|b| (b, None)),
        Layout::Phone => {
            let body = markup::body(doc, &page.source, &f.context(false));
            phone::reading(fonts, &f, &body, &ident).map(|b| (b, None))
        }
    };
    match made {
        Ok((bytes, fitted)) => Ok(Outcome::Made {
            bytes,
            size: fitted.as_ref().map(|f| f.0),
            warning: fitted
                .and_then(|f| f.1)
                .map(|said| Diagnostic::in_file(&page.shown, said).warning()),
        }),
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

/// The text size a trifold's panels were filled at, and what to tell the writer when the text
/// leaves them mostly white.
pub(super) type Filled = (f64, Option<Said>);

/// Fold and cut marks stand this far inside the paper's edge: office printers cannot print
/// the outer 4 to 5 mm of a sheet.
pub(super) const MARK_INSET: f64 = 5.0;

/// A fold mark at `x` mm on a sheet: short lines at its top and bottom, inside the printable area.
pub(super) fn fold_marks(x: f64) -> String {
    let mark = "line(length: 4mm, angle: 90deg, stroke: 0.3pt + luma(120))";
    format!(
        "#place(top + left, dx: {x:.2}mm, dy: {MARK_INSET}mm, {mark})\n#place(bottom + left, dx: {x:.2}mm, dy: -{}mm, {mark})\n",
        MARK_INSET + 4.0
    )
}

/// The widths of a trifold's panels on a sheet `long` mm wide: two full panels and the flap that
/// folds in, 2 mm narrower than a third so that it tucks in and the leaflet lies flat (on A4,
/// 100, 100 and 97 mm, as professional trifolds are made).
pub(super) fn trifold_widths(long: f64) -> (f64, f64) {
    let tuck = long / 3.0 - 2.0;
    ((long - tuck) / 2.0, tuck)
}

/// Six panels on one sheet, both sides: outside [flap | back | cover], inside [1 | 2 | 3], the
/// flap and panel 3 being the narrower panel that folds in (mirrored for right-to-left languages,
/// which fold the other way). Printed on both sides, flipped on the short edge. The text fills
/// the inside spread first, which a reader sees on opening it, then the flap.
pub(super) fn trifold(
    fonts: &Fonts,
    f: &Frame,
    blocks: &[markup::Block],
    paper: Paper,
    ident: &str,
) -> std::result::Result<(Vec<u8>, Filled), Problem> {
    let (short, long) = paper.size();
    let (full, tuck) = trifold_widths(long);
    // The text is set at the flap's width, so that any of its panels fits any slot.
    let panel = Panel {
        width: tuck,
        height: short,
        margin: 7.0,
    };
    let fitted = fit::fit(fonts, f, blocks, (panel, 4), paper)?;
    let n = fitted.document.pages().len();
    let body_pdf = pdf(&fitted.document, &format!("{ident}-panels"))?;
    let wide = (
        Panel {
            width: full,
            ..panel
        },
        paper,
    );
    let cover_pdf = panel_pdf(fonts, f, &cover(f), wide, &format!("{ident}-cover"))?;
    let back_pdf = panel_pdf(fonts, f, &back(f, 30.0), wide, &format!("{ident}-back"))?;
    // A panel's content at `x` mm from the left of a slot `w` mm wide, mirrored for RTL.
    let place = |x: f64, w: f64, file: &str, k: usize, own: f64| {
        let x = if f.rtl { long - x - w } else { x };
        format!(
            "#place(top + left, dx: {:.2}mm, image(\"{file}\", page: {k}, width: {own:.2}mm, height: {short}mm))\n",
            x + (w - own) / 2.0
        )
    };
    let text = |x: f64, w: f64, k: usize| {
        if k <= n {
            place(x, w, "/body.pdf", k, tuck)
        } else {
            String::new()
        }
    };
    let marks = |folds: [f64; 2]| {
        (folds.iter())
            .filter(|_| !f.press)
            .map(|&x| fold_marks(if f.rtl { long - x } else { x }))
            .collect::<String>()
    };
    // Outside: flap (the text's fourth panel), back, cover. Inside: the text's first three.
    let outside = format!(
        "{}{}{}{}",
        text(0.0, tuck, 4),
        place(tuck, full, "/back.pdf", 1, full),
        place(tuck + full, full, "/cover.pdf", 1, full),
        marks([tuck, tuck + full]),
    );
    let inside = format!(
        "{}{}{}{}",
        text(0.0, full, 1),
        text(full, full, 2),
        text(2.0 * full, tuck, 3),
        marks([full, 2.0 * full]),
    );
    let sheet = format!(
        "{}{}{outside}#pagebreak()\n{inside}",
        preamble(f, long, short, 0.0, 10.0),
        frame::bleed(f),
    );
    let files = vec![
        ("/body.pdf", body_pdf),
        ("/cover.pdf", cover_pdf),
        ("/back.pdf", back_pdf),
    ];
    let made = pdf(&compile(fonts, sheet, files)?, ident)?;
    Ok((made, (fitted.size, fitted.short)))
}

/// Text sizes a booklet's pages are set in, largest first: 11 to 12 pt is what a booklet reads
/// best in; up to 14 pt fills the pages of a short text. A text that does not fit at 11 pt gets
/// a sheet of four pages more.
const BOOKLET_SIZES: [f64; 7] = [14.0, 13.5, 13.0, 12.5, 12.0, 11.5, 11.0];

/// A booklet page's margin at its top and bottom, and at least at its sides, in mm.
const BOOKLET_MARGIN: f64 = 14.0;

/// The longest line a booklet prints, in characters: longer lines are hard to follow.
const BOOKLET_LINE: f64 = 70.0;

/// What the back's matter (its QR code, address, review date and disclaimer) weighs, in words,
/// when the text is shared out between the pages: it ends the last page.
const BACK_WORDS: usize = 110;

/// A5 (or half-letter) pages, two to a sheet side, in saddle-stitch order: fold the stack in the
/// middle and staple. The cover, then the text spread evenly over every page after it (a sheet
/// of four pages more only when it does not fit at 11 pt), ending with the contacts and the QR
/// code on the last: no page is blank, no line longer than about 70 characters.
pub(super) fn booklet(
    fonts: &Fonts,
    f: &Frame,
    blocks: &[markup::Block],
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (short, long) = paper.size();
    let (pw, ph) = (long / 2.0, short);
    let folio = "#set page(footer: context if counter(page).get().first() > 1 { align(center, text(size: 9pt, counter(page).display())) })\n";
    let last = markup::Block {
        markup: format!("#v(1fr)\n{}", back(f, 30.0)),
        words: BACK_WORDS + 25 * f.contacts.len(),
    };
    let all: Vec<markup::Block> = blocks.iter().cloned().chain([last]).collect();
    let pages = |size: f64, texts: Vec<String>| {
        // About 0.4 em a character in Libertinus: the text as wide as 70 of them, or the page.
        let measure = BOOKLET_LINE * 0.4 * size * 25.4 / 72.0;
        let margin = ((pw - measure) / 2.0).max(12.0);
        format!(
            "{}#set page(margin: (x: {margin:.1}mm, y: {BOOKLET_MARGIN}mm))\n{folio}{}#pagebreak()\n{}",
            preamble(f, pw, ph, BOOKLET_MARGIN, size),
            cover(f),
            texts.join("\n#pagebreak()\n"),
        )
    };
    let mut made = None;
    'sheets: for total in (4..=MAX_BOOKLET_PAGES).step_by(4) {
        let groups = fit::balance(&all, total - 1);
        if groups.len() < total - 1 && total > 4 {
            break;
        }
        for size in BOOKLET_SIZES {
            let packed = groups.iter().map(|g| g.concat()).collect();
            let document = compile(fonts, pages(size, packed), frame::files(f))?;
            if document.pages().len() <= groups.len() + 1 {
                made = Some((size, groups, document));
                break 'sheets;
            }
        }
    }
    // Each page's sections spread down it; the pages as they were if that made one more.
    let made = match made {
        Some((size, groups, packed)) => {
            let bottom = (ph - BOOKLET_MARGIN) * 72.0 / 25.4;
            let mut document = packed;
            let after_cover = document.pages().get(1..).unwrap_or_default();
            let spread = fit::spread_out(&groups, after_cover, bottom);
            let spread = compile(fonts, pages(size, spread), frame::files(f))?;
            if spread.pages().len() <= groups.len() + 1 {
                document = spread;
            }
            Some(document)
        }
        None => None,
    };
    let Some(document) = made else {
        return Err(Problem::TooLong(said!(
            "leaflet-booklet-too-long",
            layout = "booklet",
            paper = paper.name(),
            total = MAX_BOOKLET_PAGES + 4,
            max = MAX_BOOKLET_PAGES
        )));
    };
    impose(fonts, f, &document, paper, ident)
}

/// A booklet's pages two to a sheet side, in saddle-stitch order (mirrored for right-to-left
/// languages, which open the other way).
fn impose(
    fonts: &Fonts,
    f: &Frame,
    document: &typst_layout::PagedDocument,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (short, long) = paper.size();
    let (pw, ph) = (long / 2.0, short);
    // A text of one block has fewer pages than a sheet: the rest of the sheet stays white.
    let count = document.pages().len();
    let total = count.div_ceil(4) * 4;
    let pages_pdf = pdf(document, &format!("{ident}-pages"))?;
    let mut sheet = preamble(f, long, short, 0.0, 10.0) + &frame::bleed(f);
    for s in 0..total / 4 {
        let sides = [(total - 2 * s, 2 * s + 1), (2 * s + 2, total - 2 * s - 1)];
        for (side, (left, right)) in sides.into_iter().enumerate() {
            let (left, right) = if f.rtl { (right, left) } else { (left, right) };
            if s > 0 || side > 0 {
                sheet.push_str("#pagebreak()\n");
            }
            for (i, p) in [left, right].into_iter().enumerate() {
                if p > count {
                    continue;
                }
                sheet.push_str(&format!(
                    "#place(top + left, dx: {}mm, image(\"/pages.pdf\", page: {p}, width: {pw}mm, height: {ph}mm))\n",
                    i as f64 * pw
                ));
            }
            if !f.press {
                sheet.push_str(&fold_marks(pw));
            }
        }
    }
    Ok(pdf(
        &compile(fonts, sheet, vec![("/pages.pdf", pages_pdf)])?,
        ident,
    )?)
}
