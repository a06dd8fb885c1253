//! What senda makes, whole, as snapshots (insta): a page's HTML, its text version, a leaflet's
//! typst markup and `check`'s report. A change anywhere in them shows as a diff to review; after
//! a deliberate change, `INSTA_UPDATE=always cargo test --test integration snapshots` rewrites
//! them (`tests/integration/snapshots/`). Dates are fixed, so that the report is the same on
//! every day.

use std::path::Path;

use senda::content::Date;
use senda::pipeline::Options;

use crate::support::Fixture;

/// The day the snapshots are taken for.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 4,
};

/// Minified HTML, one element a line, so that a diff points at what changed.
fn lines(html: &str) -> String {
    html.replace("><", ">\n<")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn pages_and_their_text_versions() {
    let (public, _) = crate::support::example();
    for page in [
        "es/abogado",
        "en/lawyer",
        "quc/ninos-solos",
        "es/pedir-proteccion",
    ] {
        let name = page.replace('/', "-");
        let html = read(&public.join(page).join("index.html"));
        insta::assert_snapshot!(format!("html-{name}"), lines(&html));
        let text = read(&public.join(page).join("index.txt"));
        insta::assert_snapshot!(format!("text-{name}"), text);
    }
}

#[test]
fn leaflet_markup_in_four_languages() {
    let site = Fixture::new("leaflets");
    let config = senda::config::Config::load(&site.root).expect("the fixture's senda.toml");
    let site = senda::site::Site::load(config, TODAY).expect("the fixture loads");
    for lang in ["es", "en", "quc", "ar"] {
        let page = site.content.get("derechos", lang).expect("the page");
        let cited = site.cites(&page.document, lang, true);
        let markup = senda::leaflet::markup::body(
            &page.document,
            &page.source,
            &senda::leaflet::markup::Context::plain(site.labels(lang), &cited),
        );
        insta::assert_snapshot!(format!("typst-derechos-{lang}"), markup);
    }
}

#[test]
fn the_check_report_of_a_site_with_mistakes() {
    let site = Fixture::new("check");
    let options = Options::new(site.root.clone(), TODAY);
    let found = senda::check::check(&options).expect("check runs");
    insta::assert_snapshot!(
        "check-report",
        senda::check::text(&found, true, senda::said::Tongue::En)
    );
}
