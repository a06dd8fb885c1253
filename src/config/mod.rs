//! `senda.toml`: the raw file as serde reads it, validated into the `Config` the pipeline uses.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::files::read_text;
use crate::limits::Limits;
use crate::mode::Mode;
use crate::said;
use crate::said::Said;
use crate::toml_error;

mod audience;
mod editor;
mod host;
mod links;
mod publish;
mod sections;
pub use audience::Audience;
pub use editor::{Backend, Editor};
pub use host::Host;
use host::host;
pub use publish::Publish;
use sections::MarkdownSettings;
pub use sections::{Budgets, CheckSettings, Outputs, Safety};

/// The configuration file's name, at the root of a site.
pub const FILE_NAME: &str = "senda.toml";

/// `senda.toml` as written. Every field is documented because this is the user's reference too.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    /// The public address of the site, for example `https://example.org/derechos/`.
    base_url: Spanned<String>,
    /// The language pages are written in first; translations are measured against it.
    default_language: Spanned<String>,
    /// The theme folder under `themes/` (default `default`).
    #[serde(default)]
    theme: Option<Spanned<String>>,
    /// A short name for files made from the site, like `senda` in `senda-es.zip` (letters,
    /// digits, `-`). Default: `site`.
    #[serde(default)]
    name: Option<Spanned<String>>,
    /// Every language the site is published in, in the order the language picker shows them.
    languages: Vec<RawLanguage>,
    /// Who the site is written for: `children`, `families` (default) or `adults`; sets how long
    /// a sentence `senda check` lets pass.
    #[serde(default)]
    audience: Option<Spanned<String>>,
    /// Size limits every page and image must keep.
    #[serde(default)]
    budgets: Budgets,
    /// Which extra files each build makes.
    #[serde(default)]
    outputs: Outputs,
    /// What `senda check` looks for.
    #[serde(default)]
    check: CheckSettings,
    /// How Markdown is read.
    #[serde(default)]
    markdown: MarkdownSettings,
    /// Safety for readers.
    #[serde(default)]
    safety: Safety,
    /// How much of each input senda takes.
    #[serde(default)]
    limits: Limits,
    /// Files in `content/` that no page links but that are published all the same, because
    /// other sites or printed leaflets link them: `publish = ["descargas/*.pdf"]` (`*` any name,
    /// `**` any folders; `es/descargas/*.pdf` for one language's folder only).
    #[serde(default)]
    publish: Vec<Spanned<String>>,
    /// The web host that serves the site (`github`, `gitlab`, `netlify`, `cloudflare`, `apache`),
    /// so that a build writes the files that host reads. Default: both `_headers` and `.htaccess`.
    #[serde(default)]
    host: Option<Spanned<String>>,
    /// The browser editor (Decap CMS) that the build sets up in `admin/`, and the Git host it
    /// saves to. Without it, no editor is made.
    #[serde(default)]
    editor: Option<editor::RawEditor>,
    /// Links between pages: addresses another program serves.
    #[serde(default)]
    links: links::RawLinks,
}

/// One `[[languages]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    /// BCP 47 code: `es`, `en`, `quc`, `mam`, `ht`, `ar`.
    code: Spanned<String>,
    /// The language's name in the language itself (endonym), as the picker shows it: `K'iche'`.
    name: String,
    /// Text direction: `ltr` (default) or `rtl`.
    #[serde(default)]
    dir: Option<Spanned<String>>,
    /// Languages to borrow from, in order, when a page or a message is missing: `["es"]`.
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
    /// `letter` keeps every straight apostrophe as written (K'iche', Mam: it is the glottal stop);
    /// `typographic` lets smart punctuation curl it. Default: `letter` for Mayan languages.
    #[serde(default)]
    apostrophe: Option<Spanned<String>>,
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A configured language, validated.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Direction,
    /// Where to look, in order, when something is missing: this language first, then its
    /// configured fallbacks, then the default language.
    pub chain: Vec<String>,
    /// True where the straight apostrophe is a letter and smart punctuation must not touch it.
    pub apostrophe_is_letter: bool,
}

