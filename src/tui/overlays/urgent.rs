//! The response steps of the urgent flags raised so far, opened from the question the
//! moment a flag is raised (or later, with the same key), and closed back to that question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::present::outcome::urgent_steps;
use crate::tui::app::{Input, Model};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets::chrome::{boxed, centered, clear, para, wrapped};

#[derive(Default)]
pub struct Urgent {
    scroll: u16,
}

impl Urgent {
    /// False: close (the question beneath was never left).
    pub fn update(&mut self, input: Input) -> bool {
        match input.act {
            Some(Action::Cancel | Action::UrgentSteps) => false,
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                true
            }
            Some(Action::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                true
            }
            Some(Action::PageUp) => {
                self.scroll = self.scroll.saturating_sub(10);
                true
            }
            Some(Action::PageDown) => {
                self.scroll = self.scroll.saturating_add(10);
                true
            }
            _ => true,
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let v = urgent_steps(&m.l10n, &a.screening, &m.session.settings);
        let r = centered(
            area,
            area.width.saturating_sub(4).max(40),
            area.height.saturating_sub(2),
        );
        clear(f, r, m.theme.base);
        let w = r.width.saturating_sub(2);
        let mut out = Vec::new();
        for u in &v.flags {
            out.extend(wrapped(&format!("! {}", u.label), w, 2, m.theme.urgent));
            for step in &u.steps {
                out.extend(wrapped(&format!("  - {step}"), w, 4, m.theme.read_aloud));
            }
        }
        if !v.org_steps.is_empty() {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                m.tr("outcome-org-steps"),
                m.theme.title,
            )));
            for step in &v.org_steps {
                out.extend(wrapped(&format!("  - {step}"), w, 4, m.theme.read_aloud));
            }
        }
        out.push(Line::from(""));
        let back = keymap::binding(Context::Urgent, Action::Cancel)
            .map(keymap::keys_label)
            .unwrap_or_default();
        out.push(Line::from(Span::styled(
            m.l10n.tr_args(
                "urgent-steps-back",
                &crate::present::args([("key", back.into())]),
            ),
            m.theme.muted,
        )));
        f.render_widget(
            para(out)
                .block(boxed(m, m.tr("urgent-steps-title")))
                .scroll((self.scroll, 0)),
            r,
        );
    }
}
