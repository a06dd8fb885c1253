//! The editing loop: `senda serve` (rebuild on save, reload, error page, no path traversal),
//! `senda check --format json`, `senda new` and `senda init`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::{Fixture, Server, get, get_raw, serve};

/// Subscribes to reload events the way the page's script does.
fn events(server: &Server) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    write!(
        stream,
        "GET /_senda/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && !line.starts_with(": connected") {
        line.clear();
    }
    reader
}

fn wait_for_reload(reader: &mut BufReader<TcpStream>) -> bool {
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        if line.starts_with("data: reload") {
            return true;
        }
        line.clear();
    }
    false
}

fn until(mut ok: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn serve_rebuilds_on_save_reloads_tabs_and_shows_errors_in_place() {
    let site = Fixture::new("basic");
    let server = serve(&site);
    let (status, page) = get(&server, "/es/abogado/");
    assert_eq!(status, 200);
    assert!(
        page.contains("EventSource(\"/_senda/events\")"),
        "serve pages carry the reload script"
    );

    // Several open tabs all get the reload.
    let mut tabs: Vec<_> = (0..5).map(|_| events(&server)).collect();
    let file = site.root.join("content/es/abogado.md");
    let original = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        &file,
        original.replace(
            "Tienes derecho a buscar un abogado.",
            "Texto nuevo guardado.",
        ),
    )
    .expect("save");
    for tab in &mut tabs {
        assert!(wait_for_reload(tab), "reload event");
    }
    assert!(
        until(|| get(&server, "/es/abogado/")
            .1
            .contains("Texto nuevo guardado.")),
        "the rebuilt page is served"
    );

    // A broken file: its page shows the error with file, line and the line itself; others stay.
    let mut tab = events(&server);
    std::fs::write(&file, original.replace("title = ", "titel = ")).expect("break");
    assert!(wait_for_reload(&mut tab));
    let (status, body) = get(&server, "/es/abogado/");
    assert_eq!(status, 500);
    assert!(
        body.contains("content/es/abogado.md:2:1: unknown field `titel`"),
        "{body}"
    );
    assert!(
        body.contains("titel = &quot;Un abogado&quot;"),
        "the offending line is shown: {body}"
    );
    assert!(
        body.contains("<h1>Esta página tiene un problema</h1>"),
        "in the site's default language: {body}"
    );
    assert_eq!(
        get(&server, "/es/asilo/").0,
        200,
        "other pages keep being served"
    );
    std::fs::write(&file, &original).expect("fix");
    assert!(wait_for_reload(&mut tab));
    assert_eq!(
        get(&server, "/es/abogado/").0,
        200,
        "fixing the file brings the page back"
    );

    // Nothing outside the build, however the path is spelt.
    for path in [
        "/../senda.toml",
        "/%2e%2e/senda.toml",
        "/es/..%2f..%2fsenda.toml",
        "/es/%2E%2E/%2E%2E/content/es/abogado.md",
        "/..\\senda.toml",
    ] {
        assert_eq!(get(&server, path).0, 404, "{path}");
    }
    let status = get(&server, "/_status").1;
    assert!(status.contains("<td class=stale>stale</td>"), "{status}");
    assert!(
        status.contains("<h1>Traducciones</h1>") && status.contains("<th>Un abogado<br>"),
        "in the site's language, pages by title: {status}"
    );

    // An address without its trailing slash is sent to the folder, not downloaded.
    let moved = get_raw(&server, "/es/abogado");
    assert!(
        moved.starts_with("HTTP/1.1 301") && moved.contains("Location: /es/abogado/\r\n"),
        "{moved}"
    );

    // senda.toml saved the way `sed -i` and many editors save (a new file renamed over the old
    // one), twice: both saves are noticed.
    let config = site.root.join("senda.toml");
    let text = std::fs::read_to_string(&config).expect("read config");
    for host in ["https://uno.test/", "https://dos.test/"] {
        let mut tab = events(&server);
        let temp = site.root.join("senda.toml.new");
        std::fs::write(
            &temp,
            text.replace("https://example.test/kyr", host.trim_end_matches('/')),
        )
        .expect("write");
        std::fs::rename(&temp, &config).expect("rename");
        assert!(wait_for_reload(&mut tab), "{host}");
        assert!(
            until(|| get(&server, "/es/abogado/").1.contains(host)),
            "{host} is in the rebuilt page"
        );
    }
}

