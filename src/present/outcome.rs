//! The outcome: the level in careful words ("indicators present", never a determination),
//! the indicators, urgent flags with the protocol's and the organization's response steps,
//! the needs and the contacts.

use super::{safe, worker_language};
use crate::config::Settings;
use crate::engine::Screening;
use crate::i18n::Localizer;
use crate::protocol::OutcomeLevel;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutcomeView {
    pub level: OutcomeLevel,
    /// The level in words ("Indicators present: offer referral").
    pub heading: String,
    /// The protocol's outcome text, when its rule gave one.
    pub text: Option<String>,
    pub not_a_determination: String,
    pub indicators: Vec<String>,
    pub urgent: Vec<UrgentView>,
    /// The organization's steps (settings), shown when anything is urgent.
    pub org_steps: Vec<String>,
    pub needs: Vec<NeedView>,
    pub contacts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UrgentView {
    pub label: String,
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NeedView {
    pub label: String,
    pub category: String,
}

pub(crate) fn outcome(l10n: &Localizer, s: &Screening, settings: &Settings) -> OutcomeView {
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    let d = s.derived();
    let level = s.outcome_level();
    let urgent: Vec<UrgentView> = d
        .urgent
        .iter()
        .map(|&u| UrgentView {
            label: safe(&s.render_in(&p.file.urgent[u].label, &wl)),
            steps: p.file.urgent[u]
                .steps
                .iter()
                .map(|t| safe(&s.render_in(t, &wl)))
                .collect(),
        })
        .collect();
    let org_steps = if urgent.is_empty() {
        Vec::new()
    } else {
        settings
            .file
            .response_steps
            .iter()
            .map(|t| safe(Settings::pick(t, &wl)))
            .collect()
    };
    OutcomeView {
        level,
        heading: l10n.tr(super::words::outcome_level_id(level)),
        text: d
            .outcome
            .map(|o| safe(&s.render_in(&p.file.outcomes[o].text, &wl))),
        not_a_determination: l10n.tr("outcome-not-determination"),
        indicators: d
            .indicators
            .iter()
            .map(|&i| safe(&s.render_in(&p.file.indicators[i].label, &wl)))
            .collect(),
        urgent,
        org_steps,
        needs: d
            .needs
            .iter()
            .map(|&n| NeedView {
                label: safe(&s.render_in(&p.file.needs[n].label, &wl)),
                category: super::words::category(l10n, p.file.needs[n].category),
            })
            .collect(),
        contacts: settings
            .file
            .contacts
            .iter()
            .map(|c| {
                let mut parts = vec![safe(Settings::pick(&c.label, &wl))];
                parts.extend(
                    [&c.phone, &c.sms, &c.tty, &c.hours]
                        .into_iter()
                        .flatten()
                        .map(|x| safe(x)),
                );
                parts.join(" · ")
            })
            .collect(),
    }
}
