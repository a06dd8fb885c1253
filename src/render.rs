//! The theme's tera templates and the `t` function that gives them Fluent strings; turning each
//! route of the site into a finished HTML page.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context as TeraContext, ErrorKind, Kwargs, State, Tera};

use crate::config::Config;
use crate::content::{Date, Page, Review};
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::i18n::Locales;
use crate::markdown::{self, Heading};
use crate::site::{Route, Site, root_prefix};

/// The loaded theme: compiled templates and the CSS every page inlines.
pub struct Theme {
    tera: Tera,
    /// Template sources by name, to show the offending line of a rendering error.
    sources: Vec<(String, String)>,
    templates_dir: PathBuf,
    shown_dir: PathBuf,
    pub css: String,
    /// Files under the theme's `static/` folder, copied as they are.
    pub static_dir: PathBuf,
}

/// A page rendered for one reader: the route, its HTML and its headings (for checks and anchors).
pub struct RenderedPage {
    pub route: Route,
    pub html: String,
    pub headings: Vec<Heading>,
}

impl Theme {
    /// Loads and compiles every template, with `t` bound to the site's strings.
    pub fn load(config: &Config, locales: Arc<Locales>) -> Result<Theme> {
        let dir = &config.theme_dir;
        let shown_dir = dir.strip_prefix(&config.root).unwrap_or(dir).to_path_buf();
        if !dir.is_dir() {
            return Err(Error::one(Diagnostic::in_file(
                &shown_dir,
                "the theme folder does not exist",
            )));
        }
        let templates_dir = dir.join("templates");
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        tera.register_function("t", move |kwargs: Kwargs, state: &State| {
            translate(&locales, &kwargs, state)
        });
        let mut problems = Problems::default();
        let mut sources = Vec::new();
        let entries = std::fs::read_dir(&templates_dir)
            .map_err(Error::io("read the folder", &templates_dir))?;
        for entry in entries {
            let path = entry
                .map_err(Error::io("read the folder", &templates_dir))?
                .path();
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
            if let Some(text) = problems.take(crate::diagnostics::read_text(
                &path,
                &shown_dir.join("templates").join(&name),
            ))? {
                sources.push((name, text));
            }
        }
        problems.finish()?;
        sources.sort();
        let mut theme = Theme {
            tera: Tera::new(),
            sources,
            shown_dir: shown_dir.join("templates"),
            templates_dir,
            css: String::new(),
            static_dir: dir.join("static"),
        };
        tera.add_raw_templates(theme.sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| Error::one(theme.diagnostic(&e)))?;
        for required in ["page.html", "404.html", "languages.html"] {
            if !tera.contains_template(required) {
                return Err(Error::one(Diagnostic::in_file(
                    &theme.shown_dir.join(required),
                    format!("the theme has no `{required}` template"),
                )));
            }
        }
        theme.tera = tera;
        let css_path = dir.join("css").join("style.css");
        if css_path.is_file() {
            let css = crate::diagnostics::read_text(&css_path, &shown_dir.join("css/style.css"))?;
            theme.css = css;
        }
        Ok(theme)
    }

    /// A tera error as a located diagnostic naming the template file.
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        match e.kind() {
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
                "this template is used but does not exist",
            ),
            ErrorKind::MissingParent { current, parent } => Diagnostic::in_file(
                &self.shown_dir.join(current),
                format!("extends `{parent}`, which does not exist"),
            ),
            _ => self.reports(&e.to_string()),
        }
    }

    /// Tera checks every template at once and joins its reports into one text; the first is
    /// turned back into a located diagnostic (`error: msg` then ` --> name:line:col`).
    fn reports(&self, text: &str) -> Diagnostic {
        let message = text
            .lines()
            .next()
            .unwrap_or(text)
            .trim_start_matches("error: ")
            .to_string();
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
            None => Diagnostic::general(format!(
                "{} (in {})",
                text.trim_start_matches("error: "),
                self.shown_dir.display()
            )),
        }
    }

    fn render(&self, template: &str, context: &TeraContext) -> Result<String> {
        self.tera
            .render(template, context)
            .map_err(|e| Error::one(self.diagnostic(&e)))
    }

    /// The templates folder on disk (the dev server watches it).
    pub fn templates_dir(&self) -> &Path {
        &self.templates_dir
    }
}

/// The `t(key="...", name=value...)` template function: a Fluent message in the page's language,
/// falling back along its chain. A message no language defines is an error, never a raw id.
fn translate(locales: &Locales, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let lang: String = state
        .get("lang")?
        .ok_or_else(|| tera::Error::message("t() needs `lang` in the template context"))?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str().filter(|n| *n != "key") else {
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
        Some(Ok(m)) => Ok(locales.text_for(&lang, m)),
        Some(Err(e)) => Err(tera::Error::message(e)),
        None => Err(tera::Error::message(format!(
            "the message `{key}` is not defined for `{lang}` nor any language it falls back to; add it to locales/<lang>/*.ftl"
        ))),
    }
}

