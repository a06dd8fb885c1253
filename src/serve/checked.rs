//! The preview is `check`: after every build the preview runs `senda check`'s own code on the
//! site as it is, shows each page's findings (errors and warnings, in check's words) in a panel on
//! that page, and lists them all at `/_check`. What a writer sees while writing is what `check`
//! and CI will say.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use super::pages::{RELOAD_SCRIPT, Words};
use crate::diagnostics::{Diagnostic, Error, Severity};
use crate::html::escape;
use crate::markdown::Cited;
use crate::pipeline::{self, Options};
use crate::said::{Said, Tongue};
use crate::site::Site;

/// What `check` found the last time it ran, and which files' findings each page shows.
#[derive(Default)]
pub(super) struct Checked {
    pub problems: Vec<Diagnostic>,
    /// A page's address in the build (`es/asilo/index.html`) → the files whose problems it shows:
    /// its own, its recording's, and those of the services it cites.
    files: HashMap<String, Vec<PathBuf>>,
}

impl Checked {
    /// Runs `check` on the site in `options.root`, reusing `cache` (only changed pages are read
    /// again). A panic in it becomes a problem like any other, and the cache starts over.
    pub(super) fn run(options: &Options, cache: &mut pipeline::Cache) -> Checked {
        let run = AssertUnwindSafe(|| crate::check::check_with(options, cache));
        match catch_unwind(run) {
            Ok(Ok((site, findings))) => Checked {
                // The translation lines too: `check --format json` and `--verbose` give them.
                problems: findings
                    .problems
                    .into_iter()
                    .chain(findings.translation)
                    .collect(),
                files: files_of(&site),
            },
            Ok(Err(Error::Invalid(problems))) => Checked {
                problems,
                ..Checked::default()
            },
            Ok(Err(other)) => Checked {
                problems: vec![Diagnostic::general(Said::verbatim(
                    other.words(options.tongue),
                ))],
                ..Checked::default()
            },
            Err(panic) => {
                *cache = pipeline::Cache::for_checks(&options.root);
                let message = crate::diagnostics::panic_message(panic.as_ref());
                Checked {
                    problems: vec![Diagnostic::general(crate::said!(
                        "preview-check-internal-error",
                        detail = message
                    ))],
                    ..Checked::default()
                }
            }
        }
    }

    /// The problems the page at `key` shows, and how many others the site has.
    pub(super) fn on_page(&self, key: &str) -> (Vec<&Diagnostic>, usize) {
        let files = self.files.get(key).map(Vec::as_slice).unwrap_or_default();
        let (here, elsewhere): (Vec<&Diagnostic>, Vec<&Diagnostic>) = self
            .problems
            .iter()
            .partition(|d| d.location.as_ref().is_some_and(|l| files.contains(&l.path)));
        (here, elsewhere.len())
    }

    /// Errors and warnings, for the terminal.
    pub(super) fn counts(&self) -> (usize, usize) {
        let errors = self
            .problems
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        (errors, self.problems.len() - errors)
    }
}

/// For each page of the site, the files whose problems it shows.
fn files_of(site: &Site) -> HashMap<String, Vec<PathBuf>> {
    let mut map = HashMap::new();
    for route in &site.routes {
        let Some(page) = site.page(route) else {
            continue;
        };
        let mut files = vec![page.shown.clone()];
        for lang in [&route.lang, &route.content_lang] {
            let key = (lang.clone(), route.id.clone());
            if let Some(recording) = site.content.recordings.get(&key) {
                files.push(recording.shown.clone());
            }
        }
        for cite in &page.document.cites {
            if let Cited::Ids(ids) = &cite.what {
                let services = ids.iter().filter_map(|(id, _)| site.directory.get(id));
                files.extend(services.map(|s| s.shown.clone()));
            }
        }
        map.insert(format!("{}index.html", route.path), files);
    }
    map
}

/// Problems as the preview shows them: each as `check` prints it, in a box of its colour.
pub(super) fn items(problems: &[&Diagnostic], tongue: Tongue) -> String {
    problems
        .iter()
        .map(|d| {
            let class = match d.severity {
                Severity::Error => "senda-error",
                Severity::Warning => "senda-warning",
            };
            format!("<pre class={class}>{}</pre>", escape(&d.words(tongue)))
        })
        .collect()
}

/// The boxes' look, shared by the panel and the preview's own pages.
pub(super) const STYLE: &str = "pre.senda-error,pre.senda-warning{white-space:pre-wrap;padding:.6em;margin:.4em 0;font:13px/1.4 ui-monospace,monospace;color:#111}pre.senda-error{background:#fdecee;border-left:4px solid #b00020}pre.senda-warning{background:#fff4ce;border-left:4px solid #8a6d00}";

/// The panel laid over a page that has problems: what `check` says about it, and a link to the
/// whole list. It folds away (a `<details>`), and the page gets room below to scroll clear of it.
pub(super) fn panel(here: &[&Diagnostic], elsewhere: usize, words: &Words) -> String {
    let more = if elsewhere > 0 {
        format!(" ({elsewhere} {})", words.get("check-elsewhere"))
    } else {
        String::new()
    };
    format!(
        "<aside id=senda-check lang={lang} style=\"position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:2147483647;background:#fff;border-top:3px solid #444;padding:.5em 1em;font:14px/1.4 system-ui,sans-serif;color:#111\"><style>{STYLE}body{{padding-bottom:45vh}}</style><details open><summary><strong>{title}</strong> · <a href=\"/_check\">{all}</a>{more}</summary>{items}</details></aside>",
        lang = words.lang,
        title = words.get("check-title"),
        all = words.get("check-all"),
        items = items(here, words.tongue),
    )
}

/// `html` with `panel` put before its `</body>` (or at its end).
pub(super) fn with_panel(html: &[u8], panel: &str) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + panel.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(panel.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// `/_check`: every problem `check` finds in the site, errors first, each as `check` prints it.
pub(super) fn check_page(checked: &Checked, words: &Words) -> String {
    let all: Vec<&Diagnostic> = checked.problems.iter().collect();
    let (errors, warnings) = checked.counts();
    let body = if all.is_empty() {
        format!("<p>{}</p>", words.get("check-none"))
    } else {
        format!(
            "<p>{errors} ✗ · {warnings} ⚠</p>{}",
            items(&all, words.tongue)
        )
    };
    format!(
        "<!DOCTYPE html><html lang={lang}><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>{title}</title><style>body{{font-family:system-ui,sans-serif;margin:1em}}{STYLE}</style><h1>{title}</h1><p><a href=\"/_status\">{status}</a></p>{body}{RELOAD_SCRIPT}</html>",
        lang = words.lang,
        title = words.get("check-page-title"),
        status = words.get("status-title"),
    )
}
