//! Invariant 1: nothing readable is ever written to disk. The real program runs a whole
//! screening twice, in the screens (through a pseudo-terminal) and in plain mode (from piped
//! input), with marker strings as an answer, a note, a referral's share text, the worker
//! label and the passphrase. Every folder it could write to (its data, config, cache and
//! state folders, HOME, its temp folder and the system temp folder) is then searched for
//! the markers in UTF-8, UTF-16LE/BE, hex, base64 and base64url at each alignment.

#![cfg(unix)]

mod common;

use std::path::PathBuf;
use std::time::SystemTime;

use age::secrecy::SecretString;
use base64::Engine;
use common::leak;
use common::pty::{ENTER, ESC, F4, F12, Pty};
use common::tui::Fixture;
use lantern::engine::{Answer, Position, Screening};
use lantern::protocol::QuestionKind;
use lantern::vault::{DeviceKey, Draft, Drafts, Outbox, Record, RecordContext, VaultPaths, atomic};

const ANSWER: &str = "NOPLAIN-ANSWER-51d7e0";
const NOTE: &str = "NOPLAIN-NOTE-83c2aa";
const SHARE: &str = "NOPLAIN-SHARE-6b4f19";
const WORKER: &str = "NOPLAIN-WORKER-1a9e77";
const PASS: &str = "NOPLAIN-PASS-c0ffee42";
const MARKERS: &[&str] = &[ANSWER, NOTE, SHARE, WORKER, PASS];

/// Where the program may write: its own HOME, XDG folders and temp folder, all inside one
/// test folder, so that everything it leaves can be searched.
struct Sandbox {
    fx: Fixture,
}

impl Sandbox {
    fn new() -> Sandbox {
        let fx = Fixture::new();
        let s = Sandbox { fx };
        for d in [
            s.home(),
            s.xdg("data"),
            s.xdg("config"),
            s.xdg("cache"),
            s.xdg("state"),
            s.tmp(),
        ] {
            std::fs::create_dir_all(d).unwrap();
        }
        s
    }
    fn home(&self) -> PathBuf {
        self.fx.dir.path().join("home")
    }
    fn xdg(&self, what: &str) -> PathBuf {
        self.fx.dir.path().join("xdg").join(what)
    }
    fn tmp(&self) -> PathBuf {
        self.fx.dir.path().join("tmp")
    }
    /// lantern with this sandbox's environment; its data folder is the XDG one, found by
    /// lantern itself (no --data-dir).
    fn lantern(&self) -> std::process::Command {
        let mut cmd = common::pty::lantern();
        cmd.arg("--root")
            .arg(self.fx.root())
            .env("HOME", self.home())
            .env("XDG_DATA_HOME", self.xdg("data"))
            .env("XDG_CONFIG_HOME", self.xdg("config"))
            .env("XDG_CACHE_HOME", self.xdg("cache"))
            .env("XDG_STATE_HOME", self.xdg("state"))
            .env("TMPDIR", self.tmp())
            .env("TMP", self.tmp())
            .env("TEMP", self.tmp());
        cmd
    }
    /// Every file the program could have written (the fixture's root is links to the
    /// project's folders and the organization's public key).
    fn files(&self) -> Vec<PathBuf> {
        leak::files(self.fx.dir.path())
    }
    fn records(&self) -> Vec<lantern::vault::Record> {
        let ids: Vec<Box<dyn age::Identity + Send + Sync>> =
            vec![Box::new(self.fx.identity.clone())];
        leak::files(&self.xdg("data").join("lantern/outbox"))
            .iter()
            .map(|f| lantern::vault::supervisor::read_record(f, &ids).unwrap())
            .collect()
    }
}

fn assert_no_leak(sb: &Sandbox, since: SystemTime, when: &str) {
    let needles = leak::needles(MARKERS);
    let mut files = sb.files();
    assert!(
        files.iter().any(|f| f.starts_with(sb.xdg("data"))),
        "{when}: lantern wrote nothing to its data folder: the sandbox is not in use"
    );
    files.extend(leak::recent_system_temp_files(since));
    let hits = leak::scan(&files, &needles);
    assert!(
        hits.is_empty(),
        "{when}: plaintext on disk:\n{}",
        hits.join("\n")
    );
}

