//! Turning rendered pages into files: minified HTML, the sitemap with hreflang alternates, the
//! theme's static files and the content's own files. Nothing here touches the output folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::{Error, Result};
use crate::html::escape;
use crate::render::{MENU_PLACEHOLDER, RenderedPage, Theme};
use crate::site::Site;

/// One file of the built site: its path below the output folder (with `/`) and its bytes,
/// shared: `serve` keeps unchanged pages from one rebuild to the next without copying them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub path: String,
    pub bytes: Bytes,
}

/// A file's bytes, shared rather than copied.
pub type Bytes = Arc<Vec<u8>>;

/// Where a build's files go as they are made: kept in memory (`serve`, `check`) or staged for
/// the output folder ([`crate::write::Transaction`]), so that a large site need not be held whole.
pub trait Sink {
    fn put(&mut self, outputs: Vec<Output>) -> Result<()>;
}

impl Sink for Vec<Output> {
    fn put(&mut self, outputs: Vec<Output>) -> Result<()> {
        self.extend(outputs);
        Ok(())
    }
}

/// minify-html, kept to what every browser reads the same way: the `<html lang dir>` opening tag
/// stays, the doctype stays standard. The theme's CSS was minified once when it was loaded.
fn minify_config() -> minify_html::Cfg {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg
}

/// Minifies an HTML document.
pub fn minify(html: &str) -> Vec<u8> {
    minify_html::minify(html.as_bytes(), &minify_config())
}

/// Every page as `<lang>/<path>/index.html`, minified. A menu that many pages share is
/// minified once and put in place of each page's placeholder: the same bytes as minifying each
/// page whole, for a fraction of the work.
pub fn pages(rendered: &[RenderedPage]) -> Vec<Output> {
    let key = |menu: &Arc<String>| Arc::as_ptr(menu) as usize;
    let mut menus: HashMap<usize, &str> = HashMap::new();
    for menu in rendered.iter().filter_map(|p| p.menu.as_ref()) {
        menus.entry(key(menu)).or_insert(menu.as_str());
    }
    let menus: HashMap<usize, Vec<u8>> = menus
        .into_par_iter()
        .filter(|(_, menu)| stands_alone(menu))
        .map(|(k, menu)| (k, minify(menu)))
        .collect();
    rendered
        .par_iter()
        .map(|p| Output {
            path: format!("{}index.html", p.route.path),
            bytes: match p.menu.as_ref() {
                Some(menu) => {
                    let minified = menus.get(&key(menu)).map(Vec::as_slice);
                    let spliced = (p.html.matches(MENU_PLACEHOLDER).count() == 1)
                        .then(|| minify(&p.html))
                        .zip(minified)
                        .and_then(|(page, menu)| splice(&page, menu));
                    // Where the menu or the placeholder is not an element of its own (a theme
                    // wrote it into an attribute, say), the page is minified whole with its menu.
                    spliced.unwrap_or_else(|| minify(&p.html.replacen(MENU_PLACEHOLDER, menu, 1)))
                }
                None => minify(&p.html),
            }
            .into(),
        })
        .collect()
}

/// Whether a menu minified on its own is, byte for byte, what it is inside its page: it is one
/// block element (`<nav>…</nav>`), around which white space means nothing. Inline elements side
/// by side would lose the space between them.
fn stands_alone(menu: &str) -> bool {
    const BLOCKS: [&str; 9] = [
        "nav", "div", "section", "aside", "header", "footer", "ul", "ol", "details",
    ];
    let menu = menu.trim();
    let name: String = menu
        .strip_prefix('<')
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect()
        })
        .unwrap_or_default();
    BLOCKS.contains(&name.as_str())
        && menu.ends_with(&format!("</{name}>"))
        && menu.matches(&format!("<{name}")).count() == 1
}

