//! Content as people write it elsewhere, on the `basic` fixture: links written as addresses, file
//! names from Macs and Windows, dotted slugs, languages with regions, heading links checked
//! against the page each reader gets, and the offline file holding every page at any depth.

use crate::support::Fixture;

fn page(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\nupdated = 2026-11-03\n+++\n\n{body}")
}

fn write(site: &Fixture, rel: &str, text: &str) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    std::fs::write(path, text).expect("write the page");
}

#[test]
fn links_written_as_addresses_reach_the_readers_page() {
    let site = Fixture::new("basic");
    let body = "[a](/asilo/) [b](../abogado/) [c](guias/mexico) [d](/kyr/es/asilo/index.html) \
                [e](/en/asylum/#qué-es-el-asilo) [f](./abogado#ayuda) [g](abogado)\n\n## Arriba\n";
    write(&site, "content/es/enlaces.md", &page("Enlaces", body));
    site.build();
    let html = site.read("es/enlaces/index.html");
    for href in [
        "href=../asilo/>a",
        "href=../abogado/>b",
        "href=../guias/mexico/>c",
        "href=../asilo/>d",
        "href=../abogado/#ayuda>f",
        "href=../abogado/>g",
    ] {
        assert!(html.contains(href), "{href} in {html}");
    }
    // Readers of K'iche' get the Spanish page, with links to their own language's addresses.
    let quc = site.read("quc/enlaces/index.html");
    assert!(quc.contains("href=../asilo/>a"), "{quc}");
}

#[test]
fn an_address_that_goes_nowhere_says_what_it_probably_meant() {
    let site = Fixture::new("basic");
    write(
        &site,
        "content/es/roto.md",
        &page("Roto", "Ver [asilo](/asilio/).\n"),
    );
    let run = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/es/roto.md:6:5: link to a page that does not exist: `/asilio/` (did you mean content/es/asilo.md?)"),
        "{stderr}"
    );
}

#[test]
fn file_names_from_any_machine_make_one_clean_address() {
    let site = Fixture::new("basic");
    // A Mac writes `niños` decomposed: n + combining tilde.
    write(
        &site,
        "content/es/nin\u{0303}os.md",
        &page("Nin\u{0303}os", "Texto.\n"),
    );
    write(
        &site,
        "content/es/guía de asilo.md",
        &page("Guía", "Texto.\n"),
    );
    let dotted =
        "+++\ntitle = \"Dominio\"\nslug = \"lencr.org\"\nupdated = 2026-11-03\n+++\nTexto.\n";
    write(&site, "content/es/dominio.md", dotted);
    let links =
        "[a](niños.md) [b](<guía de asilo.md>) [c](guía%20de%20asilo.md) [d](/es/lencr.org)\n";
    write(&site, "content/es/nombres.md", &page("Nombres", links));
    site.build();
    assert!(site.exists("es/niños/index.html"));
    assert!(
        site.read("es/niños/index.html").contains(">Niños</h1>"),
        "text is composed (NFC)"
    );
    assert!(site.exists("es/guía-de-asilo/index.html"));
    assert!(site.exists("es/lencr-org/index.html"));
    let html = site.read("es/nombres/index.html");
    // Markdown links are written percent-encoded, as browsers send them.
    let encoded = [
        "href=../ni%C3%B1os/>a",
        "href=../gu%C3%ADa-de-asilo/>b",
        "href=../gu%C3%ADa-de-asilo/>c",
    ];
    for href in encoded.into_iter().chain(["href=../lencr-org/>d"]) {
        assert!(html.contains(href), "{href} in {html}");
    }
    assert!(
        !site.read("sitemap.xml").contains("guía de"),
        "no raw space in an address"
    );
}

#[test]
fn a_file_name_that_cannot_be_an_address_says_how_to_fix_it() {
    let site = Fixture::new("basic");
    write(&site, "content/es/a#b.md", &page("A", "Texto.\n"));
    let run = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/es/a#b.md: the file name `a#b.md` contains `#`, which cannot be part of an address: rename the file, or give the page a `slug`"),
        "{stderr}"
    );
}

/// A link to a heading is checked against the page each reader gets: K'iche' readers of a
/// Spanish page get the K'iche' translation of the page it links to.
#[test]
fn heading_links_are_checked_against_the_page_each_reader_gets() {
    let site = Fixture::new("basic");
    write(
        &site,
        "content/es/enlace.md",
        &page("Enlace", "Ver [ayuda](abogado.md#ayuda).\n"),
    );
    let quc = "+++\ntitle = \"Abogado\"\nupdated = 2026-11-03\nreview = \"native-speaker\"\n+++\n\n## To'b'al\n";
    write(&site, "content/quc/abogado.md", quc);
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("warning: content/quc/abogado.md: no heading with the id `ayuda`, which content/es/enlace.md:6 links to (K'iche' readers get this page there)"),
        "{stderr}"
    );
    // In its own language the same link is an error.
    write(
        &site,
        "content/es/enlace.md",
        &page("Enlace", "Ver [ayuda](abogado.md#ayudas).\n"),
    );
    let run = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/es/enlace.md:6:5: `abogado.md#ayudas`: content/es/abogado.md has no heading with the id `ayudas` (did you mean `#ayuda`?)"),
        "{stderr}"
    );
}

