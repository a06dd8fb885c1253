//! A place's printable list of services (`es/directory/mx/chiapas/list-a4.pdf`): what a shelter
//! pins to a wall or hands out, a sheet for every `[limits] services_per_page` services, grouped
//! by what each service offers, with every number whole, the date each was verified, and a QR
//! code to the list on the web. A service past its review date is never printed: paper cannot be
//! corrected once it is handed out.

use fluent_bundle::FluentArgs;
use typst_layout::PagedDocument;

use super::Paper;
use super::frame::{Frame, preamble, qr_svg};
use super::layouts::Problem;
use super::look::Look;
use super::markup::{contact_block, escape};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::config::Direction;
use crate::diagnostics::Result;
use crate::directory::{Section, Service, pages, vocab};
use crate::render::{directory_path, place_name};
use crate::site::Site;

/// Text sizes a list is set in, largest first: the largest at which its first sheet fits one
/// page.
const SIZES: [f64; 9] = [14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.5, 8.0, 7.5];

/// The size of a list whose first sheet does not fit one page even at the smallest size: the
/// smallest that reads well, each sheet going on over a further page.
const READABLE: f64 = 9.0;

/// The list of `place` for readers of `lang` on `paper`: one sheet for every
/// [`crate::limits::Limits::services_per_page`] services, all in one PDF. Only the first sheet
/// is typeset more than once (to find its size), so what a list costs grows with its services
/// only once.
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
    let sheets = sheets(site, &f, lang, place);
    let ident = format!("{}list-{}", directory_path(lang, place), paper.name());
    let (width, height) = paper.size();
    let count = sheets.len();
    let typeset = |size: f64, sheets: &[String]| {
        let pages: Vec<String> = sheets
            .iter()
            .enumerate()
            .map(|(i, body)| page(&f, body, (i + 1, count)))
            .collect();
        let markup = format!(
            "{}{}",
            preamble(&f, width, height, 12.0, size),
            pages.join("#pagebreak()\n")
        );
        compile(fonts, markup, vec![("/qr.svg", f.qr_svg.clone())])
    };
    let first = sheets.first().map(std::slice::from_ref).unwrap_or_default();
    let document = match fit(&typeset, first) {
        Ok(Some((_, document))) if count == 1 => Ok(document),
        Ok(Some((size, _))) => typeset(size, &sheets),
        Ok(None) => typeset(READABLE, &sheets),
        Err(e) => Err(e),
    };
    Ok(document
        .and_then(|d| pdf(&d, &ident))
        .map_err(Problem::Failed))
}

/// The largest of [`SIZES`] at which `sheet` fits one page, with the sheet typeset at it; `None`
/// when it does not fit even at the smallest. The sizes between one that fits and one that does
/// not are halved, so a sheet is typeset at most five times.
fn fit(
    typeset: &dyn Fn(f64, &[String]) -> std::result::Result<PagedDocument, String>,
    sheet: &[String],
) -> std::result::Result<Option<(f64, PagedDocument)>, String> {
    let fits = |i: usize| -> std::result::Result<Option<PagedDocument>, String> {
        let document = typeset(SIZES[i], sheet)?;
        Ok((document.pages().len() == 1).then_some(document))
    };
    let smallest = SIZES.len() - 1;
    let Some(mut best) = fits(smallest)? else {
        return Ok(None);
    };
    // `hi` fits; every size before `lo` is known not to.
    let (mut lo, mut hi) = (0, smallest);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match fits(mid)? {
            Some(document) => {
                best = document;
                hi = mid;
            }
            None => lo = mid + 1,
        }
    }
    Ok(Some((SIZES[hi], best)))
}

/// The services verified in time, a sheet's worth at a time, each sheet grouped by category
/// in two columns, then those of the places around; the last sheet says how many were left out.
fn sheets(site: &Site, f: &Frame, lang: &str, place: &str) -> Vec<String> {
    let all = site.directory.listed(place, |_| true).len();
    let listed = site.directory.listed(place, |s| !site.is_overdue(s));
    let left_out = all - listed.len();
    let block = |s: &Service| contact_block(&site.service_contact(s, lang), &f.labels);
    let parts = pages(&listed, site.config.limits.services_per_page);
    let mut sheets: Vec<String> = parts
        .iter()
        .map(|part| {
            let mut out = String::new();
            let mut current = None;
            for &(section, service) in *part {
                if current != Some(section) {
                    current = Some(section);
                    let heading = heading(site, lang, place, section);
                    out.push_str(&format!("\n#heading(level: 2)[{}]\n", escape(&heading)));
                }
                out.push_str(&block(service));
            }
            out
        })
        .collect();
    // The shelter is told what paper leaves out, and where to find it.
    if let Some(last) = sheets.last_mut().filter(|_| left_out > 0) {
        let mut args = FluentArgs::new();
        args.set("count", left_out);
        let note = site
            .locales
            .plain(lang, "service-left-out", Some(&args))
            .unwrap_or_default();
        last.push_str(&format!("\n#text(style: \"italic\")[{}]\n", escape(&note)));
    }
    sheets
}

/// A section's heading: a category's name, or "Also in Chiapas".
fn heading(site: &Site, lang: &str, place: &str, section: Section) -> String {
    match section {
        Section::Category(category) => site.word(lang, &vocab::category_message(category)),
        Section::Around => {
            let wider = site.directory.around_name(place).unwrap_or_default();
            let mut args = FluentArgs::new();
            args.set("place", place_name(site, lang, &wider));
            site.locales
                .plain(lang, "directory-also", Some(&args))
                .unwrap_or_default()
        }
    }
}

/// A sheet: the site's band, the title (with the sheet's number when there are several), the
/// services in two columns, and at the foot the QR code, the address and the disclaimer (each
/// service says when it was verified).
fn page(f: &Frame, body: &str, (n, count): (usize, usize)) -> String {
    let title = match count {
        1 => escape(&f.title),
        count => format!("{} ({n}/{count})", escape(&f.title)),
    };
    format!(
        "#block(width: 100%, fill: rgb({accent}), inset: (x: 3mm, y: 2mm))[#text(fill: white, weight: \"bold\")[{site}]]\n\
         #text(size: 1.6em, weight: \"bold\", fill: rgb({accent}))[{title}]\n\
         #columns(2, gutter: 5mm)[{body}]\n#v(1fr)\n\
         #grid(columns: (1fr, 30mm), column-gutter: 4mm, align: bottom, [#text(size: 0.85em)[{disclaimer}]\\ #text(size: 0.85em, dir: ltr)[{url}]], [#image(\"/qr.svg\", width: 30mm)])\n",
        accent = super::markup::string(&f.look.accent),
        site = escape(&f.site_name),
        disclaimer = escape(&f.disclaimer),
        url = escape(&f.url),
    )
}
