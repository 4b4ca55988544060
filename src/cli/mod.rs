//! clap commands: parse arguments, call the library, print. No domain logic here.
//!
//! Everything a command prints goes through the one sanitizer (`lantern::sanitize`): record
//! ids, file names, protocol ids and language tags come from files someone else may have
//! written (invariant 5). Use `say!`/`say_err!`/`say_json!`, never `println!`.

/// `println!` through the sanitizer: control characters and bidi overrides neutralized.
macro_rules! say {
    () => {
        println!()
    };
    ($($t:tt)*) => {
        println!("{}", lantern::sanitize::terminal_safe(&format!($($t)*)))
    };
}

/// `eprintln!` through the sanitizer.
macro_rules! say_err {
    ($($t:tt)*) => {
        eprintln!("{}", lantern::sanitize::terminal_safe(&format!($($t)*)))
    };
}

/// Pretty JSON with C1 controls and bidi overrides escaped (still the same data).
macro_rules! say_json {
    ($v:expr) => {
        println!(
            "{}",
            lantern::sanitize::json_safe(&serde_json::to_string_pretty($v)?)
        )
    };
}

mod config_cmd;
mod directory;
mod keys;
mod lint;
mod org;
mod practice;
mod protocols;
mod pull;
mod records;
mod screen;
mod shell;
mod simulate;
mod sync;
mod translate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use lantern::config::{DataRoot, Settings, config_file_path, load_settings};

#[derive(Debug, Parser)]
#[command(
    name = "lantern",
    version,
    about = "Offline, trauma-informed human-trafficking screening: protocols, encrypted records, referrals",
    long_about = None
)]
pub struct Cli {
    /// The organization's folder: keys/, screening/, locales/, directory/, each optional
    /// [default: found from the current folder upward, else the data folder or the
    /// executable's folder; what it lacks is built in (docs/deployment.md)]
    #[arg(long, global = true, env = "LANTERN_ROOT", value_name = "DIR")]
    root: Option<PathBuf>,
    /// Organization settings file [default: the user's config folder, lantern/config.toml]
    #[arg(long, global = true, env = "LANTERN_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Folder for the outbox, drafts and the device key [default: the user's data folder,
    /// lantern/]
    #[arg(long, global = true, env = "LANTERN_DATA", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Screen language (worker's), e.g. es or zh-Hans [default: from LANG/LC_*]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    /// Plain mode: numbered line-by-line prompts, for screen readers and serial consoles
    #[arg(long, global = true)]
    plain: bool,
    /// Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)
    #[arg(long, global = true, value_name = "THEME")]
    theme: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check protocol files and the keys folder: positioned errors with remedies
    Lint(lint::LintArgs),
    /// Walk a protocol with scripted answers and print the path and results (writes nothing)
    Simulate(simulate::SimulateArgs),
    /// List the protocols in screening/ with their languages and provenance
    Protocols(protocols::ProtocolsArgs),
    /// Print the JSON Schema of the protocol or settings format (for editors)
    Schema(protocols::SchemaArgs),
    /// Show, check or create the organization settings file
    Config(config_cmd::ConfigArgs),
    /// Manage the organization's public keys in keys/ (records are encrypted to them)
    Keys(keys::KeysArgs),
    /// List the encrypted records waiting to be synced, and check each file
    Outbox(records::OutboxArgs),
    /// Supervisor: decrypt and show one record (needs the organization's identity)
    Open(records::OpenArgs),
    /// Supervisor: export records as CSV or JSON lines for the case-management system
    Export(records::ExportArgs),
    /// Supervisor: aggregate, non-identifying counts for funder reporting
    Report(records::ReportArgs),
    /// The referral directory (HSDS 3.0): import, stats, search
    Directory(directory::DirectoryArgs),
    /// Start a screening straight away (hotline): `lantern screen --protocol hotline-brief --lang es`
    Screen(screen::ScreenArgs),
    /// Carry the encrypted outbox to a folder, an S3-compatible bucket or a WebDAV share
    Sync(sync::SyncArgs),
    /// Supervisor: copy new records from a folder, bucket or share to this machine, verified
    Pull(pull::PullArgs),
    /// Rehearse a screening with a fictional person and get a debrief (no keys, nothing saved)
    Practice(practice::PracticeArgs),
    /// Start an organization's folder: keys, protocols, directory and settings to deploy
    Org(org::OrgArgs),
    /// Translator round trip: export texts to gettext PO files, import them back, status
    Translate(translate::TranslateArgs),
    /// Print shell completions: `lantern completions bash > /etc/bash_completion.d/lantern`
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff): `lantern man | man -l -`
    Man(shell::ManArgs),
}

