//! One Markdown file, read once: its front matter validated, its body read into a document.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::front_matter::{self, FrontMatter};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::files::read_text;
use crate::markdown::{self, AssetLookup, Document, Foreign, Reading};
use crate::said;
use crate::said::Said;

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
    /// The body, read once: what every output and lint is made from.
    pub document: Document,
    /// Short hash of the body, worked out when first asked for (see [`Page::digest`]).
    digest: std::sync::OnceLock<String>,
    /// Hash of the whole file, to tell whether anything made from it must be made again.
    pub fingerprint: u64,
    /// For a page made from a catalogue (`po/<lang>.po`) rather than written as a file: how much
    /// of it the catalogue translates.
    pub catalogue: Option<Progress>,
    /// What is wrong in the page's own text (an image that is not there, a broken block): the
    /// site does not build until it is mended, but the page is still a page, so links to it reach
    /// it and `check` reports its other problems (its links, its headings) in the same run.
    pub problems: Vec<Diagnostic>,
}

/// How much of a page made from a catalogue is translated; the rest stays in the language it
/// falls back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The language of the page it translates, whose files (images, documents) it shows.
    pub from: String,
    pub translated: usize,
    /// Translated once, but the source changed since: shown in the fallback language.
    pub fuzzy: usize,
    pub total: usize,
    /// The page it translates, as shown (`content/es/asilo.md`).
    pub source: PathBuf,
    /// The title, or the description, is not translated yet: it is in `from`.
    pub title_in_source: bool,
    pub description_in_source: bool,
    /// Where each translated message stands in the page's text, with the line of its entry in
    /// the catalogue: a problem in a translation is shown there.
    pub places: Vec<(std::ops::Range<usize>, usize)>,
}

impl Progress {
    /// The language the title is in, when it is not the page's.
    pub fn title_lang(&self) -> Option<&str> {
        self.title_in_source.then_some(self.from.as_str())
    }

    /// The language the description is in, when it is not the page's.
    pub fn description_lang(&self) -> Option<&str> {
        self.description_in_source.then_some(self.from.as_str())
    }

    /// `found` (at `offset` of the made page's text, if known) shown where the writer can mend
    /// it: at the catalogue entry it comes from, or else in the source page.
    pub fn problem(
        &self,
        catalogue: &Path,
        offset: Option<usize>,
        found: Diagnostic,
    ) -> Diagnostic {
        let entry =
            offset.and_then(|o| self.places.iter().find(|(r, _)| r.start <= o && o <= r.end));
        let moved = match entry {
            Some((_, line)) => Diagnostic::at_line(catalogue, None, *line, 1, found.message),
            None => Diagnostic::in_file(
                &self.source,
                said!(
                    "page-problem-untranslated",
                    problem = found.message,
                    catalogue = catalogue
                ),
            ),
        };
        Diagnostic {
            severity: found.severity,
            ..moved
        }
    }
}

/// What reading a page needs besides its text: where it is, and what is beside it.
pub struct PageFile<'a> {
    pub shown: &'a Path,
    pub id: &'a str,
    pub lang: &'a str,
    /// Keep every straight apostrophe as written (K'iche', Mam).
    pub apostrophe_is_letter: bool,
    /// Raw HTML goes out as written (`[markdown] raw_html = "allow"`).
    pub allow_raw_html: bool,
    /// The site's own address (`base_url`).
    pub base_url: &'a str,
    /// A file in the page's language folder: `None` if missing, else its size if an image.
    pub asset: &'a AssetLookup<'a>,
}

