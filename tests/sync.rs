//! The sync procedure against a real folder target: every record exactly once on the
//! target, none lost locally, re-runs finish what a cut left, conflicts kept.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use lantern::sync::{
    Failure, FailureKind, FileOutcome, FolderStore, Journal, Options, Progress, Put, Store,
    Summary, run,
};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 14, 0, 0).unwrap()
}

/// `n` real age files (encrypted to a fresh key) with random names, as the outbox holds them.
fn outbox_with(dir: &Path, n: usize) -> Vec<(String, Vec<u8>)> {
    let key = age::x25519::Identity::generate().to_public();
    (0..n)
        .map(|i| {
            let name = format!("{}.age", lantern::fsio::random_id());
            let recipients: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
            let bytes =
                lantern::vault::crypto::encrypt(format!("record {i}").as_bytes(), &recipients)
                    .unwrap();
            std::fs::write(dir.join(&name), &bytes).unwrap();
            (name, bytes)
        })
        .collect()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

struct Setup {
    _tmp: tempfile::TempDir,
    outbox: PathBuf,
    target: PathBuf,
    journal: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let outbox = tmp.path().join("outbox");
    let target = tmp.path().join("usb");
    std::fs::create_dir_all(&outbox).unwrap();
    std::fs::create_dir_all(&target).unwrap();
    Setup {
        journal: tmp.path().join("sync-journal"),
        outbox,
        target,
        _tmp: tmp,
    }
}

fn sync(s: &Setup, store: &dyn Store, opts: &Options) -> Summary {
    let mut j = Journal::open(&s.journal).unwrap();
    run(&s.outbox, store, &mut j, opts, &now, &|_: Progress| {})
}

fn fast() -> Options {
    Options {
        first_backoff: Duration::from_millis(1),
        ..Options::default()
    }
}

#[test]
fn two_hundred_records_reach_the_folder_once_and_leave_the_outbox() {
    let s = setup();
    let files = outbox_with(&s.outbox, 200);
    let store = FolderStore::new(&s.target);
    let progress = AtomicUsize::new(0);
    let mut j = Journal::open(&s.journal).unwrap();
    let sum = run(&s.outbox, &store, &mut j, &fast(), &now, &|p: Progress| {
        assert_eq!(p.total, 200);
        progress.fetch_max(p.done, Ordering::SeqCst);
    });
    assert!(sum.complete(), "{:?}", sum.stopped);
    assert_eq!((sum.sent(), sum.already_there(), sum.failed()), (200, 0, 0));
    assert_eq!(progress.load(Ordering::SeqCst), 200);
    assert!(names_in(&s.outbox).is_empty());
    let mut want: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    want.sort();
    assert_eq!(names_in(&s.target), want);
    for (name, bytes) in &files {
        assert_eq!(&std::fs::read(s.target.join(name)).unwrap(), bytes);
    }
    let journal = Journal::read(&s.journal).unwrap();
    assert_eq!(journal.len(), 200);
    assert!(journal.iter().all(|e| e.target == store.key()));

    // A re-run has nothing to do.
    let again = sync(&s, &store, &fast());
    assert!(again.files.is_empty() && again.complete());
    assert_eq!(names_in(&s.target).len(), 200);
    assert_eq!(Journal::read(&s.journal).unwrap().len(), 200);
}

#[test]
fn a_dry_run_changes_nothing_and_says_what_would_happen() {
    let s = setup();
    let files = outbox_with(&s.outbox, 3);
    std::fs::write(s.target.join(&files[0].0), &files[0].1).unwrap();
    std::fs::write(s.target.join(&files[1].0), b"something else").unwrap();
    let before_out = names_in(&s.outbox);
    let before_target = names_in(&s.target);
    let sum = sync(
        &s,
        &FolderStore::new(&s.target),
        &Options {
            dry_run: true,
            ..fast()
        },
    );
    let outcome = |n: &str| {
        sum.files
            .iter()
            .find(|f| f.name == n)
            .unwrap()
            .outcome
            .clone()
    };
    assert_eq!(outcome(&files[0].0), FileOutcome::AlreadyThere);
    assert_eq!(outcome(&files[1].0), FileOutcome::Conflict);
    assert_eq!(outcome(&files[2].0), FileOutcome::WouldSend);
    assert_eq!(names_in(&s.outbox), before_out);
    assert_eq!(names_in(&s.target), before_target);
    assert!(Journal::read(&s.journal).unwrap().is_empty());
}

#[test]
fn a_copy_already_on_the_target_is_recognised_and_a_different_one_is_a_conflict() {
    let s = setup();
    let files = outbox_with(&s.outbox, 4);
    // A crash after the upload, before the local file went: the same bytes are there.
    std::fs::write(s.target.join(&files[0].0), &files[0].1).unwrap();
    // A damaged or foreign object under the same name.
    let mut damaged = files[1].1.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    std::fs::write(s.target.join(&files[1].0), &damaged).unwrap();

    let sum = sync(&s, &FolderStore::new(&s.target), &fast());
    assert_eq!(
        (sum.sent(), sum.already_there(), sum.conflicts()),
        (2, 1, 1)
    );
    assert!(!sum.complete());
    // The conflicting file stays in the outbox, the remote object untouched.
    assert_eq!(names_in(&s.outbox), vec![files[1].0.clone()]);
    assert_eq!(std::fs::read(s.target.join(&files[1].0)).unwrap(), damaged);
    assert_eq!(Journal::read(&s.journal).unwrap().len(), 3);
}

#[test]
fn a_drive_pulled_out_mid_sync_stops_it_and_a_rerun_finishes_with_no_duplicate() {
    let s = setup();
    let files = outbox_with(&s.outbox, 60);
    let store = FolderStore::new(&s.target);
    let moved = s.target.with_file_name("usb-elsewhere");
    let mut j = Journal::open(&s.journal).unwrap();
    let opts = Options {
        in_flight: 1,
        ..fast()
    };
    let sum = run(&s.outbox, &store, &mut j, &opts, &now, &|p: Progress| {
        if p.done == 20 {
            // The drive disappears from where it was mounted.
            std::fs::rename(&s.target, &moved).unwrap();
        }
    });
    drop(j);
    let stopped = sum.stopped.clone().expect("the sync stopped");
    assert_eq!(stopped.kind, FailureKind::Missing);
    assert_eq!(sum.sent(), 20);
    assert_eq!(sum.not_tried() + sum.failed(), 40);
    assert_eq!(
        names_in(&s.outbox).len(),
        40,
        "nothing unconfirmed was removed"
    );
    assert!(
        !s.target.exists(),
        "the missing drive's folder was not re-created"
    );

    // Plugged in again.
    std::fs::rename(&moved, &s.target).unwrap();
    let sum = sync(&s, &store, &fast());
    assert!(sum.complete());
    assert_eq!(sum.sent(), 40);
    assert!(names_in(&s.outbox).is_empty());
    let mut want: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    want.sort();
    assert_eq!(names_in(&s.target), want);
    assert_eq!(Journal::read(&s.journal).unwrap().len(), 60);
}

/// A real folder target whose first calls fail as a busy network would.
struct Flaky<'a> {
    inner: &'a FolderStore,
    failures_left: AtomicUsize,
    kind: FailureKind,
}