/// The validated site configuration: the first value of the pipeline.
#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    /// Always ends with `/`.
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<Language>,
    pub theme_dir: PathBuf,
    /// Short name for files made from the site (`senda-es.zip`).
    pub name: String,
    pub budgets: Budgets,
    pub outputs: Outputs,
    pub check: CheckSettings,
    /// Who the site is written for (`audience = "…"`).
    pub audience: Audience,
    /// Raw HTML in Markdown goes out unsanitised (`[markdown] raw_html = "allow"`).
    pub raw_html_allowed: bool,
    /// Files published though no page uses them (see [`Publish`]).
    pub publish: Vec<Publish>,
    pub safety: Safety,
    pub limits: Limits,
    /// The web host that serves the site.
    pub host: Host,
    /// The browser editor to set up in `admin/`, if any.
    pub editor: Option<Editor>,
    /// Addresses from the site's root, as written (`/contact-us`), that another program serves:
    /// links to them are no error (`[links] served_elsewhere`).
    pub served_elsewhere: Vec<String>,
    /// What the writer should know about the file but that does not stop a build (the site's
    /// address still the placeholder `senda init` wrote).
    pub warnings: Vec<Diagnostic>,
    /// What the configuration was made from (`senda.toml`'s text, the command line's overrides),
    /// as a cache key: outputs made from the same are the same, wherever the site's folder is (a
    /// site moved or cloned elsewhere keeps its typeset leaflets).
    pub fingerprint: u64,
}

/// Languages whose orthography uses the straight apostrophe or U+02BC as a letter (glottal stop or
/// ejective). Smart punctuation must leave it alone. First the Mayan languages of Guatemala and
/// Mexico; then those whose exemplar characters in CLDR 47 (`cldr-misc-full`) hold `ʼ` or `ʻ`;
/// then Somali, whose Latin alphabet (1972) writes the glottal stop with an apostrophe, which
/// CLDR's exemplars leave out.
const APOSTROPHE_LETTER_LANGUAGES: &[&str] = &[
    "quc", "mam", "kjb", "cak", "tzj", "kek", "poc", "poh", "ixl", "acr", "tzh", "tzo", "yua",
    "jac", "ttc", "usp", "agu", "caa", "mop", "itz", "emy", "ctu", "toj", "lac", // Mayan
    "br", "bss", "cad", "cic", "gn", "ha", "haw", "lkt", "mgo", "mic", "moh", "mus", "nnh", "qu",
    "to", "uk", "uz", // CLDR 47
    "so",
];

/// What the command line changes in `senda.toml`: applied before validation, so that an
/// override is checked like the file's own value.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--base-url`, for a preview or staging host.
    pub base_url: Option<String>,
    /// What the run is for: the preview makes no leaflets or offline files, and only a build
    /// that publishes compresses.
    pub mode: Mode,
}

/// The file's text, for locating problems in it.
struct Located<'a> {
    shown: &'a Path,
    text: &'a str,
}

impl Located<'_> {
    fn at(&self, spanned: &Spanned<String>, message: impl Into<Said>) -> Diagnostic {
        Diagnostic::at(self.shown, self.text, spanned.span(), message)
    }
}

/// The site's default language as `senda.toml` under `root` names it, read leniently so that
/// even a broken configuration is reported in its writers' language.
pub fn default_language_of(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join(FILE_NAME)).ok()?;
    text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "default_language")
            .then(|| value.trim().trim_matches(['"', '\'', '“', '”']).to_string())
    })
}

impl Config {
    /// Reads and validates `senda.toml` under `root`, reporting every problem it finds.
    pub fn load(root: &Path) -> Result<Config> {
        Self::load_with(root, &Overrides::default())
    }

    /// The same, with what the command line changes applied before validation.
    pub fn load_with(root: &Path, overrides: &Overrides) -> Result<Config> {
        let path = root.join(FILE_NAME);
        if !path.is_file() {
            return Err(Error::one(Diagnostic::in_file(
                &path,
                said!("config-missing"),
            )));
        }
        let shown = PathBuf::from(FILE_NAME);
        let text = read_text(&path, &shown)?;
        let mut raw: RawConfig = toml::from_str(&text)
            .map_err(|e| Error::one(toml_error::diagnostic(&shown, &text, 0, &e)))?;
        if !overrides.mode.makes_everything() {
            raw.outputs.leaflets = false;
            raw.outputs.offline = false;
        }
        if !overrides.mode.compresses() {
            raw.outputs.precompress = false;
        }
        let file = Located {
            shown: &shown,
            text: &text,
        };
        let fingerprint = crate::digest::of("config", (&text, &overrides.base_url, overrides.mode));
        let config = Self::validate(root, raw, &file, overrides)?;
        Ok(Config {
            fingerprint,
            ..config
        })
    }

