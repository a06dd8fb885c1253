//! Leaflet PDFs, read back with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) as a print shop
//! would: sizes, page counts, embedded fonts, words in order, K'iche' exact, panels where they
//! fold, and a QR code that scans to the page's address. `.ci/run` installs poppler-utils.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Fixture, decode_qr_at, picture};

mod designed;
mod printed;
mod printer;

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(name).args(args).arg(pdf).arg("-").output();
    match out {
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
        Err(e) => panic!("{name} is needed for this test (Debian package poppler-utils): {e}"),
    }
}

fn info(pdf: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn field<'a>(info: &'a str, name: &str) -> &'a str {
    info.lines()
        .find_map(|l| {
            l.strip_prefix(name)
                .map(|v| v.trim_start_matches(':').trim())
        })
        .unwrap_or_default()
}

/// Words with their left edge, from `pdftotext -bbox`, for one page.
fn words(pdf: &Path, page: u32) -> Vec<(f64, String)> {
    let p = page.to_string();
    let html = tool("pdftotext", &["-bbox", "-f", &p, "-l", &p], pdf);
    html.split("<word ")
        .skip(1)
        .filter_map(|w| {
            let x = w.split("xMin=\"").nth(1)?.split('"').next()?.parse().ok()?;
            let text = w.split('>').nth(1)?.split('<').next()?.to_string();
            Some((x, text))
        })
        .collect()
}

fn left_edge(words: &[(f64, String)], word: &str) -> f64 {
    words
        .iter()
        .find(|(_, w)| w == word)
        .map_or(-1.0, |(x, _)| *x)
}

fn decode_qr(pdf: &Path, page: u32) -> Vec<String> {
    decode_qr_at(pdf, page, 300)
}

/// How much of each third of a sheet side is ink, leaving out the fold marks at its edges.
fn ink_by_panel(pdf: &Path, page: u32) -> [f64; 3] {
    let (w, h, grey) = picture(pdf, page, 40);
    let mut ink = [0.0; 3];
    for (i, share) in ink.iter_mut().enumerate() {
        let (x0, x1) = (i * w / 3 + 4, (i + 1) * w / 3 - 4);
        let (y0, y1) = (h / 10, h - h / 10);
        let dark = (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| grey[y * w + x] < 128)
            .count();
        *share = dark as f64 / ((x1 - x0) * (y1 - y0)) as f64;
    }
    ink
}

/// The width of the first QR code on a page, in millimetres, from its corners in a picture.
fn qr_width_mm(pdf: &Path, dpi: u32) -> f64 {
    let (w, h, grey) = picture(pdf, 1, dpi);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    let grids = img.detect_grids();
    let Some(grid) = grids.first() else {
        return 0.0;
    };
    let xs = grid.bounds.iter().map(|p| p.x);
    let pixels = (xs.clone().max().unwrap_or(0) - xs.min().unwrap_or(0)) as f64;
    pixels / dpi as f64 * 25.4
}

