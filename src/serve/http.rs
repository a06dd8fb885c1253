//! The preview's side of HTTP/1.1: a request head read within fixed bounds of size and time, so
//! that no client can make the preview hold unbounded memory or a thread for ever; the Host it
//! names checked; and a response written.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The longest request line read (method, target and version, CRLF included); longer is
/// answered 414 and the connection closed, without reading the rest.
pub(super) const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The most bytes of header lines read after the request line; more is answered 431.
pub(super) const MAX_HEADER_BYTES: usize = 32 * 1024;
/// The most header lines read; more is answered 431.
pub(super) const MAX_HEADER_LINES: usize = 100;
/// How long a client has for its whole request head (not for each read: a client that trickles a
/// byte at a time runs out too); then it gets 408 and the connection is closed.
pub(super) const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one write to a client may block (a tab that stopped reading) before it is given up.
pub(super) const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes taken from the socket at a time: at most this much is read past a limit.
pub(super) const READ_BUFFER: usize = 1024;

/// The status a client gets when its head did not arrive in time.
const TOO_SLOW: &str = "408 Request Timeout";

/// A request's head, as far as the preview needs it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Head {
    pub method: String,
    /// The target's path without query or fragment, still percent-encoded.
    pub path: String,
    /// The Host header, when sent (an HTTP/1.0 client may leave it out).
    pub host: Option<String>,
}

/// Why no head was read: a status to answer with before closing, or nothing to say.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refusal {
    Answer(&'static str),
    /// The client went away, or the connection failed: close without answering.
    Close,
}

/// Reads the request head from `stream`, giving the client `timeout` for all of it.
pub(super) fn read_head(stream: &TcpStream, timeout: Duration) -> Result<Head, Refusal> {
    let deadline = Deadline {
        stream,
        until: Instant::now() + timeout,
    };
    parse_head(&mut BufReader::with_capacity(READ_BUFFER, deadline))
}

/// A stream read until a deadline: each read waits only for the time that is left.
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

/// The request line and headers from `reader`, reading no more than the limits allow.
pub(super) fn parse_head(reader: &mut impl BufRead) -> Result<Head, Refusal> {
    let line = read_line(reader, MAX_REQUEST_LINE, "414 URI Too Long")?;
    let line = std::str::from_utf8(&line).map_err(|_| Refusal::Answer("400 Bad Request"))?;
    let mut parts = line.split_ascii_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(Refusal::Answer("400 Bad Request"));
    };
    if !target.starts_with('/') {
        return Err(Refusal::Answer("400 Bad Request"));
    }
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let mut host = None;
    let mut budget = MAX_HEADER_BYTES;
    for _ in 0..=MAX_HEADER_LINES {
        let header = read_line(reader, budget, "431 Request Header Fields Too Large")?;
        budget -= header.len();
        let header = String::from_utf8_lossy(&header);
        let header = header.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            let method = method.to_string();
            return Ok(Head { method, path, host });
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("host")
            && host.replace(value.trim().to_string()).is_some()
        {
            return Err(Refusal::Answer("400 Bad Request"));
        }
    }
    Err(Refusal::Answer("431 Request Header Fields Too Large"))
}

/// One line of at most `limit` bytes (its line end included), taking no more than that from
/// `reader`; a longer one is answered with `too_long`.
fn read_line(
    reader: &mut impl BufRead,
    limit: usize,
    too_long: &'static str,
) -> Result<Vec<u8>, Refusal> {
    let mut line = Vec::new();
    let read = reader
        .by_ref()
        .take(limit as u64)
        .read_until(b'\n', &mut line);
    match read {
        Ok(_) if line.ends_with(b"\n") => Ok(line),
        Ok(n) if n >= limit => Err(Refusal::Answer(too_long)),
        Ok(_) => Err(Refusal::Close),
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
            ) =>
        {
            Err(Refusal::Answer(TOO_SLOW))
        }
        Err(_) => Err(Refusal::Close),
    }
}

/// Whether a Host header names this server: `localhost`, a loopback address, the address it was
/// told to bind (`bind`) or the one this connection reached (`reached`), with any port. Any other
/// name may be DNS rebinding: a page elsewhere whose name was pointed at this computer.
pub(super) fn host_is_ours(host: &str, bind: &str, reached: Option<IpAddr>) -> bool {
    let Some(name) = host_name(host) else {
        return false;
    };
    let bind = bind.trim_start_matches('[').trim_end_matches(']');
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    if name.eq_ignore_ascii_case("localhost") || bare.eq_ignore_ascii_case(bind) {
        return true;
    }
    let Ok(ip) = bare.parse::<IpAddr>() else {
        return false;
    };
    ip.is_loopback()
        || bind.parse::<IpAddr>().is_ok_and(|b| b == ip)
        || reached.is_some_and(|r| r.to_canonical() == ip.to_canonical())
}

/// The name of a Host header without its port (`[::1]` of `[::1]:1111`), or `None` when it is
/// not one name with an optional port of digits.
fn host_name(host: &str) -> Option<&str> {
    let (name, port) = match host.find(']') {
        Some(end) if host.starts_with('[') => host.split_at(end + 1),
        _ => host
            .find(':')
            .map_or((host, ""), |colon| host.split_at(colon)),
    };
    let port_ok = port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
    (port_ok && !name.is_empty()).then_some(name)
}

/// Plain text, for the preview's short refusals.
pub(super) const TEXT: &str = "text/plain; charset=utf-8";

