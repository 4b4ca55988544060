//! Reading lantern's own source for the tests that check its shape: files, code without
//! comments and test modules, and string literals.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/<rel>` (a folder or a file).
pub fn rust_files(rel: &str) -> Vec<PathBuf> {
    let root = super::root().join("src").join(rel);
    if root.is_file() {
        return vec![root];
    }
    let mut out: Vec<PathBuf> = super::all_files(&root)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    out.sort();
    out
}

/// Removes the message of every `marker"..."` (invariant explanations for programmers,
/// such as `.expect("...")`, are not text for a person).
fn drop_messages(code: &str, marker: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(i) = rest.find(marker) {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        // Skip the literal up to its closing quote.
        let mut escaped = false;
        let mut end = rest.len();
        for (j, c) in rest.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = j;
                    break;
                }
                _ => escaped = false,
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The code of a file: comments, attributes, the `#[cfg(test)]` module and programmers'
/// messages (`expect`, `panic!`, `unreachable!`) removed.
pub fn code(path: &Path) -> String {
    let mut c = code_lines(path);
    for marker in [".expect(\"", "panic!(\"", "unreachable!(\""] {
        c = drop_messages(&c, marker);
    }
    c
}

fn code_lines(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with("//") || t.starts_with("#[") {
                ""
            } else {
                // A trailing comment (never inside a string in this code base's style).
                match l.find(" // ") {
                    Some(i) if !l[..i].contains('"') => &l[..i],
                    _ => l,
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals of some code, with the line each starts on.
pub fn literals(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = code.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        // Character literals like '"' are not strings.
        if c == '"' && prev != '\'' {
            let start = line;
            let mut s = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        if let Some(e) = chars.next() {
                            s.push('\\');
                            s.push(e);
                        }
                    }
                    '"' => break,
                    '\n' => {
                        line += 1;
                        s.push(d);
                    }
                    _ => s.push(d),
                }
            }
            out.push((start, s));
            prev = '"';
            continue;
        }
        prev = c;
    }
    out
}
