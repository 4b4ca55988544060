//! TUI behaviour that is not a picture: idle means idle, pause and lock hide everything,
//! quick exit saves the draft, answered questions are not asked again.

mod common;

use lantern::protocol::QuestionIdx;
use std::time::{Duration, Instant};

use common::tui::{Fixture, chars, ctrl, key, screen_text};
use crossterm::event::KeyCode;
use lantern::tui::Exit;
use lantern::tui::overlays::Overlay;
use lantern::tui::screens::Screen;

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
    app.m.frozen_timer = None;
    app.m.call_started = Some(Instant::now());
    let w = app.next_wakeup().unwrap();
    assert!(w <= Duration::from_secs(1), "{w:?}");
    // With an idle lock, the wakeup is the lock deadline at most.
    app.m.call_started = None;
    app.m.idle_timeout = Some(Duration::from_secs(300));
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
    app.m.idle_timeout = Some(Duration::from_millis(1));
    app.m.last_input = Instant::now() - Duration::from_secs(1);
    app.tick();
    assert!(matches!(app.m.overlay, Some(Overlay::Locked(_))));
    assert!(!app.m.session.is_unlocked(), "the device key was dropped");
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("What kind of work"), "{text}");
    assert!(!text.contains("Example screening"), "{text}");
    chars(&mut app, "wrong one here");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.m.overlay, Some(Overlay::Locked(_))));
    chars(&mut app, "correct horse battery");
    key(&mut app, KeyCode::Enter);
    assert!(app.m.overlay.is_none());
    assert!(app.m.session.is_unlocked());
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
    assert!(app.m.overlay.is_none());
    assert!(
        app.m
            .active
            .as_ref()
            .unwrap()
            .screening
            .answer(QuestionIdx::new(0))
            .is_none(),
        "the resume key answered nothing"
    );
}

#[test]
fn quick_exit_saves_the_draft_with_the_note_being_typed() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    // The answer autosaved a draft without a note; only quick exit can save the note.
    assert_eq!(fx.the_draft().notes, None);
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "typing a note");
    ctrl(&mut app, 'q');
    assert_eq!(app.m.exit, Some(Exit::Quick));
    let draft = fx.the_draft();
    assert_eq!(draft.notes.as_deref(), Some("typing a note"));
    assert_eq!(draft.screening.answers.len(), 1);
}

#[test]
fn the_idle_lock_keeps_the_note_being_typed_and_reopens_it() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "half a note");
    app.m.idle_timeout = Some(Duration::from_millis(1));
    app.m.last_input = Instant::now() - Duration::from_secs(1);
    app.tick();
    assert!(matches!(app.m.overlay, Some(Overlay::Locked(_))));
    let text = screen_text(&app, 80, 24);
    assert!(
        !text.contains("half a note"),
        "the note shows while locked:\n{text}"
    );
    assert_eq!(fx.the_draft().notes.as_deref(), Some("half a note"));
    chars(&mut app, "correct horse battery");
    key(&mut app, KeyCode::Enter);
    // Back where the worker was: the notes pane, with the text, still typing.
    match &app.m.overlay {
        Some(Overlay::Notes(pane)) => assert_eq!(pane.text(), "half a note"),
        _ => panic!("the notes pane did not come back"),
    }
    chars(&mut app, " and more");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.m.active.as_ref().unwrap().notes, "half a note and more");
}

#[test]
fn the_idle_timeout_comes_from_the_settings_file() {
    let fx = Fixture::new();
    let settings_file = fx.dir.path().join("settings.toml");
    let example = lantern::config::EXAMPLE_SETTINGS
        .replace("idle_timeout_minutes = 5", "idle_timeout_minutes = 7");
    assert_ne!(
        example,
        lantern::config::EXAMPLE_SETTINGS,
        "the example changed"
    );
    std::fs::write(&settings_file, example).unwrap();
    let settings = lantern::config::load_settings(Some(&settings_file), None).unwrap();
    let app = fx.app_with(settings, "en");
    assert_eq!(app.m.idle_timeout, Some(Duration::from_secs(7 * 60)));
    // Zero turns the lock off.
    let off = lantern::config::EXAMPLE_SETTINGS
        .replace("idle_timeout_minutes = 5", "idle_timeout_minutes = 0");
    std::fs::write(&settings_file, off).unwrap();
    let settings = lantern::config::load_settings(Some(&settings_file), None).unwrap();
    let mut app = fx.app_with(settings, "en");
    assert_eq!(app.m.idle_timeout, None);
    app.m.last_input = Instant::now() - Duration::from_secs(24 * 3600);
    app.tick();
    assert!(app.m.overlay.is_none() && app.m.session.is_unlocked());
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
        let kind = {
            let s = &app.m.active.as_ref().unwrap().screening;
            let lantern::engine::Position::Question(i) = s.position() else {
                panic!("not on a question")
            };
            s.protocol().question(i).kind.value
        };
        if kind == lantern::protocol::QuestionKind::Note {
            key(&mut app, KeyCode::Enter);
        } else {
            key(&mut app, KeyCode::F(5));
        }
    }
    assert!(matches!(app.screen, Screen::Review(_)));
    let s = &app.m.active.as_ref().unwrap().screening;
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
    let s = &app.m.active.as_ref().unwrap().screening;
    let hours = s.protocol().question_index("hours").unwrap();
    assert_eq!(
        s.answer(hours).unwrap().answer,
        lantern::engine::Answer::Number(5)
    );
}

