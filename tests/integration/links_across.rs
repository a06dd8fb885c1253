//! Links as sites made with MkDocs, Jekyll and Docusaurus write them (issue 27), on the fixture
//! `links-across`: between languages, to the folder of files every language shares, to a page
//! with problems of its own, and to addresses that no page of the site has.

use crate::support::{Fixture, tags};

fn write(site: &Fixture, rel: &str, text: &str) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    std::fs::write(path, text).expect("write the file");
}

fn page(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\nupdated = 2026-11-29\n+++\n{body}")
}

/// Where the links of a built page's main text go, in order.
fn hrefs(site: &Fixture, rel: &str) -> Vec<String> {
    let html = site.read(rel);
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>");
    tags(&html[start..end], "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
        .filter(|href| !href.contains(':') && href != "text.html")
        .collect()
}

/// `senda check`'s report, and whether it passed.
fn check(site: &Fixture) -> (String, bool) {
    let out = site.run(&["check"]);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.success(),
    )
}

/// `./ar/` on the English home page and `../` on the Arabic one were read in the reader's own
/// language: each reached its own page, and nobody was told.
#[test]
fn a_link_that_names_another_language_reaches_that_language() {
    let site = Fixture::new("links-across");
    site.build();
    // `./`, `./ar/`, `steps.md`, `/contact-us`.
    assert_eq!(
        hrefs(&site, "en/index.html"),
        ["./", "../ar/", "steps/", "../contact-us"]
    );
    // `../` above a language's home is the first language's home, as MkDocs sites mean it.
    assert_eq!(
        hrefs(&site, "ar/index.html"),
        ["../en/", "./", "steps/", "../contact-us"]
    );
    // `../ar/steps/` and `../` from `/en/steps/`, by the page's address.
    assert_eq!(
        hrefs(&site, "en/steps/index.html"),
        ["../../ar/steps/", "../", "../../contact-us#form"]
    );
    // `/en/steps/`, a language named from the root.
    assert_eq!(
        hrefs(&site, "ar/steps/index.html"),
        ["../../en/steps/", "../"]
    );
    // Without a home page in the first language, `../` above a language is the home senda makes.
    std::fs::remove_file(site.root.join("content/en/index.md")).expect("remove the home page");
    let steps = page("First steps", "Read this [in Arabic](../ar/steps/).\n");
    write(&site, "content/en/steps.md", &steps);
    site.build();
    assert_eq!(
        hrefs(&site, "ar/index.html"),
        ["../en/", "./", "steps/", "../contact-us"]
    );
    // A language that is not there is a page that does not exist, in that language.
    write(
        &site,
        "content/en/steps.md",
        &page("First steps", "[Persian](../fa/steps/)\n"),
    );
    let (report, passed) = check(&site);
    assert!(!passed);
    assert!(
        report.contains(
            "content/en/steps.md:5:1: link to a page that does not exist: `../fa/steps/`"
        ),
        "{report}"
    );
}

/// `content/assets/` was "not a language", and `../assets/x.png` from `content/ar/index.md`
/// pointed "outside the content folder": one folder now holds what every language shows.
#[test]
fn one_folder_holds_the_files_every_language_shares() {
    use image::{DynamicImage, RgbImage};
    let site = Fixture::new("links-across");
    // A photo straight from a phone, shown from both languages: fitted like any other.
    let mut seed = 7u32;
    let photo = RgbImage::from_fn(1600, 1000, |x, y| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        image::Rgb([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8])
    });
    DynamicImage::from(photo)
        .save_with_format(
            site.root.join("content/assets/photo.jpg"),
            image::ImageFormat::Jpeg,
        )
        .expect("write the photo");
    write(
        &site,
        "content/en/photo.md",
        &page("Photo", "![A street](../assets/photo.jpg)\n"),
    );
    write(
        &site,
        "content/ar/photo.md",
        &page("صورة", "![شارع](/assets/photo.jpg)\n"),
    );
    std::fs::copy(
        site.root.join("content/assets/badge.png"),
        site.root.join("content/assets/unused.png"),
    )
    .expect("copy the badge");
    let out = site.build();
    let published = std::fs::read(site.root.join("public/assets/photo.jpg")).expect("published");
    assert!(published.len() <= 30 * 1024, "{} bytes", published.len());
    assert!(site.exists("assets/badge.png"));
    for (rel, src) in [
        ("en/index.html", "../assets/badge.png"),
        ("ar/index.html", "../assets/badge.png"),
        ("en/steps/index.html", "../../assets/badge.png"),
        ("ar/photo/index.html", "../../assets/photo.jpg"),
    ] {
        let img = &tags(&site.read(rel), "img")[0];
        assert_eq!(img["src"], src, "{rel}");
    }
    // A shared file no page shows is not published, like a language's.
    assert!(!site.exists("assets/unused.png"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/assets/unused.png: no page links to or shows this file, so it is not published: link it from a page (`[unused.png](/assets/unused.png)` in a page of content/en/)"),
        "{stderr}"
    );
}

