//! The built site on shared hosting: Debian's real Apache (`/usr/sbin/apache2`, package
//! `apache2`), started by the test with its own configuration, serves the example site at `/` and
//! a site made with `senda init --base-url https://org.example/derechos/` at `/derechos/`, each
//! ruled by the `.htaccess` senda writes. Plain HTTP requests check the safety headers, the
//! precompressed copies, the types and the "not found" page of each language; headless Chromium
//! plays a recording under those headers (`tests/browser/apache.mjs`). Without Apache (or, for
//! the browser, node, Chromium and playwright-core) the test fails and names what is missing.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const APACHE: &str = "/usr/sbin/apache2";
const MODULES: &str = "/usr/lib/apache2/modules";

fn missing_tools(browser: bool) -> Vec<String> {
    let mut missing = Vec::new();
    if !Path::new(APACHE).is_file() || !Path::new(MODULES).join("mod_rewrite.so").is_file() {
        missing.push(format!("apache2 at {APACHE} (apt-get install apache2)"));
    }
    if !browser {
        return missing;
    }
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("node".to_string());
    }
    if !chromium().is_file() {
        missing.push(format!("chromium at {}", chromium().display()));
    }
    if !repo()
        .join("tests/browser/node_modules/playwright-core")
        .is_dir()
    {
        missing.push("playwright-core (run `npm ci` in tests/browser)".to_string());
    }
    missing
}

