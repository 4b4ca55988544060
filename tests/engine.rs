//! The screening engine, driven through its public API.

mod common;

use chrono::{NaiveDate, TimeDelta};
use lantern::engine::{
    Answer, AnswerError, AuditKind, EngineError, Position, Screening, SectionProgress,
};
use lantern::protocol::OutcomeLevel;
use lantern::protocol::{QuestionIdx, SectionIdx};

fn q(s: &Screening, id: &str) -> QuestionIdx {
    s.protocol().question_index(id).unwrap()
}

fn started() -> Screening {
    let p = common::example();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    s
}

fn indicator_ids(s: &Screening) -> Vec<String> {
    let p = s.protocol();
    s.derived()
        .indicators
        .iter()
        .map(|&i| p.file.indicators[i].id.value.clone())
        .collect()
}

#[test]
fn unknown_language_is_refused() {
    let p = common::example();
    let e = Screening::start(p, "fr", common::clock()).unwrap_err();
    assert_eq!(e, EngineError::UnknownLanguage("fr".into()));
}

#[test]
fn consent_comes_before_any_question() {
    let p = common::example();
    let mut s = common::start(&p, "en");
    assert_eq!(s.position(), Position::Consent);
    assert_eq!(
        s.set_answer(QuestionIdx::new(0), Answer::Yes),
        Err(EngineError::ConsentFirst)
    );
    assert_eq!(s.advance(), Err(EngineError::ConsentFirst));
    assert_eq!(s.consent_acknowledged(), None);
    s.acknowledge_consent().unwrap();
    assert_eq!(s.position(), Position::Question(QuestionIdx::new(0)));
    // When, for the record: the moment it was acknowledged (the test clock's).
    assert_eq!(s.consent_acknowledged(), Some(s.started()));
}

#[test]
fn declined_dont_know_and_not_asked_are_not_no() {
    let mut s = started();
    let sf = q(&s, "speak_freely");
    for a in [Answer::Declined, Answer::DontKnow, Answer::NotAsked] {
        s.set_answer(sf, a.clone()).unwrap();
        assert_eq!(s.answer(sf).unwrap().answer, a);
        // "No" raises the urgent flag; a non-response never does.
        assert!(s.derived().urgent.is_empty());
    }
    s.set_answer(sf, Answer::No).unwrap();
    assert_eq!(s.derived().urgent.len(), 1);
    // The flag's steps show, and the screening that stopped reads as not screened.
    assert_eq!(s.outcome_level(), OutcomeLevel::NotScreened);
}

#[test]
fn gate_hides_a_section_and_keeps_its_answers_for_when_it_returns() {
    let mut s = started();
    let (sf, hours, docs) = (q(&s, "speak_freely"), q(&s, "hours"), q(&s, "documents"));
    s.set_answer(sf, Answer::Yes).unwrap();
    s.set_answer(hours, Answer::Number(80)).unwrap();
    s.set_answer(docs, Answer::Choices(vec!["employer".into()]))
        .unwrap();
    assert_eq!(indicator_ids(&s), ["documents_held", "excessive_hours"]);
    assert_eq!(s.outcome_level(), OutcomeLevel::FullAssessment);

    // Not safe to talk: the work section closes, its answers stop counting...
    s.set_answer(sf, Answer::No).unwrap();
    assert!(!s.is_visible(hours));
    assert!(s.answer(hours).is_none());
    assert!(indicator_ids(&s).is_empty());
    assert_eq!(s.outcome_level(), OutcomeLevel::NotScreened);
    // ...but nothing is lost: it comes back as it was.
    s.set_answer(sf, Answer::Yes).unwrap();
    assert_eq!(s.answer(hours).unwrap().answer, Answer::Number(80));
    assert_eq!(indicator_ids(&s), ["documents_held", "excessive_hours"]);
}

#[test]
fn show_if_follows_earlier_answers() {
    let mut s = started();
    let (sf, hours, rest) = (q(&s, "speak_freely"), q(&s, "hours"), q(&s, "rest_days"));
    s.set_answer(sf, Answer::Yes).unwrap();
    assert!(!s.is_visible(rest), "hidden until hours are known");
    s.set_answer(hours, Answer::Number(40)).unwrap();
    assert!(s.is_visible(rest));
    s.set_answer(hours, Answer::Declined).unwrap();
    assert!(
        !s.is_visible(rest),
        "a declined number makes `hours > 0` false"
    );
}

