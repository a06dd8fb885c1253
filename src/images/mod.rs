//! Images checked and fitted before they are published. Every image is held within
//! `[limits] image_megapixels`, read from its header before anything is decoded, and every SVG is
//! checked ([`crate::svg`]). A photo over the image budget (several megabytes, straight from a
//! phone) is scaled down and encoded again until it fits, so that no reader pays for pixels a
//! phone's screen cannot show: in its own format, or as JPEG when a PNG or GIF has nothing
//! transparent; an animated GIF gives a still of its first frame. Each image is fitted once: the result is kept
//! beside the site (`.senda-cache/images/`) by the hash of the original, the budget and the pixel limit.

use std::io::Cursor;
use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, imageops};

use crate::diagnostics::Diagnostic;

mod gif;
mod kept;

pub use kept::Fitted;

/// The longest sides tried, largest first: wide enough for any phone, then smaller.
const SIDES: [u32; 6] = [1280, 1024, 800, 640, 480, 320];
/// JPEG qualities tried at each size.
const QUALITIES: [u8; 3] = [80, 65, 50];

/// Raster images, whose headers declare their size; a browser decodes them whole, so they are
/// held within the limit whether senda fits them or not.
const RASTER: [&str; 8] = ["png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico"];

/// The problems that keep the image at `file` (shown as `shown`) from being published: more
/// than `megapixels` million pixels by its header, or an SVG that is not safe. Nothing is decoded.
pub fn check(file: &Path, shown: &Path, megapixels: u32) -> Vec<Diagnostic> {
    let name = file.to_string_lossy();
    if crate::svg::is_svg(&name) {
        return match std::fs::read(file) {
            Ok(bytes) => crate::svg::check(shown, &bytes),
            Err(e) => vec![Diagnostic::in_file(
                shown,
                crate::said!("image-unreadable", reason = e.to_string()),
            )],
        };
    }
    let ext = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !RASTER.contains(&ext.as_str()) {
        return Vec::new();
    }
    // A header no reader understands is published as it is, as before; the decoder's own
    // limits still hold if senda fits it.
    let Ok(size) = imagesize::size(file) else {
        return Vec::new();
    };
    too_many_pixels(shown, (size.width as u64, size.height as u64), megapixels)
        .into_iter()
        .collect()
}

/// The error for an image of `width`×`height` pixels over `megapixels` million, if it is.
fn too_many_pixels(
    shown: &Path,
    (width, height): (u64, u64),
    megapixels: u32,
) -> Option<Diagnostic> {
    let pixels = width.saturating_mul(height);
    if pixels <= max_pixels(megapixels) {
        return None;
    }
    let millions = format!("{:.1}", pixels as f64 / 1e6);
    let millions = millions.strip_suffix(".0").unwrap_or(&millions);
    Some(Diagnostic::in_file(
        shown,
        crate::said!(
            "image-too-many-pixels",
            width = width.to_string(),
            height = height.to_string(),
            millions = millions,
            megapixels = megapixels
        ),
    ))
}

/// `[limits] image_megapixels` in pixels.
fn max_pixels(megapixels: u32) -> u64 {
    u64::from(megapixels) * 1_000_000
}

/// The formats senda fits; others (SVG, WebP, AVIF) are published as they are.
fn format_of(path: &str) -> Option<ImageFormat> {
    let ext = path.rsplit('.').next()?.to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
        "png" => Some(ImageFormat::Png),
        "gif" => Some(ImageFormat::Gif),
        _ => None,
    }
}

/// Whether senda makes a smaller copy of an image at `path` when it is over the budget.
pub fn fits(path: &str) -> bool {
    format_of(path).is_some()
}

/// A smaller copy of an image, published in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub bytes: Vec<u8>,
    /// The copy's format when it is not the file's: `jpg` for a photo saved as PNG (or a GIF's
    /// opaque frame), `png` for a GIF's frame with transparent parts.
    pub ext: Option<&'static str>,
    /// The copy is the first frame of an animation, which is published too, behind a link.
    pub still: bool,
}

