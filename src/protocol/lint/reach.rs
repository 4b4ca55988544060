//! Questions no path can reach: for each question, try every combination of the earlier
//! answers its gate and show_if read (each question's possible values, the answers every
//! question has, and "unanswered"). If none shows it, it is unreachable. Questions whose
//! conditions read too many values to enumerate are assumed reachable.

use evalexpr::Value;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::condition::{SPECIAL_ANSWERS, int_constants};
use crate::protocol::{Bindings, Condition, Protocol, QuestionIdx, QuestionKind, Slot, rules};

const MAX_COMBINATIONS: usize = 20_000;

pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let n = p.question_count();
    let mut reachable = vec![true; n];
    let mut values = vec![Value::Empty; p.slot_count];
    for (i, q) in p.questions() {
        let gate = p.section(p.section_of(i)).show_if.as_ref();
        let conds: Vec<&Condition> = gate.into_iter().chain(q.show_if.as_ref()).collect();
        if conds.is_empty() {
            continue;
        }
        if conds.iter().any(|c| c.tree.is_err()) {
            continue;
        }
        // Referenced earlier questions (anything else is reported by the reference rules).
        let mut refs: Vec<QuestionIdx> = Vec::new();
        let mut analysable = true;
        for c in &conds {
            for r in c.references() {
                match p.slot(r) {
                    Some(Slot::Question(j)) if j < i => refs.push(j),
                    _ => analysable = false,
                }
            }
        }
        if !analysable {
            continue;
        }
        refs.sort_unstable();
        refs.dedup();
        let domains: Vec<Vec<Value>> = refs
            .iter()
            .map(|&j| {
                if reachable[j.index()] {
                    domain(p, j, &conds)
                } else {
                    vec![Value::Empty]
                }
            })
            .collect();
        let combos = domains
            .iter()
            .try_fold(1usize, |acc, d| acc.checked_mul(d.len()))
            .unwrap_or(usize::MAX);
        if combos > MAX_COMBINATIONS {
            continue;
        }
        let shown = any_combination(p, &refs, &domains, &mut values, &conds);
        for &j in &refs {
            values[j.index()] = Value::Empty;
        }
        if !shown {
            reachable[i.index()] = false;
            out.push(
                file.diagnostic(
                    rules::UNREACHABLE,
                    q.id.span.clone(),
                    format!(
                        "no combination of earlier answers shows question `{}`",
                        q.id.value
                    ),
                    "check its show_if and its section's gate: they can never be true together"
                        .to_string(),
                ),
            );
        }
    }
}

fn any_combination(
    p: &Protocol,
    refs: &[QuestionIdx],
    domains: &[Vec<Value>],
    values: &mut [Value],
    conds: &[&Condition],
) -> bool {
    let mut idx = vec![0usize; refs.len()];
    loop {
        for (k, &j) in refs.iter().enumerate() {
            values[j.index()] = domains[k][idx[k]].clone();
        }
        let ctx = Bindings {
            slots: &p.slots,
            values,
        };
        if conds.iter().all(|c| c.holds(&ctx)) {
            return true;
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == refs.len() {
                return false;
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

pub(super) fn domain(p: &Protocol, j: QuestionIdx, conds: &[&Condition]) -> Vec<Value> {
    let q = p.question(j);
    let id = q.id.as_str();
    let mut d: Vec<Value> = vec![Value::Empty];
    d.extend(SPECIAL_ANSWERS.iter().map(|s| Value::String(s.to_string())));
    let choices = || q.choices.iter().map(|c| Value::String(c.id.value.clone()));
    match q.kind.value {
        QuestionKind::YesNo => {
            d.push(Value::String("yes".into()));
            d.push(Value::String("no".into()));
        }
        QuestionKind::Single => d.extend(choices()),
        QuestionKind::Multiple => {
            d.push(Value::Tuple(Vec::new()));
            d.extend(choices().map(|c| Value::Tuple(vec![c])));
            d.push(Value::Tuple(choices().collect()));
        }
        QuestionKind::Number => {
            let mut consts = vec![0];
            for c in conds {
                if let Ok(tree) = &c.tree {
                    int_constants(tree, &mut consts);
                }
            }
            for c in consts {
                for v in [c.saturating_sub(1), c, c.saturating_add(1)] {
                    d.push(Value::Int(v));
                }
            }
        }
        QuestionKind::Date | QuestionKind::Text => {
            d.push(Value::String("x".into()));
            for c in conds {
                d.extend(
                    c.compared_literals()
                        .into_iter()
                        .filter(|cmp| cmp.variable == id)
                        .map(|cmp| Value::String(cmp.literal)),
                );
            }
        }
        QuestionKind::Note => {}
    }
    d
}
