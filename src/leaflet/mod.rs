//! Print-ready leaflets: pages that opt in (`leaflet = { layouts = ["trifold", "card"] }`) become
//! PDFs on A4 and US Letter, typeset in-process by typst, with a vector QR code back to the page.
//!
//! Each leaflet is made in two passes: the reading pages (panels, booklet pages, one card) are
//! typeset at their own size, then imposed on sheets in the order that folds or cuts correctly
//! ([`layouts`]). Text that does not fit its panels is an error that says by how much, never cut
//! off. What every leaflet prints around the page is its [`frame`]; PDFs whose inputs did not change
//! come from the [`cache`].

#[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
mod cache;
#[cfg(feature = "leaflets")]
mod cards;
#[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
mod contact;
#[cfg(feature = "leaflets")]
mod directory;
#[cfg(feature = "leaflets")]
mod fit;
#[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
mod frame;
#[cfg(feature = "leaflets")]
mod glyphs;
#[cfg(feature = "leaflets")]
mod hints;
#[cfg(feature = "leaflets")]
mod layouts;
#[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
mod look;
#[cfg(feature = "leaflets")]
mod make;
#[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
pub mod markup;
#[cfg(feature = "leaflets")]
mod phone;
#[cfg(feature = "leaflets")]
mod poster;
#[cfg(feature = "leaflets")]
mod typeset;
#[cfg(not(feature = "leaflets"))]
mod without;
#[cfg(feature = "leaflets")]
mod world;

use crate::content::{Layout, Page};
use crate::diagnostics::Diagnostic;
use crate::site::Site;

pub use cache::Typeset;
pub use frame::qr_svg;
#[cfg(feature = "leaflets")]
pub use glyphs::missing as missing_glyphs;
#[cfg(feature = "leaflets")]
pub use make::{make, make_cached};
#[cfg(not(feature = "leaflets"))]
pub use without::{make, make_cached, missing_glyphs};

/// Whether this senda makes leaflets: built with the `leaflets` feature (on by default).
pub const AVAILABLE: bool = cfg!(feature = "leaflets");

/// Sheet sizes a shelter's office printer takes, and A3 for posters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
    A3,
}

impl Paper {
    /// What leaflets and cards are printed on.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// The papers a layout is made on: posters on A3 and A4, the rest on A4 and Letter.
    pub fn for_layout(layout: Layout) -> [Paper; 2] {
        match layout {
            Layout::Poster => [Paper::A3, Paper::A4],
            _ => Paper::ALL,
        }
    }

    /// The name in file names: `a4`, `letter`, `a3`.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
            Paper::A3 => "a3",
        }
    }

    /// Portrait width and height in millimetres.
    #[cfg_attr(not(feature = "leaflets"), allow(dead_code))]
    fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
            Paper::A3 => (297.0, 420.0),
        }
    }
}

/// What a leaflet is: a page in a layout, or a language card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Page(Layout),
    LanguageCard,
    /// A place's list of services.
    DirectoryList,
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
    /// The text size a trifold's panels were filled at, when it was typeset in this build.
    pub text_size: Option<f64>,
    /// What the writer should know about it (a trifold too short for its panels). A leaflet with
    /// one is not kept for the next build, which says it again.
    pub warning: Option<Diagnostic>,
}

/// The leaflets of a build, and the ones that could not be made, told to the writer.
#[derive(Debug, Default)]
pub struct Made {
    pub leaflets: Vec<Leaflet>,
    /// Leaflets skipped because their text does not fit: warnings for `build`, errors for `check`.
    pub warnings: Vec<Diagnostic>,
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
    /// The print shop's version: 3 mm of bleed, a trim box, no marks.
    pub press: bool,
}

/// Every page leaflet of the site: each opted-in page in each language it is translated into,
/// in each of its layouts, on each paper. Known before anything is typeset, so that pages can
/// link to their leaflets without waiting for them.
pub fn plan(site: &Site) -> Vec<Planned> {
    let mut planned = Vec::new();
    if !AVAILABLE {
        return planned;
    }
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(page) = site.page(route) else {
            continue;
        };
        let layouts = page.front.leaflet.as_ref().map(|l| l.layouts.as_slice());
        let layouts = layouts.unwrap_or_default();
        if !layouts.is_empty() {
            planned.push(Planned {
                lang: route.lang.clone(),
                page_id: page.id.clone(),
                layout: Layout::Phone,
                paper: Paper::A4,
                path: crate::site::paths::phone_path(&route.lang, page),
                press: false,
            });
        }
        for &layout in layouts {
            // Cards are cut from an office printer's sheet: a print shop gets the same.
            let press = site.config.outputs.press && layout != Layout::Card;
            for paper in Paper::for_layout(layout) {
                for press in [false, true].into_iter().filter(|p| !p || press) {
                    let path = crate::site::paths::leaflet_path(
                        &route.lang,
                        page,
                        layout.name(),
                        paper.name(),
                    );
                    planned.push(Planned {
                        lang: route.lang.clone(),
                        page_id: page.id.clone(),
                        layout,
                        paper,
                        path: match press {
                            true => path.replace(".pdf", "-press.pdf"),
                            false => path,
                        },
                        press,
                    });
                }
            }
        }
    }
    planned
}

/// `abogado-trifold-a4.pdf`; the home page is `index-...`.
pub fn file_name(page: &Page, layout: Layout, paper: Paper) -> String {
    format!("{}-{}-{}.pdf", base_name(page), layout.name(), paper.name())
}

/// The part of a leaflet's file names that names the page: its slug, or `index`.
pub fn base_name(page: &Page) -> &str {
    page.base_name()
}
