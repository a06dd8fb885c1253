//! Print-ready leaflets: pages that opt in (`leaflet = { layouts = ["trifold", "card"] }`) become
//! PDFs on A4 and US Letter, typeset in-process by typst, with a vector QR code back to the page.
//!
//! Each leaflet is made in two passes: the reading pages (panels, booklet pages, one card) are
//! typeset at their own size, then imposed on sheets in the order that folds or cuts correctly.
//! Text that does not fit its panels is an error that says by how much, never cut off.

pub mod markup;
mod world;

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use typst::foundations::Smart;
use typst_layout::PagedDocument;

use crate::config::{Config, Direction};
use crate::content::{Layout, Page};
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::markdown::Labels;
use crate::site::{Route, Site};
use markup::{escape, string};
use world::{Fonts, Sandbox};

/// Sheet sizes a shelter's office printer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// The name in file names: `a4`, `letter`.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// Portrait width and height in millimetres.
    fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// What a leaflet is: a page in a layout, or a language card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Page(Layout),
    LanguageCard,
}

/// One PDF, ready to write.
#[derive(Debug, Clone)]
pub struct Leaflet {
    /// The reader's language (the folder it goes in).
    pub lang: String,
    /// The page it was made from (`None` for language cards).
    pub page_id: Option<String>,
    pub kind: Kind,
    pub paper: Paper,
    /// Path below the output folder: `es/leaflets/abogado-trifold-a4.pdf`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Wallet card size (ISO/IEC 7810 ID-1), in millimetres.
const CARD: (f64, f64) = (85.0, 55.0);
/// The most pages a booklet may have before it should be split.
const MAX_BOOKLET_PAGES: usize = 16;

/// Makes every leaflet of the site: each opted-in page in each language it is translated into,
/// in each of its layouts, on each paper; and a language card per language.
pub fn make(site: &Site) -> Result<Vec<Leaflet>> {
    make_cached(site, &mut Typeset::default())
}

/// Leaflet PDFs typeset before, by a hash of everything they were made from, so that a leaflet
/// whose page, strings, fonts, configuration and program are unchanged is not typeset again:
/// kept in memory by `serve`, and in a folder beside the site (`.senda-cache/leaflets/`) by
/// `build`, which holds exactly the last build's leaflets.
#[derive(Default)]
pub struct Typeset {
    pdfs: std::collections::HashMap<u64, Vec<u8>>,
    folder: Option<PathBuf>,
}

impl Typeset {
    /// PDFs kept in `folder` between runs.
    pub fn in_folder(folder: PathBuf) -> Typeset {
        Typeset {
            pdfs: Default::default(),
            folder: Some(folder),
        }
    }

    fn file(folder: &Path, key: u64) -> PathBuf {
        folder.join(format!("{key:016x}.pdf"))
    }

    fn get(&self, key: u64) -> Option<Vec<u8>> {
        self.pdfs.get(&key).cloned().or_else(|| {
            let folder = self.folder.as_ref()?;
            std::fs::read(Self::file(folder, key)).ok()
        })
    }

    /// Keeps this build's PDFs and forgets the rest. The folder is only a cache: a PDF that
    /// cannot be kept there is typeset again next time.
    fn keep(&mut self, made: Vec<(u64, &[u8])>) {
        let Some(folder) = &self.folder else {
            self.pdfs = made.into_iter().map(|(k, b)| (k, b.to_vec())).collect();
            return;
        };
        let _ = std::fs::create_dir_all(folder);
        let wanted: std::collections::HashSet<PathBuf> =
            made.iter().map(|(k, _)| Self::file(folder, *k)).collect();
        for (key, bytes) in &made {
            let path = Self::file(folder, *key);
            if !path.exists() {
                let partial = path.with_extension("part");
                if std::fs::write(&partial, bytes).is_ok() {
                    let _ = std::fs::rename(&partial, &path);
                }
            }
        }
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            if !wanted.contains(&entry.path()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// What identifies this program: its version, and the executable itself, so that a rebuilt
/// senda (a changed layout) never reuses an old PDF.
fn program() -> u64 {
    static PROGRAM: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *PROGRAM.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        env!("CARGO_PKG_VERSION").hash(&mut h);
        if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
            (meta.len(), meta.modified().ok()).hash(&mut h);
        }
        h.finish()
    })
}

/// Everything a leaflet is made from: the page file, where it is published, its layout and
/// paper, the strings, the configuration, the theme's fonts and the program.
fn key(
    site: &Site,
    fonts: u64,
    (lang, path): (&str, &str),
    page: Option<&Page>,
    what: &str,
    paper: Paper,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (page.map(|p| p.fingerprint), path, lang, what, paper.name()).hash(&mut h);
    (
        site.locales.fingerprint,
        format!("{:?}", site.config),
        fonts,
        program(),
    )
        .hash(&mut h);
    h.finish()
}

/// A leaflet the site will have, before it is made.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The reader's language (the folder it goes in).
    pub lang: String,
    pub page_id: String,
    pub layout: Layout,
    pub paper: Paper,
    /// Path below the output folder.
    pub path: String,
}

