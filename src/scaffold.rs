//! `senda init` and `senda new`: a new site that builds at once, and a new page with its front
//! matter filled in and a stub, marked untranslated, in every other language.

use std::path::{Path, PathBuf};

use crate::config::{Backend, Config, Host};
use crate::content::Date;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;
use crate::said::Tongue;

/// The default theme and interface strings, as shipped in this repository.
const THEME: &[(&str, &str)] = &[
    (
        "themes/default/templates/notices.html",
        include_str!("../themes/default/templates/notices.html"),
    ),
    (
        "themes/default/templates/head.html",
        include_str!("../themes/default/templates/head.html"),
    ),
    (
        "themes/default/templates/base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "themes/default/templates/page.html",
        include_str!("../themes/default/templates/page.html"),
    ),
    (
        "themes/default/templates/menu.html",
        include_str!("../themes/default/templates/menu.html"),
    ),
    (
        "themes/default/templates/404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "themes/default/templates/languages.html",
        include_str!("../themes/default/templates/languages.html"),
    ),
    (
        "themes/default/templates/offline.html",
        include_str!("../themes/default/templates/offline.html"),
    ),
    (
        "themes/default/templates/print.html",
        include_str!("../themes/default/templates/print.html"),
    ),
    (
        "themes/default/templates/text.html",
        include_str!("../themes/default/templates/text.html"),
    ),
    (
        "themes/default/css/style.css",
        include_str!("../themes/default/css/style.css"),
    ),
    (
        "themes/default/leaflets.toml",
        include_str!("../themes/default/leaflets.toml"),
    ),
    (
        "locales/es/main.ftl",
        include_str!("../locales/es/main.ftl"),
    ),
    (
        "locales/en/main.ftl",
        include_str!("../locales/en/main.ftl"),
    ),
    (
        "locales/es/directory.ftl",
        include_str!("../locales/es/directory.ftl"),
    ),
    (
        "locales/en/directory.ftl",
        include_str!("../locales/en/directory.ftl"),
    ),
];

/// `senda init --editor github:org/name`: the Git host and the repository the editor saves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorRepo {
    pub backend: Backend,
    pub repo: String,
}

impl EditorRepo {
    /// `github:org/name` or `gitlab:group/name`, or what to write instead.
    pub fn parse(text: &str) -> std::result::Result<EditorRepo, String> {
        let wanted = "write the Git host and the repository, like github:org/derechos or gitlab:group/derechos";
        let (host, repo) = text.split_once(':').ok_or(wanted)?;
        let backend = Backend::named(host).ok_or(wanted)?;
        let parts: Vec<&str> = repo.split('/').collect();
        let plain = |p: &&str| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        };
        if parts.len() < 2 || !parts.iter().all(plain) {
            return Err(wanted.to_string());
        }
        Ok(EditorRepo {
            backend,
            repo: repo.to_string(),
        })
    }
}

/// What `senda init --host` writes for each host's own build: where, and from which template
/// (`{version}` becomes this senda's version, so the host installs the same one).
fn host_files(host: Host) -> &'static [(&'static str, &'static str)] {
    match host {
        Host::Github => &[(
            ".github/workflows/senda.yml",
            include_str!("../themes/default/hosting/github.yml"),
        )],
        Host::Gitlab => &[(
            ".gitlab-ci.yml",
            include_str!("../themes/default/hosting/gitlab-ci.yml"),
        )],
        Host::Netlify => &[(
            "netlify.toml",
            include_str!("../themes/default/hosting/netlify.toml"),
        )],
        // Cloudflare Pages is set up in its dashboard; Apache reads the `.htaccess` every build
        // writes.
        Host::Cloudflare | Host::Apache | Host::Any => &[],
    }
}

/// What is left to do by hand to publish on this host, in one sentence, in `tongue`.
pub fn publishing_step(host: Host, tongue: Tongue) -> Option<String> {
    let step = match host {
        Host::Github => said!("init-publish-github"),
        Host::Gitlab => said!("init-publish-gitlab"),
        Host::Netlify => said!("init-publish-netlify"),
        Host::Cloudflare => said!(
            "init-publish-cloudflare",
            version = env!("CARGO_PKG_VERSION")
        ),
        Host::Apache => said!("init-publish-apache"),
        Host::Any => return None,
    };
    Some(step.words(tongue))
}

const CONFIG: &str = r#"# Every field is explained in senda's guide, page "Configuración" (guide/content/es/configuracion.md).
base_url = "BASE_URL"
default_language = "es"
name = "site"

