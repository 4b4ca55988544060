//! The one procedure every target goes through (see the module docs of `sync`).

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::folder::io_failure;
use super::journal::{Entry, Journal};
use super::source::{Item, Outbox, Remote, Source, pending};
use super::store::{Failure, FailureKind, Put, Store};

#[derive(Debug, Clone)]
pub struct Options {
    /// Look and report, change nothing (remote or local).
    pub dry_run: bool,
    /// Uploads in flight at once. Each waits on the network for most of its time (a PUT, then
    /// a GET): 16 moved 337 records/s to a local S3 server where 4 moved 94 (docs/benchmarks.md).
    pub in_flight: usize,
    /// Tries after the first for a transient failure, waiting `first_backoff`, then twice
    /// that, and so on.
    pub retries: u32,
    pub first_backoff: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            dry_run: false,
            in_flight: 16,
            retries: 4,
            first_backoff: Duration::from_millis(500),
        }
    }
}

/// What became of one outbox file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// Uploaded, read back equal, journaled, removed locally.
    Sent,
    /// The target already held the same bytes (an earlier sync was cut short): journaled and
    /// removed locally.
    AlreadyThere,
    /// Dry run: would be uploaded.
    WouldSend,
    /// The target holds different bytes under this name: the local file is kept.
    Conflict,
    /// This file could not be synced; the local file is kept.
    Failed(Failure),
    /// The sync stopped before this file (an earlier failure stopped it).
    NotTried,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileResult {
    pub name: String,
    pub bytes: u64,
    pub outcome: FileOutcome,
}

/// Reported after each file, from the worker threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// In the outbox's order (names sorted).
    pub files: Vec<FileResult>,
    /// What stopped the sync early, if anything did.
    pub stopped: Option<Failure>,
}

impl Summary {
    fn stopped(failure: Failure) -> Summary {
        Summary {
            files: Vec::new(),
            stopped: Some(failure),
        }
    }

    pub fn count(&self, f: impl Fn(&FileOutcome) -> bool) -> usize {
        self.files.iter().filter(|r| f(&r.outcome)).count()
    }

    pub fn sent(&self) -> usize {
        self.count(|o| *o == FileOutcome::Sent)
    }

    pub fn already_there(&self) -> usize {
        self.count(|o| *o == FileOutcome::AlreadyThere)
    }

    pub fn conflicts(&self) -> usize {
        self.count(|o| *o == FileOutcome::Conflict)
    }

    pub fn failed(&self) -> usize {
        self.count(|o| matches!(o, FileOutcome::Failed(_)))
    }

    pub fn not_tried(&self) -> usize {
        self.count(|o| *o == FileOutcome::NotTried)
    }

    /// Everything in the outbox is now confirmed on the target (or would be, in a dry run).
    pub fn complete(&self) -> bool {
        self.stopped.is_none()
            && self.files.iter().all(|r| {
                matches!(
                    r.outcome,
                    FileOutcome::Sent | FileOutcome::AlreadyThere | FileOutcome::WouldSend
                )
            })
    }
}

/// Carries every pending outbox file to `store`. `now` stamps journal lines; `progress` is
/// called after each file.
pub fn run(
    outbox: &Path,
    store: &dyn Store,
    journal: &mut Journal,
    opts: &Options,
    now: &(dyn Fn() -> DateTime<Utc> + Sync),
    progress: &(dyn Fn(Progress) + Sync),
) -> Summary {
    let items = match pending(outbox) {
        Ok(f) => f
            .into_iter()
            .map(|(name, bytes)| Item {
                from: name.clone(),
                name,
                bytes,
            })
            .collect(),
        Err(failure) => return Summary::stopped(failure),
    };
    let key = store.key();
    carry(
        &Outbox(outbox),
        items,
        store,
        &key,
        journal,
        opts,
        now,
        progress,
    )
}

/// The supervisor's side: copies every record file on `from` that this journal has not seen
/// into `to` (a folder on the supervisor's machine), with the same checks as a sync: a
/// create-only write, a read-back, then a journal line. Nothing is removed from `from`.
/// Files under sub-folders of `from` (one prefix per laptop) land side by side in `to`:
/// their names are random ids, unique across laptops.
pub fn pull(
    from: &dyn Store,
    to: &dyn Store,
    journal: &mut Journal,
    opts: &Options,
    now: &(dyn Fn() -> DateTime<Utc> + Sync),
    progress: &(dyn Fn(Progress) + Sync),
) -> Summary {
    let key = from.key();
    let seen: std::collections::HashSet<String> = match Journal::read(journal.path()) {
        Ok(entries) => entries
            .into_iter()
            .filter(|e| e.target == key)
            .map(|e| e.name)
            .collect(),
        Err(e) => return Summary::stopped(io_failure(&e)),
    };
    let listed = match from.list() {
        Ok(l) => l,
        Err(failure) => return Summary::stopped(failure),
    };
    let items = listed
        .into_iter()
        .filter(|(path, _)| !seen.contains(path))
        .map(|(path, bytes)| Item {
            name: path.rsplit('/').next().unwrap_or(&path).to_string(),
            from: path,
            bytes,
        })
        .collect();
    carry(&Remote(from), items, to, &key, journal, opts, now, progress)
}

