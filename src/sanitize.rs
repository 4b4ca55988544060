//! Strings from files are shown as text, never interpreted by the terminal (invariant 5).

/// Replaces control characters (C0, DEL, C1, which carry terminal escape sequences) and
/// Unicode bidi overrides with visible placeholders. Newlines and tabs are kept.
pub fn terminal_safe(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    s.chars()
        .map(|c| if needs_escape(c) { '\u{FFFD}' } else { c })
        .collect()
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_neutralized() {
        let s = terminal_safe("a\x1b]0;title\x07b\u{9b}c\u{202e}d\ne");
        assert!(!s.contains('\x1b') && !s.contains('\x07') && !s.contains('\u{9b}'));
        assert!(!s.contains('\u{202e}'));
        assert!(s.ends_with("d\ne"));
    }
}
