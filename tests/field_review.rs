//! What the field review (../shared/reviews/fidelity-2026-12.md) found missing, as the worker
//! meets it: an urgent answer is signalled at once and its steps are one key away; a
//! screening that stops (a companion interpreting, no private place) reads as "not
//! screened", offers no hand-off and asks nothing about sharing; the hand-off never tells
//! the person why we think a service fits them, and speaks to a young person as one; consent
//! to share has a scope and an end; notes hold only so much; plain mode reads the steps at
//! once and keeps sensitive answers quiet until asked.

mod common;

use assert_cmd::Command;
use common::tui::{Fixture, chars, key, screen_text};
use crossterm::event::KeyCode;
use lantern::engine::{Answer, Position};
use lantern::protocol::OutcomeLevel;
use lantern::tui::App;
use lantern::tui::overlays::Overlay;
use lantern::tui::screens::Screen;

/// The safety fixture, started in `lang` (the interview language follows the screen's), at
/// the consent screen, where who interprets is asked before anything is read.
fn safety(fx: &Fixture, lang: &str) -> App {
    let mut app = fx.app(lang);
    key(&mut app, KeyCode::Enter); // start
    assert!(
        matches!(app.screen, Screen::Consent(_)),
        "{}",
        screen_text(&app, 80, 24)
    );
    app
}

/// Who interprets (`choice`), then the consent read: at the privacy check.
fn interpreted_by(app: &mut App, choice: &str) {
    chars(app, choice);
    key(app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Question(_)),
        "{}",
        screen_text(app, 80, 24)
    );
}

/// Interpreter, privacy and observation answered so that the screening goes on.
fn past_the_checks(app: &mut App) {
    interpreted_by(app, "1"); // no interpreter needed
    chars(app, "y"); // private
    chars(app, "2"); // nothing seen
    key(app, KeyCode::Enter);
}

fn question_id(app: &App) -> String {
    let a = app.m.active.as_ref().expect("a screening");
    match a.screening.position() {
        Position::Question(i) => a.screening.protocol().question(i).id.value.clone(),
        other => panic!("not on a question: {other:?}"),
    }
}

#[test]
fn an_urgent_answer_shows_a_banner_at_once_and_its_steps_return_to_the_same_question() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    past_the_checks(&mut app);
    chars(&mut app, "3"); // 25 or older
    assert_eq!(question_id(&app), "safe_tonight");
    assert!(!screen_text(&app, 80, 24).contains("URGENT"));
    chars(&mut app, "n"); // no safe place tonight
    // The next question, with the banner and its key, at 80x24.
    assert_eq!(question_id(&app), "paid");
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("URGENT: Nowhere safe to sleep tonight. !: the response steps"),
        "{text}"
    );
    chars(&mut app, "!");
    assert!(matches!(app.m.overlay, Some(Overlay::Urgent(_))));
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Offer emergency shelter now."), "{text}");
    assert!(text.contains("Your organization's steps"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(app.m.overlay.is_none());
    assert_eq!(question_id(&app), "paid", "back to the same question");
    // While typing (a text field has the focus) the banner names the key that still works;
    // here, the Spanish screen names its words.
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "es");
    past_the_checks(&mut app);
    chars(&mut app, "3");
    chars(&mut app, "n");
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("URGENTE: Sin lugar seguro para dormir esta noche."),
        "{text}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.m.overlay.is_none());
}

#[test]
fn the_steps_key_does_nothing_while_no_flag_is_raised() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    interpreted_by(&mut app, "1");
    chars(&mut app, "!");
    assert!(app.m.overlay.is_none());
}

/// To the outcome and on to the referrals, from wherever the questions end.
fn finish(app: &mut App) {
    chars(app, "r");
    chars(app, "f");
    if matches!(&app.screen, Screen::Review(_)) {
        chars(app, "y"); // finish with questions unanswered
    }
    assert!(
        matches!(app.screen, Screen::Outcome(_)),
        "{}",
        screen_text(app, 80, 24)
    );
}