#[allow(clippy::too_many_arguments)]
fn carry(
    source: &dyn Source,
    files: Vec<Item>,
    dest: &dyn Store,
    journal_key: &str,
    journal: &mut Journal,
    opts: &Options,
    now: &(dyn Fn() -> DateTime<Utc> + Sync),
    progress: &(dyn Fn(Progress) + Sync),
) -> Summary {
    let total = files.len();
    let bytes_total: u64 = files.iter().map(|f| f.bytes).sum();
    let results: Vec<Mutex<Option<FileOutcome>>> = files.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let bytes_done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let stopped: Mutex<Option<Failure>> = Mutex::new(None);
    let journal = Mutex::new(journal);

    let worker = || {
        loop {
            if stop.load(Ordering::SeqCst) {
                return;
            }
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(item) = files.get(i) else {
                return;
            };
            let outcome = one_file(source, item, dest, opts, &stop);
            let outcome = match outcome {
                Confirmed::Yes(o, sha256, bytes) if !opts.dry_run => {
                    // Journal first (flushed), then settle: a crash between the two leaves a
                    // source file whose copy a re-run recognises as already there.
                    let entry = Entry {
                        time: now(),
                        target: journal_key.to_string(),
                        name: item.from.clone(),
                        sha256,
                        bytes,
                    };
                    let logged = journal
                        .lock()
                        .map_err(|_| Failure::new(FailureKind::Other, "journal lock poisoned"))
                        .and_then(|mut j| j.append(&entry).map_err(|e| io_failure(&e)));
                    match logged.and_then(|()| source.settle(item)) {
                        Ok(()) => o,
                        Err(f) => {
                            // Without a journal or a removable outbox, nothing more can be
                            // finished safely.
                            halt(&stop, &stopped, f.clone());
                            FileOutcome::Failed(f)
                        }
                    }
                }
                Confirmed::Yes(o, ..) => o,
                Confirmed::No(FileOutcome::Failed(f)) if f.kind.stops_sync() => {
                    halt(&stop, &stopped, f.clone());
                    FileOutcome::Failed(f)
                }
                Confirmed::No(o) => o,
            };
            if let Ok(mut slot) = results[i].lock() {
                *slot = Some(outcome);
            }
            let d = done.fetch_add(1, Ordering::SeqCst) + 1;
            let b = bytes_done.fetch_add(item.bytes, Ordering::SeqCst) + item.bytes;
            progress(Progress {
                done: d,
                total,
                bytes_done: b,
                bytes_total,
            });
        }
    };
    std::thread::scope(|s| {
        for _ in 0..opts.in_flight.clamp(1, 16) {
            s.spawn(worker);
        }
    });

    Summary {
        files: files
            .into_iter()
            .zip(results)
            .map(|(item, r)| FileResult {
                name: item.name,
                bytes: item.bytes,
                outcome: r
                    .into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or(FileOutcome::NotTried),
            })
            .collect(),
        stopped: stopped.into_inner().ok().flatten(),
    }
}

fn halt(stop: &AtomicBool, stopped: &Mutex<Option<Failure>>, f: Failure) {
    stop.store(true, Ordering::SeqCst);
    if let Ok(mut s) = stopped.lock()
        && s.is_none()
    {
        *s = Some(f);
    }
}

enum Confirmed {
    /// The target holds exactly the local bytes: (outcome, sha256 hex, size).
    Yes(FileOutcome, String, u64),
    No(FileOutcome),
}

fn one_file(
    source: &dyn Source,
    item: &Item,
    store: &dyn Store,
    opts: &Options,
    stop: &AtomicBool,
) -> Confirmed {
    let name = item.name.as_str();
    let local = match retrying(opts, stop, || source.read(item)) {
        Ok(b) => b,
        Err(f) => return Confirmed::No(FileOutcome::Failed(f)),
    };
    let sha = hex::encode(Sha256::digest(&local));
    let size = local.len() as u64;
    let same = |remote: &[u8]| hex::encode(Sha256::digest(remote)) == sha;

    if opts.dry_run {
        return match retrying(opts, stop, || store.get(name)) {
            Ok(Some(r)) if same(&r) => Confirmed::Yes(FileOutcome::AlreadyThere, sha, size),
            Ok(Some(_)) => Confirmed::No(FileOutcome::Conflict),
            Ok(None) => Confirmed::Yes(FileOutcome::WouldSend, sha, size),
            Err(f) => Confirmed::No(FileOutcome::Failed(f)),
        };
    }

    let put = match retrying(opts, stop, || store.put_new(name, &local)) {
        Ok(p) => p,
        Err(f) => return Confirmed::No(FileOutcome::Failed(f)),
    };
    // Read back in both cases: a server may keep an object it rejected, or ignore
    // "only if absent"; only the bytes on the target count.
    let remote = match retrying(opts, stop, || store.get(name)) {
        Ok(r) => r,
        Err(f) => return Confirmed::No(FileOutcome::Failed(f)),
    };
    match (put, remote) {
        (Put::Created, Some(r)) if same(&r) => Confirmed::Yes(FileOutcome::Sent, sha, size),
        (Put::NameTaken, Some(r)) if same(&r) => {
            Confirmed::Yes(FileOutcome::AlreadyThere, sha, size)
        }
        (_, Some(_)) => Confirmed::No(FileOutcome::Conflict),
        (_, None) => Confirmed::No(FileOutcome::Failed(Failure::new(
            FailureKind::Other,
            "the target did not return the file just written",
        ))),
    }
}

/// Runs `op`, retrying transient failures with a doubling pause; gives up early when another
/// file has stopped the sync.
fn retrying<T>(
    opts: &Options,
    stop: &AtomicBool,
    mut op: impl FnMut() -> Result<T, Failure>,
) -> Result<T, Failure> {
    let mut wait = opts.first_backoff;
    let mut tries = 0;
    loop {
        match op() {
            Err(f) if f.kind == FailureKind::Transient && tries < opts.retries => {
                if stop.load(Ordering::SeqCst) {
                    return Err(f);
                }
                std::thread::sleep(wait);
                wait = wait.saturating_mul(2);
                tries += 1;
            }
            other => return other,
        }
    }
}
