//! The directory's services as pages cite them: every citation checked against the directory
//! (an unknown id is an error at its line), and each service made into a contact in the reader's
//! words, for the page, its text version and its leaflets alike.

use fluent_bundle::FluentArgs;

use super::Site;
use super::paths::vcard_path;
use crate::content::Content;
use crate::diagnostics::Diagnostic;
use crate::directory::{Directory, Service, Words, vocab};
use crate::markdown::{Cite, Cited, Contact, Document, ServiceParts};
use crate::said;
use crate::said::Said;

/// Every citation of every page that names no service, a category senda does not know, or a
/// place where the directory has nothing.
pub(super) fn check_cites(content: &Content, directory: &Directory) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for page in content.all() {
        for cite in &page.document.cites {
            let at = |range: std::ops::Range<usize>, message: Said| {
                Diagnostic::at(&page.shown, &page.source, range, message)
            };
            match &cite.what {
                Cited::Ids(ids) => {
                    let unknown_id = |id: &String| {
                        directory.get(id).is_none() && !directory.unreadable.contains(id)
                    };
                    for (id, range) in ids.iter().filter(|(id, _)| unknown_id(id)) {
                        found.push(at(range.clone(), unknown(directory, id)));
                    }
                }
                Cited::Listed(listing) => {
                    for c in &listing.categories {
                        if let Err(m) = vocab::check_kind("category", c, vocab::CATEGORIES) {
                            found.push(at(cite.at.clone(), m));
                        }
                    }
                    let (here, around) = directory.serving(&listing.place, &listing.categories);
                    // With a service file unreadable, the place may well have services.
                    if here.is_empty() && around.is_empty() && directory.unreadable.is_empty() {
                        let message = said!(
                            "site-services-none-there",
                            place = &listing.place,
                            count = listing.categories.len(),
                            categories = listing.categories.join(", "),
                        );
                        found.push(at(cite.at.clone(), message));
                    }
                }
            }
        }
    }
    found
}

