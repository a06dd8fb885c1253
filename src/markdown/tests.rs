//! The reading of a page and its HTML, together: ids, links, blocks, apostrophes, nesting.

use std::path::Path;

use super::*;
use crate::diagnostics::Result;
use crate::said::Said;

struct Fake;

impl Resolve for Fake {
    fn page(&self, link: &Link) -> std::result::Result<String, Said> {
        let Target::Page { id, fragment } = &link.target else {
            return Err(Said::verbatim(format!("not a page: {}", link.written)));
        };
        let hash = fragment.as_ref().map_or(String::new(), |f| format!("#{f}"));
        (id == "asilo" || id == "guias/mexico")
            .then(|| format!("../{id}/{hash}"))
            .ok_or_else(|| {
                Said::verbatim(format!(
                    "link to a page that does not exist: `{}`",
                    link.written
                ))
            })
    }
    fn asset(&self, rel: &str) -> Option<String> {
        (rel == "img/mapa.png").then(|| format!("../../es/{rel}"))
    }
}

fn labels() -> Labels {
    Labels::from_texts(
        [
            "[callout-important]",
            "[callout-danger]",
            "[contact-phone]",
            "[contact-hours]",
            "[contact-address]",
            "[contact-placeholder]",
        ]
        .map(String::from),
    )
}

fn doc(body: &str, letter: bool) -> Result<(Document, String)> {
    let file = format!("+++\n+++\n{body}");
    let asset = |rel: &str| (rel == "img/mapa.png").then_some(Some((320, 200)));
    let doc = read(&Reading {
        shown: Path::new("content/es/a.md"),
        file: &file,
        body_start: 8,
        id: "a",
        apostrophe_is_letter: letter,
        title: None,
        allow_raw_html: false,
        base_url: "https://example.test/",
        asset: &asset,
        foreign: None,
    })?;
    Ok((doc, file))
}

struct Rendered {
    html: String,
    headings: Vec<Heading>,
}

fn md(body: &str, letter: bool) -> Result<Rendered> {
    let (doc, file) = doc(body, letter)?;
    let style = Style {
        id_prefix: "",
        allow_raw_html: false,
    };
    let html = to_html(
        &doc,
        (Path::new("content/es/a.md"), &file),
        &Fake,
        &labels(),
        style,
    )?;
    Ok(Rendered {
        html,
        headings: doc.headings,
    })
}

fn error(body: &str) -> String {
    md(body, false)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[test]
fn kiche_apostrophes_stay_as_written() -> Result<()> {
    let r = md(
        "Ri ak'al k'o pa b'e, ch'aqap ja. Kʼo \"jun\" don't.\n",
        true,
    )?;
    assert!(r.html.contains("ak'al k'o pa b'e, ch'aqap"), "{}", r.html);
    assert!(r.html.contains("Kʼo"), "{}", r.html);
    assert!(
        r.html.contains("“jun”"),
        "double quotes still curl: {}",
        r.html
    );
    let en = md("don't\n", false)?;
    assert!(en.html.contains("don’t"), "{}", en.html);
    Ok(())
}

#[test]
fn kiche_headings_keep_their_apostrophes_for_every_output() -> Result<()> {
    let (d, _) = doc("## Ri b'e\n\nK'o jun ak'al.\n", true)?;
    assert_eq!(d.headings[0].text, "Ri b'e");
    assert_eq!(d.key_points, ["Ri b'e: K'o jun ak'al."]);
    Ok(())
}

#[test]
fn links_are_rewritten_and_missing_ones_located() -> Result<()> {
    let r = md(
        "[a](asilo.md#abogado) [g](guias/mexico.md) ![m](img/mapa.png) [x](https://x.org)\n",
        false,
    )?;
    assert!(r.html.contains("href=\"../asilo/#abogado\""), "{}", r.html);
    assert!(r.html.contains("href=\"../guias/mexico/\""), "{}", r.html);
    assert!(
        r.html.contains("<img src=\"../../es/img/mapa.png\" alt=\"m\" width=\"320\" height=\"200\" loading=\"lazy\">"),
        "{}",
        r.html
    );
    let no_alt = error("![](img/mapa.png)\n");
    assert!(
        no_alt.contains("content/es/a.md:3:1: this image has no alt text"),
        "{no_alt}"
    );
    let remote = error("![x](https://cdn.example/x.png)\n");
    assert!(remote.contains("is on another site"), "{remote}");
    let err = error("Hola\n\nVer [nada](nada.md).\n");
    assert!(
        err.contains("content/es/a.md:5:5: link to a page that does not exist: `nada.md`"),
        "{err}"
    );
    let out = error("[p](../../../etc/passwd)\n");
    assert!(
        out.contains("points outside its language's folder"),
        "{out}"
    );
    assert!(out.contains("go in content/assets/"), "{out}");
    Ok(())
}

/// A Jekyll site's home ends `<soundscapeAndroid@scottishtecharmy.support>`; it was read as a
/// page that does not exist, which stopped the build in every language.
#[test]
fn an_email_autolink_is_a_mailto_link_not_a_page() -> Result<()> {
    let r = md("Escríbenos: <ayuda@example.org>.\n", false)?;
    assert!(
        r.html
            .contains("<a href=\"mailto:ayuda@example.org\">ayuda@example.org</a>"),
        "{}",
        r.html
    );
    Ok(())
}

#[test]
fn heading_ids_are_unique_and_footnotes_cannot_collide() -> Result<()> {
    let r = md(
        "## ¿Qué es COMAR?\n\n## Fn 1\n\n## Ayuda\n\n## Ayuda\n\nNota[^1].\n\n[^1]: Fuente.\n",
        false,
    )?;
    let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["qué-es-comar", "fn-1-1", "ayuda", "ayuda-1"]);
    assert!(r.html.contains("id=\"fn-1\""), "{}", r.html);
    let custom = md("## Abogado {#abogado}\n", false)?;
    assert_eq!(custom.headings[0].id, "abogado");
    Ok(())
}

