//! The referral step of a practice: the suggestions a worker would get for the needs found,
//! from the same directory; the trainee offers services and asks the fictional person's
//! consent to share, with the same keys as on a real screening. Nothing is saved: the offers
//! stay in the rehearsal for the debrief.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::PracticeModel;
use crate::practice::rehearsal::Rehearsal;
use crate::present::referrals::{self as present, Chosen, HandoffContext, ReferralInput, items};
use crate::protocol::OutcomeLevel;
use crate::referral::matching::NeedSuggestions;
use crate::referral::model::ShareConsent;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::referral_list::{self, ShareDialog, Shared};

pub(super) struct ReferralStep {
    groups: Vec<NeedSuggestions>,
    cursor: usize,
    dialog: Option<ShareDialog>,
    /// The person asked for law-enforcement services (never suggested otherwise).
    law_enforcement: bool,
}

/// Where a key leaves the step.
pub(super) enum Leave {
    Stay,
    /// Back to the last question.
    Back,
    /// On to the debrief.
    Debrief,
}

impl ReferralStep {
    pub(super) fn open(r: &mut Rehearsal, m: &PracticeModel) -> ReferralStep {
        ReferralStep {
            groups: r.suggestions(&m.directory, &m.settings, false),
            cursor: 0,
            dialog: None,
            law_enforcement: false,
        }
    }

    pub(super) fn context(&self, r: &Rehearsal) -> Context {
        if self.dialog.is_some() {
            Context::ReferralConsent
        } else if r.screening().outcome_level() == OutcomeLevel::NotScreened {
            Context::PracticeReferralsStopped
        } else {
            Context::PracticeReferrals
        }
    }

    pub(super) fn typing(&self) -> bool {
        self.dialog.as_ref().is_some_and(ShareDialog::typing)
    }

    pub(super) fn update(
        &mut self,
        r: &mut Rehearsal,
        m: &PracticeModel,
        act: Option<Action>,
        key: &KeyEvent,
    ) -> Leave {
        if let Some(d) = &mut self.dialog {
            match d.update(act, key) {
                Shared::Open => {}
                Shared::Cancelled => self.dialog = None,
                Shared::Chosen(consent, _) => {
                    // What the person limited sharing to stays unrecorded: nothing of a
                    // practice is kept but the debrief.
                    if let Some(d) = self.dialog.take() {
                        r.offer(&d.need, m.directory.service(d.service), consent);
                    }
                }
            }
            return Leave::Stay;
        }
        let list = items(&m.directory, &self.groups, "");
        match act {
            Some(Action::Up) => self.cursor = self.cursor.saturating_sub(1),
            Some(Action::Down) => self.cursor = (self.cursor + 1).min(list.len().saturating_sub(1)),
            Some(Action::LawEnforcement) => {
                self.law_enforcement = !self.law_enforcement;
                self.groups = r.suggestions(&m.directory, &m.settings, self.law_enforcement);
                self.cursor = 0;
            }
            Some(Action::Select) => {
                if let Some(&(g, s)) = list.get(self.cursor) {
                    self.dialog = ShareDialog::of(&self.groups[g], s);
                }
            }
            Some(Action::Remove) => {
                if let Some(&(g, s)) = list.get(self.cursor) {
                    let svc = m.directory.service(self.groups[g].suggestions[s].service);
                    r.withdraw(&svc.id);
                }
            }
            Some(Action::Continue) => return Leave::Debrief,
            Some(Action::Back) => return Leave::Back,
            _ => {}
        }
        Leave::Stay
    }

    pub(super) fn view(
        &self,
        r: &Rehearsal,
        m: &PracticeModel,
        f: &mut Frame,
        area: Rect,
        body: Rect,
    ) {
        let chosen: Vec<Chosen<'_>> = r
            .offers()
            .iter()
            .map(|o| (o.service_id.as_str(), o.consent))
            .collect();
        let v = present::referrals(
            &m.l10n,
            &m.settings,
            r.screening(),
            &ReferralInput {
                dir: &m.directory,
                groups: &self.groups,
                chosen: &chosen,
                filter: "",
                law_enforcement: self.law_enforcement,
            },
        );
        referral_list::body(m, f, body, &v, self.cursor, None, self.law_enforcement);
        let Some(d) = &self.dialog else { return };
        // Read to the person in their language when lantern has it, as on a real screening.
        let spoken = m.catalog.localizer(&[
            r.screening().language().to_string(),
            m.l10n.language().to_string(),
        ]);
        let today = m.clock.now().with_timezone(&chrono::Local).date_naive();
        let cx = HandoffContext {
            register: r.protocol().file.protocol.register,
            until: crate::offer::share_until(&m.settings, ShareConsent::Yes, today),
            reasons: &d.reasons,
        };
        let hv = present::handoff(&m.l10n, &spoken, m.directory.service(d.service), &cx);
        d.view(m, f, area, &hv);
    }
}
