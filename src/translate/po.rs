//! GNU gettext PO files, the format every translation tool reads (Weblate, Pontoon, Crowdin,
//! Poedit, Lokalize): a writer whose output `msgfmt --check` accepts (tests/translate.rs) and
//! a reader that keeps each entry's line, so a refused entry is reported where the
//! translator can find it.
//!
//! Only what lantern writes and translation tools hand back is read: `msgctxt`, `msgid`,
//! `msgstr`, the comment kinds and flags. Plural entries (`msgid_plural`) are refused:
//! lantern's plurals live inside the Fluent text itself.

use std::fmt::Write as _;

/// One translation unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// `#.` lines: what the text is for (written by lantern for the translator).
    pub extracted: Vec<String>,
    /// `#:` lines: where the text is in its file.
    pub references: Vec<String>,
    /// `#,` flags (`fuzzy`, …).
    pub flags: Vec<String>,
    pub context: Option<String>,
    pub source: String,
    pub translation: String,
    /// 1-based line of the entry's first keyword (`msgctxt`, else `msgid`).
    pub line: usize,
    /// 1-based line of `msgid` and of `msgstr`.
    pub source_line: usize,
    pub translation_line: usize,
}

impl Entry {
    pub fn is_fuzzy(&self) -> bool {
        self.flags.iter().any(|f| f == "fuzzy")
    }
}

/// A whole PO file: the header's fields and the entries, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// `# ` lines before the header entry.
    pub comments: Vec<String>,
    /// The header entry's `Name: value` fields, in order.
    pub header: Vec<(String, String)>,
    pub entries: Vec<Entry>,
}

