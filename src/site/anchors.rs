//! Links to headings (`other.md#heading`, `#heading`, `/address/#heading`), checked against the
//! page each reader actually gets: a link to a heading that is not there is as broken as a link
//! to a missing page, and a translation's own heading ids are its own business.

use std::collections::{BTreeMap, BTreeSet};

use super::{Route, Site};
use crate::content::Page;
use crate::diagnostics::{Diagnostic, line_col};
use crate::markdown::{Link, Target};
use crate::said;

/// Links to headings missing from a page that holds another generator's template code, which
/// would have made them: the links, the pages they are on, and the ids they want.
#[derive(Default)]
struct Unmade<'s> {
    links: usize,
    pages: BTreeSet<&'s std::path::Path>,
    ids: BTreeSet<&'s str>,
}

/// Every link to a heading missing from the page its reader gets, once per link and page.
pub(super) fn broken(site: &Site) -> Vec<Diagnostic> {
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    let mut unmade: BTreeMap<&std::path::Path, (&Page, Unmade)> = BTreeMap::new();
    for route in &site.routes {
        let Some(page) = site.page(route) else {
            continue;
        };
        for link in &page.document.links {
            let Some((target, fragment)) = target(site, page, route, link) else {
                continue;
            };
            if target.document.has_anchor(fragment)
                || !seen.insert((page.shown.clone(), link.at.start, target.shown.clone()))
            {
                continue;
            }
            if target.document.template_code.is_some() {
                let (_, group) = unmade
                    .entry(target.shown.as_path())
                    .or_insert_with(|| (target, Unmade::default()));
                group.links += 1;
                group.pages.insert(page.shown.as_path());
                group.ids.insert(fragment);
                continue;
            }
            found.push(problem(site, page, route, link, target, fragment));
        }
    }
    found.extend(unmade.into_values().filter_map(|(target, group)| {
        let at = target.document.template_code.clone()?;
        let ids: Vec<String> = group
            .ids
            .iter()
            .take(3)
            .map(|id| format!("`#{id}`"))
            .collect();
        let more = if group.ids.len() > 3 { ", …" } else { "" };
        let message = said!(
            "site-anchors-in-template-code",
            code = target.source.get(at.clone()).unwrap_or_default().trim(),
            links = group.links,
            pages = group.pages.len(),
            ids = format!("{}{more}", ids.join(", ")),
        );
        Some(Diagnostic::at(&target.shown, &target.source, at, message))
    }));
    found
}

/// The page a reader of `route` gets for a link with a fragment, and the fragment, from the
/// site's link table.
fn target<'s>(
    site: &'s Site,
    page: &'s Page,
    route: &Route,
    link: &'s Link,
) -> Option<(&'s Page, &'s str)> {
    if let Target::Here(fragment) = &link.target {
        return Some((page, fragment.as_str()));
    }
    let from = site.index_of(&route.id, &route.lang)?;
    let reached = site.links.get(from, link.at.start)?;
    let fragment = reached.fragment.as_deref()?;
    Some((site.page(&site.routes[reached.route])?, fragment))
}

/// The message: an error on the link when the page it reaches is in its own language; else a
/// warning on the translation that lacks the heading, which is where the fix goes (the reader
/// still reaches the right page, at its top).
fn problem(
    site: &Site,
    page: &Page,
    route: &Route,
    link: &Link,
    target: &Page,
    fragment: &str,
) -> Diagnostic {
    let near = target
        .document
        .ids()
        .map(|id| (strsim::normalized_levenshtein(fragment, id), id))
        .filter(|(score, _)| *score > 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| Hint {
            kind: "near",
            id: id.to_string(),
            ..Hint::default()
        })
        .or_else(|| same_place(site, target, fragment))
        .unwrap_or_default();
    if target.lang == page.lang {
        let message = said!(
            "site-anchor-missing",
            written = &link.written,
            target = &target.shown,
            fragment = fragment,
            hint = near.kind,
            near = near.id,
            source = near.source,
            heading = near.heading,
        );
        return super::page_problem(page, link.at.start..link.at.start, message);
    }
    let (line, _, _) = line_col(&page.source, link.at.start);
    let readers = site
        .config
        .language(&route.lang)
        .map_or(route.lang.as_str(), |l| l.name.as_str());
    Diagnostic::in_file(
        &target.shown,
        said!(
            "site-anchor-missing-in-translation",
            fragment = fragment,
            file = &page.shown,
            line = line,
            readers = readers,
        ),
    )
    .warning()
}

/// A heading id copied from the source page into a translation, whose own heading there has
/// another id: the translation's heading in the same place, suggested instead.
fn same_place(site: &Site, target: &Page, fragment: &str) -> Option<Hint> {
    let source = site
        .source_of(&target.id)
        .filter(|s| s.lang != target.lang)?;
    let at = source
        .document
        .headings
        .iter()
        .position(|h| h.id == fragment)?;
    let heading = target.document.headings.get(at)?;
    Some(Hint {
        kind: "same-place",
        id: heading.id.clone(),
        source: source.lang.clone(),
        heading: heading.text.trim().to_string(),
    })
}

/// A suggestion after a missing heading: a near id (`near`), the translation's heading in the
/// source's place (`same-place`), or none.
#[derive(Default)]
struct Hint {
    kind: &'static str,
    id: String,
    source: String,
    heading: String,
}