    fn validate(
        root: &Path,
        raw: RawConfig,
        file: &Located,
        overrides: &Overrides,
    ) -> Result<Config> {
        let mut problems = Problems::default();
        let base_url = match &overrides.base_url {
            Some(url) => base_url(url, "--base-url: ").map_err(Diagnostic::general),
            None => base_url(raw.base_url.get_ref(), "").map_err(|m| file.at(&raw.base_url, m)),
        };
        let base_url = base_url.unwrap_or_else(|d| {
            problems.push(d);
            String::new()
        });
        let mut warnings = Vec::new();
        if overrides.base_url.is_none() && is_placeholder(&base_url) {
            let message = said!("config-base-url-placeholder", url = &base_url);
            warnings.push(file.at(&raw.base_url, message).warning());
        }
        let default_language = raw.default_language.get_ref().clone();
        let languages = languages(raw.languages, &raw.default_language, file, &mut problems);
        let name = plain_name(raw.name.as_ref(), ("name", "site"), file, &mut problems);
        // A folder under `themes/`, never a path: a theme read from outside the site could
        // publish any file of the machine that builds it.
        let theme = plain_name(
            raw.theme.as_ref(),
            ("theme", "default"),
            file,
            &mut problems,
        );
        let raw_html_allowed = settings(
            &raw.budgets,
            &raw.markdown,
            &raw.safety,
            file,
            &mut problems,
        );
        let host = host(raw.host.as_ref(), file, &mut problems);
        let audience = audience::audience(raw.audience.as_ref(), file, &mut problems);
        let publish = publish::patterns(raw.publish, file, &mut problems);
        let editor = editor::editor(raw.editor, file, &mut problems);
        let served_elsewhere = links::served_elsewhere(raw.links, file, &mut problems);
        problems.finish()?;
        Ok(Config {
            root: root.to_path_buf(),
            base_url,
            default_language,
            languages,
            theme_dir: root.join("themes").join(theme),
            name,
            budgets: raw.budgets,
            outputs: raw.outputs,
            check: raw.check,
            audience,
            raw_html_allowed,
            publish,
            safety: raw.safety,
            limits: raw.limits,
            host,
            editor,
            served_elsewhere,
            fingerprint: 0,
            warnings,
        })
    }

    /// The configured language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The path part of the base URL (`/` or `/derechos/`), for links that must work from any depth.
    pub fn base_path(&self) -> &str {
        match self.base_url.find("://") {
            Some(i) => self.base_url[i + 3..]
                .find('/')
                .map_or("/", |j| &self.base_url[i + 3 + j..]),
            None => &self.base_url,
        }
    }
}

/// An address from the documentation's examples (`https://example.org/`), which no site has.
fn is_placeholder(url: &str) -> bool {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    matches!(host, "example.org" | "example.com" | "example.net")
}

