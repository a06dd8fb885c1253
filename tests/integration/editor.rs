//! The browser editor: with `[editor]` in senda.toml, a build writes `admin/` (Decap CMS's page,
//! its configuration made from the site, senda's formats); readers' pages never load it.

use std::path::Path;

use serde_json::Value;

use crate::support::{Fixture, example};

/// `admin/config.yml` as the data it holds (JSON under its comment lines: YAML reads it the same).
fn settings(public: &Path) -> Value {
    let text = std::fs::read_to_string(public.join("admin/config.yml")).expect("admin/config.yml");
    let json: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    serde_json::from_str(&json).expect("config.yml holds JSON")
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .map(|a| a.iter().filter_map(|v| v["name"].as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn the_example_sites_editor_has_its_languages_pages_and_services() {
    let (public, _) = example();
    let config = settings(public);
    assert_eq!(config["backend"]["name"], "github");
    assert_eq!(config["backend"]["branch"], "main");
    assert_eq!(config["i18n"]["structure"], "multiple_folders");
    assert_eq!(config["i18n"]["default_locale"], "es");
    assert_eq!(
        config["i18n"]["locales"],
        serde_json::json!(["es", "en", "quc", "mam"]),
        "the default language first, then the others in senda.toml's order"
    );
    let collections = &config["collections"];
    assert_eq!(names(collections), ["pages", "services-mx", "services-us"]);
    let pages = &collections[0];
    assert_eq!(pages["folder"], "content");
    assert_eq!(pages["format"], "senda-toml-frontmatter");
    assert_eq!(pages["i18n"], true);
    assert_eq!(
        names(&pages["fields"]),
        [
            "title",
            "description",
            "updated",
            "review_by",
            "review",
            "weight",
            "draft",
            "leaflet",
            "aliases",
            "body"
        ]
    );
    let services = &collections[1];
    assert_eq!(services["folder"], "services/mx");
    assert_eq!(services["format"], "senda-toml");
    let categories = &services["fields"][1];
    assert_eq!(categories["name"], "categories");
    let codes: Vec<&str> = categories["options"]
        .as_array()
        .expect("options")
        .iter()
        .filter_map(|o| o["value"].as_str())
        .collect();
    assert_eq!(codes, senda::directory::vocab::CATEGORIES);
    let text = services["fields"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["name"] == "text"))
        .expect("the service's words by language");
    assert_eq!(names(&text["fields"]), ["es", "en", "quc", "mam"]);
}

#[test]
fn only_the_admin_page_loads_the_editor_pinned_by_its_hash() {
    let (public, _) = example();
    let admin = std::fs::read_to_string(public.join("admin/index.html")).expect("admin page");
    assert!(admin.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    assert!(admin.contains(&format!(
        r#"src="{}" integrity="{}" crossorigin="anonymous""#,
        senda::editor::DECAP_URL,
        senda::editor::DECAP_INTEGRITY
    )));
    assert!(public.join("admin/senda-cms.js").is_file());
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.expect("walk");
        let path = entry.path();
        if path.starts_with(public.join("admin")) || !path.to_string_lossy().ends_with(".html") {
            continue;
        }
        let html = std::fs::read_to_string(path).expect("page");
        assert!(
            !html.contains("decap") && !html.contains("senda-cms"),
            "{} loads the editor",
            path.display()
        );
    }
    let sitemap = std::fs::read_to_string(public.join("sitemap.xml")).expect("sitemap");
    assert!(!sitemap.contains("admin"));
    // The readers' strict policy on every language's pages, the editor's own on admin/ (Netlify
    // would join the two if both matched, and the editor could not start).
    let headers = std::fs::read_to_string(public.join("_headers")).expect("_headers");
    let blocks: Vec<&str> = headers.split("\n/").collect();
    let block = |path: &str| {
        blocks
            .iter()
            .find(|b| b.trim_start_matches('/').starts_with(path))
            .copied()
            .unwrap_or_default()
    };
    assert!(block("es/*").contains("default-src 'none'"), "{headers}");
    assert!(block("admin/*").contains("Content-Security-Policy: frame-ancestors 'none'\n"));
    assert!(
        !headers.starts_with("/*\n  Content-Security-Policy"),
        "{headers}"
    );
}

#[test]
fn a_site_without_an_editor_section_has_no_admin_page() {
    let site = Fixture::built("basic");
    assert!(!site.root.join("public/admin").exists());
}

#[test]
fn an_editor_section_with_a_mistake_is_refused_where_it_is_written() {
    let site = Fixture::new("basic");
    let toml = site.root.join("senda.toml");
    let mut config = std::fs::read_to_string(&toml).expect("senda.toml");
    config.push_str("\n[editor]\nbackend = \"bitbucket\"\nrepo = \"org derechos\"\n");
    std::fs::write(&toml, config).expect("write senda.toml");
    let out = site.run(&["check"]);
    let stderr =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(
            "the editor's backend `bitbucket` is not one senda knows: write `github` or `gitlab`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("must be written `owner/name`"), "{stderr}");
    assert!(stderr.contains("senda.toml:34:8:"), "{stderr}");
}

/// The editor for real (`tests/browser/cms.mjs`): Decap CMS in Chromium, saving through
/// decap-server into a git copy of the example site. A Spanish page and its K'iche' translation
/// are written through the form, a service's date changed; the files must land in content/es/
/// and content/quc/, and `senda check` must accept the copy. The page's integrity hash must be
/// the npm package's script's, and a changed script and a broken config must be refused.
#[test]
#[ignore = "chromium: drives Decap CMS with decap-server; `cargo test -- --ignored` runs it"]
fn a_page_and_its_kiche_translation_written_in_the_editor_pass_check() {
    let (browser_dir, chromium) = crate::browser::tools();
    for package in ["decap-cms", "decap-server", "smol-toml"] {
        assert!(
            browser_dir.join("node_modules").join(package).is_dir(),
            "the editor's test needs {package}: run `npm ci` in tests/browser"
        );
    }
    let shots = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cms");
    let run = std::process::Command::new("node")
        .arg(browser_dir.join("cms.mjs"))
        .arg(env!("CARGO_MANIFEST_DIR"))
        .arg(env!("CARGO_BIN_EXE_senda"))
        .env("CHROMIUM", &chromium)
        .env("SHOTS", &shots)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("cms ok"), "{stdout}");
    assert!(
        stdout.contains("a changed copy of the script is refused by its integrity hash"),
        "{stdout}"
    );
    assert!(
        stdout.contains("content/quc/prueba-del-cms.md ("),
        "{stdout}"
    );
}

/// `senda init --editor github:org/name` makes a site whose build has the editor, saving there.
#[test]
fn init_with_an_editor_makes_a_site_with_its_admin_page() {
    let dir = tempfile::tempdir().expect("temp");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("run senda")
    };
    let made = run(&[
        "init",
        "site",
        "--base-url",
        "https://derechos.example.org/",
        "--editor",
        "gitlab:red/derechos",
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let toml = std::fs::read_to_string(dir.path().join("site/senda.toml")).expect("senda.toml");
    assert!(
        toml.contains("[editor]\nbackend = \"gitlab\"\nrepo = \"red/derechos\"\n"),
        "{toml}"
    );
    let built = run(&["build", "--root", "site"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let public = dir.path().join("site/public");
    let config = settings(&public);
    assert_eq!(config["backend"]["name"], "gitlab");
    assert_eq!(config["backend"]["repo"], "red/derechos");
    assert_eq!(config["i18n"]["locales"], serde_json::json!(["es", "en"]));
    // A new site has no services yet: one collection for the folder they will go in.
    assert_eq!(names(&config["collections"]), ["pages", "services"]);

    let refused = run(&["init", "other", "--editor", "bitbucket:red/derechos"]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("like github:org/derechos"), "{said}");
    assert!(!dir.path().join("other").exists());
}