/// The screens: set up the passphrase, a worker label, an answer, a note, a referral with
/// consent limited to the share text, save; halfway, the disk is searched while lantern
/// runs with everything in its drafts.
fn screening_in_the_screens(sb: &Sandbox, since: SystemTime) {
    let mut t = Pty::spawn_command(sb.lantern());
    t.wait_for("Welcome to lantern");
    t.send(PASS);
    t.send(ENTER);
    t.send(PASS);
    t.send(ENTER);
    t.wait_for("Start a screening");
    // Tab to the worker label.
    t.send("\t\t\t");
    t.send(WORKER);
    t.wait_for(WORKER);
    t.send(ENTER);
    t.wait_for("Read this");
    t.send(ENTER);
    t.wait_for("Is this a good time");
    t.send("y");
    t.wait_for("What kind of work do you do?");
    t.send("1");
    t.wait_for("About how many hours");
    t.send("72");
    t.send(ENTER);
    t.wait_for("72 hours");
    t.send("d");
    t.wait_for("Who keeps your identity documents?");
    t.send("2");
    t.send(ENTER);
    t.wait_for("When did you start this job");
    t.send("k");
    t.wait_for("Which language do you prefer");
    t.send(ANSWER);
    t.send(ENTER);
    t.wait_for("Thank the person");
    t.send(F4);
    t.wait_for("Notes");
    t.send(NOTE);
    t.wait_for(NOTE);
    t.send(ESC);
    // Everything so far is in the encrypted draft; nothing readable is on disk.
    assert_no_leak(sb, since, "mid-screening");
    t.send(ENTER);
    t.wait_for("Check before saving");
    t.send("f");
    t.wait_for("Indicators");
    t.send(ENTER);
    t.wait_for("Referrals");
    t.send(ENTER);
    t.wait_for("y:");
    t.send("l");
    t.send(SHARE);
    t.wait_for(SHARE);
    t.send(ENTER);
    t.wait_for("[✓]");
    t.send("\x1b[C");
    t.wait_for("save");
    t.send(ENTER);
    t.wait_for("Saved");
    t.send(ENTER);
    t.wait_for("Start a screening");
    t.send(F12);
    t.wait_exit();
}

/// Plain mode, from piped input, in the same folders (the device key exists now).
fn screening_in_plain_mode(sb: &Sandbox) {
    let input = [
        PASS,
        "1",                  // protocol
        "1",                  // interview language
        WORKER,               // worker label
        "",                   // consent read
        "y",                  // speak_freely
        "1",                  // work_type
        "72",                 // hours
        "d",                  // rest_days
        "2",                  // documents
        "k",                  // started
        ANSWER,               // language_note
        &format!("+ {NOTE}"), // a note
        "",                   // closing
        "f",                  // finish
        "1",                  // the first referral
        "l",                  // only what the person says
        SHARE,                // what may be shared
        "y",                  // save
    ]
    .join("\n")
        + "\n";
    let mut cmd = sb.lantern();
    cmd.arg("--plain");
    let out = assert_cmd::Command::from_std(cmd)
        .write_stdin(input)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Saved encrypted"), "{text}");
}

#[test]
fn a_whole_screening_in_the_screens_and_in_plain_mode_leaves_no_readable_trace() {
    let since = SystemTime::now();
    let sb = Sandbox::new();
    screening_in_the_screens(&sb, since);
    screening_in_plain_mode(&sb);
    assert_no_leak(&sb, since, "after both screenings");
    // The markers did reach the records, encrypted: the search above was not vacuous.
    let records = sb.records();
    assert_eq!(records.len(), 2);
    for r in &records {
        let json = serde_json::to_string(r).unwrap();
        for m in [ANSWER, NOTE, SHARE, WORKER] {
            assert!(json.contains(m), "{m} missing from a record: {json}");
        }
        assert!(!json.contains(PASS));
    }
    // No draft is left once the records are saved.
    assert!(leak::files(&sb.xdg("data").join("lantern/drafts")).is_empty());
}

const VAULT_MARKERS: &[&str] = &[
    "NOPLAIN-VAULT-ANSWER-51d7",
    "NOPLAIN-VAULT-NOTE-83c2",
    "NOPLAIN-VAULT-WORKER-1a9e",
];