/// `lantern lint | head` should end quietly like any Unix tool; Rust ignores SIGPIPE by
/// default, which turns a closed pipe into a write error (or a panic in `println!`).
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: resetting a signal disposition to its default at start-up, before any thread
    // exists, has no memory-safety implications.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// What every command gets: where data lives and the settings in force.
pub struct Env {
    pub root: DataRoot,
    pub config_arg: Option<PathBuf>,
    pub data_dir_arg: Option<PathBuf>,
    pub lang: Option<String>,
    pub plain: bool,
    pub theme: Option<String>,
}

impl Env {
    pub fn settings(&self) -> anyhow::Result<Settings> {
        Ok(load_settings(
            self.config_arg.as_deref(),
            self.settings_path().as_deref(),
        )?)
    }

    /// The settings file when none is named: the user's `config.toml` when it exists, else
    /// the organization folder's `settings.toml` when it has one, else where the user's
    /// would go (docs/config.md).
    pub fn settings_path(&self) -> Option<PathBuf> {
        let user = config_file_path();
        user.clone()
            .filter(|p| p.exists())
            .or_else(|| self.root.settings())
            .or(user)
    }

    /// The vault's folders: --data-dir, else the user's data folder; the outbox from the
    /// settings when configured.
    /// The translations: the organization's over the shipped ones.
    pub fn catalog(&self) -> (lantern::i18n::Catalog, Vec<lantern::diagnostic::Diagnostic>) {
        lantern::shipped::catalog(&self.root)
    }

    /// The worker's languages, best first: `--lang`, then the system's (LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG); the catalog negotiates them (lantern::i18n::fallback_chain).
    pub fn ui_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self.lang.iter().cloned().collect();
        langs.extend(lantern::i18n::system_locales());
        langs
    }

    /// Where the protocols in use come from, for messages.
    pub fn protocols_from(&self) -> String {
        match self.root.screening() {
            Some(d) => d.display().to_string(),
            None => format!("{} screening/", lantern::shipped::BUILT_IN),
        }
    }

    pub fn vault_paths(&self, settings: &Settings) -> anyhow::Result<lantern::vault::VaultPaths> {
        let data = match self
            .data_dir_arg
            .clone()
            .or_else(lantern::config::default_data_dir)
        {
            Some(d) => d,
            None => anyhow::bail!("this system has no user data folder; pass --data-dir"),
        };
        // A relative outbox folder is relative to the settings file, not to wherever lantern
        // happens to be started from (two starts, two outboxes).
        let outbox = settings.file.outbox.folder.clone().map(|f| {
            match settings.path.as_ref().and_then(|p| p.parent()) {
                Some(dir) if f.is_relative() => dir.join(f),
                _ => f,
            }
        });
        Ok(lantern::vault::VaultPaths::new(data, outbox))
    }
}

pub fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    let env = Env {
        root: DataRoot::locate(cli.root.as_deref(), cli.data_dir.as_deref()),
        config_arg: cli.config,
        data_dir_arg: cli.data_dir,
        lang: cli.lang,
        plain: cli.plain,
        theme: cli.theme,
    };
    let result = match cli.command {
        Some(Command::Lint(a)) => lint::run(&env, a),
        Some(Command::Simulate(a)) => simulate::run(&env, a),
        Some(Command::Protocols(a)) => protocols::run(&env, a),
        Some(Command::Schema(a)) => protocols::schema(a),
        Some(Command::Config(a)) => config_cmd::run(&env, a),
        Some(Command::Keys(a)) => keys::run(&env, a),
        Some(Command::Outbox(a)) => records::outbox(&env, a),
        Some(Command::Open(a)) => records::open(&env, a),
        Some(Command::Export(a)) => records::export(&env, a),
        Some(Command::Report(a)) => records::report(&env, a),
        Some(Command::Screen(a)) => screen::run(&env, Some(a)),
        Some(Command::Directory(a)) => directory::run(&env, a),
        Some(Command::Sync(a)) => sync::run(&env, a),
        Some(Command::Pull(a)) => pull::run(&env, a),
        Some(Command::Practice(a)) => practice::run(&env, a),
        Some(Command::Org(a)) => org::run(&env, a),
        Some(Command::Translate(a)) => translate::run(&env, a),
        Some(Command::Completions(a)) => shell::completions(a),
        Some(Command::Man(a)) => shell::man(a),
        None => screen::run(&env, None),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            say_err!(
                "error: {}",
                lantern::sanitize::terminal_safe(&format!("{e:#}"))
            );
            ExitCode::FAILURE
        }
    }
}
