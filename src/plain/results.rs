//! The outcome, response steps, needs and referrals, and the save, as lines.

use super::{Plain, PlainError};
use crate::present::outcome::outcome;
use crate::present::referrals::{HandoffContext, handoff, items, picked, referrals};
use crate::referral::matching::suggest;
use crate::session::Active;
use crate::vault::record::ShareConsent;

impl Plain {
    pub(super) fn outcome(&mut self, active: &Active) -> Result<(), PlainError> {
        let v = outcome(&self.l10n, &active.screening, &self.session.settings);
        self.say_id("outcome-title")?;
        self.say(&v.heading)?;
        if let Some(t) = &v.text {
            self.say(t)?;
        }
        self.say(&v.not_a_determination)?;
        if v.assessed() {
            self.say_id("outcome-indicators")?;
            if v.indicators.is_empty() {
                let t = format!("- {}", self.tr("outcome-none"));
                self.say(&t)?;
            }
            for i in &v.indicators {
                self.say(&format!("- {i}"))?;
            }
        }
        if !v.urgent.is_empty() {
            self.say_id("outcome-urgent")?;
            for u in &v.urgent {
                self.say(&format!("! {}", u.label))?;
                for step in &u.steps {
                    self.say(&format!("  - {step}"))?;
                }
            }
            if !v.org_steps.is_empty() {
                self.say_id("outcome-org-steps")?;
                for step in &v.org_steps {
                    self.say(&format!("  - {step}"))?;
                }
            }
        }
        self.say_id("needs-title")?;
        if v.needs.is_empty() {
            self.say_id("needs-none")?;
        }
        for n in &v.needs {
            self.say(&format!("- {} ({})", n.label, n.category))?;
        }
        if !v.contacts.is_empty() {
            self.say_id("outcome-contacts")?;
            for c in &v.contacts {
                self.say(&format!("- {c}"))?;
            }
        }
        Ok(())
    }

    /// Suggestions by need, numbered; the person chooses; consent to share for each.
    pub(super) fn referrals(&mut self, active: &mut Active) -> Result<(), PlainError> {
        let request = self.session.referral_request(active);
        let groups = suggest(self.session.directory(), &request, 4);
        let chosen = crate::present::referrals::chosen(active);
        let v = referrals(
            &self.l10n,
            &self.session.settings,
            &active.screening,
            &crate::present::referrals::ReferralInput {
                dir: self.session.directory(),
                groups: &groups,
                chosen: &chosen,
                filter: "",
                law_enforcement: false,
            },
        );
        for line in v.plain_lines() {
            self.say(&line)?;
        }
        // After a stop nothing is listed, so nothing can be chosen (see present::referrals).
        let numbered = items(self.session.directory(), &groups, "");
        if numbered.is_empty() {
            return Ok(());
        }
        let Some(line) = self.ask_id("plain-referrals")? else {
            return Ok(());
        };
        // The hand-off is read to the person in the interview language when lantern has it.
        let spoken = self.catalog.localizer(&[
            active.screening.language().to_string(),
            self.l10n.language().to_string(),
        ]);
        for (g, s) in picked(&line, &numbered) {
            let sug = &groups[g].suggestions[s];
            let need = groups[g].need.clone();
            let svc = self.session.directory().service(sug.service).clone();
            let cx = HandoffContext {
                register: active.screening.protocol().file.protocol.register,
                until: self.session.share_until(ShareConsent::Yes),
                reasons: &sug.reasons,
            };
            let h = handoff(&self.l10n, &spoken, &svc, &cx);
            for line in h.plain_lines() {
                self.say(&line)?;
            }
            // Only the person's own answer counts: anything else is asked again.
            let (consent, what) = loop {
                let Some(answer) = self.ask_id("plain-answer-prompt")? else {
                    return Ok(());
                };
                match answer.trim() {
                    "y" => break (ShareConsent::Yes, None),
                    "n" => break (ShareConsent::No, None),
                    "l" => {
                        let what = self.ask(&h.limited_prompt)?.unwrap_or_default();
                        break ShareConsent::limited_to(&what);
                    }
                    _ => self.say_id("plain-invalid")?,
                }
            };
            self.session
                .choose_referral(active, &svc, &need, consent, what);
            self.autosave(active)?;
        }
        Ok(())
    }

    pub(super) fn save(&mut self, mut active: Active) -> Result<(), PlainError> {
        match self.ask_id("plain-save")?.as_deref().map(str::trim) {
            Some("y") => match self.session.save(&mut active) {
                Ok(_) => self.say_id("plain-saved").map_err(PlainError::from),
                Err(e) => {
                    self.say_problem(&e)?;
                    self.quit(&active)
                }
            },
            _ => self.quit(&active),
        }
    }
}
