//! The `senda` command: parses arguments, calls the library, prints the outcome.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use senda::build::{self, Options};
use senda::{Diagnostic, Error, status};

/// senda: multilingual know-your-rights sites, small enough for any phone.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    },
    /// Find every problem before publishing (pages over budget, ...) without writing anything.
    Check {
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), Error> {
    match command {
        Command::Build {
            root,
            output,
            base_url,
        } => {
            let report = build::build(&Options {
                root,
                output,
                base_url,
            })?;
            for w in &report.warnings {
                eprintln!("{w}");
            }
            let languages: Vec<String> = report
                .languages
                .iter()
                .map(|(lang, n)| {
                    if n.fallback > 0 {
                        format!("{lang} {} + {} untranslated", n.translated, n.fallback)
                    } else {
                        format!("{lang} {}", n.translated)
                    }
                })
                .collect();
            println!(
                "built {} files ({:.1} KB) into {} in {} ms: pages {}",
                report.files,
                report.bytes as f64 / 1024.0,
                report.output.display(),
                report.elapsed.as_millis(),
                languages.join(", ")
            );
            if !report.offline.is_empty() {
                let sizes: Vec<String> = report
                    .offline
                    .iter()
                    .map(|(lang, bytes)| format!("{lang} {:.1} KB", *bytes as f64 / 1024.0))
                    .collect();
                println!("offline.html after gzip: {}", sizes.join(", "));
            }
            Ok(())
        }
        Command::Check { root } => {
            let problems = build::prepare(&Options {
                root,
                ..Options::default()
            })?
            .warnings;
            if problems.is_empty() {
                println!("no problems found");
                Ok(())
            } else {
                let errors: Vec<_> = problems.into_iter().map(Diagnostic::error).collect();
                Err(Error::Invalid(errors))
            }
        }
        Command::Status { root, stamp } => {
            let config = senda::config::Config::load(&root)?;
            let site = senda::site::Site::load(config)?;
            match stamp {
                Some(file) => {
                    let digest = status::stamp(&site, &file)?;
                    println!("{}: source_digest = \"{digest}\"", file.display());
                }
                None => print!("{}", status::format_table(&site, &status::table(&site))),
            }
            Ok(())
        }
    }
}