/// What is in the wrong place names the folder for shared files.
#[test]
fn files_in_the_wrong_place_are_told_where_shared_files_go() {
    let site = Fixture::new("links-across");
    write(&site, "content/images/map.png", "not read");
    write(
        &site,
        "content/assets/page.md",
        &page("Not here", "Text.\n"),
    );
    write(&site, "themes/default/static/assets/badge.png", "theirs");
    write(
        &site,
        "content/ar/steps.md",
        &page("الخطوات", "![خريطة](../images/map.png)\n"),
    );
    let (report, passed) = check(&site);
    assert!(!passed);
    for expected in [
        "content/images: the folder `images` is not a language declared in senda.toml; add it to [[languages]] or rename it. Files that every language shares (images, documents) go in content/assets/, published at /assets/",
        "content/ar/steps.md:5:1: `../images/map.png` points outside its language's folder: files that every language shares go in content/assets/",
        "content/assets/page.md: content/assets/ holds the files that every language shares, not pages",
        "content/assets/badge.png: this file and themes/default/static/assets/badge.png would both be published at /assets/badge.png",
    ] {
        assert!(
            report.contains(expected),
            "expected `{expected}` in:\n{report}"
        );
    }
}

/// A page whose image was missing was left out of the site as it loaded: every link to it was
/// "a page that does not exist" (with a wrong "did you mean"), and its own broken links were
/// reported only once the image was mended.
#[test]
fn a_page_with_problems_of_its_own_is_still_a_page_and_all_are_told_at_once() {
    let site = Fixture::new("links-across");
    let body = "![A map](map.png)\n\nRead [the rules](/rules/).\n";
    write(&site, "content/en/steps.md", &page("First steps", body));
    // A page whose front matter cannot be read is there too: it is reported in its own file.
    let broken = "+++\ntitle = \"الخطوات\"\nupdatd = 2026-11-29\n+++\nنص.\n";
    write(&site, "content/ar/steps.md", broken);
    let (report, passed) = check(&site);
    assert!(!passed);
    assert!(
        report.contains("content/en/steps.md:5:1: the image `map.png` does not exist"),
        "{report}"
    );
    assert!(
        report.contains("content/en/steps.md:7:6: link to a page that does not exist: `/rules/`"),
        "{report}"
    );
    assert!(report.contains("content/ar/steps.md:3:1"), "{report}");
    // `steps.md` from both homes, `../ar/steps/` from the English page: all reach their page.
    assert!(!report.contains("`steps.md`"), "{report}");
    assert!(!report.contains("`../ar/steps/`"), "{report}");
    assert!(report.ends_with("3 errors, 0 warnings\n"), "{report}");
}

/// One address linked from every page (Tella's `/contact-us`, a page Docusaurus makes from a
/// React file) gave one error per link: it is one error, listing where it is linked; and
/// `[links] served_elsewhere` says that another program serves it.
#[test]
fn one_missing_address_is_one_error_unless_another_program_serves_it() {
    let site = Fixture::new("links-across");
    let (report, passed) = check(&site);
    assert!(passed, "{report}");
    assert!(!report.contains("contact-us"), "{report}");
    let config = std::fs::read_to_string(site.root.join("senda.toml")).expect("senda.toml");
    let without = config.replace("served_elsewhere = [\"/contact-us\"]", "");
    std::fs::write(site.root.join("senda.toml"), without).expect("write senda.toml");
    let (report, passed) = check(&site);
    assert!(!passed);
    assert!(
        report.contains("error: content/ar/index.md:14:38: link to a page that does not exist: `/contact-us`; the same address is linked 3 times from 3 pages, also at content/en/index.md:14, content/en/steps.md:7. If another program serves this address (a form, a search page), list it in senda.toml: `served_elsewhere = [\"/contact-us\"]` under `[links]`"),
        "{report}"
    );
    assert!(report.ends_with("1 error, 0 warnings\n"), "{report}");
    let wrong = config.replace("\"/contact-us\"", "\"contact-us\"");
    std::fs::write(site.root.join("senda.toml"), wrong).expect("write senda.toml");
    let (report, _) = check(&site);
    assert!(
        report.contains("senda.toml:17:21: `contact-us` in `served_elsewhere` is not an address of the site: write it from the site's root, starting with one `/`, like `/contact-us`"),
        "{report}"
    );
}
