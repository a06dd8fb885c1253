//! typst markup to a laid-out document, and a document to PDF bytes.

use typst::foundations::Smart;
use typst_layout::PagedDocument;

use super::world::{Fonts, Sandbox};

pub(super) fn compile(
    fonts: &Fonts,
    source: String,
    files: Vec<(&str, Vec<u8>)>,
) -> std::result::Result<PagedDocument, String> {
    let sandbox = Sandbox::new(fonts, source, files).ok_or("bad file name")?;
    typst::compile::<PagedDocument>(&sandbox)
        .output
        .map_err(|errors| {
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })
}

pub(super) fn pdf(document: &PagedDocument, ident: &str) -> std::result::Result<Vec<u8>, String> {
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        ..Default::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}
