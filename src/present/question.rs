//! The question screen as data: what to read aloud (or, for staff checks, what is for the
//! worker), in which language, the guidance and "why we ask", the answer options and the
//! current answer, masked when sensitive.

use fluent_bundle::FluentValue;

use super::{args, safe, worker_language};
use crate::engine::{Answer, Position, Screening};
use crate::i18n::Localizer;
use crate::protocol::{QuestionIdx, QuestionKind};

/// How the worker has chosen to see things (screen toggles; plain mode shows everything).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Sensitive answers shown instead of masked.
    pub show_sensitive: bool,
    /// The question in the worker's language too, for the interpreter.
    pub interpreter_view: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    /// The question, and the number shown (1-based).
    pub index: QuestionIdx,
    pub number: usize,
    /// "Work (2 of 4)".
    pub section: String,
    /// "3 of 11 answered", and the two numbers for a gauge.
    pub progress: String,
    pub answered: usize,
    pub shown: usize,
    /// The section's introduction, on its first question.
    pub intro: Option<String>,
    /// Read to the person (else a staff check, for the worker).
    pub read_aloud: bool,
    /// "Read aloud:" or "For you (do not read aloud):".
    pub label: String,
    pub text: String,
    /// The question in the worker's language, for the interpreter view: (heading, text).
    pub in_worker_language: Option<(String, String)>,
    pub guidance: Option<String>,
    pub purpose: Option<String>,
    pub kind: QuestionKind,
    /// What to type, for numbers, dates and text ("Type a number (hours a week)...").
    pub prompt: String,
    pub choices: Vec<ChoiceRow>,
    pub sensitive: bool,
    /// The answer given so far, as the worker reads it (masked when sensitive and hidden).
    pub current: Option<String>,
    /// The answer on its own, for prefilling an input line (never when masked).
    pub current_input: Option<String>,
    /// The urgent flags raised so far (labels, in the worker's language): the screen shows
    /// them at once, with the key to the response steps.
    pub urgent: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceRow {
    pub id: String,
    /// In the language the question is shown in.
    pub label: String,
    /// In the worker's language, for the interpreter view, when that differs.
    pub worker_label: Option<String>,
    /// Part of the stored answer.
    pub chosen: bool,
    /// Cannot be combined with other choices ("none of these").
    pub exclusive: bool,
}

/// The language question `i` is shown in: the interview language when it is read aloud, the
/// worker's for a staff check.
pub fn display_language(l10n: &Localizer, s: &Screening, i: QuestionIdx) -> String {
    if s.protocol().question(i).read_aloud {
        s.language().to_string()
    } else {
        worker_language(l10n, s.protocol())
    }
}

/// The question under the cursor, or None when the screening is elsewhere.
pub fn current(l10n: &Localizer, s: &Screening, opts: ViewOptions) -> Option<QuestionView> {
    match s.position() {
        Position::Question(i) => Some(question(l10n, s, i, opts)),
        _ => None,
    }
}

pub fn question(
    l10n: &Localizer,
    s: &Screening,
    i: QuestionIdx,
    opts: ViewOptions,
) -> QuestionView {
    let p = s.protocol();
    let q = p.question(i);
    let wl = worker_language(l10n, p);
    let shown_in = display_language(l10n, s, i);
    let sections = s.section_progress();
    let sec = p.section_of(i);
    let sec_pos = sections
        .iter()
        .position(|x| x.section == sec)
        .map_or(1, |n| n + 1);
    let section = l10n.tr_args(
        "question-section",
        &args([
            (
                "section",
                FluentValue::from(safe(&s.render_in(&p.section(sec).title, &wl))),
            ),
            ("index", FluentValue::from(sec_pos)),
            ("count", FluentValue::from(sections.len())),
        ]),
    );
    let progress = s.progress();
    let intro = p
        .section(sec)
        .intro
        .as_ref()
        .filter(|_| p.first_in_section(sec) == Some(i))
        .map(|t| safe(&s.render_in(t, &wl)));
    let in_worker_language = (opts.interpreter_view && shown_in != wl).then(|| {
        (
            l10n.tr_args(
                "question-in-worker-language-named",
                &args([("language", FluentValue::from(l10n.language_name(&wl)))]),
            ),
            safe(&s.render_in(&q.text, &wl)),
        )
    });
    let stored: Vec<&str> = match s.answer(i).map(|r| &r.answer) {
        Some(Answer::Choices(cs)) => cs.iter().map(String::as_str).collect(),
        Some(Answer::Choice(c)) => vec![c.as_str()],
        _ => Vec::new(),
    };
    let choices = q
        .choices
        .iter()
        .map(|c| {
            let label = safe(&s.choice_label(i, &c.id.value, &shown_in));
            ChoiceRow {
                id: c.id.value.clone(),
                worker_label: (opts.interpreter_view && shown_in != wl)
                    .then(|| safe(&s.choice_label(i, &c.id.value, &wl)))
                    .filter(|w| *w != label),
                label,
                chosen: stored.contains(&c.id.value.as_str()),
                exclusive: c.is_exclusive(),
            }
        })
        .collect();
    let answer = s.answer(i).map(|r| &r.answer);
    let masked = q.sensitive && !opts.show_sensitive;
    QuestionView {
        index: i,
        number: i.number(),
        section,
        progress: l10n.tr_args(
            "question-progress",
            &args([
                ("answered", FluentValue::from(progress.answered)),
                ("shown", FluentValue::from(progress.shown)),
            ]),
        ),
        answered: progress.answered,
        shown: progress.shown,
        intro,
        read_aloud: q.read_aloud,
        label: l10n.tr(if q.read_aloud {
            "question-read-aloud"
        } else {
            "question-worker-only"
        }),
        text: safe(&s.render_in(&q.text, &shown_in)),
        in_worker_language,
        guidance: q.guidance.as_ref().map(|t| safe(&s.render_in(t, &wl))),
        purpose: q.purpose.as_ref().map(|t| safe(&s.render_in(t, &wl))),
        kind: q.kind.value,
        prompt: prompt(l10n, s, i, &wl),
        choices,
        sensitive: q.sensitive,
        current: answer.map(|a| answer_text(l10n, s, i, a, opts.show_sensitive)),
        current_input: answer
            .filter(|a| !masked && !a.is_non_response())
            .and_then(|a| match a {
                Answer::Number(n) => Some(n.to_string()),
                Answer::Date(d) => Some(d.to_string()),
                Answer::Text(t) => Some(t.clone()),
                _ => None,
            }),
        urgent: super::outcome::urgent_labels(l10n, s),
    }
}

