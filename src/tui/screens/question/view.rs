//! Drawing the question: section and progress, what to read aloud, the answer options, and
//! the guidance panel beside the question (wide screens) or below it (when there is room;
//! the answers always keep theirs, 80x24 included).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::Question;
use crate::present::question::{QuestionView, ViewOptions, current};
use crate::protocol::QuestionKind;
use crate::tui::app::Model;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::screens::screening_title;
use crate::tui::widgets::chrome::{
    boxed, filter_line, frame_with, lines, para, urgent_banner, wrapped,
};

impl Question {
    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let Some(a) = &m.active else { return };
        let opts = ViewOptions {
            show_sensitive: m.prefs.show_sensitive,
            interpreter_view: m.prefs.interpreter_view,
        };
        let Some(v) = current(&m.l10n, &a.screening, opts) else {
            return;
        };
        let typing = self.typing(m);
        let kind = v.kind;
        // A staff check is the worker's own answer: "declined" (the person's choice) is not
        // offered on the hint bar; the key still works, as on every question.
        let read_aloud = v.read_aloud;
        let body = frame_with(
            m,
            f,
            area,
            screening_title(m, ""),
            Context::Question,
            typing,
            &|a| match a {
                Action::Yes | Action::No => kind == QuestionKind::YesNo,
                Action::Declined => kind.takes_answer() && read_aloud,
                Action::DontKnow | Action::NotAsked => kind.takes_answer(),
                _ => true,
            },
        );
        // An urgent flag shows at once, above everything, with the key to its steps.
        let banner = urgent_banner(m, &v.urgent, Context::Question, typing, body.width);
        let banner_h = (banner.len() as u16).min(3);
        let [urgent, head, gauge, main] = Layout::vertical([
            Constraint::Length(banner_h),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(4),
        ])
        .areas(body);
        if !banner.is_empty() {
            f.render_widget(para(banner).style(m.theme.urgent), urgent);
        }
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(v.section.clone(), m.theme.title),
                Span::styled(format!("   {}", v.progress), m.theme.muted),
            ])),
            head,
        );
        let ratio = if v.shown == 0 {
            0.0
        } else {
            v.answered as f64 / v.shown as f64
        };
        f.render_widget(
            LineGauge::default()
                .filled_style(m.theme.key)
                .unfilled_style(m.theme.border)
                .ratio(ratio.clamp(0.0, 1.0))
                .label(""),
            gauge,
        );

        let (content, panel) = self.split(m, &v, main);
        let block = boxed(m, format!("{}", v.number));
        let inner = block.inner(content);
        f.render_widget(block, content);
        self.question_body(m, f, inner, &v, typing);
        if let Some(pnl) = panel {
            let width = pnl.width.saturating_sub(2);
            f.render_widget(
                guidance(m, &v, width).block(boxed(m, m.tr("key-guidance"))),
                pnl,
            );
        }
    }

    /// The question's area and the guidance panel's: beside when wide, below when the
    /// question and its answers leave room (heights measured in terminal cells, so wide
    /// CJK text counts right), else none (`g` shows it on a larger screen).
    fn split(&self, m: &Model, v: &QuestionView, main: Rect) -> (Rect, Option<Rect>) {
        let has_panel = m.prefs.show_guidance && (v.guidance.is_some() || v.purpose.is_some());
        if !has_panel {
            return (main, None);
        }
        if main.width >= 100 {
            let [c, p] =
                Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
                    .areas(main);
            return (c, Some(p));
        }
        let inner_w = main.width.saturating_sub(2);
        let needed = 2 + self.body_height(m, v, inner_w);
        let want = 2 + guidance(m, v, inner_w).line_count(inner_w) as u16;
        let room = main.height.saturating_sub(needed);
        if room >= 4 {
            let [c, p] =
                Layout::vertical([Constraint::Min(needed), Constraint::Length(want.min(room))])
                    .areas(main);
            (c, Some(p))
        } else {
            (main, None)
        }
    }

    fn body_height(&self, m: &Model, v: &QuestionView, width: u16) -> u16 {
        let top = para(self.top_lines(m, v, width)).line_count(width) as u16;
        let list = if matches!(v.kind, QuestionKind::Single | QuestionKind::Multiple) {
            let visible = self.visible(m);
            self.choice_items(m, v, &visible, width)
                .iter()
                .map(|i| i.height() as u16)
                .sum()
        } else {
            0
        };
        let bottom = para(self.bottom_lines(m, v, width)).line_count(width) as u16;
        top + list + bottom + 1
    }

    fn top_lines(&self, m: &Model, v: &QuestionView, width: u16) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        if let Some(intro) = &v.intro {
            out.extend(lines(intro, m.theme.muted));
        }
        out.push(Line::from(Span::styled(v.label.clone(), m.theme.muted)));
        out.extend(lines(&v.text, m.theme.read_aloud));
        if let Some((heading, text)) = &v.in_worker_language {
            out.push(Line::from(Span::styled(heading.clone(), m.theme.muted)));
            out.extend(lines(text, m.theme.worker));
        }
        out.push(Line::from(""));
        match v.kind {
            QuestionKind::YesNo => out.extend(answer_keys(
                m,
                &[
                    Action::Yes,
                    Action::No,
                    Action::Declined,
                    Action::DontKnow,
                    Action::NotAsked,
                ],
                false,
                width,
            )),
            QuestionKind::Note => out.push(Line::from(Span::styled(v.prompt.clone(), m.theme.key))),
            _ => out.push(Line::from(Span::styled(v.prompt.clone(), m.theme.muted))),
        }
        out
    }

    fn bottom_lines(&self, m: &Model, v: &QuestionView, width: u16) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        if matches!(
            v.kind,
            QuestionKind::Single
                | QuestionKind::Multiple
                | QuestionKind::Number
                | QuestionKind::Date
                | QuestionKind::Text
        ) {
            out.extend(answer_keys(
                m,
                &[Action::Declined, Action::DontKnow, Action::NotAsked],
                v.kind == QuestionKind::Text,
                width,
            ));
        }
        if let Some(e) = &self.error {
            out.push(Line::from(Span::styled(e.line(), m.theme.warning)));
        }
        if let Some(c) = &v.current {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                m.l10n.tr_args(
                    "question-current-answer",
                    &crate::present::args([("answer", c.clone().into())]),
                ),
                m.theme.ok,
            )));
        }
        out
    }

    /// One list item per visible choice: its number key, its mark (ticked, chosen) and its
    /// label wrapped under itself.
    fn choice_items(
        &self,
        m: &Model,
        v: &QuestionView,
        visible: &[(usize, String)],
        width: u16,
    ) -> Vec<ListItem<'static>> {
        let multiple = v.kind == QuestionKind::Multiple;
        visible
            .iter()
            .enumerate()
            .map(|(n, (pos, id))| {
                let row = &v.choices[*pos];
                let mark = match (multiple, self.ticked.contains(id), row.chosen) {
                    (true, true, _) => "[x] ",
                    (true, false, _) => "[ ] ",
                    (false, _, true) => "(•) ",
                    (false, _, false) => "( ) ",
                };
                let number = if n < 9 {
                    format!("{} ", n + 1)
                } else {
                    "  ".into()
                };
                let mut text = format!("{number}{mark}{}", row.label);
                if let Some(w) = &row.worker_label {
                    text.push_str(&format!("  ({w})"));
                }
                ListItem::new(wrapped(&text, width, 6, m.theme.base))
            })
            .collect()
    }

    fn question_body(&self, m: &Model, f: &mut Frame, area: Rect, v: &QuestionView, typing: bool) {
        let top = para(self.top_lines(m, v, area.width));
        let top_h = (top.line_count(area.width) as u16).min(area.height);
        let choice_kind = matches!(v.kind, QuestionKind::Single | QuestionKind::Multiple);
        let input_kind = matches!(
            v.kind,
            QuestionKind::Number | QuestionKind::Date | QuestionKind::Text
        );
        let filter_h = u16::from(choice_kind && (self.filtering || !self.filter.text.is_empty()));
        let visible = if choice_kind {
            self.visible(m)
        } else {
            Vec::new()
        };
        // Choices wrap to the width (a long label is never cut); their height counts.
        let items: Vec<ListItem> = if choice_kind {
            self.choice_items(m, v, &visible, area.width)
        } else {
            Vec::new()
        };
        let list_h = if choice_kind {
            (items.iter().map(|i| i.height() as u16).sum::<u16>()).max(1)
        } else {
            u16::from(input_kind)
        };
        let [top_area, filter_area, list_area, bottom_area] = Layout::vertical([
            Constraint::Length(top_h),
            Constraint::Length(filter_h),
            Constraint::Length(list_h),
            Constraint::Min(0),
        ])
        .areas(area);
        f.render_widget(top, top_area);
        if filter_h > 0 {
            filter_line(m, f, filter_area, &self.filter, self.filtering);
        }
        if choice_kind {
            if visible.is_empty() {
                f.render_widget(
                    Paragraph::new(m.l10n.tr_args(
                        "question-no-match",
                        &crate::present::args([(
                            "filter",
                            crate::present::safe(&self.filter.text).into(),
                        )]),
                    )),
                    list_area,
                );
            }
            let mut state = ListState::default().with_selected(self.cursor);
            f.render_stateful_widget(
                List::new(items).highlight_style(m.theme.selected),
                list_area,
                &mut state,
            );
        } else if input_kind {
            self.input.render(
                f,
                list_area,
                Span::styled("> ", m.theme.key),
                m.theme.selected,
                v.sensitive && !m.prefs.show_sensitive,
                !self.filtering && (typing || v.kind != QuestionKind::Text),
            );
        }
        f.render_widget(para(self.bottom_lines(m, v, area.width)), bottom_area);
    }
}