impl Page {
    /// The main heading shown on the page: its own leading `# Heading`, else its title.
    pub fn heading(&self) -> &str {
        self.document
            .heading
            .as_deref()
            .unwrap_or(&self.front.title)
    }

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
            Some(s) => s,
            None => self.id.rsplit('/').next().unwrap_or(&self.id),
        }
    }

    /// The part of the names of files made from the page (leaflets, recording) that names it:
    /// its slug, or `index` for a folder's page.
    pub fn base_name(&self) -> &str {
        if self.is_index() {
            "index"
        } else {
            self.url_segment()
        }
    }

    /// True for `index.md` files, which stand for their folder.
    pub fn is_index(&self) -> bool {
        self.id == "index" || self.id.ends_with("/index")
    }

    /// A problem at `at` in the page's text, shown where the writer can mend it (for a page made
    /// from a catalogue, at the catalogue's entry).
    pub fn problem(&self, at: std::ops::Range<usize>, message: impl Into<Said>) -> Diagnostic {
        let found = Diagnostic::at(&self.shown, &self.source, at.clone(), message);
        match &self.catalogue {
            Some(progress) => progress.problem(&self.shown, Some(at.start), found),
            None => found,
        }
    }

    /// Where a problem at byte `offset` of the file is.
    pub fn at(&self, offset: usize, message: impl Into<Said>) -> Diagnostic {
        self.problem(offset..offset, message)
    }
}

/// A page larger than this is refused before it is parsed: no reader could download it, and it
/// would only cost the build memory.
pub const MAX_PAGE_BYTES: u64 = 1024 * 1024;

/// Reads one page file: `None` when nobody has written it yet (see [`is_unwritten`]), which
/// counts as no file at all, so the page falls back to another language.
pub fn read_page(path: &Path, file: &PageFile) -> Result<Option<Page>> {
    let size = std::fs::metadata(path)
        .map_err(Error::io("read", path))?
        .len();
    if size > MAX_PAGE_BYTES {
        return Err(Error::one(Diagnostic::in_file(
            file.shown,
            said!(
                "page-too-large",
                size = format!("{:.1}", size as f64 / 1_048_576.0),
                limit = MAX_PAGE_BYTES / 1_048_576
            ),
        )));
    }
    let source = read_text(path, file.shown)?;
    if is_unwritten(&source) {
        return Ok(None);
    }
    parse(source, file, None).map(Some)
}

/// A page file nobody has written in yet: empty, only blank lines, or front matter with nothing
/// inside and nothing below (`+++\n\n+++`). A browser editor such as Decap CMS writes one for
/// every language of a new page (decaporg/decap-cms#6932); it means "not translated yet".
pub fn is_unwritten(source: &str) -> bool {
    let text = source.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return true;
    }
    let Some(inner) = text
        .strip_prefix("+++")
        .and_then(|rest| rest.strip_suffix("+++"))
    else {
        return false;
    };
    inner.trim().is_empty() && inner.starts_with(['\n', '\r'])
}

/// Parses a page's text: front matter, then the body into its document; any problem in it is
/// an error.
pub fn parse_page(source: String, file: &PageFile) -> Result<Page> {
    parse(source, file, None).and_then(Page::without_problems)
}

/// Parses the text of a page made from a catalogue, whose words at `foreign` stay in the
/// language it falls back to; any problem in it is an error.
pub fn parse_translated(source: String, file: &PageFile, foreign: &Foreign) -> Result<Page> {
    parse(source, file, Some(foreign)).and_then(Page::without_problems)
}

impl Page {
    /// The page, or its problems as the error.
    fn without_problems(self) -> Result<Page> {
        match self.problems.is_empty() {
            true => Ok(self),
            false => Err(Error::Invalid(self.problems)),
        }
    }
}

/// Parses a page's text: an error when its front matter cannot be read or it has no title; the
/// page with its body's problems beside it otherwise.
fn parse(source: String, file: &PageFile, foreign: Option<&Foreign>) -> Result<Page> {
    let (toml, body_start) = split_front_matter(&source, file.shown)?;
    let mut front = front_matter::parse(&source, toml.clone(), file.shown, file.id)?;
    let reading = reading(file, &source, body_start, &front, foreign);
    let (document, mut problems) = markdown::read_all(&reading);
    if front.title.is_empty() {
        match document.title.clone() {
            Some(title) => front.title = title,
            None => {
                let message = said!("page-no-title");
                problems.push(Diagnostic::at(file.shown, &source, toml, message));
                return Err(Error::Invalid(problems));
            }
        }
    }
    let fingerprint = crate::digest::of("page source", &source);
    Ok(Page {
        id: file.id.to_string(),
        lang: file.lang.to_string(),
        shown: file.shown.to_path_buf(),
        body_start,
        front,
        document,
        digest: std::sync::OnceLock::new(),
        fingerprint,
        source,
        catalogue: None,
        problems,
    })
}

