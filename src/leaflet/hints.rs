//! What a printer must be told for a leaflet to fold and cut right, written into its PDF: print
//! at 100 % (a "fit to page" shrinks the panels off their folds) and, for sheets printed on both
//! sides, flip on the short edge. typst has no setting for these, so they are added as an
//! incremental update: the catalogue written again with them, after the file as typst made it.

/// The PDF with its catalogue's viewer preferences asking for no scaling and, when `duplex`,
/// both sides flipped on the short edge. A file this cannot read is returned as it was.
pub(super) fn with_print_hints(pdf: Vec<u8>, duplex: bool) -> Vec<u8> {
    match update(&pdf, duplex) {
        Some(tail) => [pdf, tail.into_bytes()].concat(),
        None => pdf,
    }
}

/// The incremental update: the catalogue object again, a cross-reference section for it and a
/// trailer that points back to the file's own.
fn update(pdf: &[u8], duplex: bool) -> Option<String> {
    let text = String::from_utf8_lossy(pdf);
    let at = text.rfind("startxref")?;
    let previous: usize = text[at + 9..].split_whitespace().next()?.parse().ok()?;
    let trailer = &text[text[..at].rfind("trailer")?..at];
    let root = between(trailer, "/Root", "R")?.trim().to_string();
    let (number, generation) = root.split_once(' ')?;
    let size = between(trailer, "/Size", "/")?.trim().to_string();
    let keep: String = ["/Info", "/ID"]
        .iter()
        .filter_map(|key| {
            let from = trailer.find(key)?;
            let rest = &trailer[from..];
            let end = if *key == "/ID" {
                rest.find(']')? + 1
            } else {
                rest.find('R')? + 1
            };
            Some(rest[..end].to_string())
        })
        .collect();
    let head = format!("{number} {generation} obj");
    let start = text.rfind(&head)? + head.len();
    let end = start + text[start..].find("endobj")?;
    let catalogue = text[start..end].trim();
    let wanted = if duplex {
        "/PrintScaling/None/Duplex/DuplexFlipShortEdge"
    } else {
        "/PrintScaling/None"
    };
    let catalogue = match catalogue.find("/ViewerPreferences<<") {
        Some(i) => {
            let i = i + "/ViewerPreferences<<".len();
            format!("{}{wanted}{}", &catalogue[..i], &catalogue[i..])
        }
        None => {
            let close = catalogue.rfind(">>")?;
            format!("{}/ViewerPreferences<<{wanted}>>>>", &catalogue[..close])
        }
    };
    let object_at = pdf.len() + 1;
    let object = format!("\n{head}\n{catalogue}\nendobj\n");
    let xref_at = object_at - 1 + object.len();
    Some(format!(
        "{object}xref\n{number} 1\n{object_at:010} {:05} n \ntrailer\n<</Size {size}/Root {root} R{keep}/Prev {previous}>>\nstartxref\n{xref_at}\n%%EOF\n",
        generation.parse::<u32>().ok()?
    ))
}

/// The text of `within` after `key` and before the next `until`.
fn between<'a>(within: &'a str, key: &str, until: &str) -> Option<&'a str> {
    let rest = &within[within.find(key)? + key.len()..];
    Some(&rest[..rest.find(until)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &str = "%PDF-1.7\n1 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n2 0 obj\n<</Type/Catalog/Pages 1 0 R/ViewerPreferences<</Direction/L2R>>>>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3/Root 2 0 R/ID[(a)(b)]>>\nstartxref\n138\n%%EOF\n";

    #[test]
    fn the_catalogue_is_written_again_with_the_hints() {
        let out =
            String::from_utf8(with_print_hints(PDF.as_bytes().to_vec(), true)).unwrap_or_default();
        assert!(out.starts_with(PDF), "the file as it was comes first");
        let tail = &out[PDF.len()..];
        assert!(
            tail.contains(
                "/ViewerPreferences<</PrintScaling/None/Duplex/DuplexFlipShortEdge/Direction/L2R>>"
            ),
            "{tail}"
        );
        assert!(tail.contains("/Root 2 0 R/ID[(a)(b)]/Prev 138>>"), "{tail}");
        // The cross-reference entry points at the object, and startxref at the section.
        let object_at = PDF.len() + 1;
        assert_eq!(&out[object_at..object_at + 7], "2 0 obj");
        assert!(
            tail.contains(&format!("{object_at:010} 00000 n \n")),
            "{tail}"
        );
        let xref_at: usize = tail
            .rsplit("startxref\n")
            .next()
            .and_then(|t| t.lines().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert_eq!(&out[xref_at..xref_at + 4], "xref");
    }

    #[test]
    fn a_file_it_cannot_read_is_left_as_it_was() {
        let broken = b"%PDF-1.7\nnot a pdf".to_vec();
        assert_eq!(with_print_hints(broken.clone(), false), broken);
    }
}
