//! The consent and limits-of-confidentiality screen: the script to read, the jurisdiction's
//! reporting notice for minors when the protocol requires it, and the worker's guidance.

use super::{safe, worker_language};
use crate::config::Settings;
use crate::engine::Screening;
use crate::i18n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConsentView {
    pub title: String,
    /// The reporting notice for minors (heading, text in the interview language).
    pub notice: Option<(String, String)>,
    /// "Read this to the person:" and the script in the interview language.
    pub read_label: String,
    pub script: String,
    /// "For you:" and the guidance in the worker's language.
    pub guidance: Option<(String, String)>,
    pub confirm: String,
}

pub(crate) fn consent(l10n: &Localizer, s: &Screening, settings: &Settings) -> ConsentView {
    let p = s.protocol();
    let c = &p.file.consent;
    ConsentView {
        title: l10n.tr("consent-title"),
        notice: c.mandatory_reporting_notice.then(|| {
            (
                l10n.tr("consent-notice"),
                safe(Settings::pick(
                    &settings.file.jurisdiction.minor_reporting_notice,
                    s.language(),
                )),
            )
        }),
        read_label: l10n.tr("consent-read"),
        script: safe(&s.render(&c.script)),
        guidance: c.guidance.as_ref().map(|g| {
            (
                l10n.tr("consent-guidance"),
                safe(&s.render_in(g, &worker_language(l10n, p))),
            )
        }),
        confirm: l10n.tr("consent-confirm"),
    }
}
