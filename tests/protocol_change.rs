//! A protocol edited while a screening is in progress (issue 14, part 2): the draft resumes
//! with the version it started with, and the worker may carry the answers over to the
//! installed version by question id, seeing what no longer fits. Each edit an author makes
//! (a typo, a new question, a removed question, changed choices) under a live draft.

mod common;

use chrono::NaiveDate;
use common::tui::{Fixture, chars, key, pass, screen_text};
use crossterm::event::KeyCode;
use lantern::engine::{Answer, AuditKind, Position, Unfit};
use lantern::session::{Active, WorkSession};
use lantern::tui::screens::Screen;

const PROTOCOL: &str = "screening/example.toml";

fn unlocked(fx: &Fixture) -> WorkSession {
    let mut s = fx.session();
    if s.has_device_key() {
        s.unlock(&pass()).unwrap();
    } else {
        s.create_device_key(&pass()).unwrap();
    }
    s
}

fn answer(a: &mut Active, id: &str, value: Answer) {
    let i = a.screening.protocol().question_index(id).unwrap();
    a.screening.set_answer(i, value).unwrap();
}

/// A screening of the example protocol (1.0.0) with four answers, stopped at `started`,
/// left as a draft.
fn leave_a_draft(fx: &Fixture) {
    leave_a_draft_in(fx, "en");
}

fn leave_a_draft_in(fx: &Fixture, worker: &str) {
    let s = unlocked(fx);
    let en: lantern::i18n::LangTag = "en".parse().unwrap();
    let worker: lantern::i18n::LangTag = worker.parse().unwrap();
    let mut a = s
        .start(s.protocol("example").unwrap(), &en, &worker)
        .unwrap();
    a.screening.acknowledge_consent().unwrap();
    answer(&mut a, "speak_freely", Answer::Yes);
    answer(&mut a, "work_type", Answer::Choice("domestic".into()));
    answer(&mut a, "hours", Answer::Number(70));
    let date = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    answer(&mut a, "started", Answer::Date(date));
    let started = a.screening.protocol().question_index("started").unwrap();
    a.screening.jump_to_question(started).unwrap();
    s.autosave(&a).unwrap();
}

/// The example protocol as an author changes it: version 1.1.0 and the given edits.
fn edit(fx: &Fixture, edits: &[(&str, &str)]) {
    let path = fx.root().join(PROTOCOL);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text = text.replacen("version = \"1.0.0\"", "version = \"1.1.0\"", 1);
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    std::fs::write(&path, text).unwrap();
}

const TYPO: (&str, &str) = (
    "What kind of work do you do?",
    "What kind of work do you do now?",
);
const NEW_QUESTION: (&str, &str) = (
    "[[section.question]]\nid = \"started\"",
    "[[section.question]]\nid = \"pay_kept\"\nkind = \"yes_no\"\ntext.en = \"Does anyone keep part of your pay?\"\ntext.es = \"¿Alguien se queda con parte de su pago?\"\n\n[[section.question]]\nid = \"started\"",
);
const REMOVED_QUESTION: (&str, &str) = (
    "[[section.question]]\nid = \"started\"\nkind = \"date\"\ntext.en = \"When did you start this job (roughly)?\"\ntext.es = \"¿Cuándo empezó este trabajo (más o menos)?\"\n",
    "",
);
const CHANGED_CHOICES: (&str, &str) = (
    "  { id = \"domestic\", label.en = \"Work in someone's home\", label.es = \"Trabajo en casa de alguien\" },\n",
    "  { id = \"construction\", label.en = \"Construction\", label.es = \"Construcción\" },\n",
);

/// Resumes the one draft after the edit: with 1.0.0, as started.
fn resume(fx: &Fixture) -> (WorkSession, Active) {
    let s = unlocked(fx);
    let found = s.drafts();
    assert_eq!(found.len(), 1);
    let draft = found[0].draft.as_ref().unwrap();
    assert!(
        draft.protocol_source.is_some(),
        "the draft keeps its protocol"
    );
    let a = s.resume(draft).unwrap();
    assert_eq!(a.screening.protocol().version(), "1.0.0");
    assert_eq!(
        a.screening.position(),
        Position::Question(a.screening.protocol().question_index("started").unwrap())
    );
    (s, a)
}

/// What a carry-over left behind: (question id, why).
fn left_behind(c: &lantern::session::CarriedOver) -> Vec<(&str, Unfit)> {
    c.left_behind
        .iter()
        .map(|l| (l.question.as_str(), l.why))
        .collect()
}

fn answered(a: &Active) -> Vec<String> {
    a.screening
        .effective_answers()
        .map(|(i, _)| a.screening.protocol().question(i).id.value.clone())
        .collect()
}

