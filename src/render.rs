//! The theme's tera templates and the `t` function that gives them Fluent strings; turning each
//! route of the site into a finished HTML page.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context as TeraContext, ErrorKind, Kwargs, State, Tera};

use crate::config::Config;
use crate::content::{Date, Page, Review};
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::html;
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
    /// Pages carry the dev server's reload script (`serve` only).
    pub live_reload: bool,
    /// Hash of the templates and CSS, to tell whether pages must be made again.
    pub fingerprint: u64,
    /// The theme has a `menu.html`, rendered apart from its pages (see [`MENU_PLACEHOLDER`]).
    has_menu: bool,
}

/// What a page's `menu_html` is while the page is rendered and minified; its `menu.html`,
/// rendered and minified once for every page of a folder that shares it, then takes its place.
/// In a large site the menu is most of a page's tags, so this spares most of the work.
pub const MENU_PLACEHOLDER: &str = "<nav data-senda-menu></nav>";

/// A page rendered for one reader: the route and its HTML.
pub struct RenderedPage {
    pub route: Route,
    pub html: String,
    /// The page's `menu.html`, shared with the other pages of its folder, to put in place of
    /// [`MENU_PLACEHOLDER`] once the page is minified.
    pub menu: Option<Arc<String>>,
}

/// A file made from a page that the page links to (its leaflets), with what it is and its size.
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// Path below the output folder: `es/leaflets/abogado-trifold-a4.pdf`.
    pub path: String,
    /// In the reader's language: "Tríptico, A4".
    pub label: String,
    /// "41 KB"; while the leaflets are being made, a mark that stands in its place.
    pub size: String,
}

/// Downloads by (reader's language, page id).
pub type Downloads = std::collections::HashMap<(String, String), Vec<Download>>;

#[derive(Serialize)]
struct DownloadLink<'a> {
    url: String,
    label: &'a str,
    size: String,
}

/// How links between pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// On a web server: `../abogado/`.
    Web,
    /// Opened from a phone's file manager (the zip): `../abogado/index.html`.
    Files,
    /// Every page of a language in one document (`offline.html`): `#p-abogado`.
    SingleFile,
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
                    format!("the theme has no `{required}` template"),
                )));
            }
        }
        theme.tera = tera;
        let css_path = dir.join("css").join("style.css");
        if css_path.is_file() {
            let css = crate::diagnostics::read_text(&css_path, &shown_dir.join("css/style.css"))?;
            theme.css = minified_css(&css);
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (&theme.sources, &theme.css).hash(&mut hasher);
        theme.fingerprint = hasher.finish();
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

/// The theme's CSS minified once, since every page inlines the same stylesheet; pages are then
/// minified without touching their CSS again.
fn minified_css(css: &str) -> String {
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
    /// Where the page starts in a document of several pages (`offline.html`).
    anchor: String,
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
    /// This page's own public address, in the reader's language.
    url: String,
    share_whatsapp: String,
    share_sms: String,
    headings: Vec<Heading>,
    is_home: bool,
    /// Show the quick-exit link.
    sensitive: bool,
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
    /// On a section's index page: the pages of the section.
    children: Vec<MenuItem<'a>>,
    home_url: String,
    all_languages_url: String,
    text_url: &'a str,
    downloads: Vec<DownloadLink<'a>>,
    live_reload: bool,
    quick_exit_url: &'a str,
}

/// Markdown's view of the site from one route, for one way of writing links.
struct LinkContext<'a> {
    site: &'a Site,
    route: &'a Route,
    /// The folder of the document the links are in (`es/asilo/`, `es/leaflets/`).
    from: &'a str,
    /// From `from` back to the site root (`../../`).
    root: String,
    style: LinkStyle,
}

impl<'a> LinkContext<'a> {
    fn new(site: &'a Site, route: &'a Route, from: &'a str, style: LinkStyle) -> Self {
        LinkContext {
            site,
            route,
            from,
            root: root_prefix(from),
            style,
        }
    }

    /// The address of `target` (and a heading in it) from this route.
    fn href(&self, target: &Route, fragment: Option<&str>) -> String {
        let hash = fragment.map_or(String::new(), |f| format!("#{f}"));
        match self.style {
            LinkStyle::Web => format!("{}{hash}", relative(self.from, &target.path, &self.root)),
            LinkStyle::Files => {
                let rel = relative(self.from, &target.path, &self.root);
                let rel = if rel == "./" { String::new() } else { rel };
                format!("{rel}index.html{hash}")
            }
            LinkStyle::SingleFile => match fragment {
                Some(f) => format!("#{}-{f}", anchor(&target.id)),
                None => format!("#{}", anchor(&target.id)),
            },
        }
    }
}

