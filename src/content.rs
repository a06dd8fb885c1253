//! The pages under `content/<locale>/`: walking the folders, splitting and checking front matter,
//! and the digest of each page's text that translation freshness is measured against.

use std::collections::{BTreeMap, HashMap};
use std::time::SystemTime;

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;
use toml::value::Datetime;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Error, Problems, Result, read_text};
use crate::toml_error;

/// The front matter of a page, the TOML between the `+++` lines at its top.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page's title, shown as its heading, in menus and in the browser tab.
    pub title: String,
    /// One or two plain sentences: search results and link previews show it.
    #[serde(default)]
    pub description: String,
    /// Order in menus: lower comes first.
    #[serde(default)]
    pub weight: i64,
    /// A draft is not published.
    #[serde(default)]
    pub draft: bool,
    /// The last part of the page's address in this language, instead of the file name.
    #[serde(default)]
    pub slug: Option<Spanned<String>>,
    /// When the page was last reviewed: `updated = 2026-11-25`. Every page carries one.
    pub updated: Spanned<Datetime>,
    /// When the page must be checked again, because programs and rules change.
    #[serde(default)]
    pub review_by: Option<Spanned<Datetime>>,
    /// Who still has to check this text: `native-speaker` (a drafted translation) or `legal`.
    #[serde(default)]
    pub review: Option<Review>,
    /// In a translation: the digest of the source page's text it was translated from
    /// (`senda status --stamp FILE` writes it).
    #[serde(default)]
    pub source_digest: Option<String>,
    /// The page is about something a reader may need to hide (violence, trafficking): it gets a
    /// quick-exit link to a neutral site.
    #[serde(default)]
    pub sensitive: bool,
    /// Print this page as leaflets: `leaflet = { layouts = ["trifold", "card"] }`.
    #[serde(default)]
    pub leaflet: Option<LeafletSpec>,
}

/// Which printable leaflets a page is made into.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeafletSpec {
    /// `trifold` (one sheet folded in three), `booklet` (A5 pages, folded and stapled), `card`
    /// (wallet cards, several to a sheet).
    pub layouts: Vec<Layout>,
    /// The lines of the wallet card; by default the page's `##` headings.
    #[serde(default)]
    pub card: Vec<String>,
}

/// A leaflet layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Trifold,
    Booklet,
    Card,
}

impl Layout {
    /// The name in file names and messages.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Trifold => "trifold",
            Layout::Booklet => "booklet",
            Layout::Card => "card",
        }
    }
}

/// Who has yet to check a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// Drafted by someone who is not a native speaker: a native speaker must check it.
    NativeSpeaker,
    /// A lawyer must check it.
    Legal,
}

/// A calendar date from front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `2026-11-25`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One Markdown file: one page in one language.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's identity across languages: its path under the locale folder without `.md`
    /// (`asilo`, `guias/mexico`, `index`).
    pub id: String,
    pub lang: String,
    /// The path as shown to people, relative to the site root: `content/es/asilo.md`.
    pub shown: PathBuf,
    /// The whole file.
    pub source: String,
    /// Where the Markdown body starts in `source`.
    pub body_start: usize,
    pub front: FrontMatter,
    pub updated: Date,
    pub review_by: Option<Date>,
    /// Short hash of the body, worked out when first asked for (see [`Page::digest`]).
    digest: std::sync::OnceLock<String>,
    /// Hash of the whole file, to tell whether anything made from it must be made again.
    pub fingerprint: u64,
    /// Its heading ids and its links to headings, for checking anchors across the site.
    pub outline: crate::markdown::Outline,
}

impl Page {
    /// The Markdown text below the front matter.
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }

    /// Short hash of the body, what a translation's `source_digest` is compared with. Only pages
    /// that have translations recording one ever need it.
    pub fn digest(&self) -> &str {
        self.digest.get_or_init(|| digest(self.body()))
    }

    /// The last part of the page's address: its slug, or its file name.
    pub fn url_segment(&self) -> &str {
        match &self.front.slug {
            Some(s) => s.get_ref(),
            None => self.id.rsplit('/').next().unwrap_or(&self.id),
        }
    }

    /// True for `index.md` files, which stand for their folder.
    pub fn is_index(&self) -> bool {
        self.id == "index" || self.id.ends_with("/index")
    }
}