#[test]
fn multiple_choice_is_normalized_and_empty_means_none_of_these() {
    let mut s = started();
    s.set_answer(q(&s, "speak_freely"), Answer::Yes).unwrap();
    let docs = q(&s, "documents");
    s.set_answer(
        docs,
        Answer::Choices(vec!["someone_else".into(), "me".into(), "me".into()]),
    )
    .unwrap();
    assert_eq!(
        s.answer(docs).unwrap().answer,
        Answer::Choices(vec!["me".into(), "someone_else".into()])
    );
    s.set_answer(docs, Answer::Choices(vec![])).unwrap();
    assert!(indicator_ids(&s).is_empty());
}

#[test]
fn invalid_answers_are_refused_and_change_nothing() {
    let mut s = started();
    s.set_answer(q(&s, "speak_freely"), Answer::Yes).unwrap();
    let hours = q(&s, "hours");
    s.set_answer(hours, Answer::Number(50)).unwrap();
    let audit_len = s.audit().len();
    let cases = [
        (hours, Answer::Number(169), AnswerError::TooLarge(168)),
        (hours, Answer::Number(-1), AnswerError::TooSmall(0)),
        (
            hours,
            Answer::Yes,
            AnswerError::WrongKind { kind: "number" },
        ),
        (
            q(&s, "work_type"),
            Answer::Choice("mining".into()),
            AnswerError::UnknownChoice("mining".into()),
        ),
        (
            q(&s, "closing"),
            Answer::Declined,
            AnswerError::NoteTakesNoAnswer,
        ),
        (
            q(&s, "language_note"),
            Answer::Text("   ".into()),
            AnswerError::Empty,
        ),
        (
            q(&s, "language_note"),
            Answer::Text("x".repeat(81)),
            AnswerError::TooLong(80),
        ),
    ];
    for (i, a, e) in cases {
        assert_eq!(s.set_answer(i, a), Err(EngineError::Answer(e)));
    }
    assert_eq!(s.answer(hours).unwrap().answer, Answer::Number(50));
    assert_eq!(s.audit().len(), audit_len);

    // The bounds themselves are answers.
    let note = q(&s, "language_note");
    let edge = format!(" {} ", "é".repeat(80));
    for (i, a, kept) in [
        (hours, Answer::Number(168), Answer::Number(168)),
        (hours, Answer::Number(0), Answer::Number(0)),
        (note, Answer::Text(edge), Answer::Text("é".repeat(80))),
    ] {
        assert_eq!(s.set_answer(i, a), Ok(()));
        assert_eq!(s.answer(i).unwrap().answer, kept);
    }
}

#[test]
fn a_multiple_choice_answer_holds_only_the_question_s_choices() {
    let mut s = started();
    s.set_answer(q(&s, "speak_freely"), Answer::Yes).unwrap();
    let docs = q(&s, "documents");
    assert_eq!(
        s.set_answer(docs, Answer::Choices(vec!["me".into(), "passport".into()])),
        Err(EngineError::Answer(AnswerError::UnknownChoice(
            "passport".into()
        )))
    );
    assert!(s.answer(docs).is_none());

    // "None of these" stands alone.
    let p = common::protocol(&common::fixture("protocols/valid/safety.toml"));
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    let seen = q(&s, "seen");
    assert_eq!(
        s.set_answer(
            seen,
            Answer::Choices(vec!["medical".into(), "nothing".into()])
        ),
        Err(EngineError::Answer(AnswerError::ExclusiveCombined(
            "nothing".into()
        )))
    );
    for alone in ["nothing", "medical"] {
        assert_eq!(
            s.set_answer(seen, Answer::Choices(vec![alone.into()])),
            Ok(())
        );
    }
}

#[test]
fn hidden_questions_cannot_be_answered_or_jumped_to() {
    let mut s = started();
    s.set_answer(q(&s, "speak_freely"), Answer::No).unwrap();
    let hours = q(&s, "hours");
    assert_eq!(
        s.set_answer(hours, Answer::Number(3)),
        Err(EngineError::Hidden("hours".into()))
    );
    assert_eq!(
        s.jump_to_question(hours),
        Err(EngineError::Hidden("hours".into()))
    );
    assert_eq!(
        s.jump_to_section(SectionIdx::new(1)),
        Err(EngineError::SectionHidden("work".into()))
    );
}

