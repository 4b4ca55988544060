//! What the event loop does with the effects a key asks for: slow work is announced before
//! it runs, nothing is saved before the consent, and a draft left by an interrupted save is
//! settled and the worker told (mutants cargo-mutants found alive in tui/effect.rs).

mod common;

use std::time::{Duration, Instant};

use common::tui::{Fixture, chars, key, screen_text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lantern::tui::app::Status;
use lantern::tui::overlays::Overlay;
use lantern::tui::screens::Screen;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn slow_work_is_announced_before_it_runs_and_quick_keys_are_not() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    // Opening Send records counts the outbox: quick work, no "Working…".
    let effects = app.update(press(KeyCode::F(5)));
    assert!(!effects.is_empty());
    assert!(!app.prepare(&effects));
    assert!(!screen_text(&app, 80, 24).contains("Working…"));
    app.run(effects);
    key(&mut app, KeyCode::Esc);

    // The passphrase's key derivation after an idle lock is slow: announced first.
    app.m.idle_timeout = Some(Duration::from_millis(1));
    app.m.last_input = Instant::now() - Duration::from_secs(1);
    app.tick();
    assert!(matches!(app.m.overlay, Some(Overlay::Locked(_))));
    app.m.idle_timeout = None;
    chars(&mut app, "correct horse battery");
    let effects = app.update(press(KeyCode::Enter));
    assert!(app.prepare(&effects), "unlocking must say it is working");
    assert!(app.m.busy);
    app.run(effects);
    assert!(!app.m.busy);
    assert!(app.m.session.is_unlocked());
}

#[test]
fn quick_exit_before_the_consent_saves_nothing() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Consent(_)));
    key(&mut app, KeyCode::F(12));
    assert_eq!(app.m.exit, Some(lantern::tui::Exit::Quick));
    assert!(
        common::all_files(&fx.data().join("drafts")).is_empty(),
        "a draft was written before the person consented"
    );
}

#[test]
fn a_draft_left_by_an_interrupted_save_is_removed_and_the_worker_told() {
    let fx = Fixture::new();
    // A normal start says nothing about it.
    let app = fx.app("en");
    assert!(
        !matches!(app.m.status, Some(Status::Info(_))),
        "{:?}",
        app.m.status.is_some()
    );
    drop(app);

    // Saved, then interrupted before the draft was removed.
    let mut s = fx.session();
    s.unlock(&common::tui::pass()).unwrap();
    let p = s.protocol("example").unwrap();
    let mut a = s
        .start(
            p,
            &lantern::i18n::LangTag::checked("en"),
            &lantern::i18n::LangTag::checked("en"),
        )
        .unwrap();
    a.screening.acknowledge_consent().unwrap();
    a.screening
        .answer_current(lantern::engine::Answer::Yes)
        .unwrap();
    s.save(&mut a).unwrap();
    s.autosave(&a).unwrap();
    assert_eq!(common::all_files(&fx.data().join("drafts")).len(), 1);
    drop(s);

    let app = fx.app("en");
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("A screening interrupted just after it was saved"),
        "{text}"
    );
    assert!(
        matches!(app.screen, Screen::Home(_)),
        "not offered to resume"
    );
    assert!(common::all_files(&fx.data().join("drafts")).is_empty());
    assert_eq!(fx.outbox_files().len(), 1);
}
