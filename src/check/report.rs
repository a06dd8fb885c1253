//! `check` as people read it: problems grouped under their file, then one sentence per language
//! saying where its translation stands and what its readers get instead (every line with
//! `--verbose`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::Findings;
use crate::diagnostics::{Diagnostic, Severity};
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
            let _ = writeln!(out, "{line}");
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

/// The name of the language readers of `lang` get page `id` in.
pub(super) fn shown_in(site: &Site, id: &str, lang: &str) -> String {
    site.route(id, lang)
        .and_then(|r| site.config.language(&r.content_lang))
        .map_or_else(
            || "no language (it is not published)".to_string(),
            |l| l.name.clone(),
        )
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
                .map_or_else(|| "no language".to_string(), |l| l.name.clone());
            (key.clone(), from)
        })
        .collect()
}

/// One sentence per language other than the default.
pub(super) fn summary(site: &Site) -> Vec<String> {
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
        let done = states.get("ok").copied().unwrap_or(0);
        let mut parts = vec![format!("{done} of {} pages up to date", table.len())];
        for (label, word) in [
            ("stale", "stale"),
            ("unknown", "never stamped"),
            ("review", "waiting for review"),
        ] {
            if let Some(n) = states.get(label) {
                parts.push(format!("{n} {word}"));
            }
        }
        if let Some(n) = states.get("missing") {
            let readers: Vec<String> = instead.iter().map(|(l, n)| format!("{n} in {l}")).collect();
            parts.push(format!(
                "{n} not translated (readers get {})",
                readers.join(", ")
            ));
        }
        let strings = missing_strings(site, &used, &language.code);
        if !strings.is_empty() {
            let mut from: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, l) in &strings {
                *from.entry(l.as_str()).or_default() += 1;
            }
            let readers: Vec<String> = from.iter().map(|(l, n)| format!("{n} in {l}")).collect();
            parts.push(format!(
                "{} of {} interface strings not translated (readers see {})",
                strings.len(),
                used.len(),
                readers.join(", ")
            ));
        }
        let services = &site.directory.services;
        let untold = services
            .values()
            .filter(|s| {
                s.translated(&language.code, &site.config.default_language)
                    != crate::directory::Translated::Complete
            })
            .count();
        if untold > 0 {
            parts.push(format!(
                "{untold} of {} services' words not (fully) translated",
                services.len()
            ));
        }
        lines.push(format!(
            "{} ({}): {}",
            language.name,
            language.code,
            parts.join("; ")
        ));
    }
    lines
}