#[test]
fn a_typo_fixed_carries_every_answer_over() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[TYPO]);
    let (s, mut a) = resume(&fx);
    let installed = s.installed_version(&a).expect("1.1.0 is installed");
    assert_eq!(installed.version(), "1.1.0");
    let carried = s.carry_over(&mut a).unwrap();
    assert!(carried.left_behind.is_empty(), "{:?}", carried.left_behind);
    assert_eq!(carried.from.version(), "1.0.0");
    assert_eq!(a.screening.protocol().version(), "1.1.0");
    assert_eq!(
        answered(&a),
        ["speak_freely", "work_type", "hours", "started"]
    );
    let started = a.screening.protocol().question_index("started").unwrap();
    assert_eq!(a.screening.position(), Position::Question(started));
    assert!(
        s.installed_version(&a).is_none(),
        "now on the installed version"
    );
}

#[test]
fn a_new_question_is_asked_and_nothing_is_lost() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[NEW_QUESTION]);
    let (s, mut a) = resume(&fx);
    let before = a.screening.progress();
    let carried = s.carry_over(&mut a).unwrap();
    assert!(carried.left_behind.is_empty());
    assert_eq!(
        answered(&a),
        ["speak_freely", "work_type", "hours", "started"]
    );
    let after = a.screening.progress();
    assert_eq!(after.answered, before.answered);
    assert_eq!(after.shown, before.shown + 1);
    let new = a.screening.protocol().question_index("pay_kept").unwrap();
    assert!(a.screening.unanswered().contains(&new));
}

#[test]
fn a_removed_question_leaves_its_answer_behind_and_the_screening_goes_on() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[REMOVED_QUESTION]);
    let (s, mut a) = resume(&fx);
    let carried = s.carry_over(&mut a).unwrap();
    let left = left_behind(&carried);
    assert_eq!(left, [("started", Unfit::Removed)]);
    assert_eq!(answered(&a), ["speak_freely", "work_type", "hours"]);
    // It stood on the removed question: on to the next one without an answer.
    let next = a.screening.protocol().question_index("rest_days").unwrap();
    assert_eq!(a.screening.position(), Position::Question(next));
    // The trail says what happened, by id only.
    let last = a.screening.audit().last().unwrap();
    assert_eq!(
        last.kind,
        AuditKind::ProtocolUpdated {
            from: "1.0.0".into(),
            to: "1.1.0".into(),
            left_behind: vec!["started".into()],
        }
    );
}

#[test]
fn a_removed_choice_leaves_the_answer_naming_it_behind() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[CHANGED_CHOICES, TYPO]);
    let (s, mut a) = resume(&fx);
    let carried = s.carry_over(&mut a).unwrap();
    let left = left_behind(&carried);
    assert_eq!(left, [("work_type", Unfit::Changed)]);
    assert_eq!(answered(&a), ["speak_freely", "hours", "started"]);
}

#[test]
fn finishing_as_started_records_the_old_version_and_carried_over_the_new_one() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[REMOVED_QUESTION]);
    let (s, mut a) = resume(&fx);
    s.save(&mut a).unwrap();
    let records = fx.records();
    assert_eq!(records.len(), 1);
    let r = serde_json::to_value(&records[0]).unwrap();
    assert_eq!(r["protocol"]["version"], "1.0.0", "{r:#}");
    let started = |r: &serde_json::Value| {
        r["answers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["question"] == "started")
            .map(|a| a["value"].clone())
    };
    assert_eq!(started(&r), Some(serde_json::json!("2026-03-01")), "{r:#}");

    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[REMOVED_QUESTION]);
    let (s, mut a) = resume(&fx);
    s.carry_over(&mut a).unwrap();
    s.save(&mut a).unwrap();
    let r = serde_json::to_value(&fx.records()[0]).unwrap();
    assert_eq!(r["protocol"]["version"], "1.1.0", "{r:#}");
    assert_eq!(started(&r), None, "{r:#}");
}

#[test]
fn a_protocol_removed_from_the_folder_still_finishes_its_drafts() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    // The organization switched to other protocols: example.toml is gone.
    std::fs::copy(
        common::fixture("protocols/valid/example.toml"),
        fx.root().join("screening/other.toml"),
    )
    .unwrap();
    let other = std::fs::read_to_string(fx.root().join("screening/other.toml"))
        .unwrap()
        .replacen("id = \"example\"", "id = \"other\"", 1);
    std::fs::write(fx.root().join("screening/other.toml"), other).unwrap();
    std::fs::remove_file(fx.root().join(PROTOCOL)).unwrap();
    let (s, mut a) = resume(&fx);
    assert!(s.installed_version(&a).is_none());
    let carried = s.carry_over(&mut a).unwrap();
    assert!(carried.left_behind.is_empty());
    assert_eq!(a.screening.protocol().version(), "1.0.0");
}