#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn leaflets_print_fold_and_scan_correctly() {
    let site = Fixture::built("leaflets");
    let dir = site.root.join("public");
    let a4_landscape = "841.89 x 595.276 pts (A4)";
    let letter_landscape = "792 x 612 pts (letter)";

    // Every layout on both papers, with the right size and page count, fonts embedded.
    for (file, size, pages) in [
        ("es/leaflets/derechos-trifold-a4.pdf", a4_landscape, "2"),
        (
            "es/leaflets/derechos-trifold-letter.pdf",
            letter_landscape,
            "2",
        ),
        ("es/leaflets/derechos-booklet-a4.pdf", a4_landscape, "2"),
        (
            "es/leaflets/derechos-booklet-letter.pdf",
            letter_landscape,
            "2",
        ),
        (
            "es/leaflets/derechos-card-a4.pdf",
            "595.276 x 841.89 pts (A4)",
            "2",
        ),
        (
            "es/leaflets/derechos-card-letter.pdf",
            "612 x 792 pts (letter)",
            "2",
        ),
        ("en/leaflets/rights-trifold-a4.pdf", a4_landscape, "2"),
        (
            "quc/leaflets/derechos-trifold-letter.pdf",
            letter_landscape,
            "2",
        ),
        ("ar/leaflets/derechos-trifold-a4.pdf", a4_landscape, "2"),
        (
            "quc/leaflets/language-card-a4.pdf",
            "595.276 x 841.89 pts (A4)",
            "1",
        ),
    ] {
        let pdf = dir.join(file);
        let info = info(&pdf);
        assert_eq!(field(&info, "Page size"), size, "{file}");
        assert_eq!(field(&info, "Pages"), pages, "{file}");
        assert_eq!(field(&info, "Tagged"), "yes", "{file}");
        let fonts = Command::new("pdffonts")
            .arg(&pdf)
            .output()
            .expect("pdffonts (poppler-utils)");
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        assert!(fonts.lines().count() > 2, "{file} has fonts");
        for line in fonts.lines().skip(2) {
            assert!(
                line.contains(" yes yes "),
                "{file}: font not embedded: {line}"
            );
        }
    }
    let es = dir.join("es/leaflets/derechos-trifold-a4.pdf");
    assert_eq!(field(&info(&es), "Title"), "Tus derechos");

    // Words in reading order: the text panel by panel, inside first, then the flap.
    let text = tool("pdftotext", &["-raw", "-f", "2"], &es)
        + &tool("pdftotext", &["-raw", "-l", "1"], &es);
    // Lines break where the text size puts them: words are compared with single spaces.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let order = [
        "Pedir protección",
        "Puedes pedir protección en la frontera.",
        "Un abogado",
        "Pregunta por ayuda legal.",
        "Si estás en peligro ahora",
        "Ve a un lugar seguro.",
        "Servicio legal de ejemplo",
        "Tu familia",
        "Habla con una organización de confianza.",
    ];
    let mut at = 0;
    for words in order {
        let found = text[at..]
            .find(words)
            .unwrap_or_else(|| panic!("`{words}` in order in:\n{text}"));
        at += found + words.len();
    }
    assert!(
        !text.contains('#') && !text.contains("\\"),
        "no typst markup leaks into the text"
    );

    // K'iche' exactly as written: straight apostrophes and the modifier letter.
    let quc = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("quc/leaflets/derechos-trifold-a4.pdf"),
    );
    let quc_words = quc.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        quc_words.contains("Ri ak'al k'o pa ri b'e. Ch'aqap tzij: kʼo jun to'b'al."),
        "{quc}"
    );
    assert!(!quc.contains('’'));
    let en = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("en/leaflets/rights-trifold-a4.pdf"),
    );
    assert!(
        en.contains("Don’t give up."),
        "English keeps its typographic apostrophe: {en}"
    );

    // Panels fold correctly: outside is [flap | back | cover], mirrored for Arabic.
    let width = 841.89;
    let outside = words(&es, 1);
    assert!(
        left_edge(&outside, "Tus") > width * 2.0 / 3.0,
        "cover on the right panel"
    );
    assert!(
        outside.iter().any(|(x, _)| *x < width / 3.0),
        "the text ends on the flap"
    );
    let url_x = left_edge(&outside, "https://example.test/kyr/es/derechos/");
    assert!(
        url_x > width / 3.0 && url_x < width * 2.0 / 3.0,
        "back panel in the middle: {url_x}"
    );
    let inside = words(&es, 2);
    assert!(
        left_edge(&inside, "Pedir") < width / 3.0 && left_edge(&inside, "Pedir") >= 0.0,
        "the text starts inside, on the left"
    );
    let ar = words(&dir.join("ar/leaflets/derechos-trifold-a4.pdf"), 1);
    assert!(left_edge(&ar, "https://example.test/kyr/ar/derechos/") > width / 3.0);
    // pdftotext gives Arabic in visual order, so the title may come out reversed.
    let title: String = "حقوقك".chars().rev().collect();
    assert!(
        ar.iter()
            .any(|(x, w)| (w == "حقوقك" || *w == title) && *x < width / 3.0),
        "RTL cover on the left: {ar:?}"
    );

    // Booklet, saddle-stitched: the first sheet carries the back cover (left) and the cover (right).
    let booklet = words(&dir.join("es/leaflets/derechos-booklet-a4.pdf"), 1);
    assert!(
        left_edge(&booklet, "Tus") > width / 2.0,
        "cover on the right half"
    );
    assert!(
        left_edge(&booklet, "https://example.test/kyr/es/derechos/") < width / 2.0,
        "back cover on the left half"
    );

    // The QR code scans to the page's own address in its language.
    assert_eq!(decode_qr(&es, 1), ["https://example.test/kyr/es/derechos/"]);
    assert_eq!(
        decode_qr(&dir.join("ar/leaflets/derechos-trifold-a4.pdf"), 1),
        ["https://example.test/kyr/ar/derechos/"]
    );
    let cards = decode_qr(&dir.join("en/leaflets/rights-card-letter.pdf"), 1);
    assert!(
        !cards.is_empty()
            && cards
                .iter()
                .all(|c| c == "https://example.test/kyr/en/rights/"),
        "{cards:?}"
    );

    // The language card speaks Spanish and English, and never borrows words for K'iche'.
    let card = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("quc/leaflets/language-card-a4.pdf"),
    );
    let card = card.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        card.contains("Hablo k'iche'. Necesito un intérprete de k'iche'."),
        "{card}"
    );
    assert!(
        card.contains("I speak K'iche'. I need an interpreter for K'iche'."),
        "{card}"
    );
    // Each language named as the sentence's reader names it, in every language of the site.
    for (lang, said) in [
        (
            "es",
            [
                "Hablo español. Necesito un intérprete de español.",
                "I speak Spanish. I need an interpreter for Spanish.",
            ],
        ),
        (
            "en",
            [
                "Hablo inglés. Necesito un intérprete de inglés.",
                "I speak English. I need an interpreter for English.",
            ],
        ),
        (
            "ar",
            [
                "Hablo árabe. Necesito un intérprete de árabe.",
                "I speak Arabic. I need an interpreter for Arabic.",
            ],
        ),
    ] {
        let card = tool(
            "pdftotext",
            &["-layout"],
            &dir.join(format!("{lang}/leaflets/language-card-a4.pdf")),
        );
        let card = card.split_whitespace().collect::<Vec<_>>().join(" ");
        for sentence in said {
            assert!(card.contains(sentence), "{lang}: no `{sentence}` in {card}");
        }
    }

    // The page links its leaflets with their sizes, in the reader's language.
    let page = site.read("es/derechos/index.html");
    assert!(
        page.contains("href=../../es/leaflets/derechos-trifold-a4.pdf"),
        "{page}"
    );
    assert!(crate::support::text(&page).contains("Tríptico, A4 (PDF, "));
    // A print view for browsers, with page-size CSS and the QR code inline.
    let print = site.read("es/leaflets/derechos.html");
    assert!(print.contains("@page") && print.contains("<svg"), "{print}");
    assert!(crate::support::text(&print).contains("https://example.test/kyr/es/derechos/"));
    // Untranslated copies get no leaflets of their own.
    assert!(!dir.join("quc/leaflets/derechos-card-a4.pdf").exists());
}

