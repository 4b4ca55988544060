//! The messages of a Fluent catalog (`locales/<tag>/ui.ftl`) as texts a translator edits,
//! and writing one back into the file without touching anything else.
//!
//! A message's text is its pattern as written after `id =`: one line stays one line; a
//! block (`id =` then indented lines) is given without its indentation. Select
//! expressions (`{ $count -> [one] … *[other] … }`) stay inside the text, as Fluent writes
//! them: a translator keeps their shape and translates the words.

use std::ops::Range;

/// One message of a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub text: String,
    /// The `#` comment lines right above it (without `# `).
    pub comment: Vec<String>,
    /// The `##` heading of the group it is in.
    pub group: Option<String>,
    /// 1-based line of `id =`.
    pub line: usize,
    /// The bytes of the message (its lines, without the comment above it).
    pub range: Range<usize>,
}

fn starts_entry(line: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
}

/// A line that belongs to the message above it: indented, or a select expression's
/// closing brace or variant written at the start of the line.
fn continues(line: &str) -> bool {
    line.starts_with([' ', '\t', '}', '[', '*', '.'])
}

/// The messages of `text`, in order. Lines that are not messages (comments, junk) are
/// skipped here: a syntax error is the catalog loader's to report.
pub fn messages(text: &str) -> Vec<Message> {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |offset, l| {
            let start = *offset;
            *offset += l.len();
            Some((start, l))
        })
        .collect();
    let mut out = Vec::new();
    let mut group = None;
    let mut comment: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, raw) = lines[i];
        let line = raw.trim_end_matches(['\n', '\r']);
        if let Some(h) = line.strip_prefix("## ") {
            group = Some(h.trim().to_string());
            comment.clear();
            i += 1;
            continue;
        }
        if line.starts_with("###") || line == "##" {
            comment.clear();
            i += 1;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            comment.push(c.strip_prefix(' ').unwrap_or(c).to_string());
            i += 1;
            continue;
        }
        if line.trim().is_empty() {
            comment.clear();
            i += 1;
            continue;
        }
        let Some((id, first)) = line.split_once('=').filter(|_| starts_entry(line)) else {
            comment.clear();
            i += 1;
            continue;
        };
        // The message's lines: this one and those that continue it (blank lines only
        // when more of it follows).
        let mut end = i + 1;
        let mut last = i;
        while end < lines.len() {
            let l = lines[end].1.trim_end_matches(['\n', '\r']);
            if l.trim().is_empty() {
                end += 1;
                continue;
            }
            if continues(l) {
                last = end;
                end += 1;
                continue;
            }
            break;
        }
        let body: Vec<&str> = lines[i + 1..=last]
            .iter()
            .map(|(_, l)| l.trim_end_matches(['\n', '\r']))
            .collect();
        let first = first.trim();
        let text = if first.is_empty() {
            dedent(&body)
        } else {
            std::iter::once(first)
                .chain(body.iter().copied())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let end_byte = lines[last].0 + lines[last].1.len();
        out.push(Message {
            id: id.trim().to_string(),
            text,
            comment: std::mem::take(&mut comment),
            group: group.clone(),
            line: i + 1,
            range: start..end_byte,
        });
        i = last + 1;
    }
    out
}

fn dedent(lines: &[&str]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The message as Fluent source, ending with a line break: `id = text` when it is one
/// line, else a block indented by four spaces.
pub fn format(id: &str, text: &str) -> String {
    if !text.contains('\n') {
        return format!("{id} = {text}\n");
    }
    let mut out = format!("{id} =\n");
    for l in text.lines() {
        if l.is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// The `$variables` a text uses, sorted.
pub fn variables(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .match_indices('$')
        .map(|(i, _)| {
            text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Whether `id = text` parses as exactly one Fluent message; the parser's complaint if not.
pub fn check(id: &str, text: &str) -> Result<(), String> {
    let src = format(id, text);
    match fluent_syntax::parser::parse(src.as_str()) {
        Ok(res) => {
            let n = res
                .body
                .iter()
                .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
                .count();
            if n == 1 && res.body.len() == 1 {
                Ok(())
            } else {
                Err("the text reads as more than one Fluent message".to_string())
            }
        }
        Err((_, errors)) => Err(errors
            .first()
            .map(|e| format!("{:?}", e.kind))
            .unwrap_or_else(|| "not valid Fluent".to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# header\n\n## Resume\n# A note for translators\nresume-info = { $protocol }, { $answers ->\n    [one] 1 answer\n   *[other] { $answers } answers\n} so far.\nblock =\n    First line\n\n    Third line\n\nnext = x\n";

    #[test]
    fn reads_one_line_select_and_block_messages() {
        let m = messages(FTL);
        let ids: Vec<&str> = m.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["resume-info", "block", "next"]);
        assert_eq!(
            m[0].text,
            "{ $protocol }, { $answers ->\n    [one] 1 answer\n   *[other] { $answers } answers\n} so far."
        );
        assert_eq!(m[0].comment, ["A note for translators"]);
        assert_eq!(m[0].group.as_deref(), Some("Resume"));
        assert_eq!(m[0].line, 5);
        assert_eq!(m[1].text, "First line\n\nThird line");
        assert_eq!(&FTL[m[2].range.clone()], "next = x\n");
        assert_eq!(variables(&m[0].text), ["answers", "protocol"]);
    }

    #[test]
    fn formatted_messages_read_back_the_same_and_parse() {
        for m in messages(FTL) {
            let src = format(&m.id, &m.text);
            let back = messages(&src);
            assert_eq!(back[0].text, m.text, "{src}");
            check(&m.id, &m.text).unwrap();
        }
        assert!(check("x", "{ $n ->\n [one] a\n}").is_err());
        assert!(check("x", "a { $n").is_err());
        // A translation cannot smuggle in another message: every line is indented.
        assert_eq!(messages(&format("x", "a\ny = b")).len(), 1);
    }
}
