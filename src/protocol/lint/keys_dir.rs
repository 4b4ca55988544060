//! A private key in keys/ defeats the whole design (the laptop must not be able to read what
//! it saved): lint and doctor look for one.

use std::path::Path;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::rules;

/// Where a private key starts in `text`: an age identity (`AGE-SECRET-KEY-1` and its
/// Bech32 body) or a PEM private key block. A mere mention (a README) does not count.
fn find_private_key(text: &str) -> Option<usize> {
    let upper_bech32 = |c: char| c.is_ascii_digit() || c.is_ascii_uppercase();
    let mut from = 0;
    while let Some(i) = text[from..].find("AGE-SECRET-KEY-1") {
        let at = from + i;
        let body = &text[at + "AGE-SECRET-KEY-1".len()..];
        if body.chars().take_while(|&c| upper_bech32(c)).count() >= 50 {
            return Some(at);
        }
        from = at + 1;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with("-----BEGIN ") && t.ends_with("PRIVATE KEY-----") {
            return Some(offset + (line.len() - line.trim_start().len()));
        }
        offset += line.len();
    }
    None
}

/// Scans every file under `dir` (recursively) for private key material.
pub fn check_keys_dir(dir: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    scan(dir, &mut out);
    out.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    out
}

fn scan(dir: &Path, out: &mut Vec<Diagnostic>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, out);
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let file = SourceFile::new(&path, text);
        if let Some(at) = find_private_key(&file.text) {
            out.push(file.diagnostic(
                rules::PRIVATE_KEY,
                at..at,
                "a private key is stored in the keys folder".to_string(),
                "move it off this device now (it belongs with the supervisor) and keep only public `age1...`/ssh public keys here; treat the key as exposed".to_string(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::find_private_key;

    #[test]
    fn finds_real_keys_not_mentions() {
        assert_eq!(
            find_private_key("never put an AGE-SECRET-KEY-... here"),
            None
        );
        assert_eq!(
            find_private_key("text about -----BEGIN ... PRIVATE\nKEY----- blocks"),
            None
        );
        let age = format!("# created\nAGE-SECRET-KEY-1{}\n", "Q".repeat(58));
        assert_eq!(find_private_key(&age), Some(10));
        let pem = "x\n  -----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n";
        assert_eq!(find_private_key(pem), Some(4));
    }
}
