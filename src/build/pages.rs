//! The pages stage: every route rendered for the web, minified and handed on in slices (a large
//! site's pages are never all in memory at once), with its text version. Pages that link to
//! leaflets are held back until the leaflets are made, then given their sizes.

use std::collections::HashMap;

use super::cache::fingerprints;
use super::stream::Stream;
use super::{Cache, Result};
use crate::leaflet::{self, Kind, Leaflet};
use crate::output::{self, Output};
use crate::render::{self, Download, Downloads, LinkStyle, Theme};
use crate::site::{Route, Site};

/// How many pages are rendered and handed on together.
const SLICE: usize = 1024;

/// Renders and hands on every web page; returns the pages held back for their leaflets' sizes.
pub(super) fn web_pages(
    site: &Site,
    theme: &Theme,
    downloads: &Downloads,
    cache: &mut Cache,
    stream: &mut Stream,
) -> Result<Vec<Output>> {
    // Fingerprints only tell a rebuild what it can keep: a one-off build makes every page.
    let prints = if cache.keep || !cache.rendered.is_empty() {
        fingerprints(site, theme, downloads)
    } else {
        vec![0; site.routes.len()]
    };
    let has_downloads = |r: &Route| downloads.contains_key(&(r.lang.clone(), r.id.clone()));
    let (stale, fresh): (Vec<_>, Vec<_>) = site.routes.iter().zip(prints).partition(|(r, f)| {
        has_downloads(r)
            || cache
                .rendered
                .get(&r.path)
                .is_none_or(|(old, _, _)| old != f)
    });
    let mut rendered = HashMap::new();
    let mut held = Vec::new();
    let nav = render::Navigation::new(site);
    for slice in stale.chunks(SLICE) {
        let routes: Vec<&Route> = slice.iter().map(|(r, _)| *r).collect();
        let pages = render::render_routes(site, theme, &nav, LinkStyle::Web, downloads, &routes)?;
        let texts = output::texts(site, theme, &pages)?;
        let html = output::pages(&pages);
        drop(pages);
        stream
            .made
            .extend(slice.iter().map(|(r, _)| r.path.clone()));
        let mut batch = Vec::with_capacity(html.len() * 3);
        // Each page has two text files: its text version and the view of it to read.
        for (((route, print), html), text) in slice.iter().zip(html).zip(texts.chunks(2)) {
            // Only a cache that will be used again (serve) keeps pages, shared with the outputs.
            if cache.keep && !has_downloads(route) {
                let kept = (*print, html.bytes.clone(), text.to_vec());
                rendered.insert(route.path.clone(), kept);
            }
            if has_downloads(route) {
                held.push(html);
            } else {
                batch.push(html);
            }
            batch.extend_from_slice(text);
        }
        stream.put(batch)?;
    }
    let reused = reuse(fresh, cache, &mut rendered);
    stream.put(reused)?;
    cache.rendered = rendered;
    Ok(held)
}

/// Pages unchanged since the last build in this process, as they were made then.
fn reuse(
    fresh: Vec<(&Route, u64)>,
    cache: &mut Cache,
    rendered: &mut HashMap<String, (u64, output::Bytes, Vec<Output>)>,
) -> Vec<Output> {
    let mut reused = Vec::with_capacity(fresh.len() * 3);
    for (route, print) in fresh {
        if let Some((_, html, texts)) = cache.rendered.remove(&route.path) {
            if cache.keep {
                rendered.insert(route.path.clone(), (print, html.clone(), texts.clone()));
            }
            reused.push(Output {
                path: format!("{}index.html", route.path),
                bytes: html,
            });
            reused.extend(texts);
        }
    }
    reused
}

/// The leaflets each page will link to, labelled in the reader's language, each size standing
/// as a mark to fill in once the leaflets are made.
pub(super) fn plan_downloads(site: &Site) -> Result<Downloads> {
    let mut map = Downloads::new();
    if !site.config.outputs.leaflets {
        return Ok(map);
    }
    for (i, planned) in leaflet::plan(site).into_iter().enumerate() {
        let say = |key: String| site.locales.plain(&planned.lang, &key, None);
        let kind = format!("leaflet-{}", planned.layout.name());
        let label = format!(
            "{}, {}",
            say(kind.clone())?,
            say(format!("paper-{}", planned.paper.name()))?
        );
        let lang = site.locales.require(&planned.lang, &kind, None)?.lang;
        let lang = (lang != planned.lang).then_some(lang);
        map.entry((planned.lang, planned.page_id))
            .or_default()
            .push(Download {
                path: planned.path,
                label,
                lang,
                size: format!("\u{E000}{i}\u{E001}"),
            });
    }
    Ok(map)
}

/// The planned downloads with the sizes of the leaflets made.
pub(super) fn with_sizes(plan: &Downloads, leaflets: &[Leaflet]) -> Downloads {
    let sizes: HashMap<&str, usize> = leaflets
        .iter()
        .filter(|l| matches!(l.kind, Kind::Page(_)))
        .map(|l| (l.path.as_str(), l.bytes.len()))
        .collect();
    let mut sized = plan.clone();
    for list in sized.values_mut() {
        // A leaflet that was not made (its text does not fit) is not offered.
        list.retain(|d| sizes.contains_key(d.path.as_str()));
        for d in list {
            let bytes = sizes.get(d.path.as_str()).copied().unwrap_or_default();
            d.size = format!("{} KB", bytes.div_ceil(1024));
        }
    }
    sized
}

/// The held pages with each size mark replaced by the size.
pub(super) fn fill_sizes(held: Vec<Output>, plan: &Downloads, sized: &Downloads) -> Vec<Output> {
    let mut marks: Vec<(&str, Option<&str>)> = Vec::new();
    for (key, list) in plan {
        let made = sized.get(key).map(Vec::as_slice).unwrap_or_default();
        marks.extend(list.iter().map(|p| {
            let size = made.iter().find(|s| s.path == p.path);
            (p.size.as_str(), size.map(|s| s.size.as_str()))
        }));
    }
    held.into_iter()
        .map(|o| {
            let mut html = String::from_utf8_lossy(&o.bytes).into_owned();
            for (mark, size) in &marks {
                if !html.contains(mark) {
                    continue;
                }
                match size {
                    Some(size) => html = html.replace(mark, size),
                    None => html = without_item(&html, mark),
                }
            }
            Output {
                path: o.path,
                bytes: html.into_bytes().into(),
            }
        })
        .collect()
}

/// The page without the list item that holds `mark`: the link to a leaflet that was not made.
fn without_item(html: &str, mark: &str) -> String {
    let Some(at) = html.find(mark) else {
        return html.to_string();
    };
    let start = html[..at].rfind("<li").unwrap_or(at);
    let end = ["<li", "</ul"]
        .iter()
        .filter_map(|t| html[at..].find(t).map(|i| at + i))
        .min()
        .unwrap_or(at + mark.len());
    format!("{}{}", &html[..start], &html[end..])
}
