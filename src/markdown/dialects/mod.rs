//! Markdown as other generators write it — MDX (Docusaurus), Liquid (Jekyll), MkDocs'
//! admonitions, a theme's `<h1>` — rewritten, before it is parsed, into the Markdown senda reads. Every rewrite
//! keeps the text's length (what goes is blanked, what is shorter is padded with spaces), so
//! every place in the page stays true for messages.

mod html;
mod liquid;
mod mdx;
mod mkdocs;
mod text;

use std::borrow::Cow;
use std::ops::Range;

use super::containers::Container;
use crate::said::Said;
use text::Text;

/// A page's body as senda reads it, the boxes the other dialects wrote, and what the writer
/// should know about what could not be kept.
pub(super) struct Rewritten<'a> {
    pub text: Cow<'a, str>,
    pub containers: Vec<Container>,
    pub warnings: Vec<(Range<usize>, Said)>,
}

/// Rewrites what MDX, Liquid and MkDocs mean into Markdown; a page that uses none of them is
/// returned as it is, without a copy.
pub(super) fn rewrite(body: &str) -> Rewritten<'_> {
    let hints = ["{", "!!!", "???", "import ", "export ", "<h1", "<H1"];
    let capital_tag = body
        .match_indices('<')
        .any(|(i, _)| body[i + 1..].starts_with(|c: char| c.is_ascii_uppercase()));
    if !capital_tag && !hints.iter().any(|h| body.contains(h)) {
        return Rewritten {
            text: Cow::Borrowed(body),
            containers: Vec::new(),
            warnings: Vec::new(),
        };
    }
    let mut text = Text::new(body);
    let imports = mdx::esm(&mut text);
    mdx::comments(&mut text);
    mdx::quoted_requires(&mut text);
    mdx::attributes(&mut text);
    mdx::expressions(&mut text);
    mdx::components(&mut text, &imports);
    liquid::rewrite(&mut text);
    mkdocs::admonitions(&mut text);
    html::headings(&mut text);
    text.finish()
}

#[cfg(test)]
mod tests;
