//! The supervisor's side of sync, as a supervisor runs it: `lantern pull` from a real S3
//! server on 127.0.0.1 (two laptops' prefixes) and from a folder, a second pull fetching only
//! what is new, a conflict never overwritten, and `open`, `export` and `report --from`
//! reading the records straight from the bucket.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use lantern::sync::{Credentials, FolderStore, Journal, ObjectTarget, Options, S3Spec, Store, run};
use lantern::vault::{Outbox, Recipients, Record, RecordContext, atomic};

#[path = "support/s3_server.rs"]
mod s3_server;
use s3_server::{ACCESS, S3Server, SECRET};

/// Saves real records (encrypted to the organization's key) in a laptop's outbox.
fn laptop(dir: &Path, recipients: &Recipients, markers: &[&str]) -> PathBuf {
    let outbox = dir.join("outbox");
    let o = Outbox::open(&outbox).unwrap();
    for m in markers {
        let s = common::finished_example(m);
        let r = Record::from_screening(
            &s,
            atomic::random_id(),
            RecordContext {
                worker_language: "en".into(),
                ..RecordContext::default()
            },
        )
        .unwrap();
        o.save(&r, recipients).unwrap();
    }
    outbox
}

fn s3(server: &S3Server, prefix: &str) -> ObjectTarget {
    ObjectTarget::s3(&S3Spec {
        bucket: "records".into(),
        prefix: prefix.into(),
        endpoint: Some(server.endpoint()),
        region: Some("us-east-1".into()),
        credentials: Some(Credentials {
            access_key_id: ACCESS.into(),
            secret_access_key: SECRET.into(),
            session_token: None,
        }),
        ..S3Spec::default()
    })
    .unwrap()
}

/// Sends a laptop's outbox to a store with the library's sync.
fn sync(outbox: &Path, store: &dyn Store, journal: &Path) {
    let mut j = Journal::open(journal).unwrap();
    let s = run(
        outbox,
        store,
        &mut j,
        &Options::default(),
        &chrono::Utc::now,
        &|_| {},
    );
    assert!(s.complete(), "{s:?}");
}

/// The supervisor's command line, with nothing but the standard AWS variables.
fn supervisor(server: &S3Server, home: &Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("AWS_ENDPOINT_URL", server.endpoint())
        .env("AWS_ACCESS_KEY_ID", ACCESS)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_REGION", "us-east-1")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_SESSION_TOKEN");
    c
}

