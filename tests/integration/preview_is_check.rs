//! The preview is `check`: driven through each way it used to disagree with `build` and `check`
//! (a `services/` folder made after it started, a recording added beside a page, two broken links
//! on a page, warnings, a failed first build), it shows on the page what `senda check` says about
//! it, in the same words, and lists everything at `/_check`.

use std::time::{Duration, Instant};

use crate::support::{Fixture, Server, serve};

/// A GET: the status and the body, as text.
fn get(server: &Server, path: &str) -> (u16, String) {
    let (status, body) = crate::support::get(server, path);
    (status, unescape(&body))
}

fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The page at `path` once it contains `marker` (the preview rebuilds on its own time).
#[track_caller]
fn page_once(server: &Server, path: &str, marker: &str) -> (u16, String) {
    let start = Instant::now();
    let mut last = (0, String::new());
    while start.elapsed() < Duration::from_secs(30) {
        last = get(server, path);
        if last.1.contains(marker) {
            return last;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!(
        "{path} never showed `{marker}`; last ({}):\n{}",
        last.0, last.1
    );
}

/// What `senda check --format json` says about `file`, each as its text report prints it.
fn check_says(site: &Fixture, file: &str) -> Vec<String> {
    let out = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let problems = json["problems"].as_array().cloned().unwrap_or_default();
    problems
        .iter()
        .filter(|p| p["file"].as_str() == Some(file))
        .map(|p| {
            let severity = p["severity"].as_str().unwrap_or_default();
            let message = p["message"].as_str().unwrap_or_default();
            match (p["line"].as_u64(), p["column"].as_u64()) {
                (Some(line), Some(col)) => format!("{severity}: {file}:{line}:{col}: {message}"),
                _ => format!("{severity}: {file}: {message}"),
            }
        })
        .collect()
}

/// The page shows every problem `check` finds in `file`, and `/_check` lists them too.
#[track_caller]
fn shows_what_check_says(server: &Server, site: &Fixture, page: &str, file: &str) {
    let said = check_says(site, file);
    assert!(!said.is_empty(), "check finds nothing in {file}");
    let (_, body) = get(server, page);
    let (_, all) = get(server, "/_check");
    for line in &said {
        assert!(
            body.contains(line.as_str()),
            "{page} lacks `{line}`:\n{body}"
        );
        assert!(
            all.contains(line.as_str()),
            "/_check lacks `{line}`:\n{all}"
        );
    }
}

fn write(site: &Fixture, rel: &str, text: impl AsRef<[u8]>) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, text).expect("write");
}

/// A service in El Paso, with `phone` and `review_by` as given.
fn service(phone: &str, review_by: &str) -> String {
    format!(
        "name = \"Albergue de Prueba\"\ncategories = [\"shelter\"]\nserves = [\"families\"]\nplace = \"us/tx/el-paso\"\nphone = \"{phone}\"\nverified_by = \"Equipo\"\nverified_on = 2019-06-01\nreview_by = {review_by}\n\n[text.es]\ndescription = \"Un lugar para dormir.\"\nhours = \"24 horas\"\n"
    )
}

/// The `directory` fixture without its services (and the pages without citations of them), so
/// that `services/` can be made while the preview runs.
fn site_without_services() -> Fixture {
    let site = Fixture::new("directory");
    std::fs::remove_dir_all(site.root.join("services")).expect("remove services/");
    for lang in ["es", "en"] {
        let index = format!(
            "+++\ntitle = \"Ayuda\"\ndescription = \"Ayuda.\"\nupdated = 2026-11-20\n+++\n\n## Inicio\n\nHola ({lang}).\n"
        );
        write(&site, &format!("content/{lang}/index.md"), index);
    }
    site
}