impl Store for Flaky<'_> {
    fn key(&self) -> String {
        self.inner.key()
    }
    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<Put, Failure> {
        if self
            .failures_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            return Err(Failure::new(self.kind, "injected"));
        }
        self.inner.put_new(name, bytes)
    }
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, Failure> {
        self.inner.get(name)
    }
    fn list(&self) -> Result<Vec<(String, u64)>, Failure> {
        self.inner.list()
    }
}

#[test]
fn transient_failures_are_retried_and_permanent_ones_stop_with_nothing_deleted() {
    let s = setup();
    outbox_with(&s.outbox, 10);
    let folder = FolderStore::new(&s.target);
    let flaky = Flaky {
        inner: &folder,
        failures_left: AtomicUsize::new(3),
        kind: FailureKind::Transient,
    };
    let sum = sync(&s, &flaky, &fast());
    assert!(sum.complete(), "{:?}", sum.stopped);
    assert_eq!(sum.sent(), 10);

    let s = setup();
    outbox_with(&s.outbox, 10);
    let folder = FolderStore::new(&s.target);
    let denied = Flaky {
        inner: &folder,
        failures_left: AtomicUsize::new(usize::MAX),
        kind: FailureKind::Denied,
    };
    let sum = sync(&s, &denied, &fast());
    assert_eq!(
        sum.stopped.as_ref().map(|f| f.kind),
        Some(FailureKind::Denied)
    );
    assert_eq!(sum.sent(), 0);
    assert_eq!(names_in(&s.outbox).len(), 10);
    assert!(Journal::read(&s.journal).unwrap().is_empty());

    // Retries are bounded: a target that never comes back stops the sync.
    let s = setup();
    outbox_with(&s.outbox, 2);
    let folder = FolderStore::new(&s.target);
    let gone = Flaky {
        inner: &folder,
        failures_left: AtomicUsize::new(usize::MAX),
        kind: FailureKind::Transient,
    };
    let sum = sync(&s, &gone, &fast());
    assert_eq!(
        sum.stopped.as_ref().map(|f| f.kind),
        Some(FailureKind::Transient)
    );
    assert_eq!(names_in(&s.outbox).len(), 2);
}

