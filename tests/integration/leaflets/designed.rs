//! Printed matter judged as a print designer judges it, on the example site's own leaflets drawn
//! at 50 and 100 dpi: ink down every inside panel and page, marks inside what an office printer
//! can print, the flap that tucks in, two-sided cards that scan; and numbers, read back with
//! `pdftotext -bbox`, as the most legible text of the sheet, once each.

use std::path::{Path, PathBuf};

use super::{field, info, tool};
use crate::support::{Fixture, decode_qr_at, example, picture};

/// The share of pixel rows of `grey` with ink between columns `x0` and `x1`.
fn inked_rows((w, h, grey): (usize, usize, &[u8]), (x0, x1): (usize, usize)) -> f64 {
    let inked = (0..h)
        .filter(|&y| (x0..x1).any(|x| grey[y * w + x] < 128))
        .count();
    inked as f64 / h as f64
}

pub(super) fn pages(pdf: &Path) -> u32 {
    field(&info(pdf), "Pages").parse().unwrap_or(0)
}

/// The printed leaflets of one language of the built example: language cards and the reading
/// PDFs for phones left out.
fn leaflets(public: &Path, lang: &str) -> Vec<PathBuf> {
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(public.join(lang).join("leaflets"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    pdfs.retain(|p| {
        let name = p.to_string_lossy();
        name.ends_with(".pdf") && !name.contains("language-card") && !name.contains("-phone")
    });
    pdfs.sort();
    pdfs
}

/// The column ranges, in pixels of a side `w` wide, of what a reader sees as one panel or page:
/// a trifold's inside panels (100, 100 and 97 mm of 297), a booklet's two pages, one wallet card
/// (the top-left one), a poster whole.
fn slots(name: &str, w: usize, h: usize, dpi: f64) -> Vec<(usize, usize)> {
    let px = |mm: f64| (mm * dpi / 25.4).round() as usize;
    let long = w as f64 * 25.4 / dpi;
    if name.contains("trifold") {
        let tuck = long / 3.0 - 2.0;
        let full = (long - tuck) / 2.0;
        return vec![
            (3, px(full) - 3),
            (px(full) + 3, px(2.0 * full) - 3),
            (px(2.0 * full) + 3, w - 3),
        ];
    }
    if name.contains("booklet") {
        return vec![(3, w / 2 - 3), (w / 2 + 3, w - 3)];
    }
    if name.contains("card") {
        let left = (long - 170.0) / 2.0;
        let _ = h;
        return vec![(px(left) + 2, px(left + 85.0) - 2)];
    }
    vec![(0, w)]
}

/// The rows of one wallet card: the first row of cards on its sheet.
fn card_rows(h: usize, dpi: f64) -> (usize, usize) {
    let tall = h as f64 * 25.4 / dpi;
    let rows = ((tall - 22.0) / 55.0).floor();
    let top = (tall - rows * 55.0) / 2.0;
    let px = |mm: f64| (mm * dpi / 25.4).round() as usize;
    (px(top) + 2, px(top + 55.0) - 2)
}

/// The share of rows with ink of each inside panel or page of a leaflet, at 50 dpi, named: a
/// trifold's inside side, a booklet's pages but its outside cover, a card's front, a poster.
fn inside_ink(pdf: &Path) -> Vec<(String, f64)> {
    let name = (pdf.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut measured = Vec::new();
    for page in 1..=pages(pdf) {
        // A trifold's outside side and a booklet's cover side are not inside pages.
        let outside = page == 1 && (name.contains("trifold") || name.contains("booklet"));
        if outside || (name.contains("card") && page == 2) {
            continue;
        }
        let (w, h, grey) = picture(pdf, page, 50);
        let (top, bottom) = if name.contains("card") {
            card_rows(h, 50.0)
        } else {
            (0, h)
        };
        let rows = &grey[top * w..bottom * w];
        for (i, slot) in slots(&name, w, h, 50.0).into_iter().enumerate() {
            let share = inked_rows((w, bottom - top, rows), slot);
            measured.push((format!("{name}, side {page}, panel {i}"), share));
        }
    }
    measured
}

/// Every measure between 35 and 95 %: neither mostly white nor solid.
fn assert_inked(measured: &[(String, f64)]) {
    let table: Vec<String> = (measured.iter())
        .map(|(what, share)| format!("{what}: {:.0} %", share * 100.0))
        .collect();
    for (what, share) in measured {
        assert!(
            (0.35..=0.95).contains(share),
            "{what}: {:.0} % of rows inked\n{}",
            share * 100.0,
            table.join("\n")
        );
    }
}

/// No inside panel or page of any layout of the example, in Spanish, English and K'iche', is
/// mostly white or solid: between 35 and 95 % of its rows carry ink at 50 dpi; no booklet page
/// is blank. Trifolds once stopped at 37–42 % of each panel's height, and a booklet printed a
/// blank page 3.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn every_inside_panel_and_page_of_the_example_carries_ink() {
    let (public, _) = example();
    let mut measured = Vec::new();
    for lang in ["es", "en", "quc"] {
        for pdf in leaflets(public, lang) {
            measured.extend(
                inside_ink(&pdf)
                    .into_iter()
                    .map(|(w, s)| (format!("{lang}/{w}"), s)),
            );
        }
    }
    assert!(measured.len() > 20, "{measured:?}");
    assert_inked(&measured);
}

/// The same in Arabic, on a page of ordinary length (the test's own rendering of the example's
/// `pedir-proteccion`): right-to-left leaflets fill their panels as well, and fold the other way,
/// the flap that tucks in on the right of the outside.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn right_to_left_leaflets_fill_their_panels_and_fold_the_other_way() {
    let site = Fixture::new("leaflets");
    site.overlay(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/leaflets-rtl"));
    let _ = std::fs::remove_file(site.root.join("SOURCES.md"));
    site.build();
    let public = site.root.join("public");
    let himaya: Vec<PathBuf> = leaflets(&public, "ar")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("himaya"))
        .collect();
    assert_eq!(himaya.len(), 8, "every layout on both papers: {himaya:?}");
    let measured: Vec<(String, f64)> = himaya.iter().flat_map(|p| inside_ink(p)).collect();
    assert_inked(&measured);
    let trifold = public.join("ar/leaflets/himaya-trifold-a4.pdf");
    assert_eq!(fold_marks(&trifold, 1), [100.0, 200.0].map(Some));
    assert_eq!(fold_marks(&trifold, 2), [97.0, 197.0].map(Some));
}

/// Where the fold marks of a trifold's side are, in the band 5 to 9 mm from its top, to the
/// nearest millimetre (`None` where a mark is missing).
pub(super) fn fold_marks(pdf: &Path, page: u32) -> [Option<f64>; 2] {
    let dpi = 100.0;
    let (w, _, grey) = picture(pdf, page, 100);
    let y = (5.5 * dpi / 25.4) as usize;
    let marks: Vec<f64> = (0..w)
        .filter(|&x| grey[y * w + x] < 200 && (x == 0 || grey[y * w + x - 1] >= 200))
        .map(|x| (x as f64 * 25.4 / dpi).round())
        .collect();
    assert!(marks.len() <= 2, "side {page}: marks at {marks:?} mm");
    [marks.first().copied(), marks.get(1).copied()]
}

/// Fold and cut marks stand at least 5 mm inside the paper's edge, where an office printer still
/// prints (they stood 0 to 3.9 mm from it); the A4 trifold's flap that tucks in is 97 mm wide.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn marks_are_printable_and_the_flap_tucks_in() {
    let (public, _) = example();
    let dpi = 100.0;
    let px = |mm: f64| (mm * dpi / 25.4).round() as usize;
    for pdf in ["es", "en", "quc"].iter().flat_map(|l| leaflets(public, l)) {
        for page in 1..=pages(&pdf) {
            let (w, h, grey) = picture(&pdf, page, 100);
            let band = px(4.8);
            let near_edge = (0..h)
                .flat_map(|y| (0..w).map(move |x| (x, y)))
                .filter(|&(x, y)| x < band || y < band || x >= w - band || y >= h - band)
                .find(|&(x, y)| grey[y * w + x] < 160);
            assert!(
                near_edge.is_none(),
                "{}, side {page}: ink at {near_edge:?} px",
                pdf.display()
            );
        }
    }
    // The fold marks of the A4 trifold: the flap that folds in is on the left of the outside.
    let pdf = public.join("es/leaflets/pedir-proteccion-trifold-a4.pdf");
    assert_eq!(fold_marks(&pdf, 1), [97.0, 197.0].map(Some));
    assert_eq!(fold_marks(&pdf, 2), [100.0, 200.0].map(Some));
}

