//! What `check` finds about the files a build would publish, without making them: paths that
//! collide (an old address over a file senda writes, a theme's file where senda makes one),
//! photos and recordings over their budgets, and letters no leaflet font has.

use crate::diagnostics::{Diagnostic, Error, Result};
use crate::pipeline::Claims;
use crate::site::{Site, paths};

/// Every such problem, as an error.
pub(super) fn problems(site: &Site) -> Result<Vec<Diagnostic>> {
    let files = crate::output::files(site)?;
    let redirects = crate::render::render_redirects(site);
    let mut found = Vec::new();
    let mut claims = Claims::default();
    let named = generated(site)
        .into_iter()
        .chain(redirects.into_iter().map(|(path, _)| path))
        .chain(files.iter().map(|f| f.path.clone()));
    for path in named {
        match claims.claim(site, &path) {
            Err(Error::Invalid(problems)) => found.extend(problems),
            Err(other) => return Err(other),
            Ok(()) => {}
        }
    }
    // An image over budget is a warning, as `build` says: senda made it as small as it could
    // and the page still works.
    let (images, pages): (Vec<Diagnostic>, Vec<Diagnostic>) = crate::budget::check(site, &files)
        .into_iter()
        .partition(|d| d.message.id.starts_with("budget-image"));
    found.extend(pages);
    if site.config.outputs.leaflets {
        let plan = crate::leaflet::plan(site);
        found.extend(crate::leaflet::missing_glyphs(site, &plan)?);
    }
    let mut found: Vec<Diagnostic> = found.into_iter().map(Diagnostic::error).collect();
    found.extend(images);
    Ok(found)
}

/// The files senda makes at addresses known before anything is made: each page and its text
/// versions, the language picker, the 404 pages, the sitemap, the offline files.
fn generated(site: &Site) -> Vec<String> {
    let mut out = vec!["index.html".to_string(), "404.html".to_string()];
    out.push("sitemap.xml".to_string());
    out.extend(crate::editor::outputs(site).into_iter().map(|o| o.path));
    for language in &site.config.languages {
        out.push(format!("{}/404.html", language.code));
        if site.config.outputs.offline {
            out.push(paths::offline_path(&language.code));
            out.push(paths::zip_path(&language.code, &site.config.name));
        }
    }
    for route in &site.routes {
        for file in ["index.html", "index.txt", "text.html"] {
            out.push(format!("{}{file}", route.path));
        }
    }
    out
}