/// Every page leaflet of the site: each opted-in page in each language it is translated into,
/// in each of its layouts, on each paper. Known before anything is typeset, so that pages can
/// link to their leaflets without waiting for them.
pub fn plan(site: &Site) -> Vec<Planned> {
    let mut planned = Vec::new();
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(page) = site.page(route) else {
            continue;
        };
        let layouts = page.front.leaflet.as_ref().map(|l| l.layouts.as_slice());
        for &layout in layouts.unwrap_or_default() {
            for paper in Paper::ALL {
                planned.push(Planned {
                    lang: route.lang.clone(),
                    page_id: page.id.clone(),
                    layout,
                    paper,
                    path: format!(
                        "{}leaflets/{}",
                        lang_dir(route),
                        file_name(page, layout, paper)
                    ),
                });
            }
        }
    }
    planned
}

/// The same, reusing the PDFs in `done` whose inputs have not changed, and keeping this build's.
pub fn make_cached(site: &Site, done: &mut Typeset) -> Result<Vec<Leaflet>> {
    let planned = plan(site);
    if planned.is_empty() {
        return Ok(Vec::new());
    }
    let theme_fonts = theme_fonts(&site.config)?;
    let fonts_hash = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        theme_fonts.hash(&mut h);
        h.finish()
    };
    // Loading the fonts takes a while: only done when a leaflet must be typeset.
    let loaded = std::sync::OnceLock::new();
    let fonts = || loaded.get_or_init(|| Fonts::load(&theme_fonts));
    let made: Vec<Result<Leaflet>> = planned
        .par_iter()
        .map(|p| {
            let route = site.route(&p.page_id, &p.lang);
            let page = route.and_then(|r| site.page(r));
            let (Some(route), Some(page)) = (route, page) else {
                return Err(Error::one(Diagnostic::general(format!(
                    "no page for {}",
                    p.path
                ))));
            };
            let place = (p.lang.as_str(), route.path.as_str());
            let known = done.get(key(
                site,
                fonts_hash,
                place,
                Some(page),
                p.layout.name(),
                p.paper,
            ));
            known
                .map_or_else(
                    || make_page(site, fonts(), route, page, p.layout, p.paper),
                    Ok,
                )
                .map(|bytes| Leaflet {
                    lang: p.lang.clone(),
                    page_id: Some(page.id.clone()),
                    kind: Kind::Page(p.layout),
                    paper: p.paper,
                    path: p.path.clone(),
                    bytes,
                })
        })
        .collect();
    let mut problems = Problems::default();
    let mut leaflets = Vec::new();
    for result in made {
        leaflets.extend(problems.take(result)?);
    }
    for language in &site.config.languages {
        for paper in Paper::ALL {
            let known = done.get(key(
                site,
                fonts_hash,
                (&language.code, ""),
                None,
                "language-card",
                paper,
            ));
            let made =
                known.map_or_else(|| language_card(site, fonts(), &language.code, paper), Ok);
            if let Some(bytes) = problems.take(made)? {
                leaflets.push(Leaflet {
                    lang: language.code.clone(),
                    page_id: None,
                    kind: Kind::LanguageCard,
                    paper,
                    path: format!(
                        "{}/leaflets/language-card-{}.pdf",
                        language.code,
                        paper.name()
                    ),
                    bytes,
                });
            }
        }
    }
    problems.finish()?;
    let mut made = Vec::with_capacity(leaflets.len());
    for l in &leaflets {
        let (place, page, what) = match (l.kind, &l.page_id) {
            (Kind::Page(layout), Some(id)) => {
                let route = site.route(id, &l.lang);
                let page = route.and_then(|r| site.page(r));
                let path = route.map_or("", |r| r.path.as_str());
                ((l.lang.as_str(), path), page, layout.name())
            }
            _ => ((l.lang.as_str(), ""), None, "language-card"),
        };
        made.push((
            key(site, fonts_hash, place, page, what, l.paper),
            l.bytes.as_slice(),
        ));
    }
    done.keep(made);
    Ok(leaflets)
}

fn lang_dir(route: &Route) -> String {
    format!("{}/", route.lang)
}