/// A smaller copy of the image at `path` (its bytes), within `budget` bytes if any size tried
/// fits; `None` when it is already within the budget, is not a format senda fits, cannot be
/// read within `megapixels` million pixels, or no copy would be smaller. A PNG or GIF without
/// transparent parts may become JPEG, which holds a photo in a tenth of the bytes; an animated
/// GIF gives its first frame.
pub fn fit(path: &str, bytes: &[u8], budget: usize, megapixels: u32) -> Option<Fit> {
    if bytes.len() <= budget {
        return None;
    }
    let format = format_of(path)?;
    let (image, still) = match format {
        ImageFormat::Gif => gif::first_frame(bytes, limits(megapixels))?,
        _ => (decode(bytes, format, megapixels)?, false),
    };
    let source = reduced(image);
    let opaque = format == ImageFormat::Jpeg || is_opaque(&source);
    let mut best: Option<(Vec<u8>, ImageFormat)> = None;
    'sides: for side in SIDES {
        let scaled = scaled(&source, side);
        for (encoded, made) in encodings(&scaled, format, opaque) {
            let fitted = encoded.len() <= budget;
            if best.as_ref().is_none_or(|(b, _)| encoded.len() < b.len()) || fitted {
                best = Some((encoded, made));
            }
            if fitted {
                break 'sides;
            }
        }
    }
    let (bytes_out, made) = best.filter(|(b, _)| b.len() < bytes.len() || still)?;
    let ext = match (format, made) {
        (from, to) if from == to => None,
        (_, ImageFormat::Jpeg) => Some("jpg"),
        _ => Some("png"),
    };
    Some(Fit {
        bytes: bytes_out,
        ext,
        still,
    })
}

/// Whether no pixel of the image lets what is behind it show through.
fn is_opaque(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return true;
    }
    match image.as_rgba8() {
        Some(rgba) => rgba.pixels().all(|p| p[3] == u8::MAX),
        None => image.to_rgba8().pixels().all(|p| p[3] == u8::MAX),
    }
}

/// The decoder's limits for `megapixels` million pixels: each side, and the memory they take.
fn limits(megapixels: u32) -> image::Limits {
    let pixels = max_pixels(megapixels);
    let side = u32::try_from(pixels).unwrap_or(u32::MAX);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    // Eight bytes a pixel: 16-bit RGBA, the widest PNG or JPEG decodes to.
    limits.max_alloc = Some(pixels.saturating_mul(8));
    limits
}

/// The image decoded, held to `megapixels` million pixels as the decoder reads the header, and
/// to the memory they take (a second guard after [`check`], should two readers disagree).
fn decode(bytes: &[u8], format: ImageFormat, megapixels: u32) -> Option<DynamicImage> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits(megapixels));
    let decoder = reader.into_decoder().ok()?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > max_pixels(megapixels) {
        return None;
    }
    DynamicImage::from_decoder(decoder).ok()
}

/// A very large image reduced by averaging to twice the largest side tried, and the full image
/// let go: resampling it whole for each size would take a copy of it in floating point each time.
fn reduced(image: DynamicImage) -> DynamicImage {
    let twice = SIDES[0] * 2;
    if image.width().max(image.height()) <= twice {
        return image;
    }
    image.thumbnail(twice, twice)
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

/// The copies tried at one size, one at a time as they are asked for: a JPEG stays JPEG at each
/// quality tried; a PNG or a GIF's frame is tried as PNG at its best compression, then as JPEG
/// when nothing in it is transparent, or else as a PNG of 256 colours.
fn encodings(
    image: &DynamicImage,
    format: ImageFormat,
    opaque: bool,
) -> Box<dyn Iterator<Item = (Vec<u8>, ImageFormat)> + '_> {
    let jpegs = move || {
        let rgb = image.to_rgb8();
        QUALITIES.iter().filter_map(move |&q| {
            let mut out = Vec::new();
            rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, q))
                .ok()?;
            Some((out, ImageFormat::Jpeg))
        })
    };
    if format == ImageFormat::Jpeg {
        return Box::new(jpegs());
    }
    let png = std::iter::once_with(move || {
        let mut out = Cursor::new(Vec::new());
        let encoder =
            PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive);
        image.write_with_encoder(encoder).ok()?;
        Some((out.into_inner(), ImageFormat::Png))
    })
    .flatten();
    let jpegs = opaque.then(jpegs).into_iter().flatten();
    // With transparent parts, 256 colours and their transparency: a quarter of the bytes.
    let palette = std::iter::once_with(move || (!opaque).then(|| palette_png(image)).flatten())
        .flatten()
        .map(|p| (p, ImageFormat::Png));
    Box::new(png.chain(jpegs).chain(palette))
}

