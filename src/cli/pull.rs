//! The supervisor's side of sync: `lantern pull --from TARGET --to DIR`, and the `--from`
//! of `open`, `export` and `report`. English, like the other supervisor commands.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use lantern::sync::{self, FileOutcome, FolderStore, Journal, Options, Progress, Store, Summary};
use lantern::vault::VaultError;
use lantern::vault::supervisor::{self, Batch, Identities};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct PullArgs {
    /// Where the records are: a target's name from the settings, `s3://BUCKET/PREFIX`, a
    /// WebDAV `https://` URL or a folder. Sub-folders (one per laptop) are included.
    #[arg(long, value_name = "TARGET")]
    from: String,
    /// The folder on this machine to copy them into (created, private, if missing)
    #[arg(long, value_name = "DIR")]
    to: PathBuf,
    /// Say what would be copied; change nothing
    #[arg(long)]
    dry_run: bool,
    /// Print the summary as JSON (file names, sizes and outcomes only)
    #[arg(long)]
    json: bool,
}

/// The journal of what was pulled into `dir`: a second pull fetches only what is new, even
/// after the supervisor has moved the files on.
pub fn journal_path(dir: &std::path::Path) -> PathBuf {
    dir.join(".lantern-pull-journal.tsv")
}

/// Opens the store a `--from` names (settings name, URL or folder), contacting nothing.
pub fn open_source(env: &Env, from: &str) -> anyhow::Result<Box<dyn Store>> {
    sync::target::open_from(Some(from), &env.settings()?).with_context(|| format!("--from {from}"))
}

/// Every record on a target, decrypted in memory; one bad file never stops the rest.
pub fn read_from(env: &Env, from: &str, ids: &Identities) -> anyhow::Result<Batch> {
    let store = open_source(env, from)?;
    let fetched = sync::fetch::all(store.as_ref(), Options::default().in_flight)
        .map_err(|f| failure(&store.key(), &f))?;
    let mut batch = Batch::default();
    for (name, got) in fetched {
        let path = PathBuf::from(&name);
        match got {
            Ok(bytes) => match supervisor::open_bytes(&bytes, ids) {
                Ok(r) => batch.records.push((path, r)),
                Err(e) => batch.failures.push((path, e)),
            },
            Err(f) => batch.failures.push((
                path,
                VaultError::NotAge(format!("cannot read: {}", f.detail)),
            )),
        }
    }
    Ok(batch)
}

/// One record file from a target, by its path there.
pub fn read_one(env: &Env, from: &str, name: &str) -> anyhow::Result<Vec<u8>> {
    let store = open_source(env, from)?;
    sync::fetch::one(store.as_ref(), name)
        .map_err(|f| failure(&format!("{}/{name}", store.key()), &f))
}

fn failure(what: &str, f: &sync::Failure) -> anyhow::Error {
    anyhow::anyhow!("{what}: {} ({})", explain(f.kind), f.detail)
}

/// What a failure kind means, for the supervisor (English, like the other supervisor
/// commands; the worker's `sync` says it in the worker's language).
fn explain(kind: sync::FailureKind) -> &'static str {
    use sync::FailureKind as K;
    match kind {
        K::Transient => "the target stopped answering; try again later",
        K::Missing => "no such folder, bucket or file",
        K::Denied => {
            "not allowed: check the credentials and the bucket policy (a supervisor role must be able to list and read)"
        }
        K::Full => "no room left on this machine",
        K::Unreachable => "cannot reach the target (network, address or certificate)",
        K::Other => "the target refused",
    }
}

pub fn run(env: &Env, a: PullArgs) -> anyhow::Result<ExitCode> {
    let from = open_source(env, &a.from)?;
    if !a.dry_run {
        lantern::fsio::ensure_private_dir(&a.to)
            .with_context(|| format!("creating {}", a.to.display()))?;
    }
    let to = FolderStore::new(&a.to);
    let jpath = journal_path(&a.to);
    // A dry run creates nothing: with no journal yet, an empty one in a scratch folder.
    let scratch = tempfile::tempdir()?;
    let mut journal = if a.dry_run && !jpath.exists() {
        Journal::open(&journal_path(scratch.path()))?
    } else {
        Journal::open(&jpath).with_context(|| format!("opening {}", jpath.display()))?
    };
    let started = Instant::now();
    let show = !a.json && std::io::stderr().is_terminal();
    let progress = |p: Progress| {
        if show {
            let _ = write!(
                std::io::stderr().lock(),
                "\r{}\x1b[K",
                progress_line(&p, started.elapsed().as_secs_f64())
            );
        }
    };
    let opts = Options {
        dry_run: a.dry_run,
        ..Options::default()
    };
    let summary = sync::pull(
        from.as_ref(),
        &to,
        &mut journal,
        &opts,
        &chrono::Utc::now,
        &progress,
    );
    if show && !summary.files.is_empty() {
        let _ = writeln!(std::io::stderr().lock());
    }
    if a.json {
        super::sync::print_json(&summary, &from.key(), a.dry_run)?;
    } else {
        print_summary(&summary, &from.key(), &a.to, a.dry_run);
    }
    Ok(if summary.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `37/200 files, 370 KB, 412 files/s`: counts, bytes and rate, nothing about content.
pub fn progress_line(p: &Progress, secs: f64) -> String {
    let rate = if secs > 0.0 {
        p.done as f64 / secs
    } else {
        0.0
    };
    format!(
        "{}/{} files, {} of {} KB, {:.0} files/s",
        p.done,
        p.total,
        p.bytes_done / 1024,
        p.bytes_total / 1024,
        rate
    )
}

fn print_summary(s: &Summary, from: &str, to: &std::path::Path, dry_run: bool) {
    for f in &s.files {
        match &f.outcome {
            FileOutcome::Conflict => say_err!(
                "{}: a different file with this name is already in {}; both kept, nothing overwritten",
                f.name,
                to.display()
            ),
            FileOutcome::Failed(e) => say_err!("{}: {} ({})", f.name, explain(e.kind), e.detail),
            _ => {}
        }
    }
    // Only the counts that are not zero: "5 copied to ~/records; 1 conflict(s)".
    let rest: Vec<String> = [
        (s.already_there(), "already there"),
        (s.conflicts(), "conflict(s)"),
        (s.failed(), "failed"),
        (s.not_tried(), "not tried"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!("; {}", rest.join(", "))
    };
    if dry_run {
        say!(
            "{from}: {} new record file(s) would be copied to {}{rest}",
            s.count(|o| *o == FileOutcome::WouldSend),
            to.display()
        );
    } else if s.files.is_empty() && s.stopped.is_none() {
        say!(
            "{from}: nothing new since the last pull into {}",
            to.display()
        );
    } else {
        say!("{from}: {} copied to {}{rest}", s.sent(), to.display());
    }
    if let Some(f) = &s.stopped {
        say_err!(
            "stopped: {} ({}); run the pull again to finish",
            explain(f.kind),
            f.detail
        );
    }
}