/// The site's address as it must be written: absolute, or a path from the host, ending in `/`.
/// `flag` comes before the message when the address came from the command line.
fn base_url(written: &str, flag: &str) -> std::result::Result<String, Said> {
    let mut url = written.trim().to_string();
    if !(url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/')) {
        return Err(said!("config-base-url-start", flag = flag, url = &url));
    }
    if url.chars().any(char::is_whitespace) {
        return Err(said!("config-base-url-spaces", flag = flag, url = &url));
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// The `[[languages]]`, each with its fallback chain ending in the default language.
fn languages(
    raw: Vec<RawLanguage>,
    default: &Spanned<String>,
    file: &Located,
    problems: &mut Problems,
) -> Vec<Language> {
    let mut seen = BTreeSet::new();
    for lang in &raw {
        let code = lang.code.get_ref();
        if !valid_code(code) {
            problems.push(file.at(&lang.code, said!("config-language-code", code = code)));
        }
        if !seen.insert(code.clone()) {
            problems.push(file.at(&lang.code, said!("config-language-twice", code = code)));
        }
    }
    if raw.is_empty() {
        problems.push(Diagnostic::in_file(
            file.shown,
            said!("config-no-languages"),
        ));
    }
    if !seen.contains(default.get_ref()) {
        problems.push(file.at(
            default,
            said!("config-default-language", code = default.get_ref()),
        ));
    }
    raw.into_iter()
        .map(|lang| language(lang, &seen, default.get_ref(), file, problems))
        .collect()
}

/// One language, validated.
fn language(
    lang: RawLanguage,
    seen: &BTreeSet<String>,
    default: &str,
    file: &Located,
    problems: &mut Problems,
) -> Language {
    let code = lang.code.into_inner();
    let mut choice = |value: &Option<Spanned<String>>, field: &str, options: [&str; 2]| {
        let v = value.as_ref()?;
        if options.contains(&v.get_ref().as_str()) {
            return Some(v.get_ref() == options[0]);
        }
        problems.push(file.at(
            v,
            said!(
                "config-choice",
                field = field,
                first = options[0],
                second = options[1],
                value = v.get_ref()
            ),
        ));
        None
    };
    let rtl = choice(&lang.dir, "dir", ["rtl", "ltr"]).unwrap_or(false);
    let apostrophe_is_letter = choice(&lang.apostrophe, "apostrophe", ["letter", "typographic"])
        .unwrap_or_else(|| {
            lang.apostrophe.is_none()
                && APOSTROPHE_LETTER_LANGUAGES.contains(&primary_subtag(&code))
        });
    let mut chain = vec![code.clone()];
    for f in &lang.fallback {
        if !seen.contains(f.get_ref()) {
            problems.push(file.at(
                f,
                said!("config-fallback", fallback = f.get_ref(), code = &code),
            ));
        }
    }
    let fallbacks = lang.fallback.iter().map(Spanned::get_ref);
    for next in fallbacks
        .map(String::as_str)
        .chain(std::iter::once(default))
    {
        if !chain.iter().any(|c| c == next) {
            chain.push(next.to_string());
        }
    }
    Language {
        code,
        name: lang.name,
        dir: if rtl { Direction::Rtl } else { Direction::Ltr },
        chain,
        apostrophe_is_letter,
    }
}

/// The site's short name for files (`senda-es.zip`).
/// A `name` or `theme`: letters, digits, `-` and `_` only, since each names files or a folder;
/// `(field, default)` says which, and what stands when it is not given.
fn plain_name(
    raw: Option<&Spanned<String>>,
    (field, default): (&str, &str),
    file: &Located,
    problems: &mut Problems,
) -> String {
    let Some(n) = raw else {
        return default.to_string();
    };
    let value = n.get_ref();
    if !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return value.clone();
    }
    problems.push(file.at(n, said!("config-plain-name", field = field, value = value)));
    default.to_string()
}

/// Budgets, `[markdown]` and `[safety]`; returns whether raw HTML is let through unsanitised.
fn settings(
    budgets: &Budgets,
    markdown: &MarkdownSettings,
    safety: &Safety,
    file: &Located,
    problems: &mut Problems,
) -> bool {
    if !(6..=64).contains(&budgets.audio_kbps) {
        problems.push(Diagnostic::in_file(file.shown, said!("config-audio-kbps")));
    }
    for (value, field) in [
        (budgets.page_kb, "page_kb"),
        (budgets.image_kb, "image_kb"),
        (budgets.audio_kb, "audio_kb"),
    ] {
        if value.is_nan() || value <= 0.0 {
            problems.push(Diagnostic::in_file(
                file.shown,
                said!("config-budget-positive", field = field),
            ));
        }
    }
    if !safety.quick_exit_url.starts_with("https://") {
        problems.push(Diagnostic::in_file(
            file.shown,
            said!("config-quick-exit-url"),
        ));
    }
    match &markdown.raw_html {
        None => false,
        Some(v) if v.get_ref() == "sanitize" => false,
        Some(v) if v.get_ref() == "allow" => true,
        Some(v) => {
            problems.push(file.at(v, said!("config-raw-html", value = v.get_ref())));
            false
        }
    }
}

fn primary_subtag(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
        && code
            .split('-')
            .next()
            .is_some_and(|p| p.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests;
