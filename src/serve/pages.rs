//! The preview's own pages: a build's problems shown in place of the page they break, and the
//! translation table (`/_status`), both in the site's default language (`words.toml`).

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::html::escape;
use crate::said::Tongue;
use crate::site::Site;
use crate::status;

/// Reloads the tab when the preview rebuilds.
pub(super) const RELOAD_SCRIPT: &str =
    "<script>new EventSource('/_senda/events').onmessage=function(){location.reload()}</script>";

/// The preview's words in `lang` (by its first subtag: `es-MX` gets Spanish), else English.
pub(super) struct Words {
    pub(super) lang: String,
    words: BTreeMap<String, String>,
    /// The language of the messages shown (the writer's, which may differ from the frame's).
    pub(super) tongue: Tongue,
}

impl Words {
    pub(super) fn for_language(lang: &str) -> Words {
        let all: BTreeMap<String, BTreeMap<String, String>> =
            toml::from_str(include_str!("words.toml")).unwrap_or_default();
        let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
        let (lang, words) = all
            .get_key_value(&primary)
            .or_else(|| all.get_key_value("en"))
            .map(|(l, w)| (l.clone(), w.clone()))
            .unwrap_or_default();
        Words {
            lang,
            words,
            tongue: Tongue::En,
        }
    }

    pub(super) fn get(&self, key: &str) -> String {
        escape(self.words.get(key).map_or(key, String::as_str))
    }
}

/// The error in the browser: file, line, column, the line itself and the message, and the reload
/// script so that fixing the file brings the page back.
pub(super) fn error_page(diagnostics: &[Diagnostic], words: &Words) -> String {
    let items = super::checked::items(&diagnostics.iter().collect::<Vec<_>>(), words.tongue);
    format!(
        "<!DOCTYPE html><html lang={lang}><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>{title}</title><style>body{{font-family:system-ui,sans-serif;margin:1em}}{style}</style><h1>{title}</h1><p>{fix}</p><p><a href=\"/_check\">{all}</a></p>{items}{RELOAD_SCRIPT}</html>",
        lang = words.lang,
        all = words.get("check-all"),
        style = super::checked::STYLE,
        title = words.get("problem-title"),
        fix = words.get("problem-fix"),
    )
}

/// The translation table as a page for coordinators: each page by its title (and file name).
pub(super) fn status_page(site: &Site, words: &Words) -> String {
    let head: String = site
        .config
        .languages
        .iter()
        .map(|l| format!("<th lang={}>{}</th>", escape(&l.code), escape(&l.name)))
        .collect();
    let body: String = status::table(site)
        .iter()
        .map(|r| {
            let languages = r.states.iter().zip(&site.config.languages);
            let cells: String = languages
                .map(|(s, l)| {
                    // A page made from a catalogue: how many of its messages it translates.
                    let made = site
                        .content
                        .get(&r.id, &l.code)
                        .and_then(|p| p.catalogue.as_ref());
                    let count =
                        made.map_or(String::new(), |p| format!(" {}/{}", p.translated, p.total));
                    format!("<td class={0}>{0}{count}</td>", s.label())
                })
                .collect();
            let title = site
                .source_of(&r.id)
                .map_or(r.id.as_str(), |p| p.front.title.as_str());
            format!(
                "<tr><th>{}<br><small>{}</small></th>{cells}</tr>",
                escape(title),
                escape(&r.id)
            )
        })
        .collect();
    let legend: Vec<String> = [
        "source", "ok", "stale", "unknown", "missing", "review", "partial",
    ]
    .iter()
    .map(|k| format!("<b>{k}</b>: {}", words.get(k)))
    .collect();
    format!(
        "<!DOCTYPE html><html lang={lang}><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>{title}</title><style>body{{font-family:system-ui,sans-serif}}td,th{{border:1px solid #999;padding:.3em .6em;text-align:start}}.ok{{background:#e6f4ea}}.stale,.unknown,.partial{{background:#fff4ce}}.missing{{background:#fdecee}}.review{{background:#e8eefc}}</style><h1>{title}</h1><p><a href=\"/_check\">{all}</a></p><table><tr><th>{page}</th>{head}</tr>{body}</table><p>{legend}</p>{RELOAD_SCRIPT}</html>",
        lang = words.lang,
        title = words.get("status-title"),
        all = words.get("check-all"),
        page = words.get("page"),
        legend = legend.join(" · "),
    )
}

#[cfg(test)]
mod tests {
    use super::Words;

    #[test]
    fn every_language_has_every_word_and_regions_find_their_language() {
        let all: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> =
            toml::from_str(include_str!("words.toml")).expect("words.toml parses");
        let english = &all["en"];
        for (lang, words) in &all {
            let keys: Vec<_> = words.keys().collect();
            assert_eq!(keys, english.keys().collect::<Vec<_>>(), "{lang}");
        }
        assert_eq!(Words::for_language("es-MX").lang, "es");
        assert_eq!(Words::for_language("quc").lang, "en");
    }
}
