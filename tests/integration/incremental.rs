//! Rebuilds in one process (`serve`) make again only what a change affects, and the result is the
//! same as a build from scratch.

use std::path::Path;

use senda::pipeline::{Cache, Options, prepare, prepare_cached};

use crate::support::Fixture;

fn options(root: &Path) -> Options {
    Options {
        mode: senda::mode::Mode::Preview,
        ..Options::new(root.to_path_buf(), senda::content::Date::today())
    }
}

fn files(built: &senda::pipeline::Built) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = built
        .outputs
        .iter()
        .map(|o| (o.path.clone(), o.bytes.to_vec()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_change_remakes_what_depends_on_it_and_nothing_else() {
    let site = Fixture::new("basic");
    let options = options(&site.root);
    let mut cache = Cache::for_rebuilds();
    let first = prepare_cached(&options, &mut cache).expect("first build");
    assert_eq!(first.made.len(), first.site.routes.len());

    let again = prepare_cached(&options, &mut cache).expect("second build");
    assert!(again.made.is_empty(), "nothing changed, nothing made again");
    assert_eq!(files(&again), files(&first));

    // A body edit remakes that page and its untranslated copies (fr and quc show the Spanish
    // text; ht and ar fall back to English and stay as they were).
    let file = site.root.join("content/es/abogado.md");
    let text = std::fs::read_to_string(&file).expect("read a file the test needs");
    std::fs::write(
        &file,
        text.replace("Tienes derecho", "Siempre tienes derecho"),
    )
    .expect("write a file of the test");
    let edited = prepare_cached(&options, &mut cache).expect("after an edit");
    let mut made: Vec<&str> = edited.made.iter().map(String::as_str).collect();
    made.sort_unstable();
    assert_eq!(made, ["es/abogado/", "fr/abogado/", "quc/abogado/"]);
    assert_eq!(
        files(&edited),
        files(&prepare(&options).expect("from scratch")),
        "same as a full build"
    );

    // A title edit changes every menu of the languages that show it.
    std::fs::write(
        &file,
        std::fs::read_to_string(&file)
            .expect("read a file the test needs")
            .replace("title = \"Un abogado\"", "title = \"Tu abogado\""),
    )
    .expect("write a file of the test");
    let retitled = prepare_cached(&options, &mut cache).expect("after a title edit");
    assert!(retitled.made.iter().any(|p| p == "es/asilo/"));
    assert!(retitled.made.iter().any(|p| p == "quc/"));
    assert_eq!(
        files(&retitled),
        files(&prepare(&options).expect("from scratch"))
    );

    // The strings and the templates are kept between rebuilds only while their files are as
    // they were: an edited message and an edited menu template show on the next rebuild.
    let strings = site.root.join("locales/es/main.ftl");
    let ftl = std::fs::read_to_string(&strings).expect("read a file the test needs");
    assert!(ftl.contains("\nhome = "), "{ftl}");
    std::fs::write(&strings, ftl.replace("\nhome = ", "\nhome = Portada ·"))
        .expect("write a file of the test");
    let menu = site.root.join("themes/default/templates/menu.html");
    let template = std::fs::read_to_string(&menu).expect("read a file the test needs");
    std::fs::write(&menu, template.replace("<h2>", "<h2 class=\"edited\">"))
        .expect("write a file of the test");
    let restyled = prepare_cached(&options, &mut cache).expect("after template and string edits");
    assert_eq!(restyled.made.len(), restyled.site.routes.len());
    let page = restyled
        .outputs
        .iter()
        .find(|o| o.path == "es/asilo/index.html")
        .map(|o| String::from_utf8_lossy(&o.bytes).into_owned())
        .unwrap_or_default();
    assert!(page.contains("Portada ·"), "{page}");
    assert!(page.contains("class=edited"), "{page}");
    assert_eq!(
        files(&restyled),
        files(&prepare(&options).expect("from scratch"))
    );
}

#[test]
fn reused_leaflets_and_compressed_files_are_the_same_as_new_ones() {
    let site = Fixture::new("leaflets");
    let options = Options::new(site.root.clone(), senda::content::Date::today());
    let mut cache = Cache::for_rebuilds();
    let first = prepare_cached(&options, &mut cache).expect("first build");
    let file = site.root.join("content/en/derechos.md");
    let text = std::fs::read_to_string(&file).expect("read a file the test needs");
    std::fs::write(
        &file,
        text.replace("Ask for legal help.", "Ask for free legal help."),
    )
    .expect("write a file of the test");
    let second = prepare_cached(&options, &mut cache).expect("second build");
    let fresh = prepare(&options).expect("from scratch");
    assert_eq!(
        files(&second),
        files(&fresh),
        "reused outputs equal new ones"
    );
    let pdf = |b: &senda::pipeline::Built| {
        b.outputs
            .iter()
            .find(|o| o.path == "en/leaflets/rights-trifold-a4.pdf")
            .map(|o| o.bytes.clone())
    };
    assert_ne!(
        pdf(&first),
        pdf(&second),
        "the edited page's leaflet was made again"
    );
}
