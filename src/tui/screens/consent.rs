//! Consent and the limits of confidentiality, read before any question.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Screen, screening_title};
use crate::present::consent::consent;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, lines, para, scroll};

#[derive(Default)]
pub struct Consent {
    scroll: u16,
}

impl Consent {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            Some(Action::Confirm) => {
                if let Some(a) = &mut m.active {
                    let _ = a.screening.acknowledge_consent();
                }
                m.effect(Effect::Autosave);
                m.go(Screen::for_position(m));
            }
            // Nothing was answered: leaving the consent leaves nothing behind.
            Some(Action::Cancel)
                if m.active
                    .as_ref()
                    .is_some_and(|a| a.screening.consent_acknowledged().is_none()) =>
            {
                m.active = None;
                m.call_started = None;
                m.go(Screen::Home(super::home::Home::new(m)));
            }
            act => {
                scroll(&mut self.scroll, act);
            }
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let v = consent(&m.l10n, &a.screening, &m.session.settings);
        let body = frame(m, f, area, screening_title(m, ""), Context::Consent, false);
        let block = boxed(m, v.title.clone());
        let inner = block.inner(body);
        f.render_widget(block, body);
        // The guidance stays in view under the text to read (at 80x24 too): "never promise
        // to keep everything secret" must not sit below the fold.
        let mut pinned = Vec::new();
        if let Some((label, guidance)) = &v.guidance {
            pinned.push(Line::from(Span::styled(label.clone(), m.theme.muted)));
            pinned.extend(lines(guidance, m.theme.worker));
        }
        pinned.push(Line::from(Span::styled(v.confirm.clone(), m.theme.key)));
        let pinned = para(pinned);
        let pinned_h = (pinned.line_count(inner.width) as u16).min(inner.height / 2);
        let [text_area, pinned_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(pinned_h)]).areas(inner);
        let mut out = Vec::new();
        for part in &v.parts {
            if !out.is_empty() {
                out.push(Line::from(""));
            }
            if !part.heading.is_empty() {
                let style = if part.notice {
                    m.theme.urgent
                } else {
                    m.theme.muted
                };
                out.push(Line::from(Span::styled(part.heading.clone(), style)));
            }
            out.extend(lines(&part.text, m.theme.read_aloud));
        }
        f.render_widget(para(out).scroll((self.scroll, 0)), text_area);
        f.render_widget(pinned, pinned_area);
    }
}
