//! `lantern keys init|add|list|check`

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use lantern::sanitize::terminal_safe;
use lantern::vault::{Recipients, keys};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct KeysArgs {
    #[command(subcommand)]
    action: KeysAction,
}

#[derive(Debug, clap::Subcommand)]
enum KeysAction {
    /// Supervisor's one-time setup: create the organization identity (private key) at PATH,
    /// outside keys/, and add its public key to keys/
    Init {
        /// Where to write the identity: on the supervisor's machine or removable media, never
        /// on a field laptop
        #[arg(long, value_name = "PATH")]
        identity: PathBuf,
        /// File in keys/ to add the public key to
        #[arg(long, default_value = "organization.txt")]
        file: String,
    },
    /// Add a public key (age1... or an ssh-ed25519/ssh-rsa public key) to keys/
    Add {
        /// The public key; quote ssh keys ("ssh-ed25519 AAAA... comment")
        key: String,
        /// A comment written above the key (who or what it is)
        #[arg(long, default_value = "added with lantern keys add")]
        label: String,
        /// File in keys/ to add it to
        #[arg(long, default_value = "organization.txt")]
        file: String,
    },
    /// List the recipients every record is encrypted to
    List {
        #[arg(long)]
        json: bool,
    },
    /// Look for private keys where they must not be (keys/, lantern's data and settings)
    Check,
}

pub fn run(env: &Env, args: KeysArgs) -> anyhow::Result<ExitCode> {
    let keys_dir = env.root.keys();
    match args.action {
        KeysAction::Init { identity, file } => {
            check_file_name(&file)?;
            let public = keys::create_identity(&identity, &guarded_dirs(env)?)?;
            let entry = keys::add_key(
                &keys_dir,
                &file,
                &public,
                "organization key (lantern keys init)",
            )?;
            say!("Created the organization identity: {}", identity.display());
            say!(
                "Added its public key to {} line {}:",
                entry.file.display(),
                entry.line
            );
            say!("  {public}");
            say!();
            say!("IMPORTANT: the identity file can read every record. Keep it on the supervisor's");
            say!(
                "machine (or offline media), never on a field laptop. Make a backup: if it is lost,"
            );
            say!("no record can ever be read again.");
            Ok(ExitCode::SUCCESS)
        }
        KeysAction::Add { key, label, file } => {
            check_file_name(&file)?;
            let entry = keys::add_key(&keys_dir, &file, &key, &label)?;
            say!(
                "Added {} key {} to {} line {}",
                kind_name(entry.kind),
                entry.fingerprint,
                entry.file.display(),
                entry.line
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysAction::List { json } => {
            let r = Recipients::load(&keys_dir)?;
            if json {
                say_json!(&r.keys);
            } else if r.is_empty() {
                say!(
                    "No organization keys in {}: records cannot be saved until one is added (`lantern keys add age1...`).",
                    keys_dir.display()
                );
            } else {
                for k in &r.keys {
                    say!(
                        "{:<12} {}  {}:{}{}",
                        kind_name(k.kind),
                        k.fingerprint,
                        k.file.display(),
                        k.line,
                        k.comment
                            .as_deref()
                            .map(|c| format!("  ({})", terminal_safe(c)))
                            .unwrap_or_default()
                    );
                    if k.kind == keys::KeyKind::Age {
                        say!("             {}", k.key);
                    }
                }
                say!(
                    "{} recipient(s): every record is encrypted to all of them.",
                    r.keys.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        KeysAction::Check => {
            let dirs = guarded_dirs(env)?;
            let found = keys::find_private_keys(&dirs);
            let recipients = Recipients::load(&keys_dir);
            for d in &found {
                say!("{d}");
            }
            let mut failed = !found.is_empty();
            match recipients {
                Ok(r) if r.is_empty() => {
                    say!(
                        "warning: no organization key in {}: records cannot be saved",
                        keys_dir.display()
                    );
                }
                Ok(r) => say!(
                    "{} organization key(s) in {}",
                    r.keys.len(),
                    keys_dir.display()
                ),
                Err(e) => {
                    say!("{e}");
                    failed = true;
                }
            }
            if found.is_empty() {
                say!(
                    "No private key found in {}.",
                    dirs.iter()
                        .map(|d| d.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            } else {
                say!();
                say!(
                    "!!! A PRIVATE KEY IS ON THIS DEVICE. Anyone who has this laptop can read the records"
                );
                say!(
                    "!!! it can decrypt. Move it off the device, and tell your supervisor: the key must"
                );
                say!("!!! be treated as exposed and replaced.");
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// Where no private key may be: keys/, lantern's data folder and its settings folder.
fn guarded_dirs(env: &Env) -> anyhow::Result<Vec<std::path::PathBuf>> {
    let settings = env.settings()?;
    let paths = env.vault_paths(&settings)?;
    let mut dirs = vec![env.root.keys(), paths.data_dir.clone()];
    for file in [settings.path.clone(), lantern::config::config_file_path()]
        .into_iter()
        .flatten()
    {
        dirs.extend(file.parent().map(|d| d.to_path_buf()));
    }
    dirs.dedup();
    Ok(dirs)
}

fn kind_name(k: keys::KeyKind) -> &'static str {
    match k {
        keys::KeyKind::Age => "age",
        keys::KeyKind::SshEd25519 => "ssh-ed25519",
        keys::KeyKind::SshRsa => "ssh-rsa",
    }
}

fn check_file_name(name: &str) -> anyhow::Result<()> {
    if name.contains(['/', '\\']) || !name.ends_with(".txt") || name.starts_with('.') {
        bail!("--file must be a plain file name ending in .txt (it is created in keys/)");
    }
    Ok(())
}
