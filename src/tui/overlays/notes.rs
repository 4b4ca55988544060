//! The notes pane: free text about the conversation, saved encrypted with the draft while
//! the worker types (after a pause in typing), and on close, pause, lock and quick exit.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};
use zeroize::Zeroize;

use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::widgets::chrome::{boxed, centered, clear};

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
        if area.input(input.key) {
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
        let block = boxed(m, m.tr("question-notes-title"));
        let inner = block.inner(r);
        f.render_widget(block, r);
        f.render_widget(self.area(), inner);
        let c = self.area().screen_cursor();
        let (x, y) = (inner.x + c.col as u16, inner.y + c.row as u16);
        if inner.contains(Position::new(x, y)) {
            f.set_cursor_position(Position::new(x, y));
        }
    }
}