/// `page` with its menu placeholder replaced by `menu`, if the placeholder is there once and
/// as an element (right after a tag), not inside an attribute.
fn splice(page: &[u8], menu: &[u8]) -> Option<Vec<u8>> {
    let placeholder = MENU_PLACEHOLDER.as_bytes();
    let mut found = memchr::memmem::find_iter(page, placeholder);
    let at = found.next()?;
    if found.next().is_some() || at == 0 || page[at - 1] != b'>' {
        return None;
    }
    let mut out = Vec::with_capacity(page.len() + menu.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(menu);
    out.extend_from_slice(&page[at + placeholder.len()..]);
    Some(out)
}

/// Other HTML files (language picker, 404 pages), minified.
pub fn documents(documents: Vec<(String, String)>) -> Vec<Output> {
    documents
        .into_iter()
        .map(|(path, html)| Output {
            bytes: minify(&html).into(),
            path,
        })
        .collect()
}

/// What `sitemap.xml` is made from, as one number: a rebuild in `serve` that changes none of it
/// keeps the sitemap it made before.
pub fn sitemap_key(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&site.config.base_url, &site.config.default_language).hash(&mut h);
    for language in &site.config.languages {
        language.code.hash(&mut h);
    }
    for route in &site.routes {
        (&route.id, &route.lang, &route.content_lang, &route.path).hash(&mut h);
        site.page(route).map(|p| p.front.updated.iso()).hash(&mut h);
    }
    site.directory.fingerprint().hash(&mut h);
    h.finish()
}

/// `sitemap.xml`: every translated page with its date and its alternates in other languages.
/// Untranslated copies are left out: they repeat another language's text.
pub fn sitemap(site: &Site) -> Output {
    let base = &site.config.base_url;
    let mut entries: Vec<String> = site
        .routes
        .par_iter()
        .filter(|r| !r.is_fallback())
        .filter_map(|route| {
            let page = site.page(route)?;
            let alternates: Vec<(&str, &str)> = site
                .config
                .languages
                .iter()
                .filter_map(|l| site.route(&route.id, &l.code))
                .filter(|r| !r.is_fallback())
                .map(|r| (r.lang.as_str(), r.path.as_str()))
                .collect();
            let default = site
                .route(&route.id, &site.config.default_language)
                .map(|r| r.path.as_str());
            let here = (route.path.as_str(), page.front.updated.iso());
            Some(sitemap_entry(base, here, &alternates, default))
        })
        .collect();
    entries.extend(directory_entries(site));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    xml.extend(entries);
    xml.push_str("</urlset>\n");
    Output {
        path: "sitemap.xml".into(),
        bytes: xml.into_bytes().into(),
    }
}

/// The directory's pages in every language, dated by their newest verification.
fn directory_entries(site: &Site) -> Vec<String> {
    use crate::render::{directory_path, newest};
    if site.directory.is_empty() {
        return Vec::new();
    }
    let base = &site.config.base_url;
    let places = std::iter::once(String::new()).chain(site.directory.places());
    let mut entries = Vec::new();
    for place in places {
        let Some(date) = newest(site, &place) else {
            continue;
        };
        let paths: Vec<(String, String)> = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), directory_path(&l.code, &place)))
            .collect();
        let alternates: Vec<(&str, &str)> = paths
            .iter()
            .map(|(l, p)| (l.as_str(), p.as_str()))
            .collect();
        let default = directory_path(&site.config.default_language, &place);
        for (_, path) in &paths {
            let here = (path.as_str(), date.iso());
            entries.push(sitemap_entry(base, here, &alternates, Some(&default)));
        }
    }
    entries
}

/// One `<url>` of the sitemap: its path and date, and its alternates in other languages when it
/// has any.
fn sitemap_entry(
    base: &str,
    (path, updated): (&str, String),
    alternates: &[(&str, &str)],
    default: Option<&str>,
) -> String {
    use std::fmt::Write;
    let mut xml = String::with_capacity(512);
    // Writing into a String cannot fail.
    let _ = write!(
        xml,
        "<url><loc>{}</loc><lastmod>{updated}</lastmod>",
        escape(&format!("{base}{path}"))
    );
    if alternates.len() > 1 {
        for (lang, alt) in alternates {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(lang),
                escape(&format!("{base}{alt}"))
            );
        }
        if let Some(default) = default {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape(&format!("{base}{default}"))
            );
        }
    }
    xml.push_str("</url>\n");
    xml
}

/// The theme's `static/` files at the site root, and the content's own files (images, PDFs)
/// beside the pages of their language.
pub fn files(site: &Site) -> Result<Vec<Output>> {
    // Photos a page asks to link to their originals (`originals = true`).
    let mut originals = std::collections::HashSet::new();
    for page in site.content.all().filter(|p| p.front.originals) {
        for node in &page.document.nodes {
            if let crate::markdown::Node::Image(image) = node {
                originals.insert((page.lang.as_str(), image.rel.as_str()));
            }
        }
    }
    let mut out = Vec::new();
    // The theme's `static/` files are assets at the site's root (`/`); photos over budget are
    // published as their fitted copies.
    for asset in &site.content.assets {
        let path = match asset.lang.as_str() {
            "/" => asset.rel.clone(),
            lang => format!("{lang}/{}", asset.rel),
        };
        let bytes = asset.bytes().map_err(Error::io("read", &asset.file))?;
        if asset.fitted.is_some() && originals.contains(&(asset.lang.as_str(), asset.rel.as_str()))
        {
            let original = std::fs::read(&asset.file).map_err(Error::io("read", &asset.file))?;
            out.push(Output {
                path: crate::render::original_path(&path),
                bytes: original.into(),
            });
        }
        out.push(Output { path, bytes });
    }
    // Each page's recording, in its own language's folder (and so in that language's zip).
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(path) = crate::render::recording_path(site, route) else {
            continue;
        };
        let key = (route.content_lang.clone(), route.id.clone());
        if let Some(recording) = site.content.recordings.get(&key) {
            out.push(Output {
                path,
                bytes: recording.bytes.clone(),
            });
        }
    }
    Ok(out)
}