/// Fails, naming what is missing, unless the tools are here: a test that cannot look must not
/// pass as if it had.
fn require_tools(browser: bool) {
    let missing = missing_tools(browser);
    assert!(
        missing.is_empty(),
        "the Apache test cannot run without {} (`bash .ci/run` installs them)",
        missing.join(", ")
    );
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// The example site and a small site under `/derechos/`, built into one temporary folder.
struct Sites {
    dir: tempfile::TempDir,
    example: PathBuf,
    sub: PathBuf,
}

fn build_sites() -> Sites {
    let dir = tempfile::tempdir().expect("temporary folder");
    let example = dir.path().join("example/public");
    crate::support::build_example(&example);
    let root = dir.path().join("derechos");
    let senda = |args: &[&str], root: &Path| {
        let run = Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(args)
            .arg(root)
            .output()
            .expect("run senda");
        let said = String::from_utf8_lossy(&run.stderr).into_owned();
        assert!(run.status.success(), "senda {args:?}: {said}");
    };
    senda(
        &["init", "--base-url", "https://org.example/derechos/"],
        &root,
    );
    senda(&["build", "--root"], &root);
    let sub = root.join("public");
    for (public, base) in [(&example, "/"), (&sub, "/derechos/")] {
        htaccess_of(public, base);
    }
    Sites { dir, example, sub }
}

/// The Content-Security-Policy of `public/_headers`, as senda wrote it.
fn csp(public: &Path) -> String {
    let headers = std::fs::read_to_string(public.join("_headers")).expect("_headers");
    headers
        .lines()
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy: "))
        .expect("a Content-Security-Policy in _headers")
        .to_string()
}

/// The languages of a built site: its folders with a "not found" page of their own.
fn languages(public: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(public)
        .expect("read public")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("404.html").is_file())
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// Checks the `public/.htaccess` senda wrote for placeholders left unfilled and for the site's
/// base path.
fn htaccess_of(public: &Path, base: &str) {
    let file = public.join(".htaccess");
    let text = std::fs::read_to_string(&file).expect("read .htaccess");
    for placeholder in ["{base}", "{csp}", "{not_found}"] {
        assert!(!text.contains(placeholder), "{placeholder} left in {text}");
    }
    assert!(text.contains(&format!("RewriteBase {base}\n")), "{text}");
}

/// Debian's Apache as the test's own process, on a free port, killed when dropped.
struct Apache {
    child: Child,
    port: u16,
    dir: PathBuf,
}

/// A host like most shared hosting: Debian's types (`.br` is Breton there, `.gz` a download) and
/// folder listings on. The example site, at `/`, gets `AllowOverride All` and no compression of
/// the host's own, so that `Vary` comes from senda's `.htaccess` alone. The site under
/// `/derechos/` is on a host that compresses on the fly (deflate and brotli, which must not
/// compress the compressed copies again) and allows only `AllowOverride FileInfo`: all that
/// senda's `.htaccess` may need.
fn config(dir: &Path, port: u16, sites: &Sites) -> String {
    let modules = [
        "mpm_event",
        "authz_core",
        "dir",
        "mime",
        "rewrite",
        "headers",
        "alias",
        "setenvif",
        "filter",
        "deflate",
        "brotli",
        "autoindex",
    ]
    .map(|m| format!("LoadModule {m}_module {MODULES}/mod_{m}.so\n"))
    .concat();
    let (d, example, sub) = (dir.display(), sites.example.display(), sites.sub.display());
    let compress = ["DEFLATE", "BROTLI_COMPRESS"]
        .map(|f| {
            format!("    AddOutputFilterByType {f} text/html text/plain text/css application/xml\n")
        })
        .concat();
    format!(
        "ServerRoot {d}\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\nDefaultRuntimeDir {d}\n\
         PidFile {d}/apache.pid\nErrorLog {d}/error.log\nLogLevel warn\n{modules}\
         IncludeOptional /etc/apache2/mods-available/mime.conf\n\
         DirectoryIndex index.html\nDocumentRoot {example}\n\
         <Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n\
         <Directory {example}>\n    Options Indexes FollowSymLinks\n    AllowOverride All\n    \
         Require all granted\n</Directory>\n\
         Alias /derechos {sub}\n\
         <Directory {sub}>\n    Options Indexes FollowSymLinks\n    AllowOverride FileInfo\n    \
         Require all granted\n{compress}</Directory>\n\
         <FilesMatch \"^\\.ht\">\n    Require all denied\n</FilesMatch>\n"
    )
}

impl Apache {
    fn start(sites: &Sites) -> Apache {
        let dir = sites.dir.path().join("apache");
        std::fs::create_dir_all(&dir).expect("apache folder");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let conf = dir.join("httpd.conf");
        std::fs::write(&conf, config(&dir, port, sites)).expect("write httpd.conf");
        let output = std::fs::File::create(dir.join("output.log")).expect("output log");
        let child = Command::new(APACHE)
            .arg("-f")
            .arg(&conf)
            .arg("-X")
            .stdout(output.try_clone().expect("log"))
            .stderr(output)
            .spawn()
            .expect("start apache2");
        let mut apache = Apache { child, port, dir };
        apache.wait_until_it_answers();
        apache
    }

    fn wait_until_it_answers(&mut self) {
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            let exited = self.child.try_wait().expect("apache status");
            if exited.is_some() || start.elapsed() > Duration::from_secs(20) {
                panic!("apache2 did not answer ({exited:?}):\n{}", self.said());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What Apache wrote to its terminal and its error log.
    fn said(&self) -> String {
        ["output.log", "error.log"]
            .map(|f| std::fs::read_to_string(self.dir.join(f)).expect("read a file the test needs"))
            .concat()
    }

    fn get(&self, path: &str, accept_encoding: Option<&str>) -> Response {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        let encoding = accept_encoding
            .map(|e| format!("Accept-Encoding: {e}\r\n"))
            .unwrap_or_default();
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{encoding}Connection: close\r\n\r\n",
            self.port
        );
        stream.write_all(request.as_bytes()).expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read answer");
        Response::parse(path, &raw)
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer: status, headers (names in lower case) and body, de-chunked.
struct Response {
    what: String,
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn parse(path: &str, raw: &[u8]) -> Response {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("{path}: no end of headers"));
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{path}: status line {status_line:?}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[end + 4..].to_vec();
        let chunked = headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
        if chunked {
            body = dechunk(&body);
        }
        let what = format!("GET {path}: {head}");
        Response {
            what,
            status,
            headers,
            body,
        }
    }

    /// A header's values, joined with ", " as HTTP allows; empty when absent.
    fn header(&self, name: &str) -> String {
        let values: Vec<&str> = self
            .headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        values.join(", ")
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size line");
        let size_text = String::from_utf8_lossy(&body[..line_end]).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .expect("chunk size");
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[line_end + 2..line_end + 2 + size]);
        body = &body[line_end + 4 + size..];
    }
}

/// The three safety headers of `_headers`, exactly.
#[track_caller]
fn assert_safe(r: &Response, csp: &str) {
    assert_eq!(r.header("content-security-policy"), csp, "{}", r.what);
    assert_eq!(r.header("referrer-policy"), "no-referrer", "{}", r.what);
    assert_eq!(r.header("x-content-type-options"), "nosniff", "{}", r.what);
}

fn read(public: &Path, rel: &str) -> Vec<u8> {
    std::fs::read(public.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// A page asked for by its folder's address: the `.br` copy to a brotli reader, the `.gz` copy
/// to a gzip reader, the page itself to anyone else, each as an HTML page that varies by
/// `Accept-Encoding`, with the safety headers, and never compressed a second time.
fn assert_compressed_copies(apache: &Apache, public: &Path, url: &str, file: &str, csp: &str) {
    for (accept, suffix, encoding) in [
        (Some("gzip, deflate, br"), ".br", "br"),
        (Some("br"), ".br", "br"),
        (Some("gzip, deflate"), ".gz", "gzip"),
        (None, "", ""),
        (Some("identity"), "", ""),
    ] {
        let r = apache.get(url, accept);
        assert_eq!(r.status, 200, "{}", r.what);
        assert_safe(&r, csp);
        assert_eq!(r.header("content-encoding"), encoding, "{}", r.what);
        assert_eq!(
            r.header("content-type"),
            "text/html; charset=utf-8",
            "{}",
            r.what
        );
        assert!(r.header("vary").contains("Accept-Encoding"), "{}", r.what);
        assert!(r.header("content-language").is_empty(), "{}", r.what);
        let expected = read(public, &format!("{file}{suffix}"));
        assert!(
            r.body == expected,
            "{}: not the bytes of {file}{suffix}",
            r.what
        );
    }
}

/// Any address that is not there, in a language's folder, answers 404 with that language's
/// "not found" page (compressed too, and then said so), the rest with the site's own.
fn assert_not_found(apache: &Apache, public: &Path, base: &str, csp: &str) {
    let mut cases: Vec<(String, String)> = languages(public)
        .into_iter()
        .flat_map(|l| {
            [
                (format!("{base}{l}/no-such-page/"), format!("{l}/404.html")),
                (format!("{base}{l}/nada"), format!("{l}/404.html")),
            ]
        })
        .collect();
    cases.push((format!("{base}nothing"), "404.html".into()));
    cases.push((format!("{base}no/such/folder/"), "404.html".into()));
    assert!(cases.len() >= 6, "{cases:?}");
    for (url, file) in cases {
        for (accept, suffix, encoding) in [(None, "", ""), (Some("gzip, br"), ".br", "br")] {
            let r = apache.get(&url, accept);
            assert_eq!(r.status, 404, "{}", r.what);
            assert_safe(&r, csp);
            assert_eq!(r.header("content-encoding"), encoding, "{}", r.what);
            assert_eq!(
                r.header("content-type"),
                "text/html; charset=utf-8",
                "{}",
                r.what
            );
            let expected = read(public, &format!("{file}{suffix}"));
            assert!(r.body == expected, "{}: not {file}{suffix}", r.what);
        }
    }
}

/// Each kind of file as what it is, its compressed copy where there is one; what is already
/// small (a recording) is sent as it is.
fn assert_types(apache: &Apache, public: &Path, csp: &str) {
    let text = "text/plain; charset=utf-8";
    let opus = "es/pedir-proteccion/pedir-proteccion.opus";
    for (path, accept, suffix, kind) in [
        ("es/abogado/index.txt", "", "", text),
        ("es/abogado/index.txt", "gzip", ".gz", text),
        ("sitemap.xml", "br", ".br", "application/xml"),
        (
            "es/contacto.vcf",
            "gzip, br",
            "",
            "text/vcard; charset=utf-8",
        ),
        (opus, "gzip, br", "", "audio/ogg"),
    ] {
        let r = apache.get(&format!("/{path}"), Some(accept).filter(|a| !a.is_empty()));
        assert_eq!(r.status, 200, "{}", r.what);
        assert_safe(&r, csp);
        assert_eq!(r.header("content-type"), kind, "{}", r.what);
        let encoding = suffix.replace(".gz", "gzip").replace(".br", "br");
        assert_eq!(r.header("content-encoding"), encoding, "{}", r.what);
        let file = format!("{path}{suffix}");
        assert!(r.body == read(public, &file), "{}: not {file}", r.what);
    }
}

#[test]
#[ignore = "starts Apache: `cargo test -- --ignored` runs it"]
fn apache_serves_the_site_with_its_headers_compressed_copies_and_404s() {
    require_tools(false);
    let sites = build_sites();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Línea de ayuda\r\nEND:VCARD\r\n";
    std::fs::write(sites.example.join("es/contacto.vcf"), card).expect("write card");
    let apache = Apache::start(&sites);
    let (example, sub) = (&sites.example, &sites.sub);
    let (csp_example, csp_sub) = (csp(example), csp(sub));
    assert!(csp_example.contains("media-src 'self'"), "{csp_example}");
    for (public, csp, url, file) in [
        (
            example,
            &csp_example,
            "/es/abogado/",
            "es/abogado/index.html",
        ),
        (example, &csp_example, "/", "index.html"),
        (
            example,
            &csp_example,
            "/en/lawyer/index.html",
            "en/lawyer/index.html",
        ),
        (sub, &csp_sub, "/derechos/es/", "es/index.html"),
        (sub, &csp_sub, "/derechos/", "index.html"),
    ] {
        assert_compressed_copies(&apache, public, url, file, csp);
    }
    assert_not_found(&apache, example, "/", &csp_example);
    assert_not_found(&apache, sub, "/derechos/", &csp_sub);
    assert_types(&apache, example, &csp_example);

    // A folder without a page is "not found", never a list of its files.
    assert!(!example.join("es/leaflets/index.html").exists());
    let r = apache.get("/es/leaflets/", None);
    assert_eq!(r.status, 404, "{}", r.what);
    assert!(r.body == read(example, "es/404.html"), "{}", r.what);
    // The server's own answers carry the safety headers too: a refusal, a redirection.
    let r = apache.get("/.htaccess", None);
    assert_eq!(r.status, 403, "{}", r.what);
    assert_safe(&r, &csp_example);
    let r = apache.get("/es/abogado", None);
    assert_eq!(r.status, 301, "{}", r.what);
    assert_safe(&r, &csp_example);
    // A folder's address without its last slash is sent to the address with it.
    let r = apache.get("/derechos/es", None);
    assert_eq!(r.status, 301, "{}", r.what);
    assert_safe(&r, &csp_sub);
    assert!(
        r.header("location").ends_with("/derechos/es/"),
        "{}",
        r.what
    );
    // The editor's page (the example has `[editor]`) gets its own policy, which lets it start.
    let r = apache.get("/admin/", None);
    assert_eq!(r.status, 200, "{}", r.what);
    assert_eq!(
        r.header("content-security-policy"),
        "frame-ancestors 'none'",
        "{}",
        r.what
    );
    let said = apache.said();
    assert!(!said.contains(".htaccess:"), "{said}");
}

/// Chromium at 240×320 opens pages from Apache: no policy violation on a page with a recording,
/// a page with the quick-exit script (allowed by its hash), a "not found" page and the site
/// under `/derechos/`; the player is drawn at least 40 px tall within the screen and plays its
/// recording to the end; and an image from another site is refused, so violations are seen.
#[test]
#[ignore = "starts Apache and drives Chromium: `cargo test -- --ignored` runs it"]
fn chromium_plays_a_recording_from_apache_under_its_headers() {
    require_tools(true);
    let sites = build_sites();
    let apache = Apache::start(&sites);
    let pages = [
        "es/pedir-proteccion/",
        "es/violencia/",
        "en/no-such-page/",
        "derechos/es/",
    ];
    let run = Command::new("node")
        .arg(repo().join("tests/browser/apache.mjs"))
        .arg(format!("http://127.0.0.1:{}/", apache.port))
        .args(pages)
        .env("CHROMIUM", chromium())
        .stdin(Stdio::null())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    let said = format!("{stdout}{}", String::from_utf8_lossy(&run.stderr));
    println!("{said}");
    assert!(run.status.success(), "{said}");
    let results = browser_results(&stdout);
    for page in pages {
        let w = results
            .get(page)
            .unwrap_or_else(|| panic!("{page}: no result in {said}"));
        let status = if page.contains("no-such") {
            "404"
        } else {
            "200"
        };
        assert_eq!(w.get("status").map(String::as_str), Some(status), "{said}");
        assert_eq!(w.get("violations").map(String::as_str), Some("0"), "{said}");
        assert!(!w.contains_key("error"), "{page}: {said}");
        let encoding = w.get("encoding").cloned().unwrap_or_default();
        assert!(encoding == "br" || encoding == "gzip", "{page}: {said}");
    }
    let w = &results["es/pedir-proteccion/"];
    let (height, right) = numbers(w.get("player").expect("a player"), 'x');
    assert!(height >= 40.0, "the player is {height} px tall");
    assert!(
        right <= 240.0,
        "the player ends at {right} px on a 240 px screen"
    );
    let (at, of) = numbers(w.get("played").expect("played to its end"), '/');
    assert!(of > 1.0 && at >= of - 0.05, "played {at} s of {of} s");
    assert!(stdout.contains("probe refused=img-src"), "{said}");
}

/// `apache.mjs`'s lines: each page's `key=value` words.
fn browser_results(stdout: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut results = BTreeMap::new();
    for line in stdout.lines() {
        let mut words = line.split_whitespace();
        let page = words.next().unwrap_or_default().to_string();
        let values = words
            .filter_map(|w| w.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        results.insert(page, values);
    }
    results
}

/// `46x228` or `17.97/17.97` as two numbers.
fn numbers(text: &str, between: char) -> (f64, f64) {
    let (a, b) = text.split_once(between).expect("two numbers");
    (a.parse().expect("a number"), b.parse().expect("a number"))
}
