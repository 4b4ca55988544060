//! The debrief after a practice run: what was recorded against what the scenario's person
//! said, what was found and missed, whether the trainee went about it the trauma-informed way
//! (consent first, safety checks first, declines respected, urgent steps acted on), time per
//! section, and a score to compare attempts. Pure: computed from the rehearsal alone.

use std::collections::BTreeMap;

use super::rehearsal::{EventKind, Offer, Rehearsal};
use crate::engine::{Answer, AuditKind};
use crate::protocol::{OutcomeLevel, QuestionIdx};

/// How a recorded answer compares with what the person said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Different,
    /// Shown, but nothing recorded.
    NotRecorded,
    /// The screening never reached the question.
    NotReached,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub question: QuestionIdx,
    pub expected: Answer,
    pub recorded: Option<Answer>,
    pub verdict: Verdict,
}

/// Expected and reached results of one kind (protocol indices).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compare {
    pub found: Vec<usize>,
    pub missed: Vec<usize>,
    /// Reached but not expected.
    pub extra: Vec<usize>,
}

/// What became of a need the scenario expects, at the referral step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referred {
    /// At least one service offered, with the person's consent to share recorded.
    Offered,
    /// Found, and services were there to suggest, but none was offered (or the referral
    /// step was never reached).
    NotOffered,
    /// Never found, so the referral step had nothing to offer for it.
    NotFound,
    /// Found, but the directory had nothing for it: not held against the trainee.
    NothingLocal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedReferral {
    /// Protocol need index.
    pub need: usize,
    pub referred: Referred,
    pub offers: Vec<Offer>,
}

/// One part of the score, with its message id (locales: `debrief-score-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScorePart {
    pub id: &'static str,
    pub points: u32,
    pub max: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    pub rows: Vec<Row>,
    pub indicators: Compare,
    pub needs: Compare,
    pub urgent: Compare,
    pub outcome_expected: Option<OutcomeLevel>,
    pub outcome_reached: OutcomeLevel,
    /// The consent was confirmed before anything the person answered.
    pub consent_first: bool,
    /// Who interprets, privacy and what the worker sees were recorded before anything else.
    pub checks_first: bool,
    /// Questions the person declined that were asked again or given another answer later.
    pub pressured: Vec<QuestionIdx>,
    /// Urgent flags raised whose steps the trainee never opened afterwards.
    pub urgent_not_acted: Vec<usize>,
    /// Seconds spent in each section (protocol section index), in protocol order.
    pub section_seconds: Vec<(usize, i64)>,
    /// Each expected need and what was offered for it.
    pub referrals: Vec<NeedReferral>,
    /// Services offered for needs the scenario does not expect (the hotline, say).
    pub other_offers: Vec<Offer>,
    pub score: Vec<ScorePart>,
}

impl Debrief {
    pub fn total(&self) -> (u32, u32) {
        self.score
            .iter()
            .fold((0, 0), |(p, m), s| (p + s.points, m + s.max))
    }

