//! Referrals: suggestions by need with their reasons and what does not fit; the person
//! chooses; for each choice, the warm hand-off and consent to share (yes / no / only what
//! the person says).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::{Screen, screening_title};
use crate::present::referrals::{self as present, items};
use crate::referral::matching::{NeedSuggestions, Reason, suggest};
use crate::referral::model::ServiceIdx;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{
    boxed, centered, clear, filter_line, frame, lines, para, wrapped,
};
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
    dialog: Option<Dialog>,
    /// The person asked for law-enforcement services (never suggested otherwise).
    law_enforcement: bool,
}

/// Choosing one service: the hand-off script and consent to share.
struct Dialog {
    service: ServiceIdx,
    reasons: Vec<Reason>,
    need: String,
    /// Typing what may be shared ("only what the person says").
    limited: Option<TextField>,
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
        self.filtering || self.dialog.as_ref().is_some_and(|d| d.limited.is_some())
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
            let chosen = match (&mut d.limited, input.act) {
                (Some(field), Some(Action::Confirm)) => {
                    Some(ShareConsent::limited_to(&field.take()))
                }
                (Some(_), Some(Action::Cancel)) => {
                    d.limited = None;
                    None
                }
                (Some(field), _) => {
                    field.handle(&input.key);
                    None
                }
                (None, Some(Action::ShareYes)) => Some((ShareConsent::Yes, None)),
                (None, Some(Action::ShareNo)) => Some((ShareConsent::No, None)),
                (None, Some(Action::ShareLimited)) => {
                    d.limited = Some(TextField::default());
                    None
                }
                (None, Some(Action::Cancel)) => {
                    self.dialog = None;
                    None
                }
                _ => None,
            };
            if let Some((consent, what)) = chosen
                && let Some(d) = self.dialog.take()
                && let Some(a) = &mut m.active
            {
                let svc = m.session.directory().service(d.service);
                m.session.choose_referral(a, svc, &d.need, consent, what);
                m.effect(Effect::Autosave);
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
                    let group = &self.groups[g];
                    self.dialog = Some(Dialog {
                        service: group.suggestions[s].service,
                        reasons: group.suggestions[s].reasons.clone(),
                        need: group.need.clone(),
                        limited: None,
                    });
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
        let v = present::referrals(
            &m.l10n,
            &m.session.settings,
            dir,
            a,
            &self.groups,
            &self.filter.text,
            self.law_enforcement,
        );
        let body = frame(
            m,
            f,
            area,
            screening_title(m, &v.title),
            self.context(m),
            self.typing(),
        );
        let block = boxed(m, v.title.clone());
        let inner = block.inner(body);
        f.render_widget(block, body);
        let mut head = Vec::new();
        if let Some(stopped) = &v.stopped {
            // Nothing else to say or choose after a stop.
            f.render_widget(para(lines(stopped, m.theme.warning)), inner);
            return;
        }
        if let Some((what, notice)) = &v.minor {
            head.push(Line::from(Span::styled(what.clone(), m.theme.urgent)));
            head.push(Line::from(Span::styled(notice.clone(), m.theme.muted)));
        }
        head.push(Line::from(vec![
            Span::styled(v.intro.clone(), m.theme.muted),
            Span::styled(format!("  {}", v.chosen_count), m.theme.ok),
        ]));
        head.push(Line::from(Span::styled(
            v.law_enforcement.clone(),
            if self.law_enforcement {
                m.theme.warning
            } else {
                m.theme.hint
            },
        )));
        let head = para(head);
        let head_h = (head.line_count(inner.width) as u16).min(inner.height / 2);
        let filter_h = u16::from(self.filtering || !self.filter.text.is_empty());
        let [head_area, filter_area, list_area] = Layout::vertical([
            Constraint::Length(head_h),
            Constraint::Length(filter_h),
            Constraint::Min(1),
        ])
        .areas(inner);
        f.render_widget(head, head_area);
        if filter_h > 0 {
            filter_line(m, f, filter_area, &self.filter, self.filtering);
        }
        // One list item per group heading and per suggestion; the cursor is on suggestions.
        let mut list_items = Vec::new();
        let mut selected = None;
        for g in &v.groups {
            let mut heading = wrapped(
                &format!("{}  ({})", g.label, g.category),
                list_area.width,
                2,
                m.theme.title,
            );
            if let Some(fb) = &g.fallback {
                heading.extend(wrapped(
                    &format!("  {fb}"),
                    list_area.width,
                    2,
                    m.theme.warning,
                ));
            }
            list_items.push(ListItem::new(heading));
            for r in &g.rows {
                if r.item == self.cursor {
                    selected = Some(list_items.len());
                }
                let mark = if r.chosen.is_some() { "[✓] " } else { "[ ] " };
                let w = list_area.width;
                let mut text = wrapped(
                    &format!("  {mark}{} — {}  {}", r.name, r.organization, r.phone),
                    w,
                    6,
                    m.theme.read_aloud,
                );
                if !r.reasons.is_empty() {
                    text.extend(wrapped(
                        &format!("      + {}", r.reasons.join(" · ")),
                        w,
                        8,
                        m.theme.ok,
                    ));
                }
                if !r.misfits.is_empty() {
                    text.extend(wrapped(
                        &format!("      − {}", r.misfits.join(" · ")),
                        w,
                        8,
                        m.theme.warning,
                    ));
                }
                if let Some(e) = &r.eligibility {
                    text.extend(wrapped(&format!("      {e}"), w, 8, m.theme.muted));
                }
                list_items.push(ListItem::new(text));
            }
        }
        let mut state = ListState::default().with_selected(selected);
        f.render_stateful_widget(
            List::new(list_items).highlight_style(m.theme.selected),
            list_area,
            &mut state,
        );
        if let Some(d) = &self.dialog {
            self.dialog_view(m, f, area, d);
        }
    }

