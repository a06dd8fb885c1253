//! The preview's behaviour over real connections on 127.0.0.1: where it redirects, which hosts
//! it answers, how it cuts off clients that send too much or too slowly, and how it survives a
//! build that panics.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;

/// A short head timeout, so that a slow client is cut off within a test's patience.
const SHORT: Duration = Duration::from_millis(300);

/// What the server shares, holding `files` as a build would.
fn shared(files: &[(&str, &str)]) -> Arc<Shared> {
    let shared = Shared {
        head_timeout: SHORT,
        ..Shared::new("127.0.0.1")
    };
    shared.write().files = files
        .iter()
        .map(|(k, v)| ((*k).to_string(), Arc::new(v.as_bytes().to_vec())))
        .collect();
    Arc::new(shared)
}

/// Serves `shared` on a free port of 127.0.0.1, the way `serve` does, until the tests end.
fn server(shared: Arc<Shared>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let shared = shared.clone();
            std::thread::spawn(move || handle(stream, &shared));
        }
    });
    address
}

/// Sends `request` as it is and reads the whole response.
fn exchange(address: SocketAddr, request: &str) -> String {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}

fn get(address: SocketAddr, path: &str, host: &str) -> String {
    exchange(
        address,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n"),
    )
}

/// The Location header of a response, if it has one.
fn location(response: &str) -> Option<&str> {
    response
        .lines()
        .find_map(|l| l.strip_prefix("Location: "))
        .map(str::trim_end)
}

#[test]
fn redirects_stay_on_this_host() {
    let address = server(shared(&[
        ("es/index.html", "es"),
        ("evil.example/index.html", "alias"),
        ("es/niños/index.html", "niños"),
    ]));
    for (path, expected) in [
        ("/es", Some("/es/")),
        ("//es", Some("/es/")),
        ("///es", Some("/es/")),
        ("//evil.example", Some("/evil.example/")),
        ("//evil.example/", None),
        ("/%2F%2Fevil.example", Some("/evil.example/")),
        ("/\\evil.example", None),
        ("/%5Cevil.example", None),
        ("/\\/evil.example", None),
        ("/es/ni%C3%B1os", Some("/es/ni%C3%B1os/")),
    ] {
        let response = get(address, path, "localhost:1111");
        assert_eq!(location(&response), expected, "{path}: {response}");
    }
    for key in [
        "",
        "/",
        "//x",
        "\\x",
        "/\\x/",
        "\\\\x",
        "a\r\nSet-Cookie: x",
        "é",
    ] {
        let location = folder_location(key);
        let second = location.chars().nth(1);
        assert!(location.starts_with('/'), "{key:?}: {location}");
        assert!(!matches!(second, Some('/' | '\\')), "{key:?}: {location}");
        assert!(
            !location.contains(['\r', '\n', '\\']),
            "{key:?}: {location}"
        );
    }
}

#[test]
fn only_requests_for_this_computer_are_answered() {
    let address = server(shared(&[("index.html", "home")]));
    let refused = get(address, "/", "evil.example");
    assert!(refused.starts_with("HTTP/1.1 421"), "{refused}");
    assert!(
        refused.contains("localhost") && !refused.contains("home"),
        "{refused}"
    );
    assert!(get(address, "/", "evil.example:1111").starts_with("HTTP/1.1 421"));
    for host in ["localhost:1111", "127.0.0.1", "[::1]:1111"] {
        let answered = get(address, "/", host);
        assert!(answered.starts_with("HTTP/1.1 200"), "{host}: {answered}");
        assert!(answered.ends_with("home"), "{answered}");
    }
    let old = exchange(address, "GET / HTTP/1.0\r\n\r\n");
    assert!(old.starts_with("HTTP/1.1 200"), "no Host (HTTP/1.0): {old}");
}

#[test]
fn an_endless_request_line_is_cut_off() {
    let address = server(shared(&[]));
    let mut stream = TcpStream::connect(address).expect("connect");
    let mut writer = stream.try_clone().expect("clone");
    let sending = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        let mut sent = 0;
        while sent < 256 << 20 && writer.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        sent
    });
    let sent = sending.join().expect("sender");
    assert!(
        sent < 256 << 20,
        "the server stopped reading after {sent} bytes"
    );
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    // The answer may be lost to the reset that closing an unread connection sends.
    assert!(
        response.is_empty() || response.starts_with(b"HTTP/1.1 414"),
        "{}",
        String::from_utf8_lossy(&response)
    );
}

