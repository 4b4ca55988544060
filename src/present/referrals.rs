//! The referral screen as data: suggestions by need with the reasons they fit and what does
//! not fit, what the person already chose, and the warm hand-off with consent to share.
//!
//! When the screening could not be done safely (outcome `not_screened`: no private place, a
//! companion interpreting), there is no list, no read-aloud hand-off and no consent
//! question: anything said would be relayed or overheard. The worker is told what to do
//! instead.

use fluent_bundle::FluentValue;

use super::explain::{misfit_text, reason_text};
use super::{args, filter::Filter, safe, worker_language};
use crate::config::Settings;
use crate::engine::Screening;
use crate::i18n::Localizer;
use crate::protocol::{OutcomeLevel, Register};
use crate::referral::matching::{NeedSuggestions, Reason};
use crate::referral::model::ShareConsent;
use crate::referral::model::{Directory, Service, ServiceIdx};
use crate::session::Active;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReferralView {
    pub title: String,
    /// The screening stopped before it could be done safely: what to do instead of a
    /// hand-off. No groups are offered then.
    pub stopped: Option<String>,
    /// For a minor: what to do first, and the jurisdiction's notice (one line).
    pub minor: Option<(String, String)>,
    pub intro: String,
    /// "2 referrals chosen".
    pub chosen_count: String,
    /// Whether law-enforcement services are included, and how to change that.
    pub law_enforcement: String,
    pub groups: Vec<GroupView>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GroupView {
    /// The need's label from the protocol, and its category in words.
    pub label: String,
    pub category: String,
    /// Nothing local fits: the rows are the hotline.
    pub fallback: Option<String>,
    pub rows: Vec<ReferralRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReferralRow {
    /// Position in the list as shown (after the filter), for the cursor.
    pub item: usize,
    pub service: ServiceIdx,
    pub name: String,
    pub organization: String,
    pub phone: String,
    pub reasons: Vec<String>,
    pub misfits: Vec<String>,
    /// The service's own eligibility text, for the worker to check (shortened).
    pub eligibility: Option<String>,
    /// The person's consent, when they chose it.
    pub chosen: Option<ShareConsent>,
}

/// One item of the list, as the cursor moves over it: (group, suggestion) positions.
pub(crate) type Item = (usize, usize);

/// The items shown, after the filter (name or organization, case- and accent-insensitive).
pub(crate) fn items(dir: &Directory, groups: &[NeedSuggestions], filter: &str) -> Vec<Item> {
    let mut f = Filter::new(filter);
    let mut out = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        for (k, s) in group.suggestions.iter().enumerate() {
            let svc = dir.service(s.service);
            if f.matches(&svc.name) || f.matches(&svc.organization) {
                out.push((g, k));
            }
        }
    }
    out
}

/// Longest eligibility text shown in a list, in characters.
const ELIGIBILITY_CHARS: usize = 100;

fn eligibility(l10n: &Localizer, s: &Service) -> Option<String> {
    let text = safe(s.eligibility.trim());
    if text.is_empty() {
        return None;
    }
    let short: String = if text.chars().count() > ELIGIBILITY_CHARS {
        let mut t: String = text.chars().take(ELIGIBILITY_CHARS - 1).collect();
        t.push('…');
        t
    } else {
        text
    };
    Some(l10n.tr_args(
        "referral-eligibility",
        &args([("text", FluentValue::from(short))]),
    ))
}

pub(crate) fn phone(s: &Service) -> String {
    s.phones
        .first()
        .map(|p| safe(&p.number))
        .unwrap_or_default()
}

/// A service the person chose (its id) and their consent to share.
pub(crate) type Chosen<'a> = (&'a str, ShareConsent);

/// What the person of a real screening chose so far.
pub(crate) fn chosen(active: &Active) -> Vec<Chosen<'_>> {
    active
        .referrals
        .iter()
        .map(|r| (r.service_id.as_str(), r.consent_to_share))
        .collect()
}