impl markdown::Resolve for LinkContext<'_> {
    fn page(&self, id: &str, fragment: Option<&str>) -> Option<String> {
        self.site
            .route(id, &self.route.lang)
            .map(|r| self.href(r, fragment))
    }

    fn asset(&self, rel: &str) -> Option<String> {
        let lang = &self.route.content_lang;
        let asset = self.site.content.asset(lang, rel)?;
        Some(match (self.style, image_type(rel)) {
            (LinkStyle::SingleFile, Some(mime)) => {
                let bytes = std::fs::read(&asset.file).ok()?;
                html::data_uri(mime, &bytes)
            }
            (LinkStyle::SingleFile, None) => format!("{}{lang}/{rel}", self.site.config.base_url),
            _ => format!("{}{lang}/{rel}", self.root),
        })
    }
}

fn image_type(rel: &str) -> Option<&'static str> {
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

/// Renders every route of the site with links of the given style, collecting every problem.
pub fn render_pages(
    site: &Site,
    theme: &Theme,
    style: LinkStyle,
    downloads: &Downloads,
) -> Result<Vec<RenderedPage>> {
    let all: Vec<&Route> = site.routes.iter().collect();
    render_routes(site, theme, &Navigation::new(site), style, downloads, &all)
}

/// Pages in one folder link the menu's pages by the same relative addresses, so each such
/// folder's menu is made once, not once per page, unless the page is in the menu itself (it is
/// marked current there) or a menu page lies inside it. `None` for such a page.
fn shared_menu_key<'s>(nav: &Navigation<'s>, route: &'s Route) -> Option<(&'s str, &'s str)> {
    let menu = nav.menu(&route.lang);
    if menu.iter().any(|(r, _)| r.path.starts_with(&route.path)) {
        return None;
    }
    let folder = route.path.trim_end_matches('/').rsplit_once('/')?.0;
    Some((route.lang.as_str(), folder))
}

/// A menu as the templates get it, and the theme's `menu.html` rendered with it.
type Menu = (tera::Value, Option<Arc<String>>);

/// The menu of each folder among `routes` that shares one.
fn shared_menus<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    style: LinkStyle,
    routes: &[&'s Route],
) -> Result<HashMap<(&'s str, &'s str), Menu>> {
    let mut first: HashMap<(&str, &str), &Route> = HashMap::new();
    for route in routes {
        if let Some(key) = shared_menu_key(nav, route) {
            first.entry(key).or_insert(route);
        }
    }
    first
        .into_par_iter()
        .map(|(key, route)| {
            let links = LinkContext::new(site, route, &route.path, style);
            Ok((key, menu(site, theme, nav, &links, route)?))
        })
        .collect()
}

/// What `menu.html` is given: only what every page sharing the menu has in common.
#[derive(Serialize)]
struct MenuContext<'a> {
    lang: &'a str,
    dir: &'a str,
    root: &'a str,
    home_url: String,
    all_languages_url: String,
    is_home: bool,
}

/// The menu seen from `route`, and the theme's `menu.html` rendered with it.
fn menu(
    site: &Site,
    theme: &Theme,
    nav: &Navigation,
    links: &LinkContext,
    route: &Route,
) -> Result<Menu> {
    let value = menu_value(nav.menu(&route.lang), links, route)?;
    if !theme.has_menu {
        return Ok((value, None));
    }
    let (home_url, all_languages_url) = home_urls(site, links);
    let context = MenuContext {
        lang: &route.lang,
        dir: site
            .config
            .language(&route.lang)
            .map_or("ltr", |l| l.dir.as_str()),
        root: &links.root,
        home_url,
        all_languages_url,
        is_home: route.id == "index",
    };
    let mut context = TeraContext::from_serialize(&context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    context.insert_value("menu", value.clone());
    let html = theme.render("menu.html", &context)?;
    Ok((value, Some(Arc::new(html))))
}

/// The address of the reader's home page and of the language picker, from the page `links`
/// are written from. A language without a home page sends "home" to the language picker.
fn home_urls(site: &Site, links: &LinkContext) -> (String, String) {
    let all_languages_url = match links.style {
        LinkStyle::Web => links.root.to_string(),
        _ => site.config.base_url.clone(),
    };
    let home_url = site
        .route("index", &links.route.lang)
        .map_or_else(|| all_languages_url.clone(), |r| links.href(r, None));
    (home_url, all_languages_url)
}

/// Menu entries as the templates see them: title, address from this page, whether it is this page.
fn menu_value(
    entries: &[(&Route, &str)],
    links: &LinkContext,
    route: &Route,
) -> Result<tera::Value> {
    let items: Vec<MenuItem> = entries
        .iter()
        .map(|&(r, title)| MenuItem {
            title,
            url: links.href(r, None),
            current: r.id == route.id,
        })
        .collect();
    tera::Value::try_from_serializable(&items)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))
}

