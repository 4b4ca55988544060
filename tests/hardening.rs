//! The defects of the adversarial review (../shared/reviews/security-2026-12.md), each
//! reproduced as the reviewer did it, then held fixed.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use lantern::protocol::lint::find_private_key;

fn lantern(root: &Path, data: &Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("HOME", data.join("home"))
        .arg("--root")
        .arg(root)
        .arg("--data-dir")
        .arg(data);
    c
}

/// Every file under `dir` that holds a private key.
fn private_keys_under(dir: &Path) -> Vec<PathBuf> {
    common::all_files(dir)
        .into_iter()
        .filter(|f| {
            std::fs::read(f)
                .map(|b| find_private_key(&String::from_utf8_lossy(&b)).is_some())
                .unwrap_or(false)
        })
        .collect()
}

/// H1: `keys init --identity keys/<new folder>/...` wrote the organization's private key into
/// keys/, the folder that is copied to every field laptop.
#[test]
fn keys_init_never_writes_a_private_key_where_keys_check_looks() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(root.join("keys")).unwrap();
    std::fs::create_dir_all(data.join("config/lantern")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("keys"), tmp.path().join("link-to-keys")).unwrap();
    let attempts: Vec<(PathBuf, PathBuf)> = vec![
        // (working directory, --identity as given)
        (root.clone(), "keys/backup/org-identity.txt".into()),
        (root.clone(), "keys/a/b/../org-identity.txt".into()),
        (root.clone(), "./keys/../keys/new/org-identity.txt".into()),
        (root.clone(), "KEYS/new/org-identity.txt".into()),
        (root.join("keys"), "org-identity.txt".into()),
        (
            tmp.path().into(),
            "link-to-keys/new/org-identity.txt".into(),
        ),
        (tmp.path().into(), "root/keys/org-identity.txt".into()),
        (tmp.path().into(), data.join("sub/org-identity.txt")),
        (
            tmp.path().into(),
            data.join("config/lantern/org-identity.txt"),
        ),
    ];
    for (cwd, identity) in &attempts {
        #[cfg(not(unix))]
        if identity.starts_with("link-to-keys") {
            continue;
        }
        let out = lantern(&root, &data)
            .current_dir(cwd)
            .args(["keys", "init", "--identity"])
            .arg(identity)
            .output()
            .unwrap();
        assert!(
            !out.status.success(),
            "{} from {} was accepted",
            identity.display(),
            cwd.display()
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("must not be written inside keys/"),
            "{stderr}"
        );
        assert_eq!(private_keys_under(&root), Vec::<PathBuf>::new());
        assert_eq!(private_keys_under(&data), Vec::<PathBuf>::new());
    }
    // Where it belongs, it works.
    lantern(&root, &data)
        .current_dir(tmp.path())
        .args(["keys", "init", "--identity", "supervisor/org-identity.txt"])
        .assert()
        .success();
    assert_eq!(
        private_keys_under(tmp.path()),
        [tmp.path().join("supervisor/org-identity.txt")]
    );
}

/// L2: a lower-cased age identity decrypts records with lantern, so it is a private key
/// wherever it is and whatever the file is called; and one pasted after a public key too.
#[test]
fn a_private_key_is_found_in_any_letter_case_and_any_file_name() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(root.join("keys")).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    let id = age::x25519::Identity::generate();
    let secret = age::secrecy::ExposeSecret::expose_secret(&id.to_string()).to_string();
    std::fs::write(root.join("keys/org.txt"), format!("{}\n", id.to_public())).unwrap();
    lantern(&root, &data)
        .args(["keys", "check"])
        .assert()
        .success();
    std::fs::write(data.join("notes.bak"), secret.to_lowercase()).unwrap();
    let out = lantern(&root, &data)
        .args(["keys", "check"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("notes.bak"), "{stdout}");
    assert!(!stdout.contains("No private key found"), "{stdout}");
    std::fs::remove_file(data.join("notes.bak")).unwrap();
    // After a public key, on the same line, in keys/.
    std::fs::write(
        root.join("keys/org.txt"),
        format!("{} {}\n", id.to_public(), secret.to_lowercase()),
    )
    .unwrap();
    let out = lantern(&root, &data)
        .args(["keys", "list"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "keys list accepted a private key");
    let out = lantern(&root, &data).args(["lint"]).output().unwrap();
    assert!(!out.status.success(), "lint passed a private key in keys/");
}

/// H1 (start-up): with a private key on the device, no screening starts, and the worker is
/// told why and what to do, in their language.
#[test]
fn no_screening_starts_while_a_private_key_is_on_the_device() {
    let fx = common::tui::Fixture::new();
    let id = age::x25519::Identity::generate();
    let secret = age::secrecy::ExposeSecret::expose_secret(&id.to_string()).to_string();
    std::fs::write(fx.root().join("keys/backup.key"), secret).unwrap();
    let out = lantern(&fx.root(), &fx.data())
        .args(["--plain", "--lang", "es"])
        .write_stdin("correct horse battery\ncorrect horse battery\n1\n")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("hay una clave privada en este dispositivo"),
        "{stderr}"
    );
    assert!(stderr.contains("backup.key"), "{stderr}");
    assert!(
        !fx.data().join("drafts").exists()
            || common::all_files(&fx.data().join("drafts")).is_empty(),
        "a screening started"
    );
}

