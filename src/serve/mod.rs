//! `senda serve`: a preview for the people who write. Builds into memory, serves on 127.0.0.1,
//! watches the sources, rebuilds on save and reloads open tabs (Server-Sent Events; the script is
//! switched on by the template only here, never in `build`). A broken file shows its error in
//! place of its page while every other page stays as it last built. Files are served only from
//! the build in memory, so no request can reach anything else on the disk.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

mod pages;
use pages::{Words, error_page, status_page};

use crate::build::{self, Options};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::site::Site;

/// Where to listen.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    /// 0 picks a free port.
    pub port: u16,
    /// Also make leaflets, offline files and compressed siblings on every rebuild (slower).
    pub everything: bool,
}

/// What the server hands out: the last good build, and the current error if the latest failed.
#[derive(Default)]
struct State {
    files: HashMap<String, Arc<Vec<u8>>>,
    /// The site of the last good build: for the status page and for showing an error in place
    /// of the pages it breaks, both worked out when asked for.
    site: Option<Site>,
    error: Option<Vec<Diagnostic>>,
    /// How the last rebuild's time was spent, for the terminal.
    stages: String,
    /// The site's default language as of the last build that could read `senda.toml`: the
    /// language of the preview's own pages.
    default_language: Option<String>,
}

/// The kinds of source a batch of file events touched; a pure function of the paths.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Change {
    pub config: bool,
    pub content: Vec<PathBuf>,
    pub locales: bool,
    pub theme: bool,
    /// A file of the service directory (`services/`).
    pub services: bool,
}

impl Change {
    pub fn is_empty(&self) -> bool {
        !self.config && self.content.is_empty() && !self.locales && !self.theme && !self.services
    }
}

/// Sorts changed paths (relative to the site root) into what they affect, ignoring editors'
/// temporary files and anything outside the sources.
pub fn classify(paths: &[PathBuf]) -> Change {
    let mut change = Change::default();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.')
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".tmp")
            || name == "4913"
        {
            continue;
        }
        let first = path
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        match first.as_deref() {
            Some("senda.toml") => change.config = true,
            Some("content") if !change.content.contains(path) => {
                change.content.push(path.clone());
            }
            Some("locales") => change.locales = true,
            Some("themes") => change.theme = true,
            Some("services") => change.services = true,
            _ => {}
        }
    }
    change
}

/// Builds, serves and rebuilds until the process is stopped (Ctrl-C).
pub fn serve(options: &ServeOptions, on_ready: impl FnOnce(&str)) -> Result<()> {
    let listener =
        TcpListener::bind((options.bind.as_str(), options.port)).map_err(|e| Error::Io {
            path: PathBuf::from(format!("{}:{}", options.bind, options.port)),
            action: "listen on",
            source: e,
        })?;
    let address = listener
        .local_addr()
        .map_err(Error::io("listen on", Path::new(&options.bind)))?;
    let state = Arc::new(RwLock::new(State::default()));
    let clients: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
    let build_options = Options {
        root: options.root.clone(),
        preview: !options.everything,
        ..Options::default()
    };
    let started = Instant::now();
    let mut cache = build::Cache::for_rebuilds();
    rebuild(&build_options, &mut cache, &state);
    report(&state, started, "first build");

    let (tx, rx) = channel();
    let watcher = watch(&options.root, tx)?;

    {
        let state = state.clone();
        let clients = clients.clone();
        let root = options
            .root
            .canonicalize()
            .unwrap_or_else(|_| options.root.clone());
        std::thread::spawn(move || {
            watch_loop(&rx, &root, &build_options, &mut cache, &state, &clients)
        });
    }
    on_ready(&format!("http://{address}/"));
    for stream in listener.incoming().flatten() {
        let state = state.clone();
        let clients = clients.clone();
        std::thread::spawn(move || handle(stream, &state, &clients));
    }
    drop(watcher);
    Ok(())
}

