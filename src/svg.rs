//! SVG images checked before they are published: an SVG is a document that can run scripts and
//! load other files wherever a host sends no Content-Security-Policy. One with scripts, event
//! handlers, embedded pages or references outside itself is refused, at the line of what was
//! found, so that the writer can export it again; nothing is rewritten behind their back.

use std::io::Read;
use std::ops::Range;
use std::path::Path;

use roxmltree::{Document, Node, NodeType, ParsingOptions};

use crate::diagnostics::Diagnostic;
use crate::said;
use crate::said::Said;

/// Problems reported for one file; a file with more gets one line saying how many more.
const SHOWN: usize = 10;
/// The largest `.svgz` unpacked: far more than any drawing, far less than a machine's memory.
const MAX_UNPACKED: u64 = 64 * 1024 * 1024;
/// Elements that run code or embed other documents, whatever their namespace.
const ELEMENTS: [&str; 15] = [
    "script",
    "handler",
    "listener",
    "foreignobject",
    "iframe",
    "frame",
    "frameset",
    "embed",
    "object",
    "applet",
    "portal",
    "audio",
    "video",
    "link",
    "base",
];
/// Elements that change another attribute over time.
const ANIMATIONS: [&str; 5] = [
    "set",
    "animate",
    "animatemotion",
    "animatetransform",
    "animatecolor",
];
const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Whether `rel` names an SVG image (`.svg`, or `.svgz` compressed with gzip).
pub fn is_svg(rel: &str) -> bool {
    let ext = rel.rsplit('.').next().unwrap_or_default();
    ext.eq_ignore_ascii_case("svg") || ext.eq_ignore_ascii_case("svgz")
}

/// Every problem that keeps the SVG `bytes` (the file shown as `shown`) from being published:
/// empty when it is well-formed XML with nothing in it that runs or loads anything.
pub fn check(shown: &Path, bytes: &[u8]) -> Vec<Diagnostic> {
    let unpacked;
    let bytes = if is_gzip(shown, bytes) {
        match gunzip(bytes) {
            Ok(b) => {
                unpacked = b;
                unpacked.as_slice()
            }
            Err(why) => return vec![Diagnostic::in_file(shown, why)],
        }
    } else {
        bytes
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec![Diagnostic::in_file(shown, said!("svg-not-utf8"))];
    };
    if let Some(at) = find_ignoring_case(text, "<!entity") {
        return vec![Diagnostic::at(shown, text, at..at + 8, said!("svg-entity"))];
    }
    let options = ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    let document = match Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => return vec![not_well_formed(shown, text, &e)],
    };
    let mut found = Vec::new();
    for node in document.descendants() {
        found.extend(problems_of(&node));
    }
    let more = found.len().saturating_sub(SHOWN);
    let mut problems: Vec<Diagnostic> = found
        .into_iter()
        .take(SHOWN)
        .map(|(span, what)| Diagnostic::at(shown, text, span, what))
        .collect();
    if more > 0 {
        problems.push(Diagnostic::in_file(shown, said!("svg-more", count = more)));
    }
    problems
}

/// Whether the file is gzip: named `.svgz`, or starting with gzip's magic bytes.
fn is_gzip(shown: &Path, bytes: &[u8]) -> bool {
    let named = shown
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svgz"));
    named || bytes.starts_with(&[0x1f, 0x8b])
}

/// A `.svgz` unpacked, up to [`MAX_UNPACKED`] bytes.
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, Said> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut out)
        .map_err(|e| said!("svg-compressed-unreadable", detail = e.to_string()))?;
    if out.len() as u64 > MAX_UNPACKED {
        return Err(said!(
            "svg-compressed-too-big",
            mb = MAX_UNPACKED / (1024 * 1024)
        ));
    }
    Ok(out)
}

/// The parser's error, at the line and column it gives.
fn not_well_formed(shown: &Path, text: &str, e: &roxmltree::Error) -> Diagnostic {
    let pos = e.pos();
    let what = e.to_string();
    let what = what.strip_suffix(&format!(" at {pos}")).unwrap_or(&what);
    Diagnostic::at_line(
        shown,
        Some(text),
        pos.row as usize,
        pos.col as usize,
        said!("svg-not-well-formed", detail = what),
    )
}

