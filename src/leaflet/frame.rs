//! What every leaflet prints around the page's own text, in the reader's language: the cover
//! (title large, the site in the theme's colour, the page's one most important line), the back
//! (contacts with their numbers whole, QR code, review date, disclaimer), any notice that the text
//! is a draft, and the typst settings each document starts with.

use fluent_bundle::FluentArgs;

use super::contact::contact_block;
use super::look::Look;
use super::markup::{self, escape, escape_numbers, lang_args, string};
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
    /// The review date and the years of the sources: what a wallet card has room for.
    pub(super) card_reviewed: String,
    pub(super) disclaimer: String,
    pub(super) more: String,
    pub(super) labels: Labels,
    pub(super) qr_svg: Vec<u8>,
    /// What the reader must know about the text: a draft translation, waiting for a lawyer.
    pub(super) notices: Vec<String>,
    /// The one line the cover shows under the title.
    pub(super) headline: Option<String>,
    /// The page's contacts and the services it cites, in the order the page names them: printed
    /// once per sheet, on the back of a trifold or booklet.
    pub(super) contacts: Vec<crate::markdown::Contact>,
    /// Where each of the page's links leads on paper (see [`markup::Context::addresses`]).
    pub(super) addresses: Vec<Option<String>>,
    /// What the text says where it names a contact whose numbers are on the back; without it
    /// (a site whose strings lack `leaflet-numbers-back`) the contacts print where the text has
    /// them, and not again on the back.
    pub(super) numbers_back: Option<String>,
    /// The services each `service` block of the page cites, as printed: overdue ones left out,
    /// each service once.
    pub(super) cited: Vec<Vec<crate::markdown::Contact>>,
    pub(super) look: Look,
    /// The page's recording, when it has one: what to say beside its QR code, and the code.
    pub(super) listen: Option<(String, Vec<u8>)>,
    /// For a print shop: sheets with bleed, without marks.
    pub(super) press: bool,
}

impl Frame {
    /// A frame with nothing around the text: for the language card, which has no page.
    pub(super) fn bare(lang: &str, rtl: bool, title: &str, look: &Look) -> Frame {
        Frame {
            lang: lang.to_string(),
            rtl,
            title: title.to_string(),
            description: String::new(),
            site_name: String::new(),
            url: String::new(),
            reviewed: String::new(),
            card_reviewed: String::new(),
            disclaimer: String::new(),
            more: String::new(),
            labels: Labels::default(),
            qr_svg: Vec::new(),
            notices: Vec::new(),
            headline: None,
            contacts: Vec::new(),
            addresses: Vec::new(),
            numbers_back: None,
            cited: Vec::new(),
            look: look.clone(),
            listen: None,
            press: false,
        }
    }
}

pub(super) fn frame(site: &Site, route: &Route, page: &Page, look: &Look) -> Result<Frame> {
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
        // When the facts are from goes wherever the review date is printed.
        reviewed: match crate::render::sources_line(site, route, page)? {
            Some(sources) => format!("{}. {sources}", say("last-reviewed", Some(&args))?),
            None => say("last-reviewed", Some(&args))?,
        },
        card_reviewed: match crate::render::sources_years(site, route, page)? {
            Some(years) => format!("{}. {years}", say("last-reviewed", Some(&args))?),
            None => say("last-reviewed", Some(&args))?,
        },
        disclaimer: say("disclaimer", None)?,
        more: say("leaflet-more", None)?,
        labels: site.labels(&page.lang).clone(),
        qr_svg: qr_svg(&url),
        url,
        notices: crate::render::notices(site, route, page)?,
        headline: headline(page),
        contacts: site.contacts_of(page, true),
        addresses: addresses(site, route, page),
        numbers_back: optional(site, lang, "leaflet-numbers-back"),
        cited: site.cites(&page.document, &page.lang, true),
        look: look.clone(),
        // A synthetic sample is never printed: paper would pass it off as a person's voice.
        listen: match crate::site::paths::recording_path(site, route)
            .filter(|_| !page.front.recording_synthetic)
        {
            Some(path) => Some((
                say("listen-qr", None)?,
                qr_svg(&format!("{}{path}", site.config.base_url)),
            )),
            None => None,
        },
        press: false,
    })
}

