//! What every leaflet prints around the page's own text, in the reader's language: cover, back,
//! QR code, and the typst settings each document starts with.

use fluent_bundle::FluentArgs;

use super::markup::{escape, lang_args, string};
use crate::config::Direction;
use crate::content::Page;
use crate::diagnostics::Result;
use crate::markdown::Labels;
use crate::site::{Route, Site};

/// Everything a leaflet prints around the page's own text, in the page's language.
pub(super) struct Frame {
    pub(super) lang: String,
    pub(super) rtl: bool,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) site_name: String,
    pub(super) url: String,
    pub(super) reviewed: String,
    pub(super) disclaimer: String,
    pub(super) more: String,
    pub(super) labels: Labels,
    pub(super) qr_svg: Vec<u8>,
}

pub(super) fn frame(site: &Site, route: &Route, page: &Page) -> Result<Frame> {
    let lang = &route.lang;
    let say = |id: &str, args: Option<&FluentArgs>| site.locales.plain(lang, id, args);
    let mut args = FluentArgs::new();
    args.set(
        "date",
        crate::render::display_date(&site.locales, lang, page.front.updated)?,
    );
    let url = format!("{}{}", site.config.base_url, route.path);
    Ok(Frame {
        lang: lang.clone(),
        rtl: site
            .config
            .language(lang)
            .is_some_and(|l| l.dir == Direction::Rtl),
        title: page.front.title.clone(),
        description: page.front.description.clone(),
        site_name: say("site-name", None)?,
        reviewed: say("last-reviewed", Some(&args))?,
        disclaimer: say("disclaimer", None)?,
        more: say("leaflet-more", None)?,
        labels: site.labels(&page.lang).clone(),
        qr_svg: qr_svg(&url),
        url,
    })
}

/// The QR code of an address as SVG: vector, so it prints sharp at any size.
pub fn qr_svg(url: &str) -> Vec<u8> {
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .min_dimensions(200, 200)
            .build()
            .into_bytes(),
        Err(_) => Vec::new(),
    }
}

/// Settings every leaflet document starts with: fonts, size, language, direction, no smart quotes
/// (the Markdown pass has already applied each language's apostrophe rule).
pub(super) fn preamble(f: &Frame, width: f64, height: f64, margin: f64) -> String {
    format!(
        "#set document(title: {title})\n\
         #set page(width: {width}mm, height: {height}mm, margin: {margin}mm)\n\
         #set text(font: (\"Libertinus Serif\", \"Noto Naskh Arabic\"), size: 10pt, {lang}, dir: {dir}, hyphenate: false)\n\
         #set smartquote(enabled: false)\n\
         #set par(leading: 0.5em, spacing: 0.8em)\n\
         #set heading(numbering: none)\n\
         #show heading.where(level: 1): set text(size: 15pt)\n\
         #show heading.where(level: 2): set text(size: 12pt)\n\
         #show heading: set block(above: 0.9em, below: 0.5em)\n",
        title = string(&f.title),
        lang = lang_args(&f.lang),
        dir = if f.rtl { "rtl" } else { "ltr" },
    )
}

/// The cover: site, title, description.
pub(super) fn cover(f: &Frame) -> String {
    format!(
        "#text(size: 10pt)[{}]\n#v(1fr)\n#heading(level: 1)[{}]\n{}\n#v(2fr)\n",
        escape(&f.site_name),
        escape(&f.title),
        escape(&f.description),
    )
}

/// The back: QR code and address, date, disclaimer.
pub(super) fn back(f: &Frame, qr_mm: f64) -> String {
    format!(
        "#text(size: 10pt)[{}]\n#v(1fr)\n#align(center)[#image(\"/qr.svg\", width: {qr_mm}mm)]\n#align(center)[#text(size: 10pt, dir: ltr)[{}]]\n#v(1fr)\n{}\n\n#text(size: 10pt)[{}]\n",
        escape(&f.more),
        escape(&f.url),
        escape(&f.reviewed),
        escape(&f.disclaimer),
    )
}