/// Watches the sources: `content/`, `locales/`, `themes/` and `services/` deeply, and the site's
/// folder itself for `senda.toml`. Each write's paths are sent on `tx`.
fn watch(
    root: &Path,
    tx: std::sync::mpsc::Sender<Vec<PathBuf>>,
) -> Result<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file is an event too (the build reads them all): only writes count.
        let Ok(event) = event else { return };
        let writes = matches!(
            event.kind,
            notify::EventKind::Create(_)
                | notify::EventKind::Remove(_)
                | notify::EventKind::Modify(
                    notify::event::ModifyKind::Data(_)
                        | notify::event::ModifyKind::Name(_)
                        | notify::event::ModifyKind::Any
                )
        );
        if writes {
            let _ = tx.send(event.paths);
        }
    })
    .map_err(|e| Error::Io {
        path: root.to_path_buf(),
        action: "watch",
        source: std::io::Error::other(e),
    })?;
    for dir in ["content", "locales", "themes", crate::directory::FOLDER] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| Error::Io {
                    path: path.clone(),
                    action: "watch",
                    source: std::io::Error::other(e),
                })?;
        }
    }
    // The site's folder itself, not `senda.toml`: an editor or `sed -i` that saves by writing a
    // new file and renaming it over the old one would leave a watch on the file behind.
    let _ = watcher.watch(root, RecursiveMode::NonRecursive);
    Ok(watcher)
}

/// Waits for file events, lets a burst settle (an editor's save is often several events), rebuilds
/// once, and tells every open tab to reload.
fn watch_loop(
    rx: &Receiver<Vec<PathBuf>>,
    root: &Path,
    options: &Options,
    cache: &mut build::Cache,
    state: &RwLock<State>,
    clients: &Mutex<Vec<TcpStream>>,
) {
    while let Ok(first) = rx.recv() {
        let mut paths = first;
        loop {
            match rx.recv_timeout(Duration::from_millis(50)) {
                Ok(more) => paths.extend(more),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let relative: Vec<PathBuf> = paths
            .iter()
            .map(|p| {
                p.strip_prefix(root)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| p.clone())
            })
            .collect();
        let change = classify(&relative);
        if change.is_empty() {
            continue;
        }
        let started = Instant::now();
        rebuild(options, cache, state);
        report(state, started, &describe(&change));
        broadcast(clients);
    }
}

fn describe(change: &Change) -> String {
    let mut parts: Vec<String> = change
        .content
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    if change.config {
        parts.push("senda.toml".into());
    }
    if change.locales {
        parts.push("locales".into());
    }
    if change.theme {
        parts.push("theme".into());
    }
    if change.services {
        parts.push("services".into());
    }
    parts.join(", ")
}

fn report(state: &RwLock<State>, started: Instant, what: &str) {
    let ms = started.elapsed().as_millis();
    match state.read().ok().and_then(|s| s.error.clone()) {
        Some(diagnostics) => {
            eprintln!(
                "{what}: {} problem(s), shown in the browser ({ms} ms)",
                diagnostics.len()
            );
            eprintln!("{}", Error::Invalid(diagnostics));
        }
        None => {
            let stages = state.read().map(|s| s.stages.clone()).unwrap_or_default();
            eprintln!("{what}: rebuilt in {ms} ms ({stages})");
        }
    }
}

fn rebuild(options: &Options, cache: &mut build::Cache, state: &RwLock<State>) {
    let result = build::prepare_cached(options, cache);
    let swapping = Instant::now();
    let Ok(mut state) = state.write() else { return };
    if let Ok(config) = crate::config::Config::load(&options.root) {
        state.default_language = Some(config.default_language);
    }
    match result {
        Ok(built) => {
            let mut stages: Vec<String> = built
                .stages
                .iter()
                .filter(|(_, d)| d.as_millis() > 0)
                .map(|(name, d)| format!("{name} {} ms", d.as_millis()))
                .collect();
            state.files = built
                .outputs
                .into_iter()
                .map(|o| (o.path, o.bytes))
                .collect();
            let previous = state.site.replace(built.site);
            state.error = None;
            stages.push(format!("serve {} ms", swapping.elapsed().as_millis()));
            state.stages = stages.join(", ");
            drop(state);
            drop(previous);
        }
        Err(Error::Invalid(diagnostics)) => state.error = Some(diagnostics),
        Err(e) => state.error = Some(vec![Diagnostic::general(e.to_string())]),
    }
}

fn pages_of(site: &Site) -> HashMap<PathBuf, Vec<String>> {
    let mut map: HashMap<PathBuf, Vec<String>> = HashMap::new();
    for route in &site.routes {
        if let Some(page) = site.page(route) {
            map.entry(page.shown.clone())
                .or_default()
                .push(format!("{}index.html", route.path));
        }
    }
    map
}

fn broadcast(clients: &Mutex<Vec<TcpStream>>) {
    if let Ok(mut clients) = clients.lock() {
        clients.retain_mut(|c| {
            c.write_all(b"data: reload\n\n")
                .and_then(|()| c.flush())
                .is_ok()
        });
    }
}

fn handle(stream: TcpStream, state: &RwLock<State>, clients: &Mutex<Vec<TcpStream>>) {
    let Some((method, path)) = request(&stream) else {
        return;
    };
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        let _ = respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"only GET",
        );
        return;
    }
    if path == "/_senda/events" {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
        if stream.write_all(head.as_bytes()).is_ok()
            && let Ok(mut clients) = clients.lock()
        {
            clients.push(stream);
        }
        return;
    }
    let Ok(state) = state.read() else { return };
    if path == "/_status" || path == "/_status/" {
        let words = words_of(&state);
        let page = state
            .site
            .as_ref()
            .map(|site| status_page(site, &words))
            .unwrap_or_default();
        let _ = respond(
            &mut stream,
            "200 OK",
            "text/html; charset=utf-8",
            page.as_bytes(),
        );
        return;
    }
    let Some(key) = safe_path(&path) else {
        let _ = respond(&mut stream, "404 Not Found", "text/plain", b"not found");
        return;
    };
    // `/es/asilo` is the folder `/es/asilo/`: sent there, so that the page's relative links work
    // (served as it is, the browser would download it).
    if !key.is_empty() && !key.ends_with('/') && !state.files.contains_key(&key) {
        let folder = format!("{key}/index.html");
        if state.files.contains_key(&folder) {
            let head = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {path}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(head.as_bytes());
            return;
        }
    }
    let key = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key
    };
    if let Some(errors) = &state.error
        && shows_error(&state, errors, &key)
    {
        let page = error_page(errors, &words_of(&state));
        let _ = respond(
            &mut stream,
            "500 Internal Server Error",
            "text/html; charset=utf-8",
            page.as_bytes(),
        );
        return;
    }
    serve_file(&mut stream, &state, &key);
}

