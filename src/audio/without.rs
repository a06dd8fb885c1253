//! A senda built without the `audio` feature: recordings already encoded in `.senda-cache/audio/`
//! are still published, and a new one is refused with a message that says why.

/// A recording, encoded.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// The Ogg Opus file.
    pub bytes: Vec<u8>,
    pub seconds: f64,
}

/// Never encodes: this senda has no audio codecs, and says so.
pub fn transcode(
    _input: &[u8],
    _extension: &str,
    _kbps: u32,
    _max_minutes: u32,
) -> Result<Encoded, crate::said::Said> {
    Err(crate::said!("recording-feature-missing"))
}
