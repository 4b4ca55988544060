//! kill -9 at random moments of real work sessions: never a partial or corrupt outbox file,
//! every draft recoverable, no acknowledged answer lost.
//!
//! The child is this test binary itself (run with LANTERN_CRASH_CHILD): it opens a
//! `WorkSession` as the front ends do and runs screenings back to back (autosave after
//! every answer, save, draft deleted), reporting each acknowledged step on stdout. The
//! parent kills it at a random moment after it is ready, then, before anything opens the
//! folders (opening cleans them), looks at what the kill left, and checks it.
//!
//! `harness = false` (Cargo.toml): the child is not a test of its own, so nothing passes
//! vacuously under `--include-ignored`.

#[path = "common/mod.rs"]
mod common;

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use lantern::config::{DataRoot, Settings};
use lantern::engine::{Answer, Position};
use lantern::protocol::QuestionKind;
use lantern::session::WorkSession;
use lantern::vault::supervisor::read_record;
use lantern::vault::{DeviceKey, Drafts, Outbox, VaultPaths};

const NAME: &str = "kill_9_never_corrupts_and_never_loses";
const MIN_ROUNDS: usize = 30;
const MAX_ROUNDS: usize = 160;
/// Kills that must land inside a write (a `.tmp-` fragment left behind) before the test may
/// stop at MIN_ROUNDS: without them, atomicity was not exercised.
const MID_WRITE_KILLS: usize = 3;

fn passphrase() -> SecretString {
    SecretString::from("correct horse battery".to_string())
}

fn main() {
    if std::env::var_os("LANTERN_CRASH_CHILD").is_some() {
        child();
    }
    // Enough of libtest's command line for `cargo test` and its filters.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("{NAME}: test");
        return;
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let skipped = args.iter().any(|a| a == "--ignored")
        || (!filters.is_empty() && !filters.iter().any(|f| NAME.contains(f.as_str())));
    if skipped {
        println!("\nrunning 0 tests\n\ntest result: ok. 0 passed; 0 failed; 1 filtered out\n");
        return;
    }
    println!("\nrunning 1 test");
    let start = Instant::now();
    kill_9_never_corrupts_and_never_loses();
    println!("test {NAME} ... ok");
    println!(
        "\ntest result: ok. 1 passed; 0 failed; finished in {:.2}s\n",
        start.elapsed().as_secs_f64()
    );
}

/// A lantern root with the example protocol and an organization key; the data folder.
struct Setup {
    _dir: tempfile::TempDir,
    root: PathBuf,
    data: PathBuf,
    org: age::x25519::Identity,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let data = dir.path().join("data");
    std::fs::create_dir_all(root.join("screening")).unwrap();
    std::fs::create_dir_all(root.join("keys")).unwrap();
    std::fs::copy(
        common::fixture("protocols/valid/example.toml"),
        root.join("screening/example.toml"),
    )
    .unwrap();
    let org = age::x25519::Identity::generate();
    std::fs::write(root.join("keys/org.txt"), format!("{}\n", org.to_public())).unwrap();
    DeviceKey::at(&VaultPaths::new(data.clone(), None).device())
        .create(&passphrase())
        .unwrap();
    Setup {
        _dir: dir,
        root,
        data,
        org,
    }
}

fn session(root: &Path, data: &Path) -> WorkSession {
    WorkSession::open(
        DataRoot::at(root),
        Settings::example(),
        VaultPaths::new(data.to_path_buf(), None),
        common::clock(),
    )
    .unwrap()
}

/// What the child acknowledged before it died.
#[derive(Default)]
struct Progress {
    ready: bool,
    /// Session id -> answers in its last acknowledged autosave.
    answered: HashMap<String, usize>,
    saved: HashSet<String>,
}