/// A file that is not a page (an image, a PDF) inside a locale folder, published beside the pages.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    /// Path under the locale folder, with `/`.
    pub rel: String,
    pub file: PathBuf,
}

/// When a file was last changed and its size: unchanged means not read again.
type Stamp = (Option<SystemTime>, u64);

/// Pages read by an earlier build in the same process, by file, with the file's modification time
/// and size when read: `serve` re-reads only the files that changed.
#[derive(Debug, Clone, Default)]
pub struct PageCache {
    files: HashMap<PathBuf, (Stamp, Arc<Page>)>,
    /// Keep a copy of every page for the next load (only when there will be one).
    pub keep: bool,
}

/// Every page of the site, by identity and then by language.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Shared, so that a rebuild in `serve` takes unchanged pages from its cache without copying.
    pub pages: BTreeMap<String, BTreeMap<String, Arc<Page>>>,
    pub assets: Vec<Asset>,
}

impl Content {
    /// Walks `content/`, reads every page and reports every problem found together.
    pub fn load(config: &Config, cache: &mut PageCache) -> Result<Content> {
        let dir = config.root.join("content");
        let mut problems = Problems::default();
        let mut content = Content::default();
        let entries = std::fs::read_dir(&dir).map_err(Error::io("read the folder", &dir))?;
        let mut locale_dirs = Vec::new();
        for entry in entries {
            let entry = entry.map_err(Error::io("read the folder", &dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let shown = Path::new("content").join(&name);
            if name.starts_with('.') {
                continue;
            }
            let kind = entry
                .file_type()
                .map_err(Error::io("read", &entry.path()))?;
            if !kind.is_dir() {
                problems.push(Diagnostic::in_file(
                    &shown,
                    "pages go inside a language folder, for example content/es/",
                ));
            } else if config.language(&name).is_none() {
                problems.push(Diagnostic::in_file(
                    &shown,
                    format!("the folder `{name}` is not a language declared in senda.toml; add it to [[languages]] or rename it"),
                ));
            } else {
                locale_dirs.push(name);
            }
        }
        locale_dirs.sort();
        // Each language's folder is walked on its own thread: a rebuild in `serve` looks at every
        // file's modification time.
        let walked: Vec<(Vec<Found>, Content, Problems)> = locale_dirs
            .par_iter()
            .map(|lang| {
                let (mut found, mut assets, mut problems) =
                    (Vec::new(), Content::default(), Problems::default());
                walk_locale(&dir, lang, &mut found, &mut assets, &mut problems);
                (found, assets, problems)
            })
            .collect();
        let mut found = Vec::new();
        for (files, assets, more) in walked {
            found.extend(files);
            content.assets.extend(assets.assets);
            problems.list.extend(more.list);
        }
        // Read and parse in parallel; a file unchanged since the last build in this process is
        // taken from the cache as it was.
        let read: Vec<Result<Arc<Page>>> = found
            .par_iter()
            .map(|f| match cache.files.get(&f.path) {
                Some((stamp, page)) if *stamp == f.stamp && f.stamp.0.is_some() => Ok(page.clone()),
                _ => read_page(&f.path, &f.shown, &f.id, &f.lang).map(Arc::new),
            })
            .collect();
        let mut files = HashMap::with_capacity(found.len());
        for (f, result) in found.into_iter().zip(read) {
            if let Some(page) = problems.take(result)? {
                if cache.keep {
                    files.insert(f.path, (f.stamp, page.clone()));
                }
                content
                    .pages
                    .entry(page.id.clone())
                    .or_default()
                    .insert(page.lang.clone(), page);
            }
        }
        cache.files = files;
        problems.finish()?;
        Ok(content)
    }

    /// The page with this identity in this language, if it was written.
    pub fn get(&self, id: &str, lang: &str) -> Option<&Page> {
        self.pages
            .get(id)
            .and_then(|by_lang| by_lang.get(lang))
            .map(Arc::as_ref)
    }
}

/// A page file found while walking, before it is read.
struct Found {
    path: PathBuf,
    shown: PathBuf,
    id: String,
    lang: String,
    stamp: Stamp,
}

fn walk_locale(
    dir: &Path,
    lang: &str,
    found: &mut Vec<Found>,
    content: &mut Content,
    problems: &mut Problems,
) {
    let base = dir.join(lang);
    for entry in WalkDir::new(&base).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| base.clone());
                problems.push(Diagnostic::in_file(
                    &shown_path(dir, &path),
                    format!("cannot be read: {e}"),
                ));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if entry.depth() > 0 && (name.starts_with('.') || name.ends_with('~')) {
            continue;
        }
        let shown = shown_path(dir, path);
        if entry.path_is_symlink() {
            problems.push(Diagnostic::in_file(
                &shown,
                "is a symbolic link; senda does not follow links, so that nothing from outside the site is published. Copy the file here instead",
            ));
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = path
            .strip_prefix(&base)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        match rel.strip_suffix(".md") {
            Some(id) => {
                let stamp = entry
                    .metadata()
                    .map_or((None, 0), |m| (m.modified().ok(), m.len()));
                found.push(Found {
                    path: path.to_path_buf(),
                    shown,
                    id: id.to_string(),
                    lang: lang.to_string(),
                    stamp,
                });
            }
            None => content.assets.push(Asset {
                lang: lang.to_string(),
                rel,
                file: path.to_path_buf(),
            }),
        }
    }
}

fn shown_path(content_dir: &Path, path: &Path) -> PathBuf {
    Path::new("content").join(path.strip_prefix(content_dir).unwrap_or(path))
}

/// A page larger than this is refused before it is parsed: no reader could download it, and it
/// would only cost the build memory.
pub const MAX_PAGE_BYTES: u64 = 1024 * 1024;

/// Reads one page file.
pub fn read_page(path: &Path, shown: &Path, id: &str, lang: &str) -> Result<Page> {
    let size = std::fs::metadata(path)
        .map_err(Error::io("read", path))?
        .len();
    if size > MAX_PAGE_BYTES {
        return Err(Error::one(Diagnostic::in_file(
            shown,
            format!(
                "this page is {:.1} MB; a page must be under {} MB (readers pay for every kilobyte): split it into several pages",
                size as f64 / 1_048_576.0,
                MAX_PAGE_BYTES / 1_048_576
            ),
        )));
    }
    let source = read_text(path, shown)?;
    parse_page(source, shown, id, lang)
}

/// Parses a page's text: front matter, body and digest.
pub fn parse_page(source: String, shown: &Path, id: &str, lang: &str) -> Result<Page> {
    let (toml_range, body_start) = split_front_matter(&source, shown)?;
    let front: FrontMatter = toml::from_str(&source[toml_range.clone()])
        .map_err(|e| Error::one(toml_error::diagnostic(shown, &source, toml_range.start, &e)))?;
    let mut problems = Problems::default();
    let at = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::at(
            shown,
            &source,
            toml_range.start + span.start..toml_range.start + span.end,
            message,
        )
    };
    let updated = date_of(&front.updated).map_err(|m| at(front.updated.span(), m));
    let review_by = front
        .review_by
        .as_ref()
        .map(|d| date_of(d).map_err(|m| at(d.span(), m)))
        .transpose();
    if front.title.trim().is_empty() {
        problems.push(Diagnostic::at(
            shown,
            &source,
            toml_range.clone(),
            "the title is empty",
        ));
    }
    if let Some(slug) = &front.slug {
        if let Err(m) = check_slug(slug.get_ref()) {
            problems.push(at(slug.span(), m));
        }
        if id == "index" || id.ends_with("/index") {
            problems.push(at(
                slug.span(),
                "an index page takes its folder's address; remove its slug".into(),
            ));
        }
    }
    let (updated, review_by) = match (updated, review_by) {
        (Ok(u), Ok(r)) => (u, r),
        (u, r) => {
            problems.list.extend(u.err());
            problems.list.extend(r.err());
            return Err(Error::Invalid(problems.list));
        }
    };
    problems.finish()?;
    let fingerprint = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        source.hash(&mut hasher);
        hasher.finish()
    };
    Ok(Page {
        id: id.to_string(),
        lang: lang.to_string(),
        shown: shown.to_path_buf(),
        body_start,
        front,
        updated,
        review_by,
        digest: std::sync::OnceLock::new(),
        fingerprint,
        outline: crate::markdown::outline(&source[body_start..]),
        source,
    })
}

