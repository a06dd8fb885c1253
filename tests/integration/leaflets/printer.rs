//! What a printer and a print shop get from the leaflets: the hints written into each PDF (no
//! scaling, both sides flipped on the short edge), the print shop's sheets with bleed and a trim
//! box, and the pictograms a theme may leave out.

use super::designed::{fold_marks, pages};
use super::{field, tool};
use crate::support::{Fixture, example, picture};

/// The PDFs ask the printer for what makes them fold right: no scaling, and for sheets printed on
/// both sides, duplex flipped on the short edge. The request is an incremental update of the
/// file as typst wrote it, whose cross-reference points where the catalogue is written again
/// (poppler repairs wrong ones without a word, so the offsets are read here).
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn pdfs_ask_for_both_sides_and_no_scaling() {
    let (public, _) = example();
    for (file, duplex) in [
        ("es/leaflets/pedir-proteccion-trifold-a4.pdf", true),
        ("es/leaflets/pedir-proteccion-booklet-letter.pdf", true),
        ("es/leaflets/pedir-proteccion-card-a4.pdf", true),
        ("es/leaflets/pedir-proteccion-poster-a3.pdf", false),
    ] {
        let pdf = public.join(file);
        let bytes = std::fs::read(&pdf).unwrap_or_default();
        let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(2000)..]).into_owned();
        assert!(tail.contains("/PrintScaling/None"), "{file}: {tail}");
        assert_eq!(
            tail.contains("/Duplex/DuplexFlipShortEdge"),
            duplex,
            "{file}: {tail}"
        );
        let out = std::process::Command::new("pdfinfo").arg(&pdf).output();
        let out = out.map(|o| {
            (
                o.status.success(),
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        });
        let (ok, stderr) = out.unwrap_or((false, String::new()));
        // typst's own marked-content flag draws a notice from poppler; nothing else may.
        let other: Vec<&str> = stderr.lines().filter(|l| !l.contains("Suspects")).collect();
        assert!(ok && other.is_empty(), "{file}: {stderr}");
        assert!(pages(&pdf) >= 1, "{file}");
    }
}

/// With `[outputs] press = true`, a print shop gets each trifold, booklet and poster again with
/// 3 mm of bleed on every side and a trim box at the sheet's edge (typst writes it), without the
/// marks an office printer needs; cards stay the office's sheet.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn a_print_shop_gets_sheets_with_bleed_and_a_trim_box() {
    let site = Fixture::new("leaflets");
    let toml = site.root.join("senda.toml");
    let config = std::fs::read_to_string(&toml).unwrap_or_default();
    std::fs::write(
        &toml,
        config.replace("[outputs]\n", "[outputs]\npress = true\n"),
    )
    .expect("write");
    site.build();
    let dir = site.root.join("public/es/leaflets");
    let bleed = 3.0 * 72.0 / 25.4;
    for (file, (w, h)) in [
        ("corto-trifold-a4-press.pdf", (841.89, 595.276)),
        ("derechos-booklet-letter-press.pdf", (792.0, 612.0)),
        ("corto-poster-a3-press.pdf", (841.89, 1190.55)),
    ] {
        let out = std::process::Command::new("pdfinfo")
            .args(["-box"])
            .arg(dir.join(file))
            .output();
        let boxes = out
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let numbers = |name: &str| -> Vec<f64> {
            field(&boxes, name)
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        };
        let (media, trim) = (numbers("MediaBox"), numbers("TrimBox"));
        let near = |a: &[f64], b: [f64; 4]| {
            a.len() == 4 && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.05)
        };
        assert!(
            near(&media, [0.0, 0.0, w + 2.0 * bleed, h + 2.0 * bleed]),
            "{file}:\n{boxes}"
        );
        assert!(
            near(&trim, [bleed, bleed, w + bleed, h + bleed]),
            "{file}:\n{boxes}"
        );
    }
    // The office's sheet has its fold marks; the press sheet leaves them to the print shop.
    assert!(
        fold_marks(&dir.join("corto-trifold-a4.pdf"), 2)
            .iter()
            .all(Option::is_some)
    );
    assert!(!dir.join("corto-card-a4-press.pdf").exists());
    assert!(site.read("es/corto/index.html").contains("para imprenta"));
}

/// Pictograms (public-domain OCHA icons, as vectors) stand beside numbers and warnings: on the
/// back of a trifold, the phone's pictogram is drawn just before the label "Teléfono", and a theme
/// with `icons = false` leaves that place to the contact's frame alone.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn pictograms_stand_beside_numbers_and_a_theme_can_leave_them_out() {
    let ink = |icons: bool| {
        let site = Fixture::new("leaflets");
        if !icons {
            let look = site.root.join("themes/default/leaflets.toml");
            let before = std::fs::read_to_string(&look).unwrap_or_default();
            std::fs::write(&look, format!("{before}\nicons = false\n")).expect("write");
        }
        site.build();
        let pdf = site.root.join("public/es/leaflets/corto-trifold-a4.pdf");
        let html = tool("pdftotext", &["-bbox", "-f", "1", "-l", "1"], &pdf);
        let word = html.split("<word ").find(|w| w.contains(">Teléfono:<"));
        let get = |k: &str| -> f64 {
            let at = word.and_then(|w| w.split(&format!("{k}=\"")).nth(1));
            at.and_then(|v| v.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0.0)
        };
        let px = |pt: f64| (pt * 100.0 / 72.0) as usize;
        let (w, _, grey) = picture(&pdf, 1, 100);
        // The 4 mm before the label, over its height.
        let (x0, x1) = (px(get("xMin") - 11.3), px(get("xMin")));
        let dark = (px(get("yMin"))..px(get("yMax")))
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| grey[y * w + x] < 128)
            .count();
        (word.is_some(), dark)
    };
    let (with, without) = (ink(true), ink(false));
    assert!(
        with.0 && without.0,
        "the label is printed: {with:?} {without:?}"
    );
    // Without the pictogram, only the contact's frame crosses that place.
    assert!(
        with.1 > without.1 + 40,
        "dark pixels before the label: {with:?} {without:?}"
    );
}
