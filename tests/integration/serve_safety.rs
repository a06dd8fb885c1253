//! `senda serve` as a browser on this computer and a hostile page elsewhere meet it: redirects
//! stay on this host, other Host names are refused, an endless request line is cut off, and the
//! reload stream still works.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::support::{Fixture, Server, serve};

/// Sends `request` as it is, so that nothing normalises it, and reads the whole response.
fn exchange(server: &Server, request: &str) -> String {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}

#[test]
fn serve_answers_only_this_computer_and_redirects_only_on_it() {
    let site = Fixture::new("basic");
    let server = serve(&site);
    let get = |path: &str, host: &str| {
        exchange(
            &server,
            &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n"),
        )
    };
    for path in ["//es", "//es/abogado", "/%2F%2Fes/abogado"] {
        let response = get(path, "localhost");
        let location = response
            .lines()
            .find_map(|l| l.strip_prefix("Location: "))
            .unwrap_or_default();
        assert!(
            location.starts_with('/') && !location[1..].starts_with(['/', '\\']),
            "{path}: {response}"
        );
    }
    assert!(get("/\\evil.example", "localhost").starts_with("HTTP/1.1 404"));

    let rebinding = get("/es/abogado/", "evil.example");
    assert!(rebinding.starts_with("HTTP/1.1 421"), "{rebinding}");
    let page = get("/es/abogado/", &format!("localhost:{}", 1111));
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let own = get("/es/abogado/", &server.address);
    assert!(
        own.starts_with("HTTP/1.1 200"),
        "the printed address: {own}"
    );

    // Several MB of request line: the server stops reading long before the end.
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    let chunk = vec![b'a'; 1 << 20];
    let sent = (0..256)
        .take_while(|_| stream.write_all(&chunk).is_ok())
        .count();
    assert!(sent < 256, "the server read {sent} MB of one request line");

    // The reload stream is still served.
    let events = exchange_head(
        &server,
        "GET /_senda/events HTTP/1.1\r\nHost: localhost\r\n\r\n",
    );
    assert!(events.contains("text/event-stream"), "{events}");
}

/// The first bytes of a response that does not end (the reload stream).
fn exchange_head(server: &Server, request: &str) -> String {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    while reader.read_line(&mut head).is_ok_and(|n| n > 0) && !head.contains(": connected") {}
    head
}

#[test]
fn a_port_in_use_says_another_preview_may_be_running() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port");
    let port = taken.local_addr().expect("its address").port().to_string();
    let site = Fixture::new("basic");
    let out = site.run(&["serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said = format!("port {port} is already in use, most likely by another preview");
    assert!(stderr.contains(&said), "{stderr}");
    assert!(stderr.contains("senda serve --port"), "{stderr}");
    // ...and in Spanish, to a writer whose site is in Spanish.
    let out = site.run(&["serve", "--port", &port, "--lang", "es"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said = format!("el puerto {port} ya está en uso, seguramente por otra vista previa");
    assert!(stderr.contains(&said), "{stderr}");
}
