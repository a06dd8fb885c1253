//! A recording made small for speech: decoded (symphonia; Opus with opus-rs), mixed to mono,
//! resampled to 16 kHz, and encoded as Opus at a low bit rate in an Ogg file (opus-rs, ogg), all
//! in pure Rust: nothing for an organisation to install.

use std::io::Cursor;

use ogg::{PacketReader, PacketWriteEndInfo, PacketWriter};
use opus_rs::{Application, OpusDecoder, OpusEncoder};
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::DecoderOptions;
use symphonia::core::errors::Error as AudioError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

use crate::said;
use crate::said::Said;

/// Speech needs no more than 8 kHz of bandwidth: Opus's wideband.
const RATE: u32 = 16_000;
/// 20 ms frames, Opus's usual.
const FRAME: usize = 320;
/// Samples the decoder should drop at the start, in 48 kHz units (the encoder's look-ahead).
const PRE_SKIP: u16 = 312;

/// A recording, encoded.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// The Ogg Opus file.
    pub bytes: Vec<u8>,
    pub seconds: f64,
}

/// Decodes `input` (its file extension says what it is) and encodes it as Ogg Opus at `kbps`.
/// A recording longer than `max_minutes` is refused, from its header when it says, and in any
/// case before more than that much sound is held. A decoder that panics on a broken file is an
/// error about the file, not the end of the build.
pub fn transcode(
    input: &[u8],
    extension: &str,
    kbps: u32,
    max_minutes: u32,
) -> Result<Encoded, Said> {
    let max_seconds = u64::from(max_minutes) * 60;
    let decoded = std::panic::catch_unwind(|| match extension {
        "opus" => decode_opus(input, max_seconds),
        _ => {
            let (samples, rate) = decode(input, extension, max_seconds)?;
            Ok(resample(&samples, rate, RATE))
        }
    });
    let samples = decoded.unwrap_or_else(|panic| {
        Err(said!(
            "recording-header-broken",
            detail = crate::diagnostics::panic_message(panic.as_ref())
        ))
    })?;
    if samples.is_empty() {
        return Err(said!("recording-no-sound"));
    }
    let bytes = encode(&samples, kbps).map_err(failed)?;
    Ok(Encoded {
        bytes,
        seconds: samples.len() as f64 / f64::from(RATE),
    })
}

/// Mono samples and their rate, from any file symphonia reads (WAV, MP3, Ogg Vorbis, M4A, FLAC).
fn decode(input: &[u8], extension: &str, max_seconds: u64) -> Result<(Vec<f32>, u32), Said> {
    let stream = MediaSourceStream::new(Box::new(Cursor::new(input.to_vec())), Default::default());
    let mut hint = Hint::new();
    hint.with_extension(extension);
    let probed = symphonia::default::get_probe()
        .format(
            &hint,
            stream,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|e| said!("recording-not-sound", detail = e.to_string()))?;
    let mut format = probed.format;
    let track = format.default_track().ok_or(said!("recording-no-track"))?;
    let (id, rate) = (track.id, track.codec_params.sample_rate.unwrap_or(RATE));
    check_header(rate, track.codec_params.n_frames, max_seconds)?;
    let max_samples = max_seconds.saturating_mul(u64::from(rate));
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| said!("recording-codec", detail = e.to_string()))?;
    let mut mono = Vec::new();
    loop {
        let packet = match format.next_packet() {
            Ok(packet) => packet,
            Err(AudioError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(said!("recording-truncated", detail = e.to_string())),
        };
        if packet.track_id() != id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(decoded) => decoded,
            Err(AudioError::DecodeError(_)) => continue,
            Err(e) => return Err(said!("recording-undecodable", detail = e.to_string())),
        };
        let spec = *decoded.spec();
        let mut buffer = SampleBuffer::<f32>::new(decoded.capacity() as u64, spec);
        buffer.copy_interleaved_ref(decoded);
        let channels = spec.channels.count().max(1);
        mono.extend(
            buffer
                .samples()
                .chunks(channels)
                .map(|frame| frame.iter().sum::<f32>() / channels as f32),
        );
        if mono.len() as u64 > max_samples {
            return Err(too_long(max_seconds));
        }
    }
    Ok((mono, rate))
}

