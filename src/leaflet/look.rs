//! How a theme's leaflets look (`leaflets.toml` in the theme's folder): the accent colour of
//! covers, headings and posters, and an optional logo printed at the top of each cover.

use std::path::Path;

use serde::Deserialize;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Error, Result};

/// The theme's print settings, checked.
#[derive(Debug, Clone, Hash)]
pub struct Look {
    /// `#00704a`: six hexadecimal digits.
    pub accent: String,
    /// The logo's file name in the typst world (`/logo.svg`) and its bytes.
    pub logo: Option<(String, Vec<u8>)>,
    /// Pictograms beside numbers, addresses and warnings (on unless `icons = false`).
    pub icons: bool,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            accent: "#00704a".into(),
            logo: None,
            icons: true,
        }
    }
}

/// `leaflets.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    /// The accent colour, `#rrggbb`.
    #[serde(default)]
    accent: Option<String>,
    /// A logo file in the theme's folder (SVG or PNG): `logo = "static/logo.svg"`.
    #[serde(default)]
    logo: Option<String>,
    /// Pictograms beside numbers, addresses and warnings: `icons = false` leaves them out.
    #[serde(default)]
    icons: Option<bool>,
}

/// The theme's look; a theme without `leaflets.toml` gets senda's.
pub fn load(config: &Config) -> Result<Look> {
    let file = config.theme_dir.join("leaflets.toml");
    let shown = file
        .strip_prefix(&config.root)
        .unwrap_or(&file)
        .to_path_buf();
    if std::fs::symlink_metadata(&file).is_err() {
        return Ok(Look::default());
    }
    let text = crate::files::read_text(&file, &shown)?;
    let raw: Raw = toml::from_str(&text)
        .map_err(|e| Error::one(crate::toml_error::diagnostic(&shown, &text, 0, &e)))?;
    let mut look = Look::default();
    if let Some(accent) = raw.accent {
        let hex = accent.strip_prefix('#').unwrap_or_default();
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Error::one(Diagnostic::in_file(
                &shown,
                crate::said!("leaflet-accent-colour", accent = &accent),
            )));
        }
        look.accent = accent;
    }
    look.icons = raw.icons.unwrap_or(true);
    if let Some(logo) = raw.logo {
        look.logo = Some(logo_file(&config.theme_dir, &logo, &shown)?);
    }
    Ok(look)
}

fn logo_file(theme: &Path, written: &str, shown: &Path) -> Result<(String, Vec<u8>)> {
    let ext = written
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !matches!(ext.as_str(), "svg" | "png") || written.contains("..") {
        return Err(Error::one(Diagnostic::in_file(
            shown,
            crate::said!("leaflet-logo-kind", written = written),
        )));
    }
    let logo = theme.join(written);
    let logo_shown = shown.parent().unwrap_or(shown).join(written);
    crate::files::plain(&logo, &logo_shown)?;
    let bytes = std::fs::read(&logo).map_err(|_| {
        Error::one(Diagnostic::in_file(
            shown,
            crate::said!("leaflet-logo-missing", written = written),
        ))
    })?;
    Ok((format!("/logo.{ext}"), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(toml: &str, logo: Option<&str>) -> (tempfile::TempDir, Config) {
        let dir = tempfile::tempdir().expect("temp");
        let root = dir.path();
        std::fs::create_dir_all(root.join("themes/default/static")).expect("mkdir");
        std::fs::write(root.join("themes/default/leaflets.toml"), toml).expect("write");
        if let Some(logo) = logo {
            std::fs::write(root.join("themes/default/static").join(logo), "<svg/>").expect("logo");
        }
        std::fs::write(
            root.join("senda.toml"),
            "base_url = \"https://x.test/\"\ndefault_language = \"es\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n",
        )
        .expect("config");
        let config = Config::load(root).expect("config loads");
        (dir, config)
    }

    #[test]
    fn a_theme_names_its_colour_and_logo() {
        let (_dir, config) = site(
            "accent = \"#123abc\"\nlogo = \"static/logo.svg\"\n",
            Some("logo.svg"),
        );
        let look = load(&config).expect("look");
        assert_eq!(look.accent, "#123abc");
        assert_eq!(
            look.logo.map(|(name, _)| name).as_deref(),
            Some("/logo.svg")
        );
    }

    #[test]
    fn a_wrong_colour_or_a_missing_logo_is_said_plainly() {
        let (_dir, config) = site("accent = \"green\"\n", None);
        let message = load(&config)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            message.contains("the accent colour `green` should be #"),
            "{message}"
        );
        let (_dir, config) = site("logo = \"static/none.svg\"\n", None);
        let message = load(&config)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            message.contains("the logo `static/none.svg` is not in the theme's folder"),
            "{message}"
        );
    }
}
