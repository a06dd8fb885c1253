//! senda: a static site generator for know-your-rights information for migrant children and
//! families. The pipeline runs one way:
//!
//! `senda.toml` → [`config::Config`] → [`site::Site`] (content, Fluent strings, routes) →
//! [`render::RenderedPage`] (Markdown, templates) → [`output::Output`] → [`write`] puts them in the output folder.

pub mod assets;
pub mod audio;
pub mod budget;
pub mod catalogue;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod digest;
pub mod directory;
pub mod editor;
pub mod files;
pub mod hosting;
pub mod html;
pub mod i18n;
pub mod images;
pub mod leaflet;
pub mod limits;
pub mod markdown;
pub mod mode;
pub mod output;
pub mod phone;
pub mod pipeline;
pub mod po;
pub mod render;
pub mod said;
pub mod scaffold;
#[cfg(feature = "serve")]
pub mod serve;
pub mod site;
pub mod split;
pub mod status;
pub mod svg;
mod toml_error;
pub mod write;

pub use diagnostics::{Diagnostic, Error, Result};
