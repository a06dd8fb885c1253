//! The files a web host reads beside the pages to serve them as senda means: the security headers
//! on every answer, the compressed copies, each language's "not found" page. `_headers` for
//! Netlify and Cloudflare Pages, `.htaccess` for Apache; which ones, `host` in `senda.toml` says.

use std::collections::BTreeSet;

use crate::config::Config;
use crate::diagnostics::Result;
use crate::output::Output;

/// The file of response headers that Netlify and Cloudflare Pages read.
pub const HEADERS: &str = "_headers";
/// The file of settings that Apache reads in each folder.
pub const HTACCESS: &str = ".htaccess";

/// Apache's settings, filled in for the site (`{base}`, `{csp}`, `{not_found}`); a theme may
/// bring its own in `hosting/htaccess`.
const HTACCESS_TEMPLATE: &str = include_str!("../themes/default/hosting/htaccess");

/// The CSP hash of each inline script in these HTML files, for the Content-Security-Policy.
pub fn script_hashes(outputs: &[Output]) -> BTreeSet<String> {
    use sha2::{Digest, Sha256};
    let (open, close) = (b"<script>", b"</script>");
    let mut hashes = BTreeSet::new();
    for out in outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let mut rest = out.bytes.as_slice();
        while let Some(start) = memchr::memmem::find(rest, open) {
            rest = &rest[start + open.len()..];
            let end = memchr::memmem::find(rest, close).unwrap_or(rest.len());
            hashes.insert(format!(
                "'sha256-{}'",
                crate::html::base64(&Sha256::digest(&rest[..end]))
            ));
            rest = &rest[end..];
        }
    }
    hashes
}

/// The files the site's host reads, for the pages that carry these inline scripts.
pub fn files(config: &Config, hashes: &BTreeSet<String>) -> Result<Vec<Output>> {
    let mut files = Vec::new();
    if config.host.reads_headers_file() {
        files.push(match config.editor {
            Some(_) => headers_beside_editor(config, hashes),
            None => headers(hashes),
        });
    }
    if config.host.reads_htaccess() {
        files.push(htaccess(config, hashes)?);
    }
    Ok(files)
}

/// A strict Content-Security-Policy: nothing may load from anywhere but the site itself (images
/// and recordings from it are allowed), and the only scripts allowed are the exact inline ones
/// the pages carry (the quick-exit link's), by hash.
fn csp(hashes: &BTreeSet<String>) -> String {
    let scripts = if hashes.is_empty() {
        String::new()
    } else {
        format!(
            " script-src {};",
            hashes.iter().cloned().collect::<Vec<_>>().join(" ")
        )
    };
    format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; media-src 'self';{scripts} base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
}

/// `_headers` (Netlify, Cloudflare Pages): the policy, and no referrer leaves the site.
pub fn headers(hashes: &BTreeSet<String>) -> Output {
    let text = format!(
        "/*\n  Content-Security-Policy: {}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n",
        csp(hashes)
    );
    Output {
        path: HEADERS.into(),
        bytes: text.into_bytes().into(),
    }
}

/// The editor's page (`admin/`) loads Decap CMS from a CDN, which saves through GitHub's or
/// GitLab's API: it cannot live under the readers' policy. It keeps only what does not stop it:
/// no other site may frame it, no referrer, no guessed types.
const EDITOR_CSP: &str = "frame-ancestors 'none'";

/// `_headers` for a site with an editor: no referrer and no guessed types everywhere, the
/// readers' policy on every page but the editor's (Netlify joins the values of every rule that
/// matches, so it cannot go under `/*`), and the editor's own on `admin/`.
fn headers_beside_editor(config: &Config, hashes: &BTreeSet<String>) -> Output {
    let base = config.base_path();
    let mut paths = vec![
        base.to_string(),
        format!("{base}index.html"),
        format!("{base}404.html"),
    ];
    paths.extend(
        config
            .languages
            .iter()
            .map(|l| format!("{base}{}/*", l.code)),
    );
    let mut text =
        String::from("/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n");
    for path in paths {
        text.push_str(&format!(
            "{path}\n  Content-Security-Policy: {}\n",
            csp(hashes)
        ));
    }
    text.push_str(&format!(
        "{base}{}/*\n  Content-Security-Policy: {EDITOR_CSP}\n",
        crate::editor::FOLDER
    ));
    Output {
        path: HEADERS.into(),
        bytes: text.into_bytes().into(),
    }
}

/// `.htaccess` (Apache): the same headers, the `.br`/`.gz` copies to those who can unpack them,
/// the types phones need, and each language's "not found" page, under the site's base path.
pub fn htaccess(config: &Config, hashes: &BTreeSet<String>) -> Result<Output> {
    let own = config.theme_dir.join("hosting").join("htaccess");
    let template = match own.is_file() {
        true => crate::files::read_text(&own, own.strip_prefix(&config.root).unwrap_or(&own))?,
        false => HTACCESS_TEMPLATE.to_string(),
    };
    let base = config.base_path();
    let mut text = template
        .replace("{base}", base)
        .replace("{csp}", &csp(hashes))
        .replace("{not_found}", &not_found(config));
    if config.editor.is_some() {
        text.push_str(&format!(
            "\n# The editor's page (admin/) loads Decap CMS from a CDN and saves through GitHub's or\n# GitLab's API: it keeps only the headers that do not stop it.\n<If \"%{{REQUEST_URI}} =~ m#^{}{}/#\">\n    <IfModule mod_headers.c>\n        Header always set Content-Security-Policy \"{EDITOR_CSP}\"\n    </IfModule>\n</If>\n",
            regex_escape(base),
            crate::editor::FOLDER
        ));
    }
    Ok(Output {
        path: HTACCESS.into(),
        bytes: text.into_bytes().into(),
    })
}

/// Apache's `ErrorDocument` for each language's folder, then the picker's for the rest.
fn not_found(config: &Config) -> String {
    let base = config.base_path();
    let mut out = String::new();
    for language in &config.languages {
        let code = &language.code;
        out.push_str(&format!(
            "<If \"%{{REQUEST_URI}} =~ m#^{}{}/#\">\n    ErrorDocument 404 {base}{code}/404.html\n</If>\n",
            regex_escape(base),
            regex_escape(code)
        ));
    }
    out.push_str(&format!("ErrorDocument 404 {base}404.html\n"));
    out
}

/// Text matched as itself in Apache's regular expressions (PCRE), inside `m#…#`.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()[]{}|^$#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_path_is_matched_as_written() {
        assert_eq!(regex_escape("/sitio.v2/"), "/sitio\\.v2/");
        assert_eq!(regex_escape("/a#b/"), "/a\\#b/");
        assert_eq!(regex_escape("pt-BR"), "pt-BR");
    }
}
