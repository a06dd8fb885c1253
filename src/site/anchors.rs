//! Links to headings (`other.md#heading`, `#heading`), checked against the ids the documents
//! gave their headings: a link to a heading that is not there is as broken as a link to a missing
//! page.

use super::Site;
use crate::diagnostics::{Diagnostic, line_col};
use crate::markdown::Target;

/// Every link to a heading missing from its target, in any language the target is translated
/// into (a translator who rewords a heading breaks other pages' links).
pub(super) fn broken(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for page in site.content.all() {
        for link in &page.document.links {
            let (target, fragment) = match &link.target {
                Target::Here(fragment) => (page.id.as_str(), fragment),
                Target::Page {
                    id,
                    fragment: Some(fragment),
                } => (id.as_str(), fragment),
                _ => continue,
            };
            let translations = site.content.pages.get(target).into_iter().flatten();
            for (_, target_page) in translations {
                let ids = &target_page.document.headings;
                if ids.iter().any(|h| &h.id == fragment) {
                    continue;
                }
                found.push(if target_page.lang == page.lang {
                    page.at(
                        link.at.start,
                        format!(
                            "`{}`: {} has no heading with the id `{fragment}`",
                            link.written,
                            target_page.shown.display()
                        ),
                    )
                } else {
                    let (line, _, _) = line_col(&page.source, link.at.start);
                    Diagnostic::in_file(
                        &target_page.shown,
                        format!(
                            "no heading with the id `{fragment}`, which {}:{line} links to; give the matching heading `{{#{fragment}}}`",
                            page.shown.display()
                        ),
                    )
                });
            }
        }
    }
    found
}