#[derive(Serialize)]
struct PageView<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    content: String,
    lang: &'a str,
    dir: &'a str,
    /// The endonym of the content's language, for the "not translated yet" notice.
    lang_name: &'a str,
    is_fallback: bool,
    needs_native_review: bool,
    needs_legal_review: bool,
    /// The source changed after this translation was made.
    is_stale: bool,
    updated: String,
    updated_display: String,
    review_by: Option<String>,
    canonical: String,
    headings: &'a [Heading],
    is_home: bool,
}

#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'a str,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct MenuItem<'a> {
    title: &'a str,
    url: String,
    current: bool,
}

/// What `page.html` is given.
#[derive(Serialize)]
struct PageContext<'a> {
    lang: &'a str,
    dir: &'a str,
    root: String,
    base_url: &'a str,
    css: &'a str,
    page: PageView<'a>,
    languages: Vec<LanguageLink<'a>>,
    alternates: Vec<Alternate>,
    menu: Vec<MenuItem<'a>>,
    home_url: String,
}

/// Markdown's view of the site from one route.
struct LinkContext<'a> {
    site: &'a Site,
    route: &'a Route,
    root: &'a str,
}

impl markdown::Context for LinkContext<'_> {
    fn page_url(&self, id: &str) -> Option<String> {
        self.site
            .route(id, &self.route.lang)
            .map(|r| relative(&self.route.path, &r.path, self.root))
    }

    fn asset_url(&self, rel: &str) -> Option<String> {
        let lang = &self.route.content_lang;
        self.site
            .content
            .assets
            .iter()
            .any(|a| &a.lang == lang && a.rel == rel)
            .then(|| format!("{}{lang}/{rel}", self.root))
    }

    fn text(&self, id: &str) -> String {
        match self
            .site
            .locales
            .message(&self.route.content_lang, id, None)
        {
            Some(Ok(m)) => m.text,
            _ => String::new(),
        }
    }
}

