//! The stages after the pages: leaflets, then the other files (language picker and 404 pages,
//! sitemap, static files, offline files, print views, and the files the host reads).

use super::Result;
use super::cache::Cache;
use super::stream::Stream;
use crate::leaflet::{self, Leaflet};
use crate::output::{self, Output};
use crate::render::{self, Downloads, LinkStyle, Theme};
use crate::site::{Site, paths};

/// Every leaflet of the site, typeset or taken from the cache.
pub(super) fn leaflets(
    site: &Site,
    cache: &mut Cache,
    stream: &mut Stream,
) -> Result<Vec<Leaflet>> {
    if !site.config.outputs.leaflets {
        return Ok(Vec::new());
    }
    stream.warn(leaflet::missing_glyphs(site, &leaflet::plan(site))?);
    let made = leaflet::make_cached(site, &mut cache.typeset)?;
    // A senda built without leaflets says so when it publishes; `check` is about the site.
    if leaflet::AVAILABLE || stream.publishing {
        stream.warn(made.warnings);
    }
    Ok(made.leaflets)
}

/// Everything else the site publishes, handed on as it is made.
pub(super) fn rest(
    site: &Site,
    theme: &Theme,
    downloads: &Downloads,
    leaflets: Vec<Leaflet>,
    cache: &mut Cache,
    stream: &mut Stream,
) -> Result<()> {
    let mut extra = output::documents(render::render_extra(site, theme)?);
    let listen = render::render_listen_pages(site, theme)?;
    let directory = render::render_directory(site, theme, LinkStyle::Web)?;
    for listing in render::render_listings(site, theme)?
        .into_iter()
        .chain(render::render_made_homes(site, theme)?)
        .chain(listen)
        .chain(directory)
    {
        extra.extend(listing_outputs(site, theme, listing)?);
    }
    extra.extend(vcards(site));
    extra.extend(output::documents(render::render_redirects(site)));
    extra.push(sitemap(site, cache));
    // The browser editor's page, when senda.toml asks for one: the only page with its script.
    extra.extend(crate::editor::outputs(site));
    stream.put(extra)?;
    let files = output::files(site)?;
    if site.config.outputs.offline {
        stream.put(offline(site, theme, &files, downloads)?)?;
    }
    stream.put(files)?;
    if !leaflets.is_empty() {
        stream.put(print_views(site, theme)?)?;
    }
    // The preview server sends no such headers, and `check` writes nothing.
    if stream.publishing {
        let files = crate::hosting::files(&site.config, &stream.scripts)?;
        stream.put(files)?;
    }
    stream.put(
        leaflets
            .into_iter()
            .map(|l| Output {
                path: l.path,
                bytes: l.bytes.into(),
            })
            .collect(),
    )
}

/// A listing page's HTML, its text version and the page that shows that text.
fn listing_outputs(site: &Site, theme: &Theme, listing: render::Listing) -> Result<Vec<Output>> {
    let lang = listing.path.split('/').next().unwrap_or_default();
    // A listing whose words are borrowed (the K'iche' directory, in Spanish) is marked so.
    let text_lang = listing.title_lang.as_deref().unwrap_or(lang);
    let parts = [(text_lang.to_string(), listing.text.clone())];
    let view = render::text_view(site, theme, lang, &parts)?;
    let mut outputs = output::documents(vec![
        (format!("{}index.html", listing.path), listing.html),
        (format!("{}text.html", listing.path), view),
    ]);
    outputs.push(Output {
        path: format!("{}index.txt", listing.path),
        bytes: format!("\u{feff}{}", listing.text).into_bytes().into(),
    });
    Ok(outputs)
}

/// Each service's vCard in each language.
fn vcards(site: &Site) -> Vec<Output> {
    render::vcards(site)
        .into_iter()
        .map(|(path, card)| Output {
            path,
            bytes: card.into_bytes().into(),
        })
        .collect()
}

/// `sitemap.xml`, kept from the last build in this process while nothing it lists changed.
fn sitemap(site: &Site, cache: &mut Cache) -> Output {
    let key = cache.keep.then(|| output::sitemap_key(site));
    let sitemap = match (cache.sitemap.take(), key) {
        (Some((old, sitemap)), Some(wanted)) if old == wanted => sitemap,
        _ => output::sitemap(site),
    };
    if let Some(key) = key {
        cache.sitemap = Some((key, sitemap.clone()));
    }
    sitemap
}

