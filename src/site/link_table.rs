//! Every link of every page, resolved once when the site is loaded: for each reader's route, the
//! route a link reaches and the heading in it, or a located problem. Rendering, the check of links
//! to headings and `check` all read this table; none of them works out a link again.

use std::collections::{BTreeSet, HashMap};

use super::{Route, Site};
use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::markdown::{Link, Target};
use crate::said;
use crate::said::Said;

/// Where one link takes a reader: a route (its place in [`Site::routes`]) and a heading in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub route: usize,
    pub fragment: Option<String>,
}

/// The resolved links, by the route they are read from and where the link starts in its page.
#[derive(Debug, Default)]
pub struct LinkTable {
    reached: HashMap<(usize, usize), Reached>,
    /// Links to pages or files that do not exist, once per link, located where it is written.
    pub problems: Vec<Diagnostic>,
}

impl LinkTable {
    /// Where the link starting at byte `at` of the page shown on route `route` takes its reader.
    pub fn get(&self, route: usize, at: usize) -> Option<&Reached> {
        self.reached.get(&(route, at))
    }
}

/// Resolves the links of the page each route shows, for that route's reader.
pub(super) fn resolve(site: &Site) -> LinkTable {
    let mut table = LinkTable::default();
    let mut reported = BTreeSet::new();
    for (index, route) in site.routes.iter().enumerate() {
        let Some(page) = site.page(route) else {
            continue;
        };
        for link in &page.document.links {
            match reach(site, page, route, link) {
                Ok(Some(reached)) => {
                    table.reached.insert((index, link.at.start), reached);
                }
                Ok(None) => {}
                Err(message) => {
                    if reported.insert((page.shown.clone(), link.at.start)) {
                        let at = link.at.clone();
                        let problem = super::page_problem(page, at, message);
                        table.problems.push(problem);
                    }
                }
            }
        }
    }
    table
}

/// The route a reader of `route` reaches through `link`; `None` for links that stay on the page
/// or leave the site; a message for the writer when it reaches nothing.
fn reach(site: &Site, page: &Page, route: &Route, link: &Link) -> Result<Option<Reached>, Said> {
    let (id, fragment) = match &link.target {
        Target::Page { id, fragment } => (id.clone(), fragment),
        Target::Address { path, fragment } => (site.page_at(page, path)?, fragment),
        Target::Asset { rel, .. } => {
            return match site.content.linked_asset(page, &route.content_lang, rel) {
                Some(_) => Ok(None),
                None => Err(said!(
                    "markdown-link-file-missing",
                    path = without_fragment(&link.written)
                )),
            };
        }
        Target::Here(_) | Target::Verbatim(_) => return Ok(None),
    };
    let written = link.written.split('#').next().unwrap_or(&link.written);
    match site.index_of(&id, &route.lang) {
        Some(index) => Ok(Some(Reached {
            route: index,
            fragment: fragment.clone(),
        })),
        // A page that is there but could not be read is reported once, in its own file.
        None if site.content.unreadable.iter().any(|(_, i)| *i == id) => Ok(None),
        None => Err(site.missing_page(page, &id, written)),
    }
}

fn without_fragment(written: &str) -> String {
    let dest = written.trim();
    dest.split_once('#').map_or(dest, |(p, _)| p).to_string()
}
