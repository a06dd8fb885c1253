//! `host = "…"`: the web host that serves the site, which decides the hosts' own files a build
//! writes beside it (`_headers`, `.htaccess`).

use toml::Spanned;

use super::Located;
use crate::diagnostics::Problems;

/// The web host that serves the site: which of the hosts' own files a build writes beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// Not said: `_headers` and `.htaccess` both, so that whichever host it lands on reads one.
    Any,
    Github,
    Gitlab,
    Netlify,
    Cloudflare,
    Apache,
}

impl Host {
    /// The hosts `host = "…"` and `senda init --host` take, by name.
    pub const ALL: [Host; 5] = [
        Host::Github,
        Host::Gitlab,
        Host::Netlify,
        Host::Cloudflare,
        Host::Apache,
    ];

    /// The name written in `senda.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Host::Any => "any",
            Host::Github => "github",
            Host::Gitlab => "gitlab",
            Host::Netlify => "netlify",
            Host::Cloudflare => "cloudflare",
            Host::Apache => "apache",
        }
    }

    /// The host of this name, if senda knows it.
    pub fn named(name: &str) -> Option<Host> {
        Host::ALL.into_iter().find(|h| h.name() == name)
    }

    /// Whether the host reads `_headers` (Netlify, Cloudflare Pages).
    pub fn reads_headers_file(self) -> bool {
        matches!(self, Host::Any | Host::Netlify | Host::Cloudflare)
    }

    /// Whether the host reads `.htaccess` (Apache).
    pub fn reads_htaccess(self) -> bool {
        matches!(self, Host::Any | Host::Apache)
    }
}

/// `host = "…"`: one senda knows, or the list of those it does.
pub(super) fn host(raw: Option<&Spanned<String>>, file: &Located, problems: &mut Problems) -> Host {
    let Some(name) = raw else {
        return Host::Any;
    };
    Host::named(name.get_ref()).unwrap_or_else(|| {
        let known: Vec<&str> = Host::ALL.iter().map(|h| h.name()).collect();
        problems.push(file.at(
            name,
            crate::said!(
                "config-host-unknown",
                host = name.get_ref(),
                known = known.join(", ")
            ),
        ));
        Host::Any
    })
}
