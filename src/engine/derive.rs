//! Everything derived from the answers, recomputed after every change: which questions are
//! shown, then indicators, needs, urgent flags and the outcome. Hidden questions' answers are
//! kept (they come back if the question does) but count for nothing while hidden.

use evalexpr::Value;

use crate::protocol::SectionIdx;
use crate::protocol::{Bindings, OutcomeLevel, Protocol};

use super::answer::AnswerRecord;

/// Results at this moment. Indices refer to the protocol's lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Derived {
    pub visible: Vec<bool>,
    pub indicators: Vec<usize>,
    pub needs: Vec<usize>,
    pub urgent: Vec<usize>,
    /// What the person asked of services (indices of the protocol's preferences).
    pub preferences: Vec<usize>,
    /// Index of the outcome rule that applies (None only if the protocol has no fallback).
    pub outcome: Option<usize>,
    /// The person is known to be under 18 (protocol audience or `minor_if`).
    pub minor: bool,
    /// The person is known to be an adult (`adult_if`).
    pub adult: bool,
}

impl Derived {
    pub fn outcome_level(&self, p: &Protocol) -> OutcomeLevel {
        self.outcome
            .map(|i| p.file.outcomes[i].level)
            .unwrap_or(OutcomeLevel::NoIndicators)
    }
}

/// The answers as conditions read them, one value per slot. They are copies of what the
/// person said, so they are overwritten when replaced and when they go, as the answers are
/// ([`AnswerRecord`]'s `Drop`).
#[derive(Clone)]
pub(super) struct Slots(Vec<Value>);

impl Slots {
    pub(super) fn new(count: usize) -> Slots {
        Slots(vec![Value::Empty; count])
    }

    fn clear(&mut self) {
        for v in &mut self.0 {
            wipe(v);
            *v = Value::Empty;
        }
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        self.0.iter_mut().for_each(wipe);
    }
}

fn wipe(v: &mut Value) {
    use zeroize::Zeroize;
    match v {
        Value::String(s) => s.zeroize(),
        Value::Tuple(t) => t.iter_mut().for_each(wipe),
        _ => {}
    }
}

/// Recomputes `derived` and the slot values from `answers`.
pub(super) fn recompute(
    p: &Protocol,
    answers: &[Option<AnswerRecord>],
    slots: &mut Slots,
    derived: &mut Derived,
) {
    slots.clear();
    let values = &mut slots.0[..];
    derived.visible.clear();
    derived.visible.resize(p.question_count(), false);

    // Show_if and gates only read earlier answers (lint enforces it), so one pass in order
    // settles visibility.
    let mut gate: Option<(SectionIdx, bool)> = None;
    for (i, q) in p.questions() {
        let s = p.section_of(i);
        let open = match gate {
            Some((sec, open)) if sec == s => open,
            _ => {
                let section = p.section(s);
                let open = section.show_if.as_ref().is_none_or(|c| {
                    c.holds(&Bindings {
                        slots: &p.slots,
                        values,
                    })
                });
                gate = Some((s, open));
                open
            }
        };
        let shown = open
            && q.show_if.as_ref().is_none_or(|c| {
                c.holds(&Bindings {
                    slots: &p.slots,
                    values,
                })
            });
        derived.visible[i.index()] = shown;
        if shown && let Some(rec) = &answers[i.index()] {
            values[i.index()] = rec.answer.to_value();
        }
    }

    let r = p.results(values);
    derived.indicators = r.indicators;
    derived.needs = r.needs;
    derived.urgent = r.urgent;
    derived.preferences = r.preferences;
    derived.outcome = r.outcome;
    derived.minor = r.minor;
    derived.adult = r.adult;
}
