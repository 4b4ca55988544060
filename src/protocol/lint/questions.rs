//! Question shape: declinable, choices, ranges, data minimisation.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::{Protocol, Question, QuestionKind, rules};

pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    if p.question_count() == 0 {
        out.push(file.diagnostic(
            rules::NO_QUESTIONS,
            p.file.protocol.id.span.clone(),
            "the protocol has no questions".to_string(),
            "add a [[section]] with at least one [[section.question]]".to_string(),
        ));
    }
    for s in p.sections() {
        if s.questions.is_empty() {
            out.push(file.diagnostic(
                rules::EMPTY_SECTION,
                s.id.span.clone(),
                format!("section `{}` has no questions", s.id.value),
                "add questions or remove the section".to_string(),
            ));
        }
    }
    for (_, q) in p.questions() {
        check_question(q, file, out);
    }
}

fn check_question(q: &Question, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let kind = q.kind.value;
    if let Some(d) = &q.declinable
        && !d.value
    {
        out.push(file.diagnostic(
            rules::NOT_DECLINABLE,
            d.span.clone(),
            format!("question `{}` is marked as not declinable", q.id.value),
            "every question can be declined: remove `declinable = false`".to_string(),
        ));
    }
    if kind.has_choices() {
        if q.choices.len() < 2 {
            out.push(file.diagnostic(
                rules::CHOICES_MISMATCH,
                q.kind.span.clone(),
                format!(
                    "question `{}` is a choice question with {} choice(s)",
                    q.id.value,
                    q.choices.len()
                ),
                "give at least two [[section.question.choices]] entries, or use kind = \"yes_no\""
                    .to_string(),
            ));
        }
        let mut seen = HashSet::new();
        for c in &q.choices {
            super::ids::check_ident(file, &c.id, "choice", out);
            if !seen.insert(c.id.as_str()) {
                out.push(file.diagnostic(
                    rules::DUPLICATE_ID,
                    c.id.span.clone(),
                    format!("choice `{}` appears twice in `{}`", c.id.value, q.id.value),
                    "give each choice its own id".to_string(),
                ));
            }
            if let Some(ex) = &c.exclusive
                && ex.value
                && kind != QuestionKind::Multiple
            {
                out.push(file.diagnostic(
                    rules::CHOICES_MISMATCH,
                    ex.span.clone(),
                    format!(
                        "choice `{}` is exclusive in a single-choice question",
                        c.id.value
                    ),
                    "`exclusive` only applies to multiple-choice questions: remove it".to_string(),
                ));
            }
            if crate::protocol::condition::SPECIAL_ANSWERS.contains(&c.id.as_str()) {
                out.push(
                    file.diagnostic(
                        rules::BAD_ID,
                        c.id.span.clone(),
                        format!(
                            "choice id `{}` is one of the answers every question has",
                            c.id.value
                        ),
                        "declined, don't know and not asked are always offered: remove this choice"
                            .to_string(),
                    ),
                );
            }
        }
    } else if !q.choices.is_empty() {
        out.push(file.diagnostic(
            rules::CHOICES_MISMATCH,
            q.kind.span.clone(),
            format!(
                "question `{}` has choices but its kind takes none",
                q.id.value
            ),
            "use kind = \"single\" or \"multiple\", or remove the choices".to_string(),
        ));
    }
    if kind == QuestionKind::Number {
        if let (Some(min), Some(max)) = (q.min, q.max)
            && min > max
        {
            out.push(file.diagnostic(
                rules::BAD_NUMBER_RANGE,
                q.kind.span.clone(),
                format!(
                    "question `{}` has min {min} greater than max {max}",
                    q.id.value
                ),
                "swap or correct the bounds".to_string(),
            ));
        }
    } else if q.min.is_some() || q.max.is_some() || q.unit.is_some() {
        out.push(file.diagnostic(
            rules::BAD_NUMBER_RANGE,
            q.kind.span.clone(),
            format!(
                "question `{}` has min/max/unit but is not a number",
                q.id.value
            ),
            "remove them or use kind = \"number\"".to_string(),
        ));
    }
    for c in &q.choices {
        match c.ages {
            Some(_) if kind != QuestionKind::Single => out.push(file.diagnostic(
                rules::MISPLACED_KEY,
                c.id.span.clone(),
                format!(
                    "choice `{}` has `ages` but question `{}` is not a single-choice question",
                    c.id.value, q.id.value
                ),
                "`ages` only applies to the choices of an age-group question (kind = \"single\")"
                    .to_string(),
            )),
            Some([from, to]) if from > to => out.push(file.diagnostic(
                rules::BAD_NUMBER_RANGE,
                c.id.span.clone(),
                format!(
                    "choice `{}` has ages from {from} to {to}",
                    c.id.value
                ),
                "write the youngest age first, e.g. `ages = [18, 24]`".to_string(),
            )),
            _ => {}
        }
    }
    if kind != QuestionKind::Text && q.max_length.is_some() {
        out.push(file.diagnostic(
            rules::MISPLACED_KEY,
            q.kind.span.clone(),
            format!(
                "question `{}` has `max_length` but is not a text question",
                q.id.value
            ),
            "`max_length` only applies to kind = \"text\": remove it".to_string(),
        ));
    }
    if kind == QuestionKind::Text && !q.sensitive {
        out.push(file.diagnostic(
            rules::FREE_TEXT_NOT_SENSITIVE,
            q.kind.span.clone(),
            format!("free-text question `{}` is not marked sensitive", q.id.value),
            "collect the minimum: prefer choices or ranges; if free text is needed, add `sensitive = true`"
                .to_string(),
        ));
    }
    if let Some((found, span)) = narrative_phrase(q) {
        out.push(file.diagnostic(
            rules::NARRATIVE_PROMPT,
            span,
            format!(
                "question `{}` asks for a narrative (\"{found}\")",
                q.id.value
            ),
            "in-depth accounts are not needed to refer, can re-traumatize and can be subpoenaed: ask a closed question instead"
                .to_string(),
        ));
    }
}

/// Phrases that ask the person to recount their experience, in the shipped languages.
const NARRATIVE_PHRASES: &[&str] = &[
    "describe what happened",
    "tell me what happened",
    "tell me about what happened",
    "tell me everything",
    "in your own words",
    "walk me through",
    "explain what happened",
    "describe the abuse",
    "describa lo que pasó",
    "describa lo que ocurrió",
    "cuénteme lo que pasó",
    "cuénteme qué pasó",
    "cuénteme todo",
    "con sus propias palabras",
    "explique lo que pasó",
];

fn narrative_phrase(q: &Question) -> Option<(&'static str, std::ops::Range<usize>)> {
    q.text.by_lang.values().find_map(|pat| {
        let lower = pat.source.to_lowercase();
        NARRATIVE_PHRASES
            .iter()
            .copied()
            .find(|ph| lower.contains(ph))
            .map(|ph| (ph, pat.span.clone()))
    })
}
