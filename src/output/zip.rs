//! A zip of one language's files, to pass on without a connection.

use super::Output;
use crate::diagnostics::{Error, Result};

/// A zip of one language's pages whose links work when opened from a phone's file manager.
pub fn zip(path: String, files: &[Output]) -> Result<Output> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(zip::DateTime::default());
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fail = |e: &dyn std::fmt::Display| Error::Io {
        path: path.clone().into(),
        action: "make-zip",
        source: std::io::Error::other(e.to_string()),
    };
    for file in files {
        writer
            .start_file(file.path.as_str(), options)
            .map_err(|e| fail(&e))?;
        writer.write_all(&file.bytes).map_err(|e| fail(&e))?;
    }
    let bytes = writer.finish().map_err(|e| fail(&e))?.into_inner();
    Ok(Output {
        path,
        bytes: bytes.into(),
    })
}
