//! `audience = "…"` in senda.toml, on the `basic` fixture: how long a sentence `check` lets pass
//! for children, families (the default) and adults, and long sentences said once per page.

use crate::support::Fixture;

/// A sentence of `n` words.
fn sentence(n: usize) -> String {
    format!("{}.", vec!["palabra"; n].join(" "))
}

fn site_with(audience: Option<&str>, body: &str) -> Fixture {
    let site = Fixture::new("basic");
    if let Some(audience) = audience {
        let config = site.root.join("senda.toml");
        let text = std::fs::read_to_string(&config).expect("senda.toml");
        let text = text.replacen(
            "default_language",
            &format!("audience = \"{audience}\"\ndefault_language"),
            1,
        );
        std::fs::write(&config, text).expect("write senda.toml");
    }
    let page = format!("+++\ntitle = \"Largas\"\nupdated = 2026-11-03\n+++\n\n{body}\n");
    std::fs::write(site.root.join("content/es/largas.md"), page).expect("write the page");
    site
}

fn checked(site: &Fixture) -> String {
    let out = site.run(&["check"]);
    String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
}

/// Several long sentences on a page are one line, with how many, the longest, and where the
/// first is; on an adults' site, none.
#[test]
fn long_sentences_are_said_once_per_page_and_not_at_all_for_adults() {
    let body = format!(
        "{} {}\n\n{}\n\n{}",
        sentence(4),
        sentence(30),
        sentence(27),
        sentence(40)
    );
    let site = site_with(None, &body);
    let report = checked(&site);
    assert!(
        report.lines().any(|l| l.contains(
            "content/es/largas.md:6:1: 3 sentences of more than 25 words on this page (the longest has 40)"
        )),
        "{report}"
    );
    assert!(!report.contains("a sentence of 27 words"), "{report}");
    let adults = checked(&site_with(Some("adults"), &body));
    assert!(
        !adults.contains("largas.md") || !adults.contains("words"),
        "{adults}"
    );
}

/// Children get a shorter limit than families; families keep the limit senda always had.
#[test]
fn children_read_shorter_sentences_than_families() {
    let body = format!("{}\n\n{}", sentence(8), sentence(22));
    let families = checked(&site_with(None, &body));
    assert!(!families.contains("a sentence of 22 words"), "{families}");
    let children = checked(&site_with(Some("children"), &body));
    assert!(
        children.contains("a sentence of 22 words (more than 20)"),
        "{children}"
    );
}
