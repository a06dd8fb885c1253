//! `senda init` and `senda new`: a new site that builds at once, and a new page with its front
//! matter filled in and a stub, marked untranslated, in every other language.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::Date;
use crate::diagnostics::{Diagnostic, Error, Result};

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
        "themes/default/css/style.css",
        include_str!("../themes/default/css/style.css"),
    ),
    (
        "locales/es/main.ftl",
        include_str!("../locales/es/main.ftl"),
    ),
    (
        "locales/en/main.ftl",
        include_str!("../locales/en/main.ftl"),
    ),
];

const CONFIG: &str = r#"# Every field is explained in senda's README ("senda.toml").
base_url = "https://example.org/"
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
            "already exists; nothing was changed",
        )));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(Error::io("create the folder", parent))?;
    }
    std::fs::write(path, text).map_err(Error::io("write", path))
}

/// Makes a site skeleton in `dir` (which must be empty or new): it builds as it is.
pub fn init(dir: &Path, today: Date) -> Result<Vec<PathBuf>> {
    if dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        return Err(Error::one(Diagnostic::in_file(
            dir,
            "is not empty; choose a new folder for the site",
        )));
    }
    let mut made = Vec::new();
    let mut files: Vec<(String, String)> = THEME
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    files.push(("senda.toml".into(), CONFIG.into()));
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

/// Creates `content/<default language>/<path>.md` and an untranslated stub of it in every other
/// language. `path` is relative to the language folder: `asilo/nuevo.md` or `asilo/nuevo`.
pub fn new_page(config: &Config, path: &str, today: Date) -> Result<Vec<PathBuf>> {
    let rel = path.trim_start_matches("./").trim_end_matches(".md");
    let bad = rel.is_empty()
        || rel.split('/').any(|p| {
            p.is_empty() || p == ".." || p == "." || crate::content::check_slug(p).is_err()
        });
    if bad {
        return Err(Error::one(Diagnostic::general(format!(
            "`{path}` is not a page path: use letters, digits and `-`, with `/` between folders, like `guias/mexico`"
        ))));
    }
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    let mut title = stem.replace('-', " ");
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    let source = page(&title, today, "Escribe aquí el texto de la página.\n");
    let mut made = Vec::new();
    let file = |lang: &str| {
        config
            .root
            .join("content")
            .join(lang)
            .join(format!("{rel}.md"))
    };
    let main = file(&config.default_language);
    write_new(&main, &source)?;
    made.push(main);
    for language in config
        .languages
        .iter()
        .filter(|l| l.code != config.default_language)
    {
        let stub = source.replacen(
            "+++\n",
            &format!(
                "+++\n# Not translated yet: readers get the {} text. Translate the title and the text,\n# remove `draft = true`, then run: senda status --stamp content/{}/{rel}.md\ndraft = true\n",
                config.default_language, language.code
            ),
            1,
        );
        let path = file(&language.code);
        write_new(&path, &stub)?;
        made.push(path);
    }
    Ok(made)
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
