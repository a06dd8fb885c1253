//! Fixture sites copied to a temporary folder, the real binary run on them, and small readers for
//! the HTML it writes.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// A fixture site in its own temporary folder.
pub struct Fixture {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder, keeping symbolic links as links.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read fixture folder") {
        let entry = entry.expect("read entry");
        let target = to.join(entry.file_name());
        let kind = entry.file_type().expect("file type");
        if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).expect("read link");
            // A case's link replaces the file it is laid over.
            let _ = std::fs::remove_file(&target);
            #[cfg(unix)]
            std::os::unix::fs::symlink(link, &target).expect("copy link");
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

impl Fixture {
    /// `tests/fixtures/<name>`, with the repository's themes when the fixture has none.
    #[track_caller]
    pub fn new(name: &str) -> Fixture {
        Fixture::new_in(name, std::env::temp_dir())
    }

    /// The same, in a temporary folder inside `parent` (`env!("CARGO_TARGET_TMPDIR")` for a site
    /// that a test keeps for the whole run).
    #[track_caller]
    pub fn new_in(name: &str, parent: impl AsRef<Path>) -> Fixture {
        let dir = tempfile::tempdir_in(parent).expect("temporary folder");
        let root = dir.path().join("site");
        copy_dir(&repo().join("tests/fixtures").join(name), &root);
        if !root.join("themes").exists() {
            copy_dir(&repo().join("themes"), &root.join("themes"));
        }
        Fixture { _dir: dir, root }
    }

    /// `tests/fixtures/<name>` as it is after a successful build: the fixture is built once per
    /// run, and each call gets its own copy of it, output and cache included.
    #[track_caller]
    pub fn built(name: &str) -> Fixture {
        static BUILT: std::sync::Mutex<BTreeMap<String, Fixture>> =
            std::sync::Mutex::new(BTreeMap::new());
        let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
        let template = built.entry(name.to_string()).or_insert_with(|| {
            let site = Fixture::new_in(name, env!("CARGO_TARGET_TMPDIR"));
            site.build();
            site
        });
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path().join("site");
        copy_dir(&template.root, &root);
        Fixture { _dir: dir, root }
    }

    /// Lays the files of `case` over the site; a `remove.txt` there lists files to delete.
    pub fn overlay(&self, case: &Path) {
        copy_dir(case, &self.root);
        let remove = self.root.join("remove.txt");
        if let Ok(list) = std::fs::read_to_string(&remove) {
            for line in list.lines().filter(|l| !l.trim().is_empty()) {
                std::fs::remove_file(self.root.join(line.trim())).expect("remove listed file");
            }
            std::fs::remove_file(remove).expect("remove remove.txt");
        }
        let _ = std::fs::remove_file(self.root.join("expected.txt"));
        let _ = std::fs::remove_file(self.root.join("expected.es.txt"));
    }

    /// Runs `senda <args> --root <site>` with a clean environment, speaking English unless
    /// `args` choose with `--lang`.
    pub fn run(&self, args: &[&str]) -> Output {
        let english: &[&str] = if args.contains(&"--lang") {
            &[]
        } else {
            &["--lang", "en"]
        };
        Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(args)
            .args(english)
            .arg("--root")
            .arg(&self.root)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(&self.root)
            .output()
            .expect("run senda")
    }

    /// Builds the site and fails the test with senda's own message if the build fails.
    #[track_caller]
    pub fn build(&self) -> Output {
        let out = self.run(&["build"]);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// A file of the built site, as text.
    #[track_caller]
    pub fn read(&self, rel: &str) -> String {
        let path = self.root.join("public").join(rel);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} not readable: {e}", path.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.root.join("public").join(rel).exists()
    }

    /// Every file under the output folder with its bytes.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        self.snapshot_of("public")
    }

    /// Every file under the site's folder `rel` with its bytes, by path from that folder.
    pub fn snapshot_of(&self, rel: &str) -> BTreeMap<PathBuf, Vec<u8>> {
        let dir = self.root.join(rel);
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(&dir) {
            let entry = entry.expect("walk folder");
            if entry.file_type().is_file() {
                let path = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                files.insert(
                    path.to_path_buf(),
                    std::fs::read(entry.path()).expect("read file"),
                );
            }
        }
        files
    }

    /// The repository's example site (its settings, pages, strings, services, catalogues and
    /// theme), copied to a temporary folder that a test may change.
    pub fn example() -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path().join("site");
        for folder in ["content", "locales", "services", "themes", "po"] {
            if repo().join(folder).is_dir() {
                copy_dir(&repo().join(folder), &root.join(folder));
            }
        }
        std::fs::copy(repo().join("senda.toml"), root.join("senda.toml")).expect("copy senda.toml");
        Fixture { _dir: dir, root }
    }
}

