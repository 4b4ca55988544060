//! The supervisor's side, with the organization's identity (never on a field laptop): open
//! records, export them for the case-management system, and aggregate counts for funders.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::VaultError;
use super::atomic::TEMP_PREFIX;
use super::crypto::decrypt;
use super::record::{Record, answer_cell};

pub type Identities = [Box<dyn age::Identity + Send + Sync>];

/// The largest record file read: a real one is a few KB; a path to a device or a huge file
/// must not fill the memory.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;

/// Decrypts and parses one record file.
pub fn read_record(path: &Path, identities: &Identities) -> Result<Record, VaultError> {
    // A FIFO would block and a device would never end: only regular files are read.
    let meta = std::fs::metadata(path).map_err(|e| VaultError::io(path, e))?;
    if !meta.is_file() {
        return Err(VaultError::NotAge(format!(
            "{} is not a regular file",
            path.display()
        )));
    }
    if meta.len() > MAX_RECORD_BYTES {
        return Err(VaultError::NotAge(format!(
            "{} is larger than any record ({} bytes)",
            path.display(),
            meta.len()
        )));
    }
    let ct = std::fs::read(path).map_err(|e| VaultError::io(path, e))?;
    open_bytes(&ct, identities)
}

/// Decrypts and parses a record file's bytes (read from a folder, a bucket or a share).
pub fn open_bytes(ct: &[u8], identities: &Identities) -> Result<Record, VaultError> {
    let plain = decrypt(ct, identities)?;
    let record: Record =
        serde_json::from_slice(&plain).map_err(|e| VaultError::Damaged(e.to_string()))?;
    record.check_version().map_err(VaultError::Damaged)?;
    Ok(record)
}

/// Files named on the command line; folders contribute their `*.age` files.
pub fn collect_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.flatten()
                        .map(|e| e.path())
                        .filter(|f| {
                            f.is_file()
                                && f.extension().is_some_and(|x| x == "age")
                                && !f
                                    .file_name()
                                    .is_some_and(|n| n.to_string_lossy().starts_with(TEMP_PREFIX))
                        })
                        .collect()
                })
                .unwrap_or_default();
            v.sort();
            out.extend(v);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Records that opened, and the files that did not (each with its reason).
#[derive(Debug, Default)]
pub struct Batch {
    pub records: Vec<(PathBuf, Record)>,
    pub failures: Vec<(PathBuf, VaultError)>,
}

/// Opens every file; one bad file never stops the rest.
pub fn read_all(paths: &[PathBuf], identities: &Identities) -> Batch {
    let mut batch = Batch::default();
    for path in collect_files(paths) {
        match read_record(&path, identities) {
            Ok(r) => batch.records.push((path, r)),
            Err(e) => batch.failures.push((path, e)),
        }
    }
    batch
}

/// One JSON object per line, the record exactly as stored (C1 controls and bidi overrides
/// escaped, so the lines are safe on a terminal and parse to the same text).
pub fn export_jsonl<W: Write>(records: &[(PathBuf, Record)], mut w: W) -> std::io::Result<()> {
    for (_, r) in records {
        let line = serde_json::to_string(r)?;
        w.write_all(crate::sanitize::json_safe(&line).as_bytes())?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

/// What `redact` left out of an export.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Redacted {
    /// `protocol/question` of every sensitive answer left out.
    pub questions: std::collections::BTreeSet<String>,
    /// Answers left out.
    pub answers: usize,
    /// Records whose notes were left out.
    pub notes: usize,
    /// Questions judged sensitive without the protocol saying so: an older record whose
    /// protocol version is not at hand, where every free-text answer is left out.
    pub guessed: std::collections::BTreeSet<String>,
}

/// The records without what could identify or endanger the person: answers to questions
/// the protocol marks `sensitive` and free-text notes (data minimisation: an export goes
/// to a case-management system, a spreadsheet, an e-mail). A record from before answers
/// carried the flag asks `older` (protocol id, sha256, question id: is it sensitive?, None
/// when the protocol version is not at hand); without an answer, free text counts as
/// sensitive.
pub fn redact(
    records: &mut [(PathBuf, Record)],
    older: &dyn Fn(&str, &str, &str) -> Option<bool>,
) -> Redacted {
    let mut out = Redacted::default();
    for (_, r) in records.iter_mut() {
        let (id, sha) = (r.protocol.id.clone(), r.protocol.sha256.clone());
        r.answers.retain(|a| {
            let column = format!("{id}/{}", a.question);
            let sensitive = match a.sensitive.or_else(|| older(&id, &sha, &a.question)) {
                Some(s) => s,
                None => {
                    let text = a.kind == crate::protocol::QuestionKind::Text;
                    if text {
                        out.guessed.insert(column.clone());
                    }
                    text
                }
            };
            if sensitive {
                out.answers += 1;
                out.questions.insert(column);
            }
            !sensitive
        });
        if r.notes.take().is_some() {
            out.notes += 1;
        }
    }
    out
}

const FIXED_COLUMNS: &[&str] = &[
    "record_id",
    "protocol_id",
    "protocol_version",
    "protocol_sha256",
    "started",
    "finished",
    "interview_language",
    "worker_language",
    "interpreter_used",
    "outcome",
    "indicators",
    "needs",
    "urgent",
    "referrals",
    "notes",
    "worker",
    "device",
];

/// A wide CSV: fixed columns, then one column per question (`protocol/question`), in the
/// order first seen. Lists are `;`-separated ids. Every cell, the header row included, is
/// quoted (so no spreadsheet splits a list into cells, whatever its separator) and made
/// safe (`spreadsheet_safe`; terminal controls neutralized).
pub fn export_csv<W: Write>(
    records: &[(PathBuf, Record)],
    w: W,
    separator: u8,
) -> Result<(), csv::Error> {
    let mut question_cols: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, r) in records {
        for a in &r.answers {
            let col = format!("{}/{}", r.protocol.id, a.question);
            if seen.insert(col.clone()) {
                question_cols.push(col);
            }
        }
    }
    let mut out = csv::WriterBuilder::new()
        .delimiter(separator)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(w);
    out.write_record(
        FIXED_COLUMNS
            .iter()
            .map(|s| s.to_string())
            .chain(question_cols.iter().cloned())
            .map(|c| spreadsheet_safe(&c)),
    )?;
    for (_, r) in records {
        let ids = |v: &mut dyn Iterator<Item = &String>| v.cloned().collect::<Vec<_>>().join(";");
        let mut row: Vec<String> = vec![
            r.record_id.clone(),
            r.protocol.id.clone(),
            r.protocol.version.clone(),
            r.protocol.sha256.clone(),
            r.started.to_rfc3339(),
            r.finished.to_rfc3339(),
            r.interview_language.clone(),
            r.worker_language.clone(),
            r.interpreter_used
                .map(|b| b.to_string())
                .unwrap_or_default(),
            r.outcome.level.as_str().to_string(),
            ids(&mut r.indicators.iter().map(|f| &f.id)),
            ids(&mut r.needs.iter().map(|f| &f.id)),
            ids(&mut r.urgent.iter().map(|f| &f.id)),
            serde_json::to_string(&r.referrals).unwrap_or_default(),
            r.notes.clone().unwrap_or_default(),
            r.worker.clone().unwrap_or_default(),
            r.device.clone().unwrap_or_default(),
        ];
        let mut answers: BTreeMap<String, String> = BTreeMap::new();
        for a in &r.answers {
            answers.insert(
                format!("{}/{}", r.protocol.id, a.question),
                answer_cell(&a.value),
            );
        }
        row.extend(
            question_cols
                .iter()
                .map(|c| answers.get(c).cloned().unwrap_or_default()),
        );
        out.write_record(row.into_iter().map(|c| spreadsheet_safe(&c)))?;
    }
    out.flush()?;
    Ok(())
}

