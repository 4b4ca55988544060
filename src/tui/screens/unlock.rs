//! Unlock: the passphrase opens this laptop's device key (and with it the drafts).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::after_unlock;
use crate::present::Message;
use crate::present::message::Explain;
use crate::tui::app::{Exit, Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, folder_warnings, frame, para};
use crate::tui::widgets::text_field::TextField;

pub struct Unlock {
    pass: TextField,
    error: Option<Message>,
}

impl Default for Unlock {
    fn default() -> Unlock {
        Unlock {
            pass: TextField::secret(),
            error: None,
        }
    }
}

impl Unlock {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            Some(Action::Confirm) => {
                let pass = self.pass.take();
                m.effect(Effect::Unlock(pass.into()));
            }
            Some(Action::Quit) => m.effect(Effect::Exit(Exit::Normal)),
            _ => {
                self.pass.handle(&input.key);
            }
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        match done {
            Done::Unlocked(Ok(())) => after_unlock(m),
            Done::Unlocked(Err(e)) => self.error = Some(e.explain(&m.l10n)),
            Done::Drafts(d) => super::drafts_loaded(m, d),
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("unlock-title")));
        let body = frame(m, f, area, title, Context::Unlock, true);
        let block = boxed(m, m.tr("unlock-title"));
        let inner = block.inner(body);
        f.render_widget(block, body);
        let [intro, field, error] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);
        f.render_widget(
            para(vec![
                Line::from(m.tr("unlock-prompt")),
                Line::from(Span::styled(m.tr("unlock-why"), m.theme.muted)),
            ]),
            intro,
        );
        self.pass.render(
            f,
            field,
            Span::styled(format!("{} ", m.tr("passphrase-field")), m.theme.read_aloud),
            m.theme.selected,
            false,
            true,
        );
        let mut below = vec![Line::from("")];
        if let Some(e) = &self.error {
            below.push(Line::from(Span::styled(e.line(), m.theme.warning)));
        }
        below.extend(folder_warnings(m));
        f.render_widget(para(below), error);
    }
}
