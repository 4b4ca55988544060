//! Property tests: any sequence of navigation and answers never panics, never loses an
//! answer that is still shown, and always lets every shown question be declined.

mod common;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use lantern::engine::{Answer, Position, Screening};
use lantern::protocol::{Protocol, QuestionKind};
use lantern::protocol::{QuestionIdx, SectionIdx};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Consent,
    Advance,
    Back,
    NextUnanswered,
    Review,
    JumpSection(usize),
    JumpQuestion(usize),
    Answer(usize, Raw),
    AnswerCurrent(Raw),
    Clear(usize),
    Language(usize),
}

/// An answer before it meets a question: sometimes fitting, sometimes not.
#[derive(Debug, Clone)]
enum Raw {
    Yes,
    No,
    Choice(usize),
    Choices(Vec<usize>),
    Number(i64),
    Date(u32),
    Text(String),
    Declined,
    DontKnow,
    NotAsked,
}

fn raw() -> impl Strategy<Value = Raw> {
    prop_oneof![
        Just(Raw::Yes),
        Just(Raw::No),
        (0usize..6).prop_map(Raw::Choice),
        prop::collection::vec(0usize..6, 0..4).prop_map(Raw::Choices),
        (-20i64..250).prop_map(Raw::Number),
        (0u32..20000).prop_map(Raw::Date),
        "[a-z ]{0,12}".prop_map(Raw::Text),
        Just(Raw::Declined),
        Just(Raw::DontKnow),
        Just(Raw::NotAsked),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => Just(Op::Consent),
        4 => Just(Op::Advance),
        2 => Just(Op::Back),
        1 => Just(Op::NextUnanswered),
        1 => Just(Op::Review),
        1 => (0usize..12).prop_map(Op::JumpSection),
        2 => (0usize..40).prop_map(Op::JumpQuestion),
        6 => ((0usize..40), raw()).prop_map(|(i, r)| Op::Answer(i, r)),
        4 => raw().prop_map(Op::AnswerCurrent),
        1 => (0usize..40).prop_map(Op::Clear),
        1 => (0usize..3).prop_map(Op::Language),
    ]
}

/// Turns a raw answer into an engine answer for question `i`, using its real choice ids
/// when the index fits (and a bogus one otherwise).
fn to_answer(p: &Protocol, i: QuestionIdx, raw: &Raw) -> Answer {
    let choice = |k: usize| {
        p.question(i)
            .choices
            .get(k)
            .map(|c| c.id.value.clone())
            .unwrap_or_else(|| format!("bogus{k}"))
    };
    match raw {
        Raw::Yes => Answer::Yes,
        Raw::No => Answer::No,
        Raw::Choice(k) => Answer::Choice(choice(*k)),
        Raw::Choices(ks) => Answer::Choices(ks.iter().map(|&k| choice(k)).collect()),
        Raw::Number(n) => Answer::Number(*n),
        Raw::Date(d) => Answer::Date(
            NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(u64::from(*d)),
        ),
        Raw::Text(t) => Answer::Text(t.clone()),
        Raw::Declined => Answer::Declined,
        Raw::DontKnow => Answer::DontKnow,
        Raw::NotAsked => Answer::NotAsked,
    }
}

/// What the engine stores for an accepted answer, worked out here independently of it:
/// choices in protocol order without repeats, text trimmed, everything else as given.
fn normalized(p: &Protocol, i: QuestionIdx, a: Answer) -> Answer {
    match a {
        Answer::Choices(cs) => Answer::Choices(
            p.question(i)
                .choices
                .iter()
                .map(|c| c.id.value.clone())
                .filter(|id| cs.contains(id))
                .collect(),
        ),
        Answer::Text(t) => Answer::Text(t.trim().to_string()),
        other => other,
    }
}

fn protocols() -> Vec<Arc<Protocol>> {
    let mut v = vec![common::example()];
    v.extend(common::shipped().iter().map(|p| common::protocol(p)));
    v
}

fn check_invariants(s: &Screening, model: &HashMap<QuestionIdx, Answer>) {
    let p = s.protocol();
    // Never loses an answer that is still shown.
    for i in (0..p.question_count()).map(QuestionIdx::new) {
        if s.is_visible(i) {
            assert_eq!(
                s.answer(i).map(|r| &r.answer),
                model.get(&i),
                "answer to shown question {} differs",
                p.question(i).id.value
            );
        }
    }
    // The cursor is always somewhere meaningful.
    if let Position::Question(i) = s.position() {
        assert!(s.is_visible(i), "cursor on a hidden question");
    }
    // Every shown question can be declined, at any moment (once consent is given).
    if s.consent_acknowledged().is_some() && s.finished().is_none() {
        for i in (0..p.question_count()).map(QuestionIdx::new) {
            if s.is_visible(i) && p.question(i).kind.value != QuestionKind::Note {
                let mut probe = s.clone();
                probe.set_answer(i, Answer::Declined).unwrap_or_else(|e| {
                    panic!(
                        "question {} cannot be declined: {e}",
                        p.question(i).id.value
                    )
                });
            }
        }
    }
    // Derived results refer to real items.
    let d = s.derived();
    assert!(d.indicators.iter().all(|&k| k < p.file.indicators.len()));
    assert!(d.needs.iter().all(|&k| k < p.file.needs.len()));
    assert!(
        d.outcome.is_some(),
        "a lint-clean protocol always has an outcome"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_keeps_the_invariants(which in 0usize..8, ops in prop::collection::vec(op(), 0..60)) {
        let all = protocols();
        let p = &all[which % all.len()];
        let langs: Vec<String> = p.languages().map(str::to_string).collect();
        let mut s = common::start(p, &langs[0]);
        let mut model: HashMap<QuestionIdx, Answer> = HashMap::new();
        for op in ops {
            match op {
                Op::Consent => { let _ = s.acknowledge_consent(); }
                Op::Advance => { let _ = s.advance(); }
                Op::Back => { let _ = s.back(); }
                Op::NextUnanswered => { let _ = s.next_unanswered(); }
                Op::Review => { let _ = s.review(); }
                Op::JumpSection(k) => { let _ = s.jump_to_section(SectionIdx::new(k)); }
                Op::JumpQuestion(i) => { let _ = s.jump_to_question(QuestionIdx::new(i)); }
                Op::Answer(i, raw) => {
                    let i = QuestionIdx::new(i);
                    if i.index() < p.question_count() {
                        let a = to_answer(p, i, &raw);
                        if s.set_answer(i, a.clone()).is_ok() {
                            model.insert(i, normalized(p, i, a));
                        }
                    } else {
                        prop_assert!(s.set_answer(i, Answer::Declined).is_err());
                    }
                }
                Op::AnswerCurrent(raw) => {
                    if let Position::Question(i) = s.position() {
                        let a = to_answer(p, i, &raw);
                        if s.answer_current(a.clone()).is_ok() {
                            model.insert(i, normalized(p, i, a));
                        }
                    } else {
                        prop_assert!(s.answer_current(Answer::Declined).is_err());
                    }
                }
                Op::Clear(i) => {
                    let i = QuestionIdx::new(i);
                    if s.clear_answer(i).is_ok() {
                        model.remove(&i);
                    }
                }
                Op::Language(k) => {
                    let _ = s.set_language(&langs[k % langs.len()]);
                }
            }
            check_invariants(&s, &model);
        }
    }
}