#[test]
fn a_client_that_trickles_its_head_is_cut_off_at_the_timeout() {
    let address = server(shared(&[("index.html", "home")]));
    let mut stream = TcpStream::connect(address).expect("connect");
    let mut writer = stream.try_clone().expect("clone");
    let started = Instant::now();
    // A byte every 50 ms: each read would be in time, the head as a whole is not.
    std::thread::spawn(move || {
        let _ = writer.write_all(b"GET / HTTP/1.1\r\nX-Slow: ");
        while started.elapsed() < Duration::from_secs(5) && writer.write_all(b"a").is_ok() {
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let elapsed = started.elapsed();
    assert!(response.starts_with("HTTP/1.1 408"), "{response}");
    assert!(
        elapsed >= SHORT && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
}

#[test]
fn reload_streams_outlive_the_head_timeout() {
    let shared = shared(&[]);
    let address = server(shared.clone());
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    write!(
        stream,
        "GET /_senda/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    let mut seen = String::new();
    let mut buffer = [0; 256];
    while !seen.contains(": connected\n\n") {
        let n = stream.read(&mut buffer).expect("connected");
        assert!(n > 0, "{seen}");
        seen.push_str(&String::from_utf8_lossy(&buffer[..n]));
    }
    std::thread::sleep(SHORT * 2);
    broadcast(&shared.clients);
    let n = stream.read(&mut buffer).expect("a reload");
    assert_eq!(&buffer[..n], b"data: reload\n\n");
}

/// Copies the folder `from` to `to`, as a fixture site is laid out for a build.
fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read a fixture folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("make a folder");
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

#[test]
fn a_panicking_build_is_shown_and_rebuilding_goes_on() {
    let shared = shared(&[]);
    let mut cache = pipeline::Cache::for_rebuilds();
    rebuild(&shared, &mut cache, Checked::default(), |_| {
        panic!("boom in stage {}", 3)
    });
    let error = shared.read().error.clone().expect("the panic is an error");
    assert!(error[0].message.contains("boom in stage 3"), "{error:?}");
    let page = error_page(&error, &words_of(&shared.read()));
    assert!(page.contains("boom in stage 3"), "{page}");

    rebuild(&shared, &mut cache, Checked::default(), |_| {
        Err(Error::Invalid(vec![Diagnostic::general(
            crate::said::Said::verbatim("a broken file"),
        )]))
    });
    assert!(
        shared
            .read()
            .error
            .as_ref()
            .is_some_and(|e| e[0].message == "a broken file")
    );

    let site = tempfile::tempdir().expect("temporary folder");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy(&repo.join("tests/fixtures/basic"), site.path());
    copy(&repo.join("themes"), &site.path().join("themes"));
    let options = Options {
        mode: crate::mode::Mode::Preview,
        ..Options::new(site.path().to_path_buf(), crate::content::Date::today())
    };
    rebuild(&shared, &mut cache, Checked::default(), |cache| {
        pipeline::prepare_cached(&options, cache)
    });
    let state = shared.read();
    assert!(state.error.is_none(), "{:?}", state.error);
    assert!(state.files.contains_key("es/abogado/index.html"));
}

#[test]
fn paths_that_leave_the_build_are_refused() {
    assert_eq!(safe_path("/es/asilo/").as_deref(), Some("es/asilo/"));
    assert_eq!(safe_path("/").as_deref(), Some(""));
    for bad in [
        "/../senda.toml",
        "/%2e%2e/senda.toml",
        "/es/..%2f..%2fsenda.toml",
        "/es/%2E%2E/x",
        "/a\\..\\b",
        "/%zz",
    ] {
        assert_eq!(safe_path(bad), None, "{bad}");
    }
}

#[test]
fn changes_are_sorted_and_editor_files_ignored() {
    let change = classify(&[
        PathBuf::from("content/es/a.md"),
        PathBuf::from("content/es/.a.md.swp"),
        PathBuf::from("content/es/a.md"),
        PathBuf::from("locales/es/main.ftl"),
        PathBuf::from("public/es/index.html"),
        PathBuf::from("content/es/4913"),
    ]);
    assert_eq!(change.content, [PathBuf::from("content/es/a.md")]);
    assert!(change.locales && !change.theme && !change.config);
    assert!(classify(&[PathBuf::from("public/x.html")]).is_empty());
    assert!(classify(&[PathBuf::from("services/mx/comar.toml")]).services);
    assert!(classify(&[PathBuf::from("po/quc.po")]).catalogues);
}
