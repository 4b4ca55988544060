//! A one-line text field edited in place, drawn with the real terminal cursor (screen
//! magnifiers, screen readers and CJK input methods follow it). Secret fields zeroize their
//! content when cleared or dropped.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;
use zeroize::Zeroize;

use crate::sanitize::terminal_safe;
use crate::tui::keymap::{self, Action, Edit};

#[derive(Debug, Clone, Default)]
pub struct TextField {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
    pub secret: bool,
    /// Only these characters are typed (numbers and dates); None: any.
    pub accept: Option<fn(char) -> bool>,
}

impl Drop for TextField {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

impl TextField {
    pub fn secret() -> TextField {
        let mut f = TextField::default();
        f.secret = true;
        f
    }

    pub fn with_text(text: &str) -> TextField {
        TextField {
            cursor: text.chars().count(),
            text: text.to_string(),
            ..TextField::default()
        }
    }

    /// A field that takes digits and `-` only (numbers, dates): letters stay free for the
    /// one-key answers.
    pub fn numeric(text: &str) -> TextField {
        let mut f = TextField::with_text(text);
        f.accept = Some(|c| c.is_ascii_digit() || c == '-');
        f
    }

    pub fn clear(&mut self) {
        self.text.zeroize();
        self.text.clear();
        self.cursor = 0;
    }

    /// Hands the text over (for a passphrase: into a SecretString) and clears the field.
    pub fn take(&mut self) -> String {
        let t = std::mem::take(&mut self.text);
        self.cursor = 0;
        t
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_idx)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// Whether this key press is the field's to use.
    pub fn wants(&self, ev: &KeyEvent) -> bool {
        match keymap::edit(ev) {
            Some(Edit::Type(c)) => self.accept.is_none_or(|f| f(c)),
            Some(Edit::Action(_)) => true,
            None => false,
        }
    }

    /// Applies an editing key; false when the key is not for the field.
    pub fn handle(&mut self, ev: &KeyEvent) -> bool {
        match keymap::edit(ev) {
            Some(Edit::Type(c)) if self.accept.is_none_or(|f| f(c)) => self.insert(c),
            Some(Edit::Action(a)) => match a {
                Action::DeleteBack => self.backspace(),
                Action::DeleteForward => self.delete(),
                Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
                Action::CursorRight => {
                    self.cursor = (self.cursor + 1).min(self.text.chars().count())
                }
                Action::CursorHome => self.cursor = 0,
                Action::CursorEnd => self.cursor = self.text.chars().count(),
                _ => return false,
            },
            _ => return false,
        }
        true
    }

    pub fn insert(&mut self, c: char) {
        // Control characters never enter a field (they could end up in a record).
        if c.is_control() {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let at = self.byte_at(self.cursor - 1);
        self.text.remove(at);
        self.cursor -= 1;
    }

    fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    /// What is shown: bullets for a secret (or a masked answer), the text made safe.
    pub fn display(&self, masked: bool) -> String {
        if self.secret || masked {
            "•".repeat(self.text.chars().count())
        } else {
            terminal_safe(&self.text)
        }
    }

    /// Draws `prefix` and the field on one line of `area`; with `focus`, the terminal cursor
    /// stands at the insertion point.
    pub fn render(
        &self,
        f: &mut Frame,
        area: Rect,
        prefix: Span<'_>,
        style: Style,
        masked: bool,
        focus: bool,
    ) {
        let shown = self.display(masked);
        let before: String = shown.chars().take(self.cursor).collect();
        let x = area.x as usize + prefix.width() + before.width();
        f.render_widget(
            Paragraph::new(Line::from(vec![prefix, Span::styled(shown, style)])),
            area,
        );
        if focus && area.height > 0 {
            let x = (x as u16).min(area.right().saturating_sub(1));
            f.set_cursor_position(Position::new(x, area.y));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn edits_wide_characters_and_refuses_control_characters() {
        let mut f = TextField::default();
        for c in "año中\x1b".chars() {
            f.insert(c);
        }
        assert_eq!(f.text, "año中");
        assert!(f.handle(&k(KeyCode::Left)));
        assert!(f.handle(&k(KeyCode::Backspace)));
        assert_eq!(f.text, "añ中");
        f.handle(&k(KeyCode::Home));
        f.handle(&k(KeyCode::Delete));
        assert_eq!(f.text, "ñ中");
        assert!(!f.handle(&k(KeyCode::Enter)), "Enter is not the field's");
        let mut s = TextField::secret();
        s.insert('x');
        assert_eq!(s.display(false), "•");
        let mut n = TextField::numeric("");
        assert!(
            !n.handle(&k(KeyCode::Char('d'))),
            "letters stay one-key answers"
        );
        assert!(n.handle(&k(KeyCode::Char('4'))));
        assert_eq!(n.text, "4");
    }
}
