//! The `senda` command: parses arguments, calls the library, prints the outcome.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use senda::content::Date;
use senda::diagnostics::Severity;
use senda::pipeline::{self, Options};
use senda::said;
use senda::said::Tongue;
use senda::{Error, status};

/// Building a site allocates many short-lived strings on every thread; mimalloc's per-thread
/// heaps make that markedly cheaper than the system allocator (guide/developers/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// minify-html makes a hash map for every tag it reads, and ahash seeds each one from a single
/// counter shared by all threads; with a thread per core, that shared counter cost about 5% of
/// a large build. Each thread counts on its own instead (the keys stay random per process).
struct PerThreadSeeds;

impl ahash::random_state::RandomSource for PerThreadSeeds {
    fn gen_hasher_seed(&self) -> usize {
        thread_local!(static NEXT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
        NEXT.with(|next| {
            let seed = next.get().wrapping_add(0x9e37_79b9);
            next.set(seed);
            seed ^ (next as *const _ as usize)
        })
    }
}

/// senda: multilingual know-your-rights sites, small enough for any phone.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language senda speaks in: `es` or `en` (default: the site's default language).
    #[arg(long, global = true, value_name = "LANGUAGE")]
    lang: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (replaced only if the whole build succeeds).
    Build {
        /// The site's folder, holding senda.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: <root>/public).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Overrides base_url from senda.toml.
        #[arg(long)]
        base_url: Option<String>,
        /// Print nothing but problems.
        #[arg(long, short)]
        quiet: bool,
        /// Stop, writing nothing, when a page, photo or recording is over its budget or a
        /// leaflet's text does not fit (without it, these are warnings and the site is built).
        #[arg(long)]
        strict: bool,
    },
    /// Find every problem in the site as written before publishing (broken links, stale
    /// translations, dates past, ...) without building or writing anything.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `text` (default) or `json` for CI.
        #[arg(long, default_value = "text")]
        format: String,
        /// List every page a language lacks or has out of date, not one line per language.
        #[arg(long)]
        verbose: bool,
    },
    /// Preview the site while you edit: builds, serves on this computer, rebuilds when you save
    /// and reloads the browser.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Also make leaflets, offline files and compressed files on every save (slower).
        #[arg(long)]
        everything: bool,
    },
    /// Create a page in the default language, with a stub marked untranslated in each other one.
    New {
        /// The page's path inside a language folder: `guias/mexico` or `guias/mexico.md`.
        path: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new site in DIR that builds at once.
    Init {
        dir: PathBuf,
        /// The site's address (`https://derechos.example.org/`): printed in QR codes and shared
        /// links. Without it the site has a placeholder, and `check` says so.
        #[arg(long)]
        base_url: Option<String>,
        /// Where the site will be published: github, gitlab, netlify, cloudflare or apache. Writes
        /// the files that host needs, and names it in senda.toml.
        #[arg(long, value_parser = host_name)]
        host: Option<senda::config::Host>,
        /// Set up the browser editor (Decap CMS) at /admin/, saving to this repository:
        /// `github:org/name` or `gitlab:group/name`.
        #[arg(long, value_parser = senda::scaffold::EditorRepo::parse)]
        editor: Option<senda::scaffold::EditorRepo>,
    },
    /// Write the pages' words as translation catalogues for Weblate, Pontoon, Poedit or any tool
    /// that reads PO: po/messages.pot, and po/<language>.po for every other language, brought up
    /// to date with the pages (a changed paragraph is marked fuzzy, with its old text).
    Po {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Make a page too heavy for one download a page in parts: its first words list the parts,
    /// and each `##` section becomes a page of its own.
    Split {
        /// The page: `content/en/releases.md`.
        file: PathBuf,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Show which translations are up to date, stale, missing or waiting for review.
    Status {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Record that this translation is now up to date with its source page.
        #[arg(long, value_name = "FILE")]
        stamp: Option<PathBuf>,
        /// Record that this page's recording reads its text as it is now.
        #[arg(long, value_name = "FILE")]
        stamp_recording: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    // Fails only if a hash map was made already, and then the default seeds serve as well.
    let _ = ahash::random_state::set_random_source(PerThreadSeeds);
    let cli = Cli::parse();
    let tongue = writer_tongue(cli.lang.as_deref(), &cli.command);
    // Every panic is caught where it happens (a recording's decoder, the pipeline, the preview's
    // rebuild) and reported as an error about what was being made; the default hook would print
    // a backtrace-style "panicked" line that tells a translator nothing.
    std::panic::set_hook(Box::new(|_| {}));
    let ran = std::panic::catch_unwind(|| run(cli.command, tongue)).unwrap_or_else(|panic| {
        let detail = senda::diagnostics::panic_message(panic.as_ref());
        Err(Error::one(senda::diagnostics::Diagnostic::general(
            senda::said!("internal-error", detail = detail),
        )))
    });
    match ran {
        Ok(()) => ExitCode::SUCCESS,
        // Already reported (by `check`, on stdout).
        Err(Error::Invalid(list)) if list.is_empty() => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{}", e.words(tongue));
            ExitCode::FAILURE
        }
    }
}

/// The language to speak in: `--lang`, else the site's default language, else English.
fn writer_tongue(lang: Option<&str>, command: &Command) -> Tongue {
    if let Some(lang) = lang {
        return Tongue::for_language(lang);
    }
    let root = match command {
        Command::Build { root, .. }
        | Command::Check { root, .. }
        | Command::Serve { root, .. }
        | Command::New { root, .. }
        | Command::Po { root }
        | Command::Status { root, .. }
        | Command::Split { root, .. } => root,
        Command::Init { .. } => return Tongue::En,
    };
    senda::config::default_language_of(root).map_or(Tongue::En, |l| Tongue::for_language(&l))
}

fn run(command: Command, tongue: Tongue) -> Result<(), Error> {
    match command {
        Command::Build {
            root,
            output,
            base_url,
            quiet,
            strict,
        } => build_site(root, output, base_url, quiet, strict, tongue),
        Command::Check {
            root,
            format,
            verbose,
        } => check(root, &format, verbose, tongue),
        Command::Serve {
            root,
            bind,
            port,
            everything,
        } => serve(root, bind, port, everything, tongue),
        Command::New { path, root } => {
            let config = senda::config::Config::load(&root)?;
            let new = senda::scaffold::new_page(&config, &path, Date::today())?;
            for file in new.made {
                println!("{}", said!("new-created", file = &file).words(tongue));
            }
            for file in new.kept {
                println!("{}", said!("new-kept", file = &file).words(tongue));
            }
            for file in new.refreshed {
                println!("{}", said!("new-refreshed", file = &file).words(tongue));
            }
            Ok(())
        }
        Command::Init {
            dir,
            base_url,
            host,
            editor,
        } => {
            let host = host.unwrap_or(senda::config::Host::Any);
            let made = (host, editor.as_ref());
            senda::scaffold::init(&dir, base_url.as_deref(), made, Date::today())?;
            println!("{}", said!("init-created", dir = &dir).words(tongue));
            if let Some(next) = senda::scaffold::publishing_step(host, tongue) {
                println!("{}", said!("init-publish", next = next).words(tongue));
            }
            Ok(())
        }
        Command::Po { root } => po(root, tongue),
        Command::Split { file, root } => {
            let config = senda::config::Config::load(&root)?;
            let file = match file.is_absolute() || root == Path::new(".") {
                true => file,
                false => root.join(file),
            };
            let done = senda::split::split(&config, &file)?;
            for file in &done.made {
                println!("{}", said!("new-created", file = file).words(tongue));
            }
            println!(
                "{}",
                said!("split-removed", file = &done.removed).words(tongue)
            );
            for file in &done.translations {
                println!("{}", said!("split-translation", file = file).words(tongue));
            }
            Ok(())
        }
        Command::Status {
            root,
            stamp,
            stamp_recording,
        } => status(root, stamp, stamp_recording, tongue),
    }
}

/// `senda po`: the catalogues brought up to date, and how far each language is.
fn po(root: PathBuf, tongue: Tongue) -> Result<(), Error> {
    let config = senda::config::Config::load(&root)?;
    let site = senda::site::Site::load(config, Date::today())?;
    for c in senda::catalogue::update(&site.config, &site.content)? {
        let state = if c.changed { "written" } else { "unchanged" };
        let total = c.translated + c.fuzzy + c.untranslated;
        let said = match c.shown.extension().is_some_and(|e| e == "pot") {
            true => said!("po-template", file = &c.shown, total = total, state = state),
            false => said!(
                "po-catalogue",
                file = &c.shown,
                translated = c.translated,
                total = total,
                fuzzy = c.fuzzy,
                state = state
            ),
        };
        println!("{}", said.words(tongue));
    }
    Ok(())
}

/// `--host`: a host senda knows, or the list of those it does.
fn host_name(name: &str) -> Result<senda::config::Host, String> {
    senda::config::Host::named(name).ok_or_else(|| {
        let known: Vec<&str> = senda::config::Host::ALL.iter().map(|h| h.name()).collect();
        format!("write one of {}", known.join(", "))
    })
}

/// `senda serve`: the preview, until Ctrl-C.
#[cfg(feature = "serve")]
fn serve(
    root: PathBuf,
    bind: String,
    port: u16,
    everything: bool,
    tongue: Tongue,
) -> Result<(), Error> {
    let options = senda::serve::ServeOptions {
        root,
        bind,
        port,
        everything,
        tongue,
    };
    senda::serve::serve(&options, |url| {
        println!("{}", said!("serve-serving", url = url).words(tongue));
    })
}

/// `senda serve` in a senda built without the preview: says so, and how to get it.
#[cfg(not(feature = "serve"))]
fn serve(
    _root: PathBuf,
    _bind: String,
    _port: u16,
    _everything: bool,
    _tongue: Tongue,
) -> Result<(), Error> {
    Err(Error::one(senda::diagnostics::Diagnostic::general(said!(
        "serve-feature-missing"
    ))))
}

/// `senda build`: builds, then prints the warnings and a one-line summary.
fn build_site(
    root: PathBuf,
    output: Option<PathBuf>,
    base_url: Option<String>,
    quiet: bool,
    strict: bool,
    tongue: Tongue,
) -> Result<(), Error> {
    let report = pipeline::build(&Options {
        output,
        base_url,
        strict,
        progress: !quiet && std::io::stderr().is_terminal(),
        tongue,
        ..Options::new(root, Date::today())
    })?;
    for w in &report.warnings {
        eprintln!("{}", w.words(tongue));
    }
    if !quiet {
        println!("{}", summary(&report, tongue));
    }
    Ok(())
}

/// What a build made, where, how long each stage took, and each language's pages and offline file.
fn summary(report: &pipeline::Report, tongue: Tongue) -> String {
    let languages: Vec<String> = report
        .languages
        .iter()
        .map(|(lang, n)| {
            if n.fallback > 0 {
                let said = said!(
                    "build-language-fallback",
                    lang = lang,
                    translated = n.translated.to_string(),
                    fallback = n.fallback.to_string()
                );
                said.words(tongue)
            } else {
                format!("{lang} {}", n.translated)
            }
        })
        .collect();
    let stages: Vec<String> = report
        .stages
        .iter()
        .filter(|(_, d)| d.as_millis() > 0)
        .map(|(name, d)| pipeline::stage(name, d.as_millis(), tongue))
        .collect();
    let built = said!(
        "build-summary",
        files = report.files.to_string(),
        kb = format!("{:.1}", report.bytes as f64 / 1024.0),
        output = &report.output,
        ms = report.elapsed.as_millis().to_string(),
        stages = stages.join(", "),
        languages = languages.join(", ")
    );
    let mut text = built.words(tongue);
    if !report.text_sizes.is_empty() {
        // In tenths of a point, largest first.
        let mut counts: std::collections::BTreeMap<u32, usize> = Default::default();
        for size in &report.text_sizes {
            *counts.entry((size * 10.0).round() as u32).or_default() += 1;
        }
        let sizes: Vec<String> = counts
            .iter()
            .rev()
            .map(|(tenths, n)| format!("{} pt ×{n}", *tenths as f64 / 10.0))
            .collect();
        let said = said!("build-trifold-sizes", sizes = sizes.join(", "));
        text.push_str(&format!("\n{}", said.words(tongue)));
    }
    if !report.offline.is_empty() {
        let sizes: Vec<String> = report
            .offline
            .iter()
            .map(|(lang, bytes)| format!("{lang} {:.1} KB", *bytes as f64 / 1024.0))
            .collect();
        let said = said!("build-offline-sizes", sizes = sizes.join(", "));
        text.push_str(&format!("\n{}", said.words(tongue)));
    }
    text
}

/// `senda check`: every problem, then the count; fails when there is an error.
fn check(root: PathBuf, format: &str, verbose: bool, tongue: Tongue) -> Result<(), Error> {
    let options = Options::new(root, Date::today());
    let findings = match senda::check::check(&options) {
        Ok(findings) => findings,
        // Problems that stop the site from loading are reported the same way, on stdout.
        Err(Error::Invalid(problems)) => senda::check::Findings {
            problems,
            translation: Vec::new(),
            summary: Vec::new(),
        },
        Err(e) => return Err(e),
    };
    let errors = findings
        .problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    // Everything on stdout, so that `senda check > report.txt` keeps the whole report.
    if format == "json" {
        println!("{}", senda::check::to_json(&findings, tongue));
    } else {
        print!("{}", senda::check::text(&findings, verbose, tongue));
    }
    if errors > 0 {
        Err(Error::Invalid(Vec::new()))
    } else {
        Ok(())
    }
}

/// `senda status`: the translation table, or stamping one translation.
fn status(
    root: PathBuf,
    stamp: Option<PathBuf>,
    stamp_recording: Option<PathBuf>,
    tongue: Tongue,
) -> Result<(), Error> {
    let config = senda::config::Config::load(&root)?;
    let site = senda::site::Site::load(config, Date::today())?;
    if let Some(file) = stamp_recording {
        let digest = status::stamp_recording(&site, &file)?;
        println!("{}: recording_digest = \"{digest}\"", file.display());
        return Ok(());
    }
    match stamp {
        Some(file) => {
            let (digest, warnings) = status::stamp(&site, &file)?;
            for warning in warnings {
                eprintln!("{}", warning.words(tongue));
            }
            println!("{}: source_digest = \"{digest}\"", file.display());
        }
        None => print!(
            "{}",
            status::format_table(&site, &status::table(&site), tongue)
        ),
    }
    Ok(())
}