#[test]
fn a_companion_interpreting_stops_the_screening_with_no_hand_off_and_no_consent_question() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    // Before anything is read: a companion interprets, so nothing is to be read at all.
    assert!(!screen_text(&app, 80, 24).contains("Do not read anything aloud"));
    chars(&mut app, "3");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Do not read anything aloud"), "{text}");
    assert!(
        !text.contains("You can skip any question"),
        "the script is still shown:\n{text}"
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(question_id(&app), "private", "not asked again");
    chars(&mut app, "y"); // "private": relayed by the companion, and it changes nothing
    chars(&mut app, "1"); // the worker sees a medical emergency
    key(&mut app, KeyCode::Enter);
    finish(&mut app);
    let a = app.m.active.as_ref().unwrap();
    assert_eq!(a.screening.outcome_level(), OutcomeLevel::NotScreened);
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("Not screened: it could not be done safely"),
        "{text}"
    );
    assert!(
        text.contains("Medical emergency or visible injury"),
        "{text}"
    );
    assert!(text.contains("Get medical help now."), "{text}");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Referrals(_)));
    let text = screen_text(&app, 100, 30);
    assert!(
        text.contains("The screening stopped before it could be done safely"),
        "{text}"
    );
    assert!(!text.contains("[ ]"), "a service is offered:\n{text}");
    key(&mut app, KeyCode::Enter); // choose: nothing to choose
    let text = screen_text(&app, 100, 30);
    assert!(!text.contains("Read to the person"), "{text}");
    assert!(!text.contains("May we share"), "{text}");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter); // save
    let records = fx.records();
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r.outcome.level, OutcomeLevel::NotScreened);
    assert_eq!(r.interpreter_used, Some(true));
    assert!(r.referrals.is_empty());
    assert_eq!(
        r.urgent.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        ["medical_now"]
    );
}

#[test]
fn the_hand_off_keeps_its_reasons_for_the_worker_and_speaks_to_a_young_person_as_tu() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "es");
    past_the_checks(&mut app);
    chars(&mut app, "2"); // 18 to 24
    chars(&mut app, "y"); // a safe place tonight
    chars(&mut app, "n"); // not paid what was promised: labor rights
    chars(&mut app, "4"); // nothing in particular
    key(&mut app, KeyCode::Enter);
    finish(&mut app);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Referrals(_)));
    key(&mut app, KeyCode::Enter); // the first service
    let text = screen_text(&app, 80, 24);
    let read = text
        .lines()
        .skip_while(|l| !l.contains("Lea a la persona"))
        .take_while(|l| !l.contains("Por qué se sugiere"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(read.contains("te podría ayudar"), "{text}");
    assert!(text.contains("decides qué les digo sobre ti"), "{text}");
    for worker_only in ["experiencia", "trata", "km", "papeles", "estatus"] {
        assert!(
            !read.contains(worker_only),
            "{worker_only:?} is read aloud:\n{read}"
        );
    }
    assert!(text.contains("Por qué se sugiere"), "{text}");
    assert!(text.contains("¿Podemos contarles algo sobre ti?"), "{text}");
    assert!(text.contains("Consentimiento verbal"), "{text}");
    chars(&mut app, "y");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    let r = &fx.records()[0];
    assert_eq!(r.referrals.len(), 1);
    // Thirty days from the day consent was given, that day included (the settings'
    // default), in the worker's calendar.
    let today = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 28, 9, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Local)
        .date_naive();
    assert_eq!(
        r.referrals[0].share_until,
        today.checked_add_days(chrono::Days::new(29))
    );
}

#[test]
fn nothing_shared_has_no_end_date() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    past_the_checks(&mut app);
    chars(&mut app, "2");
    chars(&mut app, "y");
    chars(&mut app, "n");
    chars(&mut app, "4");
    key(&mut app, KeyCode::Enter);
    finish(&mut app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    let r = &fx.records()[0];
    assert_eq!(r.referrals[0].share_until, None);
}

#[test]
fn a_minor_found_where_no_notice_was_read_gets_it_now() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    past_the_checks(&mut app);
    chars(&mut app, "1"); // under 18
    finish(&mut app);
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 100, 40);
    assert!(
        text.contains("read the reporting notice below to the person now"),
        "{text}"
    );
    assert!(!text.contains("read at the start"), "{text}");
}

#[test]
fn the_notes_hold_what_services_need_and_no_more() {
    let fx = Fixture::with("safety.toml");
    let mut app = safety(&fx, "en");
    interpreted_by(&mut app, "1");
    key(&mut app, KeyCode::F(4));
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("Only what services need to follow up."),
        "{text}"
    );
    let max = lantern::session::NOTES_MAX_CHARS;
    chars(&mut app, &"a".repeat(max + 25));
    let text = screen_text(&app, 80, 24);
    assert!(text.contains(&format!("{max}/{max}")), "{text}");
    key(&mut app, KeyCode::Esc);
    let notes = &app.m.active.as_ref().unwrap().notes;
    assert_eq!(notes.chars().count(), max);
}

#[test]
fn not_screened_is_counted_apart_in_the_report() {
    use lantern::vault::supervisor::report;
    let fx = Fixture::with("safety.toml");
    for interpreter in ["3", "1"] {
        let mut app = safety(&fx, "en");
        interpreted_by(&mut app, interpreter);
        chars(&mut app, "y");
        chars(&mut app, "2");
        key(&mut app, KeyCode::Enter);
        if interpreter == "1" {
            chars(&mut app, "3");
            chars(&mut app, "y");
            chars(&mut app, "y");
            chars(&mut app, "4");
            key(&mut app, KeyCode::Enter);
        }
        finish(&mut app);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Enter);
    }
    let records: Vec<_> = fx
        .records()
        .into_iter()
        .map(|r| (std::path::PathBuf::new(), r))
        .collect();
    let rep = report(&records, 1);
    assert_eq!(rep.by_outcome.get("not_screened"), Some(&1));
    assert_eq!(rep.by_outcome.get("no_indicators"), Some(&1));
}