fn kill_9_never_corrupts_and_never_loses() {
    let s = setup();
    let org_ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(s.org.clone())];
    let device = DeviceKey::at(&VaultPaths::new(s.data.clone(), None).device())
        .unlock(&passphrase())
        .unwrap();
    let outbox_dir = s.data.join("outbox");
    let drafts_dir = s.data.join("drafts");

    let mut acknowledged = Progress::default();
    let mut mid_write_kills = 0;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut round = 0;
    while round < MIN_ROUNDS || (mid_write_kills < MID_WRITE_KILLS && round < MAX_ROUNDS) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(seed % 150);
        let progress = run_child_and_kill(&s, delay, round);
        assert!(progress.ready, "round {round}: the child never got ready");
        acknowledged.answered.extend(progress.answered);
        acknowledged.saved.extend(progress.saved);

        // What the kill left, before anything opens (and so cleans) the folders.
        for dir in [&outbox_dir, &drafts_dir] {
            for f in common::all_files(dir) {
                let name = f.file_name().unwrap().to_string_lossy().to_string();
                if name.starts_with(lantern::vault::atomic::TEMP_PREFIX) {
                    mid_write_kills += 1;
                } else {
                    assert!(name.ends_with(".age"), "round {round}: stray file {name}");
                }
            }
        }
        // The next start opens the folders: fragments go, everything else must be whole.
        let _next_start = session(&s.root, &s.data);
        let fragments: Vec<_> = common::all_files(&s.data)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(lantern::vault::atomic::TEMP_PREFIX)
            })
            .collect();
        assert!(fragments.is_empty(), "round {round}: {fragments:?}");
        let mut saved = HashSet::new();
        for entry in Outbox::open(&outbox_dir).unwrap().list().unwrap() {
            let r = read_record(&entry.path, &org_ids).unwrap_or_else(|e| {
                panic!("round {round}: {} is damaged: {e}", entry.path.display())
            });
            assert!(r.finished >= r.started);
            saved.insert(r.record_id);
        }
        let drafts = Drafts::open(&drafts_dir).unwrap();
        let mut drafted = HashMap::new();
        for f in drafts.list() {
            let d = drafts
                .load(&f, &device)
                .unwrap_or_else(|e| panic!("round {round}: draft {} unreadable: {e}", f.id));
            _next_start
                .resume(&d)
                .unwrap_or_else(|e| panic!("round {round}: draft {} does not resume: {e}", f.id));
            drafted.insert(d.draft_id.clone(), d.screening.answers.len());
        }
        // Nothing lost: every acknowledged autosave is in a record or in a draft that holds
        // at least its answers; every acknowledged save is a record whose draft is gone.
        for (id, &n) in &acknowledged.answered {
            let kept = saved.contains(id) || drafted.get(id).is_some_and(|&m| m >= n);
            assert!(kept, "round {round}: session {id} lost answers (had {n})");
        }
        for id in &acknowledged.saved {
            assert!(
                saved.contains(id),
                "round {round}: saved record {id} missing"
            );
            assert!(
                !drafted.contains_key(id),
                "round {round}: draft {id} left after its save"
            );
        }
        round += 1;
    }
    eprintln!(
        "{round} kills, {mid_write_kills} inside a write; {} sessions started, {} records saved",
        acknowledged.answered.len(),
        acknowledged.saved.len()
    );
    assert!(
        mid_write_kills >= 1,
        "no kill landed inside a write in {round} rounds: atomicity was not exercised"
    );
    assert!(
        acknowledged.saved.len() >= 5,
        "the child rarely finished a screening: {} saved",
        acknowledged.saved.len()
    );
}

fn run_child_and_kill(s: &Setup, delay: Duration, round: usize) -> Progress {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("LANTERN_CRASH_CHILD", "1")
        .env("CRASH_ROOT", &s.root)
        .env("CRASH_DATA", &s.data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut progress = Progress::default();
    let take = |line: String, p: &mut Progress| {
        let mut w = line.split(' ');
        match (w.next(), w.next(), w.next()) {
            (Some("ready"), _, _) => p.ready = true,
            (Some("answered"), Some(id), Some(n)) => {
                p.answered.insert(id.to_string(), n.parse().unwrap());
            }
            (Some("saved"), Some(id), _) => {
                p.saved.insert(id.to_string());
            }
            _ => panic!("round {round}: unexpected line from the child: {line}"),
        }
    };
    // Unlocking (scrypt) takes a while: the clock starts when the child is ready.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !progress.ready {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(line) => take(line, &mut progress),
            Err(_) => break,
        }
    }
    if progress.ready {
        std::thread::sleep(delay);
    }
    // Still working when killed: a child that died by itself is a failure, not a crash test.
    if let Some(status) = child.try_wait().unwrap() {
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
        panic!("round {round}: the child exited by itself ({status}):\n{err}");
    }
    child.kill().unwrap(); // SIGKILL on Unix: no destructors, no flush.
    child.wait().unwrap();
    reader.join().unwrap();
    for line in rx.try_iter() {
        take(line, &mut progress);
    }
    progress
}

/// The child: screenings back to back through the session layer until it is killed. Each
/// line is printed only after the step it names returned.
fn child() -> ! {
    use std::io::Write;
    let root = PathBuf::from(std::env::var("CRASH_ROOT").unwrap());
    let data = PathBuf::from(std::env::var("CRASH_DATA").unwrap());
    let mut session = session(&root, &data);
    session.unlock(&passphrase()).unwrap();
    let protocol = session.protocol("example").unwrap();
    let mut out = std::io::stdout();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    loop {
        let en: lantern::i18n::LangTag = "en".parse().unwrap();
        let mut active = session.start(Arc::clone(&protocol), &en, &en).unwrap();
        active.notes = "CRASH-NOTE".into();
        active.screening.acknowledge_consent().unwrap();
        let mut answers = 0;
        while let Position::Question(i) = active.screening.position() {
            let kind = protocol.question(i).kind.value;
            if kind.takes_answer() {
                let a = match kind {
                    QuestionKind::YesNo => Answer::Yes,
                    QuestionKind::Text => Answer::Text("CRASH-MARKER".into()),
                    _ => Answer::Declined,
                };
                active.screening.answer_current(a).unwrap();
                session.autosave(&active).unwrap();
                answers += 1;
                writeln!(out, "answered {} {answers}", active.draft_id).unwrap();
                out.flush().unwrap();
            }
            active.screening.advance().unwrap();
        }
        session.save(&mut active).unwrap();
        writeln!(out, "saved {}", active.draft_id).unwrap();
        out.flush().unwrap();
    }
}
