//! Consent and the limits of confidentiality, read before any question.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Screen, screening_title};
use crate::engine::Answer;
use crate::present::Message;
use crate::present::consent::consent;
use crate::tui::app::{Input, Model, Status};
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, lines, para, scroll, wrapped};

#[derive(Default)]
pub struct Consent {
    scroll: u16,
}

impl Consent {
    pub fn update(&mut self, m: &mut Model, input: Input) {
        match input.act {
            // Who interprets, answered before anything is read (the protocol's first question).
            Some(Action::Number) => {
                if let Some(a) = &mut m.active
                    && let Some(i) = a.screening.interpreter_check()
                    && let Some(n) = keymap::digit(&input.key)
                    && let Some(c) = a.screening.protocol().question(i).choices.get(n - 1)
                {
                    let id = c.id.value.clone();
                    if a.screening.set_answer(i, Answer::Choice(id)).is_ok() {
                        m.effect(Effect::Autosave);
                    }
                }
            }
            Some(Action::Confirm) => {
                let unanswered = m.active.as_ref().is_some_and(|a| {
                    a.screening
                        .interpreter_check()
                        .is_some_and(|i| a.screening.answer(i).is_none())
                });
                if unanswered {
                    m.status = Some(Status::Problem(Message {
                        text: m.tr("consent-check-first"),
                        hint: None,
                    }));
                    return;
                }
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
        // The confirmation and the guidance stay in view under the text to read (at 80x24
        // too): "never promise to keep everything secret" must not sit below the fold.
        let confirm = para(vec![Line::from(Span::styled(
            v.confirm.clone(),
            m.theme.key,
        ))]);
        let confirm_h = (confirm.line_count(inner.width) as u16).min(inner.height);
        let mut pinned = Vec::new();
        if let Some((label, guidance)) = &v.guidance {
            pinned.push(Line::from(Span::styled(label.clone(), m.theme.muted)));
            pinned.extend(lines(guidance, m.theme.worker));
        }
        let pinned = para(pinned);
        let pinned_h =
            (pinned.line_count(inner.width) as u16).min(inner.height.saturating_sub(confirm_h) / 2);
        // Who interprets, first: the worker answers it before reading anything.
        let mut check = Vec::new();
        if let Some(q) = &v.check
            && let (Some(answer), None) = (&q.current, &v.stop)
        {
            // Answered, and the screening goes on: one line, to leave room for the text.
            check.extend(wrapped(
                &format!("{} {}", q.text, answer),
                inner.width,
                2,
                m.theme.worker,
            ));
        } else if let Some(q) = &v.check {
            check.push(Line::from(Span::styled(q.label.clone(), m.theme.muted)));
            check.extend(lines(&q.text, m.theme.worker));
            for (n, c) in q.choices.iter().enumerate() {
                let mark = if c.chosen { "(•)" } else { "( )" };
                check.extend(wrapped(
                    &format!("{} {mark} {}", n + 1, c.label),
                    inner.width,
                    6,
                    if c.chosen {
                        m.theme.selected
                    } else {
                        m.theme.worker
                    },
                ));
            }
            if let Some(stop) = &v.stop {
                check.extend(lines(stop, m.theme.urgent));
            }
        }
        let check = para(check);
        let check_h = (check.line_count(inner.width) as u16)
            .min(inner.height.saturating_sub(confirm_h + pinned_h + 1));
        let [check_area, text_area, pinned_area, confirm_area] = Layout::vertical([
            Constraint::Length(check_h),
            Constraint::Min(1),
            Constraint::Length(pinned_h),
            Constraint::Length(confirm_h),
        ])
        .areas(inner);
        f.render_widget(check, check_area);
        let mut out = Vec::new();
        // Nothing to read until the worker has said who interprets (the confirmation line
        // says so).
        let parts = if v.check.as_ref().is_some_and(|q| q.current.is_none()) {
            &[][..]
        } else {
            &v.parts[..]
        };
        for part in parts {
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
        // Text that runs past the area says so on its last row, until the worker has
        // scrolled to its end (the limits of confidentiality come last).
        let text = para(out);
        let total = text.line_count(text_area.width) as u16;
        let (shown, more) = if total > text_area.height {
            let shown = text_area.height.saturating_sub(1);
            (shown, total.saturating_sub(shown))
        } else {
            (text_area.height, 0)
        };
        let offset = self.scroll.min(more);
        let [text_rows, more_row] =
            Layout::vertical([Constraint::Length(shown), Constraint::Min(0)]).areas(text_area);
        f.render_widget(text.scroll((offset, 0)), text_rows);
        if offset < more {
            f.render_widget(
                para(vec![Line::from(Span::styled(
                    m.tr("consent-more"),
                    m.theme.key,
                ))]),
                more_row,
            );
        }
        f.render_widget(pinned, pinned_area);
        f.render_widget(confirm, confirm_area);
    }
}