/// "There is no service `comr`. Did you mean `comar`?", naming the folder to look in; a name
/// written with its folders or `.toml` is told how to write it.
fn unknown(directory: &Directory, id: &str) -> Said {
    let bare = id
        .rsplit('/')
        .next()
        .unwrap_or(id)
        .trim_end_matches(".toml");
    if bare != id && directory.get(bare).is_some() {
        return said!("site-service-cited-with-folders", bare = bare);
    }
    let closest = directory
        .services
        .keys()
        .map(|k| (strsim::jaro_winkler(k, &bare.to_lowercase()), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k);
    match closest {
        Some(near) => said!(
            "site-service-unknown-near",
            id = id,
            bare = bare,
            near = near
        ),
        None => said!("site-service-unknown", id = id, bare = bare),
    }
}

impl Site {
    /// The services a citation names, each as a contact in `lang`; in `print`, those whose
    /// review date has passed are left out.
    pub fn cited(&self, cite: &Cite, lang: &str, print: bool) -> Vec<Contact> {
        let services: Vec<&Service> = match &cite.what {
            Cited::Ids(ids) => ids
                .iter()
                .filter_map(|(id, _)| self.directory.get(id))
                .collect(),
            Cited::Listed(l) => {
                let (here, around) = self.directory.serving(&l.place, &l.categories);
                here.into_iter().chain(around).collect()
            }
        };
        services
            .into_iter()
            .filter(|s| !(print && self.is_overdue(s)))
            .map(|s| self.service_contact(s, lang))
            .collect()
    }

    /// The services each `service` and `services` block of `doc` cites, as contacts in `lang`,
    /// each service once (the first block to name it shows it); in `print`, those past review
    /// are left out. What a page, its print view and its leaflets show of each block.
    pub fn cites(&self, doc: &Document, lang: &str, print: bool) -> Vec<Vec<Contact>> {
        crate::markdown::cited_once(doc, |cite| self.cited(cite, lang, print))
    }

    /// A page's contact blocks and the services it cites, in order of the page, each service
    /// once.
    pub fn contacts_of(&self, page: &crate::content::Page, print: bool) -> Vec<Contact> {
        let mut all: Vec<(usize, Contact)> = page
            .document
            .contacts
            .iter()
            .map(|c| (c.at.start, c.clone()))
            .collect();
        let cites = self.cites(&page.document, &page.lang, print);
        for (cite, contacts) in page.document.cites.iter().zip(cites) {
            all.extend(contacts.into_iter().map(|c| (cite.at.start, c)));
        }
        all.sort_by_key(|(at, _)| *at);
        all.into_iter().map(|(_, c)| c).collect()
    }

    /// Whether a service's `review_by` date has passed.
    pub fn is_overdue(&self, service: &Service) -> bool {
        service.review_by < self.today
    }

    /// A service as a contact in `lang`: its words from the language itself or the first of its
    /// fallbacks that has them, its numbers as written once.
    pub fn service_contact(&self, s: &Service, lang: &str) -> Contact {
        let chain = self
            .config
            .language(lang)
            .map(|l| l.chain.clone())
            .unwrap_or_else(|| vec![lang.to_string()]);
        // Each of the service's words from the first language of the chain that has it: a
        // translation without hours still shows the hours, in the language they are written in.
        let field = |get: fn(&Words) -> &Option<String>| {
            chain.iter().find_map(|code| {
                let text = s.text.get(code).and_then(|w| get(w).clone())?;
                Some((text, (code != lang).then(|| code.clone())))
            })
        };
        let (about, borrowed) = field(|w| &w.description).unzip();
        let (hours, hours_lang) = field(|w| &w.hours).unzip();
        let stale = self.is_overdue(s);
        Contact {
            name: field(|w| &w.name).map_or_else(|| s.name.clone(), |(name, _)| name),
            phone: s.phone.as_ref().map(|n| n.shown.clone()),
            whatsapp: s.whatsapp.as_ref().map(|n| n.shown.clone()),
            hours,
            address: s.address.clone(),
            website: s.website.clone(),
            email: s.email.clone(),
            placeholder: s.placeholder,
            at: 0..0,
            service: Some(Box::new(ServiceParts {
                about,
                sms: s.sms.as_ref().map(|n| n.shown.clone()),
                said: self.service_said(s, lang),
                map: s
                    .coordinates
                    .map(|(lat, lon)| (self.word(lang, "service-map"), format!("geo:{lat},{lon}"))),
                // Nothing past review goes into a phone's contacts, where no warning follows it.
                save: (!s.placeholder && !stale)
                    .then(|| (self.word(lang, "service-save"), vcard_path(lang, &s.id))),
                verified: self.verified(s, lang, stale),
                stale,
                lang: borrowed.flatten(),
                hours_lang: hours_lang.flatten(),
                words_lang: self.words_from(lang).filter(|from| from != lang),
                placeholder: s
                    .placeholder
                    .then(|| self.word(lang, "service-placeholder")),
            })),
        }
    }

    /// Whom it serves, the languages spoken and what it costs, each labelled.
    fn service_said(&self, s: &Service, lang: &str) -> Vec<(String, String)> {
        let names = |codes: &[String], message: fn(&str) -> String| {
            codes
                .iter()
                .map(|c| self.word(lang, &message(c)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut said = Vec::new();
        if !s.serves.is_empty() {
            said.push((
                self.word(lang, "service-serves"),
                names(&s.serves, vocab::serves_message),
            ));
        }
        if !s.languages.is_empty() {
            let spoken = s.languages.iter().map(|c| match self.config.language(c) {
                Some(language) => language.name.clone(),
                None => self.word(lang, &vocab::language_message(c)),
            });
            said.push((
                self.word(lang, "service-languages"),
                spoken.collect::<Vec<_>>().join(", "),
            ));
        }
        if let Some(cost) = &s.cost {
            said.push((
                self.word(lang, "service-cost"),
                self.word(lang, &vocab::cost_message(cost)),
            ));
        }
        said
    }

    /// "Verified on 20 November 2026 by …", or, past `review_by`, "Not verified since …".
    fn verified(&self, s: &Service, lang: &str, stale: bool) -> String {
        let date = crate::i18n::display_date(&self.locales, lang, s.verified_on)
            .unwrap_or_else(|_| s.verified_on.iso());
        let mut args = FluentArgs::new();
        args.set("date", date);
        // Who checked it in the reader's words, where the service gives them.
        let by = s
            .text
            .get(lang)
            .and_then(|w| w.verified_by.clone())
            .unwrap_or_else(|| s.verified_by.clone());
        args.set("by", by);
        let id = if stale {
            "service-unverified"
        } else {
            "service-verified"
        };
        self.locales
            .plain(lang, id, Some(&args))
            .unwrap_or_default()
    }

    /// The language the directory's words are shown in to readers of `lang`: the first of its
    /// chain that defines them.
    fn words_from(&self, lang: &str) -> Option<String> {
        let chain = &self.config.language(lang)?.chain;
        let defines = |code: &&String| {
            let defined = self.locales.defined.get(code.as_str());
            defined.is_some_and(|d| d.contains_key("service-verified"))
        };
        chain.iter().find(defines).cloned()
    }

    /// An interface word of the directory in `lang` (its absence is reported when the site is
    /// loaded, so here it is never missing).
    pub fn word(&self, lang: &str, id: &str) -> String {
        self.locales
            .plain(lang, id, None)
            .unwrap_or_else(|_| id.to_string())
    }
}

impl Site {
    /// The same word as HTML: escaped, and marked with its language when `lang` borrows it from
    /// another, so that a screen reader says it in that language's voice.
    pub fn word_html(&self, lang: &str, id: &str) -> String {
        match self.locales.message(lang, id, None) {
            Some(Ok(m)) => {
                let text = crate::html::escape(&m.text.replace(['\u{2068}', '\u{2069}'], ""));
                if m.lang == lang {
                    text
                } else {
                    format!(
                        "<span lang=\"{}\">{text}</span>",
                        crate::html::escape(&m.lang)
                    )
                }
            }
            _ => crate::html::escape(id),
        }
    }
}

/// Every message the directory needs that the default language does not define (nothing to
/// fall back to): a place's name at the `place` line of each service that names it, the
/// directory's other words at the file they belong in.
pub(super) fn missing_words(
    locales: &crate::i18n::Locales,
    directory: &Directory,
    default: &str,
) -> Vec<Diagnostic> {
    let missing = |id: &str| locales.message(default, id, None).is_none();
    let named: Vec<&str> = locales
        .defined
        .get(default)
        .into_iter()
        .flat_map(|d| d.keys())
        .map(String::as_str)
        .filter(|id| id.starts_with("place-"))
        .collect();
    let mut found = Vec::new();
    for s in directory.services.values() {
        let unnamed: Vec<String> = crate::directory::ancestors(&s.place)
            .iter()
            .map(|p| vocab::place_message(p))
            .filter(|id| missing(id))
            .map(|id| format!("`{id} = …`"))
            .collect();
        let Some((last, others)) = unnamed.split_last() else {
            continue;
        };
        let (hint, near) = closest_place(&s.place, &named);
        let message = said!(
            "site-place-unnamed",
            place = &s.place,
            count = unnamed.len(),
            others = others.join(", "),
            last = last,
            default = default,
            hint = hint,
            near = near,
        );
        let at = s.place_at..s.place_at;
        found.push(Diagnostic::at(&s.shown, &s.source, at, message));
    }
    found.extend(unnamed_languages(directory, default, &missing));
    let file = std::path::Path::new("locales")
        .join(default)
        .join("directory.ftl");
    let told = |id: &str| id.starts_with("place-") || id.starts_with("language-");
    for id in directory
        .message_ids()
        .iter()
        .filter(|id| !told(id) && missing(id))
    {
        let message = said!("site-directory-word-missing", id = id, default = default);
        found.push(Diagnostic::in_file(&file, message));
    }
    found
}

/// Languages a service speaks that the site has no pages in and no name for, each reported once,
/// at the first service that speaks it.
fn unnamed_languages(
    directory: &Directory,
    default: &str,
    missing: &dyn Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for code in &directory.foreign {
        let id = vocab::language_message(code);
        let first = directory.services.values().find_map(|s| {
            let i = s.languages.iter().position(|c| c == code)?;
            Some((s, s.languages_at.get(i).copied().unwrap_or(s.place_at)))
        });
        if let Some((s, at)) = first.filter(|_| missing(&id)) {
            let message = said!(
                "site-language-unnamed",
                code = code,
                id = &id,
                default = default
            );
            found.push(Diagnostic::at(&s.shown, &s.source, at..at, message));
        }
    }
    found
}

/// A suggestion when `place` looks like a typo of a place that has a name (`named` are message
/// ids: `place-mx-chiapas-tapachula`): `place` and the place (`mx/chiapas/tapachula`), `message`
/// and the id where no place fits, or `none`.
fn closest_place(place: &str, named: &[&str]) -> (&'static str, String) {
    let wanted = vocab::place_message(place);
    let Some((_, id)) = named
        .iter()
        .map(|id| (strsim::jaro_winkler(id, &wanted), *id))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
    else {
        return ("none", String::new());
    };
    let parts: Vec<&str> = place.split('/').collect();
    match as_place(id.trim_start_matches("place-"), &parts) {
        Some(code) => ("place", code),
        None => ("message", id.to_string()),
    }
}

/// A message id's words (`us-tx-el-paso`) back into a place of as many parts as `like`
/// (`us/tx/el-paso`): of the ways to group them, the one whose parts are nearest `like`'s.
fn as_place(words: &str, like: &[&str]) -> Option<String> {
    let words: Vec<&str> = words.split('-').collect();
    let mut best: Option<(f64, String)> = None;
    // Each bit of `cuts` says whether a part ends after that word.
    for cuts in 0u32..(1 << words.len().saturating_sub(1).min(12)) {
        if cuts.count_ones() as usize + 1 != like.len() {
            continue;
        }
        let mut parts = vec![words[0].to_string()];
        for (i, word) in words.iter().enumerate().skip(1) {
            match cuts & (1 << (i - 1)) != 0 {
                true => parts.push(word.to_string()),
                false => {
                    if let Some(last) = parts.last_mut() {
                        last.push('-');
                        last.push_str(word);
                    }
                }
            }
        }
        let score: f64 = parts
            .iter()
            .zip(like)
            .map(|(a, b)| strsim::jaro_winkler(a, b))
            .sum();
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, parts.join("/")));
        }
    }
    best.map(|(_, code)| code)
}