fn plain(fx: &Fixture, lang: &str, input: &[&str]) -> String {
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .args(["--plain", "--lang", lang])
        .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
        .env("HOME", fx.dir.path())
        .env_remove("LANTERN_CONFIG")
        .write_stdin(input.join("\n") + "\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}");
    text
}

#[test]
fn plain_mode_reads_the_steps_as_soon_as_the_flag_is_raised() {
    let fx = Fixture::with("safety.toml");
    let out = plain(
        &fx,
        "en",
        &[
            "correct horse battery",
            "correct horse battery",
            "1", // protocol
            "1", // interview language
            "",  // worker label
            "1", // no interpreter (asked before anything is read)
            "",  // consent read
            "y", // private
            "2", // nothing seen
            "3", // 25 or older
            "n", // no safe place tonight
            "!", // the steps again
            "q", // stop, keep the draft
        ],
    );
    let raised = out
        .find("URGENT: follow these response steps now.")
        .expect(&out);
    let step = out.find("Offer emergency shelter now.").expect(&out);
    let next = out
        .find("Are you paid what you were promised?")
        .expect(&out);
    assert!(raised < step && step < next, "{out}");
    assert!(
        out[next..].contains("Offer emergency shelter now."),
        "! reads them again:\n{out}"
    );
}

#[test]
fn plain_review_keeps_sensitive_answers_quiet_until_asked() {
    let fx = Fixture::new();
    let out = plain(
        &fx,
        "en",
        &[
            "correct horse battery",
            "correct horse battery",
            "1",             // protocol
            "1",             // interview language
            "",              // worker label
            "",              // consent read
            "y",             // speak_freely
            "d",             // work_type
            "40",            // hours
            "d",             // rest_days
            "2",             // documents: employer (sensitive)
            "d",             // started
            "SECRET-MARKER", // language_note (sensitive)
            "",              // closing note
            "v",             // show the sensitive answers
            "q",
        ],
    );
    let review = out.find("Check before saving").expect(&out);
    let shown = out[review..].find("v to read out").expect(&out);
    let first = &out[review..review + shown];
    assert!(!first.contains("SECRET-MARKER"), "{first}");
    assert!(first.contains("•••"), "{first}");
    assert!(out[review + shown..].contains("SECRET-MARKER"), "{out}");
}

#[test]
fn what_the_worker_sees_is_urgent_even_when_the_screening_stops() {
    let p = common::protocol(&common::fixture("protocols/valid/safety.toml"));
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    let q = |s: &lantern::engine::Screening, id: &str| {
        s.protocol()
            .questions()
            .find(|(_, q)| q.id.value == id)
            .unwrap()
            .0
    };
    let (private, seen) = (q(&s, "private"), q(&s, "seen"));
    s.set_answer(private, Answer::No).unwrap();
    s.set_answer(seen, Answer::Choices(vec!["medical".into()]))
        .unwrap();
    assert_eq!(s.outcome_level(), OutcomeLevel::NotScreened);
    let flags: Vec<&str> = s
        .derived()
        .urgent
        .iter()
        .map(|&u| p.file.urgent[u].id.value.as_str())
        .collect();
    assert_eq!(flags, ["medical_now"]);
    assert_eq!(s.interpreter_used(), None, "not asked");
}

#[test]
fn only_who_interprets_is_answered_before_the_consent_and_it_is_not_asked_again() {
    use lantern::engine::EngineError;
    let p = common::protocol(&common::fixture("protocols/valid/safety.toml"));
    let mut s = common::start(&p, "en");
    let check = s.interpreter_check().expect("the safety fixture has one");
    assert_eq!(check.index(), 0);
    let private = lantern::protocol::QuestionIdx::new(1);
    assert_eq!(
        s.set_answer(private, Answer::Yes),
        Err(EngineError::ConsentFirst)
    );
    assert!(!s.interpreter_stops(), "nothing answered yet");
    s.set_answer(check, Answer::Choice("companion".into()))
        .unwrap();
    assert!(s.interpreter_stops());
    s.set_answer(check, Answer::Choice("professional".into()))
        .unwrap();
    assert!(!s.interpreter_stops());
    s.acknowledge_consent().unwrap();
    assert_eq!(s.position(), Position::Question(private));
    // A protocol without an interpreter check (the example) starts at its first question.
    let e = common::example();
    let mut s = common::start(&e, "en");
    assert_eq!(s.interpreter_check(), None);
    assert!(!s.interpreter_stops());
    s.acknowledge_consent().unwrap();
    assert_eq!(
        s.position(),
        Position::Question(lantern::protocol::QuestionIdx::new(0))
    );
}