/// The attributes of every `<name ...>` tag in `html` (quoted or unquoted values, any order).
pub fn tags(html: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut found = Vec::new();
    let open = format!("<{name}");
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        if !rest.starts_with([' ', '>', '/']) {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        found.push(attributes(&rest[..end]));
        rest = &rest[end..];
    }
    found
}

fn attributes(mut s: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    loop {
        s = s.trim_start_matches([' ', '\n', '/']);
        if s.is_empty() {
            return map;
        }
        let name_end = s.find(['=', ' ', '>']).unwrap_or(s.len());
        let name = s[..name_end].to_string();
        s = &s[name_end..];
        if let Some(after) = s.strip_prefix('=') {
            let (value, rest) = if let Some(q) = after.strip_prefix('"') {
                let end = q.find('"').unwrap_or(q.len());
                (&q[..end], &q[(end + 1).min(q.len())..])
            } else if let Some(q) = after.strip_prefix('\'') {
                let end = q.find('\'').unwrap_or(q.len());
                (&q[..end], &q[(end + 1).min(q.len())..])
            } else {
                let end = after.find(' ').unwrap_or(after.len());
                (&after[..end], &after[end..])
            };
            map.insert(name, value.replace("&amp;", "&"));
            s = rest;
        } else {
            map.insert(name, String::new());
        }
    }
}

/// The one `<html>` tag's `lang` and `dir`.
#[track_caller]
pub fn html_lang_dir(html: &str) -> (String, String) {
    let t = tags(html, "html");
    assert_eq!(t.len(), 1, "one <html> tag");
    (
        t[0].get("lang").cloned().unwrap_or_default(),
        t[0].get("dir").cloned().unwrap_or_default(),
    )
}

/// The text of the page with tags removed, for assertions on what a reader sees.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace(['\u{2068}', '\u{2069}'], "")
}

/// Every tag in `html` with its attributes.
pub fn all_tags(html: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        found.push((
            name.to_ascii_lowercase(),
            attributes(&rest[name.len()..end]),
        ));
        rest = &rest[end..];
    }
    found
}

/// Builds the repository's example site into `public` (a temporary folder), failing the test
/// with senda's message if the build fails. Returns what senda printed on stderr.
#[track_caller]
pub fn build_example(public: &Path) -> String {
    let run = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["build", "--lang", "en", "--root"])
        .arg(repo())
        .arg("--output")
        .arg(public)
        .output()
        .expect("run senda");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{stderr}");
    stderr
}

/// The example site built once for every test of this run that only reads it: its output
/// folder, and what the build printed on stderr. Nothing may change it.
pub fn example() -> &'static (PathBuf, String) {
    static BUILT: std::sync::OnceLock<(PathBuf, String)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        // Kept until the process ends (in cargo's folder for tests' files): every test of the
        // run may read it.
        let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .expect("temp")
            .keep();
        let public = dir.join("public");
        let stderr = build_example(&public);
        (public, stderr)
    })
}

/// A page as a greyscale picture at `dpi`: width, height and one byte per pixel.
pub fn picture(pdf: &Path, page: u32, dpi: u32) -> (usize, usize, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temp");
    let prefix = dir.path().join("page");
    let p = page.to_string();
    let d = dpi.to_string();
    let status = Command::new("pdftoppm")
        .args(["-r", &d, "-gray", "-png", "-singlefile", "-f", &p, "-l", &p])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
    let file = std::fs::File::open(prefix.with_extension("png")).expect("png");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut buf).expect("png frame");
    let (w, h) = (frame.width as usize, frame.height as usize);
    let channels = frame.line_size / w;
    let grey = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| buf[y * frame.line_size + x * channels])
        .collect();
    (w, h, grey)
}

/// The texts of the QR codes on a page of a PDF, read from a picture at `dpi`.
pub fn decode_qr_at(pdf: &Path, page: u32, dpi: u32) -> Vec<String> {
    let (w, h, grey) = picture(pdf, page, dpi);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

/// A running `senda serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn serve(site: &Fixture) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["serve", "--lang", "en", "--port", "0", "--root"])
        .arg(&site.root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start senda serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("serve prints its address");
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("address")
        .to_string();
    Server { child, address }
}

/// A raw GET, so that nothing normalises the path on the way.
pub fn get(server: &Server, path: &str) -> (u16, String) {
    let response = get_raw(server, path);
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    (status, body)
}

/// The whole response, headers included.
pub fn get_raw(server: &Server, path: &str) -> String {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("send");
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}
