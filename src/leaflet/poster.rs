//! A poster for a shelter's wall (A3 and A4, portrait): the title, the page's key points in type
//! large enough to read from across a room, its contacts, and a QR code at least 40 mm wide, which
//! a phone scans from a metre and a half.

use super::Paper;
use super::contact::contact_block;
use super::frame::{self, Frame, preamble};
use super::layouts::Problem;
use super::markup::{escape, escape_numbers, string};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::content::Page;

/// Key point sizes tried on A4, largest first (as large as the wall allows, so that the points
/// fill the poster); A3 scales them by √2.
const POINT_SIZES: [f64; 15] = [
    40.0, 36.0, 32.0, 28.0, 26.0, 24.0, 22.0, 20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0, 12.0,
];

pub(super) fn poster(
    fonts: &Fonts,
    f: &Frame,
    page: &Page,
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (width, height) = paper.size();
    let scale = width / 210.0;
    for size in POINT_SIZES {
        let markup = format!(
            "{}{}{}",
            preamble(f, width, height, 12.0 * scale, 12.0 * scale),
            frame::bleed(f),
            content(f, page, size * scale, scale)
        );
        let document = compile(fonts, markup, frame::files(f))?;
        if document.pages().len() == 1 {
            return Ok(pdf(&document, ident)?);
        }
    }
    Err(Problem::TooLong(crate::said!(
        "leaflet-poster-too-long",
        layout = "poster",
        paper = paper.name(),
        size = POINT_SIZES[POINT_SIZES.len() - 1].to_string()
    )))
}

/// The poster's content, its key points at `size` points.
fn content(f: &Frame, page: &Page, size: f64, scale: f64) -> String {
    let accent = string(&f.look.accent);
    let points: String = (page.document.key_points.iter())
        .map(|p| format!("[{}],", escape_numbers(p)))
        .collect();
    let headline = f.headline.as_ref().map_or(String::new(), |line| {
        format!(
            "#block(width: 100%, fill: rgb(\"#fdecee\"), stroke: (left: {:.1}pt + rgb(\"#b00020\")), inset: {:.1}mm)[#text(size: {:.1}pt, weight: \"bold\")[{}]]\n",
            4.0 * scale,
            4.0 * scale,
            size * 1.1,
            escape_numbers(line)
        )
    });
    let notices: String = f
        .notices
        .iter()
        .map(|n| {
            format!(
                "#block(width: 100%, fill: rgb(\"#fff4ce\"), stroke: 1pt + rgb(\"#8a6d00\"), inset: {:.1}mm)[#text(size: {:.1}pt)[{}]]\n",
                3.0 * scale,
                12.0 * scale,
                escape(n)
            )
        })
        .collect();
    // The code itself (without its quiet margin) at least 40 mm wide on A4.
    let qr = 55.0 * scale;
    // Numbers as large as the key points: what a family copies down from across the room.
    let contacts: String = (f.contacts.iter())
        .map(|c| contact_block(c, &f.labels, &format!("{:.1}pt", size.max(12.0 * scale))))
        .collect();
    format!(
        "#block(width: 100%, fill: rgb({accent}), inset: {pad:.1}mm)[#text(fill: white, weight: \"bold\", size: {site:.1}pt)[{}]]\n\
         #v({gap:.1}mm)\n#par(leading: 0.3em)[#text(size: {title:.1}pt, weight: \"bold\", fill: rgb({accent}))[{}]]\n\
         #v({gap:.1}mm)\n{notices}{headline}#v({gap:.1}mm)\n\
         #set list(spacing: {gap:.1}mm)\n#text(size: {size:.1}pt)[#list({points})]\n#v(1fr)\n\
         #block(width: 100%)[#set text(size: {small:.1}pt)\n{}]\n#v({gap:.1}mm)\n\
         #grid(columns: (1fr, {qr:.1}mm), column-gutter: {gap:.1}mm, align: bottom, [{}], [#image(\"/qr.svg\", width: {qr:.1}mm)])\n#align(end)[#text(size: {tiny:.1}pt, dir: ltr)[{}]]\n\
         #v({gap:.1}mm)\n#text(size: {tiny:.1}pt)[{} {}]\n",
        escape(&f.site_name),
        escape(&f.title),
        contacts,
        frame::listen(f, 40.0 * scale),
        escape(&f.url),
        escape(&f.reviewed),
        escape(&f.disclaimer),
        pad = 5.0 * scale,
        site = 16.0 * scale,
        title = 40.0 * scale,
        gap = 5.0 * scale,
        small = 12.0 * scale,
        tiny = 9.0 * scale,
    )
}
