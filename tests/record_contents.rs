//! What a saved record holds: only the answers that apply. When a gate closes a section
//! (the person can no longer talk freely), the answers given in it before are kept in the
//! draft (they come back if the gate opens again) but never reach the record or an export.

mod common;

use lantern::engine::Answer;
use lantern::vault::supervisor::{export_csv, export_jsonl, read_record};
use lantern::vault::{Outbox, Record, RecordContext, atomic};

const HIDDEN_MARKER: &str = "GATE-CLOSED-3f1a";

#[test]
fn answers_behind_a_closed_gate_stay_out_of_the_record_and_exports() {
    let p = common::example();
    let q = |id: &str| p.question_index(id).unwrap();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    s.set_answer(q("speak_freely"), Answer::Yes).unwrap();
    s.set_answer(q("work_type"), Answer::Choice("domestic".into()))
        .unwrap();
    s.set_answer(q("hours"), Answer::Number(90)).unwrap();
    s.set_answer(q("language_note"), Answer::Text(HIDDEN_MARKER.into()))
        .unwrap();
    // Someone walks in: it is no longer safe to talk. The work section closes.
    s.set_answer(q("speak_freely"), Answer::No).unwrap();
    // The engine still holds the hidden answers (restored if the gate opens again)...
    assert!(s.answer(q("hours")).is_none());
    assert!(
        s.snapshot()
            .answers
            .iter()
            .any(|(id, a)| id == "hours" && a.answer == Answer::Number(90))
    );
    s.finish().unwrap();
    let record = Record::from_screening(
        &s,
        atomic::random_id(),
        RecordContext {
            worker_language: "en".into(),
            ..RecordContext::default()
        },
    )
    .unwrap();
    // ...but the record has only the gate's answer.
    let ids: Vec<&str> = record.answers.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(ids, ["speak_freely"]);
    assert_eq!(record.answers[0].value, Answer::No);
    // The excessive-hours indicator came from a hidden answer: it is not raised either.
    assert!(
        record.indicators.iter().all(|i| i.id != "excessive_hours"),
        "{:?}",
        record.indicators
    );
    assert!(record.urgent.iter().any(|u| u.id == "not_safe_to_talk"));

    // Through the outbox and the supervisor's exports.
    let (org, recipients, _keys) = common::org_key();
    let out = tempfile::tempdir().unwrap();
    let path = Outbox::open(out.path())
        .unwrap()
        .save(&record, &recipients)
        .unwrap();
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(org)];
    let back = read_record(&path, &ids).unwrap();
    assert_eq!(back, record);
    let mut csv = Vec::new();
    export_csv(&[(path.clone(), back.clone())], &mut csv, b',').unwrap();
    let mut jsonl = Vec::new();
    export_jsonl(&[(path, back)], &mut jsonl).unwrap();
    for (what, bytes) in [("csv", &csv), ("jsonl", &jsonl)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains(HIDDEN_MARKER), "{what}: {text}");
        assert!(!text.contains("domestic"), "{what}: {text}");
        assert!(text.contains("speak_freely"), "{what}: {text}");
    }
}
