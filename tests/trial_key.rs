//! The trial key of a first try: no organization key yet, `t` creates a trial pair whose
//! identity goes to the home folder (never keys/), and a screening saved with it opens with
//! that identity. One test in this binary: it sets HOME for the process.

mod common;

use common::tui::{Fixture, chars, key};
use crossterm::event::KeyCode;
use lantern::tui::screens::Screen;

#[test]
fn the_trial_key_lets_a_first_try_save_and_read_its_record() {
    let fx = Fixture::new();
    std::fs::remove_file(fx.root().join("keys/org.txt")).unwrap();
    // The trial identity goes to the home folder (HOME of this process's user).
    let home = fx.dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    // SAFETY: this binary has this one test, so no other thread reads the environment.
    unsafe { std::env::set_var("HOME", &home) };
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::NoKeys { .. }));
    chars(&mut app, "t");
    let identity = home.join("lantern-TRIAL-organization-identity.txt");
    assert!(
        identity.exists(),
        "no trial identity at {}",
        identity.display()
    );
    let screen = common::tui::screen_text(&app, 100, 30);
    assert!(
        screen.contains("lantern-TRIAL-organization-identity.txt"),
        "{screen}"
    );
    let trial = std::fs::read_to_string(fx.root().join("keys/trial.txt")).unwrap();
    assert!(trial.contains("TRIAL"), "{trial}");
    assert!(!trial.contains("AGE-SECRET-KEY"), "a private key in keys/");
    assert!(app.m.session.can_save());
    // On to a screening that saves, and the record opens with the trial identity.
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Home(_)));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    chars(&mut app, "r");
    chars(&mut app, "f");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    let files = fx.outbox_files();
    assert_eq!(files.len(), 1);
    let ids = lantern::vault::keys::load_identities(&identity).unwrap();
    let r = lantern::vault::supervisor::read_record(&files[0], &ids).unwrap();
    assert_eq!(r.protocol.id, "example");
}
