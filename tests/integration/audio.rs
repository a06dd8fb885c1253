//! Recordings of pages, for readers who listen: an audio file beside a page is encoded small
//! (Ogg Opus, mono, low bit rate), offered on the page with its length and size and a download
//! link, and carried in the language's zip, never in the single offline file.

use crate::support::Fixture;

/// A WAV file of a tone that rises and falls like a voice, made here: no recording is needed,
/// and no synthetic voice is ever passed off as a language's recording.
pub fn tone_wav(seconds: f64, rate: u32) -> Vec<u8> {
    let frames = (seconds * f64::from(rate)) as usize;
    let mut data = Vec::with_capacity(frames * 2);
    for i in 0..frames {
        let t = i as f64 / f64::from(rate);
        let pitch = 180.0 + 60.0 * (t * 3.0).sin();
        let v = ((t * pitch * std::f64::consts::TAU).sin() * 0.4 * 32767.0) as i16;
        data.extend_from_slice(&v.to_le_bytes());
    }
    let mut wav = b"RIFF".to_vec();
    wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&(rate * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
    wav.extend_from_slice(&data);
    wav
}

#[test]
fn a_recording_beside_a_page_is_encoded_small_and_offered_on_it() {
    let site = Fixture::new("basic");
    let wav = tone_wav(12.0, 44_100);
    std::fs::write(site.root.join("content/es/abogado.wav"), &wav).expect("write");
    let run = site.build();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let opus = std::fs::read(site.root.join("public/es/abogado/abogado.opus")).expect("recording");
    assert_eq!(&opus[..4], b"OggS");
    assert!(opus.windows(8).any(|w| w == b"OpusHead"));
    let kbps = opus.len() as f64 * 8.0 / 12.0 / 1000.0;
    assert!(kbps < 28.0, "{kbps:.1} kbit/s");
    assert!(
        !site.exists("es/abogado.wav"),
        "the original is not published"
    );

    let page = site
        .read("es/abogado/index.html")
        .replace(['\u{2068}', '\u{2069}'], "");
    let size = opus.len().div_ceil(1024);
    assert!(
        page.contains("<audio controls preload=none><source type=\"audio/ogg; codecs=opus\" src=abogado.opus><a href=abogado.opus>Descargar el audio</a></audio>"),
        "{page}"
    );
    assert!(
        page.contains(&format!("<a href=#listen>Escuchar · 12 s · {size} KB</a>"))
            && page.contains("<a download href=abogado.opus>Descargar el audio</a>"),
        "{page}"
    );
    // A reader whose language has no text of its own gets the Spanish page and its recording.
    let quc = site.read("quc/abogado/index.html");
    assert!(quc.contains("src=../../es/abogado/abogado.opus"), "{quc}");
    // Every language whose readers can hear a recording has a listening page, linked from home.
    let listen = site.read("es/listen/index.html");
    assert!(
        listen.contains("<ol class=recordings><li><p><a href=../abogado/>Un abogado</a></p><audio controls preload=none><source type=\"audio/ogg; codecs=opus\" src=../abogado/abogado.opus>")
            && listen.contains("<a download href=../abogado/abogado.opus>Descargar el audio</a> · 12 s"),
        "{listen}"
    );
    assert!(
        site.read("es/index.html")
            .contains("href=listen/>Escuchar: todas las grabaciones</a>")
    );
    assert!(
        site.exists("quc/listen/index.html"),
        "K'iche' readers hear the Spanish recording"
    );
    // In the zip, never in the single offline file.
    assert!(!site.read("es/offline.html").contains("<audio"));
    let zip =
        std::fs::read(site.root.join("public/es/site-es.zip")).expect("read a file the test needs");
    let names = String::from_utf8_lossy(&zip);
    assert!(
        names.contains("es/abogado/abogado.opus"),
        "the zip holds the recording"
    );
    // A zip carries a borrowed recording only where one of its pages offers it: the K'iche'
    // reader gets the Spanish page and its recording; the English page is its own translation,
    // with no recording, so the English zip carries none (a 47 KB file nobody could reach).
    let names_in = |lang: &str| -> Vec<String> {
        let path = site.root.join(format!("public/{lang}/site-{lang}.zip"));
        let file = std::fs::File::open(&path).expect("zip");
        let zip = zip::ZipArchive::new(file).expect("read zip");
        zip.file_names().map(String::from).collect()
    };
    assert!(
        names_in("quc")
            .iter()
            .any(|n| n == "es/abogado/abogado.opus")
    );
    assert!(!names_in("en").iter().any(|n| n.ends_with(".opus")));

    // Encoded once: a second build takes it from the cache.
    let cached = std::fs::read_dir(site.root.join(".senda-cache/audio"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(cached, 2, "the encoded file and its length");
    let again = site.build();
    assert!(again.status.success());
    assert_eq!(
        std::fs::read(site.root.join("public/es/abogado/abogado.opus")).expect("again"),
        opus
    );
}

#[test]
fn a_file_that_is_not_sound_is_a_located_error() {
    let site = Fixture::new("basic");
    std::fs::write(site.root.join("content/es/abogado.mp3"), b"not a sound").expect("write");
    let run = site.run(&["build"]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("content/es/abogado.mp3: this recording cannot be published: it is not a sound file senda can read"),
        "{stderr}"
    );
}

/// A recording is tracked like a translation: it is checked against its page's text, and when
/// the text changes, `status`, `check` and the page itself say the recording may differ.
#[test]
fn a_recording_is_tracked_against_its_page() {
    let site = Fixture::new("basic");
    std::fs::write(
        site.root.join("content/es/abogado.wav"),
        tone_wav(2.0, 16_000),
    )
    .expect("write");
    site.build();
    let notice = "La página cambió después de esta grabación";
    assert!(
        site.read("es/abogado/index.html").contains(notice),
        "never checked"
    );
    let status = String::from_utf8_lossy(&site.run(&["status"]).stdout).into_owned();
    assert!(
        status.contains("es/abogado  unknown: never checked against the page"),
        "{status}"
    );
    let check = String::from_utf8_lossy(&site.run(&["check"]).stdout).into_owned();
    assert!(
        check.contains("nobody has said that its recording reads its text as it is"),
        "{check}"
    );

    let stamp = site.run(&["status", "--stamp-recording", "content/es/abogado.md"]);
    assert!(
        stamp.status.success(),
        "{}",
        String::from_utf8_lossy(&stamp.stderr)
    );
    site.build();
    assert!(!site.read("es/abogado/index.html").contains(notice));
    let status = String::from_utf8_lossy(&site.run(&["status"]).stdout).into_owned();
    assert!(status.contains("es/abogado  ok"), "{status}");

    // The text changes: the recording may no longer say the same.
    let file = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        &file,
        text.replace("Tienes derecho a buscar un abogado.", "Busca un abogado."),
    )
    .expect("edit");
    site.build();
    assert!(site.read("es/abogado/index.html").contains(notice));
    let check = String::from_utf8_lossy(&site.run(&["check"]).stdout).into_owned();
    assert!(
        check.contains("its text changed after its recording was checked against it"),
        "{check}"
    );
    let none = site.run(&["status", "--stamp-recording", "content/es/asilo.md"]);
    assert!(String::from_utf8_lossy(&none.stderr).contains("has no recording"));
}

#[test]
fn a_recording_over_its_budget_is_said() {
    let site = Fixture::new("basic");
    let config = site.root.join("senda.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(&config, format!("{text}\n[budgets]\naudio_kb = 5\n")).expect("write");
    std::fs::write(
        site.root.join("content/es/abogado.wav"),
        tone_wav(6.0, 16_000),
    )
    .expect("write");
    let run = site.build();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("warning: content/es/abogado.wav: this recording weighs")
            && stderr.contains("over the 5 KB budget"),
        "{stderr}"
    );
}

/// A leaflet of a page with a recording carries a second QR code, to the recording, that scans.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn leaflets_carry_a_code_to_the_recording() {
    let site = Fixture::new("leaflets");
    std::fs::write(
        site.root.join("content/es/corto.wav"),
        tone_wav(2.0, 16_000),
    )
    .expect("write");
    site.build();
    let pdf = site.root.join("public/es/leaflets/corto-poster-a4.pdf");
    let text = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(String::from_utf8_lossy(&text.stdout).contains("Escucha esta información"));
    let found = crate::support::decode_qr_at(&pdf, 1, 150);
    let card = site.root.join("public/es/leaflets/language-card-a4.pdf");
    let on_card = crate::support::decode_qr_at(&card, 1, 300);
    assert!(
        on_card.contains(&"https://example.test/kyr/es/listen/".to_string()),
        "the language card leads to the listening page: {on_card:?}"
    );
    assert!(
        found.contains(&"https://example.test/kyr/es/corto/corto.opus".to_string()),
        "{found:?}"
    );
}

/// A recording can be named in the page's front matter; a name with no file is a located error.
#[test]
fn a_recording_named_in_front_matter() {
    let site = Fixture::new("basic");
    let page = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&page).expect("read");
    let named = text.replacen("+++\n", "+++\nrecording = \"abogado-noviembre.wav\"\n", 1);
    std::fs::write(&page, &named).expect("write");
    std::fs::write(
        site.root.join("content/es/abogado-noviembre.wav"),
        tone_wav(2.0, 16_000),
    )
    .expect("write");
    site.build();
    assert!(site.exists("es/abogado/abogado.opus"));
    assert!(!site.exists("es/abogado-noviembre.wav"));

    std::fs::remove_file(site.root.join("content/es/abogado-noviembre.wav")).expect("remove");
    let run = site.run(&["build"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("content/es/abogado.md: the recording `abogado-noviembre.wav` named in its front matter is not in content/es/"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// A synthetic voice is only ever a labelled sample: every listener is told, and paper never
/// carries it.
#[test]
#[ignore = "reads PDFs with poppler: `cargo test -- --ignored` runs it"]
fn a_synthetic_sample_says_so_and_is_never_printed() {
    let site = Fixture::new("leaflets");
    let page = site.root.join("content/es/corto.md");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(
        &page,
        text.replacen("+++\n", "+++\nrecording_synthetic = true\n", 1),
    )
    .expect("write");
    std::fs::write(
        site.root.join("content/es/corto.wav"),
        tone_wav(2.0, 16_000),
    )
    .expect("write");
    site.build();
    let note = "No es una grabación de una persona.";
    assert!(site.read("es/corto/index.html").contains(note));
    assert!(site.read("es/listen/index.html").contains(note));
    let poster = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(site.root.join("public/es/leaflets/corto-poster-a4.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(!String::from_utf8_lossy(&poster.stdout).contains("Escucha esta información"));
    let card = site.root.join("public/es/leaflets/language-card-a4.pdf");
    assert!(crate::support::decode_qr_at(&card, 1, 300).is_empty());
}