/// A wallet card has two sides: the front in the holder's language with the code to the page and
/// its address under it; the back, in the country's language, for the official: that a K'iche'
/// speaker needs an interpreter, and lines for a lawyer's name and number. Its code scans at
/// 100 dpi, an old phone's camera.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn wallet_cards_have_a_side_for_the_official() {
    let (public, _) = example();
    for (lang, slug, url) in [
        (
            "es",
            "pedir-proteccion",
            "https://senda.example/es/pedir-proteccion/",
        ),
        (
            "quc",
            "pedir-proteccion",
            "https://senda.example/quc/pedir-proteccion/",
        ),
    ] {
        let pdf = public.join(format!("{lang}/leaflets/{slug}-card-a4.pdf"));
        assert_eq!(pages(&pdf), 2, "{}", pdf.display());
        let front = tool("pdftotext", &["-raw", "-f", "1", "-l", "1"], &pdf);
        assert!(
            front.contains(
                url.trim_start_matches("https://")
                    .split('/')
                    .next()
                    .unwrap_or("")
            ),
            "{front}"
        );
        let back = tool("pdftotext", &["-raw", "-f", "2", "-l", "2"], &pdf);
        assert!(
            back.contains("Para la autoridad") && back.contains("Buscar asilo es un derecho."),
            "{back}"
        );
        if lang == "quc" {
            assert!(back.contains("Necesito un intérprete de k'iche'"), "{back}");
        }
        let found = decode_qr_at(&pdf, 1, 100);
        assert!(found.iter().any(|u| u == url), "{lang}: {found:?}");
    }
    assert!(
        !public.join("es/leaflets/ninos-solos-card-a4.pdf").exists(),
        "a card of unverified services only"
    );
}

