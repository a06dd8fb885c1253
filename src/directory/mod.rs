//! The service directory: who can help, and where. Each service is one TOML file under
//! `services/` ([`service`]), its numbers checked against real numbering plans ([`phone`]), its
//! categories and groups from fixed lists whose names are Fluent strings ([`vocab`]). Pages cite
//! services by id, so a number lives in one place.

mod fields;
mod id;
mod listing;
mod service;
#[cfg(test)]
mod tests;
pub mod vocab;

use std::collections::{BTreeMap, BTreeSet};

pub use crate::phone::Number;
pub use listing::{Section, pages};
pub use service::{Service, Translated, Words};

use crate::config::Config;
use crate::content::Date;
use crate::diagnostics::{Diagnostic, Problems, Result};
use crate::files::read_text;

/// The folder services are kept in, under the site's root.
pub const FOLDER: &str = "services";

/// The folder of each language's directory pages and vCards: `es/directory/`.
pub const PAGES: &str = "directory";

/// Every service of the site, by id.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub services: BTreeMap<String, Service>,
    /// Languages some service speaks that the site has no pages in: they are named by a
    /// Fluent string (`language-mam`) rather than by the site's configuration.
    pub foreign: BTreeSet<String>,
    /// Ids of service files that could not be read: citations of them are not reported again.
    pub unreadable: BTreeSet<String>,
}

/// One service file's text checked as `services/mx/a.toml` would be, for a site in Spanish and
/// English with the default limits: what the fuzz target drives.
pub fn try_service(text: &str) -> Result<Service> {
    let max = crate::limits::Limits::default().service_text_chars;
    service::parse(
        "a",
        std::path::Path::new("services/mx/a.toml"),
        text,
        &["es", "en"],
        max,
    )
}

impl Directory {
    /// Reads every `.toml` file under `services/`, reporting every problem together. A site
    /// without the folder has an empty directory.
    pub fn load(config: &Config) -> Result<Directory> {
        let (directory, problems) = Directory::load_partial(config)?;
        Problems { list: problems }.finish()?;
        Ok(directory)
    }

    /// The same, keeping the services that read well beside the problems of the others: what
    /// `check` and the preview lint. Fails only when the folder cannot be read.
    pub fn load_partial(config: &Config) -> Result<(Directory, Vec<Diagnostic>)> {
        let dir = config.root.join(FOLDER);
        let mut problems = Problems::default();
        let mut services: BTreeMap<String, Service> = BTreeMap::new();
        let mut unreadable = BTreeSet::new();
        let languages: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        let files: Vec<_> = crate::files::walk(&dir, std::path::Path::new(FOLDER))?
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        for path in files {
            let shown = path
                .strip_prefix(&config.root)
                .unwrap_or(&path)
                .to_path_buf();
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            if let Err(message) = id::check_id(&id) {
                problems.push(Diagnostic::in_file(&shown, message));
                continue;
            }
            if let Some(first) = services.get(&id) {
                problems.push(Diagnostic::in_file(
                    &shown,
                    crate::said!("directory-service-twice", id = &id, first = &first.shown),
                ));
                continue;
            }
            let max_chars = config.limits.service_text_chars;
            let parsed = read_text(&path, &shown)
                .and_then(|t| service::parse(&id, &shown, &t, &languages, max_chars));
            match problems.take(parsed)? {
                Some(service) => {
                    services.insert(id, service);
                }
                None => {
                    unreadable.insert(id);
                }
            }
        }
        problems.take(crowded(&services, config.limits.services_per_place))?;
        let foreign = services
            .values()
            .flat_map(|s| &s.languages)
            .filter(|code| !languages.contains(&code.as_str()))
            .cloned()
            .collect();
        let directory = Directory {
            services,
            foreign,
            unreadable,
        };
        Ok((directory, problems.list))
    }