/// What is unsafe in one node (not its children), each with its byte range in the file.
fn problems_of(node: &Node) -> Vec<(Range<usize>, Said)> {
    let mut found = Vec::new();
    match node.node_type() {
        NodeType::PI
            if node
                .pi()
                .is_some_and(|pi| pi.target.eq_ignore_ascii_case("xml-stylesheet")) =>
        {
            found.push((node.range(), said!("svg-stylesheet")));
        }
        NodeType::Element => {
            found.extend(element_problem(node).map(|what| (start_tag(node), what)));
            for attribute in node.attributes() {
                if let Some(what) = attribute_problem(&attribute) {
                    found.push((attribute.range(), what));
                }
            }
        }
        NodeType::Text => {
            let in_style = node
                .parent_element()
                .is_some_and(|p| p.tag_name().name().eq_ignore_ascii_case("style"));
            if in_style && let Some((pattern, kind)) = css_problem(node.text().unwrap_or_default())
            {
                let range = node.range();
                let raw = node
                    .document()
                    .input_text()
                    .get(range.clone())
                    .unwrap_or_default();
                let at = find_ignoring_case(raw, pattern).map_or(range.start, |i| range.start + i);
                found.push((at..at + pattern.len(), said!("svg-style-css", kind = kind)));
            }
        }
        _ => {}
    }
    found
}

/// The element's name in its start tag (`<script`), where the underline goes.
fn start_tag(node: &Node) -> Range<usize> {
    let start = node.range().start;
    let name = node.tag_name().name();
    start..start + 1 + name.len()
}

/// Why an element cannot be published, if it cannot: it runs code, embeds another document,
/// is HTML, or animates a link.
fn element_problem(node: &Node) -> Option<Said> {
    let name = node.tag_name().name();
    let lower = name.to_ascii_lowercase();
    if ELEMENTS.contains(&lower.as_str()) {
        return Some(match lower.as_str() {
            "script" | "handler" | "listener" => said!("svg-element-script", name = name),
            _ => said!("svg-element-embedded", name = name),
        });
    }
    if node.tag_name().namespace() == Some(XHTML) {
        return Some(said!("svg-html-element", name = name));
    }
    if ANIMATIONS.contains(&lower.as_str()) {
        let target = node
            .attributes()
            .find(|a| a.name().eq_ignore_ascii_case("attributeName"))
            .map(|a| a.value().trim().to_ascii_lowercase())
            .unwrap_or_default();
        let local = target.rsplit(':').next().unwrap_or_default();
        if local == "href" || local.starts_with("on") {
            return Some(said!("svg-animates-link", name = name, target = target));
        }
    }
    None
}

/// Why an attribute cannot be published, if it cannot: an event handler, a link outside the
/// drawing, a `javascript:` address, or styles that load other files.
fn attribute_problem(attribute: &roxmltree::Attribute) -> Option<Said> {
    let name = attribute.name();
    let lower = name.to_ascii_lowercase();
    let value = attribute.value();
    let written = shortened(value);
    let squeezed = squeezed(value);
    if lower.starts_with("on") {
        return Some(said!("svg-event-handler", name = name, written = &written));
    }
    if squeezed.contains("javascript:") || squeezed.contains("vbscript:") {
        return Some(said!("svg-script-address", name = name, written = &written));
    }
    if lower == "href" && !same_document(value) {
        return Some(said!(
            "svg-outside-reference",
            name = name,
            written = &written
        ));
    }
    // Attributes of no namespace are read as CSS (`fill="url(…)"`, `style="…"`); others, such as
    // an editor's own, are not, and may hold a file's path.
    let css = if attribute.namespace().is_none() {
        css_problem(value)
    } else {
        external_url(&value.to_ascii_lowercase()).then_some(("url(", "url"))
    };
    css.map(|(_, kind)| {
        said!(
            "svg-attribute-css",
            name = name,
            written = &written,
            kind = kind
        )
    })
}

