//! Links as people write them, resolved to a page: by file (`abogado.md`, `abogado`), or by
//! address (`/rights/at-home`, `/es/asilo/`, `../get-support/`, `./printable/index.html`), with or
//! without the language, the site's base path, a trailing slash or `index.html`. A language the
//! address names is that language (`./ar/`, `/fa/asilo/`); above every language is the default
//! language's home page; an address `[links] served_elsewhere` lists is another program's. What
//! is not found is answered with the page it most likely meant.

use super::Site;
use crate::content::Page;
use crate::markdown::join;
use crate::said;
use crate::said::Said;

/// What is left of an address once it is normalised: a place in a language, or the site's root.
#[derive(Debug, PartialEq, Eq)]
enum Candidate {
    /// A path in a language's folder. `named` when the address itself names the language
    /// (`/fa/asilo`, `../ar/`), rather than being read in the page's own.
    In {
        lang: String,
        path: String,
        named: bool,
    },
    /// The site's root, above every language's folder (`../` from a language's home page).
    Root,
}

/// What an address written in a page reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// A page: in the reader's language, or in `lang` when the address names another language
    /// than the page's own (`../ar/`, `/fa/asilo`).
    Page { id: String, lang: Option<String> },
    /// An address from the site's root that is no page senda makes: the language picker (`""`),
    /// or one that `[links] served_elsewhere` says another program serves.
    Root(String),
}