/// What to show of the suggestions `groups` for screening `s` (real or practice).
pub(crate) struct ReferralInput<'a> {
    pub dir: &'a Directory,
    pub groups: &'a [NeedSuggestions],
    pub chosen: &'a [Chosen<'a>],
    pub filter: &'a str,
    pub law_enforcement: bool,
}

pub(crate) fn referrals(
    l10n: &Localizer,
    settings: &Settings,
    s: &Screening,
    input: &ReferralInput<'_>,
) -> ReferralView {
    let ReferralInput {
        dir,
        groups,
        chosen,
        filter,
        law_enforcement,
    } = *input;
    let p = s.protocol();
    let wl = worker_language(l10n, p);
    let stopped =
        (s.outcome_level() == OutcomeLevel::NotScreened).then(|| l10n.tr("referrals-not-screened"));
    let shown = items(dir, groups, filter);
    // Protocols for minors read the notice at the start; elsewhere it was never read.
    let notice_read = p.file.consent.mandatory_reporting_notice;
    let minor = s.derived().minor.then(|| {
        (
            l10n.tr(if notice_read {
                "referrals-minor"
            } else {
                "referrals-minor-read-now"
            }),
            safe(Settings::pick(
                &settings.file.jurisdiction.minor_reporting_notice,
                &wl,
            ))
            .replace('\n', " "),
        )
    });
    let groups = groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let category = super::words::category(l10n, group.category);
            GroupView {
                label: p
                    .file
                    .needs
                    .iter()
                    .find(|n| n.id.value == group.need)
                    .map(|n| safe(&s.render_in(&n.label, &wl)))
                    .unwrap_or_else(|| category.clone()),
                category,
                fallback: group.fallback.then(|| l10n.tr("referrals-none")),
                rows: group
                    .suggestions
                    .iter()
                    .enumerate()
                    .filter_map(|(k, sug)| {
                        let item = shown.iter().position(|&x| x == (g, k))?;
                        let svc = dir.service(sug.service);
                        Some(ReferralRow {
                            item,
                            service: sug.service,
                            name: safe(&svc.name),
                            organization: safe(&svc.organization),
                            phone: phone(svc),
                            reasons: sug.reasons.iter().map(|r| reason_text(l10n, r)).collect(),
                            misfits: sug.misfits.iter().map(|m| misfit_text(l10n, m)).collect(),
                            eligibility: eligibility(l10n, svc),
                            chosen: chosen.iter().find(|(id, _)| *id == svc.id).map(|&(_, c)| c),
                        })
                    })
                    .collect(),
            }
        })
        .collect();
    ReferralView {
        title: l10n.tr("referrals-title"),
        stopped,
        minor,
        intro: l10n.tr("referrals-intro"),
        chosen_count: l10n.tr_args(
            "referrals-count",
            &args([("count", FluentValue::from(chosen.len()))]),
        ),
        law_enforcement: l10n.tr(if law_enforcement {
            "referrals-law-enforcement-on"
        } else {
            "referrals-law-enforcement"
        }),
        groups,
    }
}

/// The warm hand-off for one service, read to the person in `spoken` (the interview
/// language when lantern has it) and in the protocol's register; why the service was
/// suggested is for the worker only, never read aloud: "experienced with trafficking
/// survivors" would tell someone who never said so what we think they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HandoffView {
    pub title: String,
    pub script: String,
    /// Why it was suggested, for the worker (empty when there is no reason to give).
    pub why: String,
    pub phone: String,
    pub question: String,
    /// What this consent is and is not, and until when it holds.
    pub scope: String,
    /// The three answers (y / n / l), in the worker's language.
    pub options: [String; 3],
    pub limited_prompt: String,
}

pub(crate) struct HandoffContext<'a> {
    pub register: Register,
    /// The last day the consent would hold, as the worker reads dates.
    pub until: Option<chrono::NaiveDate>,
    pub reasons: &'a [Reason],
}

