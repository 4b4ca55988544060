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

/// The urgent flags raised so far with their steps, then the organization's: what the
/// outcome shows, and what the question screen opens as soon as a flag is raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UrgentSteps {
    pub flags: Vec<UrgentView>,
    /// The organization's steps (settings), when any flag is raised.
    pub org_steps: Vec<String>,
}

impl OutcomeView {
    /// Whether anything was assessed: not after a stop, unless something was raised anyway.
    pub(crate) fn assessed(&self) -> bool {
        self.level != OutcomeLevel::NotScreened || !self.indicators.is_empty()
    }
}

/// The labels of the urgent flags raised so far, in the worker's language.
pub(crate) fn urgent_labels(l10n: &Localizer, s: &Screening) -> Vec<String> {
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    s.derived()
        .urgent
        .iter()
        .map(|&u| safe(&s.render_in(&p.file.urgent[u].label, &wl)))
        .collect()
}

pub(crate) fn urgent_steps(l10n: &Localizer, s: &Screening, settings: &Settings) -> UrgentSteps {
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    let flags: Vec<UrgentView> = s
        .derived()
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
    let org_steps = if flags.is_empty() {
        Vec::new()
    } else {
        settings
            .file
            .response_steps
            .iter()
            .map(|t| safe(Settings::pick(t, &wl)))
            .collect()
    };
    UrgentSteps { flags, org_steps }
}

pub(crate) fn outcome(l10n: &Localizer, s: &Screening, settings: &Settings) -> OutcomeView {
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    let d = s.derived();
    let level = s.outcome_level();
    let UrgentSteps {
        flags: urgent,
        org_steps,
    } = urgent_steps(l10n, s, settings);
    let heading = l10n.tr(super::words::outcome_level_id(level));
    OutcomeView {
        level,
        heading: heading.clone(),
        text: d
            .outcome
            .map(|o| safe(&s.render_in(&p.file.outcomes[o].text, &wl)))
            .and_then(|t| after_heading(&heading, &t)),
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

/// The protocol's outcome text without the heading it repeats: protocols often open their
/// text with the level's own words ("Indicators present: offer referral. Offer…"), which
/// the screen already shows as the heading. `None` when nothing is left.
fn after_heading(heading: &str, text: &str) -> Option<String> {
    let mut rest = text.char_indices();
    let mut matched = true;
    for h in heading.chars() {
        match rest.next() {
            Some((_, t)) if t.to_lowercase().eq(h.to_lowercase()) => {}
            _ => {
                matched = false;
                break;
            }
        }
    }
    let boundary = |c: char| c == '.' || c == ':' || c == ';' || c.is_whitespace();
    let tail = match rest.next() {
        // The heading ends at a word boundary of the text.
        Some((at, c)) if matched && boundary(c) => text[at..].trim_start_matches(boundary),
        None if matched => "",
        _ => text,
    };
    (!tail.trim().is_empty()).then(|| tail.to_string())
}

#[cfg(test)]
mod tests {
    use super::after_heading;

    #[test]
    fn the_heading_is_not_repeated_by_the_text_that_opens_with_it() {
        let h = "Indicators present: offer referral";
        assert_eq!(
            after_heading(h, "Indicators present: offer referral."),
            None
        );
        assert_eq!(
            after_heading(
                h,
                "indicators present: offer referral. Offer the hotline too."
            ),
            Some("Offer the hotline too.".to_string())
        );
        // A heading that only starts the same is not cut.
        assert_eq!(
            after_heading(h, "Indicators present: offer referrals to legal help."),
            Some("Indicators present: offer referrals to legal help.".to_string())
        );
        assert_eq!(
            after_heading(h, "Something else."),
            Some("Something else.".to_string())
        );
        assert_eq!(after_heading("Urgente: siga", "Urgente: siga"), None);
    }
}
