//! The consent and limits-of-confidentiality screen, in the order it is read: first, for
//! the worker, who is interpreting (the protocol's interpreter check: nothing is read
//! through a companion); then the introduction (who we are), the jurisdiction's reporting
//! notice when the protocol needs it, the script (choice, skipping, stopping), the
//! organization's limits of confidentiality when the protocol asks for them; then the
//! worker's guidance.

use super::{safe, worker_language};
use crate::config::Settings;
use crate::engine::Screening;
use crate::i18n::Localizer;

/// One part to read aloud: a heading for the worker, and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    pub(crate) heading: String,
    pub(crate) text: String,
    /// A legal notice (set apart on screen).
    pub(crate) notice: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ConsentView {
    pub(crate) title: String,
    /// What to read, in order, in the interview language.
    pub(crate) parts: Vec<Part>,
    /// "For you:" and the guidance in the worker's language.
    pub(crate) guidance: Option<(String, String)>,
    pub(crate) confirm: String,
    /// The interpreter check, answered before anything is read.
    pub(crate) check: Option<super::question::QuestionView>,
    /// The interpreter check stopped the screening: what to do instead of reading (the
    /// parts are then empty).
    pub(crate) stop: Option<String>,
}

pub(crate) fn consent(l10n: &Localizer, s: &Screening, settings: &Settings) -> ConsentView {
    let p = s.protocol();
    let c = &p.file.consent;
    let j = &settings.file.jurisdiction;
    let check = s
        .interpreter_check()
        .map(|i| super::question::question(l10n, s, i, super::question::ViewOptions::default()));
    let stop = s
        .interpreter_stops()
        .then(|| l10n.tr("consent-interpreter-stop"));
    let check_first = check.as_ref().is_some_and(|q| q.current.is_none());
    let confirm = l10n.tr(if stop.is_some() {
        "consent-confirm-stop"
    } else if check_first {
        "consent-check-first"
    } else {
        "consent-confirm"
    });
    let mut parts = Vec::new();
    let read = l10n.tr("consent-read");
    if let Some(intro) = &c.introduction {
        parts.push(Part {
            heading: read.clone(),
            text: safe(&s.render(intro)),
            notice: false,
        });
    }
    if c.mandatory_reporting_notice {
        parts.push(Part {
            heading: l10n.tr("consent-notice"),
            text: safe(Settings::pick(&j.minor_reporting_notice, s.language())),
            notice: true,
        });
    }
    parts.push(Part {
        heading: if c.introduction.is_some() && !c.mandatory_reporting_notice {
            String::new()
        } else {
            read
        },
        text: safe(&s.render(&c.script)),
        notice: false,
    });
    if c.confidentiality_limits {
        parts.push(Part {
            heading: l10n.tr("consent-limits"),
            text: match &j.confidentiality_limits {
                Some(t) => safe(Settings::pick(t, s.language())),
                None => l10n.tr("consent-limits-missing"),
            },
            notice: true,
        });
    }
    if stop.is_some() {
        parts.clear();
    }
    ConsentView {
        title: l10n.tr("consent-title"),
        check,
        stop,
        parts,
        guidance: c.guidance.as_ref().map(|g| {
            (
                l10n.tr("consent-guidance"),
                safe(&s.render_in(g, &worker_language(l10n, p))),
            )
        }),
        confirm,
    }
}