/// Renders the given routes of the site (a rebuild renders only what a change affects).
pub fn render_routes<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    style: LinkStyle,
    downloads: &'s Downloads,
    routes: &[&'s Route],
) -> Result<Vec<RenderedPage>> {
    let menus = shared_menus(site, theme, nav, style, routes)?;
    let results: Vec<Result<RenderedPage>> = routes
        .par_iter()
        .copied()
        .map(|route| {
            let menu = shared_menu_key(nav, route).and_then(|key| menus.get(&key));
            render_page(site, theme, nav, route, style, downloads, menu)
        })
        .collect();
    let mut problems = Problems::default();
    let mut pages = Vec::with_capacity(results.len());
    for result in results {
        pages.extend(problems.take(result)?);
    }
    problems.finish()?;
    Ok(pages)
}

/// The Markdown body of a route and everything `page.html` and `offline.html` show about it.
fn page_view<'s>(
    site: &'s Site,
    route: &Route,
    style: LinkStyle,
    from: &str,
) -> Result<PageView<'s>> {
    let page = site.page(route).ok_or_else(|| {
        Error::one(Diagnostic::general(format!(
            "no page for route {}",
            route.path
        )))
    })?;
    let config = &site.config;
    let content_language = config.language(&route.content_lang);
    let anchor = anchor(&page.id);
    let prefix = if style == LinkStyle::SingleFile {
        format!("{anchor}-")
    } else {
        String::new()
    };
    let links = LinkContext::new(site, route, from, style);
    let style = markdown::Style {
        id_prefix: &prefix,
        allow_raw_html: config.raw_html_allowed,
    };
    let content = markdown::to_html(
        &page.document,
        (&page.shown, &page.source),
        &links,
        site.labels(&page.lang),
        style,
    )?;
    let canonical_route = site.route(&route.id, &route.content_lang).unwrap_or(route);
    let url = format!("{}{}", config.base_url, route.path);
    let share = format!("{}: {url}", page.front.title);
    let view = PageView {
        id: &page.id,
        anchor,
        title: &page.front.title,
        description: &page.front.description,
        content,
        lang: &page.lang,
        dir: content_language.map_or("ltr", |l| l.dir.as_str()),
        lang_name: content_language.map_or(&page.lang, |l| &l.name),
        is_fallback: route.is_fallback(),
        needs_native_review: page.front.review == Some(Review::NativeSpeaker),
        needs_legal_review: page.front.review == Some(Review::Legal),
        is_stale: site.is_stale(page),
        updated: page.front.updated.iso(),
        updated_display: display_date(&site.locales, &route.lang, page.front.updated),
        review_by: page.front.review_by.map(Date::iso),
        canonical: format!("{}{}", config.base_url, canonical_route.path),
        share_whatsapp: format!("whatsapp://send?text={}", html::encode_query(&share)),
        share_sms: format!("sms:?body={}", html::encode_query(&share)),
        url,
        headings: page.document.headings.clone(),
        is_home: route.id == "index",
        sensitive: page.front.sensitive || config.safety.quick_exit_everywhere,
    };
    Ok(view)
}