/// The height of the words of `number`'s last group on `page`, in points, as `pdftotext -bbox`
/// boxes them; one entry per time it is printed.
fn number_heights(pdf: &Path, page: u32, group: &str) -> Vec<f64> {
    let p = page.to_string();
    let html = tool("pdftotext", &["-bbox", "-f", &p, "-l", &p], pdf);
    html.split("<word ")
        .skip(1)
        .filter(|w| w.split('>').nth(1).and_then(|t| t.split('<').next()) == Some(group))
        .filter_map(|w| {
            let get = |k: &str| -> Option<f64> {
                w.split(&format!("{k}=\""))
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            };
            Some(get("yMax")? - get("yMin")?)
        })
        .collect()
}

/// Contact numbers are the most legible text after the title: at least 14 pt on a trifold's back,
/// 11 pt on a card, the key points' size on a poster; each printed once per sheet (they printed
/// twice on one trifold, at 9.5 pt).
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn numbers_come_first_once_a_sheet() {
    let site = Fixture::new("leaflets");
    let run = site.build();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let dir = site.root.join("public/es/leaflets");
    // pdftotext's boxes are the font's height: about 1.1 times its size in Libertinus.
    let pt = |size: f64| size * 1.05;
    let trifold = dir.join("corto-trifold-a4.pdf");
    let outside = number_heights(&trifold, 1, "0123");
    let inside = number_heights(&trifold, 2, "0123");
    assert_eq!(
        (outside.len(), inside.len()),
        (1, 0),
        "once a sheet: {outside:?} {inside:?}"
    );
    assert!(
        outside[0] >= pt(14.0),
        "the back's number is {:.1} high",
        outside[0]
    );
    let card = number_heights(&dir.join("corto-card-a4.pdf"), 1, "0123");
    assert!(
        !card.is_empty() && card.iter().all(|h| *h >= pt(11.0)),
        "card: {card:?}"
    );
    let poster = number_heights(&dir.join("corto-poster-a4.pdf"), 1, "0123");
    assert_eq!(poster.len(), 1, "{poster:?}");
    assert!(poster[0] >= pt(14.0), "poster: {poster:?}");
}

