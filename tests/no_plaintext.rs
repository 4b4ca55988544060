//! Invariant 1: nothing readable is ever written to disk. A full screening with marker
//! strings in answers and notes, autosaved as drafts and saved as a record; then every file
//! under the data, config and temp folders is scanned for the markers.

mod common;

use std::path::Path;

use age::secrecy::SecretString;
use lantern::engine::{Answer, Position, Screening};
use lantern::protocol::QuestionKind;
use lantern::vault::{DeviceKey, Draft, Drafts, Outbox, Record, RecordContext, VaultPaths, atomic};

const MARKERS: &[&str] = &[
    "NOPLAIN-ANSWER-51d7",
    "NOPLAIN-NOTE-83c2",
    "NOPLAIN-WORKER-1a9e",
];

fn scan(dir: &Path) -> Vec<String> {
    let mut hits = Vec::new();
    for f in common::all_files(dir) {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        for m in MARKERS {
            if text.contains(m) {
                hits.push(format!("{} contains {m}", f.display()));
            }
        }
    }
    hits
}

#[test]
fn a_full_screening_leaves_no_readable_trace() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let config = home.path().join("config");
    let tmp = home.path().join("tmp");
    for d in [&data, &config, &tmp] {
        std::fs::create_dir_all(d).unwrap();
    }
    // Everything lantern might write goes under these folders.
    let paths = VaultPaths::new(data.clone(), None);
    let (org, recipients, _keys) = common::org_key();
    let device = DeviceKey::at(&paths.device())
        .create(&SecretString::from("correct horse battery".to_string()))
        .unwrap();
    let drafts = Drafts::open(&paths.drafts()).unwrap();
    let outbox = Outbox::open(&paths.outbox).unwrap();

    let p = common::example();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    let draft_id = atomic::random_id();
    let autosave = |s: &Screening| {
        drafts
            .save(
                &device.recipient(),
                &Draft {
                    draft_id: draft_id.clone(),
                    saved_at: s.started(),
                    screening: s.snapshot(),
                    worker_language: "en".into(),
                    interpreter_used: Some(false),
                    notes: Some(MARKERS[1].into()),
                    worker: Some(MARKERS[2].into()),
                    referrals: Vec::new(),
                },
            )
            .unwrap();
    };
    while let Position::Question(i) = s.position() {
        let q = p.question(i);
        let a = match q.kind.value {
            QuestionKind::Text => Some(Answer::Text(MARKERS[0].into())),
            QuestionKind::YesNo => Some(Answer::Yes),
            QuestionKind::Number => Some(Answer::Number(90)),
            QuestionKind::Note => None,
            _ => Some(Answer::Declined),
        };
        if let Some(a) = a {
            s.set_answer(i, a).unwrap();
            autosave(&s);
            // Mid-screening: the drafts folder holds only ciphertext.
            assert!(scan(&data).is_empty(), "{:?}", scan(&data));
        }
        s.advance().unwrap();
    }
    s.finish().unwrap();
    let record = Record::from_screening(
        &s,
        atomic::random_id(),
        RecordContext {
            worker_language: "en".into(),
            notes: Some(MARKERS[1].into()),
            worker: Some(MARKERS[2].into()),
            ..RecordContext::default()
        },
    )
    .unwrap();
    assert!(
        record
            .answers
            .iter()
            .any(|a| a.value == Answer::Text(MARKERS[0].into()))
    );
    let saved = outbox.save(&record, &recipients).unwrap();
    drafts.delete(&draft_id).unwrap();

    let hits: Vec<String> = [&data, &config, &tmp]
        .iter()
        .flat_map(|d| scan(d))
        .collect();
    assert!(hits.is_empty(), "plaintext on disk: {hits:?}");
    // The file names say nothing either.
    for f in common::all_files(&data) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            !name.contains("example") && !name.contains("2026"),
            "{name}"
        );
    }
    // And the record is all there for the organization.
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(org)];
    let back = lantern::vault::supervisor::read_record(&saved, &ids).unwrap();
    assert_eq!(back.notes.as_deref(), Some(MARKERS[1]));
}
