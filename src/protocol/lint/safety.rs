//! The safety properties a protocol must keep, whoever wrote it: who interprets is asked
//! before anything the person says; the privacy check comes right after; what the worker
//! sees is asked even when a gate closes; a closed gate means "not screened", never "no
//! indicators"; and every form of trafficking the protocol says it covers is asked about.

use evalexpr::Value;

use super::reach::domain;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::{
    Bindings, OutcomeLevel, Protocol, QuestionIdx, SafetyCheck, Slot, TraffickingType, rules,
};

/// Combinations of a gate's answers tried before the gate is assumed fine.
const MAX_COMBINATIONS: usize = 20_000;

pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    check_order(p, file, out);
    check_gates(p, file, out);
    check_types(p, file, out);
}

fn check_order(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let checks: Vec<(QuestionIdx, SafetyCheck, std::ops::Range<usize>)> = p
        .questions()
        .filter_map(|(i, q)| q.check.as_ref().map(|c| (i, c.value, c.span.clone())))
        .collect();
    let interpreter = checks.iter().find(|c| c.1 == SafetyCheck::Interpreter);
    if let Some((i, _, span)) = interpreter
        && i.index() != 0
    {
        out.push(file.diagnostic(
            rules::SAFETY_CHECK_ORDER,
            span.clone(),
            "the interpreter check is not the protocol's first question",
            "ask who interprets before anything the person says: move it to the start of the first section".to_string(),
        ));
    }
    if let Some((i, _, span)) = checks.iter().find(|c| c.1 == SafetyCheck::Privacy) {
        let expected = usize::from(interpreter.is_some());
        if i.index() != expected {
            out.push(file.diagnostic(
                rules::SAFETY_CHECK_ORDER,
                span.clone(),
                "the privacy check does not come first (right after the interpreter check)",
                "ask whether the person can talk safely and privately before any other question"
                    .to_string(),
            ));
        }
    }
    for (i, kind, span) in &checks {
        let section = p.section(p.section_of(*i));
        if *kind == SafetyCheck::Observation
            && (section.show_if.is_some() || p.question(*i).show_if.is_some())
        {
            out.push(file.diagnostic(
                rules::OBSERVATION_GATED,
                span.clone(),
                "what the worker observes is asked only when a condition holds",
                "put the observation in an ungated section without show_if: visible danger or a medical need must be noted even when the screening stops".to_string(),
            ));
        }
    }
}

/// For every way a section's gate can be closed by the answers it reads (unanswered and
/// declined included), with nothing else answered, the outcome must be `not_screened` (or
/// `urgent`, when what was seen calls for the response steps).
fn check_gates(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    for s in p.sections() {
        let Some(gate) = &s.show_if else { continue };
        if gate.tree.is_err() {
            continue;
        }
        let mut refs: Vec<QuestionIdx> = Vec::new();
        for r in gate.references() {
            match p.slot(r) {
                Some(Slot::Question(j)) => refs.push(j),
                // Gates over anything else are reported by the reference rules.
                _ => continue,
            }
        }
        refs.sort_unstable();
        refs.dedup();
        let domains: Vec<Vec<Value>> = refs.iter().map(|&j| domain(p, j, &[gate])).collect();
        let combos = domains
            .iter()
            .try_fold(1usize, |acc, d| acc.checked_mul(d.len()))
            .unwrap_or(usize::MAX);
        if combos > MAX_COMBINATIONS {
            continue;
        }
        if let Some(bad) = first_closed_without_not_screened(p, &refs, &domains, gate) {
            out.push(file.diagnostic(
                rules::GATE_NOT_SCREENED,
                gate.span.clone(),
                format!(
                    "when this gate closes ({bad}), the outcome is not `not_screened`: a screening that did not happen would count as one that found nothing"
                ),
                "add, before the other outcome rules, a rule with `level = \"not_screened\"` whose `when` holds whenever this gate does not".to_string(),
            ));
        }
    }
}

fn first_closed_without_not_screened(
    p: &Protocol,
    refs: &[QuestionIdx],
    domains: &[Vec<Value>],
    gate: &crate::protocol::Condition,
) -> Option<String> {
    let mut idx = vec![0usize; refs.len()];
    loop {
        let mut values = vec![Value::Empty; p.slot_count];
        for (k, &j) in refs.iter().enumerate() {
            values[j.index()] = domains[k][idx[k]].clone();
        }
        let open = gate.holds(&Bindings {
            slots: &p.slots,
            values: &values,
        });
        if !open {
            let r = p.results(&mut values);
            let level = r.outcome.map(|o| p.file.outcomes[o].level);
            if !matches!(
                level,
                Some(OutcomeLevel::NotScreened | OutcomeLevel::Urgent)
            ) {
                return Some(
                    refs.iter()
                        .zip(&idx)
                        .zip(domains)
                        .map(|((&j, &k), d)| {
                            let v = match &d[k] {
                                Value::Empty => "unanswered".to_string(),
                                Value::String(s) => s.clone(),
                                other => other.to_string(),
                            };
                            format!("{} = {v}", p.question(j).id.value)
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                );
            }
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == refs.len() {
                return None;
            }
            idx[k] += 1;
            if idx[k] < domains[k].len() {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
    }
}

fn check_types(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let h = &p.file.protocol;
    for t in &h.trafficking_types {
        if !p.file.indicators.iter().any(|i| i.types.contains(t)) {
            let name = match t {
                TraffickingType::Sex => "sex",
                TraffickingType::Labor => "labor",
            };
            out.push(file.diagnostic(
                rules::TYPE_NOT_ASKED,
                h.id.span.clone(),
                format!("the protocol says it covers {name} trafficking, but no indicator has `types` with \"{name}\""),
                format!("ask about it (an indicator with `types = [\"{name}\"]`), or remove \"{name}\" from `trafficking_types`"),
            ));
        }
    }
}
