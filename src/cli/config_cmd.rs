//! `lantern config`: where the settings are, what is in force, and a starting file.

use std::process::ExitCode;

use anyhow::{Context, bail};
use lantern::config::{Settings, config_file_path, example_settings_body};
use lantern::sanitize::terminal_safe;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    action: ConfigAction,
}

#[derive(Debug, clap::Subcommand)]
enum ConfigAction {
    /// Print where lantern looks for the settings file
    Path,
    /// Check the settings file and summarize what is in force
    Check,
    /// Write the example settings to the settings path (or --config) to start editing
    Init {
        /// Replace an existing file
        #[arg(long)]
        force: bool,
    },
}

pub fn run(env: &Env, args: ConfigArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        ConfigAction::Path => {
            match env.config_arg.clone().or_else(|| env.settings_path()) {
                Some(p) => say!("{}", p.display()),
                None => bail!("this system has no user configuration folder; pass --config"),
            }
            Ok(ExitCode::SUCCESS)
        }
        ConfigAction::Check => {
            let s = env.settings()?;
            print_summary(&s);
            Ok(ExitCode::SUCCESS)
        }
        ConfigAction::Init { force } => {
            let Some(path) = env.config_arg.clone().or_else(config_file_path) else {
                bail!("this system has no user configuration folder; pass --config");
            };
            if path.exists() && !force {
                bail!(
                    "{} already exists; edit it, or pass --force to replace it",
                    path.display()
                );
            }
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            // Editors resolve `#:schema` relative to the file: point at the installed schema.
            let schema = env
                .root
                .org
                .as_ref()
                .map(|o| o.join("docs/settings.schema.json"))
                .filter(|s| s.is_file());
            let body = example_settings_body();
            let text = match schema {
                Some(schema) => format!("#:schema {}\n{body}", schema.display()),
                None => body.to_string(),
            };
            // The settings hold no personal data: organization name, legal text, numbers.
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            say!(
                "wrote {}\nEdit the jurisdiction notice, response steps and contacts with your legal counsel, then run `lantern config check`.",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_summary(s: &Settings) {
    let f = &s.file;
    match &s.path {
        Some(p) => say!("settings: {}", p.display()),
        None => {
            say!("settings: built-in example (no settings file yet; `lantern config init`)")
        }
    }
    say!("organization: {}", terminal_safe(&f.organization.name));
    say!("jurisdiction: {}", terminal_safe(&f.jurisdiction.name));
    if f.jurisdiction.is_example {
        say!(
            "WARNING: the jurisdiction is lantern's example. Replace its mandatory-reporting notice with your own legal guidance."
        );
    }
    say!(
        "minor reporting notice languages: {}",
        f.jurisdiction
            .minor_reporting_notice
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    say!("response steps: {}", f.response_steps.len());
    if f.response_steps.is_empty() {
        say!("WARNING: no response steps: urgent flags will show only each protocol's own steps.");
    }
    for c in &f.contacts {
        say!(
            "contact: {}{}",
            terminal_safe(Settings::pick(&c.label, "en")),
            c.phone
                .as_deref()
                .map(|p| format!(" {}", terminal_safe(p)))
                .unwrap_or_default()
        );
    }
    if let Some(r) = &f.region {
        say!("home region: {}", terminal_safe(&r.name));
        match &r.timezone {
            Some(tz) => say!("time zone for \"open now\": {}", terminal_safe(tz)),
            None => say!("time zone for \"open now\": the laptop's"),
        }
    }
    say!("idle timeout: {} min", f.session.idle_timeout_minutes);
    match &f.outbox.folder {
        Some(p) => say!("outbox: {}", p.display()),
        None => say!("outbox: the user's data folder"),
    }
}
