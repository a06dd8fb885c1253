//! The media of the real sites' excerpts: animated GIFs, photographs and videos, as issue 27's
//! rules say a family on prepaid data should get them.

use super::{built, hrefs_of, published, statics, target, visible};
use crate::support;

#[test]
fn animated_gif_is_a_still_with_a_link_to_the_animation() {
    let (site, _) = built();
    let budget = 30 * 1024;
    // The fixture's GIF (two frames) is over the image budget, so the rule has work to do.
    let gif = std::fs::read(statics().join("img/getting-started/android/find-tella.gif"))
        .expect("the fixture's GIF");
    assert!(gif.len() > budget && gif.starts_with(b"GIF89a"));

    // Issue 27: "animated GIF → still under budget + link to the animation". Tella writes
    // `<img src={require('@site/static/img/getting-started/android/find-tella.gif').default} …/>`
    // (the MDX pass makes it `/img/getting-started/android/find-tella.gif`).
    let page = "en/get-started-android/index.html";
    let html = site.read(page);
    let stills: Vec<String> = support::tags(&html, "img")
        .into_iter()
        .filter(|img| {
            img.get("alt")
                .is_some_and(|a| a.contains("gif that shows how to download Tella"))
        })
        .filter_map(|img| img.get("src").cloned())
        .collect();
    assert_eq!(stills.len(), 1, "one picture where the GIF was:\n{html}");
    // The page shows a still, not the animation…
    assert!(
        !stills[0].to_ascii_lowercase().ends_with(".gif"),
        "the animation itself is shown: {}",
        stills[0]
    );
    let still = target(page, &stills[0]).unwrap_or_default();
    let bytes = published(site, &still).unwrap_or_default();
    assert!(
        !bytes.is_empty() && bytes.len() <= budget,
        "the still `{still}` is missing or over budget ({} bytes)",
        bytes.len()
    );
    // …and a link to the animation, which is published.
    let animations: Vec<String> = support::tags(&html, "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
        .filter(|h| h.ends_with("find-tella.gif"))
        .collect();
    assert!(!animations.is_empty(), "no link to the animation:\n{html}");
    for href in &animations {
        let file = target(page, href).unwrap_or_default();
        assert!(
            published(site, &file).is_some_and(|b| b.starts_with(b"GIF8")),
            "the animation `{href}` is not published"
        );
    }
}

#[test]
fn photo_without_transparency_is_a_jpeg() {
    let (site, _) = built();
    let budget = 30 * 1024;
    // The fixture's screenshot is an opaque PNG (colour type 2, RGB, no alpha), 1080×2130, 336 KB.
    let png = std::fs::read(statics().join("documentationScreens/homeScreen.png"))
        .expect("the fixture's screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.get(25) == Some(&2) && png.len() > budget);

    // Issue 27: "photos without transparency → JPEG". Soundscape writes
    // `<img src="{{ "/documentationScreens/homeScreen.png" | relative_url }}" width="200" alt=…>`.
    // Urdu shows the English page, and the same picture.
    for lang in ["en", "ur"] {
        let page = format!("{lang}/testing/test-instructions/index.html");
        let html = site.read(&page);
        let srcs: Vec<String> = support::tags(&html, "img")
            .into_iter()
            .filter(|img| {
                img.get("alt")
                    .is_some_and(|a| a == "Screenshot of the Soundscape home screen")
            })
            .filter_map(|img| img.get("src").cloned())
            .collect();
        assert_eq!(srcs.len(), 1, "one screenshot in {page}:\n{html}");
        let file = target(&page, &srcs[0]).unwrap_or_default();
        let bytes = published(site, &file).unwrap_or_default();
        assert!(
            bytes.starts_with(&[0xFF, 0xD8, 0xFF]) && bytes.len() <= budget,
            "{page}: `{}` is not a JPEG under budget ({} bytes)",
            srcs[0],
            bytes.len()
        );
    }
}

#[test]
fn video_iframe_is_a_link_to_watch_it() {
    let (site, _) = built();
    // Issue 27: "video iframe → a link 'Watch the video: <title>'". Tella's Burmese page has a
    // Vimeo `<iframe … title="…">` under each heading.
    let page = "my/video-tutorials/index.html";
    let html = site.read(page);
    assert!(!html.contains("<iframe"), "{html}");
    // The words come from the interface strings (locales/my is a copy of senda's English file).
    assert!(visible(&html).contains("Watch the video"), "{html}");
    for (video, title) in [
        ("817029481", "Find and download Tella from the Play Store"),
        ("817029578", "Manual installation of Tella"),
        ("817029634", "Tella Locks"),
    ] {
        let links = hrefs_of(&html, title);
        assert!(
            links
                .iter()
                .any(|h| h.contains("vimeo.com/") && h.contains(video)),
            "no link `{title}` to video {video}: {links:?}\n{html}"
        );
    }
}
