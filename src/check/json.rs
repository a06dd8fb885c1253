//! `senda check --format json`: the findings as one JSON object, for CI.

use serde::Serialize;

use super::Findings;
use crate::diagnostics::{Diagnostic, Location, Severity};

/// One problem as `senda check --format json` writes it.
#[derive(Serialize)]
struct JsonProblem<'a> {
    severity: &'static str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// The problems as JSON for CI: `{"errors": n, "warnings": n, "problems": [...], "translations": [...]}`,
/// every translation line included.
pub fn to_json(findings: &Findings) -> String {
    let found: Vec<&Diagnostic> = findings
        .problems
        .iter()
        .chain(&findings.translation)
        .collect();
    let problems: Vec<JsonProblem> = found
        .iter()
        .map(|d| {
            let loc: Option<&Location> = d.location.as_ref();
            JsonProblem {
                severity: if d.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                },
                file: loc.map(|l| l.path.display().to_string()),
                line: loc.map(|l| l.line).filter(|l| *l > 0),
                column: loc.map(|l| l.col).filter(|c| *c > 0),
                message: &d.message,
            }
        })
        .collect();
    let errors = found
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    serde_json::json!({
        "errors": errors,
        "warnings": found.len() - errors,
        "problems": problems,
        "translations": findings.summary,
    })
    .to_string()
}