#[test]
fn the_screens_offer_both_versions_and_list_what_stayed_behind() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[REMOVED_QUESTION, CHANGED_CHOICES]);
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::Resume(_)));
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("version 1.0.0"), "{text}");
    assert!(text.contains("1.1.0 is installed now."), "{text}");
    assert!(text.contains("u: use version 1.1.0"), "{text}");
    chars(&mut app, "u");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Carried over to version 1.1.0"), "{text}");
    assert!(
        text.contains("When did you start this job (roughly)?"),
        "{text}"
    );
    assert!(text.contains("(this question is not in version"), "{text}");
    assert!(text.contains("What kind of work do you do?"), "{text}");
    assert!(text.contains("ask it again"), "{text}");
    // No answer is shown on the list (the kind of work may be sensitive).
    assert!(!text.contains("someone's home"), "{text}");
    // Carried over and kept at once: a quick exit now keeps the new version.
    let d = fx.the_draft();
    assert_eq!(d.screening.protocol_version, "1.1.0");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Question(_)));
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("What kind of work do you do?"), "{text}");
}

#[test]
fn the_screens_go_on_with_the_version_started_with() {
    let fx = Fixture::new();
    leave_a_draft_in(&fx, "es");
    edit(&fx, &[REMOVED_QUESTION]);
    let mut app = fx.app("es");
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("está instalada la versión 1.1.0."), "{text}");
    assert!(
        text.contains("Enter: seguir con la versión 1.0.0"),
        "{text}"
    );
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Question(_)));
    assert_eq!(
        app.m
            .active
            .as_ref()
            .unwrap()
            .screening
            .protocol()
            .version(),
        "1.0.0"
    );
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("When did you start this job"), "{text}");
}

fn lantern(fx: &Fixture) -> assert_cmd::Command {
    fx.command()
}

#[test]
fn plain_mode_offers_the_versions_and_reads_out_what_stayed_behind() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[REMOVED_QUESTION]);
    // Unlock, resume (1), use the installed version (2), then stop at the next question.
    let a = lantern(&fx)
        .arg("--plain")
        .write_stdin("correct horse battery\n1\n2\n")
        .assert();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(
        out.contains("This screening was started with version 1.0.0 of Example screening. Version 1.1.0 is installed now."),
        "{out}"
    );
    assert!(
        out.contains("Type 1 to go on with version 1.0.0, 2 to use version 1.1.0"),
        "{out}"
    );
    assert!(out.contains("Carried over to version 1.1.0\n"), "{out}");
    assert!(
        out.contains(
            "- When did you start this job (roughly)? (this question is not in version 1.1.0)\n"
        ),
        "{out}"
    );
    let d = fx.the_draft();
    assert_eq!(d.screening.protocol_version, "1.1.0");
    assert!(!d.screening.answers.iter().any(|(q, _)| q == "started"));
}

#[test]
fn protocols_diff_shows_what_changed_and_what_a_draft_would_lose() {
    let fx = Fixture::new();
    let old = fx.dir.path().join("old.toml");
    std::fs::copy(fx.root().join(PROTOCOL), &old).unwrap();
    edit(
        &fx,
        &[TYPO, NEW_QUESTION, REMOVED_QUESTION, CHANGED_CHOICES],
    );
    let a = lantern(&fx)
        .args(["protocols", "diff"])
        .arg(&old)
        .arg(fx.root().join(PROTOCOL))
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert_eq!(
        out,
        "example 1.0.0 -> example 1.1.0\n\
         ~ version: 1.0.0 -> 1.1.0\n\
         ~ question `work_type`: text reworded (en)\n\
         ~ question `work_type`: choices added: `construction`\n\
         ~ question `work_type`: choices removed: `domestic`\n\
         + question `pay_kept`: in section `work`: \"Does anyone keep part of your pay?\"\n\
         - question `started`: from section `work`\n\
         6 change(s)\n\
         a draft carried over to the new version may leave behind the answers to: `work_type`, `started`\n"
    );
    // The same file twice, and by id: no differences.
    let a = lantern(&fx)
        .args(["protocols", "diff", "example"])
        .arg(fx.root().join(PROTOCOL))
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert_eq!(out, "example 1.1.0 -> example 1.1.0\nno differences\n");
}