/// Every page with leaflets has one to read on a phone: pages shaped like its screen, in reading
/// order (the imposed sheets read flap, back, cover, then the inside), with the document's
/// structure tagged (headings, paragraphs, lists), where the sheets tag only whole pages as
/// figures. Forwarded on WhatsApp, this is what a family opens.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn a_reading_pdf_for_phones_reads_in_order_with_its_structure() {
    let (public, _) = example();
    let pdf = public.join("es/leaflets/pedir-proteccion-phone.pdf");
    let about = info(&pdf);
    assert_eq!(field(&about, "Page size"), "255.118 x 453.543 pts");
    assert_eq!(field(&about, "Tagged"), "yes");
    let text = tool("pdftotext", &[], &pdf);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut at = 0;
    for words in [
        "Tu derecho a pedir protección",
        "Qué es pedir protección",
        "Dónde piden las organizaciones",
        "Lo que KIND pide a los gobiernos",
        "Qué puedes hacer",
        "Recuerda",
        "https://senda.example/es/pedir-proteccion/",
        "no es asesoría legal",
    ] {
        let found = text[at..].find(words);
        assert!(found.is_some(), "`{words}` after byte {at} of:\n{text}");
        at += found.unwrap_or(0) + words.len();
    }
    let out = std::process::Command::new("pdfinfo")
        .arg("-struct")
        .arg(&pdf)
        .output();
    let tree = out
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    for tag in ["H2", "P (block)", "L (block)", "LI (block)"] {
        assert!(tree.contains(tag), "no {tag} in:\n{tree}");
    }
    let page =
        std::fs::read_to_string(public.join("es/pedir-proteccion/index.html")).unwrap_or_default();
    assert!(
        page.contains("pedir-proteccion-phone.pdf"),
        "the page offers it"
    );
    assert!(
        page.contains("al 100 %"),
        "and says how to print the others"
    );
}

/// A page of 77 words makes a trifold that stays mostly white: the writer is told, and offered a
/// card or a poster. A page of 1,400 words either fits at 9 pt or more with every list whole in
/// one panel, or is left out with the booklet suggested; it once ran on at 9 pt, breaking lists
/// across folds.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn short_and_long_pages_are_told_and_lists_stay_whole() {
    let site = Fixture::new("leaflets");
    let sentence = "Puedes pedir protección en la frontera. ";
    let front = |title: &str| {
        format!(
            "+++\ntitle = \"{title}\"\nupdated = 2026-11-03\nleaflet = {{ layouts = [\"trifold\"] }}\n+++\n"
        )
    };
    let short = format!(
        "{}## Pedir\n\n{}Pide ayuda ahora mismo.\n",
        front("Breve"),
        sentence.repeat(12)
    );
    std::fs::write(site.root.join("content/es/breve.md"), short).expect("write");
    let mut long = front("Larga");
    for k in 0..20 {
        long.push_str(&format!(
            "## Sección {k}\n\n{}\n\nLo que puedes hacer:\n\n- alfa{k} pide ayuda.\n- Pregunta en un albergue.\n- omega{k} busca un abogado.\n\n",
            sentence.repeat(8)
        ));
    }
    let words = long.split_whitespace().count();
    assert!((1300..1500).contains(&words), "{words} words");
    std::fs::write(site.root.join("content/es/larga.md"), long).expect("write");
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("content/es/breve.md: leaflet `trifold` (a4): its 77 words leave an inside panel more than half white")
            && stderr.contains("print the page as a card or a poster instead"),
        "{stderr}"
    );
    let pdf = site.root.join("public/es/leaflets/larga-trifold-a4.pdf");
    if !pdf.exists() {
        assert!(
            stderr.contains("content/es/larga.md: leaflet `trifold` (a4) was not made")
                && stderr.contains("booklet"),
            "{stderr}"
        );
        return;
    }
    // Which panel (side and third of the sheet) each word is in.
    let panel_of = |word: &str| {
        (1..=2).find_map(|page| {
            let p = page.to_string();
            let html = tool("pdftotext", &["-bbox", "-f", &p, "-l", &p], &pdf);
            let at = html
                .split("<word ")
                .find(|w| w.contains(&format!(">{word}<")))?;
            let x: f64 = at
                .split("xMin=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()?;
            Some((page, (x / (842.0 / 3.0)) as u32))
        })
    };
    for k in 0..20 {
        let (first, last) = (
            panel_of(&format!("alfa{k}")),
            panel_of(&format!("omega{k}")),
        );
        assert!(
            first.is_some() && first == last,
            "list {k}: {first:?} and {last:?}"
        );
    }
}

