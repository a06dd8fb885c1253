//! Walks every file of a built site as a reader's browser would: no script, no request to another
//! origin, every internal link and anchor leads somewhere; pages within their byte budget; the
//! offline file and the zips navigable on their own.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::support::{Fixture, all_tags};

/// Elements whose addresses a browser fetches by itself.
const RESOURCE_TAGS: &[&str] = &[
    "img", "script", "iframe", "embed", "object", "source", "audio", "video", "track", "input",
];

fn html_files(dir: &Path) -> Vec<PathBuf> {
    // The editor's page (`admin/`, made from `[editor]`) is for the site's writers, not its
    // readers: it loads Decap CMS from a CDN, and tests/integration/editor.rs checks it.
    let editor = dir.join(senda::editor::FOLDER);
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.path().to_path_buf())
        .filter(|p| p.extension().is_some_and(|e| e == "html") && !p.starts_with(&editor))
        .collect();
    files.sort();
    files
}

/// The places a fragment can land on: every `id`, and `name` on `<a>` (browsers still go there).
fn ids(html: &str) -> BTreeSet<String> {
    all_tags(html)
        .into_iter()
        .filter_map(|(tag, a)| {
            a.get("id")
                .or_else(|| a.get("name").filter(|_| tag == "a"))
                .cloned()
        })
        .collect()
}

/// A link's path or fragment as a browser reads it: `%C3%B1` is `ñ`.
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

fn has_scheme(href: &str) -> bool {
    href.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && !s.contains('/')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Every problem a reader would meet in the site at `root`. `base_path` is where the site lives on
/// its host (`/kyr/`); `files_only` is for a zip opened from a file manager, where a link to a folder
/// does not open its `index.html`.
fn walk(root: &Path, base_path: &str, files_only: bool) -> Vec<String> {
    let mut problems = Vec::new();
    for file in html_files(root) {
        let shown = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let html = std::fs::read_to_string(&file).expect("read a file the test needs");
        // The one script allowed: the quick-exit link's, on sensitive pages, at most 300 bytes.
        let scripts: Vec<&str> = html
            .split("<script>")
            .skip(1)
            .filter_map(|s| s.split("</script>").next())
            .collect();
        let quick_exit = html.contains("class=quick-exit") || html.contains("class=\"quick-exit\"");
        let allowed = quick_exit
            && scripts.len() == 1
            && scripts[0].len() <= 300
            && scripts[0].contains("location.replace");
        if html.to_ascii_lowercase().contains("<script") && !allowed {
            problems.push(format!("{shown}: has a <script>"));
        }
        for word in ["document.cookie", "localStorage", "sessionStorage"] {
            if html.contains(word) {
                problems.push(format!("{shown}: uses {word}"));
            }
        }
        if html.contains(" on")
            && all_tags(&html)
                .iter()
                .any(|(_, a)| a.keys().any(|k| k.starts_with("on")))
        {
            problems.push(format!("{shown}: has an event handler attribute"));
        }
        let single_file = shown.ends_with("offline.html");
        for (name, attrs) in all_tags(&html) {
            let resource = match name.as_str() {
                n if RESOURCE_TAGS.contains(&n) => attrs.get("src").or(attrs.get("data")),
                "link"
                    if !matches!(
                        attrs.get("rel").map(String::as_str),
                        Some("canonical" | "alternate")
                    ) =>
                {
                    attrs.get("href")
                }
                _ => None,
            };
            if let Some(url) = resource {
                if has_scheme(url) && !url.starts_with("data:") || url.starts_with("//") {
                    problems.push(format!("{shown}: <{name}> loads {url} from another origin"));
                }
                if single_file && !url.starts_with("data:") {
                    problems.push(format!("{shown}: <{name}> needs {url}, outside the file"));
                }
            }
            if name != "a" {
                continue;
            }
            let Some(href) = attrs.get("href") else {
                continue;
            };
            if has_scheme(href) {
                continue;
            }
            let decoded_href = decoded(href);
            let (path, fragment) = decoded_href
                .split_once('#')
                .map_or((decoded_href.as_str(), None), |(p, f)| (p, Some(f)));
            if single_file && !path.is_empty() {
                problems.push(format!("{shown}: link {href} leaves the offline file"));
                continue;
            }
            let target = if path.is_empty() {
                file.clone()
            } else if let Some(absolute) = path.strip_prefix(base_path) {
                root.join(absolute)
            } else {
                file.parent().unwrap_or(root).join(path)
            };
            let target = if path.ends_with('/') || path.is_empty() && target.is_dir() {
                if files_only && !path.is_empty() {
                    problems.push(format!(
                        "{shown}: link {href} names a folder, which a file manager cannot open"
                    ));
                }
                target.join("index.html")
            } else {
                target
            };
            let Ok(target) = target.canonicalize() else {
                problems.push(format!("{shown}: link {href} leads nowhere"));
                continue;
            };
            if !target.starts_with(root.canonicalize().unwrap_or_default()) {
                problems.push(format!("{shown}: link {href} leaves the site"));
            }
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let text = std::fs::read_to_string(&target).expect("read a file the test needs");
                if !ids(&text).contains(fragment) {
                    problems.push(format!("{shown}: link {href}: no id `{fragment}` there"));
                }
            }
        }
    }
    problems
}

