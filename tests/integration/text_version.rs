//! The text version (`index.txt`, what people forward on WhatsApp) is the whole page: every list
//! item of the page is in it, numbers kept, links followed by their addresses, and no line ends
//! in a colon with nothing after it.

use std::path::{Path, PathBuf};

use crate::support::Fixture;

/// Each `<li>` of the page's own text (its `<article>`), as text: tags taken out, entities read,
/// spaces joined.
fn list_items(html: &str) -> Vec<String> {
    let Some(main) = html
        .split("<article")
        .nth(1)
        .and_then(|m| m.split("</article>").next())
    else {
        return Vec::new();
    };
    main.split("<li")
        .skip(1)
        .filter_map(|chunk| {
            let body = chunk.split_once('>')?.1;
            let end = ["<li", "</li", "<ul", "</ul", "<ol", "</ol"]
                .iter()
                .filter_map(|t| body.find(t))
                .min()
                .unwrap_or(body.len());
            let words = normal(&strip_tags(&body[..end]));
            (!words.is_empty()).then_some(words)
        })
        .collect()
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
}

fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with each link's address, written after its words, taken out again.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(" (") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let is_address = ["http://", "https://", "+", "mailto:"]
            .iter()
            .any(|p| after.starts_with(p));
        match after.find(')') {
            Some(close) if is_address => rest = &after[close + 1..],
            _ => {
                out.push_str(" (");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    normal(&out)
}

/// Every page's list items missing from its text version, and every line of any text version
/// that ends in a colon with nothing after it.
fn problems_in(public: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.expect("walk");
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(path).expect("read text");
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let followed = lines[i + 1..].iter().any(|l| !l.trim().is_empty());
                if line.trim_end().ends_with(':') && !followed {
                    problems.push(format!("{}: `{line}` ends in a colon", path.display()));
                }
            }
        }
        // A listening page's items are players; its text lists each recording (checked below).
        let listening = path.components().any(|c| c.as_os_str() == "listen");
        if path.file_name().is_some_and(|n| n == "index.html") && !listening {
            let txt = path.with_file_name("index.txt");
            let Ok(text) = std::fs::read_to_string(&txt) else {
                continue;
            };
            let text = without_addresses(&text);
            let html = std::fs::read_to_string(path).expect("read page");
            for item in list_items(&html) {
                if !text.contains(&item) {
                    problems.push(format!("{}: `{item}` is missing", txt.display()));
                }
            }
        }
    }
    problems
}

#[test]
fn numbered_steps_nested_lists_warnings_and_links_are_all_in_the_text() {
    let site = Fixture::new("basic");
    let case = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text");
    site.overlay(&case);
    site.build();
    let text = site.read("es/pasos/index.txt");
    for expected in [
        "Haz esto, en este orden:\n\n3. Busca un lugar seguro.\n4. Pide hablar con una persona de confianza:\n   - en un albergue,\n   - en una oficina de protección de la niñez.\n5. Guarda este papel.",
        "Lee la página del abogado (https://example.test/kyr/es/abogado/) y otra guía (https://example.org/guia).",
        "No firmes nada que no entiendas.",
        "Pide que te lo lean en tu idioma.",
        "Albergue | Tapachula",
    ] {
        assert!(text.contains(expected), "`{expected}` not in:\n{text}");
    }
    let problems = problems_in(&site.root.join("public"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The view of the text, on a phone: its numbers are links to dial.
    let view = site.read("es/pasos/text.html");
    assert!(
        view.contains("href=tel:+442079460123>+44 20 7946 0123</a>")
            || view.contains("href=\"tel:+442079460123\">+44 20 7946 0123</a>"),
        "{view}"
    );
}

#[test]
fn every_page_of_the_example_site_has_its_lists_in_its_text_version() {
    let (public, _) = crate::support::example();
    let problems = problems_in(public);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The sample recording is synthetic: its text says so, as its page and player do.
    let listen = std::fs::read_to_string(public.join("es/listen/index.txt")).expect("read");
    assert!(
        listen.contains("voz sintética") && listen.contains(" KB"),
        "{listen}"
    );
}
