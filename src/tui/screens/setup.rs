//! First run: the passphrase that wraps this laptop's device key (typed twice).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::after_unlock;
use crate::present::Message;
use crate::present::message::Explain;
use crate::tui::app::{Exit, Input, Model, Status};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, folder_warnings, frame, para};
use crate::tui::widgets::text_field::TextField;

pub struct Setup {
    pass: TextField,
    confirm: TextField,
    on_confirm: bool,
    error: Option<Message>,
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            pass: TextField::secret(),
            confirm: TextField::secret(),
            on_confirm: false,
            error: None,
        }
    }
}

impl Setup {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            Some(Action::NextField) => self.on_confirm = !self.on_confirm,
            Some(Action::Confirm) if !self.on_confirm => self.on_confirm = true,
            Some(Action::Confirm) => {
                let secret: age::secrecy::SecretString = self.pass.text.clone().into();
                if let Err(e) = crate::vault::check_passphrase(&secret) {
                    self.error = Some(e.explain(&m.l10n));
                    self.on_confirm = false;
                } else if self.pass.text != self.confirm.text {
                    self.error = Some(Message {
                        text: m.tr("setup-mismatch"),
                        hint: None,
                    });
                    self.confirm.clear();
                } else {
                    self.pass.clear();
                    self.confirm.clear();
                    m.effect(Effect::CreateDeviceKey(secret));
                }
            }
            Some(Action::Quit) => m.effect(Effect::Exit(Exit::Normal)),
            _ => {
                if self.on_confirm {
                    self.confirm.handle(&input.key);
                } else {
                    self.pass.handle(&input.key);
                }
            }
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        match done {
            Done::DeviceKey(Ok(())) => {
                m.status = Some(Status::Info(m.tr("setup-done")));
                after_unlock(m);
            }
            Done::DeviceKey(Err(e)) => self.error = Some(e.explain(&m.l10n)),
            Done::Drafts(d) => super::drafts_loaded(m, d),
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("setup-title")));
        let body = frame(m, f, area, title, Context::Setup, true);
        let block = boxed(m, m.tr("setup-title"));
        let inner = block.inner(body);
        f.render_widget(block, body);
        let intro_text = para(vec![Line::from(m.tr("setup-intro"))]);
        let intro_h = (intro_text.line_count(inner.width) as u16).min(inner.height / 2);
        let [intro, _, pass, confirm, error] = Layout::vertical([
            Constraint::Length(intro_h),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(inner);
        f.render_widget(intro_text, intro);
        for (field, area, label, focus) in [
            (&self.pass, pass, "setup-passphrase", !self.on_confirm),
            (&self.confirm, confirm, "setup-confirm", self.on_confirm),
        ] {
            field.render(
                f,
                area,
                Span::styled(format!("{}: ", m.tr(label)), m.theme.read_aloud),
                if focus {
                    m.theme.selected
                } else {
                    m.theme.base
                },
                false,
                focus,
            );
        }
        // What was found wrong with the data folder stays in view: a first run next to
        // drafts may mean someone took the device key.
        let mut below = vec![Line::from("")];
        if let Some(e) = &self.error {
            below.push(Line::from(Span::styled(e.line(), m.theme.warning)));
        }
        below.extend(folder_warnings(m));
        f.render_widget(para(below), error);
    }
}
