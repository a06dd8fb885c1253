//! One reading of each page: a build reads every page's Markdown once, and so does `check`, which
//! loads the site once, renders no page and compresses nothing. A test binary of its own, so that no other test
//! reads pages while the counters are taken.

use std::path::{Path, PathBuf};

use senda::markdown::pages_read;
use senda::output::texts_compressed;
use senda::pipeline::{Options, prepare};
use senda::render::pages_rendered;

fn pages_in(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .count()
}

#[test]
fn a_build_and_a_check_read_each_page_once_and_check_renders_nothing() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pages = pages_in(&root.join("content"));
    assert!(pages > 10, "the example site has its pages");
    let options = Options::new(root, senda::content::Date::today());

    let (read, compressed) = (pages_read(), texts_compressed());
    let built = prepare(&options).expect("the example site builds");
    assert_eq!(pages_read() - read, pages, "a build reads each page once");
    assert!(
        texts_compressed() > compressed,
        "a build compresses what it publishes (the counter counts)"
    );
    assert!(built.outputs.iter().any(|o| o.path.ends_with(".pdf")));

    let rendered = pages_rendered();
    assert!(
        rendered > pages,
        "a build renders pages (the counter counts)"
    );
    let (read, compressed) = (pages_read(), texts_compressed());
    let found = senda::check::check(&options).expect("check runs");
    assert_eq!(pages_read() - read, pages, "check reads each page once");
    assert_eq!(pages_rendered(), rendered, "check renders no page");
    assert_eq!(texts_compressed(), compressed, "check compresses nothing");
    assert!(
        !found
            .problems
            .iter()
            .any(|d| d.severity == senda::diagnostics::Severity::Error),
        "the example site checks clean of errors"
    );
}