/// Every leaflet PDF the site published, by path below `public/`, with its bytes.
fn published_pdfs(site: &Fixture) -> Vec<(String, Vec<u8>)> {
    site.snapshot()
        .into_iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "pdf"))
        .map(|(path, bytes)| (path.display().to_string(), bytes))
        .collect()
}

#[test]
fn leaflets_are_typeset_again_only_when_what_they_are_made_from_changes() {
    // Built in another folder and copied here: a site moved or cloned elsewhere keeps its cache.
    let site = Fixture::built("leaflets");
    let cache = site.root.join(".senda-cache/leaflets");
    let cached = || -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&cache)
            .expect("the leaflet cache")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        files
    };
    let published = published_pdfs(&site);
    assert!(published.len() >= 20, "{}", published.len());
    // The trifolds too short for their panels (`corto`, and `derechos` in English, K'iche' and
    // Arabic) are typeset again on every build, which says so again.
    let short = |path: &str| {
        path.contains("-trifold-") && (!path.starts_with("es/") || path.contains("corto"))
    };
    let shorts = published.iter().filter(|(p, _)| short(p)).count();
    assert_eq!(shorts, 8);
    assert_eq!(cached().len(), published.len() - shorts);
    // Mark every cached PDF: a build that takes its leaflets from the cache publishes the mark.
    let mark = b"\n%cached\n";
    for file in cached() {
        let mut bytes = std::fs::read(&file).expect("read cached PDF");
        assert!(
            published.iter().any(|(_, p)| *p == bytes),
            "{}",
            file.display()
        );
        bytes.extend_from_slice(mark);
        std::fs::write(&file, bytes).expect("mark cached PDF");
    }
    site.build();
    for (path, bytes) in published_pdfs(&site) {
        assert!(
            bytes.ends_with(mark) || short(&path),
            "{path} was typeset again"
        );
    }
    // Editing the Spanish page makes its leaflets again, and only those.
    let page = site.root.join("content/es/derechos.md");
    let text = std::fs::read_to_string(&page).expect("read page");
    std::fs::write(&page, format!("{text}\nUna línea más.\n")).expect("edit page");
    site.build();
    for (path, bytes) in published_pdfs(&site).into_iter().filter(|(p, _)| !short(p)) {
        let edited = path.starts_with("es/leaflets/derechos-");
        assert_eq!(bytes.ends_with(mark), !edited, "{path}");
    }
    assert_eq!(
        cached().len(),
        published.len() - shorts,
        "old PDFs stay in the cache"
    );
}