#[test]
fn law_enforcement_is_suggested_only_when_the_person_asks() {
    let fx = Fixture::new();
    let mut app = to_referrals(&fx);
    let names = |app: &lantern::tui::App| -> Vec<String> {
        let Screen::Referrals(st) = &app.screen else {
            panic!()
        };
        st.groups
            .iter()
            .flat_map(|g| g.suggestions.iter())
            .map(|s| app.m.session.directory().service(s.service).name.clone())
            .collect()
    };
    let police = |n: &Vec<String>| n.iter().any(|x| x.contains("Sheriff"));
    assert!(!police(&names(&app)), "{:?}", names(&app));
    chars(&mut app, "e");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("the person asked"), "{text}");
}

/// From the first question to the referral screen: safe to talk, very long hours and the
/// employer holds the documents (two needs), then the review, the outcome and the referrals.
fn to_referrals(fx: &Fixture) -> lantern::tui::App {
    let mut app = in_question(fx);
    chars(&mut app, "y");
    chars(&mut app, "d"); // work_type: declined
    chars(&mut app, "80");
    key(&mut app, KeyCode::Enter); // hours
    chars(&mut app, "d"); // rest_days: declined
    chars(&mut app, "2"); // documents: employer
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "r");
    chars(&mut app, "f");
    chars(&mut app, "y");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Referrals(_)));
    app
}

/// Moves the cursor down to the next service not seen yet (a service can answer two needs).
fn next_new_service(app: &mut lantern::tui::App, seen: &[&String]) -> String {
    for _ in 0..20 {
        key(app, KeyCode::Down);
        let id = service_at_cursor(app);
        if !seen.contains(&&id) {
            return id;
        }
    }
    panic!(
        "fewer distinct services than expected:\n{}",
        screen_text(app, 80, 24)
    )
}

/// The service under the cursor of the referral screen.
fn service_at_cursor(app: &lantern::tui::App) -> String {
    let Screen::Referrals(st) = &app.screen else {
        panic!("not on the referral screen")
    };
    let svc = st
        .selected_service(&app.m)
        .expect("a service under the cursor");
    app.m.session.directory().service(svc).id.clone()
}

#[test]
fn consent_to_share_is_recorded_as_the_person_gave_it() {
    use lantern::vault::record::ShareConsent;
    let fx = Fixture::new();
    let mut app = to_referrals(&fx);
    // First service: the person says nothing may be shared.
    let no = service_at_cursor(&app);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    // Second: only what the person says.
    let limited = next_new_service(&mut app, &[&no]);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "l");
    chars(&mut app, "first name only");
    key(&mut app, KeyCode::Enter);
    // Third: "only what the person says", and the person names nothing: nothing is shared.
    let limited_empty = next_new_service(&mut app, &[&no, &limited]);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "l");
    chars(&mut app, "   ");
    key(&mut app, KeyCode::Enter);
    // The person changes their mind about the first, yes and then no again: the last word
    // counts (each choice replaces the one before).
    for _ in 0..20 {
        key(&mut app, KeyCode::Up);
    }
    assert_eq!(service_at_cursor(&app), no);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    // The choices are in the draft at once...
    let draft = fx.the_draft();
    assert_eq!(draft.referrals.len(), 3);
    // ...and in the record.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    let records = fx.records();
    assert_eq!(records.len(), 1);
    let consent = |id: &str| {
        let r = records[0]
            .referrals
            .iter()
            .find(|r| r.service_id == id)
            .unwrap_or_else(|| panic!("{id} not in the record"));
        (r.consent_to_share, r.share_what.clone())
    };
    assert_eq!(consent(&no), (ShareConsent::No, None));
    assert_eq!(
        consent(&limited),
        (ShareConsent::Limited, Some("first name only".to_string()))
    );
    assert_eq!(consent(&limited_empty), (ShareConsent::No, None));
    assert_eq!(records[0].referrals.len(), 3);
}

