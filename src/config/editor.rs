//! `[editor]`: the browser editor (Decap CMS) a build sets up in `admin/`, so that colleagues
//! without a terminal can write pages and services; which Git host it saves to, and how.

use serde::Deserialize;
use toml::Spanned;

use super::Located;
use crate::diagnostics::Problems;

/// `[editor]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEditor {
    /// Where the site's repository is kept: `github` or `gitlab`.
    backend: Spanned<String>,
    /// The repository, as `owner/name` (`org/derechos`).
    repo: Spanned<String>,
    /// The branch the editor commits to (default `main`).
    #[serde(default)]
    branch: Option<Spanned<String>>,
    /// The address of the OAuth client that logs colleagues in to GitHub (Decap's `base_url`),
    /// for a site that is not on Netlify: `https://auth.example.org`.
    #[serde(default)]
    auth_url: Option<Spanned<String>>,
    /// GitLab: the application id of the OAuth application, for logging in without a server
    /// (Decap's `app_id` with `auth_type: pkce`).
    #[serde(default)]
    app_id: Option<Spanned<String>>,
    /// The address of Decap's script when the site keeps its own copy (`/decap/decap-cms.js`),
    /// instead of the pinned copy from a CDN checked by its hash.
    #[serde(default)]
    script: Option<Spanned<String>>,
}

/// The Git hosts the editor can save to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Github,
    Gitlab,
}

impl Backend {
    /// The name in `senda.toml`, which is Decap's name for the backend too.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Github => "github",
            Backend::Gitlab => "gitlab",
        }
    }

    /// The backend of this name, if senda knows it.
    pub fn named(name: &str) -> Option<Backend> {
        [Backend::Github, Backend::Gitlab]
            .into_iter()
            .find(|b| b.name() == name)
    }
}

/// `[editor]`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub backend: Backend,
    /// `owner/name`.
    pub repo: String,
    pub branch: String,
    /// The OAuth client's address (GitHub on a host other than Netlify).
    pub auth_url: Option<String>,
    /// GitLab's OAuth application id.
    pub app_id: Option<String>,
    /// The site's own copy of Decap's script, if it keeps one.
    pub script: Option<String>,
}

/// `[editor]`, each field checked where it is written.
pub(super) fn editor(
    raw: Option<RawEditor>,
    file: &Located,
    problems: &mut Problems,
) -> Option<Editor> {
    let raw = raw?;
    let backend = Backend::named(raw.backend.get_ref());
    if backend.is_none() {
        problems.push(file.at(
            &raw.backend,
            crate::said!("editor-backend", backend = raw.backend.get_ref()),
        ));
    }
    let repo = raw.repo.get_ref();
    let parts: Vec<&str> = repo.split('/').collect();
    let plain = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    };
    // GitLab groups may nest: `group/subgroup/name`.
    if parts.len() < 2 || !parts.iter().all(|p| plain(p)) {
        problems.push(file.at(&raw.repo, crate::said!("editor-repo", repo = repo)));
    }
    let mut address = |v: &Option<Spanned<String>>, field: &str, https_only: bool| {
        let v = v.as_ref()?;
        let text = v.get_ref();
        let starts = text.starts_with("https://") || (!https_only && text.starts_with('/'));
        let clean = !text.is_empty()
            && !text
                .chars()
                .any(|c| c.is_whitespace() || "\"'<>`".contains(c));
        if starts && clean {
            return Some(text.clone());
        }
        let said = match https_only {
            true => crate::said!("editor-address-https", field = field, text = text),
            false => crate::said!("editor-address", field = field, text = text),
        };
        problems.push(file.at(v, said));
        None
    };
    let auth_url = address(&raw.auth_url, "auth_url", true);
    let script = address(&raw.script, "script", false);
    let branch = raw.branch.as_ref().map_or("main", |b| b.get_ref());
    if let Some(b) = &raw.branch
        && (branch.is_empty() || branch.chars().any(|c| c.is_whitespace() || c == '"'))
    {
        problems.push(file.at(b, crate::said!("editor-branch", branch = branch)));
    }
    Some(Editor {
        backend: backend?,
        repo: repo.clone(),
        branch: branch.to_string(),
        auth_url,
        app_id: raw.app_id.map(Spanned::into_inner),
        script,
    })
}
