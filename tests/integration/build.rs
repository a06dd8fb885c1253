//! A good site: what `senda build` writes, language by language.

use std::collections::BTreeSet;

use crate::support::{Fixture, html_lang_dir, tags, text};

#[test]
fn every_page_is_written_in_every_language_with_lang_and_dir() {
    let site = Fixture::built("basic");
    for (path, lang, dir) in [
        ("es/index.html", "es", "ltr"),
        ("en/asylum/index.html", "en", "ltr"),
        ("fr/asile/index.html", "fr", "ltr"),
        ("ht/asile/index.html", "ht", "ltr"),
        ("quc/asilo/index.html", "quc", "ltr"),
        ("ar/index.html", "ar", "rtl"),
        ("ar/asylum/index.html", "ar", "rtl"),
        ("es/guias/mexico/index.html", "es", "ltr"),
        ("quc/guias/mexico/index.html", "quc", "ltr"),
    ] {
        let html = site.read(path);
        assert_eq!(
            html_lang_dir(&html),
            (lang.to_string(), dir.to_string()),
            "{path}"
        );
    }
    assert!(
        !site.exists("es/borrador/index.html"),
        "drafts are not published"
    );
    assert_eq!(
        site.read("es/guias/mapa.txt"),
        "un mapa\n",
        "content files are published beside pages"
    );
}

#[test]
fn untranslated_pages_say_so_in_the_readers_language_and_keep_their_real_lang() {
    let site = Fixture::built("basic");
    // quc has no notice of its own: the message falls back to Spanish, the content is Spanish.
    let quc = site.read("quc/asilo/index.html");
    assert!(
        text(&quc).contains(
            "Esta página todavía no está traducida a tu idioma. La mostramos en Español."
        )
    );
    let article = &tags(&quc, "article")[0];
    assert_eq!(
        (
            article["lang"].as_str(),
            article.get("dir").map(String::as_str)
        ),
        ("es", Some("ltr"))
    );
    // An RTL reader gets English text, marked as English and left-to-right inside the RTL page.
    let ar = site.read("ar/asylum/index.html");
    assert!(
        text(&ar)
            .contains("This page is not translated into your language yet. We show it in English.")
    );
    let article = &tags(&ar, "article")[0];
    assert_eq!(
        (article["lang"].as_str(), article["dir"].as_str()),
        ("en", "ltr")
    );
    // ht falls back to French before English.
    let ht = site.read("ht/asile/index.html");
    assert_eq!(tags(&ht, "article")[0]["lang"], "fr");
    assert!(
        text(&ht).contains("We show it in Français."),
        "notice from en, the first in ht's chain that has it"
    );
    // A translated page carries no notice.
    assert!(!text(&site.read("en/lawyer/index.html")).contains("not translated"));
}

