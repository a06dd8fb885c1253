//! A place's printable list of services (`es/directory/mx/chiapas/list.pdf`): one page a shelter
//! pins to a wall or hands out, grouped by what each service offers, with every number whole, the
//! date each was verified, and a QR code to the list on the web. A service past its review date is
//! never printed: paper cannot be corrected once it is handed out.

use fluent_bundle::FluentArgs;

use super::Paper;
use super::frame::{Frame, preamble, qr_svg};
use super::layouts::Problem;
use super::look::Look;
use super::markup::{contact_block, escape};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::config::Direction;
use crate::diagnostics::Result;
use crate::directory::{Service, vocab};
use crate::render::{by_category, directory_path, place_name};
use crate::site::Site;

/// Text sizes tried, largest first, until the list fits one page.
const SIZES: [f64; 9] = [14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.5, 8.0, 7.5];

/// The list of `place` for readers of `lang` on `paper`.
pub(super) fn list(
    site: &Site,
    fonts: &Fonts,
    look: &Look,
    (lang, place): (&str, &str),
    paper: Paper,
) -> Result<std::result::Result<Vec<u8>, Problem>> {
    let rtl = site
        .config
        .language(lang)
        .is_some_and(|l| l.dir == Direction::Rtl);
    let title = format!(
        "{}: {}",
        site.word(lang, "directory"),
        place_name(site, lang, place)
    );
    let mut f = Frame::bare(lang, rtl, &title, look);
    f.url = format!("{}{}", site.config.base_url, directory_path(lang, place));
    f.qr_svg = qr_svg(&f.url);
    f.site_name = site.locales.plain(lang, "site-name", None)?;
    f.disclaimer = site.locales.plain(lang, "disclaimer", None)?;
    f.labels = site.labels(lang).clone();
    let body = body(site, &f, lang, place);
    let ident = format!("{}list-{}", directory_path(lang, place), paper.name());
    let (width, height) = paper.size();
    for size in SIZES {
        let markup = format!(
            "{}{}",
            preamble(&f, width, height, 12.0, size),
            page(&f, &body)
        );
        let document = match compile(fonts, markup, vec![("/qr.svg", f.qr_svg.clone())]) {
            Ok(document) => document,
            Err(e) => return Ok(Err(Problem::Failed(e))),
        };
        if document.pages().len() == 1 {
            return Ok(pdf(&document, &ident).map_err(Problem::Failed));
        }
    }
    Ok(Err(Problem::TooLong(format!(
        "the printable list of `{place}` does not fit one page at {} pt: give its services shorter descriptions (the web page lists them all)",
        SIZES[SIZES.len() - 1]
    ))))
}

/// The services, grouped by category in two columns, then those of the places around.
fn body(site: &Site, f: &Frame, lang: &str, place: &str) -> String {
    let (here, around) = site.directory.serving(place, &[]);
    let all = here.len() + around.len();
    let here: Vec<&Service> = here.into_iter().filter(|s| !site.is_overdue(s)).collect();
    let around: Vec<&Service> = around.into_iter().filter(|s| !site.is_overdue(s)).collect();
    let left_out = all - here.len() - around.len();
    let block = |s: &Service| contact_block(&site.service_contact(s, lang), &f.labels);
    let mut out = String::new();
    for (category, group) in by_category(&here) {
        out.push_str(&format!(
            "\n#heading(level: 2)[{}]\n",
            escape(&site.word(lang, &vocab::category_message(category)))
        ));
        out.extend(group.into_iter().map(block));
    }
    if let Some(wider) = around
        .iter()
        .map(|s| s.place.as_str())
        .min_by_key(|p| p.len())
    {
        let mut args = FluentArgs::new();
        args.set("place", place_name(site, lang, wider));
        let heading = site
            .locales
            .plain(lang, "directory-also", Some(&args))
            .unwrap_or_default();
        out.push_str(&format!("\n#heading(level: 2)[{}]\n", escape(&heading)));
        out.extend(around.into_iter().map(block));
    }
    // The shelter is told what paper leaves out, and where to find it.
    if left_out > 0 {
        let mut args = FluentArgs::new();
        args.set("count", left_out);
        let note = site
            .locales
            .plain(lang, "service-left-out", Some(&args))
            .unwrap_or_default();
        out.push_str(&format!("\n#text(style: \"italic\")[{}]\n", escape(&note)));
    }
    out
}

/// The page: the site's band, the title, the services in two columns, and at the foot the QR
/// code, the address and the disclaimer (each service says when it was verified).
fn page(f: &Frame, body: &str) -> String {
    format!(
        "#block(width: 100%, fill: rgb({accent}), inset: (x: 3mm, y: 2mm))[#text(fill: white, weight: \"bold\")[{site}]]\n\
         #text(size: 1.6em, weight: \"bold\", fill: rgb({accent}))[{title}]\n\
         #columns(2, gutter: 5mm)[{body}]\n#v(1fr)\n\
         #grid(columns: (1fr, 30mm), column-gutter: 4mm, align: bottom, [#text(size: 0.85em)[{disclaimer}]\\ #text(size: 0.85em, dir: ltr)[{url}]], [#image(\"/qr.svg\", width: 30mm)])\n",
        accent = super::markup::string(&f.look.accent),
        site = escape(&f.site_name),
        title = escape(&f.title),
        disclaimer = escape(&f.disclaimer),
        url = escape(&f.url),
    )
}