/// `abogado-trifold-a4.pdf`; the home page is `index-...`.
pub fn file_name(page: &Page, layout: Layout, paper: Paper) -> String {
    format!("{}-{}-{}.pdf", base_name(page), layout.name(), paper.name())
}

/// The part of a leaflet's file names that names the page: its slug, or `index`.
pub fn base_name(page: &Page) -> &str {
    if page.is_index() {
        "index"
    } else {
        page.url_segment()
    }
}

fn theme_fonts(config: &Config) -> Result<Vec<Vec<u8>>> {
    let dir = config.theme_dir.join("fonts");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ttf" || x == "otf"))
            .collect(),
        Err(_) => return Ok(Vec::new()),
    };
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read(f).map_err(Error::io("read the font", f)))
        .collect()
}

/// Everything a leaflet prints around the page's own text, in the page's language.
struct Frame {
    lang: String,
    rtl: bool,
    title: String,
    description: String,
    site_name: String,
    url: String,
    reviewed: String,
    disclaimer: String,
    more: String,
    labels: Labels,
    qr_svg: Vec<u8>,
}

fn frame(site: &Site, route: &Route, page: &Page) -> Result<Frame> {
    let lang = &route.lang;
    let say = |id: &str, args: Option<&FluentArgs>| site.locales.plain(lang, id, args);
    let mut args = FluentArgs::new();
    args.set(
        "date",
        crate::render::display_date(&site.locales, lang, page.front.updated),
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
fn preamble(f: &Frame, width: f64, height: f64, margin: f64) -> String {
    format!(
        "#set document(title: {title})\n\
         #set page(width: {width}mm, height: {height}mm, margin: {margin}mm)\n\
         #set text(font: (\"Libertinus Serif\", \"Noto Naskh Arabic\"), size: 10pt, lang: {lang}, dir: {dir}, hyphenate: false)\n\
         #set smartquote(enabled: false)\n\
         #set par(leading: 0.5em, spacing: 0.8em)\n\
         #set heading(numbering: none)\n\
         #show heading.where(level: 1): set text(size: 15pt)\n\
         #show heading.where(level: 2): set text(size: 12pt)\n\
         #show heading: set block(above: 0.9em, below: 0.5em)\n",
        title = string(&f.title),
        lang = string(&f.lang),
        dir = if f.rtl { "rtl" } else { "ltr" },
    )
}

/// The cover: site, title, description.
fn cover(f: &Frame) -> String {
    format!(
        "#text(size: 10pt)[{}]\n#v(1fr)\n#heading(level: 1)[{}]\n{}\n#v(2fr)\n",
        escape(&f.site_name),
        escape(&f.title),
        escape(&f.description),
    )
}

/// The back: QR code and address, date, disclaimer.
fn back(f: &Frame, qr_mm: f64) -> String {
    format!(
        "#text(size: 10pt)[{}]\n#v(1fr)\n#align(center)[#image(\"/qr.svg\", width: {qr_mm}mm)]\n#align(center)[#text(size: 10pt, dir: ltr)[{}]]\n#v(1fr)\n{}\n\n#text(size: 10pt)[{}]\n",
        escape(&f.more),
        escape(&f.url),
        escape(&f.reviewed),
        escape(&f.disclaimer),
    )
}

fn compile(
    fonts: &Fonts,
    source: String,
    files: Vec<(&str, Vec<u8>)>,
) -> std::result::Result<PagedDocument, String> {
    let sandbox = Sandbox::new(fonts, source, files).ok_or("bad file name")?;
    typst::compile::<PagedDocument>(&sandbox)
        .output
        .map_err(|errors| {
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })
}

fn pdf(document: &PagedDocument, ident: &str) -> std::result::Result<Vec<u8>, String> {
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        ..Default::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}

fn make_page(
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
    let body = markup::body(doc, &f.labels);
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
        Layout::Card => {
            let lines = page
                .front
                .leaflet
                .as_ref()
                .map(|l| l.card.clone())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| {
                    let sections = doc.headings.iter().filter(|h| h.level == 2);
                    sections.map(|h| h.text.clone()).collect()
                });
            card(fonts, &f, &lines, paper, &ident).map_err(fail)
        }
    }
}

/// Six panels on one sheet, both sides: outside [flap | back | cover], inside [2 | 3 | 4]
/// (mirrored for right-to-left languages, which fold the other way).
fn trifold(
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
fn booklet(
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
fn card(
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
fn language_card(site: &Site, fonts: &Fonts, lang: &str, paper: Paper) -> Result<Vec<u8>> {
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
        .map(|(code, text)| format!("#text(lang: {})[{}]\n\n", string(code), escape(text)))
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

fn card_sheet(
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
