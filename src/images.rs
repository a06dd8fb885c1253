//! Images fitted to the image budget: a photo straight from a phone (several megabytes) is
//! scaled down and encoded again, in its own format, until it fits, so that no reader pays for
//! pixels a phone's screen cannot show. Each image is fitted once: the result is kept beside the
//! site (`.senda-cache/images/`) by the hash of the original and the budget.

use std::io::Cursor;
use std::path::PathBuf;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ImageFormat, imageops};

/// The longest sides tried, largest first: wide enough for any phone, then smaller.
const SIDES: [u32; 6] = [1280, 1024, 800, 640, 480, 320];
/// JPEG qualities tried at each size.
const QUALITIES: [u8; 3] = [80, 65, 50];

/// The formats senda fits; others (SVG, GIF, WebP) are published as they are.
fn format_of(path: &str) -> Option<ImageFormat> {
    let ext = path.rsplit('.').next()?.to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
        "png" => Some(ImageFormat::Png),
        _ => None,
    }
}

/// A smaller copy of the image at `path` (its bytes), within `budget` bytes if any size tried
/// fits; `None` when it is already within the budget, is not a format senda fits, cannot be
/// read, or no copy would be smaller.
pub fn fit(path: &str, bytes: &[u8], budget: usize) -> Option<Vec<u8>> {
    if bytes.len() <= budget {
        return None;
    }
    let format = format_of(path)?;
    let image = image::load_from_memory_with_format(bytes, format).ok()?;
    let mut best: Option<Vec<u8>> = None;
    for side in SIDES {
        let scaled = scaled(&image, side);
        for encoded in encodings(&scaled, format) {
            if encoded.len() <= budget {
                return Some(encoded);
            }
            if best.as_ref().is_none_or(|b| encoded.len() < b.len()) {
                best = Some(encoded);
            }
        }
    }
    best.filter(|b| b.len() < bytes.len())
}

/// The image with its longest side at most `side` pixels.
fn scaled(image: &DynamicImage, side: u32) -> DynamicImage {
    let (w, h) = (image.width(), image.height());
    if w.max(h) <= side {
        return image.clone();
    }
    let (nw, nh) = if w >= h {
        (side, (h as u64 * side as u64 / w as u64).max(1) as u32)
    } else {
        ((w as u64 * side as u64 / h as u64).max(1) as u32, side)
    };
    DynamicImage::from(imageops::resize(
        image,
        nw,
        nh,
        imageops::FilterType::Triangle,
    ))
}

/// The image encoded in its format: JPEG at each quality tried, PNG at its best compression.
fn encodings(image: &DynamicImage, format: ImageFormat) -> Vec<Vec<u8>> {
    match format {
        ImageFormat::Jpeg => QUALITIES
            .iter()
            .filter_map(|&q| {
                let mut out = Vec::new();
                let rgb = image.to_rgb8();
                rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, q))
                    .ok()?;
                Some(out)
            })
            .collect(),
        _ => {
            let mut out = Cursor::new(Vec::new());
            let encoder =
                PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive);
            image
                .write_with_encoder(encoder)
                .ok()
                .map(|_| vec![out.into_inner()])
                .unwrap_or_default()
        }
    }
}

/// Fitted images kept between builds, by the hash of the original and the budget.
#[derive(Debug, Clone, Default)]
pub struct Fitted {
    folder: Option<PathBuf>,
}

impl Fitted {
    /// Fitted images kept in `folder` (a cache: it only ever gains files).
    pub fn in_folder(folder: PathBuf) -> Fitted {
        Fitted {
            folder: Some(folder),
        }
    }

    /// [`fit`], taking the result from the folder when this image was fitted before.
    pub fn fit(&self, path: &str, bytes: &[u8], budget: usize) -> Option<Vec<u8>> {
        if bytes.len() <= budget || format_of(path).is_none() {
            return None;
        }
        let key = {
            use sha2::{Digest, Sha256};
            let hash = Sha256::new()
                .chain_update(bytes)
                .chain_update(budget.to_le_bytes())
                .finalize();
            hash.iter()
                .take(12)
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        let ext = path
            .rsplit('.')
            .next()
            .unwrap_or("img")
            .to_ascii_lowercase();
        let file = self.folder.as_ref().map(|f| f.join(format!("{key}.{ext}")));
        if let Some(kept) = file.as_ref().and_then(|f| std::fs::read(f).ok()) {
            return Some(kept);
        }
        let fitted = fit(path, bytes, budget)?;
        if let Some(file) = file {
            // Only a cache: an image that cannot be kept is fitted again next time.
            let _ = file.parent().map(std::fs::create_dir_all);
            let _ = std::fs::write(file, &fitted);
        }
        Some(fitted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(w: u32, h: u32) -> Vec<u8> {
        // Noise compresses badly: the hardest case for a budget.
        let mut seed = 7u32;
        let image = image::RgbImage::from_fn(w, h, |x, y| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            image::Rgb([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8])
        });
        let mut out = Vec::new();
        DynamicImage::from(image)
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 95))
            .map(|_| out)
            .unwrap_or_default()
    }

    #[test]
    fn a_large_photo_is_fitted_to_the_budget_in_its_own_format() {
        let big = photo(1500, 1000);
        let budget = 30 * 1024;
        assert!(big.len() > budget);
        let fitted = fit("img/foto.jpg", &big, budget).unwrap_or_default();
        assert!(
            !fitted.is_empty() && fitted.len() <= budget,
            "{} bytes",
            fitted.len()
        );
        let back = image::load_from_memory_with_format(&fitted, ImageFormat::Jpeg);
        let (w, h) = back.map(|i| (i.width(), i.height())).unwrap_or_default();
        let ratio = f64::from(w) / f64::from(h.max(1));
        assert!(
            w <= 1280 && (ratio - 1.5).abs() < 0.01,
            "{w}x{h}: same proportions"
        );
        assert_eq!(
            fit("img/foto.jpg", &fitted, budget),
            None,
            "within budget: left alone"
        );
        assert_eq!(
            fit("img/mapa.svg", &big, budget),
            None,
            "not a format senda fits"
        );
    }
}
