//! Wallet cards (the lines a family must keep, with the QR code to the page), the "I speak …"
//! language card, and the sheet of cards with cut marks that both are printed on.

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use super::Paper;
use super::contact;
use super::frame::{self, Frame, preamble};
use super::layouts::MARK_INSET;
use super::layouts::Problem;
use super::look::Look;
use super::markup::{escape, escape_numbers, lang_args};
use super::typeset::{compile, pdf};
use super::world::Fonts;
use crate::config::Direction;
use crate::content::Page;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::markdown::ContactLine;
use crate::site::{Route, Site};

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
/// sentence of its `headline` (its danger line), or of its first callout.
fn said_lines(page: &Page, headline: Option<String>) -> Vec<String> {
    let given = page.front.leaflet.as_ref().map(|l| l.card.clone());
    if let Some(given) = given.filter(|c| !c.is_empty()) {
        return given.iter().map(|l| escape_numbers(l)).collect();
    }
    let warning = headline.or_else(|| {
        let (_, _, words) = page.document.callouts(&page.source).into_iter().next()?;
        Some(frame::first_sentence(&words))
    });
    warning.iter().map(|h| escape_numbers(h)).collect()
}

/// The size of a card's numbers: the most legible text on it after the title.
const CARD_NUMBERS: &str = "11pt";

/// The front of a wallet card, as typst markup lines: what a family must keep, then each
/// contact's name and its numbers, labelled, bold and whole. `None` when the card would hold
/// nothing to keep but names without a verified number: such a card is not worth carrying.
pub(super) fn lines(page: &Page, f: &Frame) -> Option<Vec<String>> {
    let mut lines = said_lines(page, f.headline.clone());
    let kept = lines.len();
    let mut numbers = 0;
    // Services without a verified number share one note on a card, which has no room to repeat it.
    let mut unverified: Option<String> = None;
    let contacts = page
        .document
        .contacts
        .iter()
        .chain(f.cited.iter().flatten());
    for contact in contacts {
        let mut line = format!("#strong[{}]", escape(&contact.name));
        for part in contact.lines(&f.labels) {
            let (label, n) = match part {
                ContactLine::Phone(label, n) => (label, n),
                ContactLine::WhatsApp(n) => ("WhatsApp", n),
                ContactLine::Sms(n) => ("SMS", n),
                ContactLine::Placeholder(text) => {
                    unverified = Some(text.to_string());
                    continue;
                }
                _ => continue,
            };
            numbers += 1;
            line.push_str(&format!(" \\ {}", contact::number(label, n, CARD_NUMBERS)));
        }
        lines.push(line);
    }
    if kept == 0 && numbers == 0 {
        return None;
    }
    lines.extend(unverified.map(|text| format!("#emph[{}]", escape(&text))));
    Some(lines)
}

/// The back of a wallet card: what the holder shows an official, in the country's language (the
/// site's default): that the holder speaks another language and needs an interpreter, and what
/// the page's translation in that language says to keep; then lines to write a lawyer's name
/// and number on by hand, in the holder's language.
pub(super) fn official(site: &Site, route: &Route, page: &Page) -> String {
    let country = site.config.default_language.as_str();
    let mut said = Vec::new();
    if route.lang != country
        && let Some(language) = site.config.language(&route.lang)
    {
        let mut args = FluentArgs::new();
        args.set(
            "language",
            name_in(site, &route.lang, country, &language.name),
        );
        if let Some(Ok(m)) = site.locales.message(country, "language-card", Some(&args)) {
            said.push(escape(&m.text.replace(['\u{2068}', '\u{2069}'], "")));
        }
    }
    if let Some(theirs) = site.route(&page.id, country).and_then(|r| site.page(r)) {
        said.extend(said_lines(theirs, frame::headline(theirs)));
    }
    let heading = frame::optional(site, country, "card-official").map_or(String::new(), |h| {
        format!("#text(weight: \"bold\")[{}] ", escape(&h))
    });
    let dir = match site.config.language(country).map(|l| l.dir) {
        Some(Direction::Rtl) => "rtl",
        _ => "ltr",
    };
    let items: String = said.iter().map(|l| format!("[{l}],")).collect();
    format!(
        "#block[#set text({}, dir: {dir}, size: 9pt)\n{heading}#list(tight: true, {items})]\n{}",
        lang_args(country),
        write_in(site, &route.lang)
    )
}