#[test]
fn the_built_site_never_carries_the_reload_script() {
    let site = Fixture::built("basic");
    assert!(!site.read("es/abogado/index.html").contains("EventSource"));
}

#[test]
fn check_lists_every_problem_with_file_and_line_as_json() {
    let site = Fixture::new("check");
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "errors make check fail");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let problems = json["problems"].as_array().cloned().unwrap_or_default();
    let find = |file: &str, line: Option<u64>, words: &str| {
        problems.iter().any(|p| {
            p["file"] == file
                && p["line"].as_u64() == line
                && p["message"].as_str().is_some_and(|m| m.contains(words))
        })
    };
    for (file, line, words, severity) in [
        (
            "content/es/a.md",
            Some(9),
            "has no heading with the id `no-existe`",
            "error",
        ),
        (
            "content/en/a.md",
            Some(13),
            "`+52 55 1111 3333` is not what the source (content/es/a.md) has: `+52 55 1111 2222`",
            "error",
        ),
        ("content/en/a.md", Some(1), "stale", "warning"),
        ("content/en/b.md", None, "not translated yet", "warning"),
        (
            "content/es/a.md",
            Some(4),
            "was due for review on 2020-01-01",
            "error",
        ),
        ("content/es/a.md", Some(7), "is a `#` heading", "warning"),
        (
            "content/es/a.md",
            Some(11),
            "a sentence of 30 words",
            "warning",
        ),
        (
            "locales/en/main.ftl",
            None,
            "share, text-version",
            "warning",
        ),
        (
            "locales/es/main.ftl",
            Some(55),
            "`unused-message` is never used",
            "warning",
        ),
    ] {
        assert!(
            find(file, line, words),
            "{severity} {file}:{line:?} `{words}` in {}",
            serde_json::to_string_pretty(&problems).unwrap_or_default()
        );
        let sev = problems
            .iter()
            .find(|p| p["file"] == file && p["message"].as_str().is_some_and(|m| m.contains(words)))
            .map(|p| p["severity"].clone());
        assert_eq!(sev, Some(serde_json::Value::from(severity)), "{words}");
    }
    // The count matches the list; the errors are exactly the missing anchor, the differing
    // contact facts and the review date that has passed (pages are not weighed: that is the
    // build's, however tiny the fixture's budget).
    let errors: Vec<&serde_json::Value> = problems
        .iter()
        .filter(|p| p["severity"] == "error")
        .collect();
    assert_eq!(json["errors"], errors.len());
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert_eq!(
        json["translations"][0],
        "English (en): 0 of 2 pages up to date; 1 stale; 1 not translated (readers get 1 in Español); 2 of 56 interface strings not translated (readers see 2 in Español)"
    );
}

