//! Consent and the limits of confidentiality, read before any question.

use ratatui::Frame;
use ratatui::layout::Rect;
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
        let mut out = Vec::new();
        if let Some((heading, notice)) = &v.notice {
            out.push(Line::from(Span::styled(heading.clone(), m.theme.urgent)));
            out.extend(lines(notice, m.theme.read_aloud));
            out.push(Line::from(""));
        }
        out.push(Line::from(Span::styled(v.read_label, m.theme.muted)));
        out.extend(lines(&v.script, m.theme.read_aloud));
        if let Some((label, guidance)) = &v.guidance {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(label.clone(), m.theme.muted)));
            out.extend(lines(guidance, m.theme.worker));
        }
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(v.confirm, m.theme.key)));
        f.render_widget(
            para(out).block(boxed(m, v.title)).scroll((self.scroll, 0)),
            body,
        );
    }
}
