//! The tables of `senda.toml` that are settings with defaults: `[budgets]`, `[outputs]`,
//! `[check]`, `[markdown]`, `[safety]`.

use serde::Deserialize;
use toml::Spanned;

/// `[safety]`: the quick-exit link on sensitive pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Safety {
    /// Where the quick-exit link goes: a neutral site that draws no attention.
    pub quick_exit_url: String,
    /// Show the quick-exit link on every page, not only on pages marked `sensitive = true`.
    pub quick_exit_everywhere: bool,
}

impl Default for Safety {
    fn default() -> Self {
        Safety {
            quick_exit_url: "https://www.wikipedia.org/".to_string(),
            quick_exit_everywhere: false,
        }
    }
}

/// `[markdown]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MarkdownSettings {
    /// `sanitize` (default): raw HTML in pages is cleaned to a safe allow-list. `allow`: passed
    /// through as written; only for sites whose every writer is trusted.
    #[serde(default)]
    pub(super) raw_html: Option<Spanned<String>>,
}

/// `[check]`: limits for the plain-language check.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckSettings {
    /// Sentences longer than this many words are reported; without it, the `audience` says
    /// (25 for families, the default).
    pub sentence_words: Option<usize>,
    /// A page whose newest source is older than this many years is reported (default 5).
    pub source_years: u16,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings {
            sentence_words: None,
            source_years: 5,
        }
    }
}

/// `[budgets]`: what each reader pays for, in kilobytes (1 KB = 1,024 bytes).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Budgets {
    /// Each HTML page after gzip, inline CSS included: 14 KB fits the first round trip.
    pub page_kb: f64,
    /// Each image file.
    pub image_kb: f64,
    /// The bit rate recordings are encoded at, in kbit/s: 16 to 24 is clear speech.
    pub audio_kbps: u32,
    /// Each page's recording, after encoding.
    pub audio_kb: f64,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            page_kb: 14.0,
            image_kb: 30.0,
            audio_kbps: 20,
            // About eight minutes of speech at 20 kbit/s.
            audio_kb: 1200.0,
        }
    }
}

/// `[outputs]`: the files made beside the pages. All but `press` on by default.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Outputs {
    /// `<lang>/offline.html` and `<lang>/<name>-<lang>.zip`, to pass on without a connection.
    pub offline: bool,
    /// `.gz` and `.br` beside every HTML, CSS, XML and text file.
    pub precompress: bool,
    /// Printable PDF leaflets of the pages that ask for them, and a language card per language.
    pub leaflets: bool,
    /// For a print shop, beside each trifold, booklet and poster: the same sheets with 3 mm of
    /// bleed and a trim box, without the marks an office printer needs (`…-press.pdf`). Off by
    /// default: most shelters print in the office.
    pub press: bool,
}

impl Default for Outputs {
    fn default() -> Self {
        Outputs {
            offline: true,
            precompress: true,
            leaflets: true,
            press: false,
        }
    }
}