/// Gzip at the highest level: what a server sends and what a reader pays for.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// The size after gzip at the default level: within a percent of the best level, several times
/// faster, for budgets when the build makes no `.gz` files.
pub fn gzip_size(bytes: &[u8]) -> usize {
    thread_local! {
        // One compressor per thread, reset between pages: a new one allocates and clears its
        // whole window every time, which cost more than the compressing itself.
        static DEFLATE: std::cell::RefCell<(flate2::Compress, Vec<u8>)> =
            std::cell::RefCell::new((flate2::Compress::new(flate2::Compression::default(), false), Vec::new()));
    }
    DEFLATE.with(|cell| {
        let (deflate, out) = &mut *cell.borrow_mut();
        deflate.reset();
        out.clear();
        out.reserve(bytes.len() + 1024);
        match deflate.compress_vec(bytes, out, flate2::FlushCompress::Finish) {
            // Raw deflate plus gzip's 10-byte header and 8-byte trailer.
            Ok(flate2::Status::StreamEnd) => out.len() + 18,
            _ => gzip(bytes).len(),
        }
    })
}

/// Brotli at quality 5: measured on a 921-page site (guide/developers/performance.md), quality 11 made files
/// 9.6% smaller than quality 5 for 43 times the time, and took most of every first build; 5 is
/// where the curve bends (4 is 5% larger, 6 to 9 are no smaller).
const BROTLI_QUALITY: i32 = 5;

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Whether a file is text worth sending compressed.
pub fn is_compressible(path: &str) -> bool {
    matches!(
        path.rsplit('.').next().unwrap_or_default(),
        "html" | "css" | "xml" | "txt"
    )
}

/// `.gz` and `.br` beside every HTML, CSS, XML and text file, for servers that send them as they
/// are (nginx `gzip_static`, Caddy `precompressed`).
pub fn precompress(outputs: &[Output], known: &Compressed) -> Vec<Output> {
    use std::sync::atomic::Ordering;
    outputs
        .par_iter()
        .filter(|o| is_compressible(&o.path))
        .flat_map_iter(|output| {
            let (gz, br) = known
                .get(&content_key(&output.bytes))
                .cloned()
                .unwrap_or_else(|| {
                    TEXTS_COMPRESSED.fetch_add(1, Ordering::Relaxed);
                    (gzip(&output.bytes).into(), brotli(&output.bytes).into())
                });
            [
                Output {
                    path: format!("{}.gz", output.path),
                    bytes: gz,
                },
                Output {
                    path: format!("{}.br", output.path),
                    bytes: br,
                },
            ]
        })
        .collect()
}

/// How many texts have been compressed in this process: what shows that `check`, which writes
/// nothing, compresses nothing.
static TEXTS_COMPRESSED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The number of texts compressed so far in this process.
pub fn texts_compressed() -> usize {
    TEXTS_COMPRESSED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compressed forms of texts already compressed once, by a hash of the text: brotli at its best
/// level is the slowest thing a build does, and most pages do not change between builds.
pub type Compressed = std::collections::HashMap<[u8; 32], (Bytes, Bytes)>;

/// The key of a text in [`Compressed`].
pub fn content_key(bytes: &[u8]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).into()
}

/// What a finished build's `.gz` and `.br` files already hold, read from the output folder.
pub fn compressed_in(dir: &Path) -> Compressed {
    let files: Vec<PathBuf> = WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "html" || x == "css" || x == "xml" || x == "txt")
        })
        .collect();
    files
        .par_iter()
        .filter_map(|p| {
            let text = std::fs::read(p).ok()?;
            let gz = std::fs::read(format!("{}.gz", p.display())).ok()?;
            let br = std::fs::read(format!("{}.br", p.display())).ok()?;
            Some((content_key(&text), (gz.into(), br.into())))
        })
        .collect()
}

