//! Save: the record is encrypted to the organization's keys; this laptop cannot read it
//! back. The draft is deleted once the record is safely in the outbox.

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::screening_title;
use crate::present::message::Explain;
use crate::present::{Message, args};
use crate::tui::app::{Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para};

#[derive(Default)]
pub struct Save {
    result: Option<Result<(), Message>>,
}

impl Save {
    pub fn context(&self) -> Context {
        match self.result {
            Some(Ok(())) => Context::Saved,
            _ => Context::Save,
        }
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        match (&self.result, input.act) {
            (None, Some(Action::Confirm)) => m.effect(Effect::Save),
            (None, Some(Action::Back)) => m.go(super::referrals::Referrals::open(m)),
            (Some(Ok(())), Some(Action::Confirm)) => {
                m.go(super::Screen::Home(super::home::Home::new(m)))
            }
            (Some(Ok(())), Some(Action::Sync)) => {
                let next = super::sync::Sync::open(m);
                m.go(next);
            }
            (Some(Err(_)), Some(Action::Confirm | Action::Back)) => self.result = None,
            _ => {}
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        if let Done::Saved(r) = done {
            self.result = Some(match r {
                Ok(_) => {
                    m.active = None;
                    m.call_started = None;
                    Ok(())
                }
                Err(e) => Err(e.explain(&m.l10n)),
            });
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let body = frame(
            m,
            f,
            area,
            screening_title(m, &m.tr("save-title")),
            self.context(),
            false,
        );
        let mut lines = Vec::new();
        match &self.result {
            None => match &m.session.recipients {
                Ok(r) => {
                    lines.push(Line::from(m.l10n.tr_args(
                        "save-explain",
                        &args([("count", FluentValue::from(r.keys.len()))]),
                    )));
                    lines.push(Line::from(""));
                    lines.push(Line::from(Span::styled(m.tr("save-confirm"), m.theme.key)));
                }
                Err(_) => lines.push(Line::from(Span::styled(
                    m.tr("save-no-keys"),
                    m.theme.urgent,
                ))),
            },
            Some(Ok(())) => {
                lines.push(Line::from(Span::styled(m.tr("save-done"), m.theme.ok)));
                lines.push(Line::from(m.tr("save-draft-deleted")));
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(m.tr("save-home"), m.theme.key)));
            }
            Some(Err(e)) => {
                lines.push(Line::from(Span::styled(
                    m.l10n.tr_args(
                        "save-failed",
                        &args([("reason", FluentValue::from(e.text.clone()))]),
                    ),
                    m.theme.urgent,
                )));
                if let Some(h) = &e.hint {
                    lines.push(Line::from(h.clone()));
                }
            }
        }
        f.render_widget(para(lines).block(boxed(m, m.tr("save-title"))), body);
    }
}
