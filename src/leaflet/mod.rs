//! Print-ready leaflets: pages that opt in (`leaflet = { layouts = ["trifold", "card"] }`) become
//! PDFs on A4 and US Letter, typeset in-process by typst, with a vector QR code back to the page.
//!
//! Each leaflet is made in two passes: the reading pages (panels, booklet pages, one card) are
//! typeset at their own size, then imposed on sheets in the order that folds or cuts correctly
//! ([`layouts`]). Text that does not fit its panels is an error that says by how much, never cut
//! off. What every leaflet prints around the page is its [`frame`]; PDFs whose inputs did not change
//! come from the [`cache`].

mod cache;
mod cards;
mod directory;
mod fit;
mod frame;
mod glyphs;
mod layouts;
mod look;
pub mod markup;
mod poster;
mod typeset;
mod world;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Layout, Page};
use crate::diagnostics::{Diagnostic, Error, Problems, Result, Severity};
use crate::site::{Route, Site};
use world::Fonts;

pub use cache::Typeset;
pub use frame::qr_svg;
pub use glyphs::missing as missing_glyphs;

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
}

/// The leaflets of a build, and the ones that could not be made, told to the writer.
#[derive(Debug, Default)]
pub struct Made {
    pub leaflets: Vec<Leaflet>,
    /// Leaflets skipped because their text does not fit: warnings for `build`, errors for `check`.
    pub warnings: Vec<Diagnostic>,
}

/// Makes every leaflet of the site: each opted-in page in each language it is translated into,
/// in each of its layouts, on each paper; and a language card per language.
pub fn make(site: &Site) -> Result<Made> {
    make_cached(site, &mut Typeset::default())
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
            for paper in Paper::for_layout(layout) {
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
pub fn make_cached(site: &Site, done: &mut Typeset) -> Result<Made> {
    let planned = plan(site);
    if planned.is_empty() && site.directory.is_empty() {
        return Ok(Made::default());
    }
    let theme_fonts = theme_fonts(&site.config)?;
    let look = look::load(&site.config)?;
    // Loading the fonts takes a while: only done when a leaflet must be typeset.
    let loaded = std::sync::OnceLock::new();
    let inputs = Inputs {
        site,
        look: &look,
        fonts_hash: cache::fonts_hash(&theme_fonts, &look),
        fonts: &|| loaded.get_or_init(|| Fonts::load(&theme_fonts)),
    };
    let mut pages: Vec<Result<Option<(u64, Leaflet)>>> = planned
        .par_iter()
        .map(|p| page_leaflet(&inputs, p, done))
        .collect();
    pages.extend(directory_lists(&inputs, done));
    let cards = site.config.languages.iter().flat_map(|language| {
        Paper::ALL
            .map(|paper| language_card_leaflet(&inputs, &language.code, paper, done).map(Some))
    });
    let mut problems = Problems::default();
    let mut made = Vec::new();
    let mut warnings = Vec::new();
    for result in pages.into_iter().chain(cards.collect::<Vec<_>>()) {
        match result {
            Ok(Some(leaflet)) => made.push(leaflet),
            Ok(None) => {}
            Err(Error::Invalid(list)) if list.iter().all(|d| d.severity == Severity::Warning) => {
                warnings.extend(list)
            }
            Err(e) => {
                problems.take(Err::<(), _>(e))?;
            }
        }
    }
    problems.finish()?;
    done.keep(
        made.iter()
            .map(|(key, l)| (*key, l.bytes.as_slice()))
            .collect(),
    );
    Ok(Made {
        leaflets: made.into_iter().map(|(_, l)| l).collect(),
        warnings,
    })
}

/// What every leaflet of a build is made with.
struct Inputs<'a> {
    site: &'a Site,
    look: &'a look::Look,
    fonts_hash: u64,
    fonts: &'a (dyn Fn() -> &'a Fonts + Sync),
}

