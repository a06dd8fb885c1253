//! Addresses between pages, written for where a page is read: a web server, a phone's file
//! manager, or one offline file.

use super::LinkStyle;
use crate::html;
use crate::markdown;
use crate::said;
use crate::said::Said;
use crate::site::paths::original_path;
use crate::site::{Route, Site, root_prefix};

/// Markdown's view of the site from one route, for one way of writing links.
pub(super) struct LinkContext<'a> {
    pub(super) site: &'a Site,
    pub(super) route: &'a Route,
    /// The folder of the document the links are in (`es/asilo/`, `es/leaflets/`).
    pub(super) from: &'a str,
    /// From `from` back to the site root (`../../`).
    pub(super) root: String,
    pub(super) style: LinkStyle,
    /// For paper (the print view): services past review are left out.
    pub(super) print: bool,
}

impl<'a> LinkContext<'a> {
    pub(super) fn new(site: &'a Site, route: &'a Route, from: &'a str, style: LinkStyle) -> Self {
        LinkContext {
            site,
            route,
            from,
            root: root_prefix(from),
            style,
            print: false,
        }
    }

    /// The address of `target` (and a heading in it) from this route.
    pub(super) fn href(&self, target: &Route, fragment: Option<&str>) -> String {
        let hash = fragment.map_or(String::new(), |f| format!("#{f}"));
        match self.style {
            LinkStyle::Web => format!("{}{hash}", relative(self.from, &target.path, &self.root)),
            LinkStyle::Files => {
                let rel = relative(self.from, &target.path, &self.root);
                let rel = if rel == "./" { String::new() } else { rel };
                format!("{rel}index.html{hash}")
            }
            LinkStyle::Absolute => format!("{}{}{hash}", self.site.config.base_url, target.path),
            LinkStyle::SingleFile => match fragment {
                Some(f) => format!("#{}-{f}", anchor(&target.id)),
                None => format!("#{}", anchor(&target.id)),
            },
        }
    }

    /// The address of a place from the site's root that is no page senda makes (`` for the
    /// language picker, `contact-us#form`), written for where the page is read.
    fn at_root(&self, address: &str) -> String {
        let (path, hash) = match address.split_once('#') {
            Some((path, fragment)) => (path, format!("#{fragment}")),
            None => (address, String::new()),
        };
        let folder = path.is_empty() || path.ends_with('/');
        match self.style {
            LinkStyle::Files if folder => format!("{}{path}index.html{hash}", self.root),
            LinkStyle::Web | LinkStyle::Files if path.is_empty() && self.root.is_empty() => {
                format!("./{hash}")
            }
            LinkStyle::Web | LinkStyle::Files => format!("{}{path}{hash}", self.root),
            LinkStyle::Absolute | LinkStyle::SingleFile => {
                format!("{}{path}{hash}", self.site.config.base_url)
            }
        }
    }
}

impl markdown::Resolve for LinkContext<'_> {
    fn cited(&self, cite: &markdown::Cite) -> Vec<markdown::Contact> {
        self.site.cited(cite, &self.route.content_lang, self.print)
    }

    fn site_file(&self, path: &str) -> String {
        match self.style {
            LinkStyle::SingleFile | LinkStyle::Absolute => {
                format!("{}{path}", self.site.config.base_url)
            }
            _ => format!("{}{path}", self.root),
        }
    }

    /// Read from the site's link table; a link it could not resolve is written as it was (the
    /// table's problems stop a build before any page is rendered).
    fn page(&self, link: &markdown::Link) -> Result<String, Said> {
        let site = self.site;
        let index = site
            .index_of(&self.route.id, &self.route.lang)
            .ok_or_else(|| said!("render-link-no-page", path = &self.route.path))?;
        if let Some(address) = site.links.at_root(index, link.at.start) {
            return Ok(self.at_root(address));
        }
        Ok(match site.links.get(index, link.at.start) {
            Some(reached) => self.href(&site.routes[reached.route], reached.fragment.as_deref()),
            None => link.written.clone(),
        })
    }

    fn original(&self, rel: &str) -> Option<String> {
        let page = self.site.page(self.route)?;
        let asset = self.site.content.asset(&self.route.content_lang, rel)?;
        if !page.front.originals || asset.fitted.is_none() || self.style == LinkStyle::SingleFile {
            return None;
        }
        let published = match asset.lang.as_str() {
            "/" => original_path(&asset.rel),
            lang => format!("{lang}/{}", original_path(&asset.rel)),
        };
        Some(format!("{}{published}", self.root))
    }

    fn asset(&self, rel: &str) -> Option<String> {
        self.file(rel, false)
    }

    fn still(&self, rel: &str) -> Option<markdown::Still> {
        let page = self.site.page(self.route)?;
        let (_, asset) = (self.site.content).linked_asset(page, &self.route.content_lang, rel)?;
        if !asset.moving {
            return None;
        }
        let size = std::fs::metadata(&asset.file).map_or(0, |m| m.len());
        let mb = weight(size);
        let lang = &self.route.lang;
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("size", mb.clone());
        let (label, borrowed) = match self.site.locales.message(lang, "image-moving", Some(&args)) {
            Some(Ok(message)) => (self.site.locales.text_for(lang, message), None),
            // A site whose strings do not have it yet says it in senda's own words: the
            // reader's, or else English, marked as such.
            _ => {
                let tongue = crate::said::Tongue::for_language(lang);
                let said = said!("image-moving", size = mb);
                let own = tongue.code() == lang.split(['-', '_']).next().unwrap_or_default();
                (
                    said.words(tongue),
                    (!own).then(|| tongue.code().to_string()),
                )
            }
        };
        // Offline copies (one file, or pages in a zip) leave the animation out: it is on the web.
        let moving = match self.style {
            LinkStyle::SingleFile | LinkStyle::Files => {
                let published = match rel.strip_prefix('/') {
                    Some(root) => root.to_string(),
                    None => format!("{}/{rel}", asset.lang),
                };
                format!("{}{published}", self.site.config.base_url)
            }
            _ => self.file(rel, false)?,
        };
        Some(markdown::Still {
            src: self.file(rel, true)?,
            moving,
            label,
            borrowed,
        })
    }
}

