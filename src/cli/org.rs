//! `lantern org init DIR`: start an organization's folder (lantern::org_folder).

use std::path::PathBuf;
use std::process::ExitCode;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct OrgArgs {
    #[command(subcommand)]
    action: OrgAction,
}

#[derive(Debug, clap::Subcommand)]
enum OrgAction {
    /// Create an organization's folder at DIR: keys/, screening/ (the shipped protocols, to
    /// edit), directory/, locales/ and settings.toml, each with a README; never replaces a file
    Init {
        /// The folder to create (or an empty one)
        dir: PathBuf,
    },
}

pub fn run(_env: &Env, args: OrgArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        OrgAction::Init { dir } => {
            let written = lantern::org_folder::init(&dir)?;
            say!(
                "created the organization's folder {} ({} files)",
                dir.display(),
                written.len()
            );
            let root = dir.display().to_string();
            let root = if root.contains(char::is_whitespace) {
                format!("\"{root}\"")
            } else {
                root
            };
            say!("next, as in {}:", dir.join("README.md").display());
            say!(
                "  1. lantern --root {root} keys init --identity PATH   (on the supervisor's machine; PATH outside the folder)"
            );
            say!(
                "  2. edit {} with your legal counsel, then: lantern --root {root} config check",
                dir.join("settings.toml").display()
            );
            say!("  3. review the protocols in screening/, then: lantern --root {root} lint");
            say!(
                "  4. put your HSDS directory in directory/, then: lantern --root {root} directory import {} --check",
                dir.join("directory").display()
            );
            say!(
                "lantern uses the folder when started inside it, with --root or LANTERN_ROOT, or next to the lantern executable."
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