/// One planned page leaflet, from the cache or typeset, with its cache key; a leaflet whose text
/// does not fit is an error made only of a warning, and is not made.
fn page_leaflet(inputs: &Inputs, p: &Planned, done: &Typeset) -> Result<Option<(u64, Leaflet)>> {
    let site = inputs.site;
    let route = site.route(&p.page_id, &p.lang);
    let (Some(route), Some(page)) = (route, route.and_then(|r| site.page(r))) else {
        return Err(Error::one(Diagnostic::general(format!(
            "no page for {}",
            p.path
        ))));
    };
    let place = (p.lang.as_str(), route.path.as_str());
    // A leaflet prints a code to the page's recording: one added or taken away changes it.
    let listen = crate::render::recording_path(site, route).unwrap_or_default();
    let key = cache::key(
        site,
        inputs.fonts_hash,
        place,
        Some(page),
        &format!("{}{listen}", p.layout.name()),
        p.paper,
    );
    let (bytes, text_size) = match done.get(key) {
        Some(bytes) => (bytes, None),
        None => {
            let fonts = (inputs.fonts)();
            match layouts::make_page(site, fonts, inputs.look, (route, page), p.layout, p.paper)? {
                layouts::Outcome::Made { bytes, size } => (bytes, size),
                layouts::Outcome::TooLong(warning) => return Err(Error::one(warning)),
            }
        }
    };
    let leaflet = Leaflet {
        lang: p.lang.clone(),
        page_id: Some(page.id.clone()),
        kind: Kind::Page(p.layout),
        paper: p.paper,
        path: p.path.clone(),
        bytes,
        text_size,
    };
    Ok(Some((key, leaflet)))
}

/// One language's card on one paper, from the cache or typeset, with its cache key.
fn language_card_leaflet(
    inputs: &Inputs,
    lang: &str,
    paper: Paper,
    done: &Typeset,
) -> Result<(u64, Leaflet)> {
    let site = inputs.site;
    let what = if crate::render::has_recordings(site, lang) {
        "language-card-listen"
    } else {
        "language-card"
    };
    let key = cache::key(site, inputs.fonts_hash, (lang, ""), None, what, paper);
    let bytes = match done.get(key) {
        Some(bytes) => bytes,
        None => cards::language_card(site, (inputs.fonts)(), inputs.look, lang, paper)?,
    };
    let leaflet = Leaflet {
        lang: lang.to_string(),
        page_id: None,
        kind: Kind::LanguageCard,
        paper,
        path: format!("{lang}/leaflets/language-card-{}.pdf", paper.name()),
        bytes,
        text_size: None,
    };
    Ok((key, leaflet))
}

/// Each place's printable list of services in every language, on each paper: those whose
/// services are all past review are not made (nothing verified to print).
fn directory_lists(inputs: &Inputs, done: &Typeset) -> Vec<Result<Option<(u64, Leaflet)>>> {
    let site = inputs.site;
    let mut wanted = Vec::new();
    for language in &site.config.languages {
        // A list for each place a service names (a city, or a whole country for a national
        // office); a state's list would only repeat its one city's.
        for place in site.directory.named_places() {
            if crate::render::printable(site, &place) {
                wanted
                    .extend(Paper::ALL.map(|paper| (language.code.clone(), place.clone(), paper)));
            }
        }
    }
    wanted
        .par_iter()
        .map(|(lang, place, paper)| {
            let path = crate::render::print_path(lang, place, paper.name());
            let key = cache::key(
                site,
                inputs.fonts_hash,
                (lang, &path),
                None,
                "directory",
                *paper,
            );
            let bytes = match done.get(key) {
                Some(bytes) => bytes,
                None => match directory::list(
                    site,
                    (inputs.fonts)(),
                    inputs.look,
                    (lang, place),
                    *paper,
                )? {
                    Ok(bytes) => bytes,
                    Err(layouts::Problem::TooLong(m)) => {
                        let shown = std::path::Path::new(crate::directory::FOLDER);
                        return Err(Error::one(Diagnostic::in_file(shown, m).warning()));
                    }
                    Err(layouts::Problem::Failed(m)) => {
                        return Err(Error::one(Diagnostic::general(format!("{path}: {m}"))));
                    }
                },
            };
            let leaflet = Leaflet {
                lang: lang.clone(),
                page_id: None,
                kind: Kind::DirectoryList,
                paper: *paper,
                path,
                bytes,
                text_size: None,
            };
            Ok(Some((key, leaflet)))
        })
        .collect()
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
    page.base_name()
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
        .map(|f| crate::files::read(f, f.strip_prefix(&config.root).unwrap_or(f)))
        .collect()
}