fn prompt(l10n: &Localizer, s: &Screening, i: QuestionIdx, wl: &str) -> String {
    let q = s.protocol().question(i);
    match q.kind.value {
        QuestionKind::Number => {
            let unit = q
                .unit
                .as_ref()
                .map(|u| format!(" ({})", safe(&s.render_in(u, wl))))
                .unwrap_or_default();
            let mut text = l10n.tr_args(
                "question-number-prompt",
                &args([("unit", FluentValue::from(unit))]),
            );
            if let (Some(min), Some(max)) = (q.min, q.max) {
                text.push_str(&format!(
                    " ({})",
                    l10n.tr_args(
                        "question-number-range",
                        &args([
                            ("min", FluentValue::from(min)),
                            ("max", FluentValue::from(max))
                        ])
                    )
                ));
            }
            text
        }
        QuestionKind::Date => l10n.tr("question-date-prompt"),
        QuestionKind::Text => l10n.tr("question-text-prompt"),
        QuestionKind::Single => l10n.tr("question-choice-prompt"),
        QuestionKind::Multiple => l10n.tr("question-multiple-prompt"),
        QuestionKind::YesNo => String::new(),
        QuestionKind::Note => l10n.tr("question-note-continue"),
    }
}

/// How an answer reads for the worker (choices in the worker's language), masked when the
/// question is sensitive and sensitive answers are hidden.
pub fn answer_text(
    l10n: &Localizer,
    s: &Screening,
    i: QuestionIdx,
    a: &Answer,
    show_sensitive: bool,
) -> String {
    if s.protocol().question(i).sensitive && !show_sensitive && !a.is_non_response() {
        return l10n.tr("answer-hidden");
    }
    safe(&label(l10n, s, i, a, &worker_language(l10n, s.protocol())))
}

/// How an answer reads, in the UI language of `l10n`; choice labels in `lang`.
pub fn label(l10n: &Localizer, s: &Screening, i: QuestionIdx, a: &Answer, lang: &str) -> String {
    match a {
        Answer::Yes => l10n.tr("answer-yes"),
        Answer::No => l10n.tr("answer-no"),
        Answer::Declined => l10n.tr("answer-declined"),
        Answer::DontKnow => l10n.tr("answer-dont-know"),
        Answer::NotAsked => l10n.tr("answer-not-asked"),
        Answer::Choice(c) => s.choice_label(i, c, lang),
        Answer::Choices(cs) if cs.is_empty() => l10n.tr("answer-none"),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| s.choice_label(i, c, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => d.to_string(),
        Answer::Text(t) => t.clone(),
    }
}

/// The three answers that are not answers, with their labels: offered on every question
/// (invariant 3).
pub fn non_responses(l10n: &Localizer) -> [(Answer, String); 3] {
    [
        (Answer::Declined, l10n.tr("answer-declined")),
        (Answer::DontKnow, l10n.tr("answer-dont-know")),
        (Answer::NotAsked, l10n.tr("answer-not-asked")),
    ]
}