    /// Every service's file as one number: what a leaflet that prints services is made from.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = crate::digest::Key::new("directory");
        for (id, s) in &self.services {
            (id, &s.source).hash(&mut h);
        }
        h.finish()
    }

    /// True when the site has no services.
    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Service> {
        self.services.get(id)
    }

    /// Every place a directory page is made for: each service's place and the places around it
    /// (`mx/chiapas/tapachula` gives `mx`, `mx/chiapas` and itself), in order.
    pub fn places(&self) -> BTreeSet<String> {
        self.services
            .values()
            .flat_map(|s| ancestors(&s.place))
            .collect()
    }

    /// Every place some service names as its own, in order.
    pub fn named_places(&self) -> BTreeSet<String> {
        self.services.values().map(|s| s.place.clone()).collect()
    }

    /// The services for someone in `place`: those in it or anywhere inside it, then those of
    /// the places around it (a country's national office serves every city), each group in
    /// order of name. `categories` narrows them when it is not empty.
    pub fn serving(&self, place: &str, categories: &[String]) -> (Vec<&Service>, Vec<&Service>) {
        let wanted = |s: &&Service| {
            categories.is_empty() || s.categories.iter().any(|c| categories.contains(c))
        };
        let inside = |s: &&Service| s.place == place || s.place.starts_with(&format!("{place}/"));
        let around = |s: &&Service| ancestors(place).iter().any(|a| a != place && *a == s.place);
        let mut here: Vec<&Service> = self
            .services
            .values()
            .filter(wanted)
            .filter(inside)
            .collect();
        let mut wider: Vec<&Service> = self
            .services
            .values()
            .filter(wanted)
            .filter(around)
            .collect();
        here.sort_by(|a, b| a.name.cmp(&b.name));
        wider.sort_by(|a, b| a.name.cmp(&b.name));
        (here, wider)
    }

    /// Every Fluent message the directory needs: its pages' words, and the name of each
    /// category, group, cost and place its services use.
    pub fn message_ids(&self) -> BTreeSet<String> {
        if self.is_empty() {
            return BTreeSet::new();
        }
        let mut ids: BTreeSet<String> = vocab::MESSAGES.iter().map(|m| m.to_string()).collect();
        for s in self.services.values() {
            ids.extend(s.categories.iter().map(|c| vocab::category_message(c)));
            ids.extend(s.serves.iter().map(|c| vocab::serves_message(c)));
            ids.extend(s.cost.iter().map(|c| vocab::cost_message(c)));
        }
        ids.extend(self.places().iter().map(|p| vocab::place_message(p)));
        ids.extend(self.foreign.iter().map(|c| vocab::language_message(c)));
        ids
    }

    /// The directory's fixed words: its pages' words and the names of every category, group and
    /// cost, whether a service uses them or not. A site may translate them all before it has any
    /// service (`senda init` writes them), so none of them is ever reported unused.
    pub fn vocabulary_ids() -> BTreeSet<String> {
        let words = vocab::MESSAGES.iter().map(|m| m.to_string());
        let categories = vocab::CATEGORIES.iter().map(|c| vocab::category_message(c));
        let serves = vocab::SERVES.iter().map(|c| vocab::serves_message(c));
        let costs = vocab::COSTS.iter().map(|c| vocab::cost_message(c));
        words.chain(categories).chain(serves).chain(costs).collect()
    }

    /// Services whose `review_by` is before `today`: their facts may be wrong now.
    pub fn overdue(&self, today: Date) -> impl Iterator<Item = &Service> {
        self.services.values().filter(move |s| s.review_by < today)
    }

    /// What the directory's reviewers must fix, as warnings (`check` makes them errors):
    /// services past review, and verification dates that have not come yet.
    pub fn overdue_warnings(&self, today: Date) -> Vec<Diagnostic> {
        let mut found: Vec<Diagnostic> = self
            .overdue(today)
            .map(|s| {
                s.at(
                    s.review_by_at,
                    crate::said!("directory-service-overdue", date = s.review_by.iso()),
                )
                .warning()
            })
            .collect();
        for s in self.services.values().filter(|s| s.verified_on > today) {
            found.push(
                s.at(
                    s.verified_on_at,
                    crate::said!("directory-verified-future", date = s.verified_on.iso()),
                )
                .warning(),
            );
        }
        found
    }
}

/// Places with more than `limit` services of their own, each reported once, at the `place` line
/// of its first service past the limit: what a place's pages and printed lists cost grows with
/// the number of its services.
fn crowded(services: &BTreeMap<String, Service>, limit: usize) -> Result<()> {
    let mut by_place: BTreeMap<&str, Vec<&Service>> = BTreeMap::new();
    for s in services.values() {
        by_place.entry(&s.place).or_default().push(s);
    }
    let mut problems = Problems::default();
    for (place, list) in by_place {
        if let Some(first) = list.get(limit) {
            problems.push(first.at(
                first.place_at,
                crate::said!(
                    "directory-place-crowded",
                    place = place,
                    count = list.len(),
                    limit = limit
                ),
            ));
        }
    }
    problems.finish().map(|_| ())
}

/// `mx/chiapas/tapachula` → `mx`, `mx/chiapas`, `mx/chiapas/tapachula`.
pub fn ancestors(place: &str) -> Vec<String> {
    let parts: Vec<&str> = place.split('/').collect();
    (1..=parts.len()).map(|n| parts[..n].join("/")).collect()
}