[[languages]]
code = "es"
name = "Español"

[[languages]]
code = "en"
name = "English"
"#;

fn write_new(path: &Path, text: &str) -> Result<()> {
    if path.exists() {
        return Err(Error::one(Diagnostic::in_file(
            path,
            said!("scaffold-file-exists"),
        )));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(Error::io("create-folder", parent))?;
    }
    std::fs::write(path, text).map_err(Error::io("write", path))
}

/// Makes a site skeleton in `dir` (which must be empty or new): it builds as it is, and `check`
/// finds nothing in it but, without `base_url`, that its address is still a placeholder. With a
/// host, `senda.toml` names it and the files that host's own build needs are written too; with
/// an editor (`github:org/name`), `senda.toml` gets an `[editor]` section and the build an
/// `admin/` page.
pub fn init(
    dir: &Path,
    base_url: Option<&str>,
    (host, editor): (Host, Option<&EditorRepo>),
    today: Date,
) -> Result<Vec<PathBuf>> {
    let base_url = base_url.unwrap_or("https://example.org/");
    let absolute = base_url.starts_with("https://") || base_url.starts_with("http://");
    if !absolute || base_url.contains(['"', '\\', '\n', ' ']) {
        return Err(Error::one(Diagnostic::general(said!(
            "init-base-url",
            url = base_url
        ))));
    }
    if dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        return Err(Error::one(Diagnostic::in_file(
            dir,
            said!("init-folder-not-empty"),
        )));
    }
    let mut made = Vec::new();
    let mut files: Vec<(String, String)> = THEME
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    let mut config = CONFIG.replace("BASE_URL", base_url);
    if host != Host::Any {
        config = config.replace(
            "name = \"site\"\n",
            &format!("name = \"site\"\nhost = \"{}\"\n", host.name()),
        );
    }
    if let Some(editor) = editor {
        config.push_str(&format!(
            "\n# The browser editor at /admin/ (the guide's page \"Editing in the browser\" says how to\n# connect it and how colleagues log in).\n[editor]\nbackend = \"{}\"\nrepo = \"{}\"\nbranch = \"main\"\n",
            editor.backend.name(),
            editor.repo
        ));
    }
    files.push(("senda.toml".into(), config));
    for (path, template) in host_files(host) {
        let text = template.replace("{version}", env!("CARGO_PKG_VERSION"));
        files.push((path.to_string(), text));
    }
    // What a build makes beside the sources, kept out of the site's repository.
    files.push((
        ".gitignore".into(),
        "/public\n/.public.senda-*\n/.senda-cache\n".into(),
    ));
    files.push((
        "content/es/index.md".into(),
        page(
            "Inicio",
            today,
            "Escribe aquí la información para las familias.\n",
        ),
    ));
    files.push((
        "content/en/index.md".into(),
        page("Home", today, "Write the information for families here.\n"),
    ));
    for (path, text) in files {
        let path = dir.join(path);
        write_new(&path, &text)?;
        made.push(path);
    }
    // The English home page is a translation of the Spanish one: stamped, it is up to date.
    let site = crate::site::Site::load(Config::load(dir)?, today)?;
    crate::status::stamp(&site, Path::new("content/en/index.md"))?;
    Ok(made)
}

fn page(title: &str, today: Date, body: &str) -> String {
    format!(
        "+++\ntitle = \"{}\"\ndescription = \"\"\nweight = 10\nupdated = {}\nreview_by = {}\n+++\n\n{body}",
        title.replace('"', "'"),
        today.iso(),
        six_months_after(today).iso()
    )
}

fn six_months_after(d: Date) -> Date {
    let months = u32::from(d.month) - 1 + 6;
    Date {
        year: d.year + (months / 12) as u16,
        month: (months % 12 + 1) as u8,
        day: d.day.min(28),
    }
}