/// A language with a region (`es-MX`, `pt-BR`) gets its leaflets and language card like any:
/// typst takes the language and the region apart.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn languages_with_regions_get_their_leaflets() {
    let site = Fixture::new("leaflets");
    let config = std::fs::read_to_string(site.root.join("senda.toml")).expect("senda.toml");
    let regions = "[[languages]]\ncode = \"es-MX\"\nname = \"Español de México\"\nfallback = [\"es\"]\n\n[[languages]]\ncode = \"pt-BR\"\nname = \"Português do Brasil\"\nfallback = [\"es\"]\n\n[outputs]";
    std::fs::write(
        site.root.join("senda.toml"),
        config.replacen("[outputs]", regions, 1),
    )
    .expect("write senda.toml");
    let es = site.root.join("content/es/derechos.md");
    std::fs::create_dir_all(site.root.join("content/es-MX")).expect("folder");
    std::fs::copy(&es, site.root.join("content/es-MX/derechos.md")).expect("copy the page");
    std::fs::create_dir_all(site.root.join("locales/es-MX")).expect("folder");
    std::fs::copy(
        site.root.join("locales/es/main.ftl"),
        site.root.join("locales/es-MX/main.ftl"),
    )
    .expect("copy the strings");
    site.build();
    let dir = site.root.join("public");
    assert!(dir.join("es-MX/leaflets/derechos-trifold-a4.pdf").exists());
    let card = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("es-MX/leaflets/language-card-a4.pdf"),
    );
    let card = card.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(card.contains("Español de México"), "{card}");
    assert!(
        card.contains("Hablo español. Necesito un intérprete de español."),
        "{card}"
    );
    assert!(card.contains("I speak Spanish."), "{card}");
    assert!(dir.join("pt-BR/leaflets/language-card-letter.pdf").exists());
    assert!(
        site.read("pt-BR/derechos/index.html")
            .contains("lang=pt-BR")
    );
}

