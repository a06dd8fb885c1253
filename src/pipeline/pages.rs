//! The pages stage: every route rendered for the web, minified and handed on in slices (a large
//! site's pages are never all in memory at once), with its text version. The leaflets are made
//! before, so that each page links to those that exist, with their sizes.

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

/// Renders and hands on every web page.
pub(super) fn web_pages(
    site: &Site,
    theme: &Theme,
    downloads: &Downloads,
    cache: &mut Cache,
    stream: &mut Stream,
) -> Result<()> {
    // Fingerprints only tell a rebuild what it can keep: a one-off build makes every page.
    let prints = if cache.keep || !cache.rendered.is_empty() {
        fingerprints(site, theme, downloads)
    } else {
        vec![0; site.routes.len()]
    };
    let (stale, fresh): (Vec<_>, Vec<_>) = site.routes.iter().zip(prints).partition(|(r, f)| {
        cache
            .rendered
            .get(&r.path)
            .is_none_or(|(old, _, _)| old != f)
    });
    let mut rendered = HashMap::new();
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
            if cache.keep {
                let kept = (*print, html.bytes.clone(), text.to_vec());
                rendered.insert(route.path.clone(), kept);
            }
            batch.push(html);
            batch.extend_from_slice(text);
        }
        stream.put(batch)?;
    }
    let reused = reuse(fresh, cache, &mut rendered);
    stream.put(reused)?;
    cache.rendered = rendered;
    Ok(())
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

/// The leaflets each page links to: those made, in the order planned, labelled in the reader's
/// language with their size. A leaflet that was not made (its text does not fit) is not offered.
pub(super) fn downloads(site: &Site, leaflets: &[Leaflet]) -> Result<Downloads> {
    let mut map = Downloads::new();
    let sizes: HashMap<&str, usize> = leaflets
        .iter()
        .filter(|l| matches!(l.kind, Kind::Page(_)))
        .map(|l| (l.path.as_str(), l.bytes.len()))
        .collect();
    for planned in leaflet::plan(site) {
        let Some(bytes) = sizes.get(planned.path.as_str()) else {
            continue;
        };
        let say = |key: String| site.locales.plain(&planned.lang, &key, None);
        let kind = format!("leaflet-{}", planned.layout.name());
        let (label, lang) = if planned.layout == crate::content::Layout::Phone {
            // Optional: a site whose strings lack it offers "PDF".
            match site.locales.message(&planned.lang, &kind, None) {
                Some(Ok(m)) => (m.text, m.lang),
                _ => ("PDF".to_string(), planned.lang.clone()),
            }
        } else {
            let label = format!(
                "{}, {}",
                say(kind.clone())?,
                say(format!("paper-{}", planned.paper.name()))?
            );
            (
                label,
                site.locales.require(&planned.lang, &kind, None)?.lang,
            )
        };
        let label = match planned.press {
            true => match site.locales.message(&planned.lang, "leaflet-press", None) {
                Some(Ok(m)) => format!("{label}, {}", m.text),
                _ => format!("{label} (press)"),
            },
            false => label,
        };
        let lang = (lang != planned.lang).then_some(lang);
        map.entry((planned.lang, planned.page_id))
            .or_default()
            .push(Download {
                path: planned.path,
                label,
                lang,
                size: format!("{} KB", bytes.div_ceil(1024)),
            });
    }
    Ok(map)
}
