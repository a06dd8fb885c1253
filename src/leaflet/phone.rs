//! A page's leaflet to read on a phone: its cover, its text and where to read more, in reading
//! order on pages shaped like a phone's screen, nothing imposed or folded. A PDF forwarded on
//! WhatsApp is read this way, and typst tags its headings, lists and paragraphs, so that a
//! screen reader follows it; imposed sheets read flap, back, cover, then the inside.

use super::frame::{Frame, cover, files, preamble};
use super::layouts::Problem;
use super::markup::{escape, string};
use super::typeset::{compile, pdf};
use super::world::Fonts;

/// A page's width and height in mm: about a phone screen's proportions.
const PAGE: (f64, f64) = (90.0, 160.0);

/// The reading PDF of a page whose text, as typst markup, is `body`.
pub(super) fn reading(
    fonts: &Fonts,
    f: &Frame,
    body: &str,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (width, height) = PAGE;
    let markup = format!(
        "{}{}#pagebreak()\n{body}\n{}",
        preamble(f, width, height, 7.0, 11.0),
        cover(f),
        closing(f)
    );
    Ok(pdf(&compile(fonts, markup, files(f))?, ident)?)
}

/// Where to read more (a link, on a screen), any notice, when the text was reviewed and the
/// disclaimer.
fn closing(f: &Frame) -> String {
    let notices: String = (f.notices.iter())
        .map(|n| format!("#strong[{}]\n\n", escape(n)))
        .collect();
    format!(
        "#v(4mm)\n#line(length: 100%, stroke: 0.5pt + luma(150))\n#set text(size: 9.5pt)\n{}\n\n#link({})[#box(text(dir: ltr)[{}])]\n\n{notices}{}\n\n{}\n",
        escape(&f.more),
        string(&f.url),
        escape(&f.url),
        escape(&f.reviewed),
        escape(&f.disclaimer),
    )
}