/// The vault on its own, below the session: drafts and records hold only ciphertext.
#[test]
fn the_vault_alone_writes_only_ciphertext() {
    let needles = leak::needles(VAULT_MARKERS);
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let paths = VaultPaths::new(data.clone(), None);
    let (org, recipients, _keys) = common::org_key();
    let device = DeviceKey::at(&paths.device())
        .create(&SecretString::from("correct horse battery".to_string()))
        .unwrap();
    let drafts = Drafts::open(&paths.drafts()).unwrap();
    let outbox = Outbox::open(&paths.outbox).unwrap();

    let p = common::example();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    let draft_id = atomic::random_id();
    let autosave = |s: &Screening| {
        drafts
            .save(
                &device.recipient(),
                &Draft {
                    draft_id: draft_id.clone(),
                    saved_at: s.started(),
                    screening: s.snapshot(),
                    protocol_source: Some(s.protocol().source.to_string()),
                    worker_language: "en".into(),
                    interpreter_used: Some(false),
                    notes: Some(VAULT_MARKERS[1].into()),
                    worker: Some(VAULT_MARKERS[2].into()),
                    referrals: Vec::new(),
                },
            )
            .unwrap();
    };
    while let Position::Question(i) = s.position() {
        let q = p.question(i);
        let a = match q.kind.value {
            QuestionKind::Text => Some(Answer::Text(VAULT_MARKERS[0].into())),
            QuestionKind::YesNo => Some(Answer::Yes),
            QuestionKind::Number => Some(Answer::Number(90)),
            QuestionKind::Note => None,
            _ => Some(Answer::Declined),
        };
        if let Some(a) = a {
            s.set_answer(i, a).unwrap();
            autosave(&s);
            // Mid-screening: the drafts folder holds only ciphertext.
            let hits = leak::scan(&leak::files(&data), &needles);
            assert!(hits.is_empty(), "{hits:?}");
        }
        s.advance().unwrap();
    }
    s.finish().unwrap();
    let record = Record::from_screening(
        &s,
        atomic::random_id(),
        RecordContext {
            worker_language: "en".into(),
            notes: Some(VAULT_MARKERS[1].into()),
            worker: Some(VAULT_MARKERS[2].into()),
            ..RecordContext::default()
        },
    )
    .unwrap();
    assert!(
        record
            .answers
            .iter()
            .any(|a| a.value == Answer::Text(VAULT_MARKERS[0].into()))
    );
    let saved = outbox.save(&record, &recipients).unwrap();
    drafts.delete(&draft_id).unwrap();

    let hits = leak::scan(&leak::files(home.path()), &needles);
    assert!(hits.is_empty(), "plaintext on disk: {hits:?}");
    // The file names say nothing either.
    for f in common::all_files(&data) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            !name.contains("example") && !name.contains("2026"),
            "{name}"
        );
    }
    // And the record is all there for the organization.
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(org)];
    let back = lantern::vault::supervisor::read_record(&saved, &ids).unwrap();
    assert_eq!(back.notes.as_deref(), Some(VAULT_MARKERS[1]));
}

#[test]
fn the_search_finds_every_encoding_it_looks_for() {
    let dir = tempfile::tempdir().unwrap();
    let needles = leak::needles(&["LEAK-SELFTEST-77"]);
    for (i, n) in needles.iter().enumerate() {
        let mut content = vec![b'x'; i % 5];
        content.extend_from_slice(&n.bytes);
        std::fs::write(dir.path().join(format!("f{i}")), content).unwrap();
    }
    // A real base64 of a longer text that holds the marker somewhere in the middle.
    for k in 0..3 {
        let text = format!("{}LEAK-SELFTEST-77 and more", "a".repeat(10 + k));
        let enc = base64::engine::general_purpose::STANDARD.encode(text);
        std::fs::write(dir.path().join(format!("b{k}")), enc).unwrap();
    }
    let hits = leak::scan(&leak::files(dir.path()), &needles);
    for (i, n) in needles.iter().enumerate() {
        let f = format!("f{i} holds");
        assert!(hits.iter().any(|h| h.contains(&f)), "{} missed", n.encoding);
    }
    for k in 0..3 {
        let f = format!("b{k} holds");
        assert!(
            hits.iter().any(|h| h.contains(&f)),
            "base64 text {k} missed"
        );
    }
}
