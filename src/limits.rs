//! `[limits]`: how much of each input senda takes. Whatever a file holds, however it was made,
//! one file costs at most a few hundred MB of memory and about a minute; an input past a limit is
//! a located error that names the limit and how to raise it, never a machine brought down.

use serde::Deserialize;

/// `[limits]` in `senda.toml`. The defaults fit the largest real sites senda was tried on; a site
/// that needs more raises one here, knowing what it costs.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Characters in one text field of a service (a description, hours, an address).
    pub service_text_chars: usize,
    /// Services listed on one directory page or one printed sheet; more are spread over further
    /// pages and sheets.
    pub services_per_page: usize,
    /// Services in one place, in all.
    pub services_per_place: usize,
    /// Minutes of one recording, read from its header before it is decoded.
    pub recording_minutes: u32,
    /// Pixels of one image, in millions, read from its header before it is decoded.
    pub image_megapixels: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            service_text_chars: 2_000,
            services_per_page: 40,
            services_per_place: 400,
            recording_minutes: 30,
            image_megapixels: 40,
        }
    }
}

/// Images decoded at once, whatever the number of cores: a 40-megapixel image takes 160 MB
/// decoded, and fitting it about as much again.
pub const IMAGES_AT_ONCE: usize = 2;

/// Sample rates a recording may declare, in Hz: below 8 kHz no speech is clear, and no recorder
/// makes more than 384 kHz. A rate outside them is a broken or hostile header.
pub const SAMPLE_RATES: std::ops::RangeInclusive<u32> = 8_000..=384_000;
