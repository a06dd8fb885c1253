//! Where every output is published, below the output folder: one home for the addresses that
//! rendering, leaflets, budgets and outputs all name, so that a file is never written at one
//! address and linked at another.

use super::{Route, Site};
use crate::content::Page;
use crate::directory::PAGES;

/// Where a language's directory page for `place` is (`es/directory/mx/chiapas/`); its index
/// when `place` is empty.
pub fn directory_path(lang: &str, place: &str) -> String {
    match place {
        "" => format!("{lang}/{PAGES}/"),
        place => format!("{lang}/{PAGES}/{place}/"),
    }
}

/// Where the printable list of `place` on a paper (`a4`, `letter`) is, beside its page.
pub fn print_path(lang: &str, place: &str, paper: &str) -> String {
    format!("{}list-{paper}.pdf", directory_path(lang, place))
}

/// Where a service's vCard is published for readers of `lang`.
pub fn vcard_path(lang: &str, id: &str) -> String {
    format!("{lang}/{PAGES}/{id}.vcf")
}

/// Where the full-size original of a fitted image is published: `foto.jpg` → `foto.original.jpg`.
pub fn original_path(path: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.original.{ext}"),
        None => format!("{path}.original"),
    }
}

/// Where a language's listening page is.
pub fn listen_path(lang: &str) -> String {
    format!("{lang}/listen/")
}

/// Where a page's output of its own language holds its recording: `es/ninos-solos/ninos-solos.opus`.
pub fn recording_path(site: &Site, route: &Route) -> Option<String> {
    let page = site.page(route)?;
    let key = (route.content_lang.clone(), page.id.clone());
    site.content.recordings.contains_key(&key).then(|| {
        let own = site.route(&route.id, &route.content_lang).unwrap_or(route);
        format!("{}{}.opus", own.path, page.base_name())
    })
}

/// Where a leaflet of a page is, for readers of `lang`: `es/leaflets/abogado-trifold-a4.pdf`.
pub fn leaflet_path(lang: &str, page: &Page, layout: &str, paper: &str) -> String {
    format!("{lang}/leaflets/{}-{layout}-{paper}.pdf", page.base_name())
}

/// Where a page's leaflet to read on a phone is: `es/leaflets/abogado-phone.pdf`.
pub fn phone_path(lang: &str, page: &Page) -> String {
    format!("{lang}/leaflets/{}-phone.pdf", page.base_name())
}

/// Where a page's leaflet is as a web page to print from a browser: `es/leaflets/abogado.html`.
pub fn print_view_path(lang: &str, page: &Page) -> String {
    format!("{lang}/leaflets/{}.html", page.base_name())
}

/// Where a language's card (which languages the site speaks) is on a paper.
pub fn language_card_path(lang: &str, paper: &str) -> String {
    format!("{lang}/leaflets/language-card-{paper}.pdf")
}

/// Where a language's pages are, all in one file to keep offline.
pub fn offline_path(lang: &str) -> String {
    format!("{lang}/offline.html")
}

/// Where a language's pages are, zipped to open from a phone's file manager.
pub fn zip_path(lang: &str, site_name: &str) -> String {
    format!("{lang}/{site_name}-{lang}.zip")
}
