//! `senda serve`: a preview for the people who write. Builds into memory, serves on 127.0.0.1,
//! watches the sources, rebuilds on save and reloads open tabs (Server-Sent Events; the script is
//! switched on by the template only here, never in `build`). A broken file shows its error in
//! place of its page while every other page stays as it last built; what `check` finds shows on
//! the page it concerns and at `/_check` (`checked`). Files are served only from
//! the build in memory, so no request can reach anything else on the disk; requests are read
//! within bounds of size and time and answered only when they name this computer (`http`).

use std::any::Any;
use std::collections::HashMap;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

mod change;
mod checked;
mod http;
mod pages;
#[cfg(test)]
mod tests;
mod watch;
use change::describe;
pub use change::{Change, classify};
use checked::Checked;
use http::{Refusal, Reply, TEXT};
use pages::{Words, error_page, status_page};

use crate::diagnostics::{Diagnostic, Error, Result};
use crate::pipeline::{self, Options};
use crate::said;
use crate::said::{Said, Tongue};
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
    /// The language of the preview's messages, in the terminal and in the browser.
    pub tongue: Tongue,
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
    /// The language of the messages the preview shows (`--lang`, else the site's).
    tongue: Tongue,
    /// What `senda check` finds in the site as it is now: shown on each page and at `/_check`.
    checked: Checked,
}

/// What every connection's thread and the rebuilding thread share.
struct Shared {
    state: RwLock<State>,
    /// The open tabs' reload streams.
    clients: Mutex<Vec<TcpStream>>,
    /// The address given to `--bind`: a Host the preview answers besides `localhost`.
    bind: String,
    /// How long a client has to send its request head ([`http::HEAD_TIMEOUT`]; shorter in tests).
    head_timeout: Duration,
}

impl Shared {
    fn new(bind: &str) -> Shared {
        Shared {
            state: RwLock::default(),
            clients: Mutex::default(),
            bind: bind.to_string(),
            head_timeout: http::HEAD_TIMEOUT,
        }
    }

    /// The state to read, even if a thread panicked while holding it (it is replaced whole).
    fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Builds, serves and rebuilds until the process is stopped (Ctrl-C).
pub fn serve(options: &ServeOptions, on_ready: impl FnOnce(&str)) -> Result<()> {
    let listener = TcpListener::bind((options.bind.as_str(), options.port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            let next = options.port.wrapping_add(1).max(1024);
            return Error::one(crate::diagnostics::Diagnostic::general(said!(
                "preview-port-in-use",
                port = options.port.to_string(),
                next = next.to_string()
            )));
        }
        Error::Io {
            path: PathBuf::from(format!("{}:{}", options.bind, options.port)),
            action: "listen",
            source: e,
        }
    })?;
    let address = listener
        .local_addr()
        .map_err(Error::io("listen", Path::new(&options.bind)))?;
    let shared = Arc::new(Shared::new(&options.bind));
    shared.write().tongue = options.tongue;
    // The preview is for the day it starts on.
    let build_options = Options {
        mode: if options.everything {
            crate::mode::Mode::Publish
        } else {
            crate::mode::Mode::Preview
        },
        ..Options::new(options.root.clone(), crate::content::Date::today())
    };
    let mut caches = Caches {
        build: pipeline::Cache::for_rebuilds(),
        check: pipeline::Cache::for_checks(&options.root),
    };
    let first = said!("preview-first-build").words(options.tongue);
    refresh(&shared, &mut caches, &build_options, &first);

    let (tx, rx) = channel();
    let mut watch = watch::Watch::start(&options.root, tx)?;

    {
        let shared = shared.clone();
        let root = options
            .root
            .canonicalize()
            .unwrap_or_else(|_| options.root.clone());
        std::thread::spawn(move || {
            watch_loop(&rx, &root, &build_options, &mut caches, &shared, &mut watch);
        });
    }
    on_ready(&format!("http://{address}/"));
    for stream in listener.incoming().flatten() {
        let shared = shared.clone();
        std::thread::spawn(move || handle(stream, &shared));
    }
    Ok(())
}

/// Waits for file events, lets a burst settle (an editor's save is often several events), rebuilds
/// once, and tells every open tab to reload. A failed or panicking build does not end it.
fn watch_loop(
    rx: &Receiver<Vec<PathBuf>>,
    root: &Path,
    options: &Options,
    caches: &mut Caches,
    shared: &Shared,
    watch: &mut watch::Watch,
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
        // A folder senda reads made since the last build (`services/`) is watched from now on,
        // before the build reads what is already in it.
        if let Err(e) = watch.folders() {
            eprintln!("{e}");
        }
        // The build's own panics are caught in `rebuild`; this keeps the loop alive past any other.
        let _ = catch_unwind(AssertUnwindSafe(|| {
            refresh(shared, caches, options, &describe(&change, options.tongue));
        }));
        broadcast(&shared.clients);
    }
}