/// The request's method and path (without query or fragment); its headers are read and dropped.
fn request(stream: &TcpStream) -> Option<(String, String)> {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    Some((method, path))
}

/// The preview's words, in the site's default language.
fn words_of(state: &State) -> Words {
    Words::for_language(state.default_language.as_deref().unwrap_or("en"))
}

/// Whether the page at `key` shows the build's errors: the pages of the files that have them,
/// or every page when no page can be told.
fn shows_error(state: &State, errors: &[Diagnostic], key: &str) -> bool {
    let pages_of = state.site.as_ref().map(pages_of).unwrap_or_default();
    let affected = errors
        .iter()
        .filter_map(|d| d.location.as_ref())
        .filter_map(|l| pages_of.get(&l.path))
        .flatten()
        .collect::<Vec<_>>();
    key.ends_with(".html") && (affected.is_empty() || affected.iter().any(|p| *p == key))
}

/// A file of the build, or the 404 page.
fn serve_file(stream: &mut TcpStream, state: &State, key: &str) {
    match state.files.get(key) {
        Some(bytes) => {
            let _ = respond(stream, "200 OK", content_type(key), bytes);
        }
        None => {
            let body = state
                .files
                .get("404.html")
                .map_or_else(|| b"not found".to_vec(), |b| b.to_vec());
            let _ = respond(stream, "404 Not Found", "text/html; charset=utf-8", &body);
        }
    }
}

/// The request path as a key of the build, or `None` for anything that tries to leave it
/// (`..` in any spelling, backslashes, NUL).
pub fn safe_path(path: &str) -> Option<String> {
    let decoded = percent_decode(path)?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let trailing = decoded.ends_with('/');
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => parts.push(p),
        }
    }
    let mut key = parts.join("/");
    if trailing && !key.is_empty() {
        key.push('/');
    }
    Some(key)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "svg" => "image/svg+xml",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
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
    }
}