fn started(fx: &common::tui::Fixture) -> (lantern::session::WorkSession, lantern::session::Active) {
    use lantern::i18n::LangTag;
    let mut s = fx.session();
    s.create_device_key(&common::tui::pass()).unwrap();
    let p = s.protocol("example").unwrap();
    let mut a = s
        .start(p, &LangTag::checked("en"), &LangTag::checked("en"))
        .unwrap();
    a.screening.acknowledge_consent().unwrap();
    a.screening
        .answer_current(lantern::engine::Answer::Yes)
        .unwrap();
    s.autosave(&a).unwrap();
    (s, a)
}

/// M2: killed between writing the record and removing the draft, lantern offered the draft
/// at every start and could never save it ("File exists").
#[test]
fn a_draft_whose_record_is_saved_is_not_offered_forever() {
    let fx = common::tui::Fixture::new();
    let (s, mut a) = started(&fx);
    s.save(&mut a).unwrap();
    // The state the interruption leaves: the record in the outbox and the draft still there.
    s.autosave(&a).unwrap();
    assert_eq!(fx.outbox_files().len(), 1);
    assert_eq!(common::all_files(&fx.data().join("drafts")).len(), 1);
    // Next start: the draft is recognised as saved and removed; nothing else is touched.
    let mut s = fx.session();
    s.unlock(&common::tui::pass()).unwrap();
    assert_eq!(s.settle_saved_drafts(), 1);
    assert!(s.drafts().is_empty());
    assert_eq!(fx.outbox_files().len(), 1);
    assert_eq!(s.settle_saved_drafts(), 0);
}

/// M2, the other way out: a draft resumed and saved again while its first record is still in
/// the outbox is saved under a new id, never refused.
#[test]
fn saving_again_under_an_id_already_in_the_outbox_gets_a_new_id() {
    let fx = common::tui::Fixture::new();
    let (s, mut a) = started(&fx);
    s.save(&mut a).unwrap();
    let mut a = a.clone();
    a.screening.reopen();
    s.autosave(&a).unwrap();
    s.save(&mut a).unwrap();
    assert_eq!(fx.outbox_files().len(), 2);
    assert!(common::all_files(&fx.data().join("drafts")).is_empty());
    let ids: Vec<String> = fx.records().into_iter().map(|r| r.record_id).collect();
    assert_ne!(ids[0], ids[1]);
}

/// Makes every draft write fail as a full disk would, even for root: the drafts folder
/// becomes a file (the previous drafts are kept aside, untouched).
fn break_drafts(fx: &common::tui::Fixture) -> PathBuf {
    let drafts = fx.data().join("drafts");
    let aside = fx.data().join("drafts-kept");
    std::fs::rename(&drafts, &aside).unwrap();
    std::fs::write(&drafts, b"not a folder").unwrap();
    aside
}

/// M4: with the disk full, quick exit cleared the screen and exited 0: the last answers
/// were lost and nothing said so.
#[test]
fn quick_exit_says_when_the_last_answers_could_not_be_saved() {
    use crossterm::event::KeyCode;
    use lantern::tui::Exit;
    let fx = common::tui::Fixture::new();
    let mut app = fx.app("en");
    common::tui::key(&mut app, KeyCode::Enter);
    common::tui::key(&mut app, KeyCode::Enter);
    common::tui::chars(&mut app, "y");
    let aside = break_drafts(&fx);
    common::tui::chars(&mut app, "d");
    common::tui::key(&mut app, KeyCode::F(12));
    assert_eq!(app.m.exit, Some(Exit::QuickUnsaved));
    // The draft from before the failure is what is left, whole.
    let kept = common::all_files(&aside);
    assert_eq!(kept.len(), 1);
    // When saving works again, a quick exit is a plain quick exit.
    let fx = common::tui::Fixture::new();
    let mut app = fx.app("en");
    common::tui::key(&mut app, KeyCode::Enter);
    common::tui::key(&mut app, KeyCode::Enter);
    common::tui::chars(&mut app, "y");
    common::tui::key(&mut app, KeyCode::F(12));
    assert_eq!(app.m.exit, Some(Exit::Quick));
}

