//! Wallet cards (the lines a family must keep, with the QR code to the page), the "I speak …"
//! language card, and the sheet of cards with cut marks that both are printed on.

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use super::Paper;
use super::frame::{self, Frame, preamble};
use super::layouts::Problem;
use super::look::Look;
use super::markup::{escape, escape_numbers, lang_args};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::config::Direction;
use crate::content::Page;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::markdown::ContactLine;
use crate::site::Site;

/// Wallet card size (ISO/IEC 7810 ID-1), in millimetres.
pub(super) const CARD: (f64, f64) = (85.0, 55.0);

/// The QR code's width on a card: wide enough to scan from a photocopy at 150 dpi.
const CARD_QR_MM: f64 = 24.0;
/// The smallest module (one square of a QR code) printed on a card. Read back at 100 dpi (an
/// old phone's camera, an office printer), the example's cards for a 46-character address failed
/// at 0.53, 0.62 and 0.66 mm a module, and all decoded at 0.75.
const QR_MODULE_MM: f64 = 0.75;

/// How wide a card's QR code of `url` is printed: 24 mm, or wider when the address needs so many
/// modules that each would be smaller than [`QR_MODULE_MM`].
fn card_qr_mm(url: &str) -> f64 {
    CARD_QR_MM.max(frame::qr_modules(url) as f64 * QR_MODULE_MM)
}

/// What a family must keep from a page, as typst markup: its `card` lines, or else the first
/// sentence of its danger callout and each contact's name and number (numbers never split).
pub(super) fn lines(page: &Page, f: &Frame) -> Vec<String> {
    let given = page.front.leaflet.as_ref().map(|l| l.card.clone());
    if let Some(given) = given.filter(|c| !c.is_empty()) {
        return given.iter().map(|l| escape_numbers(l)).collect();
    }
    // The page's warning: its danger line, or else its first callout's first sentence.
    let warning = f.headline.clone().or_else(|| {
        let (_, _, words) = page.document.callouts(&page.source).into_iter().next()?;
        Some(frame::first_sentence(&words))
    });
    let mut lines: Vec<String> = warning.iter().map(|h| escape_numbers(h)).collect();
    // Services without a verified number share one note on a card, which has no room to repeat it.
    let mut unverified: Option<String> = None;
    for contact in page
        .document
        .contacts
        .iter()
        .chain(f.cited.iter().flatten())
    {
        let mut line = format!("#strong[{}]", escape(&contact.name));
        for part in contact.lines(&f.labels) {
            match part {
                ContactLine::Phone(_, n) | ContactLine::WhatsApp(n) | ContactLine::Sms(n) => {
                    line.push_str(&format!(" {}", super::markup::ltr(n)));
                }
                ContactLine::Placeholder(text) => unverified = Some(text.to_string()),
                _ => {}
            }
        }
        lines.push(line);
    }
    lines.extend(unverified.map(|text| format!("#emph[{}]", escape(&text))));
    if lines.is_empty() {
        let sections = page.document.headings.iter().filter(|h| h.level == 2);
        lines = sections.map(|h| escape(&h.text)).collect();
    }
    lines
}

/// The name of language `lang` as a sentence in language `sentence` says it (`Spanish` in an
/// English sentence, `español` in a Spanish one): the message `language-name-<lang>` (or of its
/// primary subtag) that `sentence` itself defines; else the language's own name, `own`.
fn name_in(site: &Site, lang: &str, sentence: &str, own: &str) -> String {
    let primary = lang.split('-').next().unwrap_or(lang);
    [lang, primary]
        .iter()
        .find_map(|code| {
            let message = site
                .locales
                .message(sentence, &format!("language-name-{code}"), None)?;
            message.ok().filter(|m| m.lang == sentence).map(|m| m.text)
        })
        .unwrap_or_else(|| own.to_string())
}

