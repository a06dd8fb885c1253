//! Issue 27: a language whose pages have no `index.md` (its home was another program's page, as in
//! Docusaurus sites) gets a home senda makes, listing its pages at `<lang>/`; the language picker,
//! the header's home link, `hreflang` alternates and links to `/<lang>/` or `../` all reach it,
//! and `check` tells the writer to write the real one. A language with its own home is unchanged.
//! The fixture's French strings copy the English site name and disclaimer, which `check` names.

use std::collections::BTreeMap;

use crate::support::{Fixture, tags};

fn hrefs(html: &str, rel: &str) -> Vec<BTreeMap<String, String>> {
    tags(html, "link")
        .into_iter()
        .filter(|t| t.get("rel").map(String::as_str) == Some(rel))
        .collect()
}

#[test]
fn a_language_without_index_md_gets_a_home_that_lists_its_pages() {
    let site = Fixture::built("homes");
    let home = site.read("en/index.html");
    let links: Vec<String> = tags(&home, "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
        .collect();
    assert!(links.contains(&"rights/".to_string()), "{links:?}");
    assert!(links.contains(&"help/".to_string()), "{links:?}");
    // Its language row leads to the French home, which is a real page.
    assert!(links.contains(&"../fr/".to_string()), "{links:?}");
    assert!(site.exists("en/index.txt"));
}

#[test]
fn the_picker_the_header_and_the_alternates_lead_to_the_made_home() {
    let site = Fixture::built("homes");
    let picker = site.read("index.html");
    let picked: Vec<String> = tags(&picker, "a")
        .into_iter()
        .filter(|a| a.get("hreflang").map(String::as_str) == Some("en"))
        .filter_map(|a| a.get("href").cloned())
        .collect();
    assert_eq!(picked, ["en/"]);
    let page = site.read("en/rights/index.html");
    let site_link = tags(&page, "a")
        .into_iter()
        .find(|a| a.get("class").map(String::as_str) == Some("site"))
        .and_then(|a| a.get("href").cloned());
    assert_eq!(site_link.as_deref(), Some("../"));
    let french = site.read("fr/index.html");
    let alternates: Vec<(String, String)> = hrefs(&french, "alternate")
        .into_iter()
        .map(|t| (t["hreflang"].clone(), t["href"].clone()))
        .collect();
    assert!(
        alternates.contains(&("en".into(), "https://homes.test/en/".into())),
        "{alternates:?}"
    );
    assert!(
        alternates.contains(&("x-default".into(), "https://homes.test/en/".into())),
        "{alternates:?}"
    );
}

#[test]
fn links_to_the_language_folder_reach_the_made_home() {
    let site = Fixture::built("homes");
    let page = site.read("en/rights/index.html");
    let to_home = tags(&page, "a")
        .into_iter()
        .filter(|a| a.get("href").map(String::as_str) == Some("../../en/"))
        .count();
    assert_eq!(to_home, 2, "`../` and `/en/` both reach the made home");
}

#[test]
fn check_says_once_that_senda_made_the_home_and_what_to_write() {
    let site = Fixture::new("homes");
    let out = site.run(&["check"]);
    let stderr =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let made: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("no home page"))
        .collect();
    assert_eq!(made.len(), 1, "{stderr}");
    assert!(made[0].starts_with("warning: content/en: "), "{stderr}");
    assert!(made[0].contains("write content/en/index.md"), "{stderr}");
    assert!(!stderr.contains("content/fr: the fr pages"), "{stderr}");
}

fn check_output(site: &Fixture) -> String {
    let out = site.run(&["check"]);
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn check_warns_once_when_a_language_copies_the_words_every_page_shows() {
    let site = Fixture::new("homes");
    let said = check_output(&site);
    let copied: Vec<&str> = said
        .lines()
        .filter(|l| l.contains("word for word"))
        .collect();
    assert_eq!(copied.len(), 1, "{said}");
    assert!(
        copied[0].starts_with(
            "warning: locales/fr/main.ftl:2:1: `site-name`, `disclaimer` (lines 2, 17)"
        ),
        "{said}"
    );
    assert!(copied[0].contains("translate them into Français"), "{said}");
}

#[test]
fn words_borrowed_through_fallback_are_not_called_copies() {
    let site = Fixture::new("homes");
    let path = site.root.join("locales/fr/main.ftl");
    let own = std::fs::read_to_string(&path).expect("fr strings");
    let kept: Vec<&str> = own
        .lines()
        .filter(|l| !l.starts_with("site-name") && !l.starts_with("disclaimer"))
        .collect();
    std::fs::write(&path, kept.join("\n") + "\n").expect("write fr strings");
    let said = check_output(&site);
    assert!(!said.contains("word for word"), "{said}");
    assert!(said.contains("not translated"), "{said}");
}