pub(crate) fn handoff(
    l10n: &Localizer,
    spoken: &Localizer,
    svc: &Service,
    cx: &HandoffContext<'_>,
) -> HandoffView {
    let reasons = cx
        .reasons
        .iter()
        .map(|r| reason_text(l10n, r))
        .collect::<Vec<_>>()
        .join(", ");
    let register = || FluentValue::from(cx.register.as_str());
    HandoffView {
        title: l10n.tr("referral-consent-title"),
        script: spoken.tr_args(
            "referral-handoff",
            &args([
                ("service", FluentValue::from(safe(&svc.name))),
                ("register", register()),
            ]),
        ),
        why: if reasons.is_empty() {
            String::new()
        } else {
            l10n.tr_args(
                "referral-handoff-why",
                &args([("reasons", FluentValue::from(reasons))]),
            )
        },
        phone: l10n.tr_args(
            "referral-phone",
            &args([("phone", FluentValue::from(phone(svc)))]),
        ),
        question: spoken.tr_args(
            "referral-consent-question",
            &args([("register", register())]),
        ),
        scope: l10n.tr_args(
            "referral-consent-scope",
            &args([(
                "until",
                FluentValue::from(
                    cx.until
                        .map(|d| d.format("%Y-%m-%d").to_string())
                        .unwrap_or_default(),
                ),
            )]),
        ),
        options: [
            l10n.tr("referral-consent-yes"),
            l10n.tr("referral-consent-no"),
            l10n.tr("referral-consent-limited"),
        ],
        limited_prompt: l10n.tr("referral-limited-prompt"),
    }
}

impl ReferralView {
    /// The view as numbered lines (plain mode, real or practice): the title, what to do
    /// after a stop (then nothing else), the intro, a minor's notice, then each need with its
    /// services numbered from 1, their reasons, misfits and eligibility.
    pub(crate) fn plain_lines(&self) -> Vec<String> {
        let mut out = vec![self.title.clone()];
        if let Some(stopped) = &self.stopped {
            out.push(stopped.clone());
            return out;
        }
        out.push(self.intro.clone());
        if let Some((what, notice)) = &self.minor {
            out.push(what.clone());
            out.push(notice.clone());
        }
        for g in &self.groups {
            out.push(format!("{} ({})", g.label, g.category));
            out.extend(g.fallback.clone());
            for r in &g.rows {
                out.push(format!(
                    "{}) {} — {} {}",
                    r.item + 1,
                    r.name,
                    r.organization,
                    r.phone
                ));
                if !r.reasons.is_empty() {
                    out.push(format!("   + {}", r.reasons.join(", ")));
                }
                if !r.misfits.is_empty() {
                    out.push(format!("   - {}", r.misfits.join(", ")));
                }
                if let Some(e) = &r.eligibility {
                    out.push(format!("   {e}"));
                }
            }
        }
        out
    }
}

impl HandoffView {
    /// The hand-off as lines (plain mode): the script, why (for the worker), the phone, the
    /// consent question, its scope and the three answers.
    pub(crate) fn plain_lines(&self) -> Vec<String> {
        let mut out = vec![self.script.clone()];
        if !self.why.is_empty() {
            out.push(self.why.clone());
        }
        out.push(self.phone.clone());
        out.push(self.question.clone());
        out.push(self.scope.clone());
        out.extend(self.options.iter().cloned());
        out
    }
}

/// The services a typed line of numbers picks from `shown` (plain mode): "1 3" or "1,3";
/// anything else is ignored.
pub(crate) fn picked(line: &str, shown: &[Item]) -> Vec<Item> {
    line.split([' ', ','])
        .filter_map(|x| x.trim().parse::<usize>().ok())
        .filter(|&n| n >= 1 && n <= shown.len())
        .map(|n| shown[n - 1])
        .collect()
}
