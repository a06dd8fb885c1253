//! The link table: every link resolved once, at load, for the reader of each route. Which page a
//! reader gets (its own language, or the first fallback that has the page) is decided here and
//! nowhere else; rendering and the check of headings read it.

use senda::content::Date;
use senda::site::Site;

use crate::support::Fixture;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 4,
};

fn load(fixture: &Fixture) -> Site {
    let config = senda::config::Config::load(&fixture.root).expect("the fixture's senda.toml");
    Site::load(config, TODAY).expect("the fixture loads")
}

/// Where the link written as `written` on the page that `lang` readers of `id` get takes them:
/// the route's address, the language of its text, and the heading.
fn reached(site: &Site, id: &str, lang: &str, written: &str) -> (String, String, Option<String>) {
    let from = site.index_of(id, lang).expect("the route");
    let page = site.page(&site.routes[from]).expect("its page");
    let link = page
        .document
        .links
        .iter()
        .find(|l| l.written == written)
        .unwrap_or_else(|| panic!("{id} has no link `{written}`"));
    let to = site
        .links
        .get(from, link.at.start)
        .unwrap_or_else(|| panic!("`{written}` on {id} ({lang}) is not in the table"));
    let route = &site.routes[to.route];
    (
        route.path.clone(),
        route.content_lang.clone(),
        to.fragment.clone(),
    )
}

#[test]
fn each_reader_reaches_the_page_in_their_language_or_its_fallback() {
    let fixture = Fixture::new("basic");
    let site = load(&fixture);
    assert!(site.links.problems.is_empty(), "{:?}", site.links.problems);
    let asylum = |path: &str, lang: &str| (path.to_string(), lang.to_string(), None);
    assert_eq!(
        reached(&site, "index", "es", "asilo.md"),
        asylum("es/asilo/", "es")
    );
    // K'iche' has its own home page, and no asylum page: its readers get the Spanish one,
    // under their own language's address.
    assert_eq!(
        reached(&site, "index", "quc", "asilo.md"),
        asylum("quc/asilo/", "es")
    );
    // Haitian Creole has neither: its readers get the English home page (through fr → en) and
    // the French asylum page (at its French address), the first of their fallbacks that has it.
    assert_eq!(
        reached(&site, "index", "ht", "asilo.md"),
        asylum("ht/asile/", "fr")
    );
    assert_eq!(
        reached(&site, "asilo", "en", "abogado.md#ayuda"),
        ("en/lawyer/".into(), "en".into(), Some("ayuda".into()))
    );
}

#[test]
fn a_link_to_nothing_is_one_located_problem_in_the_table() {
    let fixture = Fixture::new("basic");
    let page = fixture.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&page).expect("the page");
    std::fs::write(&page, text.replace("(index.md)", "(indes.md)")).expect("write");
    let site = load(&fixture);
    let shown: Vec<String> = site.links.problems.iter().map(|d| d.to_string()).collect();
    // The Spanish page is shown to Spanish and K'iche' readers: the link is one problem.
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains("content/es/abogado.md:9:")
            && shown[0].contains("link to a page that does not exist: `indes.md`")
            && shown[0].contains("did you mean content/es/index.md?"),
        "{shown:#?}"
    );
}