/// The text version of every page, beside it: `index.txt` to share and download (a byte-order
/// mark first, so that a server that names no charset still shows its accents), and `text.html`
/// to read it on a small screen, which is what the page's "text only" link opens. Two files per
/// page, in the pages' order.
pub fn texts(site: &Site, theme: &Theme, rendered: &[RenderedPage]) -> Result<Vec<Output>> {
    let pairs: Vec<[Output; 2]> = rendered
        .par_iter()
        .map(|p| {
            let parts = crate::render::text_parts(site, &p.route)?;
            let text: String = parts.iter().map(|(_, t)| t.as_str()).collect();
            let view = crate::render::text_view(site, theme, &p.route.content_lang, &parts)?;
            Ok([
                Output {
                    path: format!("{}index.txt", p.route.path),
                    bytes: format!("\u{feff}{text}").into_bytes().into(),
                },
                Output {
                    path: format!("{}text.html", p.route.path),
                    bytes: minify(&view).into(),
                },
            ])
        })
        .collect::<Result<_>>()?;
    Ok(pairs.into_iter().flatten().collect())
}

/// A zip of one language's pages whose links work when opened from a phone's file manager.
pub fn zip(path: String, files: &[Output]) -> Result<Output> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(zip::DateTime::default());
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fail = |e: &dyn std::fmt::Display| Error::Io {
        path: path.clone().into(),
        action: "make the zip",
        source: std::io::Error::other(e.to_string()),
    };
    for file in files {
        writer
            .start_file(file.path.as_str(), options)
            .map_err(|e| fail(&e))?;
        writer.write_all(&file.bytes).map_err(|e| fail(&e))?;
    }
    let bytes = writer.finish().map_err(|e| fail(&e))?.into_inner();
    Ok(Output {
        path,
        bytes: bytes.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, html: String, menu: &Arc<String>) -> RenderedPage {
        RenderedPage {
            route: crate::site::Route {
                id: path.to_string(),
                lang: "es".into(),
                content_lang: "es".into(),
                path: format!("es/{path}/"),
            },
            html,
            menu: Some(menu.clone()),
        }
    }

    #[test]
    fn a_spliced_menu_is_what_minifying_the_whole_page_gives() {
        let menu = Arc::new(
            "<nav class=\"menu\">\n<ul>\n<li><a href=\"../a/\">A</a></li>\n<li><a href=\"../b/\">B &amp; C</a></li>\n</ul>\n<p>  Todas   las lenguas </p>\n</nav>\n".to_string(),
        );
        let shell = |inner: &str| {
            format!(
                "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<title>T</title>\n</head>\n<body>\n<main>\n<p>Hola  <em>mundo</em> </p>\n</main>\n{inner}\n</body>\n</html>\n"
            )
        };
        // A menu that is not one block element is not minified apart: the page is minified whole.
        let inline = Arc::new("<a href=\"/a\">A</a> <a href=\"/b\">B</a>\n".to_string());
        let alone = pages(&[page("d", shell(MENU_PLACEHOLDER), &inline)]);
        assert_eq!(*alone[0].bytes, minify(&shell(&inline)));
        let rendered = [
            page("a", shell(MENU_PLACEHOLDER), &menu),
            page("b", shell(MENU_PLACEHOLDER), &menu),
            // A theme that put the placeholder inside an attribute: minified whole instead.
            page(
                "c",
                shell(&format!("<p title='{MENU_PLACEHOLDER}'>x</p>")),
                &menu,
            ),
        ];
        let out = pages(&rendered);
        let whole = minify(&shell(&menu));
        assert_eq!(*out[0].bytes, whole);
        assert_eq!(*out[1].bytes, whole);
        assert_eq!(
            *out[2].bytes,
            minify(
                &shell(&format!("<p title='{MENU_PLACEHOLDER}'>x</p>")).replacen(
                    MENU_PLACEHOLDER,
                    &menu,
                    1
                )
            )
        );
    }

    #[test]
    fn gzip_size_matches_a_real_gzip_at_the_same_level() {
        let page = "<p>Tienes derecho a pedir protección.</p>".repeat(200);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut encoder, page.as_bytes()).unwrap_or_default();
        let real = encoder.finish().unwrap_or_default().len();
        assert_eq!(gzip_size(page.as_bytes()), real);
        assert_eq!(
            gzip_size(page.as_bytes()),
            real,
            "the reused compressor gives the same size"
        );
    }
}
