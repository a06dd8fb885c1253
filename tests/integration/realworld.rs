//! Excerpts of real public multilingual sites nobody on the team wrote (opensource.guide, the
//! VitePress docs, Chicago Tenants, Let's Encrypt; see tests/fixtures/realworld/SOURCES.md): they build with no
//! error, and the patterns those sites use come out as their readers expect.

use crate::support::Fixture;

#[test]
fn real_sites_excerpts_build_as_their_readers_expect() {
    let site = Fixture::new("realworld");
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    // Only what the sanitiser takes out is reported (six remote avatars and one <label>).
    assert_eq!(stderr.matches("warning: ").count(), 7, "{stderr}");
    assert!(
        stderr.contains("content/be/how-to-contribute.md:45:3: the `<label>` element is taken out"),
        "{stderr}"
    );

    // Chicago Tenants' hotline is a Liquid include drawing a button: it is the link it draws.
    let en = site.read("en/index.html");
    assert!(
        en.contains("<a href=tel:+17736578700>Call our hotline at 773-657-8700</a>"),
        "{en}"
    );

    // Links written as site addresses, relative to the page's address or its file.
    assert!(
        en.contains("href=organizations/>community organizations"),
        "{en}"
    );
    let legal = site.read("es/legal/index.html");
    assert!(legal.contains("<a href=../notices/>aviso legal"), "{legal}");
    let community = site.read("es/building-community/index.html");
    assert!(
        community.contains("href=../code-of-conduct/#aplicando-tu-c%C3%B3digo-de-conducta"),
        "{community}"
    );
    assert!(
        site.read("es/code-of-conduct/index.html")
            .contains("<h2 id=aplicando-tu-código-de-conducta>")
    );
    let fa = site.read("fa/guide/migration-from-vuepress/index.html");
    assert!(fa.contains("href=../asset-handling/#base-url"), "{fa}");
    assert_eq!(
        fa.matches("<h1").count(),
        1,
        "a page that starts with its own title shows it once"
    );

    // Let's Encrypt links to a post by its old Hugo address; the post lists it in `aliases`: the
    // link reaches the post, and the old address sends browsers on.
    let faq = site.read("en/docs/faq/index.html");
    assert!(
        faq.contains("href=../../post/2015-11-09-why-90-days/>here"),
        "{faq}"
    );
    let old = site.read("2015/11/09/why-90-days/index.html");
    assert!(
        old.contains("url=../../../../en/post/2015-11-09-why-90-days/")
            && old.contains("<a href=../../../../en/post/2015-11-09-why-90-days/>"),
        "{old}"
    );

    // ::: containers.
    let markdown = site.read("en/guide/markdown/index.html");
    assert!(
        markdown.contains("<summary><strong>Click me to toggle the code</strong></summary>"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "class=\"callout danger\" role=alert><p class=callout-title><strong>STOP</strong>"
        ),
        "{markdown}"
    );

    // kramdown's markdown="1" blocks, right to left.
    let ar = site.read("ar/code-of-conduct/index.html");
    assert!(ar.contains("<div dir=rtl><h2 id="), "{ar}");
    assert!(
        !ar.contains("](http"),
        "no Markdown link left as text: {ar}"
    );

    // A Persian heading id made the way the site's own tools make it (the ZWNJ dropped).
    let persian = site.read("fa/starting-a-project/index.html");
    assert!(
        persian.contains("id=آیا-پروژهای-متن-باز-مجانی--رایگان-هستند"),
        "{persian}"
    );

    // An anchor made in raw HTML survives, and nothing is requested from another site.
    assert!(
        site.read("be/how-to-contribute/index.html")
            .contains("name=checklist-before-taking-part")
    );
    for page in [
        "fa/starting-a-project/index.html",
        "en/building-community/index.html",
    ] {
        assert!(
            !site.read(page).contains("avatars.githubusercontent"),
            "{page}"
        );
    }
}