#[test]
fn the_preview_shows_on_each_page_what_check_says() {
    let site = site_without_services();
    let server = serve(&site);
    assert_eq!(get(&server, "/es/").0, 200);

    // A warning: a heading level skipped.
    let page = "+++\ntitle = \"Saltos\"\nupdated = 2026-11-20\n+++\n\n## Uno\n\nTexto.\n\n#### Tres\n\nMás texto.\n";
    write(&site, "content/es/saltos.md", page);
    let (code, _) = page_once(&server, "/es/saltos/", "jumps from level 2 to 4");
    assert_eq!(code, 200, "a warning does not stop the page");
    shows_what_check_says(&server, &site, "/es/saltos/", "content/es/saltos.md");

    // A recording added beside the page: the page itself offers it (and says it is unchecked).
    write(
        &site,
        "content/es/saltos.wav",
        crate::audio::tone_wav(2.0, 16_000),
    );
    page_once(&server, "/es/saltos/", "<audio");
    page_once(&server, "/es/saltos/", "recording reads its text");
    shows_what_check_says(&server, &site, "/es/saltos/", "content/es/saltos.md");

    // An image replaced under the same name: the page gives its new size.
    let picture = |w, h| {
        let path = site.root.join("content/es/foto.png");
        image::RgbImage::new(w, h)
            .save(path)
            .expect("write the picture");
    };
    picture(40, 20);
    let with_image = format!("{page}\n![Una foto](foto.png)\n");
    write(&site, "content/es/saltos.md", with_image);
    page_once(&server, "/es/saltos/", "height=20");
    picture(80, 30);
    page_once(&server, "/es/saltos/", "height=30");

    // Two broken links on one page: both shown.
    let links = "+++\ntitle = \"Enlaces\"\nupdated = 2026-11-20\n+++\n\n## Uno\n\nVe a [uno](no-existe.md) o a [dos](tampoco.md).\n";
    write(&site, "content/es/enlaces.md", links);
    page_once(&server, "/es/enlaces/", "`tampoco.md`");
    shows_what_check_says(&server, &site, "/es/enlaces/", "content/es/enlaces.md");
    std::fs::remove_file(site.root.join("content/es/enlaces.md")).expect("remove");

    // `services/` made after the preview started, with a number that does not exist.
    write(
        &site,
        "services/mx/albergue.toml",
        service("555 01", "2099-01-01"),
    );
    page_once(&server, "/es/", "`555 01` is not a number");
    shows_what_check_says(&server, &site, "/es/", "services/mx/albergue.toml");

    // The number fixed and the service past its review date: a change inside the new folder,
    // seen only if the folder is watched now.
    write(
        &site,
        "services/mx/albergue.toml",
        service("+1 915 555 0102", "2020-01-01"),
    );
    page_once(&server, "/_check", "was due to be verified again");
    // Cited by the page, whose panel says so.
    let cite = "+++\ntitle = \"Ayuda\"\ndescription = \"Ayuda.\"\nupdated = 2026-11-20\n+++\n\n## Inicio\n\n```service\nalbergue\n```\n";
    write(&site, "content/es/index.md", cite);
    let (code, _) = page_once(&server, "/es/", "was due to be verified again");
    assert_eq!(code, 200, "an overdue service does not stop the page");
    shows_what_check_says(&server, &site, "/es/", "services/mx/albergue.toml");
}

#[test]
fn a_preview_whose_first_build_failed_shows_what_check_says() {
    let site = Fixture::new("basic");
    let file = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("title =", "titel =")).expect("write");
    let server = serve(&site);
    let (code, status) = get(&server, "/_status");
    assert_eq!(code, 500, "{status}");
    assert!(
        status.contains("content/es/abogado.md:2:1: unknown field `titel`"),
        "{status}"
    );
    assert!(
        status.contains("/_check"),
        "/_status links to /_check: {status}"
    );
    shows_what_check_says(&server, &site, "/es/abogado/", "content/es/abogado.md");
    let (_, other) = get(&server, "/es/asilo/");
    assert!(!other.trim().is_empty(), "never an empty page");
}
