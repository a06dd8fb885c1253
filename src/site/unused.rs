//! Files in `content/` that no page uses: not published, and reported, so that a scanned
//! passport, an old draft or a file put in the wrong folder does not go out with the site.

use std::collections::HashSet;
use std::path::Path;

use super::Site;
use crate::content::{Asset, Page};
use crate::diagnostics::Diagnostic;
use crate::markdown::{Inline, Target, each_inline};

/// Files by language and path under its folder.
type Files = HashSet<(String, String)>;

/// A theme file larger than this is not text a template could name a file in.
const MAX_THEME_TEXT: u64 = 1024 * 1024;

/// Takes out of the site's files those no page links or shows, no theme file names and no
/// `publish` pattern in `senda.toml` lists, and says which. A file that only a draft uses waits,
/// unpublished and unreported, until the draft is published. Recordings were taken out before,
/// with their pages.
pub(super) fn take(site: &mut Site) -> Vec<Diagnostic> {
    let (used, drafts) = used(site);
    let config = &site.config;
    let mut listed = vec![false; config.publish.len()];
    let mut theme: Option<String> = None;
    let mut unused = Files::new();
    // The theme's `static/` files are all published; the shared ones of `content/assets/` only
    // when used, like a language's.
    for asset in site
        .content
        .assets
        .iter()
        .filter(|a| a.lang != "/" || a.shared)
    {
        let mut published = used.contains(&key(asset));
        for (i, publish) in config.publish.iter().enumerate() {
            if publish.matches(&asset.lang, &asset.rel) {
                listed[i] = true;
                published = true;
            }
        }
        let mut in_theme = || {
            let theme = theme.get_or_insert_with(|| theme_text(&config.theme_dir));
            theme.contains(&asset.rel)
        };
        if !published && !in_theme() {
            unused.insert(key(asset));
        }
    }
    let mut found: Vec<Diagnostic> = (config.publish.iter().zip(listed))
        .filter(|(_, listed)| !listed)
        .map(|(publish, _)| publish.unmatched.clone())
        .collect();
    let root = config.root.clone();
    let default = config.default_language.clone();
    let gone = (site.content).remove_assets(|a| unused.contains(&key(a)));
    let reported = |a: &&Asset| !drafts.contains(&key(a));
    found.extend(
        gone.iter()
            .filter(reported)
            .map(|a| warning(&root, a, &default)),
    );
    found
}

fn key(asset: &Asset) -> (String, String) {
    (asset.lang.clone(), asset.rel.clone())
}

/// The files the published pages use, and those only drafts use, as (language, path under its
/// folder): links and images, in Markdown or raw HTML. A page made from a catalogue uses the
/// files of the page it translates.
fn used(site: &Site) -> (Files, Files) {
    let content = &site.content;
    let (mut used, mut drafts) = (Files::new(), Files::new());
    for page in content.all() {
        let into = if page.front.draft {
            &mut drafts
        } else {
            &mut used
        };
        for rel in files_named(page) {
            if let Some((_, asset)) = content.linked_asset(page, &page.lang, rel) {
                into.insert(key(asset));
            }
        }
    }
    drafts.retain(|key| !used.contains(key));
    (used, drafts)
}

/// The paths of the files a page links or shows, as its reading resolved them.
fn files_named(page: &Page) -> Vec<&str> {
    let mut rels: Vec<&str> = (page.document.links.iter())
        .filter_map(|link| match &link.target {
            Target::Asset { rel, .. } => Some(rel.as_str()),
            _ => None,
        })
        .collect();
    each_inline(&page.document.blocks, &mut |inline| {
        if let Inline::Image(image) = inline {
            rels.push(&image.rel);
        }
    });
    rels
}

/// The text of the theme's files but its `static/` folder (templates, CSS, hosting files): a
/// file of `content/` whose path is written there is one a template links.
fn theme_text(dir: &Path) -> String {
    let mut text = String::new();
    let walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !(e.depth() == 1 && e.file_name() == "static"));
    for entry in walk.flatten() {
        let small = entry.metadata().is_ok_and(|m| m.len() <= MAX_THEME_TEXT);
        if entry.file_type().is_file() && small {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            if let Ok(file) = std::str::from_utf8(&bytes) {
                text.push_str(file);
                text.push('\n');
            }
        }
    }
    text
}

/// What the writer is told about a file that is not published, located at the file; a shared
/// one is linked from the root, in a page of the `default` language, say.
fn warning(root: &Path, asset: &Asset, default: &str) -> Diagnostic {
    let shown = asset.file.strip_prefix(root).unwrap_or(&asset.file);
    let rel = &asset.rel;
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let (lang, address) = match asset.shared {
        true => (default, format!("/{rel}")),
        false => (asset.lang.as_str(), rel.clone()),
    };
    let target = if rel.contains(' ') {
        format!("<{address}>")
    } else {
        address
    };
    let said = match crate::audio::is_recording(rel) {
        true => crate::said!(
            "unused-recording",
            name = name,
            target = target,
            lang = lang,
            rel = rel
        ),
        false => crate::said!(
            "unused-file",
            name = name,
            target = target,
            lang = lang,
            rel = rel
        ),
    };
    Diagnostic::in_file(shown, said).warning()
}
