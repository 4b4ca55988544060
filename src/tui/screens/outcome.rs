//! The outcome: careful words (indicators, never a determination), urgent flags with the
//! protocol's and the organization's response steps, needs, contacts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Screen, screening_title};
use crate::present::outcome::outcome;
use crate::protocol::OutcomeLevel;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, lines, para, scroll, wrapped};

#[derive(Default)]
pub struct Outcome {
    scroll: u16,
}

impl Outcome {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            Some(Action::Continue) => m.go(super::referrals::Referrals::open(m)),
            // Back to change something: the screening opens again (the audit trail says
            // so) and is finished again from the review.
            Some(Action::Back) => {
                if let Some(a) = &mut m.active
                    && a.screening.finished().is_some()
                {
                    a.screening.reopen();
                    m.effect(Effect::Autosave);
                }
                m.go(Screen::Review(super::review::Review::default()));
            }
            act => {
                scroll(&mut self.scroll, act);
            }
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let v = outcome(&m.l10n, &a.screening, &m.session.settings);
        let body = frame(
            m,
            f,
            area,
            screening_title(m, &m.tr("outcome-title")),
            Context::Outcome,
            false,
        );
        // Inside the box's borders.
        let w = body.width.saturating_sub(2);
        let level_style = if v.level == OutcomeLevel::Urgent {
            m.theme.urgent
        } else {
            m.theme.read_aloud
        };
        let mut out = vec![Line::from(Span::styled(v.heading.clone(), level_style))];
        if let Some(t) = &v.text {
            out.extend(lines(t, m.theme.base));
        }
        out.push(Line::from(Span::styled(
            v.not_a_determination.clone(),
            m.theme.muted,
        )));
        // Nothing was assessed after a stop: "indicators: none" would read as a finding.
        if v.assessed() {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                m.tr("outcome-indicators"),
                m.theme.title,
            )));
            if v.indicators.is_empty() {
                out.push(Line::from(format!("  {}", m.tr("outcome-none"))));
            }
            for i in &v.indicators {
                out.push(Line::from(format!("  • {i}")));
            }
        }
        if !v.urgent.is_empty() {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                m.tr("outcome-urgent"),
                m.theme.urgent,
            )));
            for u in &v.urgent {
                out.push(Line::from(Span::styled(
                    format!("  ! {}", u.label),
                    m.theme.urgent,
                )));
                for step in &u.steps {
                    out.extend(wrapped(&format!("    – {step}"), w, 6, m.theme.base));
                }
            }
            if !v.org_steps.is_empty() {
                out.push(Line::from(Span::styled(
                    m.tr("outcome-org-steps"),
                    m.theme.title,
                )));
                for step in &v.org_steps {
                    out.extend(wrapped(&format!("    – {step}"), w, 6, m.theme.base));
                }
            }
        }
        if !v.contacts.is_empty() {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                m.tr("outcome-contacts"),
                m.theme.title,
            )));
            for c in &v.contacts {
                out.extend(wrapped(&format!("  {c}"), w, 4, m.theme.base));
            }
        }
        f.render_widget(
            para(out)
                .block(boxed(m, m.tr("outcome-title")))
                .scroll((self.scroll, 0)),
            body,
        );
    }
}
