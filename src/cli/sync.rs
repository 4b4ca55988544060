//! `lantern sync`: carry the outbox to a folder, a bucket or a WebDAV share (docs/sync.md).
//! What it prints is in the worker's language and holds file ids, counts and sizes only.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use lantern::i18n::{Catalog, Localizer, system_locale};
use lantern::present::args;
use lantern::sanitize::terminal_safe;
use lantern::sync::{self, FileOutcome, Journal, Options, Progress, Summary};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Where to: a folder (`/media/usb/lantern`), `s3://BUCKET/PREFIX`, a WebDAV
    /// `https://` URL, or a target's name from the settings [default: sync.default]
    #[arg(long, value_name = "TARGET")]
    to: Option<String>,
    /// Look at the target and say what would be sent; change nothing
    #[arg(long)]
    dry_run: bool,
    /// Print the summary as JSON (file ids, sizes and outcomes only)
    #[arg(long)]
    json: bool,
}

pub fn run(env: &Env, a: SyncArgs) -> anyhow::Result<ExitCode> {
    let settings = env.settings()?;
    let paths = env.vault_paths(&settings)?;
    let (catalog, _) = Catalog::load(&env.root.locales());
    let mut langs: Vec<String> = Vec::new();
    langs.extend(env.lang.clone());
    langs.extend(system_locale());
    let l10n = catalog.localizer(&langs);

    let settings_dir = settings.path.as_ref().and_then(|p| p.parent());
    let (_, spec) = match sync::target::resolve(a.to.as_deref(), &settings.file.sync, settings_dir)
    {
        Ok(t) => t,
        Err(e) => return Ok(refuse(&l10n, &e)),
    };
    let store = match sync::target::open(&spec) {
        Ok(s) => s,
        Err(e) => return Ok(refuse(&l10n, &e)),
    };
    if !paths.outbox.is_dir() {
        say!("{}", l10n.tr("sync-nothing"));
        return Ok(ExitCode::SUCCESS);
    }
    lantern::fsio::ensure_private_dir(&paths.data_dir)?;
    let journal_path = Journal::path_in(&paths.data_dir);
    let mut journal = Journal::open(&journal_path)?;
    if !a.json {
        say!(
            "{}",
            l10n.tr_args("sync-to", &args([("target", store.key().into())]))
        );
    }
    let opts = Options {
        dry_run: a.dry_run,
        ..Options::default()
    };
    let show_progress = !a.json && std::io::stderr().is_terminal();
    let progress = |p: Progress| {
        if show_progress {
            let line = l10n.tr_args(
                "sync-progress",
                &args([
                    ("done", p.done.into()),
                    ("total", p.total.into()),
                    ("kb", (p.bytes_done / 1024).into()),
                ]),
            );
            let _ = write!(std::io::stderr().lock(), "\r{}\x1b[K", terminal_safe(&line));
        }
    };
    let now = chrono::Utc::now;
    let summary = sync::run(
        &paths.outbox,
        store.as_ref(),
        &mut journal,
        &opts,
        &now,
        &progress,
    );
    // The progress line is ended here, not at the last file: a sync that stops early must not
    // leave the next message glued to it.
    if show_progress && !summary.files.is_empty() {
        let _ = writeln!(std::io::stderr().lock());
    }
    if a.json {
        print_json(&summary, &store.key(), a.dry_run)?;
    } else {
        print_summary(&l10n, &summary, a.dry_run);
    }
    Ok(if summary.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn refuse(l10n: &Localizer, e: &sync::target::TargetError) -> ExitCode {
    use sync::target::TargetError as T;
    let id = match e {
        T::NoTarget => "sync-no-target",
        T::NoBucket => "sync-no-bucket",
        T::CaBundle { .. } => "sync-bad-ca",
        T::Setup(sync::SetupError::InsecureEndpoint(_)) => "sync-insecure",
        T::Setup(sync::SetupError::BadCertificate) => "sync-bad-ca",
        T::Setup(sync::SetupError::Credentials(sync::credentials::CredentialsError::TooOpen {
            ..
        })) => "sync-credentials-too-open",
        T::Setup(sync::SetupError::Credentials(_)) => "sync-credentials-bad",
        T::Setup(_) => "sync-bad-target",
    };
    say_err!("{}", l10n.tr(id));
    ExitCode::FAILURE
}

fn print_summary(l10n: &Localizer, s: &Summary, dry_run: bool) {
    if s.files.is_empty() && s.stopped.is_none() {
        say!("{}", l10n.tr("sync-nothing"));
        return;
    }
    for f in &s.files {
        let id = match &f.outcome {
            FileOutcome::Conflict => "sync-file-conflict",
            FileOutcome::Failed(_) => "sync-file-failed",
            _ => continue,
        };
        say!(
            "{}",
            l10n.tr_args(id, &args([("file", f.name.clone().into())]))
        );
    }
    let id = if dry_run {
        "sync-summary-dry-run"
    } else {
        "sync-summary"
    };
    say!(
        "{}",
        l10n.tr_args(
            id,
            &args([
                ("sent", s.sent().into()),
                ("would", s.count(|o| *o == FileOutcome::WouldSend).into()),
                ("already", s.already_there().into()),
                ("conflicts", s.conflicts().into()),
                ("failed", s.failed().into()),
                ("untried", s.not_tried().into()),
            ])
        )
    );
    if let Some(f) = &s.stopped {
        say_err!("{}", l10n.tr(f.kind.message_id()));
        say_err!("{}", l10n.tr(f.kind.hint_id()));
    } else {
        if s.failed() > 0 {
            say_err!("{}", l10n.tr("sync-failed-other"));
            say_err!("{}", l10n.tr("sync-failed-other-hint"));
        }
        if s.conflicts() > 0 {
            say_err!("{}", l10n.tr("sync-conflict-hint"));
        }
    }
}

fn print_json(s: &Summary, target: &str, dry_run: bool) -> anyhow::Result<()> {
    let files: Vec<_> = s
        .files
        .iter()
        .map(|f| {
            let (outcome, problem) = match &f.outcome {
                FileOutcome::Sent => ("sent", None),
                FileOutcome::AlreadyThere => ("already_there", None),
                FileOutcome::WouldSend => ("would_send", None),
                FileOutcome::Conflict => ("conflict", None),
                FileOutcome::Failed(e) => ("failed", Some(format!("{:?}", e.kind))),
                FileOutcome::NotTried => ("not_tried", None),
            };
            serde_json::json!({"file": f.name, "bytes": f.bytes, "outcome": outcome, "problem": problem})
        })
        .collect();
    let v = serde_json::json!({
        "target": target,
        "dry_run": dry_run,
        "complete": s.complete(),
        "sent": s.sent(),
        "already_there": s.already_there(),
        "conflicts": s.conflicts(),
        "failed": s.failed(),
        "not_tried": s.not_tried(),
        "stopped": s.stopped.as_ref().map(|f| format!("{:?}", f.kind)),
        "files": files,
    });
    say_json!(&v);
    Ok(())
}
