//! `check` as people read it: problems grouped under their file, then one sentence per language
//! saying where its translation stands and what its readers get instead (every line with
//! `--verbose`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{Findings, NONE, NOWHERE};
use crate::diagnostics::{Diagnostic, Severity};
use crate::said;
use crate::said::Tongue;
use crate::site::Site;
use crate::status::{self, Freshness};

/// The report as text for a terminal or a file.
pub fn text(findings: &Findings, verbose: bool, tongue: Tongue) -> String {
    let mut out = String::new();
    let mut shown: Vec<&Diagnostic> = findings.problems.iter().collect();
    if verbose {
        shown.extend(&findings.translation);
    }
    for (file, list) in by_file(&shown, tongue) {
        let errors = list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let counted = counts(errors, list.len() - errors, tongue);
        let _ = writeln!(out, "── {file} ({counted})");
        for d in list {
            let _ = writeln!(out, "{}\n", d.words(tongue));
        }
    }
    if !findings.summary.is_empty() {
        let heading = match verbose {
            true => crate::said!("check-translations-heading"),
            false => crate::said!("check-translations-heading-short"),
        };
        let _ = writeln!(out, "── {}", heading.words(tongue));
        for line in &findings.summary {
            let _ = writeln!(out, "{}", line.words(tongue));
        }
        out.push('\n');
    }
    let errors = findings
        .problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let counted = counts(errors, findings.problems.len() - errors, tongue);
    let _ = writeln!(out, "{counted}");
    out
}

/// Problems by the file they are in, files with errors first, each list in line order.
fn by_file<'a>(found: &[&'a Diagnostic], tongue: Tongue) -> Vec<(String, Vec<&'a Diagnostic>)> {
    let mut files: BTreeMap<String, Vec<&Diagnostic>> = BTreeMap::new();
    for d in found {
        let file = d.location.as_ref().map_or_else(
            || crate::said!("check-whole-site").words(tongue),
            |l| crate::diagnostics::printable(&l.path.display().to_string()).into_owned(),
        );
        files.entry(file).or_default().push(d);
    }
    let mut files: Vec<_> = files.into_iter().collect();
    for (_, list) in &mut files {
        list.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.col)));
    }
    files.sort_by_key(|(file, list)| {
        (
            !list.iter().any(|d| d.severity == Severity::Error),
            file.clone(),
        )
    });
    files
}

fn counts(errors: usize, warnings: usize, tongue: Tongue) -> String {
    crate::said!("check-counts", errors = errors, warnings = warnings).words(tongue)
}

/// The name of the language readers of `lang` get page `id` in; [`NONE`] when it is not
/// published, which messages put in words.
pub(super) fn shown_in(site: &Site, id: &str, lang: &str) -> String {
    site.route(id, lang)
        .and_then(|r| site.config.language(&r.content_lang))
        .map_or_else(|| NONE.to_string(), |l| l.name.clone())
}

/// Each string in `used` that `lang` does not define, with the language its readers see it in.
pub(super) fn missing_strings(
    site: &Site,
    used: &BTreeSet<String>,
    lang: &str,
) -> Vec<(String, String)> {
    let Some(language) = site.config.language(lang) else {
        return Vec::new();
    };
    let defines = |code: &str, key: &str| {
        site.locales
            .defined
            .get(code)
            .is_some_and(|d| d.contains_key(key))
    };
    used.iter()
        .filter(|key| !defines(lang, key))
        .map(|key| {
            let from = language
                .chain
                .iter()
                .find(|code| defines(code, key))
                .and_then(|code| site.config.language(code))
                .map_or_else(|| NOWHERE.to_string(), |l| l.name.clone());
            (key.clone(), from)
        })
        .collect()
}

/// Where one language other than the default stands, put in words in the writer's language
/// when the report is shown ([`Summary::words`]).
#[derive(Debug, Clone)]
pub struct Summary {
    name: String,
    code: String,
    /// Pages up to date, and in all.
    done: (usize, usize),
    /// How many pages are stale, never stamped, waiting for review.
    states: Vec<(&'static str, usize)>,
    /// Pages not translated, and the languages their readers get instead.
    missing: Option<(usize, Readers)>,
    /// Interface strings not translated, in all, and the languages readers see them in.
    strings: Option<(usize, usize, Readers)>,
    /// Services not (fully) translated, and in all.
    services: Option<(usize, usize)>,
}

/// How many readers get something in which language.
type Readers = Vec<(String, usize)>;

impl Summary {
    /// The sentence, in `tongue`.
    pub fn words(&self, tongue: Tongue) -> String {
        let words = |said: said::Said| said.words(tongue);
        let readers = |counts: &Readers| {
            let list: Vec<String> = counts
                .iter()
                .map(|(l, n)| words(said!("check-summary-in", count = *n, language = l)))
                .collect();
            list.join(", ")
        };
        let (done, total) = self.done;
        let mut parts = vec![words(said!(
            "check-summary-pages",
            done = done,
            total = total
        ))];
        for (state, n) in &self.states {
            parts.push(words(said!(
                "check-summary-state",
                count = *n,
                state = *state
            )));
        }
        if let Some((n, instead)) = &self.missing {
            let instead = readers(instead);
            parts.push(words(said!(
                "check-summary-missing",
                count = *n,
                readers = instead
            )));
        }
        if let Some((n, total, from)) = &self.strings {
            let from = readers(from);
            parts.push(words(said!(
                "check-summary-strings",
                count = *n,
                total = *total,
                readers = from
            )));
        }
        if let Some((n, total)) = self.services {
            parts.push(words(said!(
                "check-summary-services",
                count = n,
                total = total
            )));
        }
        format!("{} ({}): {}", self.name, self.code, parts.join("; "))
    }
}

/// Where each language other than the default stands.
pub(super) fn summary(site: &Site) -> Vec<Summary> {
    let table = status::table(site);
    let used = super::used_messages(site);
    let mut lines = Vec::new();
    for (i, language) in site.config.languages.iter().enumerate() {
        if language.code == site.config.default_language {
            continue;
        }
        let mut states: BTreeMap<&str, usize> = BTreeMap::new();
        let mut instead: BTreeMap<String, usize> = BTreeMap::new();
        for row in &table {
            let state = row.states[i];
            *states.entry(state.label()).or_default() += 1;
            if state == Freshness::Missing {
                *instead
                    .entry(shown_in(site, &row.id, &language.code))
                    .or_default() += 1;
            }
        }
        let strings = missing_strings(site, &used, &language.code);
        let mut from: BTreeMap<String, usize> = BTreeMap::new();
        for (_, l) in &strings {
            *from.entry(l.clone()).or_default() += 1;
        }
        let services = &site.directory.services;
        let untold = services
            .values()
            .filter(|s| {
                s.translated(&language.code, &site.config.default_language)
                    != crate::directory::Translated::Complete
            })
            .count();
        lines.push(Summary {
            name: language.name.clone(),
            code: language.code.clone(),
            done: (states.get("ok").copied().unwrap_or(0), table.len()),
            states: ["stale", "unknown", "review"]
                .into_iter()
                .filter_map(|label| Some((label, *states.get(label)?)))
                .collect(),
            missing: states
                .get("missing")
                .map(|n| (*n, instead.into_iter().collect())),
            strings: (!strings.is_empty())
                .then(|| (strings.len(), used.len(), from.into_iter().collect())),
            services: (untold > 0).then_some((untold, services.len())),
        });
    }
    lines
}
