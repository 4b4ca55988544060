//! The outcome, response steps, needs and referrals, as lines.

use std::sync::Arc;

use super::{Plain, PlainError, args};
use crate::config::Settings;
use crate::session::Active;

impl Plain {
    pub(super) fn outcome(&mut self, active: &Active) -> Result<(), PlainError> {
        let s = &active.screening;
        let p = Arc::clone(s.protocol());
        let lang = if p.has_language(self.l10n.language()) {
            self.l10n.language().to_string()
        } else {
            p.default_language().to_string()
        };
        let d = s.derived().clone();
        let t = self.tr("outcome-title");
        self.say(&t)?;
        let level = self.tr(&format!("outcome-level-{}", s.outcome_level().as_str()));
        self.say(&level)?;
        if let Some(o) = d.outcome {
            let t = s.render_in(&p.file.outcomes[o].text, &lang);
            self.say(&t)?;
        }
        let t = self.tr("outcome-not-determination");
        self.say(&t)?;
        let t = self.tr("outcome-indicators");
        self.say(&t)?;
        for &i in &d.indicators {
            let t = format!("- {}", s.render_in(&p.file.indicators[i].label, &lang));
            self.say(&t)?;
        }
        if !d.urgent.is_empty() {
            let t = self.tr("outcome-urgent");
            self.say(&t)?;
            for &u in &d.urgent {
                let t = format!("! {}", s.render_in(&p.file.urgent[u].label, &lang));
                self.say(&t)?;
                for step in &p.file.urgent[u].steps {
                    let t = format!("  - {}", s.render_in(step, &lang));
                    self.say(&t)?;
                }
            }
            let t = self.tr("outcome-org-steps");
            self.say(&t)?;
            let steps: Vec<String> = self
                .session
                .settings
                .file
                .response_steps
                .iter()
                .map(|x| Settings::pick(x, &lang).to_string())
                .collect();
            for step in steps {
                self.say(&format!("  - {step}"))?;
            }
        }
        let t = self.tr("needs-title");
        self.say(&t)?;
        for &n in &d.needs {
            let need = &p.file.needs[n];
            let t = format!(
                "- {} ({})",
                s.render_in(&need.label, &lang),
                self.tr(&format!("category-{}", need.category.as_str()))
            );
            self.say(&t)?;
        }
        let contacts: Vec<String> = self
            .session
            .settings
            .file
            .contacts
            .iter()
            .map(|c| {
                let mut parts = vec![Settings::pick(&c.label, &lang).to_string()];
                parts.extend([&c.phone, &c.sms, &c.tty].into_iter().flatten().cloned());
                parts.join(" · ")
            })
            .collect();
        if !contacts.is_empty() {
            let t = self.tr("outcome-contacts");
            self.say(&t)?;
            for c in contacts {
                self.say(&format!("- {c}"))?;
            }
        }
        Ok(())
    }

    /// Suggestions by need, numbered; the person chooses; consent to share for each.
    pub(super) fn referrals(&mut self, active: &mut Active) -> Result<(), PlainError> {
        use crate::referral::matching::suggest;
        use crate::vault::record::{Referral, ShareConsent};
        let request = self.session.referral_request(active);
        let groups = suggest(self.session.directory(), &request, 4);
        let p = Arc::clone(active.screening.protocol());
        let lang = if p.has_language(self.l10n.language()) {
            self.l10n.language().to_string()
        } else {
            p.default_language().to_string()
        };
        let t = self.tr("referrals-title");
        self.say(&t)?;
        let t = self.tr("referrals-intro");
        self.say(&t)?;
        if active.screening.derived().minor {
            let t = self.tr("referrals-minor");
            self.say(&t)?;
        }
        let mut numbered: Vec<(usize, String)> = Vec::new();
        for g in &groups {
            let label = p
                .file
                .needs
                .iter()
                .find(|n| n.id.value == g.need)
                .map(|n| active.screening.render_in(&n.label, &lang))
                .unwrap_or_else(|| self.tr(&format!("category-{}", g.category.as_str())));
            self.say(&label)?;
            if g.fallback {
                let t = self.tr("referrals-none");
                self.say(&t)?;
            }
            for sug in &g.suggestions {
                let svc = &self.session.directory().services[sug.service];
                numbered.push((sug.service, g.need.clone()));
                let phone = svc
                    .phones
                    .first()
                    .map(|ph| ph.number.clone())
                    .unwrap_or_default();
                let line = format!(
                    "{}) {} — {} {phone}",
                    numbered.len(),
                    svc.name,
                    svc.organization
                );
                let reasons: Vec<String> = sug
                    .reasons
                    .iter()
                    .map(|r| crate::referral::explain::reason_text(&self.l10n, r))
                    .collect();
                self.say(&line)?;
                if !reasons.is_empty() {
                    self.say(&format!("   + {}", reasons.join(", ")))?;
                }
            }
        }
        if numbered.is_empty() {
            return Ok(());
        }
        let prompt = self.tr("plain-referrals");
        let Some(line) = self.ask(&prompt)? else {
            return Ok(());
        };
        let chosen: Vec<usize> = line
            .split([' ', ','])
            .filter_map(|x| x.trim().parse::<usize>().ok())
            .filter(|&n| n >= 1 && n <= numbered.len())
            .collect();
        for n in chosen {
            let (service, need) = numbered[n - 1].clone();
            let (name, id, phone) = {
                let svc = &self.session.directory().services[service];
                (
                    svc.name.clone(),
                    svc.id.clone(),
                    svc.phones
                        .first()
                        .map(|ph| ph.number.clone())
                        .unwrap_or_default(),
                )
            };
            let handoff = self.l10n.tr_args(
                "referral-handoff",
                &args(&[("service", name.clone()), ("reasons", String::new())]),
            );
            self.say(&handoff)?;
            let t = self
                .l10n
                .tr_args("referral-phone", &args(&[("phone", phone)]));
            self.say(&t)?;
            let t = self.tr("referral-consent-question");
            self.say(&t)?;
            for id in [
                "referral-consent-yes",
                "referral-consent-no",
                "referral-consent-limited",
            ] {
                let t = self.tr(id);
                self.say(&t)?;
            }
            // Only the person's own answer counts: anything else is asked again.
            let (consent, what) = loop {
                let Some(answer) = self.ask(&self.tr("plain-answer-prompt"))? else {
                    return Ok(());
                };
                match answer.trim() {
                    "y" => break (ShareConsent::Yes, None),
                    "n" => break (ShareConsent::No, None),
                    "l" => {
                        let prompt = self.tr("referral-limited-prompt");
                        let what = self.ask(&prompt)?.unwrap_or_default();
                        break ShareConsent::limited_to(&what);
                    }
                    _ => {
                        let t = self.tr("plain-invalid");
                        self.say(&t)?;
                    }
                }
            };
            active.referrals.retain(|r| r.service_id != id);
            active.referrals.push(Referral {
                service_id: id,
                service_name: name,
                need: (need != "hotline").then_some(need),
                consent_to_share: consent,
                share_what: what,
                chosen_at: self.session.clock.now(),
            });
            self.autosave(active)?;
        }
        Ok(())
    }
}
