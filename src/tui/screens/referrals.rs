//! Referrals: suggestions by need with their reasons and what does not fit; the person
//! chooses; for each choice, the warm hand-off and consent to share (yes / no / only what
//! the person says).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, screening_title};
use crate::present::referrals::{self as present, items};
use crate::referral::matching::{NeedSuggestions, suggest};
use crate::referral::model::ServiceIdx;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::frame;
use crate::tui::widgets::referral_list::{self, ShareDialog, Shared};
use crate::tui::widgets::text_field::TextField;
use crate::vault::record::ShareConsent;

/// How many suggestions each need gets.
pub const PER_NEED: usize = 4;

pub struct Referrals {
    pub groups: Vec<NeedSuggestions>,
    /// Index into the visible items.
    cursor: usize,
    filter: TextField,
    filtering: bool,
    dialog: Option<ShareDialog>,
    /// The person asked for law-enforcement services (never suggested otherwise).
    law_enforcement: bool,
}

fn groups(m: &Model, law_enforcement: bool) -> Vec<NeedSuggestions> {
    match &m.active {
        Some(a) => {
            let mut req = m.session.referral_request(a);
            req.wants_law_enforcement = law_enforcement;
            suggest(m.session.directory(), &req, PER_NEED)
        }
        None => Vec::new(),
    }
}

impl Referrals {
    pub fn open(m: &Model) -> Screen {
        Screen::Referrals(Referrals {
            groups: groups(m, false),
            cursor: 0,
            filter: TextField::default(),
            filtering: false,
            dialog: None,
            law_enforcement: false,
        })
    }

    pub fn context(&self, m: &Model) -> Context {
        if self.dialog.is_some() {
            Context::ReferralConsent
        } else if stopped(m) {
            Context::ReferralsStopped
        } else {
            Context::Referrals
        }
    }

    pub fn typing(&self) -> bool {
        self.filtering || self.dialog.as_ref().is_some_and(ShareDialog::typing)
    }

    /// The items shown, after the filter.
    pub fn items(&self, m: &Model) -> Vec<present::Item> {
        items(m.session.directory(), &self.groups, &self.filter.text)
    }

    /// The directory index of the service under the cursor.
    pub fn selected_service(&self, m: &Model) -> Option<ServiceIdx> {
        let (g, s) = *self.items(m).get(self.cursor)?;
        Some(self.groups[g].suggestions[s].service)
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        if let Some(d) = &mut self.dialog {
            match d.update(input.act, &input.key) {
                Shared::Open => {}
                Shared::Cancelled => self.dialog = None,
                Shared::Chosen(consent, what) => {
                    if let Some(d) = self.dialog.take()
                        && let Some(a) = &mut m.active
                    {
                        let svc = m.session.directory().service(d.service);
                        m.session.choose_referral(a, svc, &d.need, consent, what);
                        m.effect(Effect::Autosave);
                    }
                }
            }
            return;
        }
        if self.filtering {
            match input.act {
                Some(Action::Cancel) => {
                    self.filter.clear();
                    self.filtering = false;
                }
                Some(Action::Confirm | Action::Up | Action::Down | Action::Select) => {
                    self.filtering = false
                }
                _ => {
                    self.filter.handle(&input.key);
                }
            }
            self.cursor = 0;
            return;
        }
        let list = self.items(m);
        match input.act {
            Some(Action::Up) => self.cursor = self.cursor.saturating_sub(1),
            Some(Action::Down) => self.cursor = (self.cursor + 1).min(list.len().saturating_sub(1)),
            Some(Action::Filter) => {
                self.filtering = true;
                self.cursor = 0;
            }
            // The person asks for law enforcement: only then are such services suggested.
            Some(Action::LawEnforcement) => {
                self.law_enforcement = !self.law_enforcement;
                self.groups = groups(m, self.law_enforcement);
                self.cursor = 0;
            }
            // After a stop nothing is listed, so nothing can be chosen (see present::referrals).
            Some(Action::Select) => {
                if let Some(&(g, s)) = list.get(self.cursor) {
                    self.dialog = ShareDialog::of(&self.groups[g], s);
                }
            }
            Some(Action::Remove) => {
                if let Some(&(g, s)) = list.get(self.cursor) {
                    let id = &m
                        .session
                        .directory()
                        .service(self.groups[g].suggestions[s].service)
                        .id;
                    if let Some(a) = &mut m.active {
                        a.referrals.retain(|r| &r.service_id != id);
                    }
                    m.effect(Effect::Autosave);
                }
            }
            Some(Action::Continue) => m.go(Screen::Save(super::save::Save::default())),
            Some(Action::Back) => m.go(Screen::Outcome(super::outcome::Outcome::default())),
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let dir = m.session.directory();
        let chosen = present::chosen(a);
        let v = present::referrals(
            &m.l10n,
            &m.session.settings,
            &a.screening,
            &present::ReferralInput {
                dir,
                groups: &self.groups,
                chosen: &chosen,
                filter: &self.filter.text,
                law_enforcement: self.law_enforcement,
            },
        );
        let body = frame(
            m,
            f,
            area,
            screening_title(m, &v.title),
            self.context(m),
            self.typing(),
        );
        let filter = (self.filtering || !self.filter.text.is_empty())
            .then_some((&self.filter, self.filtering));
        referral_list::body(m, f, body, &v, self.cursor, filter, self.law_enforcement);
        if let Some(d) = &self.dialog {
            self.dialog_view(m, f, area, d);
        }
    }

    fn dialog_view(&self, m: &Model, f: &mut Frame, area: Rect, d: &ShareDialog) {
        let Some(a) = &m.active else { return };
        // The hand-off and the consent question are read to the person: in the interview
        // language when lantern has it, else the worker's.
        let spoken = m.catalog.localizer(&[
            a.screening.language().to_string(),
            m.l10n.language().to_string(),
        ]);
        let svc = m.session.directory().service(d.service);
        let cx = present::HandoffContext {
            register: a.screening.protocol().file.protocol.register,
            until: m.session.share_until(ShareConsent::Yes),
            reasons: &d.reasons,
        };
        let v = present::handoff(&m.l10n, &spoken, svc, &cx);
        d.view(m, f, area, &v);
    }
}

/// The screening stopped before it could be done safely: nothing is offered aloud.
fn stopped(m: &Model) -> bool {
    m.active
        .as_ref()
        .is_some_and(|a| a.screening.outcome_level() == crate::protocol::OutcomeLevel::NotScreened)
}
