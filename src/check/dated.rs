//! Facts that could look newer than they are: a page whose newest source is older than the site
//! allows (`[check] source_years`) is reported, so that a 2021 fact never reads as today's under a
//! recent "last reviewed" date.

use crate::content::Date;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// A warning for each page of the default language whose newest source is older than the limit.
pub(super) fn old_sources(site: &Site, today: Date) -> Vec<Diagnostic> {
    let years = site.config.check.source_years;
    let default = &site.config.default_language;
    let mut found = Vec::new();
    for page in site
        .content
        .all()
        .filter(|p| &p.lang == default && !p.front.draft)
    {
        let Some(newest) = page.front.sources.iter().map(|s| s.earliest()).max() else {
            continue;
        };
        let limit = Date {
            year: today.year.saturating_sub(years),
            ..today
        };
        if newest < limit {
            found.push(
                Diagnostic::in_file(
                    &page.shown,
                    crate::said!(
                        "check-old-source",
                        date = format!("{}-{:02}", newest.year, newest.month),
                        years = years
                    ),
                )
                .warning(),
            );
        }
    }
    found
}
