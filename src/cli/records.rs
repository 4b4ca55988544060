//! `lantern outbox`, and the supervisor's `open`, `export` and `report`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::Context;
use lantern::sanitize::terminal_safe;
use lantern::vault::record::answer_cell;
use lantern::vault::supervisor::{self, Batch, read_all};
use lantern::vault::{Outbox, keys};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The record file (.age); with --from, its path on the target
    file: PathBuf,
    /// Read it from a target (a name from the settings, `s3://BUCKET/PREFIX`, a WebDAV URL)
    #[arg(long, value_name = "TARGET")]
    from: Option<String>,
    /// The organization's identity file (age identity or ssh private key)
    #[arg(short, long, value_name = "ID")]
    identity: PathBuf,
    /// Print the record's JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Csv,
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Record files or folders of them
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    paths: Vec<PathBuf>,
    /// Read every record on a target instead (a name from the settings, `s3://BUCKET/PREFIX`,
    /// a WebDAV URL), sub-folders included; nothing is written to disk but the export
    #[arg(long, value_name = "TARGET")]
    from: Option<String>,
    #[arg(short, long, value_name = "ID")]
    identity: PathBuf,
    #[arg(long, value_enum)]
    format: Format,
    /// Write to this file (created with mode 0600; refused if it exists) instead of stdout.
    /// It holds plaintext: keep it on the supervisor's encrypted storage.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV separator: the one your spreadsheet expects (many European locales use `;`)
    #[arg(long, value_enum, default_value = "comma")]
    separator: Separator,
    /// Also export the answers the protocol marks sensitive and the free-text notes (left
    /// out by default: they could identify or endanger the person)
    #[arg(long)]
    include_sensitive: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Separator {
    Comma,
    Semicolon,
    Tab,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Record files or folders of them
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    paths: Vec<PathBuf>,
    /// Read every record on a target instead (see `export --from`)
    #[arg(long, value_name = "TARGET")]
    from: Option<String>,
    #[arg(short, long, value_name = "ID")]
    identity: PathBuf,
    /// Suppress counts below N (small numbers can identify people); 0 or 1 shows all
    #[arg(long, default_value_t = 5, value_name = "N")]
    min_count: usize,
    #[arg(long)]
    json: bool,
}