/// A page too long for its trifold: that leaflet is left out with a warning saying by how much,
/// everything else is built, and the page does not offer it; `build --strict` stops on it and
/// leaves the published site as it was.
#[test]
fn a_page_too_long_for_a_trifold_is_skipped_and_said() {
    let site = Fixture::new("leaflets");
    let long = std::fs::read_to_string(site.root.join("content/es/largo.md")).expect("read");
    let (front, body) = long.rsplit_once("+++\n").expect("front matter");
    std::fs::write(
        site.root.join("content/es/enorme.md"),
        format!(
            "{}+++\n{}",
            front.replace("Cuidarte en el camino", "Enorme"),
            body.repeat(3)
        ),
    )
    .expect("write");
    // Card lines that need more than one card (this case was an error that stopped the build).
    std::fs::write(
        site.root.join("content/es/tarjeta.md"),
        "+++\ntitle = \"Un abogado\"\nupdated = 2026-11-03\nleaflet = { layouts = [\"card\"], card = [\"Tienes derecho a buscar un abogado que te ayude en tu caso\", \"Pregunta en un albergue o a una organización de confianza\", \"Guarda copias de todos tus papeles en un lugar seguro\", \"No firmes nada que no entiendas\", \"Pide un intérprete si no entiendes el idioma\", \"Di siempre tu edad verdadera\", \"Pregunta cuándo es tu próxima cita\", \"Pregunta a quién llamar si tienes miedo\", \"Guarda este número\"] }\n+++\n\nTexto.\n",
    )
    .expect("write");
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: content/es/tarjeta.md: leaflet `card` (a4) was not made: the card's text needs 3 cards' worth of space"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "warning: content/es/enorme.md: leaflet `trifold` (a4) was not made: the text needs"
        ) && stderr.contains("shorten it by about"),
        "{stderr}"
    );
    assert!(!site.exists("es/leaflets/enorme-trifold-a4.pdf"));
    assert!(site.exists("es/leaflets/largo-trifold-a4.pdf"));
    assert!(!site.read("es/enorme/index.html").contains("enorme-trifold"));
    let before = site.snapshot();
    let other = "+++\ntitle = \"Otra\"\nupdated = 2026-11-03\n+++\n\nTexto.\n";
    std::fs::write(site.root.join("content/es/otra.md"), other).expect("write");
    let strict = site.run(&["build", "--strict"]);
    let said = String::from_utf8_lossy(&strict.stderr);
    assert_eq!(strict.status.code(), Some(1), "{said}");
    assert!(
        said.contains("error: content/es/enorme.md: leaflet `trifold` (a4) was not made"),
        "{said}"
    );
    assert_eq!(
        site.snapshot(),
        before,
        "a strict build that stops writes nothing"
    );
}
