//! kill -9 at random moments of a scripted session and of saves, 50 times: never a partial
//! or corrupt outbox file, every draft recoverable, nothing lost.
//!
//! The child is this test binary itself, running the ignored `crash_child` test.

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use age::secrecy::SecretString;
use lantern::engine::{Answer, Position, Screening};
use lantern::vault::supervisor::read_record;
use lantern::vault::{DeviceKey, Draft, Drafts, Outbox, Recipients, Record, RecordContext};

const ROUNDS: usize = 50;

#[test]
fn kill_9_never_corrupts_and_never_loses() {
    let (org, recipients, keys_dir) = common::org_key();
    assert!(!recipients.is_empty());
    let data = tempfile::tempdir().unwrap();
    let passphrase = SecretString::from("correct horse battery".to_string());
    let device = DeviceKey::at(&data.path().join("device"))
        .create(&passphrase)
        .unwrap();
    let org_ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(org)];
    let protocol = common::example();

    let mut started: HashSet<String> = HashSet::new();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..ROUNDS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(5 + seed % 120);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("LANTERN_CRASH_CHILD", "1")
            .env("CRASH_DATA", data.path())
            .env("CRASH_KEYS", keys_dir.path())
            .env("CRASH_DEVICE", device.recipient().to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL on Unix: no destructors, no flush.
        let out = child.stdout.take().unwrap();
        child.wait().unwrap();
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            // libtest may print its own "test crash_child ... " before the first line.
            if let Some((_, id)) = line.rsplit_once("started ") {
                started.insert(id.to_string());
            }
        }

        // Opening cleans fragments; then everything left must be complete and readable.
        let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
        let mut saved = HashSet::new();
        for entry in outbox.list().unwrap() {
            let r = read_record(&entry.path, &org_ids).unwrap_or_else(|e| {
                panic!("round {round}: {} is damaged: {e}", entry.path.display())
            });
            assert!(r.finished >= r.started);
            saved.insert(r.record_id);
        }
        let drafts = Drafts::open(&data.path().join("drafts")).unwrap();
        let mut drafted = HashSet::new();
        for f in drafts.list() {
            let d = drafts
                .load(&f, &device)
                .unwrap_or_else(|e| panic!("round {round}: draft {} unreadable: {e}", f.id));
            Screening::restore(Arc::clone(&protocol), d.screening, common::clock())
                .unwrap_or_else(|e| panic!("round {round}: draft {} does not resume: {e}", f.id));
            drafted.insert(d.draft_id);
        }
        // Nothing lost: every session that saved a first draft is a draft or a record.
        for id in &started {
            assert!(
                saved.contains(id) || drafted.contains(id),
                "round {round}: session {id} vanished"
            );
        }
        let leftovers: Vec<_> = common::all_files(data.path())
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(".tmp-")
            })
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
    let records = Outbox::open(&data.path().join("outbox"))
        .unwrap()
        .list()
        .unwrap()
        .len();
    eprintln!(
        "{} sessions started, {records} records saved, over {ROUNDS} kills",
        started.len()
    );
    assert!(
        started.len() >= ROUNDS / 2,
        "the child rarely got going: {}",
        started.len()
    );
}

/// The child: screening sessions back to back, autosaving after every answer and saving a
/// record at the end, until it is killed.
#[test]
#[ignore = "run by kill_9_never_corrupts_and_never_loses"]
fn crash_child() {
    if std::env::var("LANTERN_CRASH_CHILD").is_err() {
        return;
    }
    let data = std::path::PathBuf::from(std::env::var("CRASH_DATA").unwrap());
    let recipients =
        Recipients::load(std::path::Path::new(&std::env::var("CRASH_KEYS").unwrap())).unwrap();
    let device = age::x25519::Recipient::from_str(&std::env::var("CRASH_DEVICE").unwrap()).unwrap();
    let outbox = Outbox::open(&data.join("outbox")).unwrap();
    let drafts = Drafts::open(&data.join("drafts")).unwrap();
    let protocol = common::example();
    let mut stdout = std::io::stdout();
    loop {
        let id = lantern::vault::atomic::random_id();
        let mut s = common::start(&protocol, "en");
        s.acknowledge_consent().unwrap();
        let mut first = true;
        while let Position::Question(i) = s.position() {
            let q = protocol.question(i);
            if q.kind.value.takes_answer() {
                let a = match q.kind.value {
                    lantern::protocol::QuestionKind::YesNo => Answer::Yes,
                    lantern::protocol::QuestionKind::Text => Answer::Text("CRASH-MARKER".into()),
                    _ => Answer::Declined,
                };
                s.set_answer(i, a).unwrap();
                let draft = Draft {
                    draft_id: id.clone(),
                    saved_at: s.started(),
                    screening: s.snapshot(),
                    worker_language: "en".into(),
                    interpreter_used: None,
                    notes: Some("CRASH-NOTE".into()),
                    worker: None,
                    referrals: Vec::new(),
                };
                drafts.save(&device, &draft).unwrap();
                if first {
                    writeln!(stdout, "started {id}").unwrap();
                    stdout.flush().unwrap();
                    first = false;
                }
            }
            s.advance().unwrap();
        }
        s.finish().unwrap();
        let record = Record::from_screening(
            &s,
            id.clone(),
            RecordContext {
                worker_language: "en".into(),
                ..RecordContext::default()
            },
        )
        .unwrap();
        outbox.save(&record, &recipients).unwrap();
        drafts.delete(&id).unwrap();
    }
}