#[test]
fn navigation_moves_over_shown_questions_only() {
    let mut s = started();
    assert_eq!(s.back().unwrap(), Position::Consent);
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    assert_eq!(s.advance().unwrap(), Position::Question(q(&s, "work_type")));
    assert_eq!(s.advance().unwrap(), Position::Question(q(&s, "hours")));
    // rest_days is hidden until hours are answered: skipped.
    assert_eq!(s.advance().unwrap(), Position::Question(q(&s, "documents")));
    assert_eq!(s.back().unwrap(), Position::Question(q(&s, "hours")));
    assert_eq!(
        s.jump_to_section(SectionIdx::new(0)).unwrap(),
        Position::Question(QuestionIdx::new(0))
    );
    assert_eq!(s.review().unwrap(), Position::Review);
    assert_eq!(s.back().unwrap(), Position::Question(q(&s, "closing")));
}

#[test]
fn answered_questions_are_never_asked_again() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.set_answer(q(&s, "hours"), Answer::Number(10)).unwrap();
    s.jump_to_question(QuestionIdx::new(0)).unwrap();
    assert_eq!(
        s.next_unanswered().unwrap(),
        Position::Question(q(&s, "work_type"))
    );
    s.answer_current(Answer::Choice("farm".into())).unwrap();
    // hours is answered: skipped.
    assert_eq!(
        s.next_unanswered().unwrap(),
        Position::Question(q(&s, "rest_days"))
    );
    for id in ["rest_days", "documents", "started", "language_note"] {
        s.set_answer(q(&s, id), Answer::Declined).unwrap();
    }
    assert_eq!(s.next_unanswered().unwrap(), Position::Review);
    assert!(s.unanswered().is_empty());
    let p = s.progress();
    assert_eq!((p.answered, p.shown), (7, 7));
}

#[test]
fn the_next_unanswered_question_is_searched_after_the_current_one_then_from_the_start() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    // Open: work_type, hours, documents, started, language_note. The worker is on
    // documents (unanswered) and moves on: the next one after it, not the first one open,
    // and not the one on screen.
    s.jump_to_question(q(&s, "documents")).unwrap();
    assert_eq!(
        s.next_unanswered().unwrap(),
        Position::Question(q(&s, "started"))
    );
    s.jump_to_question(q(&s, "language_note")).unwrap();
    assert_eq!(
        s.next_unanswered().unwrap(),
        Position::Question(q(&s, "work_type")),
        "wraps round to the start"
    );
}

#[test]
fn after_a_change_the_next_open_item_comes_not_an_answered_one() {
    let mut s = started();
    for (id, a) in [
        ("speak_freely", Answer::Yes),
        ("work_type", Answer::Choice("farm".into())),
        ("hours", Answer::Number(40)),
        ("rest_days", Answer::Yes),
    ] {
        s.set_answer(q(&s, id), a).unwrap();
    }
    s.jump_to_question(q(&s, "work_type")).unwrap();
    s.answer_current(Answer::Choice("other".into())).unwrap();
    assert_eq!(
        s.advance_to_open().unwrap(),
        Position::Question(q(&s, "documents"))
    );
    s.jump_to_question(q(&s, "language_note")).unwrap();
    s.answer_current(Answer::Declined).unwrap();
    // The closing note takes no answer but is still shown.
    assert_eq!(
        s.advance_to_open().unwrap(),
        Position::Question(q(&s, "closing"))
    );
    assert_eq!(s.advance_to_open().unwrap(), Position::Review);
}

#[test]
fn piping_uses_earlier_answers_with_plural_rules() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    let (hours, rest) = (q(&s, "hours"), q(&s, "rest_days"));
    let text = s.protocol().question(rest).text.clone();
    s.set_answer(hours, Answer::Number(1)).unwrap();
    assert_eq!(
        s.render(&text),
        "You said you work one hour a week. Do you get days off?"
    );
    s.set_answer(hours, Answer::Number(72)).unwrap();
    assert_eq!(
        s.render(&text),
        "You said you work 72 hours a week. Do you get days off?"
    );
    s.set_language("es").unwrap();
    assert_eq!(
        s.render(&text),
        "Dijo que trabaja 72 horas a la semana. ¿Tiene días libres?"
    );
    assert!(
        s.render_in(&text, "en").starts_with("You said"),
        "the interpreter view renders both languages"
    );
}