fn render_page<'s>(
    site: &'s Site,
    theme: &Theme,
    nav: &Navigation<'s>,
    route: &'s Route,
    style: LinkStyle,
    downloads: &'s Downloads,
    shared_menu: Option<&Menu>,
) -> Result<RenderedPage> {
    let view = page_view(site, route, style, &route.path)?;
    let config = &site.config;
    let links = LinkContext::new(site, route, &route.path, style);
    let root = links.root.clone();
    let reader = config.language(&route.lang);
    let dir = reader.map_or("ltr", |l| l.dir.as_str());
    // In the zip only this language's pages are there: other languages link to the web.
    let other_language = |r: &Route| match style {
        LinkStyle::Files if r.lang != route.lang => format!("{}{}", config.base_url, r.path),
        _ => links.href(r, None),
    };
    let languages = config
        .languages
        .iter()
        .filter_map(|l| {
            site.route(&route.id, &l.code).map(|r| LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: other_language(r),
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
    let items = |list: &[(&'s Route, &'s str)]| -> Vec<MenuItem<'s>> {
        list.iter()
            .map(|&(r, title)| MenuItem {
                title,
                url: links.href(r, None),
                current: r.id == route.id,
            })
            .collect()
    };
    let (menu, menu_html) = match shared_menu {
        Some(menu) => menu.clone(),
        None => menu(site, theme, nav, &links, route)?,
    };
    let children = items(nav.children(route));
    let (home_url, all_languages_url) = home_urls(site, &links);
    let downloads = downloads
        .get(&(route.lang.clone(), route.id.clone()))
        .map(|list| {
            list.iter()
                .map(|d| DownloadLink {
                    url: match style {
                        LinkStyle::Web => format!("{root}{}", d.path),
                        _ => format!("{}{}", config.base_url, d.path),
                    },
                    label: &d.label,
                    size: d.size.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let context = PageContext {
        lang: &route.lang,
        dir,
        root: root.clone(),
        base_url: &config.base_url,
        css: &theme.css,
        page: view,
        languages,
        alternates,
        children,
        home_url,
        all_languages_url,
        text_url: "index.txt",
        downloads,
        live_reload: theme.live_reload,
        quick_exit_url: &config.safety.quick_exit_url,
    };
    let mut context = TeraContext::from_serialize(&context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    context.insert_value("menu", menu);
    context.insert("is_home", &(route.id == "index"));
    if menu_html.is_some() {
        context.insert("menu_html", MENU_PLACEHOLDER);
    }
    let html = theme.render("page.html", &context)?;
    Ok(RenderedPage {
        route: route.clone(),
        html,
        menu: menu_html,
    })
}

/// Menu entries: a route and the title to show.
type Entries<'s> = Vec<(&'s Route, &'s str)>;

/// Menus and section listings, worked out once per build rather than once per page.
pub struct Navigation<'s> {
    menus: HashMap<&'s str, Entries<'s>>,
    /// Language → folder → the pages listed on that folder's index.
    children: HashMap<&'s str, HashMap<&'s str, Entries<'s>>>,
}

impl<'s> Navigation<'s> {
    /// Top-level pages and sections for each language's menu; each section's pages for its index.
    pub fn new(site: &'s Site) -> Self {
        let mut menus: HashMap<&str, Vec<(&Route, &Page)>> = HashMap::new();
        type Listed<'a> = Vec<(&'a Route, &'a Page)>;
        let mut children: HashMap<&str, HashMap<&str, Listed>> = HashMap::new();
        for route in &site.routes {
            let Some(page) = site.page(route) else {
                continue;
            };
            let parts: Vec<&str> = route.id.split('/').collect();
            let in_menu = match parts.as_slice() {
                [page] => *page != "index",
                [_, "index"] => true,
                [dir, _] => site.route(&format!("{dir}/index"), &route.lang).is_none(),
                _ => false,
            };
            if in_menu {
                menus.entry(&route.lang).or_default().push((route, page));
            }
            // A page belongs to its folder's listing; a subsection's index to its parent's.
            let folder = match parts.as_slice() {
                [.., "index"] if parts.len() >= 3 => Some(route.id.rsplitn(3, '/').nth(2)),
                [.., last] if parts.len() >= 2 && *last != "index" => {
                    Some(route.id.rsplit_once('/').map(|(d, _)| d))
                }
                _ => None,
            };
            if let Some(Some(folder)) = folder {
                children
                    .entry(&route.lang)
                    .or_default()
                    .entry(folder)
                    .or_default()
                    .push((route, page));
            }
        }
        let sorted = |mut list: Vec<(&'s Route, &'s Page)>| {
            list.sort_by(|a, b| {
                (a.1.front.weight, &a.1.front.title).cmp(&(b.1.front.weight, &b.1.front.title))
            });
            list.into_iter()
                .map(|(r, p)| (r, p.front.title.as_str()))
                .collect::<Vec<_>>()
        };
        Navigation {
            menus: menus.into_iter().map(|(k, v)| (k, sorted(v))).collect(),
            children: children
                .into_iter()
                .map(|(lang, folders)| {
                    (
                        lang,
                        folders.into_iter().map(|(k, v)| (k, sorted(v))).collect(),
                    )
                })
                .collect(),
        }
    }

    /// The pages of a language in menu order (the home page is not listed: the header links it).
    fn menu(&self, lang: &str) -> &[(&'s Route, &'s str)] {
        self.menus.get(lang).map_or(&[], Vec::as_slice)
    }

    /// On a section's `index.md`: the pages directly inside its folder, in menu order.
    fn children(&self, route: &Route) -> &[(&'s Route, &'s str)] {
        route
            .id
            .strip_suffix("/index")
            .and_then(|dir| self.children.get(route.lang.as_str())?.get(dir))
            .map_or(&[], Vec::as_slice)
    }
}

#[derive(Serialize)]
struct OfflineContext<'a> {
    lang: &'a str,
    dir: &'a str,
    css: &'a str,
    base_url: &'a str,
    /// The language's home on the web.
    online_url: String,
    pages: Vec<PageView<'a>>,
}

/// Every page of one language in one self-contained document: in-page links, images inlined.
pub fn render_offline(site: &Site, theme: &Theme, lang: &str) -> Result<String> {
    let config = &site.config;
    let mut problems = Problems::default();
    let mut ordered: Vec<&Route> = site.route("index", lang).into_iter().collect();
    ordered.extend(Navigation::new(site).menu(lang).iter().map(|(r, _)| *r));
    let mut pages = Vec::new();
    for route in ordered {
        if let Some(view) =
            problems.take(page_view(site, route, LinkStyle::SingleFile, &route.path))?
        {
            pages.push(view);
        }
    }
    problems.finish()?;
    let context = OfflineContext {
        lang,
        dir: config.language(lang).map_or("ltr", |l| l.dir.as_str()),
        css: &theme.css,
        base_url: &config.base_url,
        online_url: format!("{}{lang}/", config.base_url),
        pages,
    };
    let context = TeraContext::from_serialize(&context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    theme.render("offline.html", &context)
}

/// The plain-text version of a page, to paste into WhatsApp or an SMS: title, description, key
/// points, the address, when it was reviewed and that it is not legal advice.
pub fn text_version(site: &Site, route: &Route) -> Result<String> {
    let Some(source) = site.page(route) else {
        return Ok(String::new());
    };
    let mut text = format!("{}\n", source.front.title);
    if !source.front.description.is_empty() {
        text.push_str(&format!("\n{}\n", source.front.description));
    }
    let points = &source.document.key_points;
    if !points.is_empty() {
        text.push('\n');
        for point in points {
            text.push_str(&format!("- {point}\n"));
        }
    }
    let mut args = FluentArgs::new();
    args.set(
        "date",
        display_date(&site.locales, &route.lang, source.front.updated),
    );
    let say = |id: &str, args| site.locales.plain(&route.lang, id, args);
    text.push_str(&format!(
        "\n{}{}\n{}\n{}\n",
        site.config.base_url,
        route.path,
        say("last-reviewed", Some(&args))?,
        say("disclaimer", None)?
    ));
    Ok(text)
}

/// `25 de noviembre de 2026`, from the `date` and `month-N` Fluent messages; ISO if they are missing.
pub fn display_date(locales: &Locales, lang: &str, date: Date) -> String {
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
    // Each language's home page, or its first page when it has none; a language with no page at
    // all is not offered.
    let entry = |lang: &str| {
        site.route("index", lang)
            .or_else(|| site.routes.iter().find(|r| r.lang == lang))
    };
    let homes = |root: &str| -> Vec<LanguageLink> {
        config
            .languages
            .iter()
            .filter_map(|l| {
                entry(&l.code).map(|r| LanguageLink {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                    url: format!("{root}{}", r.path),
                    current: false,
                })
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
            home_url: entry(&language.code).map_or_else(
                || base_path.to_string(),
                |r| format!("{base_path}{}", r.path),
            ),
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

#[derive(Serialize)]
struct PrintContext<'a> {
    lang: &'a str,
    dir: &'a str,
    css: &'a str,
    page: PageView<'a>,
    qr_svg: &'a str,
}

/// The leaflet as a web page for printing from a browser (`<lang>/leaflets/<name>.html`).
pub fn render_print(site: &Site, theme: &Theme, route: &Route, qr_svg: &str) -> Result<String> {
    let from = format!("{}/leaflets/", route.lang);
    let page = page_view(site, route, LinkStyle::Web, &from)?;
    let context = PrintContext {
        lang: &route.lang,
        dir: site
            .config
            .language(&route.lang)
            .map_or("ltr", |l| l.dir.as_str()),
        css: &theme.css,
        page,
        qr_svg,
    };
    let context = TeraContext::from_serialize(&context)
        .map_err(|e| Error::one(Diagnostic::general(e.to_string())))?;
    theme.render("print.html", &context)
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
