//! Typesetting every leaflet of a build with typst, reusing the PDFs whose inputs did not change.
//! Only in a senda built with the `leaflets` feature (on by default).

use std::path::PathBuf;

use rayon::prelude::*;

use super::world::Fonts;
use super::{
    Kind, Leaflet, Made, Paper, Planned, Typeset, cache, cards, directory, hints, layouts, look,
    plan,
};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Error, Problems, Result, Severity};
use crate::site::Site;

/// Makes every leaflet of the site: each opted-in page in each language it is translated into,
/// in each of its layouts, on each paper; and a language card per language.
pub fn make(site: &Site) -> Result<Made> {
    make_cached(site, &mut Typeset::default())
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
            Ok(Some(leaflet)) => {
                warnings.extend(leaflet.1.warning.clone());
                made.push(leaflet)
            }
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
        (made.iter())
            .filter(|(_, l)| l.warning.is_none())
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
        return Err(Error::one(Diagnostic::general(crate::said!(
            "leaflet-no-page",
            path = &p.path
        ))));
    };
    let place = (p.lang.as_str(), route.path.as_str());
    // A leaflet prints a code to the page's recording: one added or taken away changes it.
    let listen = crate::site::paths::recording_path(site, route).unwrap_or_default();
    let key = cache::key(
        site,
        inputs.fonts_hash,
        place,
        Some(page),
        &format!(
            "{}{}{listen}",
            p.layout.name(),
            if p.press { "-press" } else { "" }
        ),
        p.paper,
    );
    let (bytes, text_size, warning) = match done.get(key) {
        Some(bytes) => (bytes, None, None),
        None => {
            let fonts = (inputs.fonts)();
            let sheet = (p.layout, p.paper, p.press);
            match layouts::make_page(site, fonts, inputs.look, (route, page), sheet)? {
                layouts::Outcome::Made {
                    bytes,
                    size,
                    warning,
                } => {
                    use crate::content::Layout;
                    let bytes = match p.layout {
                        Layout::Phone => bytes,
                        Layout::Poster => hints::with_print_hints(bytes, false),
                        _ => hints::with_print_hints(bytes, true),
                    };
                    (bytes, size, warning)
                }
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
        warning,
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
        None => hints::with_print_hints(
            cards::language_card(site, (inputs.fonts)(), inputs.look, lang, paper)?,
            false,
        ),
    };
    let leaflet = Leaflet {
        lang: lang.to_string(),
        page_id: None,
        kind: Kind::LanguageCard,
        paper,
        path: crate::site::paths::language_card_path(lang, paper.name()),
        bytes,
        text_size: None,
        warning: None,
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
            let path = crate::site::paths::print_path(lang, place, paper.name());
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
                    Ok(bytes) => hints::with_print_hints(bytes, false),
                    Err(layouts::Problem::TooLong(m)) => {
                        let shown = std::path::Path::new(crate::directory::FOLDER);
                        return Err(Error::one(Diagnostic::in_file(shown, m).warning()));
                    }
                    Err(layouts::Problem::Failed(m)) => {
                        let said = crate::said!("leaflet-list-failed", path = &path, detail = m);
                        return Err(Error::one(Diagnostic::general(said)));
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
                warning: None,
            };
            Ok(Some((key, leaflet)))
        })
        .collect()
}

pub(super) fn theme_fonts(config: &Config) -> Result<Vec<Vec<u8>>> {
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
