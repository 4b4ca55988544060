//! A private key in keys/ defeats the whole design (the laptop must not be able to read what
//! it saved): lint and doctor look for one.

use std::path::Path;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::rules;

/// Where a private key starts in `text`: an age identity (`AGE-SECRET-KEY-1` and its
/// Bech32 body, in any letter case: lantern's own reader accepts a lower-cased one) or a PEM
/// private key block, wherever on a line it starts (after a public key, for example). A mere
/// mention (a README) does not count.
pub fn find_private_key(text: &str) -> Option<usize> {
    // ASCII upper-casing keeps every byte offset.
    let upper = text.to_ascii_uppercase();
    let bech32 = |c: char| c.is_ascii_digit() || c.is_ascii_uppercase();
    let mut from = 0;
    let mut found = None;
    while let Some(i) = upper[from..].find("AGE-SECRET-KEY-1") {
        let at = from + i;
        let body = &upper[at + "AGE-SECRET-KEY-1".len()..];
        if body.chars().take_while(|&c| bech32(c)).count() >= 50 {
            found = Some(at);
            break;
        }
        from = at + 1;
    }
    let mut offset = 0;
    for line in upper.split_inclusive('\n') {
        if offset >= found.unwrap_or(usize::MAX) {
            break;
        }
        if let Some(b) = line.find("-----BEGIN ")
            && line[b..].trim_end().ends_with("PRIVATE KEY-----")
        {
            return Some(offset + b);
        }
        offset += line.len();
    }
    found
}

/// Files that cannot hold a key in clear: age-encrypted files (records, drafts, the wrapped
/// device key) start with this.
const AGE_HEADER: &[u8] = b"age-encryption.org/";

/// The most of a file that is searched: keys are small, and a key pasted into a large file
/// is near its start or is one of many lines that are read anyway up to here.
const MAX_SCAN: u64 = 4 * 1024 * 1024;

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
        let mut bytes = Vec::new();
        let Ok(file) = std::fs::File::open(&path) else {
            continue;
        };
        if std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_SCAN), &mut bytes).is_err()
            || bytes.starts_with(AGE_HEADER)
        {
            continue;
        }
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

    #[test]
    fn finds_keys_in_any_letter_case_and_after_other_text() {
        let lower = format!("age-secret-key-1{}\n", "q".repeat(58));
        assert_eq!(find_private_key(&lower), Some(0));
        let mixed = format!("# x\nage1abc AgE-SeCrEt-KeY-1{}\n", "q".repeat(58));
        assert_eq!(find_private_key(&mixed), Some(12));
        let pem = "ssh-ed25519 AAAA -----BEGIN OPENSSH PRIVATE KEY-----\n";
        assert_eq!(find_private_key(pem), Some(17));
        let pem_lower = "-----begin private key-----\n";
        assert_eq!(find_private_key(pem_lower), Some(0));
    }
}