    pub fn compute(r: &Rehearsal) -> Debrief {
        let s = r.screening();
        let p = r.protocol();
        let rows: Vec<Row> = s
            .questions()
            .filter_map(|i| {
                let expected = r.expected(i)?;
                let recorded = s.answer(i).map(|a| a.answer.clone());
                let verdict = match &recorded {
                    Some(a) if *a == expected => Verdict::Same,
                    // "Not asked" is the right move here (someone in danger now): leaving the
                    // question alone is as good as recording that.
                    None if expected == Answer::NotAsked => Verdict::Same,
                    Some(_) => Verdict::Different,
                    None if s.is_visible(i) && s.position() != crate::engine::Position::Consent => {
                        Verdict::NotRecorded
                    }
                    None => Verdict::NotReached,
                };
                Some(Row {
                    question: i,
                    expected,
                    recorded,
                    verdict,
                })
            })
            .collect();

        let expect = r.scenario.expect.as_ref();
        let d = s.derived();
        let ids = |list: Option<&Vec<String>>, defs: Vec<&str>| -> Vec<usize> {
            list.into_iter()
                .flatten()
                .filter_map(|id| defs.iter().position(|d| d == id))
                .collect()
        };
        let compare = |want: Vec<usize>, got: &[usize]| Compare {
            found: want.iter().filter(|w| got.contains(w)).copied().collect(),
            missed: want.iter().filter(|w| !got.contains(w)).copied().collect(),
            extra: got.iter().filter(|g| !want.contains(g)).copied().collect(),
        };
        let want_ind = ids(
            expect.and_then(|e| e.indicators.as_ref()),
            p.file.indicators.iter().map(|x| x.id.as_str()).collect(),
        );
        let want_needs = ids(
            expect.and_then(|e| e.needs.as_ref()),
            p.file.needs.iter().map(|x| x.id.as_str()).collect(),
        );
        let want_urgent = ids(
            expect.and_then(|e| e.urgent.as_ref()),
            p.file.urgent.iter().map(|x| x.id.as_str()).collect(),
        );
        let (referrals, other_offers) = referrals(r, &want_needs);
        let indicators = compare(want_ind, &d.indicators);
        let needs = compare(want_needs, &d.needs);
        let urgent = compare(want_urgent, &d.urgent);

        let log = r.log();
        let first_record = |f: &dyn Fn(QuestionIdx) -> bool| {
            log.iter().find_map(|e| match &e.kind {
                EventKind::Recorded(i, _) if f(*i) => Some(e.at),
                _ => None,
            })
        };
        let is_check = |i: QuestionIdx| p.question(i).check.is_some();
        let consent_first = match (
            s.consent_acknowledged(),
            first_record(&|i| Some(i) != s.interpreter_check()),
        ) {
            (_, None) => true,
            (Some(c), Some(first)) => c <= first,
            (None, Some(_)) => false,
        };
        let last_check = log
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Recorded(i, _) if is_check(*i) => Some(e.at),
                _ => None,
            })
            .max();
        let checks_first = match (last_check, first_record(&|i| !is_check(i))) {
            (Some(c), Some(other)) => c <= other,
            (None, Some(_)) => false,
            (_, None) => true,
        };

        let mut pressured = Vec::new();
        let mut declined_at: BTreeMap<QuestionIdx, usize> = BTreeMap::new();
        for (n, e) in log.iter().enumerate() {
            match &e.kind {
                EventKind::Recorded(i, Answer::Declined) => {
                    declined_at.entry(*i).or_insert(n);
                }
                EventKind::Recorded(i, _) | EventKind::Asked(i)
                    if declined_at.get(i).is_some_and(|&d| d < n) && !pressured.contains(i) =>
                {
                    pressured.push(*i);
                }
                _ => {}
            }
        }

        let urgent_not_acted: Vec<usize> = log
            .iter()
            .enumerate()
            .filter_map(|(n, e)| match e.kind {
                EventKind::Raised(u)
                    if !log[n..]
                        .iter()
                        .any(|x| x.kind == EventKind::UrgentStepsShown) =>
                {
                    Some(u)
                }
                _ => None,
            })
            .collect();

        let section_seconds = section_times(r);
        let outcome_expected = expect.and_then(|e| e.outcome);
        let outcome_reached = s.outcome_level();

        let mut score = Vec::new();
        let all_or_nothing = |id, ok: bool, max| ScorePart {
            id,
            points: if ok { max } else { 0 },
            max,
        };
        score.push(all_or_nothing("debrief-score-consent", consent_first, 10));
        score.push(all_or_nothing("debrief-score-checks", checks_first, 10));
        let reachable = rows.len() as u32;
        let same = rows.iter().filter(|r| r.verdict == Verdict::Same).count() as u32;
        score.push(ScorePart {
            id: "debrief-score-answers",
            points: (20 * same).checked_div(reachable).unwrap_or(20),
            max: 20,
        });
        let want = (indicators.found.len() + indicators.missed.len()) as u32;
        score.push(ScorePart {
            id: "debrief-score-indicators",
            points: match want {
                0 if indicators.extra.is_empty() => 20,
                0 => 10,
                w => 20 * indicators.found.len() as u32 / w,
            },
            max: 20,
        });
        score.push(all_or_nothing(
            "debrief-score-outcome",
            outcome_expected.is_none_or(|o| o == outcome_reached),
            10,
        ));
        score.push(ScorePart {
            id: "debrief-score-declines",
            points: 10u32.saturating_sub(5 * pressured.len() as u32),
            max: 10,
        });
        let raised = log
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Raised(_)))
            .count() as u32;
        score.push(ScorePart {
            id: "debrief-score-urgent",
            points: if urgent.missed.is_empty() {
                (10 * (raised - urgent_not_acted.len() as u32))
                    .checked_div(raised)
                    .unwrap_or(10)
            } else {
                0
            },
            max: 10,
        });

        let owed: Vec<&NeedReferral> = referrals
            .iter()
            .filter(|n| n.referred != Referred::NothingLocal)
            .collect();
        let offered = owed
            .iter()
            .filter(|n| n.referred == Referred::Offered)
            .count() as u32;
        score.push(ScorePart {
            id: "debrief-score-referrals",
            points: (10 * offered).checked_div(owed.len() as u32).unwrap_or(10),
            max: 10,
        });

        Debrief {
            rows,
            indicators,
            needs,
            urgent,
            outcome_expected,
            outcome_reached,
            consent_first,
            checks_first,
            pressured,
            urgent_not_acted,
            section_seconds,
            referrals,
            other_offers,
            score,
        }
    }
}

