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

/// For text read from a file and kept (a directory import): control characters and whole
/// terminal escape sequences removed rather than replaced; Windows line breaks become line
/// breaks. Says whether anything changed.
pub fn strip_escapes(s: &str) -> (String, bool) {
    // Windows line breaks inside quoted fields are line breaks, not control characters.
    let normalized;
    let s = if s.contains('\r') {
        normalized = s.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        s
    };
    if !s.chars().any(needs_escape) {
        return (s.to_string(), false);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // Skip the whole sequence: ESC [ ... final byte, ESC ] ... BEL/ST, or ESC x.
            match chars.peek() {
                Some('[') => {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    chars.next();
                    while let Some(n) = chars.next() {
                        if n == '\x07' || (n == '\x1b' && chars.peek() == Some(&'\\')) {
                            if n == '\x1b' {
                                chars.next();
                            }
                            break;
                        }
                    }
                }
                Some(_) => {
                    chars.next();
                }
                None => {}
            }
        } else if needs_escape(c) {
            // dropped
        } else {
            out.push(c);
        }
    }
    (out, true)
}

/// JSON for a terminal: serde_json escapes C0 controls; this escapes the C1 controls and
/// the bidi overrides it leaves raw (still valid JSON, the same text once parsed).
pub fn json_safe(json: &str) -> String {
    if !json.chars().any(needs_escape) {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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

    #[test]
    fn json_keeps_the_text_and_escapes_what_terminals_interpret() {
        let raw = serde_json::to_string(&"a\u{9b}2J\u{202e}b\x1b").unwrap();
        let safe = json_safe(&raw);
        assert!(!safe.contains('\u{9b}') && !safe.contains('\u{202e}') && !safe.contains('\x1b'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{9b}2J\u{202e}b\x1b");
    }

    #[test]
    fn kept_text_loses_whole_escape_sequences() {
        assert_eq!(
            strip_escapes("a\x1b[31mred\x1b]0;t\x07b\r\nc"),
            ("aredb\nc".to_string(), true)
        );
        assert_eq!(strip_escapes("plain"), ("plain".to_string(), false));
    }
}
