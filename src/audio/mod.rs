//! Recordings of pages, for readers who listen: an audio file beside a page
//! (`content/quc/ninos-solos.mp3`) is its recording in that language. It is made small for speech
//! once ([`transcode`]) and kept in `.senda-cache/audio/` by the hash of the file and the bit rate,
//! so that a build does not encode it again.

#[cfg(feature = "audio")]
mod transcode;
#[cfg(not(feature = "audio"))]
mod without;

use std::path::{Path, PathBuf};
use std::sync::Arc;

#[cfg(feature = "audio")]
pub use transcode::{Encoded, transcode};
#[cfg(not(feature = "audio"))]
pub use without::{Encoded, transcode};

/// The file names a recording may have, by extension.
pub const EXTENSIONS: [&str; 6] = ["mp3", "ogg", "opus", "m4a", "wav", "flac"];

/// Whether a file in a language folder is a recording (by its extension).
pub fn is_recording(rel: &str) -> bool {
    rel.rsplit_once('.')
        .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// A page's recording, ready to publish.
#[derive(Debug, Clone)]
pub struct Recording {
    /// The file it was made from, as the writer knows it (`content/quc/ninos-solos.mp3`).
    pub shown: PathBuf,
    /// The Ogg Opus file.
    pub bytes: Arc<Vec<u8>>,
    pub seconds: f64,
}

/// Encoded recordings kept between builds, by the hash of what they were made from.
pub struct Kept {
    folder: PathBuf,
}

impl Kept {
    pub fn in_folder(folder: PathBuf) -> Kept {
        Kept { folder }
    }

    /// The recording of `file` at `kbps`, from the folder or encoded now (and kept).
    pub fn recording(
        &self,
        file: &Path,
        shown: &Path,
        kbps: u32,
        max_minutes: u32,
    ) -> Result<Recording, crate::said::Said> {
        let input = std::fs::read(file).map_err(|e| {
            // Without the codecs, saving the file again would not help.
            let fix = if cfg!(feature = "audio") { "yes" } else { "no" };
            crate::said!("recording-unreadable", reason = e.to_string(), fix = fix)
        })?;
        let name = {
            use std::hash::Hasher;
            let mut key = crate::digest::Key::new("recording");
            key.write(&input);
            key.write(&kbps.to_le_bytes());
            key.hex()
        };
        let kept = self.folder.join(format!("{name}.opus"));
        let seconds_file = self.folder.join(format!("{name}.seconds"));
        if let (Ok(bytes), Some(seconds)) = (
            std::fs::read(&kept),
            std::fs::read_to_string(&seconds_file)
                .ok()
                .and_then(|s| s.trim().parse().ok()),
        ) {
            return Ok(Recording {
                shown: shown.to_path_buf(),
                bytes: Arc::new(bytes),
                seconds,
            });
        }
        let extension = file
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let encoded = transcode(&input, &extension, kbps, max_minutes)?;
        // Only a cache: a recording that cannot be kept is encoded again next time.
        if std::fs::create_dir_all(&self.folder).is_ok() {
            let _ = std::fs::write(&kept, &encoded.bytes);
            let _ = std::fs::write(&seconds_file, encoded.seconds.to_string());
        }
        Ok(Recording {
            shown: shown.to_path_buf(),
            bytes: Arc::new(encoded.bytes),
            seconds: encoded.seconds,
        })
    }
}

/// "2 min", "45 s": how long a recording is, for its label.
pub fn duration_label(seconds: f64) -> String {
    if seconds < 60.0 {
        format!("{} s", seconds.round() as u64)
    } else {
        format!("{} min", (seconds / 60.0).round() as u64)
    }
}