/// Each leaflet as a web page to print from a browser, beside its PDFs.
fn print_views(site: &Site, theme: &Theme) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    for route in site.routes.iter().filter(|r| !r.is_fallback()) {
        let Some(page) = site.page(route).filter(|p| p.front.leaflet.is_some()) else {
            continue;
        };
        let url = format!("{}{}", site.config.base_url, route.path);
        let qr = String::from_utf8(leaflet::qr_svg(&url)).unwrap_or_default();
        let html = render::render_print(site, theme, route, &qr)?;
        let path = paths::print_view_path(&route.lang, page);
        outputs.extend(output::documents(vec![(path, html)]));
    }
    Ok(outputs)
}

/// For each language: every page in one file, and a zip of its pages for a phone's file manager.
fn offline(
    site: &Site,
    theme: &Theme,
    files: &[Output],
    downloads: &Downloads,
) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    let file_pages = render::render_pages(site, theme, LinkStyle::Files, downloads)?;
    let mut texts = output::texts(site, theme, &file_pages)?;
    // The directory goes in the zip too, with links that work from a phone's file manager.
    for listing in render::render_directory(site, theme, LinkStyle::Files)? {
        texts.extend(listing_outputs(site, theme, listing)?);
    }
    texts.extend(vcards(site));
    let file_pages = output::pages(&file_pages);
    // Animations stay out of the zips, to pass on light: their stills link to them on the web.
    let moving: std::collections::HashSet<String> = (site.content.assets.iter())
        .filter(|a| a.moving)
        .map(|a| match a.lang.as_str() {
            "/" => a.rel.clone(),
            lang => format!("{lang}/{}", a.rel),
        })
        .collect();
    for language in &site.config.languages {
        let lang = &language.code;
        let html = render::render_offline(site, theme, lang)?;
        outputs.extend(output::documents(vec![(paths::offline_path(lang), html)]));
        // The zip holds this language's pages and text versions, and the files its pages use:
        // its own language's, and those of another language that one of its pages links to (a
        // Spanish photo on a page shown in Spanish), never a file no page of it reaches.
        let prefix = format!("{lang}/");
        let pages: Vec<&Output> = file_pages
            .iter()
            .chain(&texts)
            .filter(|o| o.path.starts_with(&prefix))
            .collect();
        let linked = linked_names(&pages);
        let used = |f: &&Output| {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path);
            (f.path.starts_with(&prefix) || linked.contains(name)) && !moving.contains(&f.path)
        };
        let used: Vec<&Output> = files.iter().filter(used).collect();
        let entries: Vec<Output> = pages.into_iter().chain(used).cloned().collect();
        outputs.push(output::zip(
            paths::zip_path(lang, &site.config.name),
            &entries,
        )?);
    }
    Ok(outputs)
}

/// The file names that the HTML among `pages` links to (`href=` and `src=`, quoted or not, their
/// `%20`s read): which files of other languages a zip needs, found in one pass over its pages.
fn linked_names(pages: &[&Output]) -> std::collections::HashSet<String> {
    let mut names = std::collections::HashSet::new();
    for page in pages.iter().filter(|p| p.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&page.bytes);
        for attribute in ["href=", "src="] {
            for (at, _) in html.match_indices(attribute) {
                let value = html[at + attribute.len()..].trim_start_matches(['"', '\'']);
                let end = value
                    .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '>' | '#' | '?'))
                    .unwrap_or(value.len());
                let last = value[..end].rsplit('/').next().unwrap_or_default();
                if !last.is_empty() {
                    names.insert(crate::markdown::percent_decoded(last));
                }
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_read_quoted_or_not_with_escapes_and_fragments() {
        let page = Output {
            path: "quc/a/index.html".into(),
            bytes: b"<img src=../../es/img/Foto%20albergue.png><a href=\"../../es/b/b.opus#t\">x</a><a href='/c.pdf?x=1'>y</a>"
                .to_vec()
                .into(),
        };
        let text = Output {
            path: "quc/a/index.txt".into(),
            bytes: b"src=ignored.png".to_vec().into(),
        };
        let names = linked_names(&[&page, &text]);
        for name in ["Foto albergue.png", "b.opus", "c.pdf"] {
            assert!(names.contains(name), "{name} in {names:?}");
        }
        assert!(!names.contains("ignored.png"), "text files link nothing");
    }
}
