//! The notes pane: free text about the conversation, saved encrypted with the draft while
//! the worker types (after a pause in typing), and on close, pause, lock and quick exit.
//!
//! Notes are the one place a worker could type what happened and who did it, and records
//! can be subpoenaed: the pane says what belongs there (what services need to follow up)
//! and holds at most `session::NOTES_MAX_CHARS`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui_textarea::{TextArea, WrapMode};
use zeroize::Zeroize;

use crate::session::NOTES_MAX_CHARS;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::widgets::chrome::{boxed, centered, clear, para, wrapped};

pub struct NotesPane {
    /// Always Some; an Option so that Drop can take it and zeroize its lines.
    area: Option<TextArea<'static>>,
}

impl Drop for NotesPane {
    fn drop(&mut self) {
        if let Some(a) = self.area.take() {
            for mut line in a.into_lines() {
                line.zeroize();
            }
        }
    }
}

impl NotesPane {
    pub fn new(text: &str) -> NotesPane {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        // The real terminal cursor marks the insertion point (see `view`), not a drawn one.
        area.set_cursor_style(Style::default());
        area.set_cursor_line_style(Style::default());
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        // No undo history: it would keep copies of deleted text in memory.
        area.set_max_histories(0);
        NotesPane { area: Some(area) }
    }

    fn area(&self) -> &TextArea<'static> {
        self.area.as_ref().expect("set in new, taken only by drop")
    }

    pub fn text(&self) -> String {
        self.area().lines().join("\n")
    }

    /// False: close (the text is committed to the screening first).
    pub fn update(&mut self, m: &mut Model, input: Input) -> bool {
        if matches!(input.act, Some(Action::Cancel | Action::Notes)) {
            let changed = m.active.as_ref().is_some_and(|a| a.notes != self.text());
            if let Some(a) = &mut m.active
                && changed
            {
                a.notes = self.text();
                a.screening.record(crate::engine::AuditKind::NotesEdited);
                m.effect(Effect::Autosave);
            }
            return false;
        }
        let area = self.area.as_mut().expect("set in new, taken only by drop");
        // At the limit, a key that would add text is refused (editing and deleting go on).
        let adds = crate::tui::keymap::typed(&input.key).is_some()
            || crate::tui::keymap::is_enter(&input.key);
        if adds && chars(area) >= NOTES_MAX_CHARS {
            m.status = Some(crate::tui::app::Status::Problem(crate::present::Message {
                text: m.l10n.tr_args(
                    "notes-full",
                    &crate::present::args([("max", NOTES_MAX_CHARS.into())]),
                ),
                hint: None,
            }));
        } else if area.input(input.key) {
            m.effect(Effect::NotesChanged);
        }
        true
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let r = centered(
            area,
            area.width.saturating_sub(6).max(30),
            area.height.saturating_sub(4).max(6),
        );
        clear(f, r, m.theme.base);
        let count = m.l10n.tr_args(
            "notes-count",
            &crate::present::args([
                ("count", chars(self.area()).into()),
                ("max", NOTES_MAX_CHARS.into()),
            ]),
        );
        let block = boxed(m, m.tr("question-notes-title"))
            .title_bottom(Line::from(Span::styled(count, m.theme.muted)).right_aligned());
        let inner = block.inner(r);
        f.render_widget(block, r);
        // What belongs in the notes stays in view under the text.
        let hint = wrapped(&m.tr("notes-hint"), inner.width, 0, m.theme.muted);
        let hint_h = (hint.len() as u16).min(inner.height / 3);
        let [inner, hint_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(hint_h)]).areas(inner);
        f.render_widget(para(hint), hint_area);
        f.render_widget(self.area(), inner);
        let c = self.area().screen_cursor();
        let (x, y) = (inner.x + c.col as u16, inner.y + c.row as u16);
        if inner.contains(Position::new(x, y)) {
            f.set_cursor_position(Position::new(x, y));
        }
    }
}

/// Characters in the pane (line breaks count as one).
fn chars(area: &TextArea<'static>) -> usize {
    let lines = area.lines();
    lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
}
