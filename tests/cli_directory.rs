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
    assert!(
        out.contains("organizations 26, services 42 (39 active), locations 36, services at a location 42, with a phone 42, with hours 36"),
        "{out}"
    );
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
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("services 1 (1 active)"));
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

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).to_string()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

/// A package that lost most of its services is not installed over a working directory
/// unless the administrator says so; `--check` fails on it, and on any error.
#[test]
fn a_mostly_broken_export_is_refused_unless_accepted() {
    let data = tempfile::tempdir().unwrap();
    // 1 of 3 services has a bad status: a third lost, more than a tenth.
    let broken = common::fixture("directories/broken/bad-status");
    let a = lantern(data.path())
        .args(["directory", "import", "--check"])
        .arg(&broken)
        .assert()
        .code(1);
    assert!(
        stdout(&a).contains("2 of 3 service(s) kept"),
        "{}",
        stdout(&a)
    );
    assert!(
        stderr(&a).contains(
            "1 of 3 service(s) could not be read (more than a tenth): nothing would be installed"
        ),
        "{}",
        stderr(&a)
    );
    let a = lantern(data.path())
        .args(["directory", "import"])
        .arg(&broken)
        .assert()
        .code(1);
    assert!(
        stderr(&a).contains("nothing was installed"),
        "{}",
        stderr(&a)
    );
    assert!(!lantern::referral::store::installed_path(data.path()).exists());
    // Accepted: installed, the two good services in use.
    let a = lantern(data.path())
        .args(["directory", "import", "--accept-partial"])
        .arg(&broken)
        .assert()
        .success();
    assert!(
        stderr(&a).contains("installed 2 service(s)"),
        "{}",
        stderr(&a)
    );
    assert!(lantern::referral::store::installed_path(data.path()).exists());
    // A clean package checks with exit 0; one with only warnings too.
    lantern(data.path())
        .args(["directory", "import", "--check"])
        .arg(common::fixture("directories/minimal-valid"))
        .assert()
        .success();
    lantern(data.path())
        .args(["directory", "import", "--check"])
        .arg(common::fixture("directories/broken/invalid-latitude"))
        .assert()
        .success();
}

/// An HSDS 1.x export (the shape of most 211 data) is read by mapping it to the 3.0 model,
/// with one notice, and what hangs on its locations arrives.
#[test]
fn an_hsds_1x_package_installs_with_its_locations_hours_and_languages() {
    let data = tempfile::tempdir().unwrap();
    let a = lantern(data.path())
        .args(["directory", "import"])
        .arg(common::fixture("directories/broken/hsds-1x-package"))
        .assert()
        .success();
    let out = stdout(&a);
    assert!(
        out.contains("warning[D014]: this is an HSDS 1.x package (datapackage.json says version 1.1): read with lantern's 1.x mapping"),
        "{out}"
    );
    assert!(
        out.contains("organizations 2, services 3 (3 active), locations 2, services at a location 3, with a phone 1, with hours 3"),
        "{out}"
    );
    let (dir, _) =
        lantern::referral::import_csv(&common::fixture("directories/broken/hsds-1x-package"));
    let by = |name: &str| dir.services.iter().find(|s| s.name == name).unwrap();
    let shelter = by("Harbor Emergency Shelter");
    assert_eq!(shelter.languages, ["es"]);
    assert_eq!(shelter.eligibility, "Adults");
    assert_eq!(shelter.fees, "Free");
    assert_eq!(shelter.phones[0].number, "555-0100");
    // Monday 9-17 from its own row; the numbered day is not guessed.
    let days: Vec<(u8, u16, u16)> = shelter
        .openings
        .iter()
        .map(|o| (o.day, o.opens, o.closes))
        .collect();
    assert_eq!(days, [(0, 540, 1020)]);
    let clinic = by("Immigration Legal Clinic");
    assert_eq!(clinic.languages, ["vi"]);
    assert_eq!(
        clinic.locations[0].address,
        "12 Main St, Riverbend, NY, 10001"
    );
    // The location's Tuesday hours reach both services listed at it.
    let pantry = by("Harbor Food Pantry");
    assert_eq!(pantry.organization, "");
    for s in [clinic, pantry] {
        let days: Vec<(u8, u16, u16)> = s
            .openings
            .iter()
            .map(|o| (o.day, o.opens, o.closes))
            .collect();
        assert_eq!(days, [(1, 600, 840)], "{}", s.name);
    }
}