pub fn outbox(env: &Env, args: OutboxArgs) -> anyhow::Result<ExitCode> {
    let settings = env.settings()?;
    let paths = env.vault_paths(&settings)?;
    let outbox = Outbox::open(&paths.outbox)?;
    let entries = outbox.list()?;
    let bad = entries.iter().filter(|e| e.check.is_err()).count();
    let total: u64 = entries.iter().map(|e| e.size).sum();
    // When each target last confirmed a record (the sync journal; docs/sync.md).
    let journal = lantern::sync::Journal::path_in(&paths.data_dir);
    let mut last: Vec<_> = lantern::sync::Journal::last_success(&journal)
        .unwrap_or_default()
        .into_iter()
        .collect();
    last.sort();
    if args.json {
        let v: Vec<_> = entries
            .iter()
            .map(|e| {
                serde_json::json!({
                    "file": e.path,
                    "size": e.size,
                    "age_seconds": age_secs(e.modified),
                    "ok": e.check.is_ok(),
                    "problem": e.check.as_ref().err(),
                })
            })
            .collect();
        say!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "outbox": outbox.dir(), "pending": entries.len(), "bytes": total, "damaged": bad, "files": v,
                "last_sync": last.iter().map(|(t, at)| serde_json::json!({"target": t, "at": at.to_rfc3339()})).collect::<Vec<_>>()
            }))?
        );
    } else {
        say!("outbox: {}", outbox.dir().display());
        for e in &entries {
            let name = e
                .path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let status = match &e.check {
                Ok(()) => "ok (age file)".to_string(),
                Err(m) => format!("NOT A VALID AGE FILE: {}", terminal_safe(m)),
            };
            say!(
                "  {}  {:>8} B  {:>10}  {status}",
                terminal_safe(&name),
                e.size,
                human_age(age_secs(e.modified))
            );
        }
        for (target, at) in &last {
            say!(
                "last sync to {}: {}",
                terminal_safe(target),
                at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M")
            );
        }
        if last.is_empty() {
            say!("never synced from this laptop (lantern sync)");
        }
        say!(
            "{} record(s) pending, {} bytes{}",
            entries.len(),
            total,
            if bad > 0 {
                format!(", {bad} damaged")
            } else {
                String::new()
            }
        );
    }
    Ok(if bad > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn age_secs(t: Option<SystemTime>) -> Option<u64> {
    t.and_then(|m| SystemTime::now().duration_since(m).ok())
        .map(|d| d.as_secs())
}

fn human_age(s: Option<u64>) -> String {
    match s {
        None => "?".into(),
        Some(s) if s < 3600 => format!("{} min", s / 60),
        Some(s) if s < 86_400 => format!("{} h", s / 3600),
        Some(s) => format!("{} days", s / 86_400),
    }
}

pub fn open(env: &Env, args: OpenArgs) -> anyhow::Result<ExitCode> {
    let ids = keys::load_identities(&args.identity)?;
    let r = match &args.from {
        Some(from) => {
            let name = args.file.to_string_lossy();
            let bytes = super::pull::read_one(env, from, &name)?;
            supervisor::open_bytes(&bytes, &ids).with_context(|| format!("{from}: {name}"))?
        }
        None => supervisor::read_record(&args.file, &ids)
            .with_context(|| format!("{}", args.file.display()))?,
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(
            out,
            "{}",
            lantern::sanitize::json_safe(&serde_json::to_string_pretty(&r)?)
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = |s: &str| terminal_safe(s);
    writeln!(out, "record {}", t(&r.record_id))?;
    writeln!(
        out,
        "protocol {} {} (sha256 {})",
        t(&r.protocol.id),
        t(&r.protocol.version),
        t(r.protocol.sha256.get(..12).unwrap_or(""))
    )?;
    writeln!(
        out,
        "started {}  finished {}",
        r.started.to_rfc3339(),
        r.finished.to_rfc3339()
    )?;
    writeln!(
        out,
        "interview language {}, worker language {}, interpreter {}",
        t(&r.interview_language),
        t(&r.worker_language),
        r.interpreter_used
            .map(|b| if b { "used" } else { "not used" })
            .unwrap_or("not recorded")
    )?;
    writeln!(
        out,
        "outcome: {}: {}",
        r.outcome.level.as_str(),
        t(&r.outcome.text)
    )?;
    writeln!(out, "indicators ({}):", r.indicators.len())?;
    for i in &r.indicators {
        writeln!(out, "  - {}: {}", t(&i.id), t(&i.label))?;
    }
    writeln!(out, "needs ({}):", r.needs.len())?;
    for n in &r.needs {
        writeln!(
            out,
            "  - {} [{}]: {}",
            t(&n.id),
            n.category.as_str(),
            t(&n.label)
        )?;
    }
    writeln!(out, "urgent flags ({}):", r.urgent.len())?;
    for u in &r.urgent {
        writeln!(out, "  - {}: {}", t(&u.id), t(&u.label))?;
    }
    writeln!(out, "answers ({}):", r.answers.len())?;
    for a in &r.answers {
        writeln!(
            out,
            "  [{}] {} = {}  ({}, {})",
            t(&a.section),
            t(&a.question),
            t(&answer_cell(&a.value)),
            t(&a.language),
            a.at.to_rfc3339()
        )?;
    }
    writeln!(out, "referrals ({}):", r.referrals.len())?;
    for f in &r.referrals {
        writeln!(
            out,
            "  - {} ({}): consent to share {:?}{}",
            t(&f.service_name),
            t(&f.service_id),
            f.consent_to_share,
            f.share_what
                .as_deref()
                .map(|w| format!(": {}", t(w)))
                .unwrap_or_default()
        )?;
    }
    if let Some(n) = &r.notes {
        writeln!(out, "notes:\n  {}", t(n).replace('\n', "\n  "))?;
    }
    writeln!(out, "audit trail: {} events", r.audit.len())?;
    Ok(ExitCode::SUCCESS)
}

/// Prints each failed file; the exit code says whether any failed.
fn report_failures(batch: &Batch) -> ExitCode {
    for (path, e) in &batch.failures {
        say_err!(
            "{}: error: {}",
            path.display(),
            terminal_safe(&e.to_string())
        );
    }
    if batch.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        say_err!(
            "{} of {} file(s) could not be read",
            batch.failures.len(),
            batch.failures.len() + batch.records.len()
        );
        ExitCode::FAILURE
    }
}

/// The records named on the command line, or every one on `--from`'s target.
fn read_batch(
    env: &Env,
    paths: &[PathBuf],
    from: Option<&str>,
    ids: &supervisor::Identities,
) -> anyhow::Result<Batch> {
    match from {
        Some(from) => super::pull::read_from(env, from, ids),
        None => Ok(read_all(paths, ids)),
    }
}

pub fn export(env: &Env, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let ids = keys::load_identities(&args.identity)?;
    let mut batch = read_batch(env, &args.paths, args.from.as_deref(), &ids)?;
    if args.include_sensitive {
        say_err!(
            "the export includes the answers to sensitive questions and the notes: keep it on encrypted storage and share it with no one who does not need it"
        );
    } else {
        // Older records do not say which answers are sensitive: ask the protocols at hand.
        let (protocols, _) =
            lantern::protocol::load_sources(&lantern::shipped::protocol_files(&env.root));
        let older = |id: &str, sha: &str, question: &str| {
            let p = protocols.iter().find(|p| p.id() == id && p.sha256 == sha)?;
            let i = p.question_index(question)?;
            Some(p.question(i).sensitive)
        };
        let left = supervisor::redact(&mut batch.records, &older);
        if left.answers > 0 || left.notes > 0 {
            let list: Vec<&str> = left.questions.iter().map(String::as_str).collect();
            say_err!(
                "left out: {} answer(s) to sensitive questions ({}) and the notes of {} record(s); --include-sensitive exports them",
                left.answers,
                list.join(", "),
                left.notes
            );
        }
        if !left.guessed.is_empty() {
            let list: Vec<&str> = left.guessed.iter().map(String::as_str).collect();
            say_err!(
                "older records whose protocol version is not here: their free-text answers were left out as sensitive ({})",
                list.join(", ")
            );
        }
    }
    let write = |w: &mut dyn Write| -> anyhow::Result<()> {
        match args.format {
            Format::Csv => supervisor::export_csv(
                &batch.records,
                w,
                match args.separator {
                    Separator::Comma => b',',
                    Separator::Semicolon => b';',
                    Separator::Tab => b'\t',
                },
            )?,
            Format::Jsonl => supervisor::export_jsonl(&batch.records, w)?,
        }
        Ok(())
    };
    match &args.output {
        Some(path) => {
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let f = opts
                .open(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut w = std::io::BufWriter::new(f);
            write(&mut w)?;
            w.flush()?;
            say_err!(
                "exported {} record(s) to {}",
                batch.records.len(),
                path.display()
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            write(&mut out)?;
        }
    }
    Ok(report_failures(&batch))
}

pub fn report(env: &Env, args: ReportArgs) -> anyhow::Result<ExitCode> {
    let ids = keys::load_identities(&args.identity)?;
    let batch = read_batch(env, &args.paths, args.from.as_deref(), &ids)?;
    let rep = supervisor::report(&batch.records, args.min_count);
    if args.json {
        say_json!(&rep);
    } else {
        say!("screenings: {}", rep.screenings);
        for (title, map) in [
            ("by protocol", &rep.by_protocol),
            ("by outcome", &rep.by_outcome),
            ("by indicator", &rep.by_indicator),
            ("by need (service category)", &rep.by_need),
            ("by interview language", &rep.by_language),
            ("by month", &rep.by_month),
        ] {
            say!("{title}:");
            for (k, v) in map {
                let shown = if rep.suppressed.iter().any(|s| s.ends_with(&format!(":{k}"))) {
                    format!("<{}", rep.min_count)
                } else {
                    v.to_string()
                };
                say!("  {:<40} {shown:>6}", terminal_safe(k));
            }
        }
    }
    Ok(report_failures(&batch))
}