/// A string a site's languages may define, for `lang`: `None` where none does.
pub(super) fn optional(site: &Site, lang: &str, id: &str) -> Option<String> {
    let message = site.locales.message(lang, id, None)?.ok()?;
    Some(message.text.replace(['\u{2068}', '\u{2069}'], ""))
}

/// Where each link of the page leads on paper: the address of the page of the site it reaches,
/// without its scheme; `None` for a link that leaves the site or stays on the page.
fn addresses(site: &Site, route: &Route, page: &Page) -> Vec<Option<String>> {
    let Some(from) = site.index_of(&route.id, &route.lang) else {
        return Vec::new();
    };
    (page.document.links.iter())
        .map(|link| {
            let reached = site.links.get(from, link.at.start)?;
            let to = &site.routes[reached.route];
            (to.path != route.path).then(|| format!("{}{}", site.config.base_url, to.path))
        })
        .collect()
}

impl Frame {
    /// How the page's text is printed with this frame; `numbers_on_back` when the layout prints
    /// every contact's numbers on its back.
    pub(super) fn context(&self, numbers_on_back: bool) -> markup::Context<'_> {
        markup::Context {
            labels: &self.labels,
            cited: &self.cited,
            addresses: &self.addresses,
            numbers_elsewhere: self.numbers_back.as_deref().filter(|_| numbers_on_back),
        }
    }
}

/// The page's most important line: its `cover` line, else the first sentence of its danger
/// callout.
pub(super) fn headline(page: &Page) -> Option<String> {
    let given = page.front.leaflet.as_ref().and_then(|l| l.cover.clone());
    given.or_else(|| {
        let callouts = page.document.callouts(&page.source);
        let (_, _, words) = callouts
            .into_iter()
            .find(|(kind, _, _)| *kind == crate::markdown::CalloutKind::Danger)?;
        Some(first_sentence(&words))
    })
}

/// The first sentence of a callout's words: what a cover or a card has room for.
pub(super) fn first_sentence(words: &str) -> String {
    let end = words.find(". ").map_or(words.len(), |i| i + 1);
    words[..end].trim().to_string()
}

/// The bleed a print shop's sheet gets, 3 mm on every side beyond the trim box; none for an
/// office printer's.
pub(super) fn bleed(f: &Frame) -> String {
    if f.press {
        "#set page(bleed: 3mm)\n".to_string()
    } else {
        String::new()
    }
}

/// The files every leaflet document may refer to: the QR code and the theme's logo.
pub(super) fn files(f: &Frame) -> Vec<(&str, Vec<u8>)> {
    let mut files = vec![("/qr.svg", f.qr_svg.clone())];
    if let Some((_, code)) = &f.listen {
        files.push(("/listen.svg", code.clone()));
    }
    if let Some((name, bytes)) = &f.look.logo {
        files.push((name.as_str(), bytes.clone()));
    }
    files
}

/// The notices, each in a framed box: printed wherever the text is.
fn notices(f: &Frame, size: f64) -> String {
    f.notices
        .iter()
        .map(|n| {
            format!(
                "#block(width: 100%, fill: rgb(\"#fff4ce\"), stroke: 0.8pt + rgb(\"#8a6d00\"), inset: 2mm)[#text(size: {size}pt)[{}]]\n",
                escape(n)
            )
        })
        .collect()
}