/// Each expected need (protocol indices) with what was offered for it, and the offers for
/// needs not expected.
fn referrals(r: &Rehearsal, want: &[usize]) -> (Vec<NeedReferral>, Vec<Offer>) {
    // Where the right move is to stop, nothing may be offered aloud (offer::request): nothing
    // is owed. A stop or an early end elsewhere leaves the person with nothing: still owed.
    if stop_expected(r) {
        return (Vec::new(), r.offers().to_vec());
    }
    let p = r.protocol();
    let found = &r.screening().derived().needs;
    let id = |n: usize| p.file.needs[n].id.value.as_str();
    let expected = want
        .iter()
        .map(|&n| {
            let offers: Vec<Offer> = r
                .offers()
                .iter()
                .filter(|o| o.needs.iter().any(|x| x == id(n)))
                .cloned()
                .collect();
            let referred = if !offers.is_empty() {
                Referred::Offered
            } else if !found.contains(&n) {
                Referred::NotFound
            } else if r.offerable().is_some_and(|o| !o.iter().any(|x| x == id(n))) {
                Referred::NothingLocal
            } else {
                Referred::NotOffered
            };
            NeedReferral {
                need: n,
                referred,
                offers,
            }
        })
        .collect();
    let others = r
        .offers()
        .iter()
        .filter(|o| !o.needs.iter().any(|x| want.iter().any(|&n| id(n) == x)))
        .cloned()
        .collect();
    (expected, others)
}

/// The scenario's good screening stops before anything is read (`not_screened`).
pub fn stop_expected(r: &Rehearsal) -> bool {
    r.scenario
        .expect
        .as_ref()
        .and_then(|e| e.outcome)
        .is_some_and(|o| o == OutcomeLevel::NotScreened)
}

/// Time in each section: from a question being shown to the next one (or the end).
fn section_times(r: &Rehearsal) -> Vec<(usize, i64)> {
    let s = r.screening();
    let p = r.protocol();
    let audit = s.audit();
    let mut secs: BTreeMap<usize, i64> = BTreeMap::new();
    let shown: Vec<(chrono::DateTime<chrono::Utc>, usize)> = audit
        .iter()
        .filter_map(|e| match &e.kind {
            AuditKind::Shown { question } => p
                .question_index(question)
                .map(|i| (e.at, p.section_of(i).index())),
            _ => None,
        })
        .collect();
    let end = s
        .finished()
        .or_else(|| audit.last().map(|e| e.at))
        .unwrap_or_else(|| s.started());
    for (n, (at, section)) in shown.iter().enumerate() {
        let until = shown.get(n + 1).map_or(end, |x| x.0);
        *secs.entry(*section).or_default() += (until - *at).num_seconds().max(0);
    }
    secs.into_iter().collect()
}
