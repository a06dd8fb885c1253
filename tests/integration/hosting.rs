//! `senda init --host` and the files a build writes for the host: each host gets what it reads
//! (`_headers`, `.htaccess`, its own build file) and nothing it does not; a site under a sub-path
//! gets its 404 pages and rewrites under that path. Apache itself serving them: `apache.rs`.

use std::path::Path;
use std::process::{Command, Output};

fn senda(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(args)
        .args(["--lang", "en"])
        .output()
        .expect("run senda")
}

/// A new site for `host`, built; its folder.
fn built(dir: &Path, host: &str) -> std::path::PathBuf {
    let root = dir.join(host);
    let root_str = root.to_str().expect("a UTF-8 temp path");
    let init = senda(&[
        "init",
        root_str,
        "--base-url",
        "https://org.example/derechos/",
        "--host",
        host,
    ]);
    assert!(init.status.success(), "{init:?}");
    let said = String::from_utf8_lossy(&init.stdout);
    assert!(said.contains("to publish it: "), "{said}");
    let build = senda(&["build", "--root", root_str, "--quiet"]);
    assert!(build.status.success(), "{build:?}");
    root
}

#[test]
fn each_host_gets_the_files_it_reads() {
    let dir = tempfile::tempdir().expect("temp");
    let version = format!("senda-ssg=={}", env!("CARGO_PKG_VERSION"));
    // (host, its own build file, writes _headers, writes .htaccess)
    let cases = [
        ("github", Some(".github/workflows/senda.yml"), false, false),
        ("gitlab", Some(".gitlab-ci.yml"), false, false),
        ("netlify", Some("netlify.toml"), true, false),
        ("cloudflare", None, true, false),
        ("apache", None, false, true),
    ];
    for (host, own, headers, htaccess) in cases {
        let root = built(dir.path(), host);
        let config = std::fs::read_to_string(root.join("senda.toml")).expect("senda.toml");
        assert!(config.contains(&format!("host = \"{host}\"\n")), "{config}");
        if let Some(own) = own {
            let text = std::fs::read_to_string(root.join(own)).expect(own);
            assert!(text.contains(&version), "{host}: {text}");
            assert!(!text.contains("{version}"), "{host}: {text}");
        }
        let public = root.join("public");
        assert_eq!(public.join("_headers").is_file(), headers, "{host}");
        assert_eq!(public.join(".htaccess").is_file(), htaccess, "{host}");
    }
}

#[test]
fn htaccess_sends_each_language_its_own_not_found_page_under_the_sub_path() {
    let dir = tempfile::tempdir().expect("temp");
    let public = built(dir.path(), "apache").join("public");
    let text = std::fs::read_to_string(public.join(".htaccess")).expect(".htaccess");
    for lang in ["es", "en"] {
        assert!(
            text.contains(&format!(
                "<If \"%{{REQUEST_URI}} =~ m#^/derechos/{lang}/#\">\n    ErrorDocument 404 /derechos/{lang}/404.html\n</If>"
            )),
            "{text}"
        );
        assert!(public.join(lang).join("404.html").is_file());
    }
    assert!(
        text.contains("ErrorDocument 404 /derechos/404.html\n"),
        "{text}"
    );
    assert!(text.contains("RewriteBase /derechos/\n"), "{text}");
    assert!(
        text.contains("Content-Security-Policy \"default-src 'none';"),
        "{text}"
    );
    assert!(!text.contains("{base}") && !text.contains("{csp}") && !text.contains("{not_found}"));
}

#[test]
fn a_site_that_names_no_host_gets_the_files_of_both_kinds_of_host() {
    let dir = tempfile::tempdir().expect("temp");
    let root = dir.path().join("site");
    let root_str = root.to_str().expect("a UTF-8 temp path");
    assert!(senda(&["init", root_str]).status.success());
    assert!(
        senda(&["build", "--root", root_str, "--quiet"])
            .status
            .success()
    );
    assert!(root.join("public/_headers").is_file());
    assert!(root.join("public/.htaccess").is_file());
}

#[test]
fn an_unknown_host_is_named_at_its_line_with_those_senda_knows() {
    let dir = tempfile::tempdir().expect("temp");
    let root = dir.path().join("site");
    let root_str = root.to_str().expect("a UTF-8 temp path");
    assert!(senda(&["init", root_str]).status.success());
    let config = root.join("senda.toml");
    let text = std::fs::read_to_string(&config).expect("senda.toml");
    std::fs::write(
        &config,
        text.replace("name = \"site\"\n", "name = \"site\"\nhost = \"ftp\"\n"),
    )
    .expect("write senda.toml");
    let out = senda(&["build", "--root", root_str]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("senda.toml:5:"), "{said}");
    assert!(
        said.contains("host `ftp` is not one senda knows: write one of github, gitlab, netlify, cloudflare, apache"),
        "{said}"
    );
    assert!(!root.join("public").exists());
}
