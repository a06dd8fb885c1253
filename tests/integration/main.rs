//! Integration tests: build fixture sites under `tests/fixtures/` with the real `senda` binary and
//! assert on the files it writes and the messages it prints.

mod all_at_once;
mod apache;
mod audience;
mod audio;
mod browser;
mod build;
mod catalogues;
mod directory;
mod editing;
mod editor;
mod errors;
mod guide;
mod homes;
mod hosting;
mod images;
mod incremental;
mod leaflets;
mod links;
mod links_across;
mod output_folder;
mod preview_is_check;
mod real_content;
mod realworld;
mod realworld2;
mod serve_safety;
mod snapshots;
mod split;
mod status;
mod structure;
mod support;
mod text_version;
mod unpublished;
mod walk;
