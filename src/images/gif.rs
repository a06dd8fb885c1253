//! The first frame of a GIF, and whether another follows: an animation's still.

use std::io::Cursor;

use image::codecs::gif::GifDecoder;
use image::{AnimationDecoder, DynamicImage, ImageDecoder};

/// The GIF's first frame, held to `limits` as it is read, and whether it is an animation (a
/// second frame follows). `None` for a GIF that cannot be read within them.
pub(super) fn first_frame(bytes: &[u8], limits: image::Limits) -> Option<(DynamicImage, bool)> {
    let mut decoder = GifDecoder::new(Cursor::new(bytes)).ok()?;
    let (width, height) = decoder.dimensions();
    let side = limits.max_image_width.unwrap_or(u32::MAX);
    let pixels = u64::from(side).min(limits.max_alloc.unwrap_or(u64::MAX) / 8);
    if u64::from(width) * u64::from(height) > pixels {
        return None;
    }
    decoder.set_limits(limits).ok()?;
    let mut frames = decoder.into_frames();
    let first = frames.next()?.ok()?;
    let moving = frames.next().is_some_and(|f| f.is_ok());
    Some((DynamicImage::from(first.into_buffer()), moving))
}
