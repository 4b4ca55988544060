//! lantern installed with `cargo install`, run from an empty folder on a machine with no
//! checkout: the protocols, the translations and the sample directory come from inside the
//! binary, and a screening saves an encrypted record. A release build takes minutes, so the
//! test is ignored by a plain `cargo test`; `.ci/run` runs it (`--ignored`).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

fn lantern(bin: &Path, home: &Path, work: &Path, args: &[&str], input: &str) -> (String, bool) {
    use std::io::Write;
    let mut child = Command::new(bin)
        .current_dir(work)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", home)
        .env("LANG", "en_US.UTF-8")
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        out.status.success(),
    )
}

#[test]
#[ignore = "a release build: minutes; .ci/run runs it"]
fn cargo_install_gives_a_lantern_that_works_from_an_empty_folder() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let prefix = tmp.path().join("installed");
    // One build folder for the installs, kept between runs: the second one takes seconds.
    let status = Command::new(env!("CARGO"))
        .args(["install", "--locked", "--offline", "--path"])
        .arg(manifest)
        .arg("--root")
        .arg(&prefix)
        .env("CARGO_TARGET_DIR", manifest.join("target/install"))
        .status()
        .unwrap();
    assert!(status.success(), "cargo install failed");
    let bin = prefix.join("bin/lantern");
    // Nothing of the checkout is reachable: an empty folder, a fresh home.
    let home = tmp.path().join("home");
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&work).unwrap();

    let (out, ok) = lantern(&bin, &home, &work, &["protocols"], "");
    assert!(ok, "{out}");
    for id in ["adult-general", "hotline-brief", "worksite-labor", "youth"] {
        assert!(out.contains(id), "{id} missing:\n{out}");
    }
    let (out, ok) = lantern(&bin, &home, &work, &["practice", "list"], "");
    assert!(ok && out.lines().count() >= 10, "{out}");

    // The supervisor's key, then a screening in plain mode, in Spanish.
    let identity = home.join("org-identity.txt");
    let (out, ok) = lantern(
        &bin,
        &home,
        &work,
        &["keys", "init", "--identity", identity.to_str().unwrap()],
        "",
    );
    assert!(ok, "{out}");
    let input = [
        "correct horse battery",
        "correct horse battery",
        "2", // the hotline brief
        "2", // in Spanish
        "Equipo 1",
        "1", // no interpreter needed
        "",  // the consent read
        "d", // somewhere safe to talk: declined (the questions stop)
        "d", // what the worker noticed: declined
        "f",
        "y",
    ]
    .join("\n")
        + "\n";
    let (out, ok) = lantern(&bin, &home, &work, &["--plain", "--lang", "es"], &input);
    assert!(ok, "{out}");
    assert!(out.contains("modo simple"), "{out}");
    assert!(
        !out.contains("[app-name]") && !out.contains("[plain-"),
        "message ids shown:\n{out}"
    );
    let outbox = home.join("data/lantern/outbox");
    let records = common::all_files(&outbox);
    assert_eq!(records.len(), 1, "{out}");
    let ids = lantern::vault::keys::load_identities(&identity).unwrap();
    let r = lantern::vault::supervisor::read_record(&records[0], &ids).unwrap();
    assert_eq!(r.protocol.id, "hotline-brief");
    // The empty folder stayed empty: lantern writes only to its data folder.
    assert!(common::all_files(&work).is_empty());
}
