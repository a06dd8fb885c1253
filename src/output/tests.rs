use super::*;
use crate::render::{MENU_PLACEHOLDER, RenderedPage};

fn page(path: &str, html: String, menu: &Arc<String>) -> RenderedPage {
    RenderedPage {
        route: crate::site::Route {
            id: path.to_string(),
            lang: "es".into(),
            content_lang: "es".into(),
            path: format!("es/{path}/"),
        },
        html,
        menu: Some(menu.clone()),
    }
}

#[test]
fn a_spliced_menu_is_what_minifying_the_whole_page_gives() {
    let menu = Arc::new(
        "<nav class=\"menu\">\n<ul>\n<li><a href=\"../a/\">A</a></li>\n<li><a href=\"../b/\">B &amp; C</a></li>\n</ul>\n<p>  Todas   las lenguas </p>\n</nav>\n".to_string(),
    );
    let shell = |inner: &str| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<title>T</title>\n</head>\n<body>\n<main>\n<p>Hola  <em>mundo</em> </p>\n</main>\n{inner}\n</body>\n</html>\n"
        )
    };
    // A menu that is not one block element is not minified apart: the page is minified whole.
    let inline = Arc::new("<a href=\"/a\">A</a> <a href=\"/b\">B</a>\n".to_string());
    let alone = pages(&[page("d", shell(MENU_PLACEHOLDER), &inline)]);
    assert_eq!(*alone[0].bytes, minify(&shell(&inline)));
    let rendered = [
        page("a", shell(MENU_PLACEHOLDER), &menu),
        page("b", shell(MENU_PLACEHOLDER), &menu),
        // A theme that put the placeholder inside an attribute: minified whole instead.
        page(
            "c",
            shell(&format!("<p title='{MENU_PLACEHOLDER}'>x</p>")),
            &menu,
        ),
    ];
    let out = pages(&rendered);
    let whole = minify(&shell(&menu));
    assert_eq!(*out[0].bytes, whole);
    assert_eq!(*out[1].bytes, whole);
    assert_eq!(
        *out[2].bytes,
        minify(
            &shell(&format!("<p title='{MENU_PLACEHOLDER}'>x</p>")).replacen(
                MENU_PLACEHOLDER,
                &menu,
                1
            )
        )
    );
}

#[test]
fn gzip_size_matches_a_real_gzip_at_the_same_level() {
    let page = "<p>Tienes derecho a pedir protección.</p>".repeat(200);
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, page.as_bytes()).unwrap_or_default();
    let real = encoder.finish().unwrap_or_default().len();
    assert_eq!(gzip_size(page.as_bytes()), real);
    assert_eq!(
        gzip_size(page.as_bytes()),
        real,
        "the reused compressor gives the same size"
    );
}
