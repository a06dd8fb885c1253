//! Leaflets read back as a family would read them: numbers in their order on right-to-left
//! paper, drafts and sources said on every layout, wallet cards that scan.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{field, info, tool, words};
use crate::support::{Fixture, decode_qr_at};

/// On right-to-left paper a number keeps its own order: an Arabic leaflet once printed
/// `+52 55 1234 5678` as `5678 1234 55 52+`, and a family dials what it reads. Every layout, read
/// with `pdftotext -layout`, and drawn at 150 dpi for the eye.
#[test]
#[ignore = "reads PDFs with poppler and tesseract: `cargo test -- --ignored` runs it"]
fn numbers_read_left_to_right_on_right_to_left_paper() {
    let site = Fixture::new("leaflets");
    site.overlay(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/leaflets-rtl"));
    let _ = std::fs::remove_file(site.root.join("SOURCES.md"));
    site.build();
    let dir = site.root.join("public/ar/leaflets");
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("ar/leaflets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.to_string_lossy();
            // The sheets: the reading PDF for phones holds no number on its first page.
            name.contains("hatif") && !name.contains("-phone") && name.ends_with(".pdf")
        })
        .collect();
    pdfs.sort();
    let layouts = ["trifold", "card", "poster"];
    for layout in layouts {
        assert!(
            pdfs.iter().any(|p| p.to_string_lossy().contains(layout)),
            "no {layout} in {pdfs:?}"
        );
    }
    for pdf in &pdfs {
        let text = tool("pdftotext", &["-layout"], pdf);
        for number in ["+44 20 7946 0123", "+44 20 7946 0456"] {
            assert!(
                text.contains(number),
                "{}: `{number}` not as written in:\n{text}",
                pdf.display()
            );
        }
        // What the eye reads: page 1 drawn at 150 dpi, read back by OCR.
        let seen = ocr(pdf, 150);
        for number in ["+44 20 7946 0123", "+44 20 7946 0456"] {
            assert!(seen.contains(number), "{}: OCR read\n{seen}", pdf.display());
        }
        // Where the ink is: each group of the number to the right of the one before it.
        let pages: u32 = field(&info(pdf), "Pages").parse().unwrap_or(1);
        let drawn: Vec<(f64, String)> = (1..=pages).flat_map(|p| words(pdf, p)).collect();
        let first = |w: &str| drawn.iter().find(|(_, d)| d == w).map(|(x, _)| *x);
        let groups = [first("+44"), first("20"), first("7946"), first("0123")];
        assert!(
            groups
                .windows(2)
                .all(|g| matches!(g, [Some(a), Some(b)] if a < b)),
            "{}: the groups of +44 20 7946 0123 stand at {groups:?}",
            pdf.display()
        );
    }
}

/// Every printed layout of a drafted translation says it is a draft, when it was reviewed and that
/// it is not legal advice: wallet cards once carried none of the three.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn every_layout_of_a_draft_says_so_with_its_date_and_disclaimer() {
    let site = Fixture::new("leaflets");
    site.overlay(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/leaflets-draft"));
    site.build();
    let dir = site.root.join("public/quc/leaflets");
    let mut seen = Vec::new();
    for layout in ["trifold", "booklet", "card", "poster"] {
        let pdf = std::fs::read_dir(&dir)
            .expect("quc/leaflets")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                let name = p.to_string_lossy();
                name.contains(&format!("derechos-{layout}")) && name.ends_with(".pdf")
            })
            .unwrap_or_else(|| panic!("no {layout}"));
        let text = tool("pdftotext", &["-raw"], &pdf);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for said in [
            "Esta traducción es un borrador.",
            "Revisado por última vez: 20 de noviembre de 2026",
            "no es asesoría legal",
        ] {
            assert!(
                text.contains(said),
                "{}: no `{said}` in {text}",
                pdf.display()
            );
        }
        seen.push(layout);
    }
    assert_eq!(seen.len(), 4);
}

/// Every wallet card of the example, built for a realistic 45-character address, decodes at
/// 100 dpi: its QR code is sized by its modules (each 0.75 mm), not fixed at 24 mm, where a
/// long address made modules of 0.53 mm that failed on some cards.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn every_wallet_card_of_the_example_scans_at_100_dpi_with_a_long_address() {
    let base = "https://derechos-en-el-camino.example.org/kyr/";
    assert_eq!(base.len(), 46);
    let out = tempfile::tempdir().expect("temp");
    let public = out.path().join("public");
    let run = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args([
            "build",
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "--base-url",
            base,
            "--output",
        ])
        .arg(&public)
        .output()
        .expect("run senda");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut cards = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let path = entry.expect("walk").into_path();
        let name = path.to_string_lossy().into_owned();
        if !name.ends_with(".pdf") || !name.contains("-card-") || name.contains("language-card") {
            continue;
        }
        let found = decode_qr_at(&path, 1, 100);
        assert!(
            !found.is_empty() && found.iter().all(|url| url.starts_with(base)),
            "{name}: {found:?}"
        );
        cards += 1;
    }
    assert!(cards >= 4, "{cards} wallet cards");
}

