//! The theme: its compiled tera templates, the CSS every page inlines, and the `t` function that
//! gives templates Fluent strings.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context as TeraContext, ErrorKind, Kwargs, State, Tera};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::i18n::Locales;
use crate::said;
use crate::said::Said;

/// The loaded theme: compiled templates and the CSS every page inlines.
pub struct Theme {
    pub(super) tera: Tera,
    /// Template sources by name, to show the offending line of a rendering error.
    pub(super) sources: Vec<(String, String)>,
    pub(super) templates_dir: PathBuf,
    pub(super) shown_dir: PathBuf,
    pub css: String,
    /// Files under the theme's `static/` folder, copied as they are.
    pub static_dir: PathBuf,
    /// Pages carry the dev server's reload script (`serve` only).
    pub live_reload: bool,
    /// Hash of the templates and CSS, to tell whether pages must be made again.
    pub fingerprint: u64,
    /// The theme has a `menu.html`, rendered apart from its pages (see [`MENU_PLACEHOLDER`]).
    pub(super) has_menu: bool,
}

impl Theme {
    /// Loads and compiles every template, with `t` bound to the site's strings.
    pub fn load(config: &Config, locales: Arc<Locales>) -> Result<Theme> {
        let dir = &config.theme_dir;
        let shown_dir = dir.strip_prefix(&config.root).unwrap_or(dir).to_path_buf();
        if !dir.is_dir() {
            return Err(Error::one(Diagnostic::in_file(
                &shown_dir,
                said!("render-theme-folder-missing"),
            )));
        }
        let templates_dir = dir.join("templates");
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        tera.register_function("t", move |kwargs: Kwargs, state: &State| {
            translate(&locales, &kwargs, state)
        });
        let mut sources = read_templates(&templates_dir, &shown_dir.join("templates"))?;
        // Themes made before the text view existed get senda's own.
        if !sources.iter().any(|(name, _)| name == "text.html") {
            sources.push((
                "text.html".to_string(),
                include_str!("../../themes/default/templates/text.html").to_string(),
            ));
        }
        let mut theme = Theme {
            tera: Tera::new(),
            sources,
            shown_dir: shown_dir.join("templates"),
            templates_dir,
            css: String::new(),
            static_dir: dir.join("static"),
            live_reload: false,
            fingerprint: 0,
            has_menu: false,
        };
        theme.has_menu = theme.sources.iter().any(|(name, _)| name == "menu.html");
        tera.add_raw_templates(theme.sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| Error::one(theme.diagnostic(&e)))?;
        for required in [
            "page.html",
            "404.html",
            "languages.html",
            "offline.html",
            "print.html",
        ] {
            if !tera.contains_template(required) {
                return Err(Error::one(Diagnostic::in_file(
                    &theme.shown_dir.join(required),
                    said!("render-theme-template-missing", name = required),
                )));
            }
        }
        theme.tera = tera;
        let css_path = dir.join("css").join("style.css");
        if css_path.is_file() {
            let css = crate::files::read_text(&css_path, &shown_dir.join("css/style.css"))?;
            theme.css = minified_css(&css);
        }
        theme.fingerprint = crate::digest::of("theme", (&theme.sources, &theme.css));
        Ok(theme)
    }

    /// Each template as written, with its path as shown to people (`themes/x/templates/a.html`).
    pub fn templates(&self) -> impl Iterator<Item = (PathBuf, &str)> {
        let dir = &self.shown_dir;
        self.sources
            .iter()
            .map(move |(name, source)| (dir.join(name), source.as_str()))
    }

    /// A tera error as a located diagnostic naming the template file.
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        match e.kind() {
            ErrorKind::RenderingError(_) if self.blamed_on_strings(e).is_some() => self
                .blamed_on_strings(e)
                .unwrap_or_else(|| self.reports(&e.to_string())),
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let source = self
                    .sources
                    .iter()
                    .find(|(n, _)| n == report.filename())
                    .map(|(_, s)| s.as_str());
                let span = report.span();
                let mut message = report.message().to_string();
                let mut cause = std::error::Error::source(e);
                while let Some(c) = cause {
                    message.push_str(&format!(": {c}"));
                    cause = c.source();
                }
                let message = ours(&message)
                    .unwrap_or_else(|| said!("render-template-tera", detail = message));
                Diagnostic::at_line(
                    &self.shown_dir.join(report.filename()),
                    source,
                    span.start_line,
                    span.start_col + 1,
                    message,
                )
            }
            ErrorKind::TemplateNotFound(name) => Diagnostic::in_file(
                &self.shown_dir.join(name),
                said!("render-template-not-found"),
            ),
            ErrorKind::MissingParent { current, parent } => Diagnostic::in_file(
                &self.shown_dir.join(current),
                said!("render-template-parent-missing", parent = parent),
            ),
            _ => self.reports(&e.to_string()),
        }
    }

    /// A string's mistake met while rendering: blamed on its `.ftl` line, which is where the
    /// translator fixes it, not on the template that asked for it.
    fn blamed_on_strings(&self, e: &tera::Error) -> Option<Diagnostic> {
        let mut cause: Option<&dyn std::error::Error> = Some(e);
        while let Some(c) = cause {
            if let Some(d) = crate::i18n::unmark(&c.to_string()) {
                return Some(d);
            }
            cause = c.source();
        }
        None
    }

    /// Tera checks every template at once and joins its reports into one text; the first is
    /// turned back into a located diagnostic (`error: msg` then ` --> name:line:col`).
    fn reports(&self, text: &str) -> Diagnostic {
        let message = text
            .lines()
            .next()
            .unwrap_or(text)
            .trim_start_matches("error: ");
        let message = said!("render-template-tera", detail = message);
        let location = text
            .lines()
            .find_map(|l| l.trim_start().strip_prefix("--> "))
            .and_then(|loc| {
                let mut parts = loc.rsplitn(3, ':');
                let col = parts.next()?.parse::<usize>().ok()?;
                let line = parts.next()?.parse::<usize>().ok()?;
                Some((parts.next()?.to_string(), line, col))
            });
        match location {
            Some((name, line, col)) => {
                let source = self
                    .sources
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, s)| s.as_str());
                Diagnostic::at_line(&self.shown_dir.join(&name), source, line, col, message)
            }
            None => Diagnostic::general(said!(
                "render-template-tera-in",
                detail = text.trim_start_matches("error: "),
                dir = &self.shown_dir
            )),
        }
    }

    pub(super) fn render(&self, template: &str, context: &TeraContext) -> Result<String> {
        self.tera
            .render(template, context)
            .map_err(|e| Error::one(self.diagnostic(&e)))
    }

    /// The templates folder on disk (the dev server watches it).
    pub fn templates_dir(&self) -> &Path {
        &self.templates_dir
    }
}

