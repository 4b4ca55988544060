//! The paths an organization takes when it sets lantern up: keys added by hand, the outbox
//! in a configured folder, and the drafts a worker keeps or discards at start-up. (The
//! trial key has its own test binary: it changes HOME.)

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::tui::{Fixture, chars, key};
use crossterm::event::KeyCode;
use lantern::tui::screens::Screen;

fn lantern(fx: &Fixture) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
        .env("HOME", fx.dir.path())
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data());
    c
}

/// The shortest screening of the example protocol in plain mode: the first question (a gate)
/// declined, finish, save.
const DECLINE_ALL: &str = "correct horse battery\ncorrect horse battery\n1\n1\n\n\nd\nf\ny\n";

#[test]
fn keys_add_makes_records_readable_by_that_key_only() {
    let fx = Fixture::new();
    std::fs::remove_file(fx.root().join("keys/org.txt")).unwrap();
    let supervisor = age::x25519::Identity::generate();
    let public = supervisor.to_public().to_string();
    let a = lantern(&fx)
        .args(["keys", "add", &public, "--label", "Riverbend supervisor"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("organization.txt line 2"), "{out}");
    let file = std::fs::read_to_string(fx.root().join("keys/organization.txt")).unwrap();
    assert_eq!(file, format!("# Riverbend supervisor\n{public}\n"));
    // A key that is not one is refused, and the file is left as it was.
    let a = lantern(&fx)
        .args(["keys", "add", "age1notakey"])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("age1notakey"), "{err}");
    assert_eq!(
        std::fs::read_to_string(fx.root().join("keys/organization.txt")).unwrap(),
        file
    );
    // A screening saved now opens with the added key's identity.
    lantern(&fx)
        .arg("--plain")
        .write_stdin(DECLINE_ALL)
        .assert()
        .success();
    let files = fx.outbox_files();
    assert_eq!(files.len(), 1);
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(supervisor)];
    lantern::vault::supervisor::read_record(&files[0], &ids).unwrap();
    let other: Vec<Box<dyn age::Identity + Send + Sync>> =
        vec![Box::new(age::x25519::Identity::generate())];
    assert!(lantern::vault::supervisor::read_record(&files[0], &other).is_err());
}

fn settings_with_outbox(fx: &Fixture, folder: &Path) -> std::path::PathBuf {
    let text = lantern::config::EXAMPLE_SETTINGS.replace(
        "# folder = \"/media/usb/lantern-outbox\"",
        &format!("folder = {:?}", folder.display().to_string()),
    );
    assert_ne!(
        text,
        lantern::config::EXAMPLE_SETTINGS,
        "the example changed"
    );
    let path = fx.dir.path().join("settings.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn records_go_to_the_configured_outbox_folder() {
    let fx = Fixture::new();
    let usb = fx.dir.path().join("usb/lantern-outbox");
    let settings = settings_with_outbox(&fx, &usb);
    lantern(&fx)
        .arg("--config")
        .arg(&settings)
        .arg("--plain")
        .write_stdin(DECLINE_ALL)
        .assert()
        .success();
    assert_eq!(
        common::all_files(&usb).len(),
        1,
        "nothing in the configured folder"
    );
    assert!(
        fx.outbox_files().is_empty(),
        "saved in the default outbox too"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&usb).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
    // `lantern outbox` looks in the same place.
    let a = lantern(&fx)
        .arg("--config")
        .arg(&settings)
        .arg("outbox")
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("1 record(s) pending"), "{out}");
}

/// A draft on disk: a screening started, one answer, then the program stopped.
fn leave_a_draft(fx: &Fixture) {
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    assert_eq!(fx.drafts_on_disk().len(), 1);
}

#[test]
fn a_draft_kept_for_later_stays_and_a_discarded_one_is_gone() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    // Next start: the draft is offered; "later" goes home and keeps it.
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    chars(&mut app, "l");
    assert!(matches!(app.screen, Screen::Home(_)));
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // Next start: offered again; discarding asks first, "no" keeps it...
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    chars(&mut app, "x");
    chars(&mut app, "n");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // ...and "yes" deletes it for good.
    chars(&mut app, "x");
    chars(&mut app, "y");
    assert!(matches!(app.screen, Screen::Home(_)));
    assert!(fx.drafts_on_disk().is_empty());
    assert!(common::all_files(&fx.data().join("drafts")).is_empty());
    let app = fx.app("en");
    assert!(matches!(app.screen, Screen::Home(_)));
}