/// Creates `content/<default language>/<path>.md`, unless it exists, and an untranslated draft of
/// it in every language that lacks one, carrying the source's current text under a notice. Every
/// file is written or none: a file that exists is kept as it is.
pub fn new_page(config: &Config, path: &str, today: Date) -> Result<NewPage> {
    let rel = path.trim_start_matches("./").trim_end_matches(".md");
    let bad = rel.is_empty()
        || rel.split('/').any(|p| {
            p.is_empty() || p == ".." || p == "." || crate::content::check_slug(p).is_err()
        });
    if bad {
        let message = said!("new-page-path", path = path);
        return Err(Error::one(Diagnostic::general(message)));
    }
    let file = |lang: &str| {
        config
            .root
            .join("content")
            .join(lang)
            .join(format!("{rel}.md"))
    };
    let main = file(&config.default_language);
    let mut planned = Vec::new();
    let source = match std::fs::read_to_string(&main) {
        Ok(text) => text,
        Err(_) => {
            let stem = rel.rsplit('/').next().unwrap_or(rel);
            let text = page(&title_of(stem), today, PLACEHOLDER);
            planned.push((main.clone(), text.clone()));
            text
        }
    };
    for language in config
        .languages
        .iter()
        .filter(|l| l.code != config.default_language)
    {
        let notice = format!(
            "+++\n# Not translated yet: readers get the {} text. Translate the title and the text,\n# remove `draft = true`, then run: senda status --stamp content/{}/{rel}.md\ndraft = true\n",
            config.default_language, language.code
        );
        let body = source
            .strip_prefix("+++\r\n")
            .or_else(|| source.strip_prefix("+++\n"))
            .unwrap_or(&source);
        planned.push((file(&language.code), format!("{notice}{body}")));
    }
    let (existing, planned): (Vec<_>, Vec<_>) = planned.into_iter().partition(|(p, _)| p.exists());
    let (refresh, existing) = untouched_drafts(existing, &source, rel);
    let mut kept: Vec<PathBuf> = existing.into_iter().map(|(p, _)| p).collect();
    if main.exists() {
        kept.insert(0, main);
    }
    let refreshed = refresh_drafts(refresh)?;
    if planned.is_empty() && !refreshed.is_empty() {
        return Ok(NewPage {
            made: Vec::new(),
            kept,
            refreshed,
        });
    }
    if planned.is_empty() {
        let message = said!("new-page-exists", path = rel);
        return Err(Error::one(Diagnostic::general(message)));
    }
    let mut made = Vec::new();
    for (path, text) in planned {
        if let Err(e) = write_new(&path, &text) {
            for written in &made {
                let _ = std::fs::remove_file(written);
            }
            return Err(e);
        }
        made.push(path);
    }
    Ok(NewPage {
        made,
        kept,
        refreshed,
    })
}

/// What `senda new` writes in a page it creates before anyone has written it.
const PLACEHOLDER: &str = "Escribe aquí el texto de la página.\n";

/// Whether a translation is still the draft `new` made while its source held only the
/// placeholder: marked not translated yet, with the placeholder, and the title and (empty)
/// description `new` gave it (`untouched`): nobody has begun to translate it.
fn holds_placeholder(path: &Path, untouched: &str) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| {
        text.contains("# Not translated yet")
            && text.contains("\ndraft = true\n")
            && text.contains(untouched)
            && text.contains(PLACEHOLDER)
    })
}

/// Files `new` would write, with their text.
type Planned = Vec<(PathBuf, String)>;

/// Of the translations already there, those still the draft `new` made while the source held
/// only the placeholder (made again from its text now, once it holds more), and the others.
fn untouched_drafts(existing: Planned, source: &str, rel: &str) -> (Planned, Planned) {
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    let untouched = format!(
        "\ntitle = \"{}\"\ndescription = \"\"\n",
        title_of(stem).replace('"', "'")
    );
    existing
        .into_iter()
        .partition(|(p, _)| !source.contains(PLACEHOLDER) && holds_placeholder(p, &untouched))
}

/// Writes each draft again from its source's text as it is now.
fn refresh_drafts(drafts: Vec<(PathBuf, String)>) -> Result<Vec<PathBuf>> {
    let mut refreshed = Vec::new();
    for (path, text) in drafts {
        std::fs::write(&path, text).map_err(Error::io("write", &path))?;
        refreshed.push(path);
    }
    Ok(refreshed)
}

/// What `senda new` wrote, what it found already there and left alone, and the drafts it made
/// again because they still held the placeholder their source no longer has.
pub struct NewPage {
    pub made: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
    pub refreshed: Vec<PathBuf>,
}

/// `mexico-norte` → `Mexico norte`.
fn title_of(stem: &str) -> String {
    let title = stem.replace('-', " ");
    match title.get(..1) {
        Some(first) => first.to_uppercase() + &title[1..],
        None => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_six_months_on() {
        let d = six_months_after(Date {
            year: 2026,
            month: 11,
            day: 30,
        });
        assert_eq!(d.iso(), "2027-05-28");
        assert_eq!(
            six_months_after(Date {
                year: 2026,
                month: 3,
                day: 1
            })
            .iso(),
            "2026-09-01"
        );
    }
}
