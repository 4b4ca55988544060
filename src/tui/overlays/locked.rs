//! The idle lock: the device key is dropped and the screen hidden; the passphrase brings
//! back exactly what was there (the notes pane included, its text already saved).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Overlay;
use crate::engine::AuditKind;
use crate::present::Message;
use crate::present::message::Explain;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::widgets::chrome::{centered, para};
use crate::tui::widgets::text_field::TextField;
use crate::vault::VaultError;

pub struct Locked {
    pub pass: TextField,
    pub error: Option<Message>,
    pub under: Option<Box<Overlay>>,
}

/// Locks now: what is on screen is kept (notes committed and saved), the key dropped.
pub fn lock(m: &mut Model) {
    m.commit_notes();
    if let Some(a) = &mut m.active {
        a.screening.record(AuditKind::Paused);
    }
    m.effect(Effect::Autosave);
    m.effect(Effect::Lock);
    let under = match m.overlay.take() {
        Some(Overlay::Pause(p)) => p.under,
        Some(Overlay::Locked(l)) => l.under,
        other => other.map(Box::new),
    };
    m.overlay = Some(Overlay::Locked(Locked {
        pass: TextField::secret(),
        error: None,
        under,
    }));
}

impl Locked {
    pub fn update(&mut self, m: &mut Model, input: Input) -> bool {
        if input.act == Some(Action::Confirm) {
            let pass = self.pass.take();
            m.effect(Effect::Unlock(pass.into()));
        } else {
            self.pass.handle(&input.key);
        }
        true
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let r = centered(area, area.width.saturating_sub(20).max(40), 9);
        let block = crate::tui::widgets::chrome::boxed(m, m.tr("lock-title"));
        let inner = block.inner(r);
        f.render_widget(block, r);
        let [msg, _, field, err] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);
        let minutes = m.idle_timeout.map(|d| d.as_secs() / 60).unwrap_or_default();
        f.render_widget(
            para(vec![
                Line::from(m.l10n.tr_args(
                    "lock-explain",
                    &crate::present::args([("minutes", minutes.into())]),
                )),
                Line::from(m.tr("lock-prompt")),
            ]),
            msg,
        );
        self.pass.render(
            f,
            field,
            Span::styled(format!("{} ", m.tr("passphrase-field")), m.theme.muted),
            m.theme.selected,
            false,
            true,
        );
        if let Some(e) = &self.error {
            f.render_widget(
                Paragraph::new(Line::from(Span::styled(e.line(), m.theme.warning))),
                err,
            );
        }
    }
}

/// The unlock the lock asked for: back to what was there, or why not.
pub(super) fn unlocked(m: &mut Model, result: Result<(), VaultError>) {
    let Some(Overlay::Locked(l)) = m.overlay.take() else {
        return;
    };
    match result {
        Ok(()) => {
            let mut l = l;
            m.overlay = l.under.take().map(|b| *b);
            if let Some(a) = &mut m.active {
                a.screening.record(AuditKind::Resumed);
            }
        }
        Err(e) => {
            let mut l = l;
            l.error = Some(e.explain(&m.l10n));
            m.overlay = Some(Overlay::Locked(l));
        }
    }
}