impl LinkContext<'_> {
    /// The address of the file at `rel` as published: its fitted copy where it has one (an
    /// animation's still only where `still`: a link to an animation reaches the animation).
    fn file(&self, rel: &str, still: bool) -> Option<String> {
        let page = self.site.page(self.route)?;
        let (lang, asset) =
            (self.site.content).linked_asset(page, &self.route.content_lang, rel)?;
        let name = match asset.moving && !still {
            true => asset.rel.as_str(),
            false => asset.published(),
        };
        // From the site's root (the theme's `static/`), or from the content language's folder.
        let published = match rel.strip_prefix('/') {
            Some(_) => name.to_string(),
            None => format!("{lang}/{name}"),
        };
        Some(match (self.style, image_type(name)) {
            // The offline file carries its images inside it, each within the image budget; a
            // larger one is left out, and its alt text stands in for it.
            (LinkStyle::SingleFile, Some(mime)) => {
                let bytes = match asset.moving && !still {
                    true => std::sync::Arc::new(std::fs::read(&asset.file).ok()?),
                    false => asset.bytes().ok()?,
                };
                let budget = self.site.config.budgets.image_kb * 1024.0;
                if bytes.len() as f64 > budget {
                    return Some(String::new());
                }
                html::data_uri(mime, &bytes)
            }
            (LinkStyle::SingleFile, None) | (LinkStyle::Absolute, _) => {
                format!("{}{published}", self.site.config.base_url)
            }
            _ => format!("{}{published}", self.root),
        })
    }
}

pub(super) fn image_type(rel: &str) -> Option<&'static str> {
    let ext = rel.rsplit('.').next()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// The id a page's section gets in a document holding several pages.
pub fn anchor(id: &str) -> String {
    format!("p-{}", id.replace('/', "-"))
}

/// The address of `to` as seen from the page at `from`: `../abogado/` for neighbours.
pub(super) fn relative(from: &str, to: &str, root: &str) -> String {
    if from == to {
        return "./".to_string();
    }
    let from_parts: Vec<&str> = from.trim_end_matches('/').split('/').collect();
    let to_parts: Vec<&str> = to.trim_end_matches('/').split('/').collect();
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return format!("{root}{to}");
    }
    let up = "../".repeat(from_parts.len() - common);
    let down: String = to_parts[common..].iter().map(|p| format!("{p}/")).collect();
    let joined = format!("{up}{down}");
    if joined.is_empty() {
        "./".to_string()
    } else {
        joined
    }
}

/// A file's weight as a family reads it before spending data: `2.9 MB`, or `45 KB` under a
/// megabyte. A no-break space keeps it on one line on a narrow screen.
fn weight(bytes: u64) -> String {
    match bytes < 1024 * 1024 {
        true => format!("{}\u{a0}KB", bytes.div_ceil(1024).max(1)),
        false => format!("{:.1}\u{a0}MB", bytes as f64 / (1024.0 * 1024.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::relative;

    #[test]
    fn relative_addresses() {
        assert_eq!(
            relative("es/asilo/", "es/abogado/", "../../"),
            "../abogado/"
        );
        assert_eq!(relative("es/", "es/abogado/", "../"), "abogado/");
        assert_eq!(relative("es/asilo/", "es/", "../../"), "../");
        assert_eq!(
            relative("es/asilo/", "en/asylum/", "../../"),
            "../../en/asylum/"
        );
        assert_eq!(relative("es/asilo/", "es/asilo/", "../../"), "./");
        assert_eq!(relative("es/g/mx/", "es/g/gt/", "../../../"), "../gt/");
    }

    #[test]
    fn an_animation_s_weight_is_in_kb_under_a_megabyte() {
        assert_eq!(super::weight(45_932), "45\u{a0}KB");
        assert_eq!(super::weight(3_115_899), "3.0\u{a0}MB");
    }
}