/// The preview's two caches: the build's, and `check`'s (which loads the site as `check` does).
struct Caches {
    build: pipeline::Cache,
    check: pipeline::Cache,
}

/// Builds, checks, and says in the terminal what came of it.
fn refresh(shared: &Shared, caches: &mut Caches, options: &Options, what: &str) {
    let started = Instant::now();
    let checked = Checked::run(options, &mut caches.check);
    let (errors, warnings) = checked.counts();
    rebuild(shared, &mut caches.build, checked, |cache| {
        pipeline::prepare_cached(options, cache)
    });
    language(shared, &options.root);
    report(shared, started, what);
    if errors + warnings > 0 {
        let said = said!("preview-check-counts", errors = errors, warnings = warnings);
        eprintln!("{}", said.words(options.tongue));
    }
}

fn report(shared: &Shared, started: Instant, what: &str) {
    let ms = started.elapsed().as_millis();
    let (error, stages, tongue) = {
        let state = shared.read();
        (state.error.clone(), state.stages.clone(), state.tongue)
    };
    let ms = ms.to_string();
    match error {
        Some(diagnostics) => {
            let count = diagnostics.len();
            let said = said!("preview-problems", what = what, count = count, ms = ms);
            eprintln!("{}", said.words(tongue));
            eprintln!("{}", Error::Invalid(diagnostics).words(tongue));
        }
        None => {
            let said = said!("preview-rebuilt", what = what, ms = ms, stages = stages);
            eprintln!("{}", said.words(tongue));
        }
    }
}

/// Runs `build` and puts what it made, or its errors, where the server finds them, with what
/// `check` found in the same files. A panic in
/// it becomes an error the preview shows (its cache, maybe half updated, starts over), so that
/// rebuilding goes on at the next save.
fn rebuild(
    shared: &Shared,
    cache: &mut pipeline::Cache,
    checked: Checked,
    build: impl FnOnce(&mut pipeline::Cache) -> Result<pipeline::Built>,
) {
    let result = catch_unwind(AssertUnwindSafe(|| build(cache))).unwrap_or_else(|payload| {
        *cache = pipeline::Cache::for_rebuilds();
        Err(panicked(payload.as_ref()))
    });
    let swapping = Instant::now();
    let mut state = shared.write();
    let tongue = state.tongue;
    // What `check` says changes with the build it is about, never a moment before or after.
    state.checked = checked;
    match result {
        Ok(built) => {
            let mut stages: Vec<String> = built
                .stages
                .iter()
                .filter(|(_, d)| d.as_millis() > 0)
                .map(|(name, d)| pipeline::stage(name, d.as_millis(), tongue))
                .collect();
            state.files = built
                .outputs
                .into_iter()
                .map(|o| (o.path, o.bytes))
                .collect();
            let previous = state.site.replace(built.site);
            state.error = None;
            stages.push(pipeline::stage(
                "serve",
                swapping.elapsed().as_millis(),
                tongue,
            ));
            state.stages = stages.join(", ");
            drop(state);
            drop(previous);
        }
        Err(Error::Invalid(diagnostics)) => state.error = Some(diagnostics),
        Err(e) => state.error = Some(vec![Diagnostic::general(Said::verbatim(e.words(tongue)))]),
    }
}

/// A panic in a build as the error the preview shows: it names the panic's message.
fn panicked(payload: &(dyn Any + Send)) -> Error {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    Error::Invalid(vec![Diagnostic::general(said!(
        "preview-internal-error",
        detail = message
    ))])
}

