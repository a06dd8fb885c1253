//! Every link of every page, resolved once when the site is loaded: for each reader's route, the
//! route a link reaches and the heading in it, or a located problem. Rendering, the check of links
//! to headings and `check` all read this table; none of them works out a link again.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use super::links::{Reach, address_key};
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
    /// Links to addresses from the site's root that are no page senda makes (the language
    /// picker, addresses `[links] served_elsewhere` lists), with their fragment.
    at_root: HashMap<(usize, usize), String>,
    /// Links to pages or files that do not exist, located where they are written: one problem
    /// per link, or one for every link to the same missing address, listing where they are.
    pub problems: Vec<Diagnostic>,
}

impl LinkTable {
    /// Where the link starting at byte `at` of the page shown on route `route` takes its reader.
    pub fn get(&self, route: usize, at: usize) -> Option<&Reached> {
        self.reached.get(&(route, at))
    }

    /// The address from the site's root (`contact-us`, `` for the language picker, with its
    /// `#fragment`) that the link starting at byte `at` of route `route`'s page reaches, when it
    /// reaches no page.
    pub fn at_root(&self, route: usize, at: usize) -> Option<&str> {
        self.at_root.get(&(route, at)).map(String::as_str)
    }
}

/// Where one link goes.
enum Goes {
    Page(Reached),
    Root(String),
    /// Nowhere the table keeps: the link stays on the page, leaves the site, or names a file.
    NotInTable,
}

/// One link to nothing: the address as compared with others, and the problem where it is.
struct Missing {
    key: String,
    problem: Diagnostic,
    page: PathBuf,
}

/// Resolves the links of the page each route shows, for that route's reader.
pub(super) fn resolve(site: &Site) -> LinkTable {
    let mut table = LinkTable::default();
    let mut reported = BTreeSet::new();
    let mut missing = Vec::new();
    for (index, route) in site.routes.iter().enumerate() {
        let Some(page) = site.page(route) else {
            continue;
        };
        for link in &page.document.links {
            match reach(site, page, route, link) {
                Ok(Goes::Page(reached)) => {
                    table.reached.insert((index, link.at.start), reached);
                }
                Ok(Goes::Root(address)) => {
                    table.at_root.insert((index, link.at.start), address);
                }
                Ok(Goes::NotInTable) => {}
                Err(message) => {
                    if reported.insert((page.shown.clone(), link.at.start)) {
                        let at = link.at.clone();
                        missing.push(Missing {
                            key: address_key(&without_fragment(&link.written)),
                            problem: super::page_problem(page, at, message),
                            page: page.shown.clone(),
                        });
                    }
                }
            }
        }
    }
    table.problems = grouped(missing);
    table
}

/// How many places a problem for many links lists besides its own.
const PLACES_LISTED: usize = 4;

/// One problem per address that reaches nothing: where it is linked once, that link's own; where
/// it is linked from many places (an address some other program serves, linked from every page),
/// one problem at the first place, listing the others, so that 139 links are one thing to mend.
fn grouped(missing: Vec<Missing>) -> Vec<Diagnostic> {
    let mut by_key: BTreeMap<String, Vec<Missing>> = BTreeMap::new();
    for m in missing {
        by_key.entry(m.key.clone()).or_default().push(m);
    }
    let mut out = Vec::new();
    for (key, mut group) in by_key {
        if group.len() == 1 || key.is_empty() {
            out.extend(group.into_iter().map(|m| m.problem));
            continue;
        }
        let place = |d: &Diagnostic| d.location.as_ref().map(|l| (l.path.clone(), l.line, l.col));
        group.sort_by_key(|m| place(&m.problem));
        let pages: BTreeSet<&PathBuf> = group.iter().map(|m| &m.page).collect();
        let places: Vec<String> = group[1..]
            .iter()
            .take(PLACES_LISTED)
            .filter_map(|m| {
                let l = m.problem.location.as_ref()?;
                Some(format!("{}:{}", l.path.display(), l.line))
            })
            .collect();
        let more = group.len() - 1 - places.len();
        let first = &group[0].problem;
        let page_kind = matches!(
            first.message.id,
            "site-link-page-missing" | "site-link-page-missing-near"
        );
        let message = said!(
            "site-link-missing-everywhere",
            problem = first.message.clone(),
            count = group.len(),
            pages = pages.len(),
            places = places.join(", "),
            more = more,
            address = format!("/{key}"),
            kind = if page_kind { "page" } else { "file" }
        );
        out.push(Diagnostic {
            message,
            ..first.clone()
        });
    }
    out
}