#[test]
fn each_answer_keeps_the_language_and_time_it_was_given_in() {
    let p = common::example();
    let clock = common::clock();
    let mut s = Screening::start(p, "en", clock.clone()).unwrap();
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    clock.advance(TimeDelta::minutes(2));
    s.set_language("es").unwrap();
    s.set_answer(
        q(&s, "started"),
        Answer::Date(NaiveDate::from_ymd_opt(2025, 1, 2).unwrap()),
    )
    .unwrap();
    let first = s.answer(QuestionIdx::new(0)).unwrap();
    let second = s.answer(q(&s, "started")).unwrap();
    assert_eq!(first.language, "en");
    assert_eq!(second.language, "es");
    assert_eq!(second.at - first.at, TimeDelta::minutes(2));
    assert!(s.audit().iter().any(|e| e.kind
        == AuditKind::LanguageChanged {
            from: "en".into(),
            to: "es".into()
        }));
    // The same answer again changes nothing: not its time, not the audit trail.
    let audit = s.audit().len();
    clock.advance(TimeDelta::minutes(3));
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    assert_eq!(s.audit().len(), audit);
    assert_eq!(s.answer(QuestionIdx::new(0)).unwrap().at, s.started());
}

#[test]
fn the_audit_trail_never_holds_answer_values() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.set_answer(
        q(&s, "language_note"),
        Answer::Text("MARKER-Quechua".into()),
    )
    .unwrap();
    s.set_answer(q(&s, "work_type"), Answer::Choice("domestic".into()))
        .unwrap();
    s.set_answer(q(&s, "hours"), Answer::Number(98765))
        .unwrap_err();
    s.set_answer(q(&s, "hours"), Answer::Number(99)).unwrap();
    s.set_answer(q(&s, "hours"), Answer::Declined).unwrap();
    s.finish().unwrap();
    let json = serde_json::to_string(s.audit()).unwrap();
    for value in ["MARKER", "domestic", "99", "declined", "\"yes\""] {
        assert!(!json.contains(value), "audit leaks {value}: {json}");
    }
    assert!(json.contains("\"event\":\"changed\",\"question\":\"hours\""));
}

#[test]
fn a_finished_screening_cannot_change() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.finish().unwrap();
    let derived = s.derived().clone();
    assert_eq!(
        s.set_answer(QuestionIdx::new(0), Answer::No),
        Err(EngineError::Finished)
    );
    assert_eq!(
        s.clear_answer(QuestionIdx::new(0)),
        Err(EngineError::Finished)
    );
    // Nothing changed: the answer and everything derived from it are as they were.
    assert_eq!(s.answer(QuestionIdx::new(0)).unwrap().answer, Answer::Yes);
    assert_eq!(s.derived(), &derived);
}

#[test]
fn clearing_an_answer_reopens_the_question() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::No).unwrap();
    assert_eq!(s.derived().urgent.len(), 1);
    s.clear_answer(QuestionIdx::new(0)).unwrap();
    assert!(s.answer(QuestionIdx::new(0)).is_none());
    assert!(s.derived().urgent.is_empty());
    // Nothing answered: nothing was screened (never "no indicators").
    assert_eq!(s.outcome_level(), OutcomeLevel::NotScreened);
}

#[test]
fn section_progress_counts_each_section_s_shown_and_answered_questions() {
    let mut s = started();
    assert_eq!(
        s.section_progress(),
        vec![SectionProgress {
            section: SectionIdx::new(0),
            shown: 1,
            answered: 0
        }],
        "before the gate opens, only the safety section"
    );
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.set_answer(q(&s, "hours"), Answer::Number(10)).unwrap();
    s.set_answer(q(&s, "documents"), Answer::Declined).unwrap();
    // work: work_type, hours, rest_days (shown once hours > 0), documents, started and
    // language_note; the closing note takes no answer and is not counted.
    assert_eq!(
        s.section_progress(),
        vec![
            SectionProgress {
                section: SectionIdx::new(0),
                shown: 1,
                answered: 1
            },
            SectionProgress {
                section: SectionIdx::new(1),
                shown: 6,
                answered: 2
            },
        ]
    );
    // What the review lists as still open: shown, taking an answer, without one.
    let open: Vec<QuestionIdx> = ["work_type", "rest_days", "started", "language_note"]
        .iter()
        .map(|id| q(&s, id))
        .collect();
    assert_eq!(s.unanswered(), open);
}