#[test]
fn going_back_from_the_outcome_reopens_the_screening_to_change_an_answer() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "n"); // not safe to talk: straight to the review
    chars(&mut app, "f");
    chars(&mut app, "y");
    assert!(matches!(app.screen, Screen::Outcome(_)));
    assert!(
        app.m
            .active
            .as_ref()
            .unwrap()
            .screening
            .finished()
            .is_some()
    );
    // Back to the review, to the first question, and change the answer.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Review(_)));
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Question(_)));
    chars(&mut app, "y");
    let s = &app.m.active.as_ref().unwrap().screening;
    assert_eq!(
        s.answer(QuestionIdx::new(0)).unwrap().answer,
        lantern::engine::Answer::Yes
    );
    assert!(s.finished().is_none(), "the screening is open again");
    assert!(
        s.audit()
            .iter()
            .any(|e| matches!(e.kind, lantern::engine::AuditKind::Reopened)),
        "the audit trail says it was reopened"
    );
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("finished"), "{text}");
    // And it is saved that way.
    assert!(
        fx.the_draft()
            .screening
            .audit
            .iter()
            .any(|e| matches!(e.kind, lantern::engine::AuditKind::Reopened))
    );
}

#[test]
fn enter_on_a_choice_list_picks_nothing_nobody_pointed_at() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    let before = app.m.active.as_ref().unwrap().screening.position();
    key(&mut app, KeyCode::Enter);
    let s = &app.m.active.as_ref().unwrap().screening;
    assert_eq!(s.position(), before, "Enter moved on");
    assert!(
        s.answer(QuestionIdx::new(1)).is_none(),
        "Enter chose an option"
    );
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Choose with a number key"), "{text}");
    // Pointing first, then Enter, chooses.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let s = &app.m.active.as_ref().unwrap().screening;
    let q = s.protocol().question(QuestionIdx::new(1));
    assert_eq!(
        s.answer(QuestionIdx::new(1)).unwrap().answer,
        lantern::engine::Answer::Choice(q.choices[1].id.value.clone())
    );
}

#[test]
fn notes_being_typed_are_saved_after_a_pause_in_typing() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "typed, not closed");
    // Nothing yet: the save waits for a pause in typing...
    assert_eq!(fx.the_draft().notes, None);
    let due = app.m.notes_due.expect("a save is due");
    assert!(
        app.next_wakeup()
            .is_some_and(|w| w <= Duration::from_secs(3) && !w.is_zero()),
        "the save is due after a pause, not at once: {:?}",
        app.next_wakeup()
    );
    // ...which came.
    app.m.notes_due = Some(due - Duration::from_secs(10));
    app.tick();
    assert_eq!(fx.the_draft().notes.as_deref(), Some("typed, not closed"));
    assert!(
        matches!(app.m.overlay, Some(Overlay::Notes(_))),
        "the pane stays open"
    );
}

#[test]
fn pause_hides_an_open_overlay_keeps_its_text_and_brings_it_back() {
    let fx = Fixture::new();
    let mut app = in_question(&fx);
    chars(&mut app, "y");
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "SECRET-NOTE");
    key(&mut app, KeyCode::F(9));
    let text = screen_text(&app, 80, 24);
    assert!(
        !text.contains("SECRET-NOTE"),
        "the note shows during pause:\n{text}"
    );
    assert!(!text.contains("Notes"), "{text}");
    // Pause saved what was typed (someone walked in; the laptop may be closed).
    assert_eq!(fx.the_draft().notes.as_deref(), Some("SECRET-NOTE"));
    chars(&mut app, "x");
    match &app.m.overlay {
        Some(Overlay::Notes(pane)) => assert_eq!(pane.text(), "SECRET-NOTE"),
        _ => panic!("the notes pane did not come back"),
    }
    // Help is hidden by pause too.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(1));
    key(&mut app, KeyCode::F(9));
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("Keys"), "{text}");
    chars(&mut app, "x");
    assert!(matches!(app.m.overlay, Some(Overlay::Help(_))));
}

#[test]
fn a_passphrase_is_never_shown_on_screen() {
    let fx = Fixture::new();
    let (catalog, _) = lantern::i18n::Catalog::load(&fx.root().join("locales"));
    // First run: both fields.
    let mut app = lantern::tui::App::new(
        fx.session(),
        catalog.clone(),
        vec!["en".into()],
        lantern::tui::theme::ThemeName::Default,
    );
    chars(&mut app, "VISIBLE-PASS-1");
    key(&mut app, KeyCode::Tab);
    chars(&mut app, "VISIBLE-PASS-2");
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("VISIBLE"), "{text}");
    assert!(text.contains("••••"), "{text}");
    // Unlock.
    let _ = common::tui::Fixture::app(&fx, "en");
    let mut app = lantern::tui::App::new(
        fx.session(),
        catalog,
        vec!["en".into()],
        lantern::tui::theme::ThemeName::Default,
    );
    assert!(matches!(app.screen, Screen::Unlock(_)));
    chars(&mut app, "VISIBLE-PASS-3");
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("VISIBLE"), "{text}");
    // The idle lock.
    let mut app = in_question(&fx);
    app.m.idle_timeout = Some(Duration::from_millis(1));
    app.m.last_input = Instant::now() - Duration::from_secs(1);
    app.tick();
    chars(&mut app, "VISIBLE-PASS-4");
    let text = screen_text(&app, 80, 24);
    assert!(!text.contains("VISIBLE"), "{text}");
}
