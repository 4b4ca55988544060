//! `lantern completions SHELL` and `lantern man`: generated from the clap definitions, so
//! they never drift from the commands (packaging/ keeps the copies a package installs,
//! checked by tests/deployment.rs).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use super::Cli;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write a page per command (lantern.1, lantern-sync.1, ...) into DIR instead of
    /// printing lantern.1
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// Completions for `shell` on standard output (`lantern completions bash > ...`).
pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut cmd, "lantern", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The manual page(s), in roff.
pub fn man(args: ManArgs) -> anyhow::Result<ExitCode> {
    let cmd = Cli::command();
    match args.dir {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(cmd, &dir)
                .with_context(|| format!("writing the pages into {}", dir.display()))?;
            say!("wrote the manual pages into {}", dir.display());
        }
        None => {
            let mut out = std::io::stdout().lock();
            // As the per-command pages render it (no `help` subcommand to list).
            clap_mangen::Man::new(cmd.disable_help_subcommand(true)).render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