/// Refuses, before decoding, a sample rate no recorder makes (a broken or hostile header: 1 Hz
/// would make a small file decode to gigabytes) and a length past the limit.
fn check_header(rate: u32, frames: Option<u64>, max_seconds: u64) -> Result<(), Said> {
    if !crate::limits::SAMPLE_RATES.contains(&rate) {
        return Err(said!(
            "recording-sample-rate",
            rate = rate,
            low = crate::limits::SAMPLE_RATES.start().to_string(),
            high = crate::limits::SAMPLE_RATES.end().to_string()
        ));
    }
    match frames {
        Some(frames) if frames / u64::from(rate) > max_seconds => Err(too_long(max_seconds)),
        _ => Ok(()),
    }
}

fn too_long(max_seconds: u64) -> Said {
    said!("recording-too-long", minutes = max_seconds / 60)
}

/// A codec's own words about a recording it could not handle.
fn failed(detail: impl ToString) -> Said {
    said!("recording-failed", detail = detail.to_string())
}

/// An Ogg Opus file's sound, mono at 16 kHz (symphonia has no Opus decoder).
fn decode_opus(input: &[u8], max_seconds: u64) -> Result<Vec<f32>, Said> {
    let mut reader = PacketReader::new(Cursor::new(input));
    let mut decoder = OpusDecoder::new(RATE as i32, 1).map_err(failed)?;
    let mut out = Vec::new();
    let mut frame = vec![0.0f32; RATE as usize * 120 / 1000];
    let mut index = 0;
    while let Some(packet) = reader
        .read_packet()
        .map_err(|e| said!("recording-not-opus", detail = e.to_string()))?
    {
        index += 1;
        // The first two packets are the headers.
        if index <= 2 {
            continue;
        }
        let n = decoder
            .decode(&packet.data, frame.len(), &mut frame)
            .map_err(failed)?;
        out.extend_from_slice(&frame[..n.min(frame.len())]);
        if out.len() as u64 > max_seconds * u64::from(RATE) {
            return Err(too_long(max_seconds));
        }
    }
    Ok(out)
}

/// `samples` at `from` Hz as samples at `to` Hz: each output sample the mean of the input samples
/// it covers when there are fewer of them (which keeps what is above the new limit from folding
/// back as noise), else a straight line between its two neighbours.
fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || samples.is_empty() {
        return samples.to_vec();
    }
    let ratio = f64::from(from) / f64::from(to);
    let count = (samples.len() as f64 / ratio).floor() as usize;
    (0..count)
        .map(|i| {
            let start = i as f64 * ratio;
            if ratio > 1.0 {
                let (a, b) = (
                    start as usize,
                    ((start + ratio) as usize).min(samples.len()),
                );
                let window = &samples[a..b.max(a + 1).min(samples.len())];
                window.iter().sum::<f32>() / window.len().max(1) as f32
            } else {
                let a = start as usize;
                let t = (start - a as f64) as f32;
                let next = samples.get(a + 1).copied().unwrap_or(samples[a]);
                samples[a] * (1.0 - t) + next * t
            }
        })
        .collect()
}

/// Mono 16 kHz samples as an Ogg Opus file (RFC 7845): OpusHead, OpusTags, then one packet per
/// 20 ms frame, granule positions in 48 kHz units.
fn encode(samples: &[f32], kbps: u32) -> Result<Vec<u8>, String> {
    let mut encoder = OpusEncoder::new(RATE as i32, 1, Application::Voip)?;
    encoder.bitrate_bps = (kbps * 1000) as i32;
    let serial = 0x5e4d_a000;
    let mut writer = PacketWriter::new(Vec::new());
    let io = |e: std::io::Error| e.to_string();
    writer
        .write_packet(head(), serial, PacketWriteEndInfo::EndPage, 0)
        .map_err(io)?;
    writer
        .write_packet(tags(), serial, PacketWriteEndInfo::EndPage, 0)
        .map_err(io)?;
    let frames = samples.len().div_ceil(FRAME);
    let mut packet = vec![0u8; 1500];
    let mut frame = [0.0f32; FRAME];
    for (i, chunk) in samples.chunks(FRAME).enumerate() {
        frame.fill(0.0);
        frame[..chunk.len()].copy_from_slice(chunk);
        let n = encoder.encode(&frame, FRAME, &mut packet)?;
        let last = i + 1 == frames;
        // The last granule position is where the sound ends, so players trim the padding.
        let end = if last {
            samples.len() as u64 * 3 + u64::from(PRE_SKIP)
        } else {
            ((i + 1) * FRAME) as u64 * 3 + u64::from(PRE_SKIP)
        };
        let info = if last {
            PacketWriteEndInfo::EndStream
        } else {
            PacketWriteEndInfo::NormalPacket
        };
        writer
            .write_packet(packet[..n].to_vec(), serial, info, end)
            .map_err(io)?;
    }
    Ok(writer.into_inner())
}