/// The text report goes to stdout (so `senda check > report.txt` keeps it), grouped under each
/// file, one summary line per language unless `--verbose`.
#[test]
fn check_report_is_grouped_on_stdout_and_summarises_translations() {
    let site = Fixture::new("check");
    let out = site.run(&["check"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("── content/es/a.md (2 errors, 3 warnings)\n"),
        "{report}"
    );
    assert!(
        report
            .contains("── Translations (`senda check --verbose` lists every page)\nEnglish (en): "),
        "{report}"
    );
    assert!(!report.contains("not translated yet"), "{report}");
    assert!(report.ends_with("3 errors, 6 warnings\n"), "{report}");
    let verbose = site.run(&["check", "--verbose"]);
    let verbose = String::from_utf8_lossy(&verbose.stdout);
    assert!(
        verbose.contains("warning: content/en/b.md: not translated yet: readers get it in Español"),
        "{verbose}"
    );
}

#[test]
fn new_pages_and_new_sites_build_at_once() {
    let dir = tempfile::tempdir().expect("temp");
    let root = dir.path().join("site");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(args)
            .args(["--lang", "en"])
            .output()
            .expect("run senda")
    };
    let root_str = root.to_str().unwrap_or_default();
    assert!(run(&["init", root_str]).status.success());
    let ignored =
        std::fs::read_to_string(root.join(".gitignore")).expect("read a file the test needs");
    assert!(
        ignored.contains("/public") && ignored.contains("/.senda-cache"),
        "{ignored}"
    );
    let out = run(&["new", "--root", root_str, "guias/mexico"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stub = std::fs::read_to_string(root.join("content/en/guias/mexico.md"))
        .expect("read a file the test needs");
    assert!(
        stub.contains("draft = true") && stub.contains("Not translated yet"),
        "{stub}"
    );
    let build = run(&["build", "--root", root_str]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    // The stub is not published: English readers get the Spanish text with a notice.
    let page = std::fs::read_to_string(root.join("public/en/guias/mexico/index.html"))
        .expect("read a file the test needs");
    assert!(
        page.contains("lang=es") && page.contains("not translated"),
        "{page}"
    );
    let status = run(&["status", "--root", root_str]);
    assert!(String::from_utf8_lossy(&status.stdout).contains("guias/mexico  source   missing"));
    let again = run(&["new", "--root", root_str, "guias/mexico"]);
    assert!(
        !again.status.success()
            && String::from_utf8_lossy(&again.stderr).contains("already exists")
    );
    // Once the Spanish page is written, `new` makes the drafts again from its text; a draft
    // someone has started is left alone.
    let source = root.join("content/es/guias/mexico.md");
    let written = std::fs::read_to_string(&source)
        .expect("read a file the test needs")
        .replace(
            "Escribe aquí el texto de la página.",
            "En México puedes pedir asilo.",
        );
    std::fs::write(&source, written).expect("write a file of the test");
    let refreshed = run(&["new", "--root", root_str, "guias/mexico"]);
    let said = String::from_utf8_lossy(&refreshed.stdout);
    assert!(refreshed.status.success(), "{said}");
    assert!(
        said.contains("refreshed") && said.contains("mexico.md"),
        "{said}"
    );
    let draft = std::fs::read_to_string(root.join("content/en/guias/mexico.md"))
        .expect("read a file the test needs");
    assert!(
        draft.contains("En México puedes pedir asilo.")
            && !draft.contains("Escribe aquí")
            && draft.contains("Not translated yet"),
        "{draft}"
    );
    assert!(
        !run(&["new", "--root", root_str, "guias/mexico"])
            .status
            .success(),
        "nothing left to refresh"
    );
    // A draft whose title someone translated is theirs, placeholder or not.
    let en = root.join("content/en/guias/mexico.md");
    let spanish = std::fs::read_to_string(&source).expect("read a file the test needs");
    let placeholder = spanish.replace(
        "En México",
        "Escribe aquí el texto de la página.\n\nEn México",
    );
    std::fs::write(&source, &placeholder).expect("write a file of the test");
    let stub = std::fs::read_to_string(&en).expect("read a file the test needs");
    std::fs::remove_file(&en).expect("remove the draft");
    run(&["new", "--root", root_str, "guias/mexico"]);
    let begun = std::fs::read_to_string(&en)
        .expect("read a file the test needs")
        .replace("title = \"Mexico\"", "title = \"In Mexico\"");
    assert!(begun.contains("In Mexico") && begun != stub, "{begun}");
    std::fs::write(&en, &begun).expect("write a file of the test");
    std::fs::write(&source, &spanish).expect("write a file of the test");
    run(&["new", "--root", root_str, "guias/mexico"]);
    assert_eq!(
        std::fs::read_to_string(&en).expect("read a file the test needs"),
        begun
    );
    assert!(
        !run(&["init", root_str]).status.success(),
        "init refuses a folder with files"
    );
}

/// A shelter's communications officer, from `init` to a translated page: nothing along the way
/// contradicts anything else, and a new site's `check` is clean.
#[test]
fn the_translation_workflow_never_contradicts_itself() {
    let dir = tempfile::tempdir().expect("temp");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(args)
            .args(["--lang", "en"])
            .current_dir(dir.path())
            .output()
            .expect("run senda")
    };
    let say = |out: &std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    // Without an address: exactly one warning, about the placeholder.
    assert!(run(&["init", "plain"]).status.success());
    let check = say(&run(&["check", "--root", "plain"]));
    assert!(check.ends_with("0 errors, 1 warning\n"), "{check}");
    assert!(
        check.contains("senda.toml:2:12: `https://example.org/` is a placeholder"),
        "{check}"
    );

    assert!(
        run(&[
            "init",
            "site",
            "--base-url",
            "https://derechos.example.org/"
        ])
        .status
        .success()
    );
    let check = say(&run(&["check", "--root", "site"]));
    assert!(check.ends_with("0 errors, 0 warnings\n"), "{check}");
    assert!(
        check.contains("English (en): 1 of 1 pages up to date"),
        "{check}"
    );
    let build = run(&["build", "--root", "site"]);
    assert!(build.stderr.is_empty(), "{}", say(&build));

    // A source page written first, with a contact; `new` makes its drafts from its current text.
    let source = "+++\ntitle = \"Albergues\"\nupdated = 2026-11-29\n+++\n\nHay albergues en la frontera.\n\n```contact\nname = \"Albergue\"\nphone = \"+52 55 1234 5678\"\n```\n";
    let es = dir.path().join("site/content/es/albergues.md");
    std::fs::write(&es, source).expect("write");
    let new = run(&["new", "--root", "site", "albergues"]);
    assert!(new.status.success(), "{}", say(&new));
    assert!(
        say(&new).contains("kept site/content/es/albergues.md"),
        "{}",
        say(&new)
    );
    let draft =
        std::fs::read_to_string(dir.path().join("site/content/en/albergues.md")).expect("draft");
    assert!(
        draft.contains("draft = true") && draft.contains("Hay albergues en la frontera."),
        "{draft}"
    );
    let check = say(&run(&["check", "--root", "site"]));
    assert!(
        check.contains("0 errors"),
        "a draft is not held to the source's numbers: {check}"
    );
    let again = run(&["new", "--root", "site", "albergues"]);
    assert!(!again.status.success() && say(&again).contains("already exists in every language"));

    // Stamping, with the path as the site knows it: an untouched draft is flagged.
    let stamp = run(&[
        "status",
        "--root",
        "site",
        "--stamp",
        "content/en/albergues.md",
    ]);
    assert!(stamp.status.success(), "{}", say(&stamp));
    assert!(say(&stamp).contains("is still a draft"), "{}", say(&stamp));
    assert!(
        say(&stamp).contains("has the same text as content/es/albergues.md"),
        "{}",
        say(&stamp)
    );

    // The source deleted: its translation says so, and what readers now get.
    std::fs::remove_file(dir.path().join("site/content/es/index.md")).expect("remove");
    let check = say(&run(&["check", "--root", "site"]));
    assert!(
        check.contains("content/en/index.md: its source, content/es/index.md, is gone: readers of Español no longer get this page, and translations are measured against content/en/index.md"),
        "{check}"
    );
}

#[test]
fn the_translation_table_of_a_preview_whose_first_build_failed_says_why() {
    let site = Fixture::new("basic");
    let file = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&file).expect("read");
    let broken = text.replace("title = \"Un abogado\"", "title = \"Un abogado");
    std::fs::write(&file, broken).expect("write");
    let server = serve(&site);
    let (code, body) = get(&server, "/_status");
    assert_eq!(code, 500, "{body}");
    assert!(body.contains("content/es/abogado.md:2:"), "{body}");
}