/// The ids the anchor check knows are the ids the HTML carries: there is one list of them.
#[test]
fn every_heading_id_in_the_html_is_in_the_document_and_no_other() -> Result<()> {
    let body =
        "## A `b` *c*\n\n```callout important\n## Dentro\n```\n\n## A b c\n\n## Fn 1\n\n[^1]: x\n";
    let r = md(body, false)?;
    let in_html: Vec<&str> = r
        .html
        .split("<h2 id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let known: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(in_html, known);
    assert_eq!(known, ["a-b-c", "dentro", "a-b-c-1", "fn-1-1"]);
    Ok(())
}

#[test]
fn callouts_and_contacts() -> Result<()> {
    let r = md(
        "```callout danger\nVe a un **lugar seguro**.\n```\n\n```contact\nname = \"Casa\"\nphone = \"+52 (55) 1234-5678\"\nwhatsapp = \"+52 55 1234 5678\"\n```\n",
        false,
    )?;
    assert!(r.html.contains("<aside class=\"callout danger\" role=\"alert\"><p class=\"callout-title\"><strong>[callout-danger]</strong>"), "{}", r.html);
    assert!(
        r.html.contains("<strong>lugar seguro</strong>"),
        "{}",
        r.html
    );
    assert!(r.html.contains("href=\"tel:+525512345678\""), "{}", r.html);
    assert!(
        r.html.contains("href=\"https://wa.me/525512345678\""),
        "{}",
        r.html
    );
    let bad = error("```contact\nname = \"Casa\"\nphone = \"call me\"\n```\n");
    assert!(bad.contains("is not a phone number"), "{bad}");
    let typo = error("\n```contact\nnme = \"Casa\"\n```\n");
    assert!(
        typo.contains("content/es/a.md:5:1: unknown field `nme`"),
        "{typo}"
    );
    Ok(())
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}x\n", "> ".repeat(10_000));
    let err = error(&deep);
    assert!(err.contains("nested more than"), "{err}");
}

#[test]
fn one_key_point_per_section() -> Result<()> {
    let (d, _) = doc(
        "Intro.\n\n## Tu derecho\n\nPuedes pedir asilo. Es gratis.\n\n## Ayuda\n\n- lista\n\nBusca un **abogado** hoy.\n",
        false,
    )?;
    assert_eq!(
        d.key_points,
        ["Tu derecho: Puedes pedir asilo. Es gratis.", "Ayuda: lista"]
    );
    Ok(())
}

