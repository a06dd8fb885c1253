//! A senda built without the `leaflets` feature: no leaflet is made, and the build says so once
//! instead of leaving a writer to wonder where the PDFs went.

use super::{Made, Planned, Typeset};
use crate::diagnostics::{Diagnostic, Result};
use crate::site::Site;

/// No leaflets, and one warning that says why.
pub fn make(site: &Site) -> Result<Made> {
    make_cached(site, &mut Typeset::default())
}

/// No leaflets, and one warning that says why.
pub fn make_cached(_site: &Site, _done: &mut Typeset) -> Result<Made> {
    Ok(Made {
        leaflets: Vec::new(),
        warnings: vec![Diagnostic::general(crate::said!("leaflet-feature-missing")).warning()],
    })
}

/// Nothing is typeset, so no character can be missing from a font.
pub fn missing_glyphs(_site: &Site, _planned: &[Planned]) -> Result<Vec<Diagnostic>> {
    Ok(Vec::new())
}