/// A piped choice reads as its label; a selector over a choice or a yes/no answer picks by
/// its id ("no" included), and over a non-answer by its name.
#[test]
fn piping_shows_labels_and_selectors_pick_by_id() {
    let example = std::fs::read_to_string(common::fixture("protocols/valid/example.toml")).unwrap();
    let piped = example
        .replace(
            r#"text.en = "Who keeps your identity documents?""#,
            r#"text.en = "You do { $work_type }. Who keeps your identity documents?""#,
        )
        .replace(
            r#"text.en = "When did you start this job (roughly)?""#,
            r#"text.en = "{ $work_type ->\n [farm] On a farm.\n *[other] Elsewhere.\n} { $rest_days ->\n [no] No days off.\n [yes] Days off.\n [declined] Not said.\n [dont_know] Not known.\n *[other] Unknown.\n}""#,
        );
    let piped = piped
        .replace(
            r#"text.en = "Which language do you prefer for services?""#,
            r#"text.en = "Documents: { $documents }.""#,
        )
        .replace(
            r#"text.en = "Thank the person for their time.""#,
            r#"text.en = "Since { $started }: { $language_note }.""#,
        );
    assert_ne!(piped, example);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("example.toml");
    std::fs::write(&file, piped).unwrap();
    let p = common::protocol(&file);
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.set_answer(q(&s, "work_type"), Answer::Choice("farm".into()))
        .unwrap();
    s.set_answer(q(&s, "hours"), Answer::Number(60)).unwrap();
    let text = |s: &Screening, id: &str| s.render(&s.protocol().question(q(s, id)).text);
    assert_eq!(
        text(&s, "documents"),
        "You do Farm or field work. Who keeps your identity documents?"
    );
    for (rest, says) in [
        (Answer::No, "On a farm. No days off."),
        (Answer::Yes, "On a farm. Days off."),
        (Answer::Declined, "On a farm. Not said."),
        (Answer::DontKnow, "On a farm. Not known."),
    ] {
        s.set_answer(q(&s, "rest_days"), rest).unwrap();
        assert_eq!(text(&s, "started"), says);
    }
    // Several choices read as their labels; none of them ("none of these") as missing.
    let docs = q(&s, "documents");
    s.set_answer(docs, Answer::Choices(vec!["me".into(), "employer".into()]))
        .unwrap();
    assert_eq!(
        text(&s, "language_note"),
        "Documents: I do, My employer or recruiter."
    );
    s.set_answer(docs, Answer::Choices(vec![])).unwrap();
    assert_eq!(text(&s, "language_note"), "Documents: ….");
    // A non-answer is never read out by name.
    s.set_answer(docs, Answer::Declined).unwrap();
    assert_eq!(text(&s, "language_note"), "Documents: ….");
    // A date and a text answer as given.
    s.set_answer(
        q(&s, "started"),
        Answer::Date(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
    )
    .unwrap();
    s.set_answer(q(&s, "language_note"), Answer::Text("Mixteco".into()))
        .unwrap();
    assert_eq!(text(&s, "closing"), "Since 2026-03-01: Mixteco.");
}

/// A finished screening takes no answer until it is opened again, and the audit trail says
/// both, with the front end's own events (a pause) in between.
#[test]
fn a_finished_screening_is_reopened_to_change_an_answer() {
    let mut s = started();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.finish().unwrap();
    assert_eq!(
        s.set_answer(QuestionIdx::new(0), Answer::No),
        Err(EngineError::Finished)
    );
    s.record(AuditKind::Paused);
    s.reopen();
    s.set_answer(QuestionIdx::new(0), Answer::No).unwrap();
    let kinds: Vec<&AuditKind> = s.audit().iter().map(|e| &e.kind).collect();
    let at = |k: &AuditKind| kinds.iter().position(|x| *x == k).unwrap();
    assert!(at(&AuditKind::Finished) < at(&AuditKind::Paused));
    assert!(at(&AuditKind::Paused) < at(&AuditKind::Reopened));
    // Reopening one that is not finished says nothing.
    let n = s.audit().len();
    s.reopen();
    assert_eq!(s.audit().len(), n);
}