/// Input for plain mode, one line per read, with something done to the disk just before a
/// given line is handed over (what a full disk does in the middle of a screening).
struct Script {
    lines: std::collections::VecDeque<String>,
    served: usize,
    before: usize,
    hook: Option<Box<dyn FnOnce()>>,
}

impl std::io::Read for Script {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.served == self.before
            && let Some(h) = self.hook.take()
        {
            h();
        }
        let Some(line) = self.lines.pop_front() else {
            return Ok(0);
        };
        self.served += 1;
        let bytes = format!("{line}\n");
        buf[..bytes.len()].copy_from_slice(bytes.as_bytes());
        Ok(bytes.len())
    }
}

#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// M4, plain mode: when the last answers cannot be saved, the worker is told, stopping does
/// not claim the draft was kept, and the run ends as a failure.
#[test]
fn plain_mode_never_claims_a_save_that_did_not_happen() {
    let fx = common::tui::Fixture::new();
    let data = fx.data();
    let (catalog, _) = lantern::i18n::Catalog::load(&fx.root().join("locales"));
    let lines = [
        "correct horse battery",
        "correct horse battery",
        "1", // protocol
        "1", // interview language
        "",  // worker label
        "",  // consent read
        "y", // speak_freely: saved
        "d", // work_type: the disk is full now
        "q",
    ];
    let script = Script {
        lines: lines.iter().map(|l| l.to_string()).collect(),
        served: 0,
        before: 7,
        hook: Some(Box::new(move || {
            let drafts = data.join("drafts");
            std::fs::rename(&drafts, data.join("drafts-kept")).unwrap();
            std::fs::write(&drafts, b"not a folder").unwrap();
        })),
    };
    let out = Shared::default();
    let saved = lantern::plain::run_with(
        fx.session(),
        &catalog,
        &["en".to_string()],
        None,
        Box::new(std::io::BufReader::with_capacity(64, script)),
        Box::new(out.clone()),
    )
    .unwrap();
    let text = String::from_utf8_lossy(&out.0.lock().unwrap()).to_string();
    assert!(!saved, "{text}");
    assert!(
        text.contains("The last answers are kept only while lantern runs"),
        "{text}"
    );
    assert!(!text.contains("draft is kept"), "{text}");
    assert_eq!(common::all_files(&fx.data().join("drafts-kept")).len(), 1);
}

