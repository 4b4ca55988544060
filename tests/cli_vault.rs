//! The vault commands as a user runs them.

mod common;

use std::path::Path;

use assert_cmd::Command;
use lantern::vault::{Outbox, Recipients, Record, RecordContext, atomic};

fn lantern(root: &Path, data: &Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", data.join("config"))
        .arg("--root")
        .arg(root)
        .arg("--data-dir")
        .arg(data);
    c
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).to_string()
}
fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

fn save(outbox: &Outbox, recipients: &Recipients, marker: &str) -> std::path::PathBuf {
    let s = common::finished_example(marker);
    let r = Record::from_screening(
        &s,
        atomic::random_id(),
        RecordContext {
            worker_language: "en".into(),
            notes: Some(format!("NOTE-{marker}")),
            ..RecordContext::default()
        },
    )
    .unwrap();
    outbox.save(&r, recipients).unwrap()
}

#[test]
fn supervisor_flow_keys_init_outbox_open_export_report() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let sup = tempfile::tempdir().unwrap();
    let identity = sup.path().join("org-identity.txt");

    let a = lantern(root.path(), data.path())
        .args(["keys", "init", "--identity"])
        .arg(&identity)
        .assert()
        .success();
    assert!(stdout(&a).contains("never on a field laptop"));
    let a = lantern(root.path(), data.path())
        .args(["keys", "list"])
        .assert()
        .success();
    assert!(stdout(&a).contains("1 recipient(s)"));
    // The laptop side: records saved to the outbox.
    let recipients = Recipients::load(&root.path().join("keys")).unwrap();
    let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
    for m in ["ONE", "TWO"] {
        save(&outbox, &recipients, m);
    }
    let a = lantern(root.path(), data.path())
        .arg("outbox")
        .assert()
        .success();
    let out = stdout(&a);
    assert!(out.contains("2 record(s) pending"), "{out}");
    assert!(!out.contains("ONE"));

    // A damaged file: outbox says so and fails; open/export/report go on with the rest.
    std::fs::write(data.path().join("outbox/zz-damaged.age"), b"garbage").unwrap();
    let a = lantern(root.path(), data.path())
        .arg("outbox")
        .assert()
        .code(1);
    assert!(stdout(&a).contains("NOT A VALID AGE FILE"));

    let files = common::all_files(&data.path().join("outbox"));
    let good = files
        .iter()
        .find(|p| !p.ends_with("zz-damaged.age"))
        .unwrap();
    let a = lantern(root.path(), data.path())
        .arg("open")
        .arg(good)
        .arg("-i")
        .arg(&identity)
        .assert()
        .success();
    let out = stdout(&a);
    assert!(out.contains("outcome: full_assessment"), "{out}");
    assert!(out.contains("[work] documents = employer  (es,"), "{out}");

    let a = lantern(root.path(), data.path())
        .args(["export", "--format", "csv", "-i"])
        .arg(&identity)
        .arg(data.path().join("outbox"))
        .assert()
        .code(1);
    assert_eq!(stdout(&a).lines().count(), 3, "header + 2 records");
    assert!(stderr(&a).contains("zz-damaged.age: error: not an age file"));
    assert!(stderr(&a).contains("1 of 3 file(s) could not be read"));

    let out_file = sup.path().join("export.jsonl");
    lantern(root.path(), data.path())
        .args(["export", "--format", "jsonl", "-i"])
        .arg(&identity)
        .arg("-o")
        .arg(&out_file)
        .arg(good)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(text.lines().count(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // Never overwrites an existing export.
    lantern(root.path(), data.path())
        .args(["export", "--format", "jsonl", "-i"])
        .arg(&identity)
        .arg("-o")
        .arg(&out_file)
        .arg(good)
        .assert()
        .failure();

    let a = lantern(root.path(), data.path())
        .args(["report", "--json", "-i"])
        .arg(&identity)
        .arg(data.path().join("outbox"))
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["screenings"], 2);
    // Counts under 5 are suppressed by default (small numbers can identify people).
    assert_eq!(v["min_count"], 5);
    assert_eq!(v["by_protocol"]["example"], 0, "{v:#}");
    assert!(
        v["suppressed"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("protocol:example")),
        "{v:#}"
    );
    assert!(!stdout(&a).contains("NOTE-"));
    let a = lantern(root.path(), data.path())
        .args(["report", "--json", "--min-count", "0", "-i"])
        .arg(&identity)
        .arg(data.path().join("outbox"))
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["by_protocol"]["example"], 2);
}

