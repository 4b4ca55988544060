//! A one-line (or, for notes, multi-line) text field edited in place. Secret fields zeroize
//! their content when dropped or cleared.

use zeroize::Zeroize;

#[derive(Debug, Clone, Default)]
pub struct TextField {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
    pub secret: bool,
    pub multiline: bool,
}

impl Drop for TextField {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

impl TextField {
    pub fn secret() -> TextField {
        TextField {
            text: String::new(),
            cursor: 0,
            secret: true,
            multiline: false,
        }
    }

    pub fn multiline(text: &str) -> TextField {
        TextField {
            cursor: text.chars().count(),
            text: text.to_string(),
            secret: false,
            multiline: true,
        }
    }

    pub fn clear(&mut self) {
        self.text.zeroize();
        self.text.clear();
        self.cursor = 0;
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_idx)
            .map(|(b, _)| b)
            .unwrap_or(self.text.len())
    }

    pub fn insert(&mut self, c: char) {
        if c == '\n' && !self.multiline {
            return;
        }
        // Control characters never enter a field (they could end up in a record).
        if c.is_control() && c != '\n' {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let at = self.byte_at(self.cursor - 1);
        self.text.remove(at);
        self.cursor -= 1;
    }

    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }

    /// What is shown: bullets for a secret.
    pub fn display(&self) -> String {
        if self.secret {
            "•".repeat(self.text.chars().count())
        } else {
            self.text.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_wide_characters_and_refuses_control_characters() {
        let mut f = TextField::default();
        for c in "año中\x1b".chars() {
            f.insert(c);
        }
        assert_eq!(f.text, "año中");
        f.left();
        f.backspace();
        assert_eq!(f.text, "añ中");
        f.home();
        f.delete();
        assert_eq!(f.text, "ñ中");
        f.insert('\n');
        assert_eq!(f.text, "ñ中", "no newline in a one-line field");
        let mut s = TextField::secret();
        s.insert('x');
        assert_eq!(s.display(), "•");
    }
}