/// Lines to write a lawyer's name and number on by hand, where the holder's language has the
/// words for them.
fn write_in(site: &Site, lang: &str) -> String {
    let word = |id: &str| frame::optional(site, lang, id);
    let (Some(lawyer), Some(phone)) = (word("card-lawyer"), word("card-write-phone")) else {
        return String::new();
    };
    let rule = "[#v(2.5mm)#line(length: 100%, stroke: 0.4pt)]";
    format!(
        "#v(1fr)\n#grid(columns: (auto, 1fr), row-gutter: 1.5mm, column-gutter: 1mm, text(size: 9pt)[{}], {rule}, text(size: 9pt)[{}], {rule})\n",
        escape(&lawyer),
        escape(&phone)
    )
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

/// Wallet cards, several to a sheet, both sides: the front with what the family keeps and the
/// QR code with the site's address under it, the back with `back` (see [`official`]).
pub(super) fn card(
    fonts: &Fonts,
    f: &Frame,
    (lines, back): (&[String], &str),
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
    let address = (f.url.trim_start_matches("https://")).trim_start_matches("http://");
    let front = format!(
        "#grid(columns: (1fr, {qr:.1}mm), column-gutter: 2mm, [#text(size: 10.5pt, weight: \"bold\", fill: rgb(\"{}\"))[{}] #set text(size: 9pt)\n#list(tight: true, {items})], [#image(\"/qr.svg\", width: {qr:.1}mm) #align(center, text(size: 6pt, dir: ltr)[{}])])\n",
        f.look.accent,
        escape(&f.title),
        escape(address),
    );
    let back = format!("{back}#v(2mm)\n#text(size: 6pt)[{}]\n", small.join(" · "));
    card_sheet(fonts, f, (front, Some(back)), (paper, "leaflet"), ident)
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
    // The sentences as large as the card holds: the official reads them at arm's length.
    let mut made = Err(Problem::Failed(String::new()));
    for size in [16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0] {
        let sized = format!("#set text(size: {size}pt)\n{content}");
        made = card_sheet(fonts, &f, (sized, None), (paper, "language-card"), &ident);
        if !matches!(made, Err(Problem::TooLong(_))) {
            break;
        }
    }
    made.map_err(|e| {
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

/// Cards on a sheet of `paper`, with cut marks inside the printable area and dashed cut lines;
/// with a back, a second side whose cards fall behind the first side's however the printer flips
/// the sheet. `what` names them in a message: `leaflet` (a page's wallet card) or
/// `language-card`.
pub(super) fn card_sheet(
    fonts: &Fonts,
    f: &Frame,
    (front, back): (String, Option<String>),
    (paper, what): (Paper, &str),
    ident: &str,
) -> std::result::Result<Vec<u8>, Problem> {
    let (cw, ch) = CARD;
    let sides = 1 + usize::from(back.is_some());
    let back = back.map_or(String::new(), |b| format!("#pagebreak()\n{b}"));
    let one = compile(
        fonts,
        format!("{}{front}{back}", preamble(f, cw, ch, 4.0, 9.0)),
        frame::files(f),
    )?;
    if one.pages().len() > sides {
        return Err(Problem::TooLong(crate::said!(
            "leaflet-card-too-long",
            what = what,
            layout = "card",
            paper = paper.name(),
            count = one.pages().len() + 1 - sides
        )));
    }
    let card_pdf = pdf(&one, &format!("{ident}-card"))?;
    let (w, h) = paper.size();
    // The marks need 6 mm above and below the cards, inside the printer's margin.
    let rows = ((h - 2.0 * (MARK_INSET + 6.0)) / ch).floor() as usize;
    let (left, top) = ((w - 2.0 * cw) / 2.0, (h - rows as f64 * ch) / 2.0);
    let mut sheet = preamble(f, w, h, 0.0, 10.0);
    for side in 1..=sides {
        if side > 1 {
            sheet.push_str("#pagebreak()\n");
        }
        for r in 0..rows {
            for c in 0..2 {
                sheet.push_str(&format!(
                    "#place(top + left, dx: {}mm, dy: {}mm, image(\"/card.pdf\", page: {side}, width: {cw}mm, height: {ch}mm))\n",
                    left + c as f64 * cw,
                    top + r as f64 * ch
                ));
            }
        }
        if side == 1 {
            sheet.push_str(&cut_lines((left, top), rows));
        }
    }
    Ok(pdf(
        &compile(fonts, sheet, vec![("/card.pdf", card_pdf)])?,
        ident,
    )?)
}

/// Cut marks in the margins, in line with every card edge and at least [`MARK_INSET`] from the
/// paper's edge, and dashed lines along the edges for scissors.
fn cut_lines((left, top): (f64, f64), rows: usize) -> String {
    let (cw, ch) = CARD;
    let (right, bottom) = (left + 2.0 * cw, top + rows as f64 * ch);
    let mark = "stroke: 0.3pt + luma(100)";
    let dash = "stroke: (paint: luma(170), thickness: 0.3pt, dash: \"dashed\")";
    let mut out = String::new();
    for c in 0..=2 {
        let x = left + c as f64 * cw;
        for y in [top - 6.0, bottom + 2.0] {
            out.push_str(&format!(
                "#place(top + left, dx: {x}mm, dy: {y}mm, line(length: 4mm, angle: 90deg, {mark}))\n"
            ));
        }
        out.push_str(&format!(
            "#place(top + left, dx: {x}mm, dy: {top}mm, line(length: {}mm, angle: 90deg, {dash}))\n",
            bottom - top
        ));
    }
    for r in 0..=rows {
        let y = top + r as f64 * ch;
        for x in [left - 6.0, right + 2.0] {
            out.push_str(&format!(
                "#place(top + left, dx: {x}mm, dy: {y}mm, line(length: 4mm, {mark}))\n"
            ));
        }
        out.push_str(&format!(
            "#place(top + left, dx: {left}mm, dy: {y}mm, line(length: {}mm, {dash}))\n",
            2.0 * cw
        ));
    }
    out
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
        let text = "+++\ntitle = \"A\"\nupdated = 2026-11-20\nleaflet = { layouts = [\"card\"], card = [\"K'i ak'alab'\"] }\n+++\n## Nab'e\n\nx\n";
        let page = crate::content::parse_page(text.to_string(), &file)?;
        let f = Frame::bare("quc", false, "A", &Look::default());
        assert_eq!(said_lines(&page, f.headline), ["K\\'i ak\\'alab\\'"]);
        Ok(())
    }
}
