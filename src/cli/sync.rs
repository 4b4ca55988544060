//! `lantern sync`: carry the outbox to a folder, a bucket or a WebDAV share (docs/sync.md).
//! What it prints is in the worker's language and holds file ids, counts and sizes only.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use lantern::i18n::Localizer;
use std::time::Instant;

use lantern::present::args;
use lantern::present::sync as present;
use lantern::sanitize::terminal_safe;
use lantern::sync::{self, FileOutcome, Options, Progress, Summary};

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
    let (catalog, _) = env.catalog();
    let langs = env.ui_languages();
    let l10n = catalog.localizer(&langs);

    let opts = Options {
        dry_run: a.dry_run,
        ..Options::default()
    };
    let show_progress = !a.json && std::io::stderr().is_terminal();
    let started = Instant::now();
    let progress = |p: Progress| {
        if show_progress {
            let line = format!(
                "{} {}",
                present::bar(&p, 20),
                present::progress(&l10n, &p, started.elapsed().as_secs_f64())
            );
            let _ = write!(std::io::stderr().lock(), "\r{}\x1b[K", terminal_safe(&line));
        }
    };
    let store = match sync::target::open_from(a.to.as_deref(), &settings) {
        Ok(s) => s,
        Err(e) => return Ok(refuse(&l10n, &e.into())),
    };
    let key = store.key();
    if !a.json {
        // Said before anything is contacted: a slow network shows where it is going.
        say!(
            "{}",
            l10n.tr_args("sync-to", &args([("target", key.clone().into())]))
        );
    }
    let summary = match sync::send_outbox(store.as_ref(), &paths, &opts, &progress) {
        Ok(r) => r,
        Err(e) => return Ok(refuse(&l10n, &e)),
    };
    // The progress line is ended here, not at the last file: a sync that stops early must not
    // leave the next message glued to it.
    if show_progress && !summary.files.is_empty() {
        let _ = writeln!(std::io::stderr().lock());
    }
    if a.json {
        print_json(&summary, &key, a.dry_run)?;
    } else {
        for line in present::summary(&l10n, &summary, a.dry_run) {
            if line.problem {
                say_err!("{}", line.text);
            } else {
                say!("{}", line.text);
            }
        }
    }
    Ok(if summary.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn refuse(l10n: &Localizer, e: &sync::StartError) -> ExitCode {
    say_err!("{}", present::refusal(l10n, e));
    ExitCode::FAILURE
}

pub(super) fn print_json(s: &Summary, target: &str, dry_run: bool) -> anyhow::Result<()> {
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