/// Every template file's name and text, sorted by name; all unreadable ones reported together.
fn read_templates(dir: &Path, shown: &Path) -> Result<Vec<(String, String)>> {
    let mut problems = Problems::default();
    let mut sources = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(Error::io("read-folder", dir))?;
    for entry in entries {
        let path = entry.map_err(Error::io("read-folder", dir))?.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name.starts_with('.') || !path.is_file() {
            continue;
        }
        let text = crate::files::read_text(&path, &shown.join(&name));
        if let Some(text) = problems.take(text)? {
            sources.push((name, text));
        }
    }
    problems.finish()?;
    sources.sort();
    Ok(sources)
}

/// A template's context from a serialisable view of what it shows.
pub(super) fn context(view: &impl serde::Serialize) -> Result<TeraContext> {
    TeraContext::from_serialize(view).map_err(|e| {
        let message = said!("render-template-context", detail = e.to_string());
        Error::one(Diagnostic::general(message))
    })
}

/// The theme's CSS minified once, since every page inlines the same stylesheet; pages are then
/// minified without touching their CSS again.
pub(super) fn minified_css(css: &str) -> String {
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    let html = minify_html::minify(format!("<style>{css}</style>").as_bytes(), &cfg);
    let html = String::from_utf8_lossy(&html);
    html.split_once('>')
        .and_then(|(_, rest)| {
            rest.rsplit_once("</style>")
                .map(|(inner, _)| inner.to_string())
        })
        .unwrap_or_else(|| css.to_string())
}

/// The `t(key="...", name=value...)` template function: a Fluent message in the page's language,
/// falling back along its chain. A message no language defines is an error, never a raw id.
///
/// A message borrowed from another language (the reader's has none yet) is marked with that
/// language, `<span lang="es" dir="ltr">…</span>`, so that a screen reader reads Spanish words
/// with Spanish rules on a K'iche' page. In an attribute or a `<title>`, where no markup can go,
/// `plain=true` gives the text alone.
pub(super) fn translate(
    locales: &Locales,
    kwargs: &Kwargs,
    state: &State,
) -> tera::TeraResult<tera::Value> {
    let key: String = kwargs.must_get("key")?;
    let plain = kwargs.get::<bool>("plain")?.unwrap_or(false);
    let lang: String = state
        .get("lang")?
        .ok_or_else(|| tera::Error::message(format!("{OURS}no-lang{OURS}{OURS}{OURS}")))?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str().filter(|n| !matches!(*n, "key" | "plain")) else {
            continue;
        };
        let value = if let Some(n) = value.as_i64() {
            FluentValue::from(n)
        } else if let Some(f) = value.as_f64() {
            FluentValue::from(f)
        } else if let Some(s) = value.as_str() {
            FluentValue::from(s.to_string())
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name.to_string(), value);
    }
    let args = args.iter().next().is_some().then_some(&args);
    match locales.message(&lang, &key, args) {
        Some(Ok(m)) if m.lang != lang && !plain => {
            let dir = if locales.is_rtl(&m.lang) {
                "rtl"
            } else {
                "ltr"
            };
            Ok(tera::Value::safe_string(&format!(
                "<span lang=\"{}\" dir=\"{dir}\">{}</span>",
                crate::html::escape(&m.lang),
                crate::html::escape(&m.text)
            )))
        }
        Some(Ok(m)) => Ok(tera::Value::from(locales.text_for(&lang, m))),
        Some(Err(e)) => Err(tera::Error::message(e)),
        None => Err(tera::Error::message(format!(
            "{OURS}undefined{OURS}{key}{OURS}{lang}{OURS}"
        ))),
    }
}

/// Marks senda's own words in an error `t()` gives tera, which carries them as text: the kind
/// and its values, read back by [`ours`] into a message in the writer's language.
const OURS: char = '\u{2}';

/// The message a template error's text stands for, when it is one of `t()`'s own.
fn ours(text: &str) -> Option<Said> {
    let rest = &text[text.find(OURS)? + OURS.len_utf8()..];
    let mut parts = rest.split(OURS);
    let (kind, key, lang) = (parts.next()?, parts.next()?, parts.next()?);
    Some(match kind {
        "undefined" => said!("render-template-message-undefined", key = key, lang = lang),
        _ => said!("render-template-no-lang"),
    })
}