/// The image as a PNG of 256 colours, each with its transparency, chosen for this image.
fn palette_png(image: &DynamicImage) -> Option<Vec<u8>> {
    let rgba = image.to_rgba8();
    let quant = color_quant::NeuQuant::new(10, 256, rgba.as_raw());
    let indices: Vec<u8> = (rgba.pixels())
        .map(|p| u8::try_from(quant.index_of(&p.0)).unwrap_or(u8::MAX))
        .collect();
    let map = quant.color_map_rgba();
    let palette: Vec<u8> = map.chunks(4).flat_map(|c| c[..3].to_vec()).collect();
    let transparency: Vec<u8> = map.chunks(4).map(|c| c[3]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, rgba.width(), rgba.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette);
    encoder.set_trns(transparency);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&indices).ok()?;
    writer.finish().ok()?;
    Some(out)
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
        let fitted = fit("img/foto.jpg", &big, budget, 40).map_or_else(Vec::new, |f| f.bytes);
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
            fit("img/foto.jpg", &fitted, budget, 40),
            None,
            "within budget: left alone"
        );
        assert_eq!(
            fit("img/foto.jpg", &big, budget, 40).map(|f| f.ext),
            Some(None)
        );
        assert_eq!(
            fit("img/mapa.svg", &big, budget, 40),
            None,
            "not a format senda fits"
        );
    }

    /// Noise as an RGBA image, opaque or with a transparent band at the top.
    fn noise(w: u32, h: u32, transparent: bool) -> image::RgbaImage {
        let mut seed = 3u32;
        image::RgbaImage::from_fn(w, h, |x, y| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let alpha = if transparent && y < h / 4 { 0 } else { 255 };
            image::Rgba([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8, alpha])
        })
    }

    fn png(image: image::RgbaImage) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let written = DynamicImage::from(image).write_to(&mut out, ImageFormat::Png);
        written.map(|_| out.into_inner()).unwrap_or_default()
    }

    #[test]
    fn a_photo_saved_as_png_becomes_a_jpeg_within_the_budget() {
        let budget = 30 * 1024;
        // An RGBA PNG whose every pixel is opaque: a screenshot as phones save them.
        let photo = png(noise(1080, 2130, false));
        let fitted = fit("pantalla.png", &photo, budget, 40).expect("a smaller copy");
        assert_eq!(fitted.ext, Some("jpg"));
        assert!(!fitted.still);
        assert!(fitted.bytes.len() <= budget, "{} bytes", fitted.bytes.len());
        let back = image::load_from_memory_with_format(&fitted.bytes, ImageFormat::Jpeg);
        let (w, h) = back.map(|i| (i.width(), i.height())).unwrap_or_default();
        assert!(h > 240, "{w}x{h}: larger than PNG could have kept it");
    }

    #[test]
    fn an_image_with_transparent_parts_stays_png() {
        let budget = 30 * 1024;
        let badge = png(noise(600, 600, true));
        let fitted = fit("badge.png", &badge, budget, 40).expect("a smaller copy");
        assert_eq!(fitted.ext, None, "still a PNG");
        let back = image::load_from_memory_with_format(&fitted.bytes, ImageFormat::Png);
        assert!(back.is_ok_and(|i| i.color().has_alpha()));
    }

    #[test]
    fn a_drawing_with_transparent_parts_gets_256_colours_to_fit() {
        let budget = 30 * 1024;
        // A badge: smooth colours with a little grain, on a transparent ground.
        let mut seed = 5u32;
        let badge = image::RgbaImage::from_fn(600, 600, |x, y| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let grain = (seed >> 29) as u8;
            let (dx, dy) = (x as i64 - 300, y as i64 - 300);
            let alpha = if dx * dx + dy * dy < 280 * 280 {
                255
            } else {
                0
            };
            image::Rgba([
                (x / 3) as u8 + grain,
                (y / 3) as u8 + grain,
                120 + grain,
                alpha,
            ])
        });
        let badge = png(badge);
        assert!(badge.len() > budget, "{} bytes", badge.len());
        let fitted = fit("insignia.png", &badge, budget, 40).expect("a smaller copy");
        assert_eq!(fitted.ext, None);
        assert!(fitted.bytes.len() <= budget, "{} bytes", fitted.bytes.len());
        let back = image::load_from_memory_with_format(&fitted.bytes, ImageFormat::Png);
        let back = back.map(|i| i.to_rgba8()).unwrap_or_default();
        assert_eq!(back.get_pixel(0, 0)[3], 0, "the ground stays transparent");
    }

    /// A GIF of `frames` frames of noise, `w`×`h`.
    fn gif(w: u32, h: u32, frames: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = image::codecs::gif::GifEncoder::new(&mut out);
            for n in 0..frames {
                let mut frame = noise(w, h, false);
                frame.put_pixel(n % w, 0, image::Rgba([0, 0, 0, 255]));
                let _ = encoder.encode_frame(image::Frame::new(frame));
            }
        }
        out
    }

    #[test]
    fn an_animation_over_the_budget_gives_a_still_of_its_first_frame() {
        let budget = 30 * 1024;
        let moving = gif(400, 300, 2);
        assert!(moving.len() > budget, "{} bytes", moving.len());
        let still = fit("anim.gif", &moving, budget, 40).expect("a still");
        assert!(still.still);
        assert_eq!(still.ext, Some("jpg"), "nothing in it is transparent");
        assert!(still.bytes.len() <= budget, "{} bytes", still.bytes.len());
        let one = fit("foto.gif", &gif(400, 300, 1), budget, 40).expect("a smaller copy");
        assert!(!one.still, "one frame: no animation to link to");
        assert_eq!(
            fit("anim.gif", &moving, budget, 0),
            None,
            "over the pixel limit"
        );
        assert_eq!(fit("anim.gif", b"GIF89a not a gif", 1, 40), None);
    }

    /// A PNG's signature and header declaring `w`×`h` pixels, and nothing else.
    fn header_only_png(w: u32, h: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(w.to_be_bytes());
        png.extend(h.to_be_bytes());
        png.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        png
    }

    #[test]
    fn an_image_over_the_pixel_limit_is_refused_by_its_header_alone() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("x.png");
        std::fs::write(&file, header_only_png(50_000, 50_000)).expect("written");
        let shown = Path::new("content/es/img/x.png");
        let found = check(&file, shown, 40);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].to_string(),
            "error: content/es/img/x.png: this image is 50000×50000 pixels (2500 megapixels), over the limit of 40 megapixels: export it smaller, at most 40 megapixels, or raise `[limits] image_megapixels` in senda.toml"
        );
        assert!(
            check(&file, shown, 2500).is_empty(),
            "within a raised limit"
        );
        std::fs::write(&file, header_only_png(6_400, 6_251)).expect("written");
        let found = check(&file, shown, 40);
        assert!(
            found[0].message.contains("(40 megapixels), over the limit"),
            "{found:#?}"
        );
        std::fs::write(&file, header_only_png(6_400, 6_250)).expect("written");
        assert!(check(&file, shown, 40).is_empty(), "exactly at the limit");
    }

    #[test]
    fn the_decoder_is_held_to_the_pixel_limit_as_well() {
        let big = photo(1500, 1000);
        let budget = 30 * 1024;
        assert_eq!(
            fit("img/foto.jpg", &big, budget, 1),
            None,
            "1.5 megapixels over 1"
        );
        assert!(fit("img/foto.jpg", &big, budget, 2).is_some());
    }

    #[test]
    fn a_very_large_image_is_first_reduced_in_its_proportions() {
        let wide = DynamicImage::from(image::RgbImage::new(3000, 300));
        let small = reduced(wide);
        assert_eq!((small.width(), small.height()), (2560, 256));
        let fits = reduced(DynamicImage::from(image::RgbImage::new(2000, 300)));
        assert_eq!((fits.width(), fits.height()), (2000, 300), "left as it is");
    }
}