/// A response worked out while the state is locked and written once it is let go, so that a
/// tab that reads slowly never holds up a rebuild.
pub(super) struct Reply {
    pub status: &'static str,
    pub content_type: &'static str,
    pub body: Arc<Vec<u8>>,
    /// Where a redirect sends the browser: a path on this host (see `folder_location`).
    pub location: Option<String>,
}

impl Reply {
    pub(super) fn new(
        status: &'static str,
        content_type: &'static str,
        body: impl Into<Vec<u8>>,
    ) -> Reply {
        let body = Arc::new(body.into());
        Reply {
            status,
            content_type,
            body,
            location: None,
        }
    }

    /// Writes the reply: a redirect's head alone, or a whole response.
    pub(super) fn send(&self, stream: &mut TcpStream) -> io::Result<()> {
        let Some(location) = &self.location else {
            return respond(stream, self.status, self.content_type, &self.body);
        };
        let head = format!(
            "HTTP/1.1 {}\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.status
        );
        stream.write_all(head.as_bytes())
    }
}

/// Writes a whole response and closes the exchange (`Connection: close`).
fn respond(
    stream: &mut impl Write,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts what is taken from the reader it wraps.
    struct Counting<R> {
        inner: R,
        read: usize,
    }

    impl<R: Read> Read for Counting<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.inner.read(buf)?;
            self.read += n;
            Ok(n)
        }
    }

    /// Parses `input` the way a connection's bytes are read, and says how much was taken.
    fn parse(input: impl Read) -> (Result<Head, Refusal>, usize) {
        let mut reader = BufReader::with_capacity(
            READ_BUFFER,
            Counting {
                inner: input,
                read: 0,
            },
        );
        let head = parse_head(&mut reader);
        (head, reader.get_ref().read)
    }

    #[test]
    fn a_request_line_without_end_is_refused_having_read_at_most_the_limit() {
        // Endless: without a bound this would never return.
        let (head, read) = parse(io::repeat(b'a'));
        assert_eq!(head, Err(Refusal::Answer("414 URI Too Long")));
        assert!(read <= MAX_REQUEST_LINE + READ_BUFFER, "{read}");
        let several_mb = format!("GET /{} HTTP/1.1", "a".repeat(5 << 20));
        let (head, read) = parse(several_mb.as_bytes());
        assert_eq!(head, Err(Refusal::Answer("414 URI Too Long")));
        assert!(read <= MAX_REQUEST_LINE + READ_BUFFER, "{read}");
    }

    #[test]
    fn headers_are_bounded_in_bytes_and_in_lines() {
        let endless = (&b"GET / HTTP/1.1\r\nX-A: "[..]).chain(io::repeat(b'a'));
        let (head, read) = parse(endless);
        assert_eq!(
            head,
            Err(Refusal::Answer("431 Request Header Fields Too Large"))
        );
        assert!(read <= MAX_REQUEST_LINE + MAX_HEADER_BYTES + READ_BUFFER);
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X-A: b\r\n".repeat(101));
        let (head, _) = parse(many.as_bytes());
        assert_eq!(
            head,
            Err(Refusal::Answer("431 Request Header Fields Too Large"))
        );
        let enough = format!("GET / HTTP/1.1\r\n{}\r\n", "X-A: b\r\n".repeat(99));
        assert!(parse(enough.as_bytes()).0.is_ok());
    }

    #[test]
    fn a_head_gives_method_path_and_host() {
        let (head, _) = parse(&b"GET /es/?q=1 HTTP/1.1\r\nhOST: localhost:1111\r\n\r\n"[..]);
        let expected = Head {
            method: "GET".into(),
            path: "/es/".into(),
            host: Some("localhost:1111".into()),
        };
        assert_eq!(head, Ok(expected));
        let (head, _) = parse(&b"GET / HTTP/1.0\n\n"[..]);
        assert_eq!(head.map(|h| h.host), Ok(None), "HTTP/1.0 needs no Host");
        for bad in [
            &b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"[..],
            b"GET http://evil.example/ HTTP/1.1\r\n\r\n",
            b"\r\n",
        ] {
            assert_eq!(parse(bad).0, Err(Refusal::Answer("400 Bad Request")));
        }
        assert_eq!(
            parse(&b"GET / HTTP/1.1\r\nHost: a"[..]).0,
            Err(Refusal::Close)
        );
    }

    #[test]
    fn only_this_computers_names_are_answered() {
        let localhost = Some(IpAddr::from([127, 0, 0, 1]));
        for ours in [
            "localhost",
            "localhost:1111",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:8080",
            "[::1]",
            "[::1]:1111",
        ] {
            assert!(host_is_ours(ours, "127.0.0.1", localhost), "{ours}");
        }
        for theirs in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "localhost:1111@evil.example",
            "localhost:11x",
            "::1",
            "",
            "192.168.1.5",
        ] {
            assert!(!host_is_ours(theirs, "127.0.0.1", localhost), "{theirs}");
        }
        // `--bind 0.0.0.0`: a phone on the network asks for the address it reached.
        let lan = Some(IpAddr::from([192, 168, 1, 5]));
        assert!(host_is_ours("192.168.1.5:1111", "0.0.0.0", lan));
        assert!(!host_is_ours("192.168.1.6:1111", "0.0.0.0", lan));
        assert!(host_is_ours("mybox.local:1111", "mybox.local", lan));
        assert!(host_is_ours("[fe80::1]:1111", "fe80::1", None));
    }
}