impl Catalog {
    pub fn header_field(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The file's text.
    pub fn to_po(&self) -> String {
        let mut out = String::new();
        for c in &self.comments {
            line_comment(&mut out, "#", c);
        }
        let header: String = self
            .header
            .iter()
            .map(|(k, v)| format!("{k}: {v}\n"))
            .collect();
        write_field(&mut out, "msgid", "");
        write_field(&mut out, "msgstr", &header);
        for e in &self.entries {
            out.push('\n');
            for c in &e.extracted {
                line_comment(&mut out, "#.", c);
            }
            for r in &e.references {
                line_comment(&mut out, "#:", r);
            }
            if !e.flags.is_empty() {
                let _ = writeln!(out, "#, {}", e.flags.join(", "));
            }
            if let Some(c) = &e.context {
                write_field(&mut out, "msgctxt", c);
            }
            write_field(&mut out, "msgid", &e.source);
            write_field(&mut out, "msgstr", &e.translation);
        }
        out
    }
}

fn line_comment(out: &mut String, mark: &str, text: &str) {
    for l in text.lines() {
        if l.is_empty() {
            let _ = writeln!(out, "{mark}");
        } else {
            let _ = writeln!(out, "{mark} {l}");
        }
    }
}

/// `keyword "…"`, split after each line break as gettext's own tools do.
fn write_field(out: &mut String, keyword: &str, value: &str) {
    let pieces: Vec<&str> = value.split_inclusive('\n').collect();
    if pieces.len() <= 1 {
        let _ = writeln!(out, "{keyword} \"{}\"", escape(value));
        return;
    }
    let _ = writeln!(out, "{keyword} \"\"");
    for p in pieces {
        let _ = writeln!(out, "\"{}\"", escape(p));
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\{:03o}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// A PO file that cannot be read, with where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

fn err(line: usize, column: usize, message: impl Into<String>) -> SyntaxError {
    SyntaxError {
        line,
        column,
        message: message.into(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Source,
    Translation,
}

/// Reads a PO file. Obsolete entries (`#~`) and translator comments (`# `) are skipped.
pub fn parse(text: &str) -> Result<Catalog, SyntaxError> {
    let mut cat = Catalog::default();
    let mut cur = Entry::default();
    let mut field: Option<Field> = None;
    let mut started = false;
    let mut seen_header = false;
    let mut pending_comments: Vec<String> = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let finish = |cur: &mut Entry,
                  cat: &mut Catalog,
                  seen_header: &mut bool,
                  pending: &mut Vec<String>,
                  field: Option<Field>|
     -> Result<(), SyntaxError> {
        let e = std::mem::take(cur);
        if field != Some(Field::Translation) {
            return Err(err(e.line, 1, "this entry has no `msgstr`"));
        }
        if e.source.is_empty() && e.context.is_none() && !*seen_header {
            *seen_header = true;
            cat.comments = std::mem::take(pending);
            for l in e.translation.lines() {
                if let Some((k, v)) = l.split_once(':') {
                    cat.header
                        .push((k.trim().to_string(), v.trim().to_string()));
                }
            }
        } else {
            pending.clear();
            cat.entries.push(e);
        }
        Ok(())
    };

    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end_matches('\r').trim_start();
        if line.is_empty() || line.starts_with("#~") {
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            // A comment after a complete entry starts the next one.
            if started && field == Some(Field::Translation) {
                finish(
                    &mut cur,
                    &mut cat,
                    &mut seen_header,
                    &mut pending_comments,
                    field,
                )?;
                started = false;
                field = None;
            }
            let text_of = |r: &str| r.strip_prefix(' ').unwrap_or(r).to_string();
            match rest.chars().next() {
                Some('.') => cur.extracted.push(text_of(&rest[1..])),
                Some(':') => cur.references.push(text_of(&rest[1..])),
                Some(',') => cur.flags.extend(
                    rest[1..]
                        .split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(String::from),
                ),
                Some('|') => {}
                _ => pending_comments.push(text_of(rest)),
            }
            continue;
        }
        let column = raw.len() - raw.trim_start().len() + 1;
        if line.starts_with('"') {
            let s = unquote(line, n, column)?;
            match field {
                Some(Field::Context) => cur.context.get_or_insert_with(String::new).push_str(&s),
                Some(Field::Source) => cur.source.push_str(&s),
                Some(Field::Translation) => cur.translation.push_str(&s),
                None => return Err(err(n, column, "a string with no keyword before it")),
            }
            continue;
        }
        let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let value_col = column + keyword.len() + (rest.len() - rest.trim_start().len()) + 1;
        let value = unquote(rest.trim(), n, value_col)?;
        match keyword {
            "msgctxt" | "msgid" if started && field == Some(Field::Translation) => {
                finish(
                    &mut cur,
                    &mut cat,
                    &mut seen_header,
                    &mut pending_comments,
                    field,
                )?;
                field = None;
                started = false;
            }
            _ => {}
        }
        match keyword {
            "msgctxt" => {
                if started {
                    return Err(err(n, column, "`msgctxt` in the middle of an entry"));
                }
                started = true;
                cur.line = n;
                cur.context = Some(value);
                field = Some(Field::Context);
            }
            "msgid" => {
                if started && field != Some(Field::Context) {
                    return Err(err(n, column, "`msgid` in the middle of an entry"));
                }
                if !started {
                    cur.line = n;
                }
                started = true;
                cur.source_line = n;
                cur.source = value;
                field = Some(Field::Source);
            }
            "msgid_plural" => {
                return Err(err(
                    n,
                    column,
                    "plural entries are not used by lantern: its plurals are inside the text",
                ));
            }
            "msgstr" | "msgstr[0]" if field == Some(Field::Source) => {
                cur.translation_line = n;
                cur.translation = value;
                field = Some(Field::Translation);
            }
            "msgstr" => return Err(err(n, column, "`msgstr` without a `msgid` before it")),
            other => {
                return Err(err(n, column, format!("`{other}` is not a PO keyword")));
            }
        }
    }
    if started {
        finish(
            &mut cur,
            &mut cat,
            &mut seen_header,
            &mut pending_comments,
            field,
        )?;
    }
    Ok(cat)
}

/// The text of one `"…"` with its escapes resolved.
fn unquote(s: &str, line: usize, column: usize) -> Result<String, SyntaxError> {
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| err(line, column, "expected a string in double quotes"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let col = column + 1 + inner[..i].chars().count();
        match c {
            '"' => {
                return Err(err(
                    line,
                    col,
                    "a `\"` inside a string must be written `\\\"`",
                ));
            }
            '\\' => match chars.next().map(|(_, c)| c) {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('\\') => out.push('\\'),
                Some('"') => out.push('"'),
                Some('a') => out.push('\u{7}'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('v') => out.push('\u{b}'),
                Some(d @ '0'..='7') => {
                    let mut v = d.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek() {
                            Some(&(_, d @ '0'..='7')) => {
                                v = v * 8 + d.to_digit(8).unwrap_or(0);
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                other => {
                    return Err(err(
                        line,
                        col,
                        format!(
                            "`\\{}` is not an escape PO knows",
                            other.map(String::from).unwrap_or_default()
                        ),
                    ));
                }
            },
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Catalog {
        Catalog {
            comments: vec!["lantern: the protocol youth in vi".into()],
            header: vec![
                ("Language".into(), "vi".into()),
                ("Content-Type".into(), "text/plain; charset=UTF-8".into()),
            ],
            entries: vec![
                Entry {
                    extracted: vec!["Read aloud.".into(), "Fits 76 columns.".into()],
                    references: vec!["screening/youth.toml:12".into()],
                    flags: vec!["fuzzy".into()],
                    context: Some("question[age].text".into()),
                    source: "How old\nare \"you\"?\t\\".into(),
                    translation: "Bạn bao nhiêu tuổi?".into(),
                    ..Entry::default()
                },
                Entry {
                    context: Some("x".into()),
                    source: "Only English".into(),
                    ..Entry::default()
                },
            ],
        }
    }

    #[test]
    fn written_then_read_is_the_same() {
        let cat = sample();
        let text = cat.to_po();
        let back = parse(&text).unwrap();
        assert_eq!(back.header, cat.header);
        assert_eq!(back.comments, cat.comments);
        assert_eq!(back.entries.len(), 2);
        let e = &back.entries[0];
        assert_eq!(e.source, cat.entries[0].source);
        assert_eq!(e.translation, cat.entries[0].translation);
        assert_eq!(e.context, cat.entries[0].context);
        assert_eq!(e.extracted, cat.entries[0].extracted);
        assert!(e.is_fuzzy());
        assert!(!back.entries[1].is_fuzzy());
        assert_eq!(back.entries[1].translation, "");
        // Lines point at the keywords.
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[e.line - 1].starts_with("msgctxt"));
        assert!(lines[e.source_line - 1].starts_with("msgid"));
        assert!(lines[e.translation_line - 1].starts_with("msgstr"));
    }

    #[test]
    fn broken_files_say_where() {
        let e = parse("msgid \"a\"\nmsgstr \"b\nc\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
        let e = parse("msgid \"a\"\nmsgstr \"a\\q\"\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("\\q"), "{e}");
        let e = parse("msgid \"a\"\nmsgid_plural \"b\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        let e = parse("msgid \"a\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("\"stray\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("msgid \"a\"\nmsgstr \"b\"\nfoo \"c\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
    }

    #[test]
    fn escapes_control_characters_as_octal() {
        assert_eq!(escape("a\u{1}b"), "a\\001b");
        assert_eq!(unquote("\"a\\001b\"", 1, 1).unwrap(), "a\u{1}b");
    }
}
