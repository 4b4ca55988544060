//! Interrupted screenings offered at start-up, one row each. Times are the laptop's local
//! time everywhere (screens and plain mode alike).

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;

use super::message::Explain;
use super::{args, protocol_title, safe, worker_language};
use crate::engine::Unfit;
use crate::i18n::Localizer;
use crate::protocol::Protocol;
use crate::session::{CarriedOver, FoundDraft, WorkSession};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DraftRow {
    /// The draft's id (its file name), for resuming or discarding it.
    pub id: String,
    /// "Adult screening, started 2026-11-28 09:00, 4 answers so far." or why it cannot be
    /// opened.
    pub text: String,
    pub readable: bool,
    /// Waited longer than the organization keeps drafts.
    pub stale: bool,
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
                let mut text = l10n.tr_args(
                    "resume-info",
                    &args([
                        ("protocol", FluentValue::from(title)),
                        (
                            "started",
                            FluentValue::from(local_time(d.screening.started)),
                        ),
                        ("answers", FluentValue::from(d.screening.answers.len())),
                    ]),
                );
                let stale = session.is_stale(d);
                if stale {
                    text.push(' ');
                    text.push_str(&l10n.tr_args(
                        "resume-stale",
                        &args([(
                            "limit",
                            FluentValue::from(session.drafts_kept_days().unwrap_or(0)),
                        )]),
                    ));
                }
                DraftRow {
                    id: found.file.id.clone(),
                    text,
                    readable: true,
                    stale,
                }
            }
            Err(e) => DraftRow {
                id: found.file.id.clone(),
                text: l10n.tr_args(
                    "resume-unreadable",
                    &args([("reason", FluentValue::from(e.explain(l10n).text))]),
                ),
                readable: false,
                stale: false,
            },
        })
        .collect()
}

/// The drafts past the organization's limit, and how to say so: the offer to discard them
/// and its confirmation. None when there are none.
pub(crate) fn stale_offer(
    l10n: &Localizer,
    session: &WorkSession,
    drafts: &[FoundDraft],
) -> Option<StaleOffer> {
    let ids: Vec<String> = drafts
        .iter()
        .filter(|f| f.draft.as_ref().is_ok_and(|d| session.is_stale(d)))
        .map(|f| f.file.id.clone())
        .collect();
    if ids.is_empty() {
        return None;
    }
    let a = || {
        args([
            ("count", FluentValue::from(ids.len())),
            (
                "limit",
                FluentValue::from(session.drafts_kept_days().unwrap_or(0)),
            ),
        ])
    };
    Some(StaleOffer {
        offer: l10n.tr_args("resume-stale-offer", &a()),
        confirm: l10n.tr_args("resume-stale-confirm", &a()),
        done: l10n.tr_args("resume-stale-done", &a()),
        key: l10n.tr_args("resume-stale-key", &a()),
        ids,
    })
}

pub(crate) struct StaleOffer {
    pub ids: Vec<String>,
    pub offer: String,
    pub confirm: String,
    pub done: String,
    /// The screens' key for it.
    pub key: String,
}

/// A draft started with another version of its protocol than the one installed now: what
/// to tell the worker, and the two ways on. Versions as the protocols name them.
pub(crate) fn version_offer(
    l10n: &Localizer,
    running: &Protocol,
    installed: &Protocol,
) -> VersionOffer {
    let versions = || {
        args([
            ("protocol", FluentValue::from(protocol_title(l10n, running))),
            ("started", FluentValue::from(safe(running.version()))),
            ("installed", FluentValue::from(safe(installed.version()))),
        ])
    };
    VersionOffer {
        differs: l10n.tr_args("resume-version-differs", &versions()),
        keep: l10n.tr_args("resume-version-keep", &versions()),
        carry: l10n.tr_args("resume-version-carry", &versions()),
        plain_prompt: l10n.tr_args("plain-resume-version", &versions()),
    }
}

pub(crate) struct VersionOffer {
    pub differs: String,
    pub keep: String,
    pub carry: String,
    pub plain_prompt: String,
}

/// What a carry-over did, worded for the worker: a heading, then each answer that stayed
/// behind by its question's text (never the answer: it may be sensitive).
pub(crate) fn carried_lines(
    l10n: &Localizer,
    carried: &CarriedOver,
    to: &Protocol,
) -> (String, Vec<String>) {
    let title = l10n.tr_args(
        "resume-carried-title",
        &args([("version", FluentValue::from(safe(to.version())))]),
    );
    if carried.left_behind.is_empty() {
        return (title, vec![l10n.tr("resume-carried-all")]);
    }
    let from = &carried.from;
    let mut lines = vec![l10n.tr_args(
        "resume-carried-some",
        &args([("from", FluentValue::from(safe(from.version())))]),
    )];
    let lang = worker_language(l10n, from);
    for left in &carried.left_behind {
        let question = from
            .question_index(&left.question)
            .map(|i| {
                safe(
                    &from
                        .question(i)
                        .text
                        .render(&lang, from.default_language(), None),
                )
            })
            .unwrap_or_else(|| safe(&left.question));
        let id = match left.why {
            Unfit::Removed => "resume-left-removed",
            Unfit::Changed => "resume-left-changed",
        };
        lines.push(l10n.tr_args(
            id,
            &args([
                ("question", FluentValue::from(question)),
                ("version", FluentValue::from(safe(to.version()))),
            ]),
        ));
    }
    (title, lines)
}