    fn dialog_view(&self, m: &Model, f: &mut Frame, area: Rect, d: &Dialog) {
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
        let mut out = lines(&v.script, m.theme.read_aloud);
        if !v.why.is_empty() {
            out.extend(lines(&v.why, m.theme.muted));
        }
        out.push(Line::from(v.phone.clone()));
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            v.question.clone(),
            m.theme.read_aloud,
        )));
        out.extend(lines(&v.scope, m.theme.muted));
        match &d.limited {
            None => out.extend(
                v.options
                    .iter()
                    .map(|o| Line::from(Span::styled(o.clone(), m.theme.key))),
            ),
            Some(_) => out.push(Line::from(v.limited_prompt.clone())),
        }
        let width = area.width.saturating_sub(6).max(40);
        let text = para(out);
        // As tall as its text (and the typing row), within the screen.
        let needed =
            text.line_count(width.saturating_sub(2)) as u16 + 2 + u16::from(d.limited.is_some());
        let r = centered(area, width, needed.min(area.height));
        clear(f, r, m.theme.base);
        let block = boxed(m, v.title.clone());
        let inner = block.inner(r);
        f.render_widget(block, r);
        match &d.limited {
            None => f.render_widget(text, inner),
            Some(field) => {
                let h = (text.line_count(inner.width) as u16).min(inner.height.saturating_sub(1));
                let [t, row] =
                    Layout::vertical([Constraint::Length(h), Constraint::Length(1)]).areas(inner);
                f.render_widget(text, t);
                field.render(
                    f,
                    row,
                    Span::styled("> ", m.theme.key),
                    m.theme.selected,
                    false,
                    true,
                );
            }
        }
    }
}

/// The screening stopped before it could be done safely: nothing is offered aloud.
fn stopped(m: &Model) -> bool {
    m.active
        .as_ref()
        .is_some_and(|a| a.screening.outcome_level() == crate::protocol::OutcomeLevel::NotScreened)
}
