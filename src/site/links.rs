//! Links as people write them, resolved to a page: by file (`abogado.md`, `abogado`), or by
//! address (`/rights/at-home`, `/es/asilo/`, `../get-support/`, `./printable/index.html`), with or
//! without the language, the site's base path, a trailing slash or `index.html`. What is not found
//! is answered with the page it most likely meant.

use super::Site;
use crate::content::Page;
use crate::markdown::join;
use crate::said;
use crate::said::Said;

/// What is left of an address once it is normalised: a language and a path in it.
struct Candidate {
    lang: String,
    path: String,
}

impl Site {
    /// The identity of the page that `written` (an address in page `from`) points at; a message
    /// for the writer, with a suggestion, when there is none.
    pub fn page_at(&self, from: &Page, written: &str) -> Result<String, Said> {
        for candidate in self.candidates(from, written) {
            if let Some(id) = self.find(&candidate) {
                return Ok(id);
            }
        }
        if let Some(id) = self.old_address(from, written) {
            return Ok(id);
        }
        if let Some(folder) = self.folder_without_page(from, written) {
            return Err(said!(
                "site-link-folder-without-page",
                written = written,
                folder = folder
            ));
        }
        let looks_like_file = written
            .rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .is_some_and(|(_, ext)| !matches!(ext, "html" | "htm"));
        let near = self
            .nearest(from, written)
            .map(|p| p.shown.display().to_string());
        Err(match (looks_like_file, near) {
            (true, None) => said!("markdown-link-file-missing", path = written),
            (true, Some(near)) => said!("site-link-file-missing-near", path = written, near = near),
            (false, None) => said!("site-link-page-missing", written = written),
            (false, Some(near)) => said!(
                "site-link-page-missing-near",
                written = written,
                near = near
            ),
        })
    }

    /// The page a link to file `id` names, or a message with a suggestion.
    pub fn missing_page(&self, from: &Page, id: &str, written: &str) -> Said {
        match self.nearest(from, id) {
            Some(near) => said!(
                "site-link-page-file-missing-near",
                written = written,
                id = id,
                near = &near.shown
            ),
            None => said!("site-link-page-file-missing", written = written, id = id),
        }
    }

    /// The page whose `aliases` hold the address, written from the site's root or from the page.
    fn old_address(&self, from: &Page, written: &str) -> Option<String> {
        let path = match written.strip_prefix('/') {
            Some(absolute) => self.below_base(absolute).to_string(),
            None => join(&self.route(&from.id, &from.lang)?.path, written)?,
        };
        self.by_alias.get(&super::aliases::key(&path)).cloned()
    }

    /// The folder (`content/en/docs`) an address names when it holds pages but no `index.md`.
    fn folder_without_page(&self, from: &Page, written: &str) -> Option<String> {
        self.candidates(from, written).into_iter().find_map(|c| {
            let dir = c.path.trim_end_matches('/');
            let inside = format!("{dir}/");
            let has_pages = self
                .content
                .pages
                .range(inside.clone()..)
                .next()
                .is_some_and(|(id, _)| id.starts_with(&inside));
            (!dir.is_empty() && has_pages).then(|| format!("content/{}/{dir}", c.lang))
        })
    }

    /// An address from the server's root, without the site's base path (`/guia/es/x` → `es/x`).
    fn below_base<'a>(&self, absolute: &'a str) -> &'a str {
        let base = self.config.base_path().trim_matches('/');
        absolute
            .strip_prefix(base)
            .filter(|r| !base.is_empty() && (r.is_empty() || r.starts_with('/')))
            .map_or(absolute, |r| r.trim_start_matches('/'))
    }

    /// Where an address could point, most likely first.
    fn candidates(&self, from: &Page, written: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        if let Some(absolute) = written.strip_prefix('/') {
            out.extend(self.with_language(self.below_base(absolute), &from.lang));
            return out;
        }
        if let Some(own) = self.route(&from.id, &from.lang) {
            let joined = join(&own.path, written);
            out.extend(joined.and_then(|j| self.with_language(&j, &from.lang)));
        }
        let folder = from.id.rsplit_once('/').map_or("", |(dir, _)| dir);
        if let Some(joined) = join(&format!("{}/{folder}/", from.lang), written) {
            out.extend(self.with_language(&joined, &from.lang));
        }
        out
    }

    /// A path from the site's root, its language taken from its first segment (or its second,
    /// for sites that keep languages under a folder such as `locales/es/`), else `lang`.
    fn with_language(&self, path: &str, lang: &str) -> Option<Candidate> {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let is_lang = |p: &&str| self.config.language(p).is_some();
        let at = parts.iter().take(2).position(is_lang);
        Some(match at {
            Some(i) => Candidate {
                lang: parts[i].to_string(),
                path: parts[i + 1..].join("/"),
            },
            None => Candidate {
                lang: lang.to_string(),
                path: parts.join("/"),
            },
        })
    }

    /// The page at a candidate: by its address in that language, or by its file.
    fn find(&self, candidate: &Candidate) -> Option<String> {
        let path = candidate.path.trim_end_matches('/');
        let path = ["/index.html", "/index.htm", "index.html", "index.htm"]
            .iter()
            .find_map(|end| path.strip_suffix(end))
            .unwrap_or(path);
        let path = path
            .strip_suffix(".html")
            .or_else(|| path.strip_suffix(".htm"))
            .unwrap_or(path)
            .trim_end_matches('/');
        // Written as the file is named (`guía de asilo`, `lencr.org`): its address is the clean one.
        let clean: Vec<String> = path
            .split('/')
            .map(|part| super::routes::address_part(part).unwrap_or_else(|_| part.to_string()))
            .collect();
        let address = if path.is_empty() {
            format!("{}/", candidate.lang)
        } else {
            format!("{}/{}/", candidate.lang, clean.join("/"))
        };
        if let Some(route) = self.route_at(&address) {
            return Some(route.id.clone());
        }
        let index = if path.is_empty() {
            "index".to_string()
        } else {
            format!("{path}/index")
        };
        [path.to_string(), index]
            .into_iter()
            .find(|id| self.content.pages.contains_key(id))
    }

    /// The page whose address or file name is nearest to what was written, in `from`'s language
    /// when it has one.
    fn nearest(&self, from: &Page, written: &str) -> Option<&Page> {
        let wanted = written
            .trim_matches('/')
            .trim_end_matches(".md")
            .trim_end_matches("index.html")
            .trim_matches('/');
        let wanted = wanted.rsplit('/').next().unwrap_or(wanted);
        let mut best: Option<(f64, &Page)> = None;
        for (id, by_lang) in &self.content.pages {
            let Some(page) = by_lang.get(&from.lang).or_else(|| by_lang.values().next()) else {
                continue;
            };
            let names = [id.rsplit('/').next().unwrap_or(id), page.url_segment()];
            for name in names {
                let score = strsim::normalized_levenshtein(wanted, name);
                if score > best.map_or(0.6, |(s, _)| s) {
                    best = Some((score, page.as_ref()));
                }
            }
        }
        best.map(|(_, page)| page)
    }
}

#[cfg(test)]
mod tests {
    use crate::markdown::join;

    #[test]
    fn relative_addresses_join() {
        assert_eq!(
            join("es/asilo/", "../abogado/").as_deref(),
            Some("es/abogado")
        );
        assert_eq!(join("es/", "./printable").as_deref(), Some("es/printable"));
        assert_eq!(join("es/", "../../x"), None);
    }
}
