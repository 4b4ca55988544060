//! `lantern lint` as a user runs it.

mod common;

use assert_cmd::Command;

fn lantern() -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_ROOT").env_remove("LANTERN_CONFIG");
    c
}

#[test]
fn shipped_protocols_lint_clean_with_coverage() {
    let out = lantern()
        .arg("--root")
        .arg(common::root())
        .arg("lint")
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("0 error(s), 0 warning(s)"), "{stdout}");
    assert!(stdout.contains("es 100%"), "{stdout}");
}

#[test]
fn errors_are_positioned_with_a_hint_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = std::fs::read_to_string(common::fixture("protocols/valid/example.toml"))
        .unwrap()
        .replace(
            "estimated_minutes = 5",
            "estimated_minutes = 5\ntittle.en = \"x\"",
        );
    std::fs::write(&path, text).unwrap();
    let out = lantern().arg("lint").arg(&path).assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let expected = format!(
        "{}:17:1: error[P002]: unknown key `protocol.tittle`",
        path.display()
    );
    assert!(stdout.contains(&expected), "{stdout}");
    assert!(stdout.contains("= hint: did you mean `title`?"), "{stdout}");
}

#[test]
fn missing_and_binary_files_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin.toml");
    std::fs::write(&bin, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = lantern()
        .arg("lint")
        .arg(dir.path().join("nope.toml"))
        .arg(&bin)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("nope.toml:1:1: error[P033]: cannot read the file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("bin.toml:1:1: error[P033]: the file is not valid UTF-8"),
        "{stdout}"
    );
}

#[test]
fn json_output_lists_diagnostics() {
    let out = lantern()
        .args(["lint", "--json"])
        .arg(common::fixture("protocols/valid/example.toml"))
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["files"][0]["protocol"], "example");
    assert_eq!(v["files"][0]["diagnostics"].as_array().unwrap().len(), 0);
}

#[test]
fn escape_sequences_in_a_protocol_are_not_sent_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = std::fs::read_to_string(common::fixture("protocols/valid/example.toml"))
        .unwrap()
        .replace(
            "id = \"speak_freely\"",
            "id = \"speak\\u001b]0;pwned\\u0007\"",
        );
    std::fs::write(&path, text).unwrap();
    let out = lantern().arg("lint").arg(&path).assert().code(1);
    let stdout = out.get_output().stdout.clone();
    assert!(!stdout.contains(&0x1b) && !stdout.contains(&0x07));
}

#[test]
fn help_lists_every_command() {
    let out = lantern().arg("--help").assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for cmd in ["lint", "simulate", "protocols", "schema", "config"] {
        assert!(
            stdout.contains(&format!("  {cmd} ")),
            "{cmd} missing: {stdout}"
        );
    }
}