/// Wallet cards, several to a sheet, with cut marks.
pub(super) fn card(
    fonts: &Fonts,
    f: &Frame,
    lines: &[String],
    paper: Paper,
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let items: String = lines.iter().map(|l| format!("[{l}],")).collect();
    // What every printed layout says, a card too: a draft says so, and when it was checked.
    let mut small: Vec<String> = f
        .notices
        .iter()
        .map(|n| format!("#strong[{}]", escape(n)))
        .collect();
    small.push(escape(&f.card_reviewed));
    small.push(escape(&f.disclaimer));
    let qr = card_qr_mm(&f.url);
    let content = format!(
        "#grid(columns: (1fr, {qr:.1}mm), column-gutter: 2mm, [#text(size: 10pt, weight: \"bold\", fill: rgb(\"{}\"))[{}] #set text(size: 8.5pt)\n#list(tight: true, {items})], [#image(\"/qr.svg\", width: {qr:.1}mm)])\n#v(1fr)\n#text(size: 6pt)[{}]\n",
        f.look.accent,
        escape(&f.title),
        small.join(" · ")
    );
    card_sheet(fonts, f, content, (paper, "leaflet"), ident)
}

/// "I speak K'iche'": the language's own name large, and the request for an interpreter in
/// Spanish and English (and in the language itself where its strings say it).
pub(super) fn language_card(
    site: &Site,
    fonts: &Fonts,
    look: &Look,
    lang: &str,
    paper: Paper,
) -> Result<Vec<u8>> {
    let Some(language) = site.config.language(lang) else {
        return Ok(Vec::new());
    };
    let lines = card_sentences(site, lang, &language.name);
    let f = Frame::bare(lang, language.dir == Direction::Rtl, &language.name, look);
    // Each sentence in its own language and direction: on an Arabic card, a Spanish sentence
    // is set left to right, its full stop at its end.
    let said: String = lines
        .iter()
        .map(|(code, text)| {
            let dir = match site.config.language(code).map(|l| l.dir) {
                Some(Direction::Rtl) => "rtl",
                _ => "ltr",
            };
            format!(
                "#block(width: 100%)[#set text({}, dir: {dir})\n{}]\n",
                lang_args(code),
                escape(text)
            )
        })
        .collect();
    let mut content = format!(
        "#text(size: 18pt, weight: \"bold\")[{}]\n\n{said}",
        escape(&language.name)
    );
    // Where the language has recordings: a code to its listening page, for those who listen.
    let mut f = f;
    if crate::render::has_recordings(site, lang) {
        let url = format!(
            "{}{}",
            site.config.base_url,
            crate::site::paths::listen_path(lang)
        );
        let label = site.locales.plain(lang, "listen-qr", None)?;
        f.listen = Some((label.clone(), frame::qr_svg(&url)));
        content = format!(
            "#grid(columns: (1fr, 20mm), column-gutter: 2mm, [{content}], [#image(\"/listen.svg\", width: 20mm) #text(size: 7pt)[{}]])\n",
            escape(&label)
        );
    }
    let ident = format!("{lang}/language-card-{}", paper.name());
    card_sheet(fonts, &f, content, (paper, "language-card"), &ident).map_err(|e| {
        let said = match e {
            Problem::TooLong(said) => said,
            Problem::Failed(detail) => crate::said!(
                "leaflet-language-card-failed",
                paper = paper.name(),
                detail = detail
            ),
        };
        Error::one(Diagnostic::in_file(
            &PathBuf::from("locales").join(lang),
            said,
        ))
    })
}

/// The language card's sentence in the language itself, then Spanish and English: each only
/// where that language defines it, never a borrowed one passed off as K'iche'.
fn card_sentences(site: &Site, lang: &str, name: &str) -> Vec<(String, String)> {
    let mut lines: Vec<(String, String)> = Vec::new();
    for code in [lang, "es", "en"] {
        if lines.iter().any(|(c, _)| c == code) {
            continue;
        }
        let mut args = FluentArgs::new();
        args.set("language", name_in(site, lang, code, name));
        if let Some(Ok(m)) = site
            .locales
            .message(code, "language-card", Some(&args))
            .filter(|m| m.as_ref().is_ok_and(|m| m.lang == code))
        {
            lines.push((
                code.to_string(),
                m.text.replace(['\u{2068}', '\u{2069}'], ""),
            ));
        }
    }
    lines
}