/// An export leaves out the answers to questions the protocol marks sensitive and the
/// notes unless `--include-sensitive` is given, and says what it left out; an older record
/// (no flag) asks the protocol when it is at hand, else leaves free text out.
#[test]
fn export_leaves_out_sensitive_answers_and_notes_unless_asked() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (identity, recipients, _k) = common::org_key();
    let id_file = data.path().join("identity.txt");
    let secret = identity.to_string();
    std::fs::write(
        &id_file,
        format!("{}\n", age::secrecy::ExposeSecret::expose_secret(&secret)),
    )
    .unwrap();
    let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
    save(&outbox, &recipients, "NEWMARK");
    let export = |extra: &[&str]| {
        let a = lantern(root.path(), data.path())
            .args(["export", "--format", "jsonl", "-i"])
            .arg(&id_file)
            .args(extra)
            .arg(data.path().join("outbox"))
            .assert()
            .success();
        (stdout(&a), stderr(&a))
    };
    // The questions answered, as the export has them, sorted (the audit trail keeps ids
    // only).
    let answered = |out: &str| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        v["answers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["question"].as_str().unwrap().to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    let (out, err) = export(&[]);
    assert!(!out.contains("NEWMARK"), "{out}");
    assert_eq!(
        answered(&out),
        ["hours", "rest_days", "speak_freely", "work_type"]
    );
    assert!(out.contains("\"notes\":null"), "{out}");
    assert!(
        err.contains("left out: 2 answer(s) to sensitive questions (example/documents, example/language_note) and the notes of 1 record(s); --include-sensitive exports them"),
        "{err}"
    );
    let (out, err) = export(&["--include-sensitive"]);
    assert!(
        out.contains("NOTE-NEWMARK") && out.contains("\"documents\""),
        "{out}"
    );
    assert!(err.contains("keep it on encrypted storage"), "{err}");

    // A record from before answers said whether they are sensitive.
    let s = common::finished_example("OLDMARK");
    let mut r = Record::from_screening(&s, atomic::random_id(), RecordContext::default()).unwrap();
    for a in &mut r.answers {
        a.sensitive = None;
    }
    std::fs::remove_dir_all(data.path().join("outbox")).unwrap();
    let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
    outbox.save(&r, &recipients).unwrap();
    // Its protocol is not at hand: free text is left out, and the export says it guessed.
    let (out, err) = export(&[]);
    assert!(!out.contains("OLDMARK"), "{out}");
    assert_eq!(
        answered(&out),
        [
            "documents",
            "hours",
            "rest_days",
            "speak_freely",
            "work_type"
        ]
    );
    assert!(
        err.contains("free-text answers were left out as sensitive (example/language_note)"),
        "{err}"
    );
    // With the protocol at hand, it says which answers are sensitive.
    std::fs::create_dir_all(root.path().join("screening")).unwrap();
    std::fs::copy(
        common::fixture("protocols/valid/example.toml"),
        root.path().join("screening/example.toml"),
    )
    .unwrap();
    let (out, err) = export(&[]);
    assert!(!out.contains("OLDMARK"), "{out}");
    assert_eq!(
        answered(&out),
        ["hours", "rest_days", "speak_freely", "work_type"]
    );
    assert!(
        !err.contains("guessed") && !err.contains("free-text answers"),
        "{err}"
    );
}

#[test]
fn wrong_identity_and_missing_files_are_clear_errors() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (_, recipients, _k) = common::org_key();
    let outbox = Outbox::open(data.path()).unwrap();
    let f = save(&outbox, &recipients, "X");
    let other = data.path().join("other.txt");
    lantern::vault::keys::create_identity(&other, &[root.path().join("keys")]).unwrap();
    let a = lantern(root.path(), data.path())
        .arg("open")
        .arg(&f)
        .arg("-i")
        .arg(&other)
        .assert()
        .code(1);
    assert!(
        stderr(&a).contains("not encrypted to the given identity"),
        "{}",
        stderr(&a)
    );
    let a = lantern(root.path(), data.path())
        .arg("open")
        .arg(data.path().join("missing.age"))
        .arg("-i")
        .arg(&other)
        .assert()
        .code(1);
    assert!(stderr(&a).contains("missing.age"), "{}", stderr(&a));
}

#[test]
fn keys_check_warns_loudly_about_a_private_key() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("keys")).unwrap();
    lantern::vault::keys::create_identity(
        &data.path().join("oops.txt"),
        &[root.path().join("keys")],
    )
    .unwrap();
    let a = lantern(root.path(), data.path())
        .args(["keys", "check"])
        .assert()
        .code(1);
    let out = stdout(&a);
    assert!(out.contains("error[P010]"), "{out}");
    assert!(out.contains("A PRIVATE KEY IS ON THIS DEVICE"), "{out}");
    // A bad public key line is named with file and line.
    std::fs::write(root.path().join("keys/org.txt"), "# ok\nnot-a-key\n").unwrap();
    let a = lantern(root.path(), data.path())
        .args(["keys", "list"])
        .assert()
        .code(1);
    assert!(
        stderr(&a).contains("org.txt:2:1: error[K001]"),
        "{}",
        stderr(&a)
    );
}
