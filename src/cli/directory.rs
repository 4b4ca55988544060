//! `lantern directory import|stats|search`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use lantern::referral::model::Counts;
use lantern::referral::report::MAX_LOST_SHARE;
use lantern::referral::{Directory, ImportReport, import_csv, import_json, store};
use lantern::sanitize::terminal_safe;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct DirectoryArgs {
    #[command(subcommand)]
    action: DirectoryAction,
}

#[derive(Debug, clap::Subcommand)]
enum DirectoryAction {
    /// Check and install an HSDS 3.0 directory: a CSV datapackage folder or a JSON file
    Import {
        path: PathBuf,
        /// Only check: report problems, install nothing
        #[arg(long)]
        check: bool,
        /// Print the report as JSON
        #[arg(long)]
        json: bool,
        /// Install even when more than a tenth of the package's services could not be read
        #[arg(long)]
        accept_partial: bool,
    },
    /// Counts of the directory in use: services, categories, languages
    Stats,
    /// Find services by words in their name, organization, description or eligibility
    Search { text: String },
}

/// Imports from a folder (CSV datapackage) or a file (JSON).
pub fn import_path(path: &Path) -> (Directory, ImportReport) {
    if path.is_dir() {
        import_csv(path)
    } else {
        import_json(path)
    }
}

/// A package big enough for a progress bar: a few seconds of reading.
const PROGRESS_FROM_BYTES: u64 = 20_000_000;

/// `import_path`, with a progress bar on standard error for a large CSV package when standard
/// error is a terminal (never in a pipe or a log): the share of the package's bytes read,
/// table by table, then the building of the directory.
fn import_with_progress(path: &Path) -> (Directory, ImportReport) {
    use std::io::IsTerminal;
    let total: u64 = std::fs::read_dir(path)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    if !path.is_dir() || total < PROGRESS_FROM_BYTES || !std::io::stderr().is_terminal() {
        return import_path(path);
    }
    let done = std::cell::Cell::new(0u64);
    let last = std::cell::Cell::new(0u64);
    let bar = |name: &str, size: u64| {
        done.set(done.get() + last.get());
        last.set(size);
        let share = (done.get() as f64 / total.max(1) as f64).min(1.0);
        let filled = (share * 30.0) as usize;
        eprint!(
            "\r[{}{}] {:>3}% {:<32}",
            "#".repeat(filled),
            ".".repeat(30 - filled),
            (share * 100.0) as u32,
            if name.is_empty() {
                "building the directory".to_string()
            } else {
                terminal_safe(name)
            }
        );
    };
    let out = lantern::referral::import_csv::import_csv_with_progress(path, &bar);
    // Clear the bar's line before the report.
    eprint!("\r{:80}\r", "");
    out
}

/// The directory in use: the installed one, else the shipped `directory/`.
pub fn current(env: &Env) -> anyhow::Result<Directory> {
    let settings = env.settings()?;
    let paths = env.vault_paths(&settings)?;
    Ok(store::load_or(&paths.data_dir, || {
        lantern::shipped::sample_directory(&env.root).0
    })?)
}

pub fn run(env: &Env, args: DirectoryArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        DirectoryAction::Import {
            path,
            check,
            json,
            accept_partial,
        } => {
            let (dir, report) = if json {
                import_path(&path)
            } else {
                import_with_progress(&path)
            };
            let counts = dir.counts();
            if json {
                say_json!(&serde_json::json!({"report": &report, "counts": counts}));
            } else {
                for d in &report.problems {
                    say!("{d}");
                }
                for t in &report.tables {
                    say!(
                        "{:<26} {:>7} row(s), {:>5} skipped",
                        t.file,
                        t.rows,
                        t.skipped
                    );
                }
                say!(
                    "{} of {} service(s) kept ({} matched from their text only), {} row(s) skipped, {} error(s)",
                    report.services,
                    report.services_read,
                    report.inferred,
                    report.skipped(),
                    report.errors()
                );
                print_counts(&counts);
            }
            let refused =
                report.too_partial(MAX_LOST_SHARE) && !(accept_partial && report.services > 0);
            if refused {
                if report.services == 0 {
                    say_err!("nothing to install: no usable service");
                } else {
                    say_err!(
                        "{} of {} service(s) could not be read (more than a tenth): nothing {}; fix the problems above, or pass --accept-partial to install the {} kept",
                        report.services_lost(),
                        report.services_read,
                        if check {
                            "would be installed"
                        } else {
                            "was installed"
                        },
                        report.services
                    );
                }
                return Ok(ExitCode::FAILURE);
            }
            if check {
                // A check passes only when the package is clean of errors.
                return Ok(if report.errors() > 0 {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                });
            }
            let settings = env.settings()?;
            let paths = env.vault_paths(&settings)?;
            let at = store::install(&paths.data_dir, &dir).context("installing the directory")?;
            say_err!(
                "installed {} service(s) at {}",
                dir.services.len(),
                at.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        DirectoryAction::Stats => {
            let dir = current(env)?;
            say!("source: {}", terminal_safe(&dir.source));
            print_counts(&dir.counts());
            for c in lantern::referral::taxonomy::all_categories() {
                let n = dir.services.iter().filter(|s| s.covers(c)).count();
                say!("  {:<24} {n}", c.as_str());
            }
            let mut langs: std::collections::BTreeMap<&str, usize> = Default::default();
            for s in &dir.services {
                for l in &s.languages {
                    *langs.entry(l.as_str()).or_default() += 1;
                }
            }
            say!(
                "languages spoken: {}",
                langs
                    .iter()
                    .map(|(l, n)| format!("{l} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let inferred = dir
                .services
                .iter()
                .filter(|s| s.confidence == lantern::referral::model::Confidence::Inferred)
                .count();
            say!("categories inferred from text (no lantern taxonomy): {inferred}");
            Ok(ExitCode::SUCCESS)
        }
        DirectoryAction::Search { text } => {
            let dir = current(env)?;
            let needle = text.to_lowercase();
            let hits: Vec<_> = dir
                .services
                .iter()
                .filter(|s| s.search_text().contains(&needle))
                .collect();
            for s in &hits {
                let cats: Vec<&str> = s.categories().iter().map(|c| c.as_str()).collect();
                say!(
                    "{}  ({}) [{}]{}",
                    terminal_safe(&s.name),
                    terminal_safe(&s.organization),
                    cats.join(", "),
                    s.phones
                        .first()
                        .map(|p| format!("  {}", terminal_safe(&p.number)))
                        .unwrap_or_default()
                );
            }
            say!("{} service(s) found", hits.len());
            Ok(if hits.is_empty() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// What a directory holds, so a table an import dropped is visible (no locations, no hours).
fn print_counts(c: &Counts) {
    say!(
        "organizations {}, services {} ({} active), locations {}, services at a location {}, with a phone {}, with hours {}",
        c.organizations,
        c.services,
        c.active,
        c.locations,
        c.services_at_a_location,
        c.with_phone,
        c.with_hours
    );
}
