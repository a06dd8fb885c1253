//! `senda split`: a page over the page budget is offered as a page in parts, and splitting it
//! gives a contents page and one page per `##` section, which build at once.

use crate::support::Fixture;

#[test]
fn a_heavy_page_is_offered_the_split_and_its_parts_build() {
    let site = Fixture::new("basic");
    // Words that gzip cannot shrink much: each section's own run of numbers.
    let section = |n: usize| {
        let words: Vec<String> = (0..2200)
            .map(|i| format!("{}", i * 7919 + n * 104729))
            .collect();
        format!(
            "## Parte {n}\n\n{}\n\n### Detalle\n\nMás.\n\n",
            words.join(" ")
        )
    };
    let page = format!(
        "+++\ntitle = \"Larga\"\nupdated = 2026-11-01\n+++\n\nLa introducción.\n\n{}{}{}",
        section(1),
        section(2),
        section(3)
    );
    std::fs::write(site.root.join("content/es/larga.md"), page).expect("page");
    let built = site.build();
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        stderr.contains("make it a page in parts with `senda split content/es/larga.md`"),
        "{stderr}"
    );

    let out = site.run(&["split", "content/es/larga.md"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("created content/es/larga/parte-2.md"),
        "{said}"
    );
    assert!(said.contains("removed content/es/larga.md"), "{said}");
    let built = site.build();
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "{stderr}");
    assert!(
        !stderr.contains("senda split"),
        "no part is over the budget: {stderr}"
    );
    let contents = site.read("es/larga/index.html");
    assert!(contents.contains("La introducción."), "{contents}");
    assert!(contents.contains("href=parte-1/>Parte 1</a>"), "{contents}");
    let part = site.read("es/larga/parte-3/index.html");
    assert!(part.contains("<h2 id=detalle>Detalle</h2>"), "{part}");

    let again = site.run(&["split", "content/es/larga/index.md"]);
    assert!(!again.status.success(), "a section's own page is not split");
}
