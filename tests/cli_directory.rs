//! `lantern directory import|stats|search` as a user runs them.

mod common;

use assert_cmd::Command;

fn lantern(data: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", data.join("config"))
        .arg("--root")
        .arg(common::root())
        .arg("--data-dir")
        .arg(data);
    c
}

#[test]
fn import_installs_and_stats_and_search_use_it() {
    let Some(official) = common::shared_data("hsds-3.0-examples") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    // Before any import: the shipped directory is in use.
    let a = lantern(data.path())
        .args(["directory", "stats"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("services: 42"), "{out}");
    // Import the official HSDS sample: one service, installed.
    let a = lantern(data.path())
        .args(["directory", "import"])
        .arg(official.join("csv"))
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(
        out.contains("1 service(s) kept (1 matched from their text only)"),
        "{out}"
    );
    assert!(out.contains("locations.csv:2:9: warning[D009]"), "{out}");
    let a = lantern(data.path())
        .args(["directory", "stats"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("services: 1 (1 active)"));
    let a = lantern(data.path())
        .args(["directory", "search", "counsel"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("Community Counselling"));
    lantern(data.path())
        .args(["directory", "search", "nothing-like-this"])
        .assert()
        .code(1);
}

#[test]
fn a_package_without_services_installs_nothing_and_fails() {
    let data = tempfile::tempdir().unwrap();
    let a = lantern(data.path())
        .args(["directory", "import"])
        .arg(common::fixture("directories/broken/missing-services-file"))
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("error[D001]"), "{out}");
    assert!(!lantern::referral::store::installed_path(data.path()).exists());
}
