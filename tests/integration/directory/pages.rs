//! A directory that grows: a place's services spread over pages of `[limits] services_per_page`
//! on the web and over as many sheets on paper, and a place past `services_per_place` refused.

use super::{pages, pdftotext};
use crate::support::{Fixture, tags};

/// Writes `count` more fictional services in El Paso, each with a name of its own.
fn add_services(site: &Fixture, count: usize) {
    let folder = site.root.join("services/us/extra");
    std::fs::create_dir_all(&folder).expect("folder");
    for i in 0..count {
        let service = format!(
            "name = \"Servicio Extra {i}\"\ncategories = [\"legal\"]\nplace = \"us/tx/el-paso\"\naddress = \"{i} Calle Ficticia, El Paso, TX\"\nverified_by = \"Equipo de pruebas\"\nverified_on = 2026-11-01\nreview_by = 2099-01-01\n\n[text.es]\ndescription = \"Ayuda legal número {i}.\"\n"
        );
        std::fs::write(folder.join(format!("extra-{i}.toml")), service).expect("write");
    }
}

/// Gives the fixture's senda.toml these `[limits]`.
fn limits(site: &Fixture, limits: &str) {
    let config = site.root.join("senda.toml");
    let base = std::fs::read_to_string(&config).expect("senda.toml");
    std::fs::write(&config, format!("{base}\n[limits]\n{limits}\n")).expect("write");
}

/// The number of services (contact blocks) a page shows.
fn contacts(html: &str) -> usize {
    tags(html, "div")
        .iter()
        .filter(|d| d.get("class").is_some_and(|c| c == "contact"))
        .count()
}

/// Each link of a page that says where it leads (`rel`), with its address.
fn pager_links(html: &str) -> Vec<(String, String)> {
    tags(html, "a")
        .into_iter()
        .filter_map(|a| Some((a.get("rel")?.clone(), a.get("href")?.clone())))
        .collect()
}

/// A place with more services than a page holds spreads them over pages that link each other,
/// and its printed list over as many sheets.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn long_places_are_paged() {
    let site = Fixture::new("directory");
    add_services(&site, 6);
    limits(&site, "services_per_page = 4");
    site.build();
    // El Paso: its own 8 (7 legal, 1 shelter), then the national line: 4, 4 and 1.
    let page = |n: &str| site.read(&format!("es/directory/us/tx/el-paso/{n}index.html"));
    let (first, second, third) = (page(""), page("2/"), page("3/"));
    assert_eq!(
        [contacts(&first), contacts(&second), contacts(&third)],
        [4, 4, 1]
    );
    assert!(!site.exists("es/directory/us/tx/el-paso/4/index.html"));
    assert!(
        first.contains("El Paso, Texas, Estados Unidos (1/3)"),
        "{first}"
    );
    let link = |rel: &str, href: &str| (rel.to_string(), href.to_string());
    assert_eq!(pager_links(&first), [link("next", "2/")]);
    assert_eq!(
        pager_links(&second),
        [link("prev", "../"), link("next", "../3/")]
    );
    assert_eq!(pager_links(&third), [link("prev", "../2/")]);
    // A section that goes on is headed again; the places around come last.
    assert!(second.contains(">Ayuda legal<") && second.contains(">Albergue<"));
    assert!(third.contains("También en Estados Unidos") && third.contains("Línea Nacional"));
    let text = site.read("es/directory/us/tx/el-paso/2/index.txt");
    assert!(
        text.contains("← 1/3: https://example.test/ayuda/es/directory/us/tx/el-paso/\n")
            && text.contains("→ 3/3: https://example.test/ayuda/es/directory/us/tx/el-paso/3/\n"),
        "{text}"
    );
    // Paper: a sheet a page, every service on one of them.
    let list = site
        .root
        .join("public/es/directory/us/tx/el-paso/list-a4.pdf");
    assert_eq!(pages(&list), 3);
    let printed = pdftotext(&list);
    assert!(super::print::numbered(&printed, "2 / 3"), "{printed}");
    for i in 0..6 {
        assert!(
            printed.contains(&format!("Servicio Extra {i}")),
            "{printed}"
        );
    }
    assert!(site.exists("en/directory/us/tx/el-paso/3/index.html"));
    assert!(
        site.exists("es/directory/us/2/index.html"),
        "the country's page too"
    );
}

/// A place with more services than a place may hold stops the build, at the place of its first
/// service past the limit, with the count.
#[test]
fn a_crowded_place_stops_the_build() {
    let site = Fixture::new("directory");
    add_services(&site, 6);
    limits(&site, "services_per_place = 7");
    let out = site.run(&["build"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains("services/us/shelter-el-paso.toml:5:9: the place `us/tx/el-paso` has 8 services, and a place may have at most 7"),
        "{said}"
    );
    assert!(
        said.contains("`services_per_place` under `[limits]`"),
        "{said}"
    );
}
