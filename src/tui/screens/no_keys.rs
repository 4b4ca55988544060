//! No organization key in keys/: what that means, how to get one, and a trial key pair for
//! trying lantern out.

use std::path::PathBuf;

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::present::message::Explain;
use crate::present::{Message, args, safe};
use crate::tui::app::{Exit, Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para};

#[derive(Default)]
pub struct NoKeys {
    trial: Option<Result<PathBuf, Message>>,
}

impl NoKeys {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            Some(Action::TrialKey) if self.trial.is_none() => m.effect(Effect::CreateTrialKey),
            Some(Action::Confirm) => m.effect(Effect::LoadDrafts),
            Some(Action::Quit) => m.effect(Effect::Exit(Exit::Normal)),
            _ => {}
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        match done {
            Done::TrialKey(r) => self.trial = Some(r.map_err(|e| e.explain(&m.l10n))),
            Done::Drafts(d) => super::drafts_loaded(m, d),
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("keys-title")));
        let body = frame(m, f, area, title, Context::NoKeys, false);
        let mut lines = vec![
            Line::from(m.l10n.tr_args(
                "keys-explain",
                &args([("folder", FluentValue::from("keys/"))]),
            )),
            Line::from(""),
            Line::from(m.tr("keys-how")),
            Line::from(""),
        ];
        match &self.trial {
            None => {
                lines.push(Line::from(m.l10n.tr_args(
                    "keys-trial",
                    &args([(
                        "path",
                        FluentValue::from("~/lantern-TRIAL-organization-identity.txt"),
                    )]),
                )));
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(
                    m.tr("keys-continue"),
                    m.theme.warning,
                )));
            }
            Some(Ok(p)) => {
                lines.push(Line::from(Span::styled(
                    m.l10n.tr_args(
                        "keys-trial-done",
                        &args([("path", FluentValue::from(safe(&p.display().to_string())))]),
                    ),
                    m.theme.urgent,
                )));
            }
            Some(Err(e)) => lines.push(Line::from(Span::styled(e.line(), m.theme.warning))),
        }
        f.render_widget(para(lines).block(boxed(m, m.tr("keys-title"))), body);
    }
}
