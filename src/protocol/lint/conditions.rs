//! Conditions: syntax, allowed functions, references and compared values.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, SourceFile, did_you_mean};
use crate::protocol::condition::{ALLOWED_FUNCTIONS, SPECIAL_ANSWERS};
use crate::protocol::{Condition, Protocol, QuestionIdx, QuestionKind, SectionIdx, Slot, rules};

/// Where a condition sits decides what it may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Section gate: questions of earlier sections.
    Gate(SectionIdx),
    /// A question's show_if: earlier questions.
    ShowIf(QuestionIdx),
    /// Indicator `when`: questions.
    Indicator,
    /// Need and urgent `when`: questions and indicators.
    NeedOrUrgent,
    /// Outcome `when`: everything, including `indicator_count` and `urgent_count`.
    Outcome,
}

pub(super) fn each_condition<'p>(p: &'p Protocol, mut f: impl FnMut(&'p Condition, Place)) {
    for (si, s) in p.sections().iter().enumerate() {
        if let Some(c) = &s.show_if {
            f(c, Place::Gate(SectionIdx::new(si)));
        }
    }
    for (qi, q) in p.questions() {
        if let Some(c) = &q.show_if {
            f(c, Place::ShowIf(qi));
        }
    }
    for x in &p.file.indicators {
        f(&x.when, Place::Indicator);
    }
    for x in &p.file.needs {
        if let Some(c) = &x.when {
            f(c, Place::NeedOrUrgent);
        }
    }
    for x in &p.file.urgent {
        f(&x.when, Place::NeedOrUrgent);
    }
    for x in &p.file.preferences {
        f(&x.when, Place::NeedOrUrgent);
    }
    for x in &p.file.outcomes {
        f(&x.when, Place::Outcome);
    }
    for c in [&p.file.protocol.minor_if, &p.file.protocol.adult_if]
        .into_iter()
        .flatten()
    {
        f(c, Place::Outcome);
    }
}

/// Checks every condition; returns the start offsets of the conditions that have a problem
/// (reachability is not analysed through a broken condition: one report per cause).
pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) -> HashSet<usize> {
    let mut flagged = HashSet::new();
    each_condition(p, |c, place| {
        let before = out.len();
        check_condition(p, file, c, place, out);
        if out.len() > before {
            flagged.insert(c.span.start);
        }
    });

    for x in &p.file.indicators {
        for need in &x.needs {
            if !matches!(p.slot(need), Some(Slot::Need(_))) {
                let hint = did_you_mean(need, p.file.needs.iter().map(|n| n.id.as_str()))
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| "declare it as a [[need]]".to_string());
                out.push(file.diagnostic(
                    rules::UNKNOWN_REFERENCE,
                    need.span.clone(),
                    format!(
                        "indicator `{}` lists unknown need `{}`",
                        x.id.value, need.value
                    ),
                    hint,
                ));
            }
        }
    }
    for n in &p.file.needs {
        let listed = p
            .file
            .indicators
            .iter()
            .any(|i| i.needs.iter().any(|x| x.value == n.id.value));
        if !listed && n.when.is_none() {
            out.push(file.diagnostic(
                rules::UNUSED_NEED,
                n.id.span.clone(),
                format!("need `{}` is never raised", n.id.value),
                "list it in an indicator's `needs`, give it a `when`, or remove it".to_string(),
            ));
        }
    }
    for u in &p.file.urgent {
        if u.steps.is_empty() {
            out.push(file.diagnostic(
                rules::URGENT_WITHOUT_STEPS,
                u.id.span.clone(),
                format!("urgent flag `{}` has no response steps of its own", u.id.value),
                "add `steps`; the organization's response steps from the settings are shown too"
                    .to_string(),
            ));
        }
    }
    let fallback = p.file.outcomes.last();
    if fallback.is_none_or(|o| o.when.source.trim() != "true") {
        let span = fallback
            .map(|o| o.when.span.clone())
            .unwrap_or(p.file.protocol.id.span.clone());
        out.push(
            file.diagnostic(
                rules::NO_FALLBACK_OUTCOME,
                span,
                "the outcome rules do not end with a rule that always applies".to_string(),
                "add a last [[outcome]] with `when = \"true\"` (usually level = \"no_indicators\")"
                    .to_string(),
            ),
        );
    }
    flagged
}

