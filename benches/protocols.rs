//! Loading + linting every shipped protocol, and one engine step.
//! Targets (issue 2): all shipped protocols load + lint in under 20 ms; a step under 20 µs.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use lantern::diagnostic::SourceFile;
use lantern::engine::{Answer, ManualClock, Position, Screening};
use lantern::protocol::{Protocol, QuestionIdx, lint, load_str};

fn shipped_sources() -> Vec<SourceFile> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screening");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            SourceFile::new(p, text)
        })
        .collect()
}

fn load_and_lint(sources: &[SourceFile]) -> usize {
    let mut n = 0;
    for f in sources {
        let (p, d) = load_str(f);
        n += d.len();
        if let Some(p) = p {
            n += lint::check(&p, f).len();
        }
    }
    n
}

fn bench_protocols(c: &mut Criterion) {
    let sources = shipped_sources();
    assert!(!sources.is_empty());
    c.bench_function("load+lint all shipped protocols (from memory)", |b| {
        b.iter(|| black_box(load_and_lint(black_box(&sources))))
    });
    c.bench_function("read+load+lint all shipped protocols (from disk)", |b| {
        b.iter(|| black_box(load_and_lint(&shipped_sources())))
    });
}

/// A screening of the largest shipped protocol, halfway through: each answer is the one
/// that keeps the most questions shown (gates open), so the screening is really under way;
/// the question returned is shown and still unanswered.
fn halfway() -> (Screening, QuestionIdx) {
    let sources = shipped_sources();
    let p: Protocol = sources
        .iter()
        .filter_map(|f| load_str(f).0)
        .max_by_key(|p| p.question_count())
        .unwrap();
    let p = Arc::new(p);
    let clock = Arc::new(ManualClock::new(chrono::DateTime::UNIX_EPOCH));
    let mut s = Screening::start(Arc::clone(&p), p.default_language(), clock).unwrap();
    s.acknowledge_consent().unwrap();
    while s.progress().answered < s.progress().shown / 2 {
        if let Position::Question(i) = s.position() {
            let best = candidates(&p, i).into_iter().max_by_key(|a| {
                let mut probe = s.clone();
                let _ = probe.set_answer(i, a.clone());
                probe.shown_questions().count()
            });
            if let Some(a) = best {
                s.set_answer(i, a).unwrap();
            }
            s.advance().unwrap();
        } else {
            break;
        }
    }
    // A note takes no answer: the step measured is on the next question that does.
    while let Position::Question(i) = s.position() {
        if p.question(i).kind.value.takes_answer() {
            break;
        }
        s.advance().unwrap();
    }
    let Position::Question(i) = s.position() else {
        panic!("the screening ended before halfway: the benchmark would measure nothing")
    };
    assert!(s.answer(i).is_none(), "halfway question already answered");
    (s, i)
}

/// The answers a question can take (besides the non-responses), in protocol order.
fn candidates(p: &Protocol, i: QuestionIdx) -> Vec<Answer> {
    use lantern::protocol::QuestionKind::*;
    let q = p.question(i);
    match q.kind.value {
        YesNo => vec![Answer::Yes, Answer::No],
        Single => q
            .choices
            .iter()
            .map(|c| Answer::Choice(c.id.value.clone()))
            .collect(),
        Multiple => q
            .choices
            .iter()
            .map(|c| Answer::Choices(vec![c.id.value.clone()]))
            .collect(),
        Number => vec![Answer::Number(q.min.unwrap_or(0).max(1))],
        Date => vec![Answer::Date(
            chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        )],
        Text => vec![Answer::Text("x".into())],
        Note => vec![],
    }
}

/// A plausible non-declined answer for question `i`.
fn first_answer(p: &Protocol, i: QuestionIdx) -> Answer {
    candidates(p, i)
        .into_iter()
        .next()
        .expect("the halfway question takes an answer")
}

fn bench_engine(c: &mut Criterion) {
    let (s, i) = halfway();
    let p = Arc::clone(s.protocol());
    // One step as a worker takes it: a real answer (validated against the question: its
    // kind, choices or range), every result re-derived, then on to the next question.
    let answer = first_answer(&p, i);
    c.bench_function("engine step (validate + answer + advance)", |b| {
        b.iter_batched_ref(
            || s.clone(),
            |s| {
                s.set_answer(i, black_box(answer.clone())).unwrap();
                black_box(s.advance().unwrap())
            },
            criterion::BatchSize::SmallInput,
        )
    });
    // A decline skips validation: the cheap path, for comparison.
    c.bench_function("engine step (decline + advance)", |b| {
        b.iter_batched_ref(
            || s.clone(),
            |s| {
                s.set_answer(i, Answer::Declined).unwrap();
                black_box(s.advance().unwrap())
            },
            criterion::BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, bench_protocols, bench_engine);
criterion_main!(benches);