/// A section that opens with its steps once vanished from posters, and advice was cut after its
/// first sentence; a paragraph ending in a colon lost the list it introduced.
#[test]
fn key_points_keep_steps_and_what_a_colon_introduces() -> Result<()> {
    let (d, _) = doc(
        "## Qué puedes hacer

1. Busca un lugar seguro.
2. Pide ayuda.

## Qué piden

Las organizaciones piden que:

- informen,
- escuchen.

Más texto.
",
        false,
    )?;
    assert_eq!(
        d.key_points,
        [
            "Qué puedes hacer: Busca un lugar seguro. Pide ayuda.",
            "Qué piden: Las organizaciones piden que: informen, escuchen."
        ]
    );
    Ok(())
}

/// A Jekyll page wrapped in `<div markdown="1">` has its points; a pull quote in an
/// `<aside markdown="1">` is not one of them.
#[test]
fn key_points_read_through_wrappers_and_skip_asides() -> Result<()> {
    let (d, _) = doc(
        "<div dir=\"rtl\" markdown=\"1\">\n\n## Uno\n\n<aside markdown=\"1\" class=\"pquote\">\n  Una cita.\n</aside>\n\nLo que dice.\n\n</div>\n",
        false,
    )?;
    assert_eq!(d.key_points, ["Uno: Lo que dice."]);
    Ok(())
}

#[test]
fn prose_is_quoted_as_typed() -> Result<()> {
    let (d, file) = doc("Dijo \"ven\" -- y... se fue.\n\n## No\n\n- uno\n", false)?;
    let prose = d.prose(&file);
    let texts: Vec<&str> = prose.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["Dijo \"ven\" -- y... se fue.", "uno"]);
    Ok(())
}

#[test]
fn a_leading_title_is_not_shown_twice() -> Result<()> {
    let file = "+++\n+++\n# Know your rights\n\nText.\n\n# Another\n";
    let reading = |title| Reading {
        shown: Path::new("content/es/a.md"),
        file,
        body_start: 8,
        id: "a",
        apostrophe_is_letter: false,
        title,
        allow_raw_html: false,
        base_url: "https://example.test/",
        asset: &|_| None,
        foreign: None,
    };
    let untitled = read(&reading(None))?;
    assert_eq!(untitled.title.as_deref(), Some("Know your rights"));
    assert_eq!(untitled.headings.len(), 1, "the second `#` heading stays");
    let same = read(&reading(Some("know your rights")))?;
    assert_eq!(same.headings.len(), 1);
    let other = read(&reading(Some("Tus derechos")))?;
    assert_eq!(other.title, None);
    assert_eq!(
        other.heading.as_deref(),
        Some("Know your rights"),
        "a different heading is the one shown, as Docusaurus and MkDocs show it"
    );
    assert_eq!(other.headings.len(), 1);
    assert_eq!(
        other.headings[0].level, 2,
        "the second `#` is shown one level lower"
    );
    Ok(())
}

#[test]
fn task_lists_keep_their_boxes() -> Result<()> {
    let r = md("- [ ] pide una cita\n- [x] busca un abogado\n", false)?;
    assert!(r.html.contains("type=\"checkbox\""), "{}", r.html);
    assert!(r.html.contains("checked"), "{}", r.html);
    Ok(())
}

#[test]
fn containers_become_callouts_with_their_titles() -> Result<()> {
    let r = md(
        "::: warning Cuidado\n- uno\n- dos\n:::\n\nDespués.\n\n::: details Más\nOculto.\n:::\n\n::: danger\nPeligro.\n:::\n",
        false,
    )?;
    assert!(
        r.html.contains("<aside class=\"callout important\"><p class=\"callout-title\"><strong>Cuidado</strong></p><ul>"),
        "{}",
        r.html
    );
    assert!(
        r.html.contains("</ul>\n</aside>\n<p>Después.</p>"),
        "the list ends inside the box: {}",
        r.html
    );
    assert!(
        r.html.contains(
            "<details class=\"callout\"><summary><strong>Más</strong></summary><p>Oculto.</p>"
        ),
        "{}",
        r.html
    );
    assert!(
        r.html.contains(
            "role=\"alert\"><p class=\"callout-title\"><strong>[callout-danger]</strong>"
        ),
        "{}",
        r.html
    );
    let unclosed = error("Hola\n\n::: tip\nSin cerrar.\n");
    assert!(
        unclosed.contains("content/es/a.md:5:1: this `::: tip` box is never closed"),
        "{unclosed}"
    );
    Ok(())
}