/// Cells that start like a formula are prefixed with `'` so spreadsheet programs show them
/// as text (CSV injection: free-text answers come from the field). The same after every
/// character a spreadsheet might split on (`,` `;` tab, line breaks): a file opened with
/// the wrong separator, or by a reader that ignores quotes, must not start a cell with a
/// formula either.
fn spreadsheet_safe(cell: &str) -> String {
    let cell = crate::sanitize::terminal_safe(cell);
    let mut out = String::with_capacity(cell.len() + 2);
    let mut boundary = true;
    for c in cell.chars() {
        if boundary && matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r') {
            out.push('\'');
        }
        out.push(c);
        boundary = matches!(c, ',' | ';' | '\t' | '\n' | '\r');
    }
    out
}

/// Aggregate, non-identifying counts for funder reporting (VAWA/VOCA allow only aggregates).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub screenings: usize,
    pub by_protocol: BTreeMap<String, usize>,
    pub by_outcome: BTreeMap<String, usize>,
    pub by_indicator: BTreeMap<String, usize>,
    pub by_need: BTreeMap<String, usize>,
    pub by_language: BTreeMap<String, usize>,
    pub by_month: BTreeMap<String, usize>,
    /// Counts below this were suppressed (shown as 0 with `suppressed` listing the keys).
    pub min_count: usize,
    pub suppressed: Vec<String>,
}

pub fn report(records: &[(PathBuf, Record)], min_count: usize) -> Report {
    let mut rep = Report {
        screenings: records.len(),
        min_count,
        ..Report::default()
    };
    for (_, r) in records {
        *rep.by_protocol.entry(r.protocol.id.clone()).or_default() += 1;
        *rep.by_outcome
            .entry(r.outcome.level.as_str().to_string())
            .or_default() += 1;
        for i in &r.indicators {
            *rep.by_indicator
                .entry(format!("{}/{}", r.protocol.id, i.id))
                .or_default() += 1;
        }
        let mut cats: Vec<&str> = r.needs.iter().map(|n| n.category.as_str()).collect();
        cats.sort_unstable();
        cats.dedup();
        for c in cats {
            *rep.by_need.entry(c.to_string()).or_default() += 1;
        }
        *rep.by_language
            .entry(r.interview_language.clone())
            .or_default() += 1;
        *rep.by_month
            .entry(r.started.format("%Y-%m").to_string())
            .or_default() += 1;
    }
    if min_count > 1 {
        let mut suppressed = Vec::new();
        for (name, map) in [
            ("protocol", &mut rep.by_protocol),
            ("outcome", &mut rep.by_outcome),
            ("indicator", &mut rep.by_indicator),
            ("need", &mut rep.by_need),
            ("language", &mut rep.by_language),
            ("month", &mut rep.by_month),
        ] {
            for (k, v) in map.iter_mut() {
                if *v > 0 && *v < min_count {
                    *v = 0;
                    suppressed.push(format!("{name}:{k}"));
                }
            }
        }
        rep.suppressed = suppressed;
    }
    rep
}