/// The identification header: version 1, one channel, pre-skip, input rate, no gain, mapping 0.
fn head() -> Vec<u8> {
    let mut head = b"OpusHead".to_vec();
    head.push(1);
    head.push(1);
    head.extend_from_slice(&PRE_SKIP.to_le_bytes());
    head.extend_from_slice(&RATE.to_le_bytes());
    head.extend_from_slice(&0i16.to_le_bytes());
    head.push(0);
    head
}

/// The comment header: who made it, and no comments.
fn tags() -> Vec<u8> {
    let vendor = b"senda";
    let mut tags = b"OpusTags".to_vec();
    tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
    tags.extend_from_slice(vendor);
    tags.extend_from_slice(&0u32.to_le_bytes());
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WAV file of a tone that rises and falls like a voice, made here: no recording needed.
    pub(crate) fn tone_wav(seconds: f64, rate: u32, channels: u16) -> Vec<u8> {
        let frames = (seconds * f64::from(rate)) as usize;
        let mut data = Vec::with_capacity(frames * 2 * channels as usize);
        for i in 0..frames {
            let t = i as f64 / f64::from(rate);
            let pitch = 180.0 + 60.0 * (t * 3.0).sin();
            let v = ((t * pitch * std::f64::consts::TAU).sin() * 0.4 * 32767.0) as i16;
            for _ in 0..channels {
                data.extend_from_slice(&v.to_le_bytes());
            }
        }
        let mut wav = b"RIFF".to_vec();
        wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16u32.to_le_bytes());
        wav.extend_from_slice(&1u16.to_le_bytes());
        wav.extend_from_slice(&channels.to_le_bytes());
        wav.extend_from_slice(&rate.to_le_bytes());
        wav.extend_from_slice(&(rate * 2 * u32::from(channels)).to_le_bytes());
        wav.extend_from_slice(&(2 * channels).to_le_bytes());
        wav.extend_from_slice(&16u16.to_le_bytes());
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
        wav.extend_from_slice(&data);
        wav
    }

    #[test]
    fn a_stereo_wav_becomes_small_mono_ogg_opus_of_the_same_length() -> Result<(), Said> {
        let wav = tone_wav(5.0, 44_100, 2);
        let encoded = transcode(&wav, "wav", 20, 30)?;
        assert!((encoded.seconds - 5.0).abs() < 0.05, "{}", encoded.seconds);
        assert_eq!(&encoded.bytes[..4], b"OggS");
        assert!(encoded.bytes.windows(8).any(|w| w == b"OpusHead"));
        let kbps = encoded.bytes.len() as f64 * 8.0 / encoded.seconds / 1000.0;
        assert!(kbps < 28.0, "{kbps:.1} kbit/s");
        assert!(
            encoded.bytes.len() < wav.len() / 20,
            "{} bytes",
            encoded.bytes.len()
        );
        // And it reads back: our own Opus files can be published as they are, or re-encoded.
        let again = transcode(&encoded.bytes, "opus", 20, 30)?;
        assert!((again.seconds - 5.0).abs() < 0.1, "{}", again.seconds);
        Ok(())
    }

    /// A header declaring 0 Hz once panicked inside the decoder; 1 Hz made 40 KB decode to
    /// 1.28 GB. Both are refused before decoding.
    #[test]
    fn impossible_sample_rates_are_refused_before_decoding() {
        for rate in [0u32, 1, 2, 7_999, 1_000_000] {
            let mut wav = tone_wav(0.1, 16_000, 1);
            wav[24..28].copy_from_slice(&rate.to_le_bytes());
            let said = transcode(&wav, "wav", 20, 30)
                .err()
                .map(|s| s.to_string())
                .unwrap_or_default();
            assert!(
                said.contains(" a second") || said.contains("header is broken"),
                "{rate} Hz: {said}"
            );
        }
    }

    #[test]
    fn a_recording_past_the_limit_is_refused() {
        let wav = tone_wav(61.0, 8_000, 1);
        let said = transcode(&wav, "wav", 20, 1)
            .err()
            .map(|s| s.to_string())
            .unwrap_or_default();
        assert!(said.contains("it is longer than 1 minutes"), "{said}");
    }

    #[test]
    fn what_is_not_sound_is_said_plainly() {
        let said = transcode(b"not a sound", "mp3", 20, 30)
            .err()
            .map(|s| s.to_string())
            .unwrap_or_default();
        assert!(
            said.starts_with(
                "this recording cannot be published: it is not a sound file senda can read"
            ),
            "{said}"
        );
    }
}