#[test]
fn raw_html_is_read_tag_by_tag() -> Result<()> {
    let (d, _) = doc(
        "<a id=\"general\"></a>\n\n<p>Email: <script>x()</script> <a href=\"asilo.md\" onclick=\"y()\">asilo</a></p>\n\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n",
        false,
    )?;
    assert!(
        d.has_anchor("general"),
        "an id in raw HTML is a place links can go"
    );
    let warned: Vec<String> = d.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warned
            .iter()
            .any(|w| w.contains("content/es/a.md:5:11: the `<script>` element is taken out")),
        "{warned:?}"
    );
    assert!(
        warned
            .iter()
            .any(|w| w.contains("the `onclick` attribute is taken out")),
        "{warned:?}"
    );
    assert!(
        warned
            .iter()
            .any(|w| w.contains("`https://tracker.example/p.gif` is taken out")),
        "{warned:?}"
    );
    let r = md(
        "<p><a href=\"asilo.md#x\">asilo</a> <a href=\"nada.md\">nada</a></p>\n",
        false,
    );
    let err = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        err.contains("content/es/a.md:3:44: link to a page that does not exist: `nada.md`"),
        "{err}"
    );
    let ok = md("<p><a href=\"asilo.md#x\">asilo</a></p>\n", false)?;
    assert!(
        ok.html.contains("href=\"../asilo/#x\""),
        "raw HTML links are rewritten: {}",
        ok.html
    );
    Ok(())
}

#[test]
fn markdown_inside_kramdown_blocks_is_rendered() -> Result<()> {
    let r = md(
        "<aside markdown=\"1\" class=\"pquote\">\n  Some **bold** words.\n  <p markdown=\"1\" class=\"credit\">\n— [asilo](asilo.md)\n  </p>\n</aside>\n",
        false,
    )?;
    assert!(r.html.contains("<strong>bold</strong>"), "{}", r.html);
    assert!(
        r.html
            .contains("<a href=\"../asilo/\" rel=\"noopener noreferrer\">asilo</a>"),
        "{}",
        r.html
    );
    assert!(
        !r.html.contains("<p class=\"credit\">\n<p>"),
        "no paragraph inside a paragraph: {}",
        r.html
    );
    Ok(())
}

#[test]
fn percent_escapes_and_fragments_are_decoded() -> Result<()> {
    let (d, _) = doc("[x](#katk%C4%B1da-bulunma)\n", false)?;
    assert_eq!(d.links[0].target, Target::Here("katkıda-bulunma".into()));
    Ok(())
}

#[test]
fn template_code_of_other_generators_is_reported() -> Result<()> {
    let (d, source) = doc(
        "Ver {{< glossary id=\"AIA\" >}} y {% include x.html %}.\n\n```\n{{< code >}}\n```\n",
        false,
    )?;
    let warned: Vec<String> = d.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warned.len(), 2, "once per text, never in code: {warned:?}");
    assert!(
        warned[0]
            .contains("content/es/a.md:3:33: `{% include x.html %}` puts the text of another file"),
        "{warned:?}"
    );
    assert!(
        warned[1].contains("content/es/a.md:3:5: this is template code of another site generator"),
        "{warned:?}"
    );
    let at = d.template_code.clone().unwrap_or_default();
    assert_eq!(
        &source[at], "{{< glossary id=\"AIA\" >}}",
        "the whole shortcode, to name it"
    );
    Ok(())
}

/// The tree's HTML is CommonMark's, byte for byte, for all that senda does not write itself:
/// blocks, lists, tables, code, breaks, escapes and the newlines between them.
#[test]
fn html_from_the_tree_is_commonmarks() -> Result<()> {
    let body = "## Derechos {#derechos .grande .roja data-x=1 hidden}\n\nUn *párrafo* con **fuerza**, ~~tachado~~, `có<d>igo` y <https://example.org/a?b=1&c=2>.\nOtra línea  \ncon salto.\n\n> Una cita\n> - con lista\n\n1. uno\n2. dos\n   - tres\n\n   cuatro\n\n5. cinco\n6. seis\n\n3. tres\n\n- [ ] tarea\n- [x] hecha\n\n| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | *2* | 3 | 4 |\n| & | < | > | \" |\n\n| x |\n|---|\n\n```rust info\nfn main() { a < b }\n```\n\n```\nsin lengua\n```\n\n    sangrado\n\n---\n***\n\"Comillas\" y 'apóstrofos' -- y ... [texto](https://example.org/ñ?a=1&b='2' \"tí&tulo\") \\*no\\* &amp; &copy;\n\n### Otro {#otro}\n";
    let (d, file) = doc(body, false)?;
    let style = Style {
        id_prefix: "",
        allow_raw_html: false,
    };
    let html = to_html(
        &d,
        (Path::new("content/es/a.md"), &file),
        &Fake,
        &labels(),
        style,
    )?;
    let options = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES
        | pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION
        | pulldown_cmark::Options::ENABLE_TASKLISTS;
    let mut expected = String::new();
    pulldown_cmark::html::push_html(
        &mut expected,
        pulldown_cmark::Parser::new_ext(body, options),
    );
    assert_eq!(html, expected);
    Ok(())
}