#[test]
fn hreflang_alternates_name_real_translations_and_x_default() {
    let site = Fixture::built("basic");
    let html = site.read("es/asilo/index.html");
    let alternates: BTreeSet<(String, String)> = tags(&html, "link")
        .into_iter()
        .filter(|l| l.get("rel").map(String::as_str) == Some("alternate"))
        .map(|l| (l["hreflang"].clone(), l["href"].clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("es", "https://example.test/kyr/es/asilo/"),
        ("en", "https://example.test/kyr/en/asylum/"),
        ("fr", "https://example.test/kyr/fr/asile/"),
        ("x-default", "https://example.test/kyr/es/asilo/"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(alternates, expected);
    // An untranslated copy points search engines at the real page.
    let quc = site.read("quc/asilo/index.html");
    let canonical: Vec<_> = tags(&quc, "link")
        .into_iter()
        .filter(|l| l["rel"] == "canonical")
        .collect();
    assert_eq!(canonical[0]["href"], "https://example.test/kyr/es/asilo/");

    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains(
            "<loc>https://example.test/kyr/en/asylum/</loc><lastmod>2026-11-02</lastmod>"
        )
    );
    assert!(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.test/kyr/fr/asile/\"/>"));
    assert!(
        !sitemap.contains("/ht/"),
        "untranslated copies are not in the sitemap"
    );
}

#[test]
fn the_language_switcher_links_the_same_page_by_endonym() {
    let site = Fixture::built("basic");
    let html = site.read("en/asylum/index.html");
    let links: Vec<(String, String)> = tags(&html, "a")
        .into_iter()
        .filter(|a| a.contains_key("hreflang"))
        .map(|a| (a["hreflang"].clone(), a["href"].clone()))
        .collect();
    assert_eq!(
        links,
        [
            ("es", "../../es/asilo/"),
            ("fr", "../../fr/asile/"),
            ("ht", "../../ht/asile/"),
            ("quc", "../../quc/asilo/"),
            ("ar", "../../ar/asylum/"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(text(&html).contains("العربية") && text(&html).contains("K'iche'"));
}

#[test]
fn links_between_pages_are_rewritten_for_the_readers_language() {
    let site = Fixture::built("basic");
    let hrefs = |path: &str| -> Vec<String> {
        let html = site.read(path);
        let article = &html
            [html.find("<article").unwrap_or(0)..html.find("</article>").unwrap_or(html.len())];
        tags(article, "a")
            .into_iter()
            .filter_map(|a| a.get("href").cloned())
            .collect()
    };
    assert_eq!(hrefs("es/index.html"), ["asilo/", "guias/mexico/"]);
    assert_eq!(hrefs("en/index.html"), ["asylum/", "guias/mexico/"]);
    assert_eq!(hrefs("en/asylum/index.html"), ["../lawyer/#ayuda"]);
    // Spanish text shown to a K'iche' reader links to the K'iche' pages.
    assert!(hrefs("quc/asilo/index.html").contains(&"../abogado/#ayuda".to_string()));
    assert_eq!(
        hrefs("es/guias/mexico/index.html"),
        ["../../asilo/", "../../../es/guias/mapa.txt"]
    );
    let es = site.read("es/asilo/index.html");
    assert!(
        es.contains("href=tel:+12025550199") || es.contains("href=\"tel:+12025550199\""),
        "{es}"
    );
}

#[test]
fn kiche_apostrophes_survive_markdown_and_minifying() {
    let site = Fixture::built("basic");
    let quc = site.read("quc/index.html");
    assert!(
        text(&quc).contains("Ri ak'al k'o pa ri b'e. Ch'aqap tzij: kʼo jun asilo."),
        "{quc}"
    );
    assert!(!quc.contains("ak’al") && !quc.contains("b’e"));
    let en = site.read("en/index.html");
    assert!(
        text(&en).contains("don’t miss"),
        "English keeps typographic apostrophes"
    );
}

#[test]
fn plural_messages_work_in_languages_cldr_does_not_know() {
    let site = Fixture::built("basic");
    let heading = |path: &str| {
        let html = site.read(path);
        let start = html.find("<h2>").map_or(0, |i| i + 4);
        text(&html[start..start + html[start..].find("</h2>").unwrap_or(0)])
    };
    assert_eq!(heading("quc/index.html"), "3 (quc)");
    assert_eq!(heading("es/index.html"), "3 temas");
    assert_eq!(
        heading("ht/index.html"),
        "3 sujets",
        "ht borrows fr's strings through its chain"
    );
}

#[test]
fn notices_for_drafted_and_stale_translations() {
    let site = Fixture::built("basic");
    assert!(text(&site.read("quc/index.html")).contains("Esta traducción es un borrador."));
    assert!(
        text(&site.read("en/asylum/index.html")).contains("This translation may be out of date.")
    );
    assert!(!text(&site.read("en/lawyer/index.html")).contains("out of date"));
}

#[test]
fn every_page_says_when_it_was_reviewed_and_that_it_is_not_legal_advice() {
    let site = Fixture::built("basic");
    let es = text(&site.read("es/asilo/index.html"));
    assert!(
        es.contains("Revisado por última vez: 2 de noviembre de 2026"),
        "{es}"
    );
    assert!(es.contains("no es asesoría legal"));
    let en = text(&site.read("en/lawyer/index.html"));
    assert!(en.contains("Last reviewed: November 3, 2026") && en.contains("not legal advice"));
}

#[test]
fn language_picker_and_404_pages() {
    let site = Fixture::built("basic");
    let picker = site.read("index.html");
    let choices: Vec<(String, String)> = tags(&picker, "a")
        .into_iter()
        .map(|a| (a["lang"].clone(), a["href"].clone()))
        .collect();
    assert_eq!(choices.len(), 6);
    assert!(choices.contains(&("ar".into(), "ar/".into())));
    assert!(text(&picker).contains("Kreyòl ayisyen"));
    assert!(!picker.contains("<script"), "no JavaScript, no redirect");
    assert!(!picker.contains("http-equiv"), "no automatic redirect");
    for lang in ["es", "en", "fr", "ht", "quc", "ar"] {
        let page = site.read(&format!("{lang}/404.html"));
        assert_eq!(html_lang_dir(&page).0, lang);
        // Served at any depth, so its links start from the base path.
        assert!(
            tags(&page, "a")
                .iter()
                .any(|a| a["href"] == format!("/kyr/{lang}/")),
            "{page}"
        );
    }
    assert!(site.exists("404.html"));
}

#[test]
fn base_url_can_be_overridden_and_output_moved() {
    let site = Fixture::new("basic");
    let out = site.root.join("elsewhere");
    let run = site.run(&[
        "build",
        "--base-url",
        "https://preview.test/",
        "--output",
        out.to_str().unwrap_or(""),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(out.join("es/asilo/index.html"))
        .expect("read a file the test needs");
    assert!(html.contains("https://preview.test/es/asilo/"));
}

/// An address from the command line is checked like the one in senda.toml: it goes into every
/// canonical link, sitemap entry and printed QR code.
#[test]
fn a_bad_base_url_on_the_command_line_is_refused() {
    let site = Fixture::built("basic");
    let before = site.snapshot();
    for bad in [
        "ftp://example.test/",
        "example.test",
        "https://example.test/a b/",
    ] {
        let run = site.run(&["build", "--base-url", bad]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{bad}: {stderr}");
        assert!(stderr.contains("--base-url: base_url"), "{bad}: {stderr}");
        assert_eq!(
            site.snapshot(),
            before,
            "{bad}: the previous output changed"
        );
    }
}

/// A heading inside a callout gets an id like any other, and links to it are checked against
/// that same id (the anchor check once knew only the headings outside callouts).
#[test]
fn links_to_headings_inside_callouts_resolve() {
    let site = Fixture::new("basic");
    let page = "+++\ntitle = \"Dentro\"\nupdated = 2026-11-03\n+++\n\n```callout danger\n## Llama ya {#llama}\n\nAhora.\n```\n\nVer [arriba](#llama).\n";
    std::fs::write(site.root.join("content/es/dentro.md"), page).expect("write the page");
    site.build();
    let html = site.read("es/dentro/index.html");
    assert!(html.contains("<h2 id=llama>"), "{html}");
    assert!(html.contains("<a href=#llama>"), "{html}");
}

#[test]
fn refuses_to_replace_the_site_itself() {
    let site = Fixture::new("basic");
    for target in [".", "content", "themes/default"] {
        let path = site.root.join(target);
        let run = site.run(&["build", "--output", path.to_str().unwrap_or("")]);
        assert!(!run.status.success(), "{target}");
        assert!(String::from_utf8_lossy(&run.stderr).contains("refusing to write the site"));
    }
    assert!(site.root.join("content/es/asilo.md").exists());
}

#[test]
fn crlf_and_byte_order_marks_are_fine() {
    let site = Fixture::new("basic");
    let page = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&page)
        .expect("read a file the test needs")
        .replace('\n', "\r\n");
    std::fs::write(&page, format!("\u{feff}{text}")).expect("write a file of the test");
    site.build();
    assert!(
        crate::support::text(&site.read("es/abogado/index.html"))
            .contains("Tienes derecho a buscar un abogado.")
    );
}

#[cfg(unix)]
#[test]
fn a_rebuild_rewrites_only_changed_files_and_removes_pages_that_went() {
    use std::os::unix::fs::MetadataExt;
    let site = Fixture::built("basic");
    let inode = |rel: &str| {
        std::fs::metadata(site.root.join("public").join(rel))
            .map(|m| m.ino())
            .unwrap_or_else(|e| panic!("{rel}: {e}"))
    };
    let untouched = inode("es/guias/mexico/index.html");
    let edited = inode("es/asilo/index.html");
    let page = site.root.join("content/es/asilo.md");
    let text = std::fs::read_to_string(&page).expect("read page");
    std::fs::write(&page, format!("{text}\nUna línea nueva.\n")).expect("edit page");
    // The English translation goes: its page and folder go, a fallback copy takes its place.
    std::fs::remove_file(site.root.join("content/en/abogado.md")).expect("remove page");
    site.build();
    assert_eq!(
        inode("es/guias/mexico/index.html"),
        untouched,
        "an unchanged page was rewritten"
    );
    assert_ne!(inode("es/asilo/index.html"), edited);
    assert!(
        site.read("es/asilo/index.html")
            .contains("Una línea nueva.")
    );
    assert!(!site.root.join("public/en/lawyer").exists());
    assert!(site.read("en/abogado/index.html").contains("Un abogado"));
    assert!(!site.root.join(".public.senda-new").exists());
}

#[test]
fn a_shared_menu_spliced_in_gives_the_same_bytes_as_minifying_each_page_whole() {
    let shared = Fixture::new("basic");
    shared.build();
    // The same theme with the menu included by the template itself: every page is then
    // rendered and minified with its menu in place, the slow and obvious way.
    let inline = Fixture::new("basic");
    let page = inline.root.join("themes/default/templates/page.html");
    let text = std::fs::read_to_string(&page).expect("read page.html");
    assert!(text.contains("{{ menu_html | safe }}"));
    std::fs::write(
        &page,
        text.replace("{{ menu_html | safe }}", "{% include \"menu.html\" %}"),
    )
    .expect("write page.html");
    inline.build();
    let pages = |site: &Fixture| -> Vec<(String, Vec<u8>)> {
        site.snapshot()
            .into_iter()
            .filter(|(path, _)| path.extension().is_some_and(|e| e == "html"))
            .map(|(path, bytes)| (path.display().to_string(), bytes))
            .collect()
    };
    let (a, b) = (pages(&shared), pages(&inline));
    assert!(a.len() > 20, "{}", a.len());
    for ((path, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{path} differs:\n{}\n{}",
            String::from_utf8_lossy(x),
            String::from_utf8_lossy(y)
        );
    }
    assert_eq!(a.len(), b.len());
    let menu = shared.read("es/guias/mexico/index.html");
    assert!(menu.contains("class=menu"), "{menu}");
    assert!(!menu.contains("data-senda-menu"), "{menu}");
}

/// WCAG 3.1.2: every part of a page is marked with the language it is in. A K'iche' page borrows
/// Spanish interface words, and a screen reader must read them as Spanish.
#[test]
fn borrowed_words_carry_their_own_language() {
    let site = Fixture::built("basic");
    let quc = site.read("quc/asilo/index.html");
    assert!(
        quc.contains(
            "<p class=notice role=note><span dir=ltr lang=es>Esta página todavía no está traducida"
        ),
        "{quc}"
    );
    assert!(
        quc.contains("<span dir=ltr lang=es>Ir al contenido</span>"),
        "{quc}"
    );
    // A menu entry for a page not translated yet is in the language of its title.
    let menu_entries: Vec<_> = tags(&quc, "a")
        .into_iter()
        .filter(|a| a.get("href").is_some_and(|h| h == "../abogado/"))
        .collect();
    assert!(
        menu_entries
            .iter()
            .all(|a| a.get("lang").map(String::as_str) == Some("es")),
        "{menu_entries:?}"
    );
    // Text in the reader's own language is not wrapped; attributes and titles stay plain.
    let es = site.read("es/asilo/index.html");
    assert!(!es.contains("<span dir=ltr lang=es>"), "{es}");
    assert!(!quc.contains("aria-label=\"<span"), "{quc}");
    // The title comes before the notices: both are on a small phone's first screen.
    let h1 = quc.find("<h1").unwrap_or(usize::MAX);
    let notice = quc.find("class=notice").unwrap_or(0);
    assert!(h1 < notice, "{quc}");
    // The root 404 page and the picker speak every language that has its own words.
    let missing = site.read("404.html");
    assert!(
        missing.contains("<li dir=ltr lang=en>We could not find this page"),
        "{missing}"
    );
}

/// Fluent's invisible isolation marks are only where a value can run the other way: on a site
/// whose languages are all written left to right, none.
#[test]
fn isolation_marks_only_where_direction_can_change() {
    let (public, _) = crate::support::example();
    for page in [
        "es/index.html",
        "quc/abogado/index.html",
        "mam/trata/index.html",
    ] {
        let html = std::fs::read_to_string(public.join(page)).expect("read a file the test needs");
        assert!(!html.is_empty(), "{page}");
        assert!(!html.contains(['\u{2068}', '\u{2069}']), "{page}");
    }
}

/// In Somali the apostrophe is a letter, as in Mayan languages: it stays as written, and a title
/// that repeats its `# Title` is one heading, not two (smart punctuation once curled one of them).
#[test]
fn somali_apostrophes_are_letters_and_the_title_is_shown_once() {
    let site = Fixture::new("basic");
    site.overlay(
        &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/somali"),
    );
    let _ = std::fs::remove_file(site.root.join("SOURCES.md"));
    let toml = site.root.join("senda.toml");
    let mut config = std::fs::read_to_string(&toml).expect("senda.toml");
    config.push_str("\n[[languages]]\ncode = \"so\"\nname = \"Soomaali\"\nfallback = [\"en\"]\n");
    std::fs::write(&toml, config).expect("write senda.toml");
    site.build();
    let so = site.read("so/index.html");
    assert_eq!(so.matches("<h1").count(), 1, "{so}");
    assert!(
        text(&so).contains("Su'aalaha iyo jawaabaha") && !so.contains("Su’aal"),
        "{so}"
    );
}