#[test]
fn records_of_two_versions_export_into_one_table_by_question_id() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    // `started` goes; `pay_kept` comes (before `language_note`: `started` is gone).
    let new_question = (
        "[[section.question]]\nid = \"language_note\"",
        NEW_QUESTION
            .1
            .replace("id = \"started\"", "id = \"language_note\""),
    );
    edit(&fx, &[REMOVED_QUESTION, (new_question.0, &new_question.1)]);
    // The draft finishes with 1.0.0; a new screening runs 1.1.0.
    let (s, mut a) = resume(&fx);
    s.save(&mut a).unwrap();
    let en: lantern::i18n::LangTag = "en".parse().unwrap();
    let mut b = s.start(s.protocol("example").unwrap(), &en, &en).unwrap();
    b.screening.acknowledge_consent().unwrap();
    answer(&mut b, "speak_freely", Answer::Yes);
    answer(&mut b, "pay_kept", Answer::No);
    answer(&mut b, "hours", Answer::Number(40));
    s.save(&mut b).unwrap();

    let identity = fx.dir.path().join("identity.txt");
    let secret = fx.identity.to_string();
    std::fs::write(
        &identity,
        format!("{}\n", age::secrecy::ExposeSecret::expose_secret(&secret)),
    )
    .unwrap();
    let a = lantern(&fx)
        .args(["export", "--format", "csv", "--identity"])
        .arg(&identity)
        .arg(fx.data().join("outbox"))
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_string).collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let (version, started, pay, hours) = (
        col("protocol_version"),
        col("example/started"),
        col("example/pay_kept"),
        col("example/hours"),
    );
    let mut got: Vec<(String, String, String, String)> = rows
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[version].to_string(),
                r[started].to_string(),
                r[pay].to_string(),
                r[hours].to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("1.0.0".into(), "2026-03-01".into(), "".into(), "70".into()),
            ("1.1.0".into(), "".into(), "no".into(), "40".into()),
        ]
    );
}

/// A draft resumed when its protocol did not change runs the installed protocol itself (the
/// session's, shared), not the copy kept in the draft.
#[test]
fn an_unchanged_protocol_is_the_installed_one() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    let s = unlocked(&fx);
    let draft = s.drafts().remove(0).draft.unwrap();
    let a = s.resume(&draft).unwrap();
    let installed = s.protocol("example").unwrap();
    assert!(std::sync::Arc::ptr_eq(a.screening.protocol(), &installed));
    assert!(s.installed_version(&a).is_none());
}

/// The protocol text kept in a draft must be the one its screening ran (the hash in the
/// snapshot): anything else is refused, never run in its place.
#[test]
fn a_kept_protocol_that_does_not_match_its_hash_is_refused() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    edit(&fx, &[TYPO]);
    let s = unlocked(&fx);
    let mut draft = s.drafts().remove(0).draft.unwrap();
    let kept = draft.protocol_source.take().unwrap();
    draft.protocol_source = Some(kept.replacen("About how many hours", "About how many hours,", 1));
    assert_ne!(draft.protocol_source.as_deref(), Some(kept.as_str()));
    match s.resume(&draft) {
        Err(lantern::session::SessionError::Engine(
            lantern::engine::EngineError::ProtocolChanged { id, version },
        )) => assert_eq!((id.as_str(), version.as_str()), ("example", "1.0.0")),
        other => panic!("{:?}", other.map(|_| ())),
    }
    // The genuine copy resumes.
    draft.protocol_source = Some(kept);
    assert!(s.resume(&draft).is_ok());
}

/// A screening carried over from the review stays at the review (a new question is listed
/// there unanswered), unless the question it stood on is gone.
#[test]
fn a_screening_at_the_review_stays_there_when_carried_over() {
    let fx = Fixture::new();
    let s = unlocked(&fx);
    let en: lantern::i18n::LangTag = "en".parse().unwrap();
    let mut a = s.start(s.protocol("example").unwrap(), &en, &en).unwrap();
    a.screening.acknowledge_consent().unwrap();
    answer(&mut a, "speak_freely", Answer::Yes);
    answer(&mut a, "work_type", Answer::Choice("farm".into()));
    // Others left unanswered; the worker went to the review.
    a.screening.review().unwrap();
    assert_eq!(a.screening.position(), Position::Review);
    s.autosave(&a).unwrap();
    edit(&fx, &[TYPO]);
    let s = unlocked(&fx);
    let draft = s.drafts().remove(0).draft.unwrap();
    let mut a = s.resume(&draft).unwrap();
    assert!(!a.screening.unanswered().is_empty());
    s.carry_over(&mut a).unwrap();
    assert_eq!(a.screening.position(), Position::Review);
}
