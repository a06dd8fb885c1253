//! Turning rendered pages into files, one job a file: minified HTML (`minify`), the sitemap with
//! hreflang alternates (`sitemap`), the theme's static files and the content's own files
//! (`files`), text versions (`text`), `.gz`/`.br` copies (`compress`) and zips (`zip`). Nothing
//! here touches the output folder.

use std::sync::Arc;

use crate::diagnostics::Result;

/// One file of the built site: its path below the output folder (with `/`) and its bytes,
/// shared: `serve` keeps unchanged pages from one rebuild to the next without copying them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub path: String,
    pub bytes: Bytes,
}

/// A file's bytes, shared rather than copied.
pub type Bytes = Arc<Vec<u8>>;

/// Where a build's files go as they are made: kept in memory (`serve`, `check`) or staged for
/// the output folder ([`crate::write::Transaction`]), so that a large site need not be held whole.
pub trait Sink {
    fn put(&mut self, outputs: Vec<Output>) -> Result<()>;
}

impl Sink for Vec<Output> {
    fn put(&mut self, outputs: Vec<Output>) -> Result<()> {
        self.extend(outputs);
        Ok(())
    }
}

mod compress;
mod files;
mod minify;
mod sitemap;
#[cfg(test)]
mod tests;
mod text;
mod zip;

pub use compress::{
    Compressed, compressed_in, content_key, gzip, gzip_size, is_compressible, precompress,
    texts_compressed,
};
pub use files::files;
pub use minify::{documents, minify, pages};
pub use sitemap::{sitemap, sitemap_key};
pub use text::texts;
pub use zip::zip;