#[test]
fn the_offline_file_holds_every_page_at_any_depth() {
    let site = Fixture::new("basic");
    write(
        &site,
        "content/es/guias/centro/oaxaca.md",
        &page("Oaxaca", "Ver [México](../mexico.md).\n"),
    );
    site.build();
    let offline = site.read("es/offline.html");
    let ids = [
        "p-index",
        "p-asilo",
        "p-abogado",
        "p-guias-mexico",
        "p-guias-centro-oaxaca",
    ];
    for id in ids {
        assert!(
            offline.contains(&format!("id={id}")),
            "{id} missing from the offline file"
        );
    }
    assert!(
        offline.contains("href=#p-guias-mexico"),
        "links point inside the file"
    );
}

/// An image from the site's root (the theme's `static/`) is linked from the root and published
/// once, inside the output folder. It was once also published at `//name`, which the writer
/// joined into a folder at the top of the file system.
#[test]
fn images_from_the_sites_root_stay_inside_the_output() {
    let site = Fixture::new("basic");
    let dir = "senda-test-static-7f3a";
    let png = std::fs::read(site.root.join("content/es/guias/mapa.png")).expect("an image");
    write_bytes(
        &site,
        &format!("themes/default/static/{dir}/logo.png"),
        &png,
    );
    let body = format!("![El logo](/{dir}/logo.png)\n");
    write(&site, "content/es/logo.md", &page("Logo", &body));
    site.build();
    assert!(site.exists(&format!("{dir}/logo.png")));
    let html = site.read("es/logo/index.html");
    assert!(
        html.contains(&format!("src=../../{dir}/logo.png")),
        "{html}"
    );
    assert!(
        !std::path::Path::new(&format!("/{dir}")).exists(),
        "written outside the output"
    );
}

fn write_bytes(site: &Fixture, rel: &str, bytes: &[u8]) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    std::fs::write(path, bytes).expect("write the file");
}

/// A photo straight from a phone is published fitted to the image budget, in its own format,
/// carried inside the offline file; an image that cannot be made small enough is left out of the
/// offline file, its alt text in its place. Fitted copies are kept for the next build.
#[test]
fn photos_are_fitted_to_the_budget_and_the_offline_file_stays_light() {
    use image::{DynamicImage, RgbImage};
    let site = Fixture::new("basic");
    let mut seed = 11u32;
    let mut noise = |w: u32, h: u32| {
        RgbImage::from_fn(w, h, |x, y| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            image::Rgb([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8])
        })
    };
    let photo = DynamicImage::from(noise(1800, 1200));
    let jpeg = site.root.join("content/es/foto.jpg");
    photo
        .save_with_format(&jpeg, image::ImageFormat::Jpeg)
        .expect("write the photo");
    // Transparent parts keep it a PNG, which noise leaves over the budget at any size.
    let png = site.root.join("content/es/ruido.png");
    let mut clear = image::RgbaImage::from(DynamicImage::from(noise(900, 600)).to_rgba8());
    clear.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
    DynamicImage::from(clear)
        .save_with_format(&png, image::ImageFormat::Png)
        .expect("write the picture");
    let body = "![Una foto](foto.jpg)\n\n![Ruido](ruido.png)\n";
    write(&site, "content/es/fotos.md", &page("Fotos", body));
    site.build();
    let published = std::fs::read(site.root.join("public/es/foto.jpg")).expect("published");
    assert!(published.len() <= 30 * 1024, "{} bytes", published.len());
    assert!(
        std::fs::metadata(&jpeg).map(|m| m.len()).unwrap_or(0) > 500_000,
        "the original is kept"
    );
    let html = site.read("es/fotos/index.html");
    let img = &crate::support::tags(&html, "img")[0];
    let width: u32 = img["width"].parse().unwrap_or(0);
    assert!((1..=1280).contains(&width), "the published size: {img:?}");
    let offline = site.read("es/offline.html");
    assert!(
        // The minifier quotes the address when it ends in `=`: either way is the photo.
        offline.contains("src=data:image/jpeg;base64,")
            || offline.contains("src=\"data:image/jpeg;base64,"),
        "the fitted photo is carried"
    );
    assert!(
        offline.contains("<em>Ruido</em>"),
        "the heavy picture is left out, named"
    );
    let kept = walkdir::WalkDir::new(site.root.join(".senda-cache/images"))
        .into_iter()
        .count();
    assert!(kept >= 2, "fitted copies are kept for the next build");
}

/// Callouts (blocks and `:::` boxes) travel in the text version meant for WhatsApp and SMS.
#[test]
fn callouts_and_boxes_travel_in_the_text_version() {
    let site = Fixture::new("basic");
    let body = "Texto.\n\n::: warning Cuidado\nNo firmes papeles que no entiendes.\n:::\n";
    write(&site, "content/es/cuidado.md", &page("Cuidado", body));
    site.build();
    let asilo = site.read("es/asilo/index.txt");
    assert!(
        asilo.contains("! Si estás en peligro ahora: Si estás en peligro, ve a un lugar seguro."),
        "{asilo}"
    );
    let cuidado = site.read("es/cuidado/index.txt");
    assert!(
        cuidado.contains("! Cuidado: No firmes papeles que no entiendes."),
        "{cuidado}"
    );
}