/// A page names what its facts are based on, with dates, and every output says so: the page, its
/// text version, every printed layout, and its translation (which takes the source page's list).
/// `check` reports a page whose newest source is older than `[check] source_years`.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn sources_and_their_dates_are_on_every_output() {
    let site = Fixture::new("leaflets");
    site.overlay(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/leaflets-sources"),
    );
    let _ = std::fs::remove_file(site.root.join("SOURCES.md"));
    site.build();
    let es = "Basado en: KIND, U.S.-Mexico Cooperation is Vital to Protect Children on the Move, marzo de 2021; KIND, North American Leaders Must Prioritize Protection of Migrant Children, enero de 2023";
    let en = "Based on: KIND, U.S.-Mexico Cooperation is Vital to Protect Children on the Move, March 2021;";
    let page = crate::support::text(&site.read("es/derechos/index.html"));
    assert!(page.contains(es), "{page}");
    assert!(site.read("es/derechos/index.txt").contains(es));
    assert!(crate::support::text(&site.read("en/rights/index.html")).contains(en));
    let one_line = |t: String| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for layout in ["trifold-a4", "booklet-a4"] {
        let pdf = site
            .root
            .join(format!("public/es/leaflets/derechos-{layout}.pdf"));
        let text = one_line(tool("pdftotext", &["-raw"], &pdf));
        assert!(
            text.contains("Basado en: KIND,") && text.contains("enero de 2023"),
            "{layout}: {text}"
        );
    }
    let poster = site.root.join("public/es/leaflets/corto-poster-a4.pdf");
    let text = one_line(tool("pdftotext", &["-raw"], &poster));
    assert!(text.contains("Basado en: KIND, enero de 2023"), "{text}");
    // A wallet card has room for the years only.
    let card = site.root.join("public/es/leaflets/derechos-card-a4.pdf");
    let text = one_line(tool("pdftotext", &["-raw"], &card));
    assert!(text.contains("Basado en textos de 2021–2023"), "{text}");
    // Sources older than the site allows are reported by check.
    let toml = site.root.join("senda.toml");
    let config = std::fs::read_to_string(&toml).expect("senda.toml");
    std::fs::write(&toml, format!("{config}\n[check]\nsource_years = 2\n")).expect("write");
    let check = site.run(&["check"]);
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        said.contains("its newest source is from 2023-01, more than 2 years ago"),
        "{said}"
    );
}

/// A service cited on an Arabic page keeps its numbers' order on every printed layout and on the
/// Arabic printed list of its place.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn a_services_numbers_read_left_to_right_on_arabic_leaflets_and_lists() {
    let site = Fixture::new("directory");
    site.overlay(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/directory-rtl"));
    let _ = std::fs::remove_file(site.root.join("SOURCES.md"));
    let toml = site.root.join("senda.toml");
    let config = std::fs::read_to_string(&toml).expect("senda.toml");
    let arabic = "[[languages]]\ncode = \"ar\"\nname = \"العربية\"\ndir = \"rtl\"\nfallback = [\"en\"]\n\n[outputs]";
    std::fs::write(&toml, config.replacen("[outputs]", arabic, 1)).expect("write");
    site.build();
    let public = site.root.join("public/ar");
    let mut pdfs = vec![
        public.join("directory/gb/england/london/list-a4.pdf"),
        public.join("directory/gb/england/london/list-letter.pdf"),
    ];
    for layout in ["trifold-a4", "card-a4", "poster-a4"] {
        pdfs.push(public.join(format!("leaflets/index-{layout}.pdf")));
    }
    for pdf in pdfs {
        let text = tool("pdftotext", &["-layout"], &pdf);
        for number in ["+44 20 7946 0018 ext. 12", "+44 20 7946 0123"] {
            assert!(
                text.contains(number),
                "{}: no `{number}` in\n{text}",
                pdf.display()
            );
        }
    }
}

/// Page 1 of `pdf` drawn at `dpi` and read by tesseract, as an eye would read it; a failure
/// where tesseract is missing (`apt-get install tesseract-ocr`; `.ci/run` installs it).
fn ocr(pdf: &Path, dpi: u32) -> String {
    assert!(
        Command::new("tesseract").arg("--version").output().is_ok(),
        "the OCR check cannot run without tesseract (apt-get install tesseract-ocr)"
    );
    let dir = tempfile::tempdir().expect("temp");
    let png = dir.path().join("page");
    let drawn = Command::new("pdftoppm")
        .args([
            "-r",
            &dpi.to_string(),
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&png)
        .status()
        .expect("run pdftoppm");
    assert!(drawn.success(), "pdftoppm failed on {}", pdf.display());
    let read = Command::new("tesseract")
        .arg(png.with_extension("png"))
        .arg("-")
        .output()
        .expect("run tesseract");
    String::from_utf8_lossy(&read.stdout).into_owned()
}
