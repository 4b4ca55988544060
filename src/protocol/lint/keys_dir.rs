//! A private key in keys/ defeats the whole design (the laptop must not be able to read what
//! it saved): lint and doctor look for one.

use std::path::Path;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::rules;

const PRIVATE_MARKERS: &[&str] = &[
    "AGE-SECRET-KEY-",
    "-----BEGIN OPENSSH PRIVATE KEY-----",
    "-----BEGIN RSA PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----",
    "-----BEGIN ENCRYPTED PRIVATE KEY-----",
    "-----BEGIN EC PRIVATE KEY-----",
];

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
        for marker in PRIVATE_MARKERS {
            if let Some(at) = file.text.find(marker) {
                out.push(file.diagnostic(
                    rules::PRIVATE_KEY,
                    at..at,
                    "a private key is stored in the keys folder".to_string(),
                    "move it off this device now (it belongs with the supervisor) and keep only public `age1...`/ssh public keys here; treat the key as exposed".to_string(),
                ));
                break;
            }
        }
    }
}
