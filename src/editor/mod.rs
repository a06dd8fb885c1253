//! The browser editor: with `[editor]` in `senda.toml`, a build writes `admin/` (the page that
//! loads Decap CMS, its configuration, and senda's file formats for it), so that colleagues
//! without a terminal can write pages and services. Only this page loads the editor's script.

mod config;

use std::collections::BTreeSet;

pub use config::decap;

use crate::config::Editor;
use crate::output::Output;
use crate::site::Site;

/// The folder of the editor in the published site.
pub const FOLDER: &str = "admin";

/// The Decap CMS release the admin page loads, pinned: its script and that file's hash.
pub const DECAP_VERSION: &str = "3.16.3";
/// Where the pinned script is loaded from when the site keeps no copy of its own.
pub const DECAP_URL: &str = "https://cdn.jsdelivr.net/npm/decap-cms@3.16.3/dist/decap-cms.js";
/// The subresource-integrity hash of `dist/decap-cms.js` in the npm package `decap-cms@3.16.3`:
/// a browser refuses a file from the CDN that differs by one byte.
pub const DECAP_INTEGRITY: &str =
    "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

const PAGE: &str = include_str!("admin.html");
const FORMATS: &str = include_str!("senda-cms.js");
const TOML_READER: &str = include_str!("smol-toml.js");

/// `admin/index.html`, `admin/config.yml` and `admin/senda-cms.js`, when the site asks for an
/// editor; nothing otherwise.
pub fn outputs(site: &Site) -> Vec<Output> {
    let Some(editor) = &site.config.editor else {
        return Vec::new();
    };
    let settings = decap(&site.config, editor, &page_folders(site), &site.directory);
    let yaml = format!(
        "# Decap CMS's configuration, made by senda from senda.toml on each build: change\n# senda.toml's [editor] section, not this file. (JSON is YAML too.)\n{}\n",
        serde_json::to_string_pretty(&settings).unwrap_or_default()
    );
    vec![
        file("index.html", page(&site.config.default_language, editor)),
        file("config.yml", yaml),
        file("senda-cms.js", format!("{TOML_READER}\n{FORMATS}")),
    ]
}

fn file(name: &str, text: String) -> Output {
    Output {
        path: format!("{FOLDER}/{name}"),
        bytes: text.into_bytes().into(),
    }
}

/// The admin page: senda's formats first (they hold the editor until they are registered), then
/// Decap's script, the pinned one checked by its hash or the site's own copy.
pub fn page(lang: &str, editor: &Editor) -> String {
    let decap = match &editor.script {
        Some(own) => format!("<script src=\"{}\"></script>", crate::html::escape(own)),
        None => format!(
            "<script src=\"{DECAP_URL}\" integrity=\"{DECAP_INTEGRITY}\" crossorigin=\"anonymous\"></script>"
        ),
    };
    PAGE.replace("{lang}", &crate::html::escape(lang))
        .replace("{title}", "senda · admin")
        .replace("{decap}", &decap)
}

/// The folders under the default language's folder that hold pages (`guias`, `guias/mexico`):
/// each is a collection of its own, since Decap lists one folder per collection.
fn page_folders(site: &Site) -> BTreeSet<String> {
    site.content
        .pages
        .iter()
        .filter(|(_, by_lang)| by_lang.contains_key(&site.config.default_language))
        .filter_map(|(id, _)| id.rsplit_once('/').map(|(folder, _)| folder.to_string()))
        .collect()
}