/// M3: a core dump of lantern held the answers and the raw device key. The running program
/// forbids core files (and, on Linux, is not dumpable).
#[cfg(target_os = "linux")]
#[test]
fn the_running_program_leaves_no_core_dump() {
    use std::os::unix::process::CommandExt;
    let fx = common::tui::Fixture::new();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("lantern"));
    // Start it with core dumps allowed (as large as this account may), so that only lantern
    // itself can have turned them off.
    // SAFETY: between fork and exec only async-signal-safe calls (getrlimit, setrlimit).
    unsafe {
        cmd.pre_exec(|| {
            let mut r = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::getrlimit(libc::RLIMIT_CORE, &mut r);
            r.rlim_cur = r.rlim_max;
            libc::setrlimit(libc::RLIMIT_CORE, &r);
            Ok(())
        });
    }
    let mut child = cmd
        .env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", fx.data().join("config"))
        .env("HOME", fx.data().join("home"))
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .args(["--plain", "--lang", "en"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Waiting for the passphrase: read its limits from outside.
    let limits = format!("/proc/{}/limits", child.id());
    let mut core = None;
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if let Ok(text) = std::fs::read_to_string(&limits)
            && let Some(l) = text.lines().find(|l| l.starts_with("Max core file size"))
        {
            core = Some(
                l.split_whitespace()
                    .skip(4)
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            if core.as_deref() == Some("0 0") {
                break;
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(core.as_deref(), Some("0 0"), "core file size limit");
    // The same function, in this process.
    lantern::core_dumps::forbid().unwrap();
    assert!(lantern::core_dumps::forbidden());
}

fn plain_run(fx: &common::tui::Fixture, input: &str, extra: &[&str]) -> (bool, String) {
    let out = lantern(&fx.root(), &fx.data())
        .args(extra)
        .args(["--plain", "--lang", "en"])
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

const FIRST_RUN: &str = "correct horse battery\ncorrect horse battery\n1\n1\n\n\ny\nq\n";

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// L1: the data folder kept whatever mode it had (0777 seen), so other accounts could hide
/// the outbox or the device key; lantern then quietly started over.
#[cfg(unix)]
#[test]
fn the_data_folder_is_made_private_and_tampering_is_told() {
    use std::os::unix::fs::PermissionsExt;
    let fx = common::tui::Fixture::new();
    let (ok, _) = plain_run(&fx, FIRST_RUN, &[]);
    assert!(ok);
    let draft = common::all_files(&fx.data().join("drafts")).remove(0);
    std::fs::set_permissions(fx.data(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(&draft, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (_, out) = plain_run(&fx, "q\n", &[]);
    assert!(out.contains("made them private again"), "{out}");
    assert_eq!(mode(&fx.data()), 0o700);
    assert_eq!(mode(&draft), 0o600);
    // Someone moved the device key away: the drafts are still here. Not a quiet first run.
    std::fs::rename(fx.data().join("device"), fx.data().join("device.stolen")).unwrap();
    let (_, out) = plain_run(&fx, "q\n", &[]);
    assert!(out.contains("the key that opens them is missing"), "{out}");
    std::fs::rename(fx.data().join("device.stolen"), fx.data().join("device")).unwrap();
    std::fs::rename(fx.data().join("outbox"), fx.data().join("outbox.hidden")).unwrap();
    let (_, out) = plain_run(&fx, "q\n", &[]);
    assert!(out.contains("the outbox folder was missing"), "{out}");
}

/// L5 (2.1): a symlink planted at outbox/ was followed, and its target re-moded.
#[cfg(unix)]
#[test]
fn a_symlink_in_the_data_folder_is_refused_not_followed() {
    use std::os::unix::fs::PermissionsExt;
    let fx = common::tui::Fixture::new();
    let elsewhere = fx.dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::set_permissions(&elsewhere, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::create_dir_all(fx.data()).unwrap();
    std::os::unix::fs::symlink(&elsewhere, fx.data().join("outbox")).unwrap();
    let (ok, out) = plain_run(&fx, FIRST_RUN, &[]);
    assert!(!ok);
    assert!(out.contains("is a symbolic link"), "{out}");
    assert_eq!(mode(&elsewhere), 0o755, "the target was touched");
    assert!(common::all_files(&elsewhere).is_empty());
}

/// L5 (2.6): a `.tmp-*` folder or a folder named like a record stopped every start.
#[test]
fn a_folder_where_a_file_belongs_is_told_and_left_out() {
    let fx = common::tui::Fixture::new();
    let (ok, _) = plain_run(&fx, FIRST_RUN, &[]);
    assert!(ok);
    std::fs::create_dir_all(fx.data().join("outbox/.tmp-x")).unwrap();
    std::fs::create_dir_all(fx.data().join("drafts/.tmp-y")).unwrap();
    std::fs::create_dir_all(fx.data().join("outbox/x.age")).unwrap();
    let (_, out) = plain_run(&fx, "correct horse battery\n3\nq\n", &[]);
    assert!(out.contains("x.age is not a file"), "{out}");
    assert!(
        out.contains("Type 1 to resume it"),
        "the draft is offered:\n{out}"
    );
    let a = lantern(&fx.root(), &fx.data())
        .args(["outbox"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&a.stdout).contains("x.age"),
        "left out of the outbox list"
    );
}

/// L5 (2.7): a relative outbox folder was resolved from wherever lantern was started.
#[test]
fn a_relative_outbox_folder_is_relative_to_the_settings_file() {
    let fx = common::tui::Fixture::new();
    let conf_dir = fx.dir.path().join("conf");
    std::fs::create_dir_all(&conf_dir).unwrap();
    let example = include_str!("../src/config/example-settings.toml");
    let settings = example.replace("[outbox]", "[outbox]\nfolder = \"shared-outbox\"");
    let conf = conf_dir.join("config.toml");
    std::fs::write(&conf, settings).unwrap();
    for cwd in [fx.dir.path().to_path_buf(), fx.root()] {
        let out = lantern(&fx.root(), &fx.data())
            .current_dir(&cwd)
            .arg("--config")
            .arg(&conf)
            .args(["outbox"])
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("shared-outbox") || out.status.success(),
            "{out:?}"
        );
    }
    assert!(conf_dir.join("shared-outbox").is_dir());
    assert!(!fx.dir.path().join("shared-outbox").exists());
    assert!(!fx.root().join("shared-outbox").exists());
}

const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}";

/// A record someone forged with the public key: escapes in its id, its protocol and its
/// answers. Saved under a file name that carries them too.
fn forged_record(dir: &Path, recipients: &lantern::vault::Recipients) -> PathBuf {
    use lantern::vault::{Outbox, Record, RecordContext};
    let s = common::finished_example("FORGED");
    let mut r = Record::from_screening(
        &s,
        format!("id{EVIL}"),
        RecordContext {
            worker_language: "en".into(),
            notes: Some(format!("=1+1{EVIL}")),
            ..RecordContext::default()
        },
    )
    .unwrap();
    r.protocol.id = format!("=cmd|' /C calc'!A0{EVIL}");
    r.protocol.sha256 = format!("{EVIL}{EVIL}");
    r.interview_language = format!("en{EVIL}");
    if let Some(i) = r.indicators.first_mut() {
        i.id = format!("ok;=4+4;{EVIL}");
    }
    let outbox = Outbox::open(dir).unwrap();
    outbox.save(&r, recipients).unwrap()
}

fn has_raw_escape(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .find(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}'))
        .map(|c| format!("U+{:04X} in:\n{text}", c as u32))
}

/// L3: `open`, `export`, `report`, `keys list`, `config check`, `outbox` and `lint` printed
/// escapes from files (record ids, file names, paths, protocol ids, language tags) raw.
#[test]
fn nothing_from_a_file_reaches_the_terminal_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(root.join("keys")).unwrap();
    std::fs::create_dir_all(root.join("screening")).unwrap();
    let id = age::x25519::Identity::generate();
    let id_file = tmp.path().join("org-identity.txt");
    std::fs::write(
        &id_file,
        age::secrecy::ExposeSecret::expose_secret(&id.to_string()),
    )
    .unwrap();
    std::fs::write(
        root.join(format!("keys/org{EVIL}.txt")),
        format!("{} # org{EVIL}\n", id.to_public()),
    )
    .unwrap();
    let recipients = lantern::vault::Recipients::load(&root.join("keys")).unwrap();
    let outbox = data.join("outbox");
    let record = forged_record(&outbox, &recipients);
    // A protocol whose id and languages are escapes.
    let minimal = std::fs::read_to_string(common::fixture("protocols/valid/minimal.toml"))
        .unwrap()
        .replace(
            "id = \"minimal\"",
            &format!("id = \"m{}\"", "\\u001b]0;x\\u0007"),
        );
    std::fs::write(root.join(format!("screening/p{EVIL}.toml")), minimal).unwrap();
    let conf = tmp.path().join("config.toml");
    std::fs::write(
        &conf,
        include_str!("../src/config/example-settings.toml").replace(
            "[outbox]",
            &format!("[outbox]\nfolder = \"out{}\"", "\\u001b[2J"),
        ),
    )
    .unwrap();
    let runs: Vec<Vec<String>> = vec![
        vec![
            "open".into(),
            record.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
        ],
        vec![
            "open".into(),
            record.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
            "--json".into(),
        ],
        vec![
            "export".into(),
            outbox.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
            "--format".into(),
            "csv".into(),
        ],
        vec![
            "export".into(),
            outbox.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
            "--format".into(),
            "jsonl".into(),
        ],
        vec![
            "report".into(),
            outbox.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
            "--min-count".into(),
            "0".into(),
        ],
        vec![
            "report".into(),
            outbox.display().to_string(),
            "-i".into(),
            id_file.display().to_string(),
            "--min-count".into(),
            "0".into(),
            "--json".into(),
        ],
        vec!["keys".into(), "list".into()],
        vec!["keys".into(), "list".into(), "--json".into()],
        vec!["outbox".into()],
        vec!["lint".into()],
    ];
    for args in &runs {
        let out = lantern(&root, &data).args(args).output().unwrap();
        if let Some(e) = has_raw_escape(&out.stdout) {
            panic!("lantern {}: stdout {e}", args.join(" "));
        }
        if let Some(e) = has_raw_escape(&out.stderr) {
            panic!("lantern {}: stderr {e}", args.join(" "));
        }
    }
    for args in [["config", "check"], ["outbox", ""]] {
        let out = lantern(&root, &data)
            .arg("--config")
            .arg(&conf)
            .args(args.iter().filter(|a| !a.is_empty()))
            .output()
            .unwrap();
        assert!(
            has_raw_escape(&out.stdout).is_none(),
            "{:?}",
            has_raw_escape(&out.stdout)
        );
        assert!(
            has_raw_escape(&out.stderr).is_none(),
            "{:?}",
            has_raw_escape(&out.stderr)
        );
    }
}

/// L4: the CSV export's header row was not made safe, and `;`-joined lists were written
/// unquoted. Read back with Python's csv module, as a spreadsheet import would, with each
/// separator: no cell starts with a formula character.
#[test]
fn the_csv_export_is_safe_in_every_cell() {
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if python.is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 is required under CI (installed by .ci/run)"
        );
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(root.join("keys")).unwrap();
    let id = age::x25519::Identity::generate();
    let id_file = tmp.path().join("org-identity.txt");
    std::fs::write(
        &id_file,
        age::secrecy::ExposeSecret::expose_secret(&id.to_string()),
    )
    .unwrap();
    std::fs::write(root.join("keys/org.txt"), format!("{}\n", id.to_public())).unwrap();
    let recipients = lantern::vault::Recipients::load(&root.join("keys")).unwrap();
    forged_record(&data.join("outbox"), &recipients);
    for (sep, py) in [("comma", ","), ("semicolon", ";"), ("tab", "\\t")] {
        let csv = tmp.path().join(format!("export-{sep}.csv"));
        lantern(&root, &data)
            .args(["export"])
            .arg(data.join("outbox"))
            .arg("-i")
            .arg(&id_file)
            .args(["--format", "csv", "--separator", sep, "-o"])
            .arg(&csv)
            .assert()
            .success();
        // Each separator a spreadsheet might split on, whatever the file was written with.
        for split in [",", ";", "\\t"] {
            let script = format!(
                "import csv,sys\nbad=[]\nfor row in csv.reader(open(sys.argv[1], newline=''), delimiter='{split}'):\n    for cell in row:\n        if cell[:1] in ('=','+','-','@','\\t','\\r'):\n            bad.append(cell)\nprint(len(bad)); print(bad[:3])\n"
            );
            let out = std::process::Command::new("python3")
                .args(["-c", &script])
                .arg(&csv)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && text.starts_with("0\n"),
                "written with {py}, read with {split}: {text} {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// L5 (5.1): `aaaaaaaaaa`, `1234567890` and ten spaces were accepted as passphrases.
#[test]
fn the_weakest_passphrases_are_refused_with_a_reason() {
    use age::secrecy::SecretString;
    let fx = common::tui::Fixture::new();
    let mut s = fx.session();
    for weak in [
        "aaaaaaaaaa",
        "1234567890",
        "          ",
        "qwertyuiop",
        "password123",
    ] {
        let e = s
            .create_device_key(&SecretString::from(weak.to_string()))
            .unwrap_err();
        assert!(
            matches!(e, lantern::vault::VaultError::GuessablePassphrase),
            "{weak:?}: {e}"
        );
    }
    assert!(!s.has_device_key(), "nothing was written");
    // Plain mode says why, in the worker's language, and asks again.
    let (_, out) = plain_run(
        &fx,
        "1234567890\n1234567890\ncorrect horse battery\ncorrect horse battery\nq\n",
        &[],
    );
    assert!(
        out.contains("among the first ones anyone would try"),
        "{out}"
    );
}

/// L5 (5.2): wrong passphrases cost only the key derivation; after three in a row each new
/// try waits longer, and the worker is told how long.
#[test]
fn wrong_passphrases_in_a_row_make_the_next_try_wait() {
    use age::secrecy::SecretString;
    use lantern::vault::VaultError;
    let fx = common::tui::Fixture::new();
    let clock = common::clock();
    let mut s = lantern::session::WorkSession::open(
        lantern::config::DataRoot::at(&fx.root()),
        lantern::config::Settings::example(),
        lantern::vault::VaultPaths::new(fx.data(), None),
        clock.clone(),
    )
    .unwrap();
    s.create_device_key(&common::tui::pass()).unwrap();
    s.lock();
    let wrong = SecretString::from("not the right one".to_string());
    assert!(matches!(s.unlock(&wrong), Err(VaultError::WrongPassphrase)));
    assert!(matches!(s.unlock(&wrong), Err(VaultError::WrongPassphrase)));
    assert!(matches!(
        s.unlock(&wrong),
        Err(VaultError::WaitBeforeRetry(5))
    ));
    // Even the right one waits.
    assert!(matches!(
        s.unlock(&common::tui::pass()),
        Err(VaultError::WaitBeforeRetry(5))
    ));
    clock.advance(chrono::Duration::seconds(5));
    assert!(matches!(
        s.unlock(&wrong),
        Err(VaultError::WaitBeforeRetry(10))
    ));
    clock.advance(chrono::Duration::seconds(10));
    s.unlock(&common::tui::pass()).unwrap();
    // A success starts the count again.
    s.lock();
    assert!(matches!(s.unlock(&wrong), Err(VaultError::WrongPassphrase)));
}

/// L5: `open` on a FIFO hung, and on /dev/zero read until memory ran out.
#[cfg(unix)]
#[test]
fn open_refuses_what_is_not_a_record_file_instead_of_hanging() {
    let tmp = tempfile::tempdir().unwrap();
    let id_file = tmp.path().join("id.txt");
    let id = age::x25519::Identity::generate();
    std::fs::write(
        &id_file,
        age::secrecy::ExposeSecret::expose_secret(&id.to_string()),
    )
    .unwrap();
    let fifo = tmp.path().join("fifo.age");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads the NUL-terminated path we own.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for target in [fifo.as_path(), Path::new("/dev/zero")] {
        let out = Command::cargo_bin("lantern")
            .unwrap()
            .arg("open")
            .arg(target)
            .arg("-i")
            .arg(&id_file)
            .timeout(std::time::Duration::from_secs(10))
            .output()
            .unwrap();
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("is not a regular file"), "{stderr}");
    }
}

/// L5: an error was printed twice ("…(os error 2): …(os error 2)").
#[test]
fn an_error_is_printed_once() {
    let tmp = tempfile::tempdir().unwrap();
    let id_file = tmp.path().join("id.txt");
    std::fs::write(
        &id_file,
        age::secrecy::ExposeSecret::expose_secret(&age::x25519::Identity::generate().to_string()),
    )
    .unwrap();
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("open")
        .arg(tmp.path().join("missing.age"))
        .arg("-i")
        .arg(&id_file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("os error 2").count(), 1, "{stderr}");
}

/// L5: `keys init` wrote the public key file 0600, so another account read "no organization
/// key" instead of the key.
#[cfg(unix)]
#[test]
fn the_public_key_file_is_readable_by_everyone() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(root.join("keys")).unwrap();
    lantern(&root, &data)
        .args(["keys", "init", "--identity"])
        .arg(tmp.path().join("sup/org-identity.txt"))
        .assert()
        .success();
    assert_eq!(mode(&root.join("keys/organization.txt")), 0o644);
    assert_eq!(mode(&tmp.path().join("sup/org-identity.txt")), 0o600);
}

/// L5: `latitude = nan` was accepted (every referral then said "0 km away"), and a settings
/// file that is not UTF-8 got an error with no line or column.
#[test]
fn settings_numbers_must_be_real_and_bad_bytes_are_positioned() {
    let tmp = tempfile::tempdir().unwrap();
    let conf = tmp.path().join("config.toml");
    let example = include_str!("../src/config/example-settings.toml");
    let lat = example
        .lines()
        .find(|l| l.starts_with("latitude"))
        .expect("the example has a latitude");
    std::fs::write(&conf, example.replace(lat, "latitude = nan")).unwrap();
    let line = example.lines().position(|l| l == lat).unwrap() + 1;
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--config")
        .arg(&conf)
        .args(["config", "check"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains(&format!("config.toml:{line}:1: error[C005]")),
        "{text}"
    );
    let mut bytes = example.as_bytes().to_vec();
    let at = example.find("[region]").unwrap();
    bytes.insert(at, 0xff);
    std::fs::write(&conf, bytes).unwrap();
    let line = example[..at].lines().count() + 1;
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--config")
        .arg(&conf)
        .args(["config", "check"])
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains(&format!("config.toml:{line}:1: error[C001]")),
        "{text}"
    );
}

/// M5: pause did nothing while an overlay was open (notes, help). Pause and the idle lock
/// hide every layer, the referral hand-off dialog included, and bring it back.
#[test]
fn pause_and_the_idle_lock_hide_every_overlay_and_dialog() {
    use common::tui::{chars, key, screen_text};
    use crossterm::event::KeyCode;
    let fx = common::tui::Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y"); // safe to talk
    chars(&mut app, "d");
    chars(&mut app, "80");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "d");
    chars(&mut app, "2");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "r");
    chars(&mut app, "f");
    chars(&mut app, "y");
    key(&mut app, KeyCode::Enter); // referrals
    key(&mut app, KeyCode::Enter); // the hand-off dialog
    assert!(screen_text(&app, 80, 24).contains("Read to the person"));
    key(&mut app, KeyCode::F(9));
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("Read to the person"), "{text}");
    assert!(!text.contains("Referrals"), "{text}");
    chars(&mut app, "x");
    assert!(screen_text(&app, 80, 24).contains("Read to the person"));
    // The idle lock over the dialog: nothing of it shows until the passphrase.
    app.m.idle_timeout = Some(std::time::Duration::from_millis(1));
    app.m.last_input = std::time::Instant::now() - std::time::Duration::from_secs(1);
    app.tick();
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("Read to the person"), "{text}");
    chars(&mut app, "correct horse battery");
    key(&mut app, KeyCode::Enter);
    assert!(screen_text(&app, 80, 24).contains("Read to the person"));
}

/// `latitude = nan` (and infinities, and numbers too large for a double) in a directory is a
/// positioned warning and the coordinate is dropped: a NaN distance would sort services at
/// random, an infinite one would hide them.
#[test]
fn directory_coordinates_must_be_real_numbers() {
    let src =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/directories/minimal-valid");
    for bad in ["nan", "NaN", "inf", "-infinity", "1e400"] {
        let dir = tempfile::tempdir().unwrap();
        for f in std::fs::read_dir(&src).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
        }
        let locations = dir.path().join("locations.csv");
        let text = std::fs::read_to_string(&locations)
            .unwrap()
            .replace("40.7128", bad);
        std::fs::write(&locations, text).unwrap();
        let (d, report) = lantern::referral::import_csv(dir.path());
        let p: Vec<_> = report
            .problems
            .iter()
            .filter(|p| p.code == "D009")
            .map(|p| {
                (
                    p.file.file_name().unwrap().to_string_lossy().to_string(),
                    p.line,
                    p.column,
                )
            })
            .collect();
        assert_eq!(p, vec![("locations.csv".to_string(), 3, 6)], "{bad}");
        let with_nan: Vec<_> = d
            .services
            .iter()
            .flat_map(|s| &s.locations)
            .filter(|l| l.latitude.is_some_and(|v| !v.is_finite()))
            .collect();
        assert!(with_nan.is_empty(), "{bad}");
        assert!(
            d.services
                .iter()
                .flat_map(|s| &s.locations)
                .any(|l| l.latitude.is_none() && l.longitude == Some(-74.006)),
            "{bad}: the location is kept without its latitude"
        );

        // The JSON importer, the same.
        let json = dir.path().join("service.json");
        std::fs::write(
            &json,
            format!(
                r#"{{"id": "ceb15aac-a58a-51e2-b0d9-515c5d437a9e", "name": "S", "status": "active",
"organization": {{"id": "bd82f054-a333-5f46-a528-60c854e4a041", "name": "O"}},
"service_at_locations": [{{"id": "16b77772-12b6-5926-ba13-a539a4d1ba51", "location": {{
  "id": "20cf4612-6e1a-5925-abe6-c183c14e97a2", "name": "L",
  "latitude": "{bad}", "longitude": -74.0}}}}]}}"#
            ),
        )
        .unwrap();
        let (d, report) = lantern::referral::import_json(&json);
        let p: Vec<_> = report
            .problems
            .iter()
            .filter(|p| p.code == "D009")
            .map(|p| (p.line, p.column))
            .collect();
        assert_eq!(p, vec![(5, 3)], "{bad} in JSON: at the member");
        assert!(
            d.services
                .iter()
                .flat_map(|s| &s.locations)
                .all(|l| l.latitude.is_none()),
            "{bad} in JSON"
        );
    }
}