/// Whether an `href` stays inside the drawing: a `#fragment`, or a raster image inside it.
fn same_document(value: &str) -> bool {
    // Browsers drop tabs and newlines anywhere in an address, and spaces around it.
    let value: String = value
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let value = value.trim_matches(|c: char| c <= ' ').to_ascii_lowercase();
    if value.starts_with('#') {
        return true;
    }
    let Some(rest) = value.strip_prefix("data:image/") else {
        return false;
    };
    ["png", "jpeg", "jpg", "gif", "webp"].iter().any(|t| {
        rest.strip_prefix(t)
            .is_some_and(|r| r.starts_with(';') || r.starts_with(','))
    })
}

/// What in a stylesheet (a `<style>` or a `style=`) loads a file from outside the drawing or
/// hides what it does: the text found and what it does (a `kind` the messages name).
fn css_problem(css: &str) -> Option<(&'static str, &'static str)> {
    let lower = css.to_ascii_lowercase();
    if external_url(&lower) {
        return Some(("url(", "url"));
    }
    let found = [
        ("@import", "import"),
        ("image-set(", "image-set"),
        ("image(", "image"),
        ("cross-fade(", "cross-fade"),
        ("src(", "src"),
        ("expression(", "expression"),
        ("\\", "escape"),
    ];
    if let Some(&(pattern, what)) = found.iter().find(|(p, _)| lower.contains(p)) {
        return Some((pattern, what));
    }
    squeezed(css)
        .contains("javascript:")
        .then_some(("javascript:", "javascript"))
}

/// Whether lowercased text has a `url(…)` to anything but a `#fragment` of the drawing.
fn external_url(lower: &str) -> bool {
    lower.match_indices("url(").any(|(at, _)| {
        let rest = lower[at + 4..].trim_start();
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest).trim_start();
        !rest.starts_with('#')
    })
}