/// How many modules wide the QR code of `url` is, its quiet zone included.
pub(super) fn qr_modules(url: &str) -> usize {
    qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_or(0, |code| code.width() + 8)
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

/// Settings every leaflet document starts with: fonts, text size, language, direction, no smart
/// quotes (the Markdown pass has already applied each language's apostrophe rule), headings in
/// the theme's colour.
pub(super) fn preamble(f: &Frame, width: f64, height: f64, margin: f64, size: f64) -> String {
    format!(
        "#set document(title: {title})\n\
         #set page(width: {width}mm, height: {height}mm, margin: {margin}mm)\n\
         #set text(font: (\"Libertinus Serif\", \"Noto Naskh Arabic\"), size: {size}pt, {lang}, dir: {dir}, hyphenate: false)\n\
         #set smartquote(enabled: false)\n\
         #set par(leading: 0.5em, spacing: 0.8em)\n\
         #set heading(numbering: none)\n\
         #show heading: set text(fill: rgb({accent}))\n\
         #show heading.where(level: 1): set text(size: 1.5em)\n\
         #show heading.where(level: 2): set text(size: 1.2em)\n\
         #show heading: set block(above: 0.9em, below: 0.5em)\n\
         {icon}\n",
        title = string(&f.title),
        lang = lang_args(&f.lang),
        dir = if f.rtl { "rtl" } else { "ltr" },
        accent = string(&f.look.accent),
        icon = if f.look.icons {
            "#let icon(name) = box(baseline: 0.1em, image(\"/icons/\" + name + \".svg\", height: 0.85em)) + h(0.25em)"
        } else {
            "#let icon(name) = none"
        },
    )
}

/// The site's name on a band of the theme's colour, under its logo when it has one.
fn masthead(f: &Frame, size: f64) -> String {
    let logo = f.look.logo.as_ref().map_or(String::new(), |(name, _)| {
        format!(
            "#image({}, height: {:.1}mm)\n#v(2mm)\n",
            string(name),
            size * 1.2
        )
    });
    format!(
        "{logo}#block(width: 100%, fill: rgb({}), inset: (x: 3mm, y: 2.5mm))[#text(fill: white, weight: \"bold\", size: {size}pt)[{}]]\n",
        string(&f.look.accent),
        escape(&f.site_name),
    )
}

/// The cover: the site, the title large, the description, and the page's most important line.
pub(super) fn cover(f: &Frame) -> String {
    let headline = f.headline.as_ref().map_or(String::new(), |line| {
        format!(
            "#block(width: 100%, fill: rgb(\"#fdecee\"), stroke: (left: 3pt + rgb(\"#b00020\")), inset: 3mm)[#text(size: 13pt, weight: \"bold\")[#icon(\"alert\"){}]]\n",
            escape_numbers(line)
        )
    });
    // The title in the top third: what shows above the lip of a brochure rack.
    format!(
        "{}#v(6mm)\n#par(leading: 0.3em)[#text(size: 26pt, weight: \"bold\", fill: rgb({}))[{}]]\n#v(4mm)\n#text(size: 13pt)[{}]\n#v(1fr)\n{headline}#v(2mm)\n{}",
        masthead(f, 10.0),
        string(&f.look.accent),
        escape(&f.title),
        escape(&f.description),
        notices(f, 9.0),
    )
}

/// The size of the numbers on the back of a trifold or booklet: the most legible text after the
/// title.
const BACK_NUMBERS_PT: f64 = 15.0;

/// The back: the page's contacts (each once, numbers large), the QR code and address, the review
/// date, any notice, and the disclaimer.
pub(super) fn back(f: &Frame, qr_mm: f64) -> String {
    let on_back = f.contacts.iter().filter(|_| f.numbers_back.is_some());
    let contacts: String = on_back
        .map(|c| contact_block(c, &f.labels, &format!("{BACK_NUMBERS_PT}pt")))
        .collect();
    format!(
        "#set text(size: 10.5pt)\n{contacts}#v(1fr)\n#align(center)[{}]\n#align(center)[#image(\"/qr.svg\", width: {qr_mm}mm)]\n#align(center)[#text(size: 10pt, dir: ltr)[{}]]\n{}#v(1fr)\n{}#text(size: 9pt)[{}]\n\n#text(size: 9pt)[{}]\n",
        escape(&f.more),
        escape(&f.url),
        listen(f, qr_mm * 0.8),
        notices(f, 8.5),
        escape(&f.reviewed),
        escape(&f.disclaimer),
    )
}

/// The recording's QR code and what it is, where the page has a recording.
pub(super) fn listen(f: &Frame, qr_mm: f64) -> String {
    f.listen.as_ref().map_or(String::new(), |(said, _)| {
        format!(
            "#v(3mm)\n#align(center)[#text(weight: \"bold\")[{}]]\n#align(center)[#image(\"/listen.svg\", width: {qr_mm:.1}mm)]\n",
            escape(said)
        )
    })
}
