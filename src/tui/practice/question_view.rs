//! Drawing the practice screening: the question with its choices, the person's reply in a
//! box below, the consent, the urgent steps, and the end.

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::PracticeModel;
use super::question::{Phase, Question};
use crate::present::question::{ViewOptions, question};
use crate::present::{args, safe};
use crate::protocol::QuestionKind;
use crate::tui::keymap::Action;
use crate::tui::widgets::chrome::{boxed, frame_with, lines as text_lines, para};

impl Question {
    pub fn view(&self, m: &PracticeModel, f: &mut Frame, area: Rect) {
        let wl = m.l10n.language().to_string();
        let mut heading = safe(&self.r.scenario.text(&self.r.scenario.scenario.title, &wl));
        if self.shows_timer() {
            let secs = (m.clock.now() - self.r.screening().started())
                .num_seconds()
                .max(0);
            heading = format!("{:02}:{:02} · {heading}", secs / 60, secs % 60);
        }
        // Yes and no keys only for a yes/no question, as on a real screening.
        let yes_no = self
            .current()
            .is_some_and(|i| self.r.protocol().question(i).kind.value == QuestionKind::YesNo);
        let body = frame_with(
            m,
            f,
            area,
            m.title(&heading),
            self.context(),
            self.typing(),
            &|a| yes_no || !matches!(a, Action::Yes | Action::No),
        );
        if let (Phase::Referrals, Some(step)) = (&self.phase, &self.referrals) {
            return step.view(&self.r, m, f, area, body);
        }
        if matches!(self.phase, Phase::Done) {
            return self.view_done(m, f, body);
        }
        let Some(i) = self.current() else {
            return self.view_consent(m, f, body);
        };
        let v = question(
            &m.l10n,
            self.r.screening(),
            i,
            ViewOptions {
                show_sensitive: true,
                interpreter_view: true,
            },
        );
        let mut lines = Vec::new();
        if !v.urgent.is_empty() {
            // As on a real screening: the flags, and the key that opens their steps.
            lines.push(Line::from(Span::styled(
                m.l10n.tr_args(
                    "question-urgent-banner",
                    &args([("flags", v.urgent.join("; ").into()), ("key", "!".into())]),
                ),
                m.theme.urgent,
            )));
        }
        if !v.read_aloud {
            lines.push(Line::from(Span::styled(v.label.clone(), m.theme.muted)));
        }
        lines.extend(text_lines(&v.text, m.theme.read_aloud));
        if let Some((_, t)) = &v.in_worker_language {
            lines.push(Line::from(Span::styled(format!("({t})"), m.theme.worker)));
        }
        for (n, c) in v.choices.iter().enumerate() {
            let mark = if v.kind == QuestionKind::Multiple {
                if self.picked.contains(&n) {
                    "[x] "
                } else {
                    "[ ] "
                }
            } else {
                ""
            };
            lines.push(Line::from(format!("  {}) {mark}{}", n + 1, c.label)));
        }
        if v.kind == QuestionKind::YesNo {
            lines.push(Line::from(format!(
                "  1) {}  2) {}",
                m.tr("answer-yes"),
                m.tr("answer-no")
            )));
        }
        // How to answer several choices, or what to type (a number's unit, a date's form).
        let how = match v.kind {
            QuestionKind::Multiple => m.tr("practice-multiple-prompt"),
            QuestionKind::YesNo | QuestionKind::Single => String::new(),
            _ => v.prompt.clone(),
        };
        if !how.is_empty() {
            lines.push(Line::from(Span::styled(how, m.theme.muted)));
        }
        if let Some(c) = &v.current {
            lines.push(Line::from(Span::styled(
                m.l10n.tr_args(
                    "question-current-answer",
                    &args([("answer", FluentValue::from(c.clone()))]),
                ),
                m.theme.ok,
            )));
        }
        let reply_lines = match &self.reply {
            Some(r) => {
                let mut v = text_lines(&r.said, m.theme.read_aloud);
                if let Some(w) = &r.said_for_worker {
                    v.extend(text_lines(w, m.theme.worker));
                }
                v
            }
            None => vec![Line::from(Span::styled(
                m.tr(if self.role_play {
                    "practice-role-play-hint"
                } else {
                    "practice-ask-hint"
                }),
                m.theme.muted,
            ))],
        };
        let reply = para(reply_lines).block(boxed(m, m.tr("practice-reply-heading")));
        // The block's borders are counted in by `line_count`.
        let reply_h = (reply.line_count(body.width) as u16).min(body.height / 2);
        let field_h = u16::from(self.typing());
        let [top, input, bottom] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(field_h),
            Constraint::Length(reply_h),
        ])
        .areas(body);
        if self.steps {
            f.render_widget(para(self.steps_lines(m)), top);
        } else {
            f.render_widget(para(lines), top);
        }
        if self.typing() {
            self.field.render(
                f,
                input,
                Span::styled("> ", m.theme.key),
                m.theme.selected,
                false,
                true,
            );
        }
        f.render_widget(reply, bottom);
    }

    fn steps_lines(&self, m: &PracticeModel) -> Vec<Line<'static>> {
        let s = crate::present::outcome::urgent_steps(&m.l10n, self.r.screening(), &m.settings);
        let mut st = vec![Line::from(Span::styled(
            m.tr("plain-urgent-now"),
            m.theme.urgent,
        ))];
        for u in s.flags {
            st.push(Line::from(Span::styled(
                format!("! {}", u.label),
                m.theme.urgent,
            )));
            st.extend(u.steps.into_iter().map(|x| Line::from(format!("  - {x}"))));
        }
        st
    }

    fn view_done(&self, m: &PracticeModel, f: &mut Frame, body: Rect) {
        let mut lines = Vec::new();
        if self.steps {
            lines = self.steps_lines(m);
        } else {
            for u in crate::present::outcome::urgent_labels(&m.l10n, self.r.screening()) {
                lines.push(Line::from(Span::styled(format!("! {u}"), m.theme.urgent)));
            }
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(m.tr("practice-done"), m.theme.key)));
        }
        f.render_widget(para(lines).block(boxed(m, m.tr("practice-badge"))), body);
    }

    fn view_consent(&self, m: &PracticeModel, f: &mut Frame, body: Rect) {
        let v = crate::present::consent::consent(&m.l10n, self.r.screening(), &m.settings);
        let mut lines = Vec::new();
        if let Some(stop) = &v.stop {
            lines.push(Line::from(Span::styled(stop.clone(), m.theme.urgent)));
        }
        for part in &v.parts {
            if !part.heading.is_empty() {
                lines.push(Line::from(Span::styled(
                    part.heading.clone(),
                    m.theme.muted,
                )));
            }
            lines.push(Line::from(Span::styled(
                part.text.clone(),
                m.theme.read_aloud,
            )));
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(v.confirm.clone(), m.theme.key)));
        f.render_widget(
            para(lines)
                .block(boxed(m, v.title.clone()))
                .scroll((self.scroll, 0)),
            body,
        );
    }
}