/// "[y] Yes   [n] No   ..." from the keymap (the keys that work now: F5 while typing),
/// broken into lines of `width` between answers, never inside one: "[s] Não" at the end of
/// a line and "perguntado" on the next would read as two answers.
fn answer_keys(m: &Model, actions: &[Action], typing: bool, width: u16) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0usize;
    for &a in actions {
        let Some(b) = keymap::binding(Context::Question, a) else {
            continue;
        };
        let key = b
            .keys
            .iter()
            .find(|k| !typing || matches!(k, keymap::Key::F(_)))
            .map(|k| k.label())
            .unwrap_or_default();
        let label = match a {
            Action::Yes => m.tr("answer-yes"),
            Action::No => m.tr("answer-no"),
            Action::Declined => m.tr("answer-declined"),
            Action::DontKnow => m.tr("answer-dont-know"),
            _ => m.tr("answer-not-asked"),
        };
        let key = format!("[{key}] ");
        let item = UnicodeWidthStr::width(key.as_str()) + UnicodeWidthStr::width(label.as_str());
        let gap = if spans.is_empty() { 0 } else { 3 };
        if !spans.is_empty() && used + gap + item > usize::from(width) {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        } else if gap > 0 {
            spans.push(Span::raw("   "));
            used += gap;
        }
        spans.push(Span::styled(key, m.theme.key));
        spans.push(Span::raw(label));
        used += item;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

/// The guidance panel, wrapped to `width` here rather than by ratatui, whose wrapping puts a
/// wide (Korean, Chinese) character in the last column when only one is left, where it
/// overwrites the box's border.
fn guidance(m: &Model, v: &QuestionView, width: u16) -> Paragraph<'static> {
    let mut g = Vec::new();
    for (heading, text) in [
        ("question-guidance", &v.guidance),
        ("question-purpose", &v.purpose),
    ] {
        if let Some(t) = text {
            g.push(Line::from(Span::styled(m.tr(heading), m.theme.title)));
            for l in t.split('\n') {
                g.extend(wrapped(l, width, 0, m.theme.worker));
            }
        }
    }
    para(g)
}