fn out(a: &assert_cmd::assert::Assert) -> (String, String) {
    let o = a.get_output();
    (
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    )
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".age"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_supervisor_pulls_only_what_is_new_and_reads_straight_from_the_bucket() {
    let tmp = tempfile::tempdir().unwrap();
    let (id, recipients, _keys) = common::org_key();
    let id_file = tmp.path().join("org-identity.txt");
    use age::secrecy::ExposeSecret;
    std::fs::write(&id_file, format!("{}\n", id.to_string().expose_secret())).unwrap();
    std::fs::create_dir_all(tmp.path().join("s3/records")).unwrap();
    let server = S3Server::start(&tmp.path().join("s3"), 0);

    // Two laptops, each under its own prefix.
    let a = laptop(
        &tmp.path().join("a"),
        &recipients,
        &["ALPHA-1", "ALPHA-2", "ALPHA-3"],
    );
    let b = laptop(&tmp.path().join("b"), &recipients, &["BRAVO-1", "BRAVO-2"]);
    let mut sent: Vec<String> = names(&a).into_iter().chain(names(&b)).collect();
    sent.sort();
    sync(&a, &s3(&server, "field/laptop-a"), &tmp.path().join("ja"));
    sync(&b, &s3(&server, "field/laptop-b"), &tmp.path().join("jb"));

    // Pull everything under field/ into the supervisor's folder (created, private).
    let dest = tmp.path().join("supervisor/records");
    let a1 = supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://records/field", "--to"])
        .arg(&dest)
        .assert()
        .success();
    let (stdout, _) = out(&a1);
    assert!(stdout.contains("5 copied to"), "{stdout}");
    assert_eq!(names(&dest), sent);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dest).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
    // The copies are the bytes the laptops sent.
    let remote = s3(&server, "field");
    for (path, _) in remote.list().unwrap() {
        let name = path.rsplit('/').next().unwrap();
        assert_eq!(
            std::fs::read(dest.join(name)).unwrap(),
            remote.get(&path).unwrap().unwrap()
        );
    }

    // A second pull finds nothing new, even after the supervisor moved the files on.
    for n in names(&dest) {
        std::fs::remove_file(dest.join(n)).unwrap();
    }
    let a2 = supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://records/field", "--to"])
        .arg(&dest)
        .assert()
        .success();
    assert!(out(&a2).0.contains("nothing new"), "{}", out(&a2).0);
    assert!(names(&dest).is_empty());

    // One more record from laptop A: only it is fetched.
    let a_more = laptop(&tmp.path().join("a2"), &recipients, &["ALPHA-4"]);
    let new_name = names(&a_more);
    sync(
        &a_more,
        &s3(&server, "field/laptop-a"),
        &tmp.path().join("ja2"),
    );
    let a3 = supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://records/field", "--to"])
        .arg(&dest)
        .args(["--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&out(&a3).0).unwrap();
    assert_eq!(v["sent"], 1);
    assert_eq!(names(&dest), new_name);

    // Straight from the bucket: export, report and open, nothing written but the export.
    let a4 = supervisor(&server, tmp.path())
        .args([
            "export",
            "--from",
            "s3://records/field",
            "--format",
            "jsonl",
            "--include-sensitive",
            "-i",
        ])
        .arg(&id_file)
        .assert()
        .success();
    // The markers are free-text answers: sensitive, so asked for here.
    let lines: Vec<String> = out(&a4).0.lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 6);
    for m in ["ALPHA-1", "ALPHA-4", "BRAVO-2"] {
        assert_eq!(lines.iter().filter(|l| l.contains(m)).count(), 1, "{m}");
    }
    let a5 = supervisor(&server, tmp.path())
        .args(["report", "--from", "s3://records/field", "--json", "-i"])
        .arg(&id_file)
        .assert()
        .success();
    let rep: serde_json::Value = serde_json::from_str(&out(&a5).0).unwrap();
    assert_eq!(rep["screenings"], 6);
    let listed = remote.list().unwrap();
    let (path_b, _) = listed
        .iter()
        .find(|(p, _)| p.starts_with("laptop-b/"))
        .unwrap();
    let a6 = supervisor(&server, tmp.path())
        .args(["open", "--from", "s3://records/field", "--json", "-i"])
        .arg(&id_file)
        .arg(path_b)
        .assert()
        .success();
    assert!(out(&a6).0.contains("BRAVO-"), "{}", out(&a6).0);
}

#[test]
fn a_conflict_is_never_overwritten_and_a_missing_bucket_is_said() {
    let tmp = tempfile::tempdir().unwrap();
    let (_id, recipients, _keys) = common::org_key();
    std::fs::create_dir_all(tmp.path().join("s3/records")).unwrap();
    let server = S3Server::start(&tmp.path().join("s3"), 0);
    let a = laptop(&tmp.path().join("a"), &recipients, &["C-1", "C-2"]);
    let first = names(&a)[0].clone();
    sync(&a, &s3(&server, "p"), &tmp.path().join("ja"));

    // The supervisor's folder already holds something else under one of the names.
    let dest = tmp.path().join("dest");
    std::fs::create_dir_all(&dest).unwrap();
    std::fs::write(dest.join(&first), b"something else").unwrap();
    let a1 = supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://records/p", "--to"])
        .arg(&dest)
        .assert()
        .code(1);
    let (stdout, stderr) = out(&a1);
    assert!(stderr.contains("nothing overwritten"), "{stderr}");
    assert!(
        stdout.contains("1 copied") && stdout.contains("1 conflict"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(dest.join(&first)).unwrap(), b"something else");
    // The conflict was not journaled: once it is resolved, the next pull fetches it.
    std::fs::remove_file(dest.join(&first)).unwrap();
    supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://records/p", "--to"])
        .arg(&dest)
        .assert()
        .success();
    assert_eq!(names(&dest).len(), 2);

    let a2 = supervisor(&server, tmp.path())
        .args(["pull", "--from", "s3://no-such-bucket/p", "--to"])
        .arg(tmp.path().join("dest2"))
        .assert()
        .code(1);
    let (_, stderr) = out(&a2);
    assert!(
        stderr.contains("no such folder, bucket or file"),
        "{stderr}"
    );
}

#[test]
fn a_usb_folder_is_pulled_from_too_with_its_laptop_folders() {
    let tmp = tempfile::tempdir().unwrap();
    let (_id, recipients, _keys) = common::org_key();
    let usb = tmp.path().join("usb");
    std::fs::create_dir_all(usb.join("laptop-a")).unwrap();
    let a = laptop(&tmp.path().join("a"), &recipients, &["U-1", "U-2"]);
    let b = laptop(&tmp.path().join("b"), &recipients, &["U-3"]);
    let mut want: Vec<String> = names(&a).into_iter().chain(names(&b)).collect();
    want.sort();
    sync(
        &a,
        &FolderStore::new(&usb.join("laptop-a")),
        &tmp.path().join("ja"),
    );
    sync(&b, &FolderStore::new(&usb), &tmp.path().join("jb"));
    // A temporary file a pulled-out drive left behind is not a record.
    std::fs::write(
        usb.join(format!("{}abc.age", lantern::fsio::TEMP_PREFIX)),
        b"partial",
    )
    .unwrap();
    let dest = tmp.path().join("dest");
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .args(["pull", "--from"])
        .arg(&usb)
        .arg("--to")
        .arg(&dest)
        .assert()
        .success();
    assert_eq!(names(&dest), want);
    let journal = Journal::read(&dest.join(".lantern-pull-journal.tsv")).unwrap();
    assert_eq!(journal.len(), 3);
    assert!(journal.iter().any(|e| e.name.starts_with("laptop-a/")));
}
