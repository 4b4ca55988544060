//! TUI behaviour that is not a picture: idle means idle, pause and lock hide everything,
//! quick exit saves the draft, answered questions are not asked again.

mod common;

use std::time::{Duration, Instant};

use common::tui::{Fixture, chars, ctrl, key, screen_text};
use crossterm::event::KeyCode;
use lantern::tui::Exit;
use lantern::tui::app::{Overlay, Screen};

fn in_question(fx: &Fixture) -> lantern::tui::App {
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Question(_)));
    app
}

#[test]
fn idle_means_idle() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    // Home screen, no idle lock configured: block until a key arrives.
    assert_eq!(app.next_wakeup(), None);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    // The call timer is on screen and frozen in tests: still nothing to wake for.
    assert_eq!(app.next_wakeup(), None);
    app.frozen_timer = None;
    app.call_started = Some(Instant::now());
    let w = app.next_wakeup().unwrap();
    assert!(w <= Duration::from_secs(1), "{w:?}");
    // With an idle lock, the wakeup is the lock deadline at most.
    app.call_started = None;
    app.idle_timeout = Some(Duration::from_secs(300));
    let w = app.next_wakeup().unwrap();
    assert!(
        w > Duration::from_secs(290) && w <= Duration::from_secs(300),
        "{w:?}"
    );
}

#[test]
fn the_idle_lock_drops_the_key_hides_everything_and_the_passphrase_resumes() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    app.idle_timeout = Some(Duration::from_millis(1));
    app.last_input = Instant::now() - Duration::from_secs(1);
    lantern::tui::update::tick(&mut app);
    assert!(matches!(app.overlay, Some(Overlay::Locked { .. })));
    assert!(!app.session.is_unlocked(), "the device key was dropped");
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("What kind of work"), "{text}");
    assert!(!text.contains("Example screening"), "{text}");
    chars(&mut app, "wrong one here");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Locked { .. })));
    chars(&mut app, "correct horse battery");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert!(app.session.is_unlocked());
    assert!(screen_text(&app, 80, 24).contains("What kind of work"));
}

#[test]
fn pause_shows_a_neutral_screen() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    key(&mut app, KeyCode::F(9));
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Take a slow breath"), "{text}");
    for hidden in [
        "Is this a good time",
        "lantern",
        "Example",
        "Call",
        "quick exit",
    ] {
        assert!(
            !text.contains(hidden),
            "{hidden} visible during pause:\n{text}"
        );
    }
    key(&mut app, KeyCode::Char('x'));
    assert!(app.overlay.is_none());
    assert!(
        app.active.as_ref().unwrap().screening.answer(0).is_none(),
        "the resume key answered nothing"
    );
}

#[test]
fn quick_exit_saves_the_draft_from_anywhere() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "typing a note");
    ctrl(&mut app, 'q');
    assert_eq!(app.exit, Some(Exit::Quick));
    let drafts = common::all_files(&fx.data().join("drafts"));
    assert_eq!(drafts.len(), 1);
}

#[test]
fn answered_questions_are_not_asked_again_and_every_question_can_be_declined() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    chars(&mut app, "1");
    // Back to the first question, then "next unanswered" skips what was answered.
    key(&mut app, KeyCode::PageUp);
    key(&mut app, KeyCode::PageUp);
    chars(&mut app, "u");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("About how many hours"), "{text}");
    // Decline every remaining question with one key each (F5 works in text too).
    for _ in 0..10 {
        if !matches!(app.screen, Screen::Question(_)) {
            break;
        }
        let kind = lantern::tui::update::current_kind(&app).unwrap();
        if kind == lantern::protocol::QuestionKind::Note {
            key(&mut app, KeyCode::Enter);
        } else {
            key(&mut app, KeyCode::F(5));
        }
    }
    assert!(matches!(app.screen, Screen::Review { .. }));
    let s = &app.active.as_ref().unwrap().screening;
    assert!(s.unanswered().is_empty());
}

#[test]
fn a_number_out_of_range_is_explained_and_nothing_is_lost() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    chars(&mut app, "1");
    chars(&mut app, "500");
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("at most 168"), "{text}");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    let s = &app.active.as_ref().unwrap().screening;
    let hours = s.protocol().question_index("hours").unwrap();
    assert_eq!(
        s.answer(hours).unwrap().answer,
        lantern::engine::Answer::Number(5)
    );
}

#[test]
fn law_enforcement_is_suggested_only_when_the_person_asks() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    // Not safe to talk: urgent, shelter need; then straight to the outcome and referrals.
    chars(&mut app, "n");
    chars(&mut app, "r");
    chars(&mut app, "f");
    chars(&mut app, "y");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Referrals(_)));
    let names = |app: &lantern::tui::App| -> Vec<String> {
        let Screen::Referrals(st) = &app.screen else {
            panic!()
        };
        st.groups
            .iter()
            .flat_map(|g| g.suggestions.iter())
            .map(|s| app.session.directory().services[s.service].name.clone())
            .collect()
    };
    let police = |n: &Vec<String>| n.iter().any(|x| x.contains("Sheriff"));
    assert!(!police(&names(&app)), "{:?}", names(&app));
    chars(&mut app, "e");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("the person asked"), "{text}");
}