/// A letter no leaflet font has (an emoji beside a phone number, a script the fonts lack) is
/// reported with its page, before the leaflet prints an empty box in its place; and the acute
/// accent some Mayan orthographies write for the glottal stop never splits a word.
#[test]
fn letters_no_font_prints_are_reported_and_glottal_stops_hold_words_together() {
    let site = Fixture::new("leaflets");
    let page = site.root.join("content/es/derechos.md");
    let text = std::fs::read_to_string(&page).expect("read the page");
    std::fs::write(&page, format!("{text}\n📞 Llama. Ri ak´al.\n")).expect("write the page");
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("content/es/derechos.md: the leaflets (booklet, card, phone, trifold) cannot print `📞` (U+1F4DE)"),
        "{stderr}"
    );
    assert!(
        site.read("es/derechos/index.html")
            .contains("ak\u{2060}´al")
    );
    let check = site.run(&["check"]);
    assert_eq!(check.status.code(), Some(1), "check fails on it");
}

/// A page of ordinary length (about 250 words) and a long one (about 850) fill every panel of a
/// trifold; what a family needs prints whole and scans from a photocopy; drafts say so.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn trifolds_fill_their_panels_and_cards_and_posters_scan() {
    let site = Fixture::new("leaflets");
    let run = site.build();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let dir = site.root.join("public");
    for name in ["corto", "largo"] {
        for paper in ["a4", "letter"] {
            let pdf = dir.join(format!("es/leaflets/{name}-trifold-{paper}.pdf"));
            for page in [1, 2] {
                let ink = ink_by_panel(&pdf, page);
                assert!(
                    ink.iter().all(|share| *share > 0.003),
                    "{name} {paper}, side {page}: a panel is blank: {ink:?}"
                );
            }
        }
    }
    assert!(
        stdout.contains("trifold text"),
        "the chosen sizes are reported: {stdout}"
    );

    // Numbers whole: the phone number is on one line of the text.
    let corto = dir.join("es/leaflets/corto-trifold-a4.pdf");
    let text = tool("pdftotext", &["-raw"], &corto);
    assert!(text.contains("+44 20 7946 0123"), "{text}");
    // The cover's line: the danger callout of the page that has one.
    let derechos = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("es/leaflets/derechos-trifold-a4.pdf"),
    );
    assert!(derechos.contains("Ve a un lugar seguro."), "{derechos}");
    // A drafted translation prints its notice.
    let quc = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("quc/leaflets/derechos-trifold-a4.pdf"),
    );
    assert!(quc.contains("borrador"), "{quc}");

    // Every card and poster scans at 150 dpi, a photocopy's worth.
    let url = "https://example.test/kyr/es/corto/".to_string();
    for file in [
        "es/leaflets/corto-card-a4.pdf",
        "es/leaflets/corto-card-letter.pdf",
        "es/leaflets/corto-poster-a3.pdf",
        "es/leaflets/corto-poster-a4.pdf",
    ] {
        let found = decode_qr_at(&dir.join(file), 1, 150);
        assert!(found.contains(&url), "{file}: {found:?}");
    }
    // The posters' codes are at least 40 mm wide: a phone reads them from a metre and a half.
    for file in [
        "es/leaflets/corto-poster-a3.pdf",
        "es/leaflets/corto-poster-a4.pdf",
    ] {
        let width = qr_width_mm(&dir.join(file), 150);
        assert!(width >= 40.0, "{file}: the QR code is {width:.1} mm wide");
    }
    let card = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("es/leaflets/corto-card-a4.pdf"),
    );
    assert!(
        card.contains("+44 20 7946 0123"),
        "a card's number is whole: {card}"
    );
    let poster = tool(
        "pdftotext",
        &["-raw"],
        &dir.join("es/leaflets/corto-poster-a3.pdf"),
    );
    assert!(poster.contains("+44 20 7946 0123"), "{poster}");
}
