//! Images as other sites publish them, on the `basic` fixture: a screenshot saved as PNG, an
//! animated GIF from a tutorial, a picture with transparent parts that no size brings within the
//! budget. Each is generated here, noise being the hardest case for a budget.

use image::{DynamicImage, Rgba, RgbaImage};

use crate::support::{Fixture, tags};

const BUDGET: usize = 30 * 1024;

fn noise(w: u32, h: u32, seed: u32) -> RgbaImage {
    let mut seed = seed;
    RgbaImage::from_fn(w, h, |x, y| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        Rgba([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8, 255])
    })
}

fn write(site: &Fixture, rel: &str, bytes: &[u8]) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    std::fs::write(path, bytes).expect("write the file");
}

fn png(image: RgbaImage) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    DynamicImage::from(image)
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode the PNG");
    out.into_inner()
}

fn page(site: &Fixture, name: &str, body: &str) {
    let text = format!("+++\ntitle = \"{name}\"\nupdated = 2026-11-03\n+++\n\n{body}\n");
    write(site, &format!("content/es/{name}.md"), text.as_bytes());
}

fn size(site: &Fixture, rel: &str) -> usize {
    std::fs::metadata(site.root.join("public").join(rel)).map_or(0, |m| m.len() as usize)
}

/// A screenshot saved as PNG (opaque, 1080×2130, like Soundscape's home screen) is published as
/// a JPEG within the budget, at a size a phone shows well, and the page shows that JPEG.
#[test]
fn a_photo_saved_as_png_is_published_as_jpeg_within_the_budget() {
    let site = Fixture::new("basic");
    write(&site, "content/es/pantalla.png", &png(noise(1080, 2130, 5)));
    page(&site, "pantalla", "![La pantalla de inicio](pantalla.png)");
    let out = site.build();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("weighs"), "{stderr}");
    let jpeg = size(&site, "es/pantalla.jpg");
    assert!((1..=BUDGET).contains(&jpeg), "{jpeg} bytes");
    assert!(
        !site.exists("es/pantalla.png"),
        "the heavy PNG is not published"
    );
    let html = site.read("es/pantalla/index.html");
    let img = &tags(&html, "img")[0];
    assert!(img["src"].ends_with("es/pantalla.jpg"), "{img:?}");
    let height: u32 = img["height"].parse().unwrap_or(0);
    assert!(
        height > 240,
        "larger than a PNG would have been kept: {img:?}"
    );
}

/// An animated GIF over the budget (a tutorial's, of megabytes) shows its first frame within the
/// budget, with a link under it to the animation that says what it weighs; the animation is
/// published as it is, behind that link, whether the page writes Markdown or an `<img>` tag.
#[test]
fn an_animation_shows_a_still_and_a_link_that_says_its_weight() {
    let site = Fixture::new("basic");
    let mut gif = Vec::new();
    {
        let mut encoder = image::codecs::gif::GifEncoder::new(&mut gif);
        for seed in [1, 2] {
            let frame = image::Frame::new(noise(400, 300, seed));
            encoder.encode_frame(frame).expect("encode a frame");
        }
    }
    assert!(gif.len() > BUDGET);
    write(&site, "content/es/grabar.gif", &gif);
    let body = "![Cómo grabar](grabar.gif)\n\n<div><img src=\"grabar.gif\" alt=\"Otra vez\"></div>";
    page(&site, "grabar", body);
    let out = site.build();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("weighs"), "{stderr}");
    let still = size(&site, "es/grabar.still.jpg");
    assert!((1..=BUDGET).contains(&still), "{still} bytes");
    let published = std::fs::read(site.root.join("public/es/grabar.gif")).expect("published");
    assert_eq!(published, gif, "the animation, as it is");
    let html = site.read("es/grabar/index.html");
    let imgs = tags(&html, "img");
    assert_eq!(imgs.len(), 2, "{html}");
    assert!(
        imgs.iter()
            .all(|i| i["src"].ends_with("es/grabar.still.jpg")),
        "{imgs:?}"
    );
    // Under a megabyte, in KB: "0.2 MB" would tell a family less.
    let mb = format!("{}\u{a0}KB", gif.len().div_ceil(1024));
    let links: Vec<_> = tags(&html, "a")
        .into_iter()
        .filter(|a| a.get("href").is_some_and(|h| h.ends_with("es/grabar.gif")))
        .collect();
    assert_eq!(links.len(), 2, "one link under each still: {html}");
    assert!(html.contains(&format!("({mb})")), "its weight: {html}");
    // Offline copies carry the still and link to the animation on the web.
    let offline = site.read("es/offline.html");
    assert!(
        offline.contains("https://example.test/kyr/es/grabar.gif"),
        "{offline}"
    );
    let zip = std::fs::read(site.root.join("public/es/site-es.zip")).expect("the zip");
    assert!(zip.len() < gif.len(), "the animation stays out of the zip");
}

/// A picture with transparent parts stays PNG, and noise keeps it over the budget at any size:
/// `check` and `build` both warn (the page still works), and say what senda did and what to do,
/// never to save as PNG what is a PNG.
#[test]
fn an_image_that_cannot_be_fitted_is_a_true_warning_in_check_and_build_alike() {
    let site = Fixture::new("basic");
    let mut badge = noise(600, 600, 9);
    badge.put_pixel(0, 0, Rgba([0, 0, 0, 0]));
    write(&site, "content/es/insignia.png", &png(badge));
    page(&site, "insignia", "![La insignia](insignia.png)");
    let check = site.run(&["check"]);
    let checked = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    let said = "warning: content/es/insignia.png: this image weighs";
    assert!(checked.contains(said), "{checked}");
    assert!(
        !checked.contains("error: content/es/insignia.png"),
        "{checked}"
    );
    let out = site.build();
    let built = String::from_utf8_lossy(&out.stderr);
    assert!(built.contains(said), "{built}");
    for text in [&checked, &built.to_string()] {
        assert!(
            text.contains("it has transparent parts, so it stays PNG"),
            "{text}"
        );
        assert!(!text.contains("save it as JPEG or PNG"), "{text}");
    }
    assert!(site.exists("es/insignia.png"));
}
