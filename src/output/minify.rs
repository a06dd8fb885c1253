//! Pages minified for the web, with the menu their folder shares minified once and spliced in.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::Output;
use crate::render::{MENU_PLACEHOLDER, RenderedPage};

/// minify-html, kept to what every browser reads the same way: the `<html lang dir>` opening tag
/// stays, the doctype stays standard. The theme's CSS was minified once when it was loaded.
fn minify_config() -> minify_html::Cfg {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg
}

/// Minifies an HTML document.
pub fn minify(html: &str) -> Vec<u8> {
    minify_html::minify(html.as_bytes(), &minify_config())
}

/// Every page as `<lang>/<path>/index.html`, minified. A menu that many pages share is
/// minified once and put in place of each page's placeholder: the same bytes as minifying each
/// page whole, for a fraction of the work.
pub fn pages(rendered: &[RenderedPage]) -> Vec<Output> {
    let key = |menu: &Arc<String>| Arc::as_ptr(menu) as usize;
    let mut menus: HashMap<usize, &str> = HashMap::new();
    for menu in rendered.iter().filter_map(|p| p.menu.as_ref()) {
        menus.entry(key(menu)).or_insert(menu.as_str());
    }
    let menus: HashMap<usize, Vec<u8>> = menus
        .into_par_iter()
        .filter(|(_, menu)| stands_alone(menu))
        .map(|(k, menu)| (k, minify(menu)))
        .collect();
    rendered
        .par_iter()
        .map(|p| Output {
            path: format!("{}index.html", p.route.path),
            bytes: match p.menu.as_ref() {
                Some(menu) => {
                    let minified = menus.get(&key(menu)).map(Vec::as_slice);
                    let spliced = (p.html.matches(MENU_PLACEHOLDER).count() == 1)
                        .then(|| minify(&p.html))
                        .zip(minified)
                        .and_then(|(page, menu)| splice(&page, menu));
                    // Where the menu or the placeholder is not an element of its own (a theme
                    // wrote it into an attribute, say), the page is minified whole with its menu.
                    spliced.unwrap_or_else(|| minify(&p.html.replacen(MENU_PLACEHOLDER, menu, 1)))
                }
                None => minify(&p.html),
            }
            .into(),
        })
        .collect()
}

/// Whether a menu minified on its own is, byte for byte, what it is inside its page: it is one
/// block element (`<nav>…</nav>`), around which white space means nothing. Inline elements side
/// by side would lose the space between them.
fn stands_alone(menu: &str) -> bool {
    const BLOCKS: [&str; 9] = [
        "nav", "div", "section", "aside", "header", "footer", "ul", "ol", "details",
    ];
    let menu = menu.trim();
    let name: String = menu
        .strip_prefix('<')
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect()
        })
        .unwrap_or_default();
    BLOCKS.contains(&name.as_str())
        && menu.ends_with(&format!("</{name}>"))
        && menu.matches(&format!("<{name}")).count() == 1
}

/// `page` with its menu placeholder replaced by `menu`, if the placeholder is there once and
/// as an element (right after a tag), not inside an attribute.
fn splice(page: &[u8], menu: &[u8]) -> Option<Vec<u8>> {
    let placeholder = MENU_PLACEHOLDER.as_bytes();
    let mut found = memchr::memmem::find_iter(page, placeholder);
    let at = found.next()?;
    if found.next().is_some() || at == 0 || page[at - 1] != b'>' {
        return None;
    }
    let mut out = Vec::with_capacity(page.len() + menu.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(menu);
    out.extend_from_slice(&page[at + placeholder.len()..]);
    Some(out)
}

/// Other HTML files (language picker, 404 pages), minified.
pub fn documents(documents: Vec<(String, String)>) -> Vec<Output> {
    documents
        .into_iter()
        .map(|(path, html)| Output {
            bytes: minify(&html).into(),
            path,
        })
        .collect()
}