/// Finds the front matter: its TOML text's byte range, and where the body starts.
fn split_front_matter(source: &str, shown: &Path) -> Result<(std::ops::Range<usize>, usize)> {
    let first_line_end = source.find('\n').map_or(source.len(), |i| i + 1);
    if source[..first_line_end].trim_end() != "+++" {
        return Err(Error::one(Diagnostic::at(
            shown,
            source,
            0..first_line_end.saturating_sub(1),
            "a page must start with front matter between two `+++` lines (at least `title` and `updated`)",
        )));
    }
    let mut pos = first_line_end;
    while pos < source.len() {
        let end = source[pos..]
            .find('\n')
            .map_or(source.len(), |i| pos + i + 1);
        if source[pos..end].trim_end() == "+++" {
            return Ok((first_line_end..pos, end));
        }
        pos = end;
    }
    Err(Error::one(Diagnostic::at(
        shown,
        source,
        0..3,
        "the front matter opened here is never closed: add a line with `+++` after it",
    )))
}

fn date_of(value: &Spanned<Datetime>) -> std::result::Result<Date, String> {
    let dt = value.get_ref();
    match (dt.date, dt.time) {
        (Some(d), None) => Ok(Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        _ => Err(format!("`{dt}` should be a plain date like 2026-11-25")),
    }
}

/// A slug becomes a folder name and part of an address: keep it to one safe path segment.
pub fn check_slug(slug: &str) -> std::result::Result<(), String> {
    if slug.trim().is_empty() {
        return Err("the slug is empty".into());
    }
    if slug == "." || slug == ".." || slug.starts_with('.') {
        return Err(format!("the slug `{slug}` cannot start with a dot"));
    }
    if let Some(c) = slug.chars().find(|c| {
        matches!(
            c,
            '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*' | '#' | '%' | ' '
        ) || c.is_control()
    }) {
        return Err(format!(
            "the slug `{slug}` contains `{}`; use letters, digits and `-` only (it becomes one part of the address)",
            c.escape_default()
        ));
    }
    Ok(())
}

/// Short, stable digest of a page body: line endings and surrounding blank lines do not count.
pub fn digest(body: &str) -> String {
    let normalized = body.replace("\r\n", "\n");
    let hash = Sha256::digest(normalized.trim().as_bytes());
    hash.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Result<Page> {
        parse_page(text.to_string(), Path::new("content/es/a.md"), "a", "es")
    }

    #[test]
    fn crlf_front_matter_is_read() -> Result<()> {
        let p = page("+++\r\ntitle = \"Asilo\"\r\nupdated = 2026-11-25\r\n+++\r\nHola\r\n")?;
        assert_eq!(p.front.title, "Asilo");
        assert_eq!(p.body(), "Hola\r\n");
        assert_eq!(p.digest(), digest("Hola\n"));
        Ok(())
    }

    #[test]
    fn unknown_field_names_its_line() {
        let err = page("+++\ntitle = \"A\"\ntitel = \"B\"\nupdated = 2026-11-25\n+++\n").err();
        let shown = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            shown.starts_with("error: content/es/a.md:3:1: unknown field `titel`"),
            "{shown}"
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let shown = page("+++\ntitle = \"A\"\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            shown.contains("content/es/a.md:1:1: the front matter opened here is never closed"),
            "{shown}"
        );
    }

    #[test]
    fn slugs_stay_one_segment() {
        assert!(check_slug("asilo-en-mexico").is_ok());
        assert!(check_slug("ri'il").is_ok());
        for bad in ["../etc", "a/b", "..", "", "a:b", "a\\b"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
