//! Check before saving: every question shown and its answer (sensitive ones masked), by
//! section; Enter goes to a question, f finishes (asking first when some have no answer).

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table, TableState};

use super::{Screen, screening_title};
use crate::present::args;
use crate::present::outcome::urgent_labels;
use crate::present::review::{RowState, review};
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, fit, frame, para, urgent_banner};

#[derive(Default)]
pub struct Review {
    selected: usize,
    confirm_finish: bool,
}

impl Review {
    pub fn context(&self) -> Context {
        if self.confirm_finish {
            Context::ReviewFinish
        } else {
            Context::Review
        }
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        let Some(a) = &m.active else { return };
        let shown: Vec<crate::protocol::QuestionIdx> = a.screening.shown_questions().collect();
        let unanswered = a.screening.unanswered().len();
        if self.confirm_finish {
            self.confirm_finish = false;
            if input.act == Some(Action::Yes) {
                finish(m);
            }
            return;
        }
        match input.act {
            Some(Action::Finish) if unanswered > 0 => self.confirm_finish = true,
            Some(Action::Finish) => finish(m),
            Some(Action::ShowSensitive) => m.prefs.show_sensitive = !m.prefs.show_sensitive,
            Some(Action::UrgentSteps) if super::question::urgent(m) => {
                m.overlay = Some(crate::tui::overlays::Overlay::urgent())
            }
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => {
                self.selected = (self.selected + 1).min(shown.len().saturating_sub(1))
            }
            Some(Action::Confirm) => {
                if let Some(&i) = shown.get(self.selected)
                    && let Some(a) = &mut m.active
                    && a.screening.jump_to_question(i).is_ok()
                {
                    m.go(Screen::for_position(m));
                }
            }
            Some(Action::Back) => {
                if let Some(a) = &mut m.active {
                    let _ = a.screening.back();
                }
                m.go(Screen::for_position(m));
            }
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let v = review(&m.l10n, &a.screening, m.prefs.show_sensitive);
        let body = frame(
            m,
            f,
            area,
            screening_title(m, &m.tr("review-title")),
            self.context(),
            false,
        );
        let flags = urgent_labels(&m.l10n, &a.screening);
        let banner = urgent_banner(m, &flags, self.context(), false, body.width);
        let [urgent, top, list, bottom] = Layout::vertical([
            Constraint::Length((banner.len() as u16).min(3)),
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(2),
        ])
        .areas(body);
        if !banner.is_empty() {
            f.render_widget(para(banner).style(m.theme.urgent), urgent);
        }
        f.render_widget(para(vec![Line::from(v.summary.clone())]), top);
        // One table row per question; a section's title rides on its first question's row
        // as a line of its own, so the selection stays on questions. Cells are cut to their
        // column (with …), wide characters counted right.
        let inner = list.width.saturating_sub(2) as usize;
        let qw = inner * 3 / 5;
        let aw = inner.saturating_sub(qw);
        let mut rows = Vec::new();
        for r in &v.rows {
            let style = match r.state {
                RowState::Unanswered => m.theme.warning,
                RowState::NonResponse => m.theme.muted,
                RowState::Answered => m.theme.ok,
            };
            let (question, height) = match &r.section {
                Some(title) => (
                    Cell::from(vec![
                        Line::from(Span::styled(title.clone(), m.theme.title)),
                        Line::from(format!(" {}", fit(&r.question, qw.saturating_sub(2)))),
                    ]),
                    2,
                ),
                None => (
                    Cell::from(format!(" {}", fit(&r.question, qw.saturating_sub(2)))),
                    1,
                ),
            };
            let answer = fit(&r.answer, aw);
            let answer = if height == 2 {
                Cell::from(vec![Line::from(""), Line::from(answer)])
            } else {
                Cell::from(answer)
            };
            rows.push(Row::new(vec![question, answer.style(style)]).height(height));
        }
        let table = Table::new(
            rows,
            [Constraint::Length(qw as u16), Constraint::Length(aw as u16)],
        )
        .column_spacing(0)
        .block(boxed(m, m.tr("review-title")))
        .row_highlight_style(m.theme.selected);
        let mut state = TableState::default().with_selected(Some(self.selected));
        f.render_stateful_widget(table, list, &mut state);
        let foot = if self.confirm_finish {
            Line::from(Span::styled(
                m.l10n.tr_args(
                    "review-confirm-unanswered",
                    &args([("count", FluentValue::from(v.unanswered))]),
                ),
                m.theme.urgent,
            ))
        } else {
            Line::from(Span::styled(m.tr("review-finish"), m.theme.key))
        };
        f.render_widget(para(vec![foot]), bottom);
    }
}

fn finish(m: &mut Model) {
    if let Some(a) = &mut m.active
        && a.screening.finished().is_none()
    {
        let _ = a.screening.finish();
    }
    m.effect(Effect::Autosave);
    m.go(Screen::Outcome(super::outcome::Outcome::default()));
}
