//! Interrupted screenings offered at start-up, one row each. Times are the laptop's local
//! time everywhere (screens and plain mode alike).

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;

use super::message::Explain;
use super::{args, protocol_title, safe};
use crate::i18n::Localizer;
use crate::session::{FoundDraft, WorkSession};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DraftRow {
    /// The draft's id (its file name), for resuming or discarding it.
    pub id: String,
    /// "Adult screening, started 2026-11-28 09:00, 4 answers so far." or why it cannot be
    /// opened.
    pub text: String,
    pub readable: bool,
}

/// How lantern shows a moment to the worker: the laptop's local date and time.
pub(crate) fn local_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

pub(crate) fn rows(
    l10n: &Localizer,
    session: &WorkSession,
    drafts: &[FoundDraft],
) -> Vec<DraftRow> {
    drafts
        .iter()
        .map(|found| match &found.draft {
            Ok(d) => {
                let title = session
                    .protocol(&d.screening.protocol_id)
                    .map(|p| protocol_title(l10n, &p))
                    .unwrap_or_else(|| safe(&d.screening.protocol_id));
                DraftRow {
                    id: found.file.id.clone(),
                    text: l10n.tr_args(
                        "resume-info",
                        &args([
                            ("protocol", FluentValue::from(title)),
                            (
                                "started",
                                FluentValue::from(local_time(d.screening.started)),
                            ),
                            ("answers", FluentValue::from(d.screening.answers.len())),
                        ]),
                    ),
                    readable: true,
                }
            }
            Err(e) => DraftRow {
                id: found.file.id.clone(),
                text: l10n.tr_args(
                    "resume-unreadable",
                    &args([("reason", FluentValue::from(e.explain(l10n).text))]),
                ),
                readable: false,
            },
        })
        .collect()
}