impl Site {
    /// What `written` (an address in page `from`) points at; a message for the writer, with a
    /// suggestion, when it is nothing.
    pub fn page_at(&self, from: &Page, written: &str) -> Result<Reach, Said> {
        let candidates = self.candidates(from, written);
        for candidate in &candidates {
            match candidate {
                Candidate::Root => return Ok(self.root(from)),
                Candidate::In { lang, path, .. }
                    if self.made_home(lang) && is_home_address(path) =>
                {
                    return Ok(Reach::Root(format!("{lang}/")));
                }
                Candidate::In { lang, path, named } => {
                    if let Some(id) = self.find(lang, path) {
                        let other = *named && !is_own_language(from, lang);
                        let lang = other.then(|| lang.clone());
                        return Ok(Reach::Page { id, lang });
                    }
                }
            }
        }
        if let Some(id) = self.old_address(from, written) {
            return Ok(Reach::Page { id, lang: None });
        }
        if let Some(address) = self.served_elsewhere(written, &candidates) {
            return Ok(Reach::Root(address));
        }
        if let Some(folder) = self.folder_without_page(&candidates) {
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

    /// The site's root as a link reaches it: the default language's home page, which is where
    /// sites that keep their first language at the root (MkDocs, Jekyll, Docusaurus) send `../`
    /// from another language's home; the language picker when that language has no home page.
    fn root(&self, from: &Page) -> Reach {
        let default = &self.config.default_language;
        match self.route("index", default) {
            Some(_) => Reach::Page {
                id: "index".to_string(),
                lang: (!is_own_language(from, default)).then(|| default.clone()),
            },
            None if self.made_home(default) => Reach::Root(format!("{default}/")),
            None => Reach::Root(String::new()),
        }
    }

    /// The address in `[links] served_elsewhere` that an address reaches, as written there
    /// without its first `/`: compared with the language when the address names one
    /// (`/fr/contact-us`), and without it otherwise (`/contact-us`, `contact-us`).
    fn served_elsewhere(&self, written: &str, candidates: &[Candidate]) -> Option<String> {
        let listed = &self.config.served_elsewhere;
        if listed.is_empty() {
            return None;
        }
        let mut wanted = Vec::new();
        if let Some(absolute) = written.strip_prefix('/') {
            wanted.push(address_key(self.below_base(absolute)));
        }
        for candidate in candidates {
            if let Candidate::In { lang, path, named } = candidate {
                if !*named {
                    wanted.push(address_key(path));
                }
                wanted.push(address_key(&format!("{lang}/{path}")));
            }
        }
        listed
            .iter()
            .find(|address| wanted.contains(&address_key(address)))
            .map(|address| address.trim_start_matches('/').to_string())
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
    fn folder_without_page(&self, candidates: &[Candidate]) -> Option<String> {
        candidates.iter().find_map(|c| {
            let Candidate::In { lang, path, .. } = c else {
                return None;
            };
            let dir = path.trim_end_matches('/');
            let inside = format!("{dir}/");
            let has_pages = self
                .content
                .pages
                .range(inside.clone()..)
                .next()
                .is_some_and(|(id, _)| id.starts_with(&inside));
            (!dir.is_empty() && has_pages).then(|| format!("content/{lang}/{dir}"))
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

    /// Where an address could point, most likely first: from the site's root when it starts
    /// with `/`; else from the page's address as a browser reads it (`../ar/` from `en/` is
    /// `ar/`), then from the page's file (`../asilo.md` from `es/guias/mexico.md`).
    fn candidates(&self, from: &Page, written: &str) -> Vec<Candidate> {
        if let Some(absolute) = written.strip_prefix('/') {
            return vec![self.with_language(self.below_base(absolute), &from.lang)];
        }
        let by_address = self
            .route(&from.id, &from.lang)
            .and_then(|own| join(&own.path, written));
        let folder = from.id.rsplit_once('/').map_or("", |(dir, _)| dir);
        let by_file = join(&format!("{}/{folder}/", from.lang), written);
        let is_lang = |code: &str| self.config.language(code).is_some();
        [by_address, by_file]
            .into_iter()
            .flatten()
            .flat_map(|joined| relative(&joined, &from.lang, &is_lang))
            .collect()
    }

    /// A path from the site's root, its language taken from its first segment (or its second,
    /// for sites that keep languages under a folder such as `locales/es/`), else `lang`.
    fn with_language(&self, path: &str, lang: &str) -> Candidate {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let is_lang = |p: &&str| self.config.language(p).is_some();
        match parts.iter().take(2).position(is_lang) {
            Some(i) => Candidate::In {
                lang: parts[i].to_string(),
                path: parts[i + 1..].join("/"),
                named: true,
            },
            None => Candidate::In {
                lang: lang.to_string(),
                path: parts.join("/"),
                named: false,
            },
        }
    }

    /// The page at a path in a language: by its address in that language, or by its file (a page
    /// whose file could not be read is there all the same, and reported in its own file).
    fn find(&self, lang: &str, path: &str) -> Option<String> {
        let path = path.trim_end_matches('/');
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
            format!("{lang}/")
        } else {
            format!("{lang}/{}/", clean.join("/"))
        };
        if let Some(route) = self.route_at(&address) {
            return Some(route.id.clone());
        }
        let index = if path.is_empty() {
            "index".to_string()
        } else {
            format!("{path}/index")
        };
        let unreadable = |id: &str| self.content.unreadable.iter().any(|(_, i)| i == id);
        [path.to_string(), index]
            .into_iter()
            .find(|id| self.content.pages.contains_key(id) || unreadable(id))
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

/// Where a relative address joined with the page's place (`en/ar`, `ar/asilo`, ``) could point,
/// for a page in `own`: a first segment that is a language is that language; a declared
/// language right after the page's own (`./ar/` from `en/`, as MkDocs and Jekyll sites write it,
/// their first language at the root) is that language when its own has no such page; above
/// every language is the site's root.
fn relative(joined: &str, own: &str, is_lang: &dyn Fn(&str) -> bool) -> Vec<Candidate> {
    let parts: Vec<&str> = joined.split('/').filter(|p| !p.is_empty()).collect();
    let Some((first, rest)) = parts.split_first() else {
        return vec![Candidate::Root];
    };
    if !is_lang(first) {
        return vec![Candidate::In {
            lang: own.to_string(),
            path: parts.join("/"),
            named: false,
        }];
    }
    let mut out = vec![Candidate::In {
        lang: first.to_string(),
        path: rest.join("/"),
        named: *first != own,
    }];
    if let Some((second, deeper)) = rest.split_first()
        && is_lang(second)
        && second != first
    {
        out.push(Candidate::In {
            lang: second.to_string(),
            path: deeper.join("/"),
            named: true,
        });
    }
    out
}

/// True when a path in a language's folder is that language's home (``, `index.html`, `index`).
fn is_home_address(path: &str) -> bool {
    let path = path.trim_matches('/');
    ["", "index.html", "index.htm", "index", "index.md"].contains(&path)
}

/// Whether `lang` is the language the page is written in, or the one of the page a catalogue
/// translates (whose links it keeps as written).
fn is_own_language(page: &Page, lang: &str) -> bool {
    page.lang == lang || page.catalogue.as_ref().is_some_and(|c| c.from == lang)
}

/// An address compared without the slashes around it and a final `index.html`: `/contact-us/`
/// and `contact-us` are one address.
pub(super) fn address_key(address: &str) -> String {
    let address = address.split(['#', '?']).next().unwrap_or(address).trim();
    let address = address
        .strip_prefix("./")
        .unwrap_or(address)
        .trim_matches('/');
    let address = address
        .strip_suffix("index.html")
        .unwrap_or(address)
        .trim_matches('/');
    address.to_string()
}

#[cfg(test)]
mod tests {
    use super::{Candidate, address_key, is_home_address, relative};
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

    fn place(lang: &str, path: &str, named: bool) -> Candidate {
        Candidate::In {
            lang: lang.to_string(),
            path: path.to_string(),
            named,
        }
    }

    /// `../` from `/ar/` was read as `/ar/` itself, and `./ar/` from `/en/` as `/en/`: a link to
    /// another language reached the reader's own page, and nobody was told.
    #[test]
    fn a_language_named_in_a_relative_address_is_that_language() {
        let is_lang = |code: &str| matches!(code, "en" | "ar" | "fa");
        let read = |joined: &str, own: &str| relative(joined, own, &is_lang);
        // `../ar/` from `/en/`, `../ar/steps/` from `/en/steps/`.
        assert_eq!(read("ar", "en"), [place("ar", "", true)]);
        // `./ar/` from `/en/`: a page `ar` of English first, else the Arabic home page.
        assert_eq!(
            read("en/ar", "en"),
            [place("en", "ar", false), place("ar", "", true)]
        );
        assert_eq!(
            read("en/fa/steps", "en"),
            [place("en", "fa/steps", false), place("fa", "steps", true)]
        );
        // `../` from `/ar/`: above every language.
        assert_eq!(read("", "ar"), [Candidate::Root]);
        // Within the page's own language, and above it into a folder that is no language.
        assert_eq!(read("ar/steps", "ar"), [place("ar", "steps", false)]);
        assert_eq!(read("images/x", "ar"), [place("ar", "images/x", false)]);
    }

    #[test]
    fn a_language_folder_and_its_index_are_its_home() {
        for home in ["", "/", "index.html", "index.htm", "index", "index.md"] {
            assert!(is_home_address(home), "{home}");
        }
        assert!(!is_home_address("steps/"));
        assert!(!is_home_address("steps/index.html"));
    }

    #[test]
    fn addresses_compare_without_slashes_and_index() {
        for same in [
            "/contact-us",
            "contact-us",
            "./contact-us/",
            "/contact-us/index.html",
            "/contact-us#form",
        ] {
            assert_eq!(address_key(same), "contact-us", "{same}");
        }
        assert_eq!(address_key("/fr/contact-us/"), "fr/contact-us");
        assert_eq!(address_key("../"), "..");
    }
}
