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

/// Esc on the consent before it is confirmed goes home and leaves nothing behind; once the
/// consent is confirmed (back from the first question), Esc never drops the screening.
#[test]
fn leaving_the_consent_drops_only_a_screening_nothing_was_said_in() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Consent(_)));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
    assert!(app.m.active.is_none());

    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter); // consent confirmed: the first question
    assert!(matches!(app.screen, Screen::Question(_)));
    chars(&mut app, "y");
    // Back to the consent screen, then Esc: the answer and the screening stay.
    for _ in 0..3 {
        key(&mut app, KeyCode::Left);
    }
    assert!(
        matches!(app.screen, Screen::Consent(_)),
        "{}",
        screen_text(&app, 80, 24)
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.m.active.is_some(), "the screening was dropped");
    assert!(!matches!(app.screen, Screen::Home(_)));
}

/// On a small terminal the interpreter check gives way before what to do next: the line that
/// says to choose who interprets first is never pushed off the consent screen.
#[test]
fn a_short_terminal_keeps_the_instruction_to_choose_who_interprets_first() {
    let fx = Fixture::with("safety.toml");
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 60, 7);
    assert!(text.contains("First choose who"), "60x7:\n{text}");
    let text = screen_text(&app, 60, 8);
    assert!(text.contains("is read before that."), "60x8:\n{text}");
}

/// The notes pane counts what the worker typed (a line break is one character) and puts the
/// terminal's cursor where the next character goes (screen magnifiers follow it).
#[test]
fn the_notes_pane_counts_line_breaks_and_keeps_the_cursor_at_the_text() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "ab");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "cde");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("6/"), "{text}");
    let mut t = common::tui::render(&app, 80, 24);
    let cursor = t.get_cursor_position().unwrap();
    // The pane's text starts one cell inside its box; "cde" is on its second line.
    let lines: Vec<&str> = text.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.contains("│cde"))
        .unwrap_or_else(|| panic!("{text}"));
    let col = lines[row].chars().position(|c| c == 'c').unwrap() - 1; // the quote
    assert_eq!(
        (cursor.x as usize, cursor.y as usize),
        (col + 3, row),
        "{text}"
    );
    // On a small terminal the hint under the text gives way: what was typed stays in view.
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "fg");
    let small = screen_text(&app, 60, 9);
    for typed in ["ab", "cde", "fg"] {
        assert!(small.contains(typed), "{typed} hidden at 60x9:\n{small}");
    }
}

/// On a small terminal the worker's guidance under the consent gives way to what is read and
/// to what to press: the script's heading and the instruction stay on screen.
#[test]
fn a_short_terminal_keeps_the_script_and_the_instruction_of_the_consent() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 60, 9);
    assert!(text.contains("Esc: back."), "60x9:\n{text}");
    let text = screen_text(&app, 60, 10);
    assert!(text.contains("Read this to the person:"), "60x10:\n{text}");
}

/// A consent longer than the screen says there is more on its last row, until the worker has
/// scrolled to its end: then the row goes, and the limits of confidentiality are in view.
#[test]
fn the_consent_says_there_is_more_until_the_end_is_reached() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    let more = lantern::i18n::Catalog::load(&fx.root().join("locales"))
        .0
        .localizer(&["en".to_string()])
        .tr("consent-more");
    let text = screen_text(&app, 60, 14);
    assert!(text.contains(more.trim()), "60x14:\n{text}");
    for _ in 0..80 {
        key(&mut app, KeyCode::Down);
    }
    let text = screen_text(&app, 60, 14);
    assert!(!text.contains(more.trim()), "at the end:\n{text}");
}
