//! The small page at each old address of a page (`aliases`): it sends the browser on with a
//! refresh, no script, and shows a link for browsers that do not follow it.

use crate::html::escape;
use crate::site::{Site, root_prefix};

/// Each old address's file (`2015/11/09/why-90-days/index.html`) and its HTML.
pub fn render_redirects(site: &Site) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for alias in &site.aliases {
        let Some(route) = site.route(&alias.id, &alias.lang) else {
            continue;
        };
        let Some(page) = site.page(route) else {
            continue;
        };
        let (file, folder) = match alias.path.strip_suffix('/') {
            Some(_) => (format!("{}index.html", alias.path), alias.path.as_str()),
            None => (
                alias.path.clone(),
                alias.path.rsplit_once('/').map_or("", |(dir, _)| dir),
            ),
        };
        let folder = if folder.is_empty() || folder.ends_with('/') {
            folder.to_string()
        } else {
            format!("{folder}/")
        };
        let url = escape(&format!("{}{}", root_prefix(&folder), route.path));
        let canonical = escape(&format!("{}{}", site.config.base_url, route.path));
        let title = escape(&page.front.title);
        let html = format!(
            "<!doctype html><html lang=\"{lang}\"><meta charset=\"utf-8\"><title>{title}</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{canonical}\"><meta http-equiv=\"refresh\" content=\"0; url={url}\"><p><a href=\"{url}\">{title}</a></p></html>\n",
            lang = escape(&alias.lang),
        );
        out.push((file, html));
    }
    out
}
