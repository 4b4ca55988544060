//! The review before finishing: every question shown, its answer (masked when sensitive),
//! grouped by section, with counts of what is unanswered, declined and not asked.

use fluent_bundle::FluentValue;

use super::question::answer_text;
use super::{args, safe, worker_language};
use crate::engine::{Answer, Screening};
use crate::i18n::Localizer;
use crate::protocol::QuestionIdx;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReviewView {
    /// "9 answered, 2 not answered, 1 declined, 0 not asked".
    pub summary: String,
    pub unanswered: usize,
    pub rows: Vec<ReviewRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReviewRow {
    pub index: QuestionIdx,
    /// The section's title on the first row of each section.
    pub section: Option<String>,
    /// The question in the worker's language, on one line.
    pub question: String,
    pub answer: String,
    pub state: RowState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowState {
    Answered,
    /// Declined, don't know, not asked.
    NonResponse,
    Unanswered,
}

pub(crate) fn review(l10n: &Localizer, s: &Screening, show_sensitive: bool) -> ReviewView {
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    let shown: Vec<QuestionIdx> = s.shown_questions().collect();
    let answer = |i: QuestionIdx| s.answer(i).map(|r| &r.answer);
    let count =
        |f: &dyn Fn(Option<&Answer>) -> bool| shown.iter().filter(|&&i| f(answer(i))).count();
    let unanswered = count(&|a| a.is_none());
    let summary = l10n.tr_args(
        "review-summary",
        &args([
            ("answered", FluentValue::from(count(&|a| a.is_some()))),
            ("unanswered", FluentValue::from(unanswered)),
            (
                "declined",
                FluentValue::from(count(&|a| a == Some(&Answer::Declined))),
            ),
            (
                "not-asked",
                FluentValue::from(count(&|a| a == Some(&Answer::NotAsked))),
            ),
        ]),
    );
    let mut last_section = None;
    let rows = shown
        .iter()
        .map(|&i| {
            let sec = p.section_of(i);
            let section = (last_section != Some(sec)).then(|| {
                last_section = Some(sec);
                safe(&s.render_in(&p.section(sec).title, &wl))
            });
            let (answer, state) = match answer(i) {
                None => (l10n.tr("review-unanswered"), RowState::Unanswered),
                Some(a) => (
                    answer_text(l10n, s, i, a, show_sensitive),
                    if a.is_non_response() {
                        RowState::NonResponse
                    } else {
                        RowState::Answered
                    },
                ),
            };
            ReviewRow {
                index: i,
                section,
                question: safe(&s.render_in(&p.question(i).text, &wl)).replace('\n', " "),
                answer,
                state,
            }
        })
        .collect();
    ReviewView {
        summary,
        unanswered,
        rows,
    }
}