/// A page read for reshaping it (`senda split`): its front matter checked, its document read
/// whatever problems its links and images have, since reshaping does not change them.
pub struct Outline {
    /// The front matter's TOML text, as a byte range of the file.
    pub toml: std::ops::Range<usize>,
    pub body_start: usize,
    pub front: FrontMatter,
    pub document: Document,
}

/// Reads `source` into its [`Outline`]; a front matter that cannot be read is an error.
pub fn outline(source: &str, file: &PageFile) -> Result<Outline> {
    let (toml, body_start) = split_front_matter(source, file.shown)?;
    let front = front_matter::parse(source, toml.clone(), file.shown, file.id)?;
    let (document, _) = markdown::read_all(&reading(file, source, body_start, &front, None));
    Ok(Outline {
        toml,
        body_start,
        front,
        document,
    })
}

/// What reading the body of `file` needs, once its front matter is read.
fn reading<'a>(
    file: &'a PageFile<'a>,
    source: &'a str,
    body_start: usize,
    front: &'a FrontMatter,
    foreign: Option<&'a Foreign>,
) -> Reading<'a> {
    Reading {
        shown: file.shown,
        file: source,
        body_start,
        id: file.id,
        apostrophe_is_letter: file.apostrophe_is_letter,
        title: Some(front.title.as_str()).filter(|t| !t.is_empty()),
        allow_raw_html: file.allow_raw_html,
        base_url: file.base_url,
        asset: file.asset,
        foreign,
    }
}

/// Finds the front matter: its TOML text's byte range, and where the body starts.
fn split_front_matter(source: &str, shown: &Path) -> Result<(std::ops::Range<usize>, usize)> {
    let first_line_end = source.find('\n').map_or(source.len(), |i| i + 1);
    if source[..first_line_end].trim_end() != "+++" {
        return Err(Error::one(Diagnostic::at(
            shown,
            source,
            0..first_line_end.saturating_sub(1),
            said!("page-no-front-matter"),
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
        said!("page-front-matter-unclosed"),
    )))
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

    #[test]
    fn only_files_with_nothing_written_are_unwritten() {
        for text in [
            "",
            " \n\n",
            "\u{feff}",
            "+++\n\n+++\n",
            "+++\r\n+++",
            "+++\n+++",
        ] {
            assert!(is_unwritten(text), "{text:?}");
        }
        for text in [
            "+++\ntitle = \"a\"\n+++\n",
            "+++\n+++\nTexto.\n",
            "Texto",
            "++++++",
        ] {
            assert!(!is_unwritten(text), "{text:?}");
        }
    }

    /// `content/es/a.md`, with no file beside it.
    fn file() -> PageFile<'static> {
        PageFile {
            shown: Path::new("content/es/a.md"),
            id: "a",
            lang: "es",
            apostrophe_is_letter: false,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
        }
    }

    fn page(text: &str) -> Result<Page> {
        parse_page(text.to_string(), &file())
    }

    /// A page whose image is missing was dropped whole: every link to it was "a page that does
    /// not exist", and its own links were checked only once the image was mended.
    #[test]
    fn a_page_with_problems_of_its_own_is_read_with_them() -> Result<()> {
        let text = "+++\ntitle = \"A\"\nupdated = 2026-11-25\n+++\n![Mapa](mapa.png)\n\n[Ayuda](/ayuda/)\n";
        let read = parse(text.to_string(), &file(), None)?;
        assert_eq!(read.document.links.len(), 1, "its links are kept");
        let shown: Vec<String> = read.problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].contains("content/es/a.md:5:1: the image `mapa.png` does not exist"));
        // Where a whole page is wanted (a leaflet's card), its problems are the error.
        assert!(page(text).is_err());
        Ok(())
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
        use super::front_matter::check_slug;
        assert!(check_slug("asilo-en-mexico").is_ok());
        assert!(check_slug("ri'il").is_ok());
        for bad in ["../etc", "a/b", "..", "", "a:b", "a\\b"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