fn gz_size(path: &Path) -> usize {
    std::fs::metadata(path.with_extension("html.gz"))
        .map(|m| m.len() as usize)
        .unwrap_or(usize::MAX)
}

fn unzip(zip: &Path, into: &Path) {
    let file = std::fs::File::open(zip).expect("open zip");
    let mut archive = zip::ZipArchive::new(file).expect("read zip");
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("zip entry");
        let path = into.join(entry.enclosed_name().expect("safe name"));
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read entry");
        std::fs::write(path, bytes).expect("write entry");
    }
}

/// The whole site is checked: pages, zips, offline files, text versions, compressed siblings.
fn check_site(public: &Path, base_path: &str, langs: &[&str]) {
    let problems = walk(public, base_path, false);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for file in html_files(public) {
        let shown = file
            .strip_prefix(public)
            .unwrap_or(&file)
            .display()
            .to_string();
        let limit = if shown.ends_with("offline.html") {
            100 * 1024
        } else {
            14 * 1024
        };
        assert!(
            gz_size(&file) <= limit,
            "{shown}: {} bytes after gzip",
            gz_size(&file)
        );
        // An old address (`aliases`) holds only a page that sends the reader on.
        let redirect = std::fs::read_to_string(&file)
            .expect("read a file the test needs")
            .contains("http-equiv=refresh");
        if shown.ends_with("/index.html") && shown.contains('/') && !redirect {
            assert!(
                file.with_extension("txt").is_file() && file.with_file_name("text.html").is_file(),
                "{shown} has its text version, and the view of it to read"
            );
        }
        // The .gz sibling is the same document.
        let mut unzipped = Vec::new();
        let gz = std::fs::read(file.with_extension("html.gz")).expect("read a file the test needs");
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut unzipped)
            .expect("the .gz sibling unzips");
        assert_eq!(
            unzipped,
            std::fs::read(&file).expect("read a file the test needs"),
            "{shown}.gz"
        );
        assert!(file.with_extension("html.br").is_file(), "{shown}.br");
    }
    for lang in langs {
        let zips: Vec<PathBuf> = std::fs::read_dir(public.join(lang))
            .expect("language folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "zip"))
            .collect();
        assert_eq!(zips.len(), 1, "{lang} has one zip");
        let dir = tempfile::tempdir().expect("temp");
        unzip(&zips[0], dir.path());
        assert!(dir.path().join(lang).join("index.html").is_file());
        let problems = walk(dir.path(), "/", true);
        assert!(problems.is_empty(), "{lang} zip:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_fixture_site_is_self_contained() {
    let site = Fixture::built("basic");
    check_site(
        &site.root.join("public"),
        "/kyr/",
        &["es", "en", "fr", "ht", "quc", "ar"],
    );
    // The image is sized and lazy, in the page and inlined in the offline file.
    let page = site.read("es/guias/mexico/index.html");
    let img = &crate::support::tags(&page, "img")[0];
    assert_eq!(
        (
            img["width"].as_str(),
            img["height"].as_str(),
            img["loading"].as_str()
        ),
        ("40", "30", "lazy")
    );
    let offline = site.read("es/offline.html");
    assert!(
        offline.contains("src=\"data:image/png;base64,")
            || offline.contains("src=data:image/png;base64,")
    );
}

#[test]
fn the_example_site_is_light_and_self_contained() {
    let (public, stderr) = crate::support::example();
    assert!(!stderr.contains("budget"), "no page over budget:\n{stderr}");
    check_site(public, "/", &["es", "en", "quc", "mam"]);
    // Sensitive pages carry the quick exit, a plain link that works without script; the CSP
    // allows exactly its script, by hash, and nothing from anywhere else.
    let trata = std::fs::read_to_string(public.join("es/trata/index.html"))
        .expect("read a file the test needs");
    let exit = crate::support::tags(&trata, "a")
        .into_iter()
        .find(|a| a.get("class").is_some_and(|c| c == "quick-exit"));
    assert_eq!(
        exit.and_then(|a| a.get("href").cloned()).as_deref(),
        Some("https://www.wikipedia.org/")
    );
    let abogado = std::fs::read_to_string(public.join("es/abogado/index.html"))
        .expect("read a file the test needs");
    assert!(
        !abogado.contains("class=quick-exit") && !abogado.contains("<script"),
        "only sensitive pages"
    );
    let headers =
        std::fs::read_to_string(public.join("_headers")).expect("read a file the test needs");
    assert!(
        headers.contains("default-src 'none'")
            && headers.contains("Referrer-Policy: no-referrer")
            && headers.contains("X-Content-Type-Options: nosniff"),
        "{headers}"
    );
    let script = trata
        .split("<script>")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .unwrap_or_default();
    let hash = senda::html::base64(&<sha2::Sha256 as sha2::Digest>::digest(script.as_bytes()));
    assert!(
        headers.contains(&format!("script-src 'sha256-{hash}'")),
        "{headers}"
    );
    let page =
        std::fs::read_to_string(public.join("es/index.html")).expect("read a file the test needs");
    let css = page
        .split("<style>")
        .nth(1)
        .and_then(|s| s.split("</style>").next())
        .unwrap_or_default();
    assert!(
        !css.is_empty() && css.len() <= 2048,
        "the theme's CSS is {} bytes minified",
        css.len()
    );
    let text = std::fs::read_to_string(public.join("es/abogado/index.txt"))
        .expect("read a file the test needs");
    // A byte-order mark first: a server that names no charset still shows the accents.
    assert!(text.starts_with("\u{feff}Ayuda de un abogado\n"), "{text}");
    assert!(
        text.contains("https://senda.example/es/abogado/") && text.contains("no es asesoría legal"),
        "{text}"
    );
    // The services the page cites travel with the text, a missing number marked as one, never
    // shown as a number.
    assert!(
        text.contains("KIND (Kids in Need of Defense)\nDa ayuda legal")
            && text.contains("México.\n(Todavía no tenemos un número verificado"),
        "{text}"
    );
    let draft = std::fs::read_to_string(public.join("quc/abogado/index.txt"))
        .expect("read a file the test needs");
    assert!(
        draft.contains("(Esta traducción es un borrador."),
        "a drafted translation's text says it is a draft: {draft}"
    );
    // K'iche' borrows the directory's words from Spanish: a screen reader is told so.
    let quc = std::fs::read_to_string(public.join("quc/abogado/index.html"))
        .expect("read a file the test needs");
    assert!(
        quc.contains("<li class=placeholder><span lang=es>Todavía no tenemos")
            && quc.contains("<small><span lang=es>Revisado el"),
        "{quc}"
    );
}

#[test]
fn share_links_carry_the_title_and_address() {
    let site = Fixture::built("basic");
    let page = site.read("en/lawyer/index.html");
    let hrefs: Vec<String> = crate::support::tags(&page, "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
        .collect();
    assert!(hrefs.contains(&"whatsapp://send?text=A%20lawyer%3A%20https%3A%2F%2Fexample.test%2Fkyr%2Fen%2Flawyer%2F".to_string()), "{hrefs:?}");
    assert!(hrefs.contains(
        &"sms:?body=A%20lawyer%3A%20https%3A%2F%2Fexample.test%2Fkyr%2Fen%2Flawyer%2F".to_string()
    ));
    assert!(hrefs.contains(&"text.html".to_string()));
}

/// A page over its budget is a warning for `build`, said once for its file; `build --strict`
/// stops on it. `check` renders no page, and leaves weighing pages to the build.
#[test]
fn pages_over_budget_warn_in_build_and_stop_a_strict_build() {
    let site = Fixture::new("basic");
    let config = site.root.join("senda.toml");
    let text = std::fs::read_to_string(&config).expect("read a file the test needs")
        + "\n[budgets]\npage_kb = 0.5\n";
    std::fs::write(&config, text).expect("write a file of the test");
    let out = site.build();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: content/es/asilo.md: the page es/asilo/index.html weighs"),
        "{stderr}"
    );
    // Readers of other languages get the Spanish page too: one warning, for the file to shorten.
    assert_eq!(
        stderr.matches("content/es/asilo.md: the page").count(),
        1,
        "{stderr}"
    );
    let strict = site.run(&["build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&strict.stderr)
            .contains("error: content/es/asilo.md: the page es/asilo/index.html weighs")
    );
    let check = site.run(&["check"]);
    assert!(!String::from_utf8_lossy(&check.stdout).contains("weighs"));
}

#[test]
fn the_walk_itself_finds_what_it_looks_for() {
    let dir = tempfile::tempdir().expect("temp");
    let page = dir.path().join("es/index.html");
    std::fs::create_dir_all(page.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &page,
        "<p id=here><a href=../en/>x</a><a href=#gone>y</a><a href=#here>z</a><img src=https://cdn.test/a.png><script>1</script><a href=https://ok.test>w</a>",
    )
    .expect("write");
    let problems = walk(dir.path(), "/", false);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].contains("<script>"));
    assert!(problems.iter().any(|p| p.contains("../en/ leads nowhere")));
    assert!(problems.iter().any(|p| p.contains("no id `gone`")));
    assert!(problems.iter().any(|p| p.contains("from another origin")));
}

#[test]
fn the_leaflet_fixture_walks_clean_too() {
    let site = Fixture::built("leaflets");
    let problems = walk(&site.root.join("public"), "/kyr/", false);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Excerpts of real sites, and a flat folder long enough to need listing pages: every link and
/// heading link resolves, nothing comes from another origin, every page keeps to its budget.
#[test]
#[ignore = "walks real sites and a site of 780 pages whole: `cargo test -- --ignored` runs it"]
fn the_real_sites_and_listing_pages_walk_clean() {
    let site = Fixture::built("realworld");
    check_site(
        &site.root.join("public"),
        "/",
        &["en", "es", "ar", "fa", "be"],
    );

    let flat = Fixture::new("basic");
    for i in 0..130 {
        let page =
            format!("+++\ntitle = \"Pregunta {i:03}\"\nupdated = 2026-11-03\n+++\n\nRespuesta.\n");
        std::fs::write(
            flat.root.join(format!("content/es/pregunta-{i:03}.md")),
            page,
        )
        .expect("write a page");
    }
    flat.build();
    check_site(
        &flat.root.join("public"),
        "/kyr/",
        &["es", "en", "fr", "ht", "quc", "ar"],
    );
    let page = flat.read("es/pregunta-050/index.html");
    let menu = page.split("class=menu").nth(1).unwrap_or_default();
    assert_eq!(
        menu.matches("<li>").count(),
        22,
        "home, 20 entries and the listing: {menu}"
    );
    assert!(menu.contains("href=../all-pages/>Temas…"), "{menu}");
    let second = flat.read("es/all-pages/2/index.html");
    assert!(second.contains("<a href=../>←</a>"), "{second}");
    assert!(flat.exists("es/all-pages/2/index.txt"));
}