/// Cards on a sheet of `paper`; `what` names them in a message: `leaflet` (a page's wallet card)
/// or `language-card`.
pub(super) fn card_sheet(
    fonts: &Fonts,
    f: &Frame,
    content: String,
    (paper, what): (Paper, &str),
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (cw, ch) = CARD;
    let one = compile(
        fonts,
        format!("{}{content}", preamble(f, cw, ch, 4.0, 9.0)),
        frame::files(f),
    )?;
    if one.pages().len() > 1 {
        return Err(Problem::TooLong(crate::said!(
            "leaflet-card-too-long",
            what = what,
            layout = "card",
            paper = paper.name(),
            count = one.pages().len()
        )));
    }
    let card_pdf = pdf(&one, &format!("{ident}-card"))?;
    let (w, h) = paper.size();
    let rows = ((h - 20.0) / ch).floor() as usize;
    let (left, top) = ((w - 2.0 * cw) / 2.0, (h - rows as f64 * ch) / 2.0);
    let mut sheet = preamble(f, w, h, 0.0, 10.0);
    for r in 0..rows {
        for c in 0..2 {
            sheet.push_str(&format!(
                "#place(top + left, dx: {}mm, dy: {}mm, image(\"/card.pdf\", width: {cw}mm, height: {ch}mm))\n",
                left + c as f64 * cw,
                top + r as f64 * ch
            ));
        }
    }
    // Cut marks in the margins, in line with every card edge.
    let mark = "stroke: 0.3pt + luma(100)";
    for c in 0..=2 {
        let x = left + c as f64 * cw;
        sheet.push_str(&format!(
            "#place(top + left, dx: {x}mm, dy: {}mm, line(length: 5mm, angle: 90deg, {mark}))\n",
            top - 7.0
        ));
        sheet.push_str(&format!(
            "#place(top + left, dx: {x}mm, dy: {}mm, line(length: 5mm, angle: 90deg, {mark}))\n",
            top + rows as f64 * ch + 2.0
        ));
    }
    for r in 0..=rows {
        let y = top + r as f64 * ch;
        sheet.push_str(&format!(
            "#place(top + left, dx: {}mm, dy: {y}mm, line(length: 5mm, {mark}))\n",
            left - 7.0
        ));
        sheet.push_str(&format!(
            "#place(top + left, dx: {}mm, dy: {y}mm, line(length: 5mm, {mark}))\n",
            left + 2.0 * cw + 2.0
        ));
    }
    Ok(pdf(
        &compile(fonts, sheet, vec![("/card.pdf", card_pdf)])?,
        ident,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cards were once made from a second reading of the page that curled K'iche'
    /// apostrophes (`K’i ak’alab’`) where the web page kept them as letters.
    #[test]
    fn kiche_card_lines_keep_their_apostrophes() -> Result<()> {
        let file = crate::content::PageFile {
            shown: std::path::Path::new("content/quc/a.md"),
            id: "a",
            lang: "quc",
            apostrophe_is_letter: true,
            allow_raw_html: false,
            base_url: "https://example.test/",
            asset: &|_| None,
        };
        let text = "+++\ntitle = \"A\"\nupdated = 2026-11-20\nleaflet = { layouts = [\"card\"] }\n+++\n## K'i ak'alab'\n\nx\n\n### Nab'e\n";
        let page = crate::content::parse_page(text.to_string(), &file)?;
        let f = Frame::bare("quc", false, "A", &Look::default());
        assert_eq!(lines(&page, &f), ["K\\'i ak\\'alab\\'"]);
        Ok(())
    }
}