/// The document is a tree: a tight item's words, a nested list and a link's words are where
/// they stand, and most text is a place in the file.
#[test]
fn the_document_is_a_tree_of_blocks_and_inlines() -> Result<()> {
    let (d, file) = doc("- uno [dos](https://example.org)\n  - tres\n", false)?;
    let [Block::List { start: None, items }] = d.blocks.as_slice() else {
        panic!("one list: {:?}", d.blocks);
    };
    let [Block::Plain(words), Block::List { .. }] = &items[0][..] else {
        panic!("words, then a list: {:?}", items[0]);
    };
    let [Inline::Source(..), Inline::Link { index: 0, children }] = &words[..] else {
        panic!("text, then a link: {words:?}");
    };
    assert_eq!(children[0].text(&file), Some("dos"));
    assert_eq!(words[0].text(&file), Some("uno "));
    assert_eq!(
        std::mem::size_of::<Inline>(),
        24,
        "pieces of text stay small"
    );
    Ok(())
}

/// The deepest page reading allows (200 levels) is read and written, by every writer, on the stack a worker
/// thread has (2 MiB): the writers walk the tree by recursion.
#[test]
fn the_deepest_page_allowed_fits_a_threads_stack() {
    let quotes = format!("{}x\n", "> ".repeat(199));
    let lists: String = (0..99)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect();
    let strong = format!("{}x{}\n", "**a ".repeat(60), " b**".repeat(60));
    for body in [quotes, lists, strong] {
        let run =
            std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn(move || -> Result<usize> {
                    let (d, file) = doc(&body, false)?;
                    let html = to_html(
                        &d,
                        (Path::new("content/es/a.md"), &file),
                        &Fake,
                        &labels(),
                        Style {
                            id_prefix: "",
                            allow_raw_html: false,
                        },
                    )?;
                    let text = to_plain(&d, &file, &Fake, &labels());
                    let _ = (d.prose(&file), d.callouts(&file));
                    let typst = crate::leaflet::markup::body(
                        &d,
                        &file,
                        &crate::leaflet::markup::Context::plain(&labels(), &[]),
                    );
                    Ok(html.len() + text.len() + typst.len() + d.depth)
                });
        let written = run.map(|t| t.join());
        assert!(matches!(written, Ok(Ok(Ok(n))) if n > 0), "{written:?}");
    }
}

/// Regression (found by fuzzing): a `contact` block indented in a list item, with a TOML mistake
/// after letters of several bytes, was an internal error ("not a char boundary") instead of a
/// located one, because the mistake's place in the block was read in the file.
#[test]
fn a_mistake_in_an_indented_contact_block_is_located_not_a_crash() {
    let body = "1. Paso:\n\n   ```contact\n   name = \"Casa\"\n   about = \"ؤؤؤؤؤؤ\" ؟\n   ```\n";
    let shown = error(body);
    assert!(shown.contains("a.md:"), "{shown}");
    assert!(!shown.contains("internal"), "{shown}");
}

/// A space typed into another site's address (Tella's Arabic `kobotoolbox .org`) breaks the
/// link there too: told, without stopping the build; a file of the site with spaces stops it.
#[test]
fn a_spaced_address_stops_the_build_only_when_it_names_a_file_of_the_site() -> Result<()> {
    let (d, _) = doc(
        "[Kobo](https://www.kobotoolbox .org/) y [aquí](/tella-web# managing-users)\n",
        false,
    )?;
    assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
    assert!(doc("[qué hacer](Qué hacer.md)\n", false).is_err());
    assert!(doc("![Un albergue](Foto albergue.JPG)\n", false).is_err());
    Ok(())
}