/// A small file system mounted on `dir` for one test (a real full or read-only drive), or
/// `None` where this machine does not allow mounting (not root, no tmpfs).
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, options: &str) -> Option<Mount> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// Every record is in exactly one place: still in the outbox, or on the target with the
/// same bytes (and journaled); nothing half-written is left on the target.
fn nothing_lost(s: &Setup, files: &[(String, Vec<u8>)]) -> (usize, usize) {
    let local = names_in(&s.outbox);
    let remote = names_in(&s.target);
    for (name, bytes) in files {
        let here = local.contains(name);
        let there = remote.contains(name);
        assert!(here || there, "{name} lost");
        if there {
            assert_eq!(&std::fs::read(s.target.join(name)).unwrap(), bytes);
        }
        if here {
            assert_eq!(&std::fs::read(s.outbox.join(name)).unwrap(), bytes);
        }
    }
    assert!(
        remote.iter().all(|n| n.ends_with(".age")),
        "left behind on the target: {remote:?}"
    );
    let journaled = Journal::read(&s.journal).unwrap().len();
    assert_eq!(journaled, remote.len(), "journal and target disagree");
    (local.len(), remote.len())
}

#[test]
fn a_full_drive_stops_the_sync_says_so_and_loses_nothing() {
    let s = setup();
    // Records of about 4 KB; a 64 KB drive takes some of them, then is full.
    let files: Vec<(String, Vec<u8>)> = (0..40)
        .map(|i| {
            let name = format!("{}.age", lantern::fsio::random_id());
            let bytes = vec![i as u8; 4000];
            std::fs::write(s.outbox.join(&name), &bytes).unwrap();
            (name, bytes)
        })
        .collect();
    let folder = FolderStore::new(&s.target);
    let _mount = Mount::tmpfs(&s.target, "size=64k");
    let summary = if _mount.is_some() {
        sync(&s, &folder, &fast())
    } else {
        // Where mounting is not allowed: the target's own "no space" error, injected.
        println!("SKIPPED a real full drive (cannot mount tmpfs here): injected ENOSPC");
        let flaky = Flaky {
            inner: &folder,
            failures_left: AtomicUsize::new(usize::MAX),
            kind: FailureKind::Full,
        };
        sync(&s, &flaky, &fast())
    };
    assert_eq!(
        summary.stopped.as_ref().map(|f| f.kind),
        Some(FailureKind::Full),
        "{summary:?}"
    );
    assert!(!summary.complete());
    let (local, _remote) = nothing_lost(&s, &files);
    assert!(local > 0, "a 64 KB drive cannot take 160 KB");
}

#[test]
fn a_read_only_drive_stops_the_sync_says_so_and_loses_nothing() {
    let s = setup();
    let files = outbox_with(&s.outbox, 20);
    let folder = FolderStore::new(&s.target);
    let _mount = Mount::tmpfs(&s.target, "ro,size=64k");
    let summary = if _mount.is_some() {
        sync(&s, &folder, &fast())
    } else {
        println!("SKIPPED a real read-only drive (cannot mount tmpfs here): injected EROFS");
        let flaky = Flaky {
            inner: &folder,
            failures_left: AtomicUsize::new(usize::MAX),
            kind: FailureKind::Denied,
        };
        sync(&s, &flaky, &fast())
    };
    assert_eq!(
        summary.stopped.as_ref().map(|f| f.kind),
        Some(FailureKind::Denied),
        "{summary:?}"
    );
    assert_eq!(nothing_lost(&s, &files), (20, 0));
    assert_eq!(summary.sent(), 0);
}
