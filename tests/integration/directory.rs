//! The service directory, through every output and check, on `tests/fixtures/directory`: two
//! countries, three places with services, six fictional services, two languages. One build is
//! read as a reader, a shelter and a phone would: pages, text versions, vCards, printable lists
//! (with poppler, as a print shop would), the offline file and the zip; then `check`, and the
//! mistakes staff make, each located.

use std::io::Read;
use std::path::Path;

use crate::support::{Fixture, decode_qr_at, tags};

mod pages;
mod print;

pub(crate) fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed for this test (Debian package poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn pages(pdf: &Path) -> usize {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn the_directory_reaches_every_output() {
    let site = Fixture::built("directory");
    place_pages(&site);
    cited_in_pages(&site);
    vcards(&site);
    printable_lists(&site);
    offline_and_zip(&site);
    links_carry_nothing_more(&site);
}

/// Every page of the site, as HTML.
fn html_pages(site: &Fixture) -> Vec<(String, String)> {
    walkdir::WalkDir::new(site.root.join("public"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let html = std::fs::read_to_string(e.path()).expect("read page");
            (e.path().display().to_string(), html)
        })
        .collect()
}

/// A `mailto:` link is one address and nothing more (no `?cc=`, `bcc=` or `body=` to carry a
/// tap elsewhere), a `tel:` link has digits to dial, and no contact card carries a control
/// character.
fn links_carry_nothing_more(site: &Fixture) {
    let mut mailto = 0;
    for (path, html) in html_pages(site) {
        for a in tags(&html, "a") {
            let href = a.get("href").cloned().unwrap_or_default();
            if let Some(address) = href.strip_prefix("mailto:") {
                mailto += 1;
                assert!(
                    !address.contains(['?', '&', ',', ' ', '#', '%']),
                    "{href} in {path}"
                );
            }
            if let Some(number) = href.strip_prefix("tel:") {
                let digits = number.split(';').next().unwrap_or_default();
                assert!(digits.len() > 3, "{href} in {path}");
                assert!(!number.ends_with("ext="), "{href} in {path}");
            }
        }
    }
    assert!(mailto > 0, "the fixture has an email to check");
    for lang in ["es", "en"] {
        let card = site.read(&format!("{lang}/directory/london-legal.vcf"));
        assert!(
            card.contains("EMAIL;TYPE=INTERNET:help@example.test\r\n"),
            "{card}"
        );
        let unfolded = card.replace("\r\n ", "");
        assert!(
            unfolded
                .chars()
                .all(|c| !c.is_control() || c == '\r' || c == '\n'),
            "{card}"
        );
    }
}

/// A page per place and language, grouped by category, every number a link.
fn place_pages(site: &Fixture) {
    for lang in ["es", "en"] {
        for place in [
            "",
            "us/",
            "us/tx/",
            "us/tx/el-paso/",
            "gb/",
            "gb/england/london/",
        ] {
            assert!(
                site.exists(&format!("{lang}/directory/{place}index.html")),
                "{lang} {place}"
            );
            assert!(
                site.exists(&format!("{lang}/directory/{place}index.txt")),
                "{lang} {place}"
            );
        }
    }
    let html = site.read("es/directory/us/tx/el-paso/index.html");
    assert!(
        html.contains("Quién puede ayudar: El Paso, Texas, Estados Unidos"),
        "{html}"
    );
    let legal = html.find(">Ayuda legal<").expect("legal help heading");
    let shelter = html.find(">Albergue<").expect("shelter heading");
    let around = html
        .find("También en Estados Unidos")
        .expect("the country's services");
    assert!(
        legal < shelter && shelter < around,
        "grouped in the order of the categories"
    );
    for link in [
        "tel:+19155550100",
        "sms:+19155550101",
        "geo:31.7587,-106.4869",
        "legal-el-paso.vcf",
        "https://wa.me/12025550198",
        "list-a4.pdf",
    ] {
        assert!(html.contains(link), "{link} in {html}");
    }
    assert!(html.contains("Verificado el 1 de noviembre de 2026 por Equipo de pruebas"));
    // A language the site has no pages in is named by its Fluent string, not by its code.
    assert!(html.contains("Español, English, Mam"), "{html}");
    // In English: the English name; the hotline has no English words, so its Spanish ones are
    // marked as Spanish for screen readers.
    let en = site.read("en/directory/us/tx/el-paso/index.html");
    assert!(en.contains("Test Legal Clinic") && en.contains("Also in United States"));
    assert!(
        en.contains("lang=es>Si estás en peligro")
            || en.contains("lang=\"es\">Si estás en peligro"),
        "{en}"
    );
    // A translation without hours still shows them, in the language they are written in.
    assert!(
        (en.contains("<span lang=\"es\">Abierto las 24 horas</span>")
            || en.contains("<span lang=es>Abierto las 24 horas</span>"))
            && en.contains("A place to sleep for families."),
        "{en}"
    );
    // Past review: said first, in bold; a placeholder: no number, no contact file.
    let london = site.read("en/directory/gb/england/london/index.html");
    assert!(
        london.contains("<strong>Not verified since June 1, 2019"),
        "{london}"
    );
    assert!(
        !london.contains("london-health.vcf"),
        "a placeholder has nothing to save"
    );
    assert!(
        london.contains("We do not have a verified number for this service yet"),
        "{london}"
    );
    // An extension is dialled after the number (RFC 3966).
    assert!(london.contains("tel:+442079460018;ext=12"), "{london}");
    // A category English does not name yet is shown in Spanish, marked as Spanish.
    assert!(
        london.contains("<h2 id=health><span lang=es>Salud</span></h2>"),
        "{london}"
    );
    let text = site.read("es/directory/us/tx/el-paso/index.txt");
    assert!(text.contains("Teléfono: +1 915-555-0100") && text.contains("SMS: +1 915-555-0101"));
    let index = site.read("es/directory/index.html");
    assert!(
        index.contains("Londres, Inglaterra, Reino Unido</a> (3)"),
        "{index}"
    );
    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.test/ayuda/en/directory/us/tx/el-paso/</loc><lastmod>2026-11-01</lastmod><xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://example.test/ayuda/es/directory/us/tx/el-paso/\"/>"),
        "{sitemap}"
    );
}

/// Pages cite services by id and by place: the same facts, in the page and its text version;
/// the page's leaflet leaves out the service past review.
fn cited_in_pages(site: &Fixture) {
    let html = site.read("es/index.html");
    assert!(html.contains("Clínica Legal de Prueba") && html.contains("tel:+19155550100"));
    assert!(html.contains("Albergue de Prueba") && html.contains("Línea Nacional de Prueba"));
    assert!(
        !html.contains("Test Law Centre"),
        "the services block lists only what it asks for"
    );
    assert!(
        html.contains("No verificado desde el 1 de junio de 2019"),
        "{html}"
    );
    let text = site.read("es/index.txt");
    assert!(
        text.contains("+1 915-555-0100") && text.contains("+1 202-555-0199"),
        "{text}"
    );
    // The print view is paper too.
    let print = site.read("es/leaflets/index.html");
    assert!(print.contains("Clínica Legal de Prueba") && !print.contains("Old Protection"));
    let leaflet = pdftotext(&site.root.join("public/es/leaflets/index-trifold-a4.pdf"));
    assert!(leaflet.contains("+1 915-555-0100"), "{leaflet}");
    assert!(
        !leaflet.contains("7946 0999") && !leaflet.contains("Old Protection"),
        "{leaflet}"
    );
}

/// A vCard per service and language (none for a placeholder), as RFC 2426 lines.
fn vcards(site: &Fixture) {
    let card = site.read("en/directory/legal-el-paso.vcf");
    assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{card}");
    for line in [
        "FN:Test Legal Clinic",
        "TEL;TYPE=WORK,VOICE:+19155550100",
        "TEL;TYPE=CELL,MSG:+19155550101",
        "GEO:31.7587;-106.4869",
        "REV:2026-11-01",
    ] {
        assert!(card.contains(line), "{line} in {card}");
    }
    assert!(card.split("\r\n").all(|l| l.len() <= 75), "folded: {card}");
    assert!(card.trim_end().ends_with("END:VCARD"));
    assert!(
        site.read("es/directory/london-legal.vcf")
            .contains("FN:Centro Legal de Prueba")
    );
    assert!(!site.exists("es/directory/london-health.vcf"));
    assert!(
        !site.exists("es/directory/london-old.vcf"),
        "nothing past review is saved"
    );
}

/// One page per place a service names, numbers whole, nothing past review, a QR code to the
/// place's page.
fn printable_lists(site: &Fixture) {
    let london = site
        .root
        .join("public/es/directory/gb/england/london/list-a4.pdf");
    assert_eq!(pages(&london), 1);
    let text = pdftotext(&london);
    assert!(
        text.contains("Centro Legal de Prueba") && text.contains("+44 20 7946 0018"),
        "{text}"
    );
    assert!(
        text.contains("Todavía no tenemos un número verificado"),
        "the placeholder, never a number"
    );
    assert!(
        !text.contains("Old Protection") && !text.contains("7946 0999"),
        "{text}"
    );
    assert!(
        text.contains("Un servicio no está en esta lista"),
        "the shelter is told: {text}"
    );
    assert!(site.exists("es/directory/gb/england/london/list-letter.pdf"));
    assert!(site.exists("en/directory/us/list-a4.pdf"));
    assert!(
        !site.exists("es/directory/gb/list-a4.pdf"),
        "no list that repeats London's"
    );
    let codes = decode_qr_at(&london, 1, 150);
    assert_eq!(
        codes,
        ["https://example.test/ayuda/es/directory/gb/england/london/"]
    );
}

/// The directory travels in the offline file and the zip.
fn offline_and_zip(site: &Fixture) {
    let offline = site.read("es/offline.html");
    assert!(
        offline.contains("id=p-directory-us-tx-el-paso"),
        "a section per place"
    );
    assert!(
        offline.contains("href=#p-directory-us-tx-el-paso"),
        "linked from the index"
    );
    assert!(offline.contains("tel:+19155550100"));
    let file = std::fs::File::open(site.root.join("public/es/ayuda-es.zip")).expect("zip");
    let mut zip = zip::ZipArchive::new(file).expect("read zip");
    let names: Vec<String> = zip.file_names().map(String::from).collect();
    for name in [
        "es/directory/us/tx/el-paso/index.html",
        "es/directory/us/tx/el-paso/index.txt",
        "es/directory/legal-el-paso.vcf",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let mut page = String::new();
    zip.by_name("es/directory/us/tx/el-paso/index.html")
        .expect("entry")
        .read_to_string(&mut page)
        .expect("read entry");
    assert!(
        page.contains("../../../../../es/directory/legal-el-paso.vcf"),
        "{page}"
    );
}

#[test]
fn check_reports_what_staff_must_fix() {
    let site = Fixture::new("directory");
    let out = site.run(&["check", "--verbose"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "a service past review fails check");
    assert!(said.contains("services/gb/london-old.toml:9:13"), "{said}");
    assert!(
        said.contains("was due to be verified again on 2020-01-01"),
        "{said}"
    );
    assert!(
        said.contains("category-health") && said.contains("place-gb-england"),
        "{said}"
    );
    assert!(
        said.contains("services/us/hotline.toml") && said.contains("[text.en]"),
        "{said}"
    );
    // check and status agree: a translation without the hours is partial in both.
    assert!(
        said.contains("services/us/shelter-el-paso.toml: `[text.en]` has no hours"),
        "{said}"
    );
}

/// A mistake in a service file or a citation stops the build at its line, in plain words, and
/// leaves the last good site as it was.
#[test]
fn mistakes_are_located_and_explained() {
    let site = Fixture::built("directory");
    let before = site.read("es/index.html");
    let long = "x".repeat(2001);
    let cases: [(&str, &str, &str, &[&str]); 14] = [
        (
            "content/es/index.md",
            "legal-el-paso\n```",
            "legal-el-pasoo\n```",
            &[
                "content/es/index.md:13:1",
                "there is no service `legal-el-pasoo`",
                "Did you mean `legal-el-paso`?",
            ],
        ),
        (
            "services/us/shelter-el-paso.toml",
            "+1 915 555 0102",
            "+1 915 555",
            &["services/us/shelter-el-paso.toml:6:9", "numbering plan"],
        ),
        (
            "services/us/shelter-el-paso.toml",
            "[\"shelter\"]",
            "[\"shelterr\"]",
            &[
                "services/us/shelter-el-paso.toml:3:15",
                "Did you mean `shelter`?",
            ],
        ),
        (
            "content/es/index.md",
            "legal-el-paso\n```",
            "us/legal-el-paso.toml\n```",
            &["content/es/index.md:13:1", "write `legal-el-paso`"],
        ),
        (
            "services/us/shelter-el-paso.toml",
            "place = \"us/tx/el-paso\"",
            "place = \"us/txx/el-paso\"",
            &[
                "services/us/shelter-el-paso.toml:5:9",
                "has no name",
                "`place-us-txx = …`",
                "did you mean `us/tx/el-paso`?",
            ],
        ),
        (
            "services/us/legal-el-paso.toml",
            "\"mam\"]",
            "\"kjb\"]",
            &[
                "services/us/legal-el-paso.toml:5:26",
                "the language `kjb` has no name",
                "add `language-kjb = …` to locales/es/directory.ftl",
            ],
        ),
        (
            "services/us/shelter-el-paso.toml",
            "[text.en]",
            "[text.eng]",
            &["the site has no language `eng`"],
        ),
        (
            "content/en/index.md",
            "place = \"us/tx/el-paso\"",
            "place = \"mx/oaxaca\"",
            &[
                "content/en/index.md:18:1",
                "no service in `services/` is in `mx/oaxaca`",
            ],
        ),
        (
            "services/us/hotline.toml",
            "Si estás en peligro, llama a cualquier hora.",
            &long,
            &[
                "services/us/hotline.toml:13:15",
                "has 2001 characters, and a service's text may have at most 2000",
                "a directory entry should say in a few lines who helps and how",
                "`service_text_chars` under `[limits]`",
            ],
        ),
        (
            "services/gb/london-legal.toml",
            "help@example.test",
            "help@example.test?bcc=someone@example.test",
            &[
                "services/gb/london-legal.toml:9:9",
                "write only the service's address",
            ],
        ),
        (
            "services/gb/london-legal.toml",
            "ext. 12",
            "ext.",
            &[
                "services/gb/london-legal.toml:7:9",
                "write the extension's digits after `ext.`",
            ],
        ),
        (
            "services/us/shelter-el-paso.toml",
            "\"100 Calle Ficticia, El Paso, TX\"",
            "\"\"\"\n100 Calle Ficticia\nEl Paso, TX\"\"\"",
            &[
                "services/us/shelter-el-paso.toml:8:19",
                "`address` is written on several lines: write it on one line",
            ],
        ),
        (
            "services/us/legal-el-paso.toml",
            "Lunes a viernes, de 9",
            "Lunes a viernes,\\u000Bde 9",
            &[
                "services/us/legal-el-paso.toml:17:26",
                "holds an invisible control character (U+000B): delete it",
            ],
        ),
        (
            "services/us/hotline.toml",
            "place = \"us\"",
            "place = \"us/2\"",
            &["services/us/hotline.toml:5:9", "made only of digits"],
        ),
    ];
    for (file, from, to, expected) in cases {
        let path = site.root.join(file);
        let good = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, good.replacen(from, to, 1)).expect("write");
        let out = site.run(&["build"]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{file}: {said}");
        for words in expected {
            assert!(said.contains(words), "{words} in {said}");
        }
        assert!(!said.contains("panicked"), "{said}");
        assert_eq!(
            site.read("es/index.html"),
            before,
            "the last good site is kept"
        );
        std::fs::write(&path, good).expect("restore");
    }
}

/// A file name that would break its contact card's address is refused, with a safe name.
#[test]
fn a_service_file_name_must_be_safe_in_an_address() {
    let site = Fixture::new("directory");
    let services = site.root.join("services/us");
    let hotline = std::fs::read_to_string(services.join("hotline.toml")).expect("read");
    std::fs::remove_file(services.join("hotline.toml")).expect("remove");
    std::fs::write(services.join("Línea #1?.toml"), hotline).expect("write");
    let out = site.run(&["build"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains(
            "services/us/Línea #1?.toml: the file name `Línea #1?` cannot be part of an address"
        ),
        "{said}"
    );
    assert!(said.contains("like `linea-1.toml`"), "{said}");
}

#[test]
fn status_lists_each_service_its_languages_and_its_date() {
    let site = Fixture::new("directory");
    let out = site.run(&["status"]);
    let said = String::from_utf8_lossy(&out.stdout);
    let line = |id: &str| {
        said.lines()
            .find(|l| l.trim_start().starts_with(id))
            .unwrap_or_else(|| panic!("{id} in {said}"))
            .to_owned()
    };
    let hotline = line("hotline ");
    assert!(
        hotline.contains("es ok") && hotline.contains("en missing"),
        "{hotline}"
    );
    assert!(
        line("london-old").contains("OVERDUE: due 2020-01-01"),
        "{said}"
    );
    assert!(line("legal-el-paso").contains("verify by "), "{said}");
    let shelter = line("shelter-el-paso");
    assert!(
        shelter.contains("es ok") && shelter.contains("en partial"),
        "{shelter}"
    );
}
