//! `sitemap.xml`, with each page's addresses in every language (hreflang alternates).

use rayon::prelude::*;

use super::Output;
use crate::html::escape;
use crate::site::Site;

/// What `sitemap.xml` is made from, as one number: a rebuild in `serve` that changes none of it
/// keeps the sitemap it made before.
pub fn sitemap_key(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::digest::Key::new("sitemap");
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
    use crate::render::newest;
    use crate::site::paths::directory_path;
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