/// The address of `to` as seen from the page at `from`: `../abogado/` for neighbours.
fn relative(from: &str, to: &str, root: &str) -> String {
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

/// Renders every route of the site, collecting every problem.
pub fn render_pages(site: &Site, theme: &Theme) -> Result<Vec<RenderedPage>> {
    let mut problems = Problems::default();
    let mut pages = Vec::with_capacity(site.routes.len());
    for route in &site.routes {
        if let Some(page) = problems.take(render_page(site, theme, route))? {
            pages.push(page);
        }
    }
    problems.finish()?;
    Ok(pages)
}

fn render_page(site: &Site, theme: &Theme, route: &Route) -> Result<RenderedPage> {
    let page = site.page(route).ok_or_else(|| {
        Error::one(Diagnostic::general(format!(
            "no page for route {}",
            route.path
        )))
    })?;
    let config = &site.config;
    let root = root_prefix(&route.path);
    let content_language = config.language(&route.content_lang);
    let source = markdown::Source {
        shown: &page.shown,
        file: &page.source,
        body_start: page.body_start,
        id: &page.id,
        apostrophe_is_letter: content_language.is_some_and(|l| l.apostrophe_is_letter),
    };
    let links = LinkContext {
        site,
        route,
        root: &root,
    };
    let body = markdown::render(&source, &links)?;
    let reader = config.language(&route.lang);
    let dir = reader.map_or("ltr", |l| l.dir.as_str());

    let languages = config
        .languages
        .iter()
        .filter_map(|l| {
            site.route(&route.id, &l.code).map(|r| LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: relative(&route.path, &r.path, &root),
                current: l.code == route.lang,
            })
        })
        .collect();
    let mut alternates: Vec<Alternate> = config
        .languages
        .iter()
        .filter_map(|l| site.route(&route.id, &l.code).filter(|r| !r.is_fallback()))
        .map(|r| Alternate {
            hreflang: r.lang.clone(),
            href: format!("{}{}", config.base_url, r.path),
        })
        .collect();
    if let Some(default) = site.route(&route.id, &config.default_language) {
        alternates.push(Alternate {
            hreflang: "x-default".into(),
            href: format!("{}{}", config.base_url, default.path),
        });
    }
    let canonical_route = site.route(&route.id, &route.content_lang).unwrap_or(route);
    let mut menu_pages: Vec<(&Route, &Page)> = site
        .routes
        .iter()
        .filter(|r| r.lang == route.lang)
        .filter_map(|r| site.page(r).map(|p| (r, p)))
        .filter(|(_, p)| !p.is_index())
        .collect();
    menu_pages.sort_by(|a, b| {
        (a.1.front.weight, &a.1.front.title).cmp(&(b.1.front.weight, &b.1.front.title))
    });
    let menu = menu_pages
        .into_iter()
        .map(|(r, p)| MenuItem {
            title: &p.front.title,
            url: relative(&route.path, &r.path, &root),
            current: r.id == route.id,
        })
        .collect();
    let home_url = site.route("index", &route.lang).map_or_else(
        || format!("{root}{}/", route.lang),
        |r| relative(&route.path, &r.path, &root),
    );

    let view = PageView {
        id: &page.id,
        title: &page.front.title,
        description: &page.front.description,
        content: body.html,
        lang: &page.lang,
        dir: content_language.map_or("ltr", |l| l.dir.as_str()),
        lang_name: content_language.map_or(&page.lang, |l| &l.name),
        is_fallback: route.is_fallback(),
        needs_native_review: page.front.review == Some(Review::NativeSpeaker),
        needs_legal_review: page.front.review == Some(Review::Legal),
        is_stale: is_stale(site, page),
        updated: page.updated.iso(),
        updated_display: display_date(&site.locales, &route.lang, page.updated),
        review_by: page.review_by.map(Date::iso),
        canonical: format!("{}{}", config.base_url, canonical_route.path),
        headings: &body.headings,
        is_home: page.is_index(),
    };
    let context = PageContext {
        lang: &route.lang,
        dir,
        root: root.clone(),
        base_url: &config.base_url,
        css: &theme.css,
        page: view,
        languages,
        alternates,
        menu,
        home_url,
    };
    let context = TeraContext::from_serialize(&context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    let html = theme.render("page.html", &context)?;
    Ok(RenderedPage {
        route: route.clone(),
        html,
        headings: body.headings,
    })
}

/// True when a translation records a source digest that no longer matches its source.
pub fn is_stale(site: &Site, page: &Page) -> bool {
    let Some(recorded) = &page.front.source_digest else {
        return false;
    };
    crate::status::source_of(site, &page.id)
        .filter(|source| source.lang != page.lang)
        .is_some_and(|source| &source.digest != recorded)
}

/// `25 de noviembre de 2026`, from the `date` and `month-N` Fluent messages; ISO if they are missing.
fn display_date(locales: &Locales, lang: &str, date: Date) -> String {
    let month = match locales.message(lang, &format!("month-{}", date.month), None) {
        Some(Ok(m)) => m.text,
        _ => return date.iso(),
    };
    let mut args = FluentArgs::new();
    args.set("day", date.day);
    args.set("month", month);
    args.set("year", date.year.to_string());
    match locales.message(lang, "date", Some(&args)) {
        Some(Ok(m)) => m.text,
        _ => date.iso(),
    }
}

#[derive(Serialize)]
struct SimpleContext<'a> {
    lang: &'a str,
    dir: &'a str,
    root: String,
    base_url: &'a str,
    css: &'a str,
    languages: Vec<LanguageLink<'a>>,
    home_url: String,
}

/// The language picker at the site root, and a 404 page for each language.
pub fn render_extra(site: &Site, theme: &Theme) -> Result<Vec<(String, String)>> {
    let config = &site.config;
    let base_path = config.base_path();
    let mut out = Vec::new();
    let homes = |root: &str| -> Vec<LanguageLink> {
        config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: site.route("index", &l.code).map_or_else(
                    || format!("{root}{}/", l.code),
                    |r| format!("{root}{}", r.path),
                ),
                current: false,
            })
            .collect()
    };
    let default_dir = config
        .language(&config.default_language)
        .map_or("ltr", |l| l.dir.as_str());
    let picker = SimpleContext {
        lang: &config.default_language,
        dir: default_dir,
        root: String::new(),
        base_url: &config.base_url,
        css: &theme.css,
        languages: homes(""),
        home_url: String::new(),
    };
    out.push((
        "index.html".to_string(),
        render_simple(theme, "languages.html", &picker)?,
    ));
    for language in &config.languages {
        // A 404 page is served at any depth, so its links start from the site's base path.
        let context = SimpleContext {
            lang: &language.code,
            dir: language.dir.as_str(),
            root: base_path.to_string(),
            base_url: &config.base_url,
            css: &theme.css,
            languages: homes(base_path),
            home_url: format!("{base_path}{}/", language.code),
        };
        let html = render_simple(theme, "404.html", &context)?;
        if language.code == config.default_language {
            out.push(("404.html".to_string(), html.clone()));
        }
        out.push((format!("{}/404.html", language.code), html));
    }
    Ok(out)
}

fn render_simple(theme: &Theme, template: &str, context: &SimpleContext) -> Result<String> {
    let context = TeraContext::from_serialize(context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    theme.render(template, &context)
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
}