fn check_condition(
    p: &Protocol,
    file: &SourceFile,
    c: &Condition,
    place: Place,
    out: &mut Vec<Diagnostic>,
) {
    let span = c.span.clone();
    if let Err(e) = &c.tree {
        out.push(file.diagnostic(
            rules::CONDITION_SYNTAX,
            span,
            format!("condition `{}` does not parse: {e}", c.source),
            "conditions look like `hours_per_week > 60 && pay == \"none\"`; strings need double quotes (use '...' for the TOML value)"
                .to_string(),
        ));
        return;
    }
    if c.assigns() {
        out.push(file.diagnostic(
            rules::CONDITION_ASSIGNS,
            span.clone(),
            format!("condition `{}` assigns a value", c.source),
            "compare with `==`, not `=`".to_string(),
        ));
    }
    for f in c.functions() {
        if p.slot(f).is_some() {
            // `safe "no"` parses as a call of `safe`: an operator is missing.
            out.push(file.diagnostic(
                rules::CONDITION_SYNTAX,
                span.clone(),
                format!("condition `{}` has no operator after `{f}`", c.source),
                format!("compare with an operator, e.g. `{f} == \"...\"`"),
            ));
        } else if !ALLOWED_FUNCTIONS.contains(&f) {
            out.push(file.diagnostic(
                rules::FUNCTION_NOT_ALLOWED,
                span.clone(),
                format!("function `{f}` is not allowed in conditions"),
                format!("allowed: {}", ALLOWED_FUNCTIONS.join(", ")),
            ));
        }
    }
    for r in c.references() {
        check_reference(p, file, c, place, r, out);
    }
    for cmp in c.compared_literals() {
        let Some(Slot::Question(qi)) = p.slot(&cmp.variable) else {
            continue;
        };
        let q = p.question(qi);
        let kind = q.kind.value;
        if kind == QuestionKind::Multiple
            && !cmp.membership
            && !SPECIAL_ANSWERS.contains(&cmp.literal.as_str())
        {
            out.push(file.diagnostic(
                rules::MULTIPLE_COMPARED,
                span.clone(),
                format!(
                    "`{}` is a multiple-choice question compared with a single choice",
                    cmp.variable
                ),
                format!("use `contains({}, \"{}\")`", cmp.variable, cmp.literal),
            ));
            continue;
        }
        let allowed: Vec<&str> = match kind {
            QuestionKind::YesNo => vec!["yes", "no"],
            QuestionKind::Single | QuestionKind::Multiple => {
                q.choices.iter().map(|ch| ch.id.as_str()).collect()
            }
            _ => continue,
        };
        if !allowed.contains(&cmp.literal.as_str())
            && !SPECIAL_ANSWERS.contains(&cmp.literal.as_str())
        {
            let hint = match did_you_mean(&cmp.literal, allowed.iter().copied()) {
                Some(s) => format!("did you mean \"{s}\"?"),
                None => format!(
                    "`{}` answers are: {}",
                    cmp.variable,
                    allowed
                        .iter()
                        .chain(SPECIAL_ANSWERS)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            out.push(file.diagnostic(
                rules::UNKNOWN_CHOICE,
                span.clone(),
                format!("`{}` can never be \"{}\"", cmp.variable, cmp.literal),
                hint,
            ));
        }
    }
}

fn check_reference(
    p: &Protocol,
    file: &SourceFile,
    c: &Condition,
    place: Place,
    r: &str,
    out: &mut Vec<Diagnostic>,
) {
    let span = c.span.clone();
    let Some(slot) = p.slot(r) else {
        let candidates = p.slots.keys().map(String::as_str);
        let hint = match did_you_mean(r, candidates) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "name a question, indicator or need defined in this protocol (strings need double quotes)".to_string(),
        };
        out.push(file.diagnostic(
            rules::UNKNOWN_REFERENCE,
            span,
            format!("condition `{}` names unknown id `{r}`", c.source),
            hint,
        ));
        return;
    };
    let wrong_kind = |what: &str, allowed: &str| {
        file.diagnostic(
            rules::WRONG_REFERENCE_KIND,
            span.clone(),
            format!("this condition cannot use {what} `{r}`"),
            allowed.to_string(),
        )
    };
    match slot {
        Slot::Question(j) => {
            if p.question(j).kind.value == QuestionKind::Note {
                out.push(wrong_kind(
                    "note",
                    "a note takes no answer; name a question",
                ));
                return;
            }
            let forward = match place {
                Place::ShowIf(i) => j >= i,
                Place::Gate(si) => p.section_of(j) >= si,
                _ => false,
            };
            if forward {
                out.push(file.diagnostic(
                    rules::FORWARD_REFERENCE,
                    span,
                    format!("condition uses `{r}`, which is not asked before this point"),
                    "show_if and gates can only use answers to earlier questions".to_string(),
                ));
            }
        }
        Slot::Indicator(_) => {
            if matches!(place, Place::Gate(_) | Place::ShowIf(_) | Place::Indicator) {
                out.push(wrong_kind(
                    "indicator",
                    "show_if, gates and indicators use answers; indicators can be used in needs, urgent flags and outcomes",
                ));
            }
        }
        Slot::Need(_) | Slot::Urgent(_) | Slot::IndicatorCount | Slot::UrgentCount => {
            if place != Place::Outcome {
                out.push(wrong_kind(
                    "result",
                    "needs, urgent flags and counts can only be used in outcome rules",
                ));
            }
        }
    }
}
