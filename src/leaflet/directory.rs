//! A place's printable list of services (`es/directory/mx/chiapas/list-a4.pdf`): what a shelter
//! pins to a wall or hands out, in two columns, a sheet for every `[limits] services_per_page`
//! services, grouped by what each service offers, with every number whole and each service
//! whole (never split across columns or pages). Its text is never smaller than 9 pt: a list too
//! long for one page at 9 pt runs on over further pages. Every page carries, at its foot, the
//! date of its newest fact, the disclaimer, the address of the list on the web with its QR code,
//! and its number. A service past its review date is never printed: paper cannot be corrected
//! once it is handed out.

use fluent_bundle::FluentArgs;
use typst_layout::PagedDocument;

use super::Paper;
use super::contact::listed_block;
use super::frame::{Frame, preamble, qr_svg};
use super::layouts::Problem;
use super::look::Look;
use super::markup::{escape, string};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::config::Direction;
use crate::diagnostics::Result;
use crate::directory::{Section, Service, pages, vocab};
use crate::render::place_name;
use crate::site::Site;
use crate::site::paths::directory_path;

/// Text sizes a list is set in, largest first: the largest at which its first sheet fits one
/// page. None is under [`SMALLEST`].
const SIZES: [f64; 6] = [14.0, 13.0, 12.0, 11.0, 10.0, 9.0];

/// The smallest text a list prints, in points: what reads well on a photocopy at arm's length.
/// A list that does not fit one page at this size goes on over further pages rather than shrink;
/// its small print (when each service was verified, the foot) is never smaller either.
const SMALLEST: f64 = 9.0;

/// The margin around the text of each page, in mm.
const MARGIN: f64 = 12.0;

/// How wide the QR code at the foot of each page is printed, in mm.
const QR_MM: f64 = 30.0;

/// The list of `place` for readers of `lang` on `paper`: one sheet for every
/// [`crate::limits::Limits::services_per_page`] services, all in one PDF, each sheet on as many
/// pages as it needs. Only the first sheet is typeset more than once (to find its size), so
/// what a list costs grows with its services only once.
pub(super) fn list(
    site: &Site,
    fonts: &Fonts,
    look: &Look,
    (lang, place): (&str, &str),
    paper: Paper,
) -> Result<std::result::Result<Vec<u8>, Problem>> {
    let f = list_frame(site, look, lang, place)?;
    let foot = foot(site, &f, lang, place)?;
    let sheets = sheets(site, &f, lang, place);
    let ident = format!("{}list-{}", directory_path(lang, place), paper.name());
    let (width, height) = paper.size();
    let typeset = |size: f64, sheets: &[String]| {
        let sheets: Vec<String> = sheets.iter().map(|body| sheet(&f, body)).collect();
        let markup = format!(
            "{}{}{}",
            preamble(&f, width, height, MARGIN, size),
            pages_setup(&foot, size),
            sheets.join("#pagebreak()\n")
        );
        compile(fonts, markup, vec![("/qr.svg", f.qr_svg.clone())])
    };
    let first = sheets.first().map(std::slice::from_ref).unwrap_or_default();
    let document = match fit(&typeset, first) {
        Ok(Some((_, document))) if sheets.len() == 1 => Ok(document),
        Ok(Some((size, _))) => typeset(size, &sheets),
        Ok(None) => typeset(SMALLEST, &sheets),
        Err(e) => Err(e),
    };
    Ok(document
        .and_then(|d| pdf(&d, &ident))
        .map_err(Problem::Failed))
}

/// What the list prints around its services: its title, the site, the address and QR code of
/// the place's page, the disclaimer, in `lang`.
fn list_frame(site: &Site, look: &Look, lang: &str, place: &str) -> Result<Frame> {
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
    Ok(f)
}

/// Typesets a sheet of services at a text size.
type Typeset<'a> = &'a dyn Fn(f64, &[String]) -> std::result::Result<PagedDocument, String>;

/// The largest of [`SIZES`] at which `sheet` fits one page, with the sheet typeset at it; `None`
/// when it does not fit even at the smallest. The sizes between one that fits and one that does
/// not are halved, so a sheet is typeset at most four times.
fn fit(
    typeset: Typeset,
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

/// The foot of every page: when its newest fact was verified, the disclaimer, the address of
/// the place's page and, when the list has several pages, the page's number; beside them the QR
/// code to the page. Set at [`SMALLEST`], so that it takes the same room at every size.
fn foot(site: &Site, f: &Frame, lang: &str, place: &str) -> Result<String> {
    let newest = site
        .directory
        .listed(place, |s| !site.is_overdue(s))
        .iter()
        .map(|(_, s)| s.verified_on)
        .max();
    let reviewed = match newest {
        Some(date) => {
            let mut args = FluentArgs::new();
            args.set(
                "date",
                crate::render::display_date(&site.locales, lang, date)?,
            );
            format!(
                "{} \\ ",
                escape(&site.locales.plain(lang, "last-reviewed", Some(&args))?)
            )
        }
        None => String::new(),
    };
    Ok(format!(
        "#grid(columns: (1fr, {QR_MM}mm), column-gutter: 4mm, align: bottom, \
         [#set text(size: {SMALLEST}pt)\n#set par(leading: 0.4em)\n{reviewed}{disclaimer} \\ #text(dir: ltr)[{url}]\n\
         #context {{ let (n, of) = (counter(page).get().first(), counter(page).final().first()); if of > 1 {{ linebreak(); text(dir: ltr, str(n) + \" / \" + str(of)) }} }}], \
         [#image(\"/qr.svg\", width: {QR_MM}mm)])",
        disclaimer = escape(&f.disclaimer),
        url = escape(&f.url),
    ))
}

/// The settings of every page of a list set at `size`: the foot in the bottom margin, and
/// `small`, the size of each service's small print (four fifths of the text, never under
/// [`SMALLEST`]).
fn pages_setup(foot: &str, size: f64) -> String {
    let gap = 4.0;
    format!(
        "#set page(margin: (x: {MARGIN}mm, top: {MARGIN}mm, bottom: {bottom}mm), footer-descent: {gap}mm, footer: [{foot}])\n\
         #let small = {small:.2}pt\n",
        bottom = MARGIN + QR_MM + gap,
        small = (size * 0.8).max(SMALLEST),
    )
}

/// The services verified in time, a sheet's worth at a time, each sheet grouped by category
/// in two columns, then those of the places around; the last sheet says how many were left out.
fn sheets(site: &Site, f: &Frame, lang: &str, place: &str) -> Vec<String> {
    let all = site.directory.listed(place, |_| true).len();
    let listed = site.directory.listed(place, |s| !site.is_overdue(s));
    let left_out = all - listed.len();
    let block = |s: &Service| listed_block(&site.service_contact(s, lang), &f.labels, "small");
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

/// A sheet: the site's band, the title, and the services in two columns, which go on over
/// further pages when they need them (the foot of each page is the page's own).
fn sheet(f: &Frame, body: &str) -> String {
    format!(
        "#block(width: 100%, fill: rgb({accent}), inset: (x: 3mm, y: 2mm))[#text(fill: white, weight: \"bold\")[{site}]]\n\
         #text(size: 1.6em, weight: \"bold\", fill: rgb({accent}))[{title}]\n\
         #columns(2, gutter: 5mm)[{body}]\n",
        accent = string(&f.look.accent),
        site = escape(&f.site_name),
        title = escape(&f.title),
    )
}