/// Where a reader of `route` goes through `link`; a message for the writer when it reaches
/// nothing.
fn reach(site: &Site, page: &Page, route: &Route, link: &Link) -> Result<Goes, Said> {
    let (id, lang, fragment) = match &link.target {
        Target::Page { id, fragment } => (id.clone(), None, fragment),
        Target::Address { path, fragment } => match site.page_at(page, path)? {
            Reach::Page { id, lang } => (id, lang, fragment),
            Reach::Root(address) => {
                let hash = fragment.as_ref().map_or(String::new(), |f| format!("#{f}"));
                return Ok(Goes::Root(format!("{address}{hash}")));
            }
        },
        Target::Asset { rel, .. } => {
            return match site.content.linked_asset(page, &route.content_lang, rel) {
                Some(_) => Ok(Goes::NotInTable),
                None => Err(said!(
                    "markdown-link-file-missing",
                    path = without_fragment(&link.written)
                )),
            };
        }
        Target::Here(_) | Target::Verbatim(_) => return Ok(Goes::NotInTable),
    };
    let written = link.written.split('#').next().unwrap_or(&link.written);
    // The reader's language, unless the address names another one.
    let lang = lang.as_deref().unwrap_or(&route.lang);
    match site.index_of(&id, lang) {
        None if id == "index" && site.made_home(lang) => {
            let hash = fragment.as_ref().map_or(String::new(), |f| format!("#{f}"));
            Ok(Goes::Root(format!("{lang}/{hash}")))
        }
        Some(index) => Ok(Goes::Page(Reached {
            route: index,
            fragment: fragment.clone(),
        })),
        // A page that is there but could not be read is reported once, in its own file.
        None if site.content.unreadable.iter().any(|(_, i)| *i == id) => Ok(Goes::NotInTable),
        None => Err(site.missing_page(page, &id, written)),
    }
}

fn without_fragment(written: &str) -> String {
    let dest = written.trim();
    dest.split_once('#').map_or(dest, |(p, _)| p).to_string()
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{Missing, grouped};
    use crate::diagnostics::Diagnostic;
    use crate::said;

    fn missing(file: &str, line: usize, written: &str) -> Missing {
        let source = format!("{}[x]({written})\n", "\n".repeat(line - 1));
        let at = source.len() - written.len() - 2..source.len() - 2;
        let message = said!("site-link-page-missing", written = written);
        Missing {
            key: super::address_key(written),
            problem: Diagnostic::at(Path::new(file), &source, at, message),
            page: PathBuf::from(file),
        }
    }

    /// Tella's `/contact-us`, a page Docusaurus makes from a React file, was linked from 71 pages
    /// and gave 139 errors: one address, one thing to mend.
    #[test]
    fn links_to_one_missing_address_are_one_problem_that_lists_them() {
        let mut found = vec![missing("content/en/solo.md", 3, "/solo")];
        for (i, file) in ["d", "c", "b", "a", "e", "f"].iter().enumerate() {
            let written = if i % 2 == 0 {
                "/contact-us"
            } else {
                "contact-us"
            };
            found.push(missing(&format!("content/en/{file}.md"), 2, written));
        }
        found.push(missing("content/en/a.md", 9, "/contact-us#form"));
        let problems = grouped(found);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let all = &shown[0];
        assert!(
            all.starts_with("error: content/en/a.md:2:5: link to a page that does not exist: `contact-us`; the same address is linked 7 times from 6 pages, also at content/en/a.md:9, content/en/b.md:2, content/en/c.md:2, content/en/d.md:2 and 2 more places. If another program serves this address (a form, a search page), list it in senda.toml: `served_elsewhere = [\"/contact-us\"]` under `[links]`"),
            "{all}"
        );
        assert!(
            shown[1]
                .contains("content/en/solo.md:3:5: link to a page that does not exist: `/solo`\n"),
            "{}",
            shown[1]
        );
    }
}
