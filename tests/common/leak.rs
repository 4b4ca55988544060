//! Looking for plaintext on disk: every file under a folder, searched for marker strings in
//! the encodings a leak could take (UTF-8, UTF-16LE/BE, hex, base64 and base64url at each
//! byte alignment), and in file names.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use base64::Engine;

/// One marker in one encoding.
pub struct Needle {
    pub marker: String,
    pub encoding: String,
    pub bytes: Vec<u8>,
}

/// A marker in every encoding searched for.
pub fn needles(markers: &[&str]) -> Vec<Needle> {
    let mut out = Vec::new();
    for m in markers {
        let b = m.as_bytes();
        let mut add = |encoding: String, bytes: Vec<u8>| {
            out.push(Needle {
                marker: m.to_string(),
                encoding,
                bytes,
            })
        };
        add("utf-8".into(), b.to_vec());
        add(
            "utf-16le".into(),
            m.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        );
        add(
            "utf-16be".into(),
            m.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        );
        add("hex".into(), hex::encode(b).into_bytes());
        add("HEX".into(), hex::encode_upper(b).into_bytes());
        // base64 of the marker starting at byte 0, 1 or 2 of a 3-byte group: the characters
        // that depend on the marker alone.
        for k in 0..3 {
            let mut padded = vec![0u8; k];
            padded.extend_from_slice(b);
            let whole = 4 * ((k + b.len()) / 3);
            let from = if k == 0 { 0 } else { 4 };
            for (name, engine) in [
                ("base64", &base64::engine::general_purpose::STANDARD_NO_PAD),
                (
                    "base64url",
                    &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                ),
            ] {
                let enc = engine.encode(&padded);
                add(format!("{name}@{k}"), enc.as_bytes()[from..whole].to_vec());
            }
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Regular files under `dir`, symlinks not followed (a symlinked folder of the project,
/// such as locales/, is not lantern's to write).
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let Ok(t) = e.file_type() else { continue };
        if t.is_dir() {
            out.extend(files(&e.path()));
        } else if t.is_file() {
            out.push(e.path());
        }
    }
    out
}

/// Every hit of a needle in the content or the name of a file.
pub fn scan(paths: &[PathBuf], needles: &[Needle]) -> Vec<String> {
    let mut hits = Vec::new();
    for f in paths {
        let name = f.to_string_lossy();
        for n in needles {
            if n.encoding == "utf-8" && name.contains(&n.marker) {
                hits.push(format!("{}: the file name holds {}", f.display(), n.marker));
            }
        }
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        for n in needles {
            if contains(&bytes, &n.bytes) {
                hits.push(format!(
                    "{} holds {} ({})",
                    f.display(),
                    n.marker,
                    n.encoding
                ));
            }
        }
    }
    hits
}

/// Files in the system temp folder changed since `since`, outside build folders (cargo's
/// target/ and cargo-mutants' copies), at most a few levels down and 16 MiB each.
pub fn recent_system_temp_files(since: SystemTime) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, since: SystemTime, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let Ok(t) = e.file_type() else { continue };
            let name = e.file_name().to_string_lossy().to_string();
            if t.is_dir() {
                if depth < 4 && name != "target" && !name.starts_with("cargo-mutants") {
                    walk(&e.path(), depth + 1, since, out);
                }
            } else if t.is_file()
                && let Ok(m) = e.metadata()
                && m.len() <= 16 << 20
                && m.modified().is_ok_and(|t| t >= since)
            {
                out.push(e.path());
            }
        }
    }
    let mut out = Vec::new();
    walk(&std::env::temp_dir(), 0, since, &mut out);
    out
}