/// The value lowercased without white space or control characters, as a browser reads an
/// address (`java\tscript:` is `javascript:`).
fn squeezed(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A value as shown in a message: one line, at most 60 characters.
fn shortened(value: &str) -> String {
    let one_line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match one_line.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

/// The byte offset of `pattern` (lowercase ASCII) in `text`, ignoring ASCII case.
fn find_ignoring_case(text: &str, pattern: &str) -> Option<usize> {
    let (text, pattern) = (text.as_bytes(), pattern.as_bytes());
    if pattern.is_empty() {
        return Some(0);
    }
    text.windows(pattern.len())
        .position(|w| w.eq_ignore_ascii_case(pattern))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(svg: &str) -> Vec<String> {
        check(Path::new("content/es/img/x.svg"), svg.as_bytes())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_drawing_as_editors_export_it_is_published() {
        let svg = r##"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3" viewBox="0 0 10 10"
     inkscape:export-filename="C:\Users\ana\mapa.png">
  <metadata><rdf:RDF><cc:Work rdf:about=""><cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/></cc:Work></rdf:RDF></metadata>
  <style><![CDATA[ .a { fill: url(#g); stroke: url( '#g' ) } ]]></style>
  <defs><linearGradient id="g"><stop offset="0"/></linearGradient><path id="p" d="M0 0h5"/></defs>
  <a href="#p"><use xlink:href="#p" style="fill:url(#g)" clip-path="url(#g)"/></a>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
  <text>Pide ayuda: 900 100 200</text>
</svg>"##;
        assert_eq!(problems(svg), Vec::<String>::new());
    }

    #[test]
    fn scripts_handlers_and_outside_references_are_refused_at_their_place() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">\n  <script>alert(2)</script>\n  <image href=\"https://tracker.example/p.png\"/>\n</svg>\n";
        let found = problems(svg);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found[0].starts_with("error: content/es/img/x.svg:1:41: this SVG has an event handler `onload=\"alert(1)\"`"), "{}", found[0]);
        assert!(
            found[1]
                .starts_with("error: content/es/img/x.svg:2:3: this SVG has a `<script>` element"),
            "{}",
            found[1]
        );
        assert!(found[2].starts_with("error: content/es/img/x.svg:3:10: this SVG refers to `https://tracker.example/p.png`"), "{}", found[2]);
        assert!(
            found[2].contains("export the drawing again as plain SVG"),
            "{}",
            found[2]
        );
    }

    #[test]
    fn every_kind_of_unsafe_part_is_found() {
        let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        let cases = [
            (
                "<foreignObject><p>x</p></foreignObject>",
                "`<foreignObject>` element",
            ),
            (
                "<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\"/>",
                "`<iframe>` element",
            ),
            (
                "<h:div xmlns:h=\"http://www.w3.org/1999/xhtml\"/>",
                "an HTML element `<div>`",
            ),
            ("<embed src=\"x\"/>", "`<embed>` element"),
            ("<object data=\"x\"/>", "`<object>` element"),
            (
                "<a xlink:href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>",
                "a script address in `href=",
            ),
            (
                "<a href=\"https://example.org/\">x</a>",
                "refers to `https://example.org/`",
            ),
            (
                "<use href=\"other.svg#icon\"/>",
                "refers to `other.svg#icon`",
            ),
            (
                "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/>",
                "refers to `data:image/svg+xml",
            ),
            ("<rect onClick=\"x()\"/>", "event handler `onClick="),
            (
                "<rect fill=\"url(https://example.org/f.svg#g)\"/>",
                "loads a file from outside the drawing (`url(…)`)",
            ),
            (
                "<rect style=\"fill: URL( 'http://x/y' )\"/>",
                "loads a file from outside the drawing",
            ),
            ("<rect style=\"fill:u\\72 l(http://x/y)\"/>", "CSS escapes"),
            ("<rect fill=\"\\75 rl(http://x/y)\"/>", "CSS escapes"),
            (
                "<rect cursor=\"image-set('http://x/c.png' 1x)\"/>",
                "`image-set(…)`",
            ),
            (
                "<style>@import 'http://x/a.css';</style>",
                "imports another stylesheet",
            ),
            (
                "<style>.a{background:image-set('http://x/a.png' 1x)}</style>",
                "`image-set(…)`",
            ),
            (
                "<style>.a{fill:url(http://x/a.svg#g)}</style>",
                "has a `<style>` that loads a file",
            ),
            (
                "<set attributeName=\"xlink:href\" to=\"#b\"/>",
                "`<set>` that changes `xlink:href`",
            ),
            (
                "<animate attributeName=\"href\" values=\"#a;#b\"/>",
                "`<animate>` that changes `href`",
            ),
        ];
        for (part, expected) in cases {
            let found = problems(&format!("{open}\n{part}\n</svg>"));
            assert!(
                found
                    .iter()
                    .any(|f| f.contains(expected) && f.contains("x.svg:2:")),
                "{part}: expected `{expected}` on line 2 in {found:#?}"
            );
        }
    }

    #[test]
    fn entities_stylesheets_and_broken_xml_are_refused() {
        let entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"b\">\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>";
        let found = problems(entity);
        assert!(
            found.len() == 1 && found[0].contains("x.svg:3:1: this SVG declares an entity"),
            "{found:#?}"
        );
        let sheet = "<?xml-stylesheet href=\"http://x/a.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        let found = problems(sheet);
        assert!(
            found.len() == 1 && found[0].contains("x.svg:1:1: this SVG links a stylesheet"),
            "{found:#?}"
        );
        let broken = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>";
        let found = problems(broken);
        assert!(
            found.len() == 1 && found[0].contains("x.svg:3:1: this SVG is not well-formed XML ("),
            "{found:#?}"
        );
        let found = check(Path::new("x.svg"), b"<svg>\xff</svg>");
        assert!(found[0].message.contains("not UTF-8"), "{found:#?}");
    }

    #[test]
    fn a_compressed_svg_is_checked_unpacked_and_many_problems_are_summed_up() {
        use std::io::Write;
        let many = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}</svg>",
            "<rect onclick=\"x()\"/>".repeat(25)
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(many.as_bytes()).unwrap_or_default();
        let packed = gz.finish().unwrap_or_default();
        let found = check(Path::new("content/es/mapa.svgz"), &packed);
        assert_eq!(found.len(), SHOWN + 1, "{found:#?}");
        assert!(
            found[SHOWN].message.contains("15 more unsafe parts"),
            "{found:#?}"
        );
        assert!(is_svg("img/Mapa.SVG") && is_svg("a.svgz") && !is_svg("a.png"));
    }
}