/// Notes the site's default language, if `senda.toml` can be read: the preview's own pages use it.
fn language(shared: &Shared, root: &Path) {
    let loaded = catch_unwind(|| crate::config::Config::load(root));
    if let Ok(Ok(config)) = loaded {
        shared.write().default_language = Some(config.default_language);
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

/// Tells every open tab to reload; a tab that is gone, or stopped reading, is dropped.
fn broadcast(clients: &Mutex<Vec<TcpStream>>) {
    let mut clients = clients.lock().unwrap_or_else(PoisonError::into_inner);
    clients.retain_mut(|c| {
        c.write_all(b"data: reload\n\n")
            .and_then(|()| c.flush())
            .is_ok()
    });
}

/// Answers one connection: reads its head within bounds, refuses other hosts, then serves.
fn handle(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_write_timeout(Some(http::WRITE_TIMEOUT));
    let head = match http::read_head(&stream, shared.head_timeout) {
        Ok(head) => head,
        Err(Refusal::Answer(status)) => {
            let _ = Reply::new(status, TEXT, status).send(&mut stream);
            return;
        }
        Err(Refusal::Close) => return,
    };
    let reached = stream.local_addr().ok().map(|a| a.ip());
    if let Some(host) = &head.host
        && !http::host_is_ours(host, &shared.bind, reached)
    {
        let tongue = shared.read().tongue;
        let host = format!("{host:?}");
        let why = said!("preview-host-refused", host = host).words(tongue) + "\n";
        let _ = Reply::new("421 Misdirected Request", TEXT, why).send(&mut stream);
        return;
    }
    if head.method != "GET" && head.method != "HEAD" {
        let only = said!("preview-only-get").words(shared.read().tongue);
        let _ = Reply::new("405 Method Not Allowed", TEXT, only).send(&mut stream);
        return;
    }
    if head.path == "/_senda/events" {
        // Long-lived by design: only its head was bounded in time; writes keep their timeout,
        // so a tab that stopped reading is dropped at the next reload.
        let events = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
        if stream.write_all(events.as_bytes()).is_ok() {
            shared
                .clients
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(stream);
        }
        return;
    }
    // The lock is let go before writing: the reply holds what it needs.
    let reply = reply(&shared.read(), &head.path);
    let _ = reply.send(&mut stream);
}

/// The answer to a GET for `path` from the build in memory: a page, its error, a redirect or 404.
fn reply(state: &State, path: &str) -> Reply {
    const HTML: &str = "text/html; charset=utf-8";
    if path == "/_status" || path == "/_status/" {
        let words = words_of(state);
        // Before any build has worked, the table cannot be made: what stops the build instead.
        return match (&state.site, &state.error) {
            (Some(site), _) => Reply::new("200 OK", HTML, status_page(site, &words)),
            (None, errors) => {
                let page = error_page(errors.as_deref().unwrap_or_default(), &words);
                Reply::new("500 Internal Server Error", HTML, page)
            }
        };
    }
    if path == "/_check" || path == "/_check/" {
        let page = checked::check_page(&state.checked, &words_of(state));
        return Reply::new("200 OK", HTML, page);
    }
    let Some(key) = safe_path(path) else {
        return Reply::new("404 Not Found", TEXT, not_found(state.tongue));
    };
    // `/es/asilo` is the folder `/es/asilo/`: sent there, so that the page's relative links work
    // (served as it is, the browser would download it).
    if !key.is_empty()
        && !key.ends_with('/')
        && !state.files.contains_key(&key)
        && state.files.contains_key(&format!("{key}/index.html"))
    {
        let location = Some(folder_location(&key));
        return Reply {
            location,
            ..Reply::new("301 Moved Permanently", TEXT, "")
        };
    }
    let key = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key
    };
    let (here, elsewhere) = state.checked.on_page(&key);
    if let Some(errors) = &state.error
        && shows_error(state, errors, &key)
    {
        // What `check` says about the page first, then what else stopped the build.
        let mut shown: Vec<Diagnostic> = here.into_iter().cloned().collect();
        for e in errors {
            if !shown.iter().any(|d| d.to_string() == e.to_string()) {
                shown.push(e.clone());
            }
        }
        let page = error_page(&shown, &words_of(state));
        return Reply::new("500 Internal Server Error", HTML, page);
    }
    match state.files.get(&key) {
        Some(bytes) if !here.is_empty() && key.ends_with(".html") => {
            let panel = checked::panel(&here, elsewhere, &words_of(state));
            let body = checked::with_panel(bytes, &panel);
            Reply::new("200 OK", content_type(&key), body)
        }
        Some(bytes) => Reply {
            body: bytes.clone(),
            ..Reply::new("200 OK", content_type(&key), "")
        },
        None => {
            let page = state
                .files
                .get("404.html")
                .map_or_else(|| not_found(state.tongue).into_bytes(), |b| b.to_vec());
            Reply::new("404 Not Found", HTML, page)
        }
    }
}

/// The address of the folder `key` (`/es/asilo/`), spelt from the checked key, never from the
/// request: always a path on this host, one `/` then neither `/` nor `\` (`//evil.example/` would
/// be another site), percent-encoded so that no byte can end the header.
fn folder_location(key: &str) -> String {
    let mut encoded = String::new();
    for byte in key.trim_start_matches(['/', '\\']).bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    let encoded = encoded.trim_end_matches('/');
    if encoded.is_empty() {
        "/".to_string()
    } else {
        format!("/{encoded}/")
    }
}

/// The preview's words, in the site's default language, with its messages in the writer's.
fn words_of(state: &State) -> Words {
    let mut words = Words::for_language(state.default_language.as_deref().unwrap_or("en"));
    words.tongue = state.tongue;
    words
}

/// "not found", for an address the build has no file for.
fn not_found(tongue: Tongue) -> String {
    said!("preview-not-found").words(tongue)
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
