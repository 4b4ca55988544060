//! The organization's public keys (keys/*.txt) and the identities a supervisor decrypts
//! with. A field laptop holds only public keys, so it cannot read what it saved.

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use base64::Engine;
use sha2::{Digest, Sha256};

use super::VaultError;
use super::atomic::{Mode, ensure_private_dir, write_atomic};
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile};

const BAD_KEY: Rule = Rule {
    code: "K001",
    name: "bad-key-line",
    severity: Severity::Error,
};
const PRIVATE_KEY: Rule = Rule {
    code: "K002",
    name: "private-key-in-keys",
    severity: Severity::Error,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    Age,
    SshEd25519,
    SshRsa,
}

/// One public key, with where it was found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeyEntry {
    pub kind: KeyKind,
    /// The key as written (`age1...` or `ssh-ed25519 AAAA...` without the comment).
    pub key: String,
    pub comment: Option<String>,
    pub file: PathBuf,
    pub line: usize,
    /// `SHA256:...` of the key (ssh-keygen style for ssh keys, of the text for age keys).
    pub fingerprint: String,
}

impl KeyEntry {
    pub fn recipient(&self) -> Box<dyn age::Recipient + Send> {
        // Entries are only built from keys that parsed (see `parse_line`).
        match self.kind {
            KeyKind::Age => {
                Box::new(age::x25519::Recipient::from_str(&self.key).expect("parsed before"))
            }
            _ => Box::new(age::ssh::Recipient::from_str(&self.key).expect("parsed before")),
        }
    }
}

/// The recipients every record is encrypted to.
#[derive(Debug, Clone, Default)]
pub struct Recipients {
    pub keys: Vec<KeyEntry>,
}

impl Recipients {
    /// Reads every `*.txt` in `dir`. Any bad line is an error naming file and line; a private
    /// key is refused outright.
    pub fn load(dir: &Path) -> Result<Recipients, VaultError> {
        let mut keys = Vec::new();
        let mut problems = Vec::new();
        for path in key_files(dir) {
            let text = match fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    problems.push(SourceFile::new(&path, String::new()).diagnostic(
                        BAD_KEY,
                        0..0,
                        format!("cannot read the key file: {e}"),
                        None,
                    ));
                    continue;
                }
            };
            let file = SourceFile::new(&path, text);
            let mut offset = 0;
            for (n, raw) in file.text.lines().enumerate() {
                let start = offset + (raw.len() - raw.trim_start().len());
                offset += raw.len() + 1;
                match parse_line(raw) {
                    Ok(None) => {}
                    Ok(Some((kind, key, comment))) => keys.push(KeyEntry {
                        fingerprint: fingerprint(kind, &key),
                        kind,
                        key,
                        comment,
                        file: path.clone(),
                        line: n + 1,
                    }),
                    Err(LineError::Private) => problems.push(file.diagnostic(
                        PRIVATE_KEY,
                        start..start,
                        "this is a PRIVATE key: it must never be in keys/".to_string(),
                        "delete it from this device now, keep it only on the supervisor's machine, and treat it as exposed".to_string(),
                    )),
                    Err(LineError::Bad(msg)) => problems.push(file.diagnostic(
                        BAD_KEY,
                        start..start,
                        msg,
                        "each line holds one `age1...` or `ssh-ed25519`/`ssh-rsa` public key; `#` starts a comment".to_string(),
                    )),
                }
            }
        }
        if problems.is_empty() {
            Ok(Recipients { keys })
        } else {
            Err(VaultError::BadKeys(problems))
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn to_age(&self) -> Vec<Box<dyn age::Recipient + Send>> {
        self.keys.iter().map(KeyEntry::recipient).collect()
    }
}

fn key_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

enum LineError {
    Private,
    Bad(String),
}

type ParsedKey = (KeyKind, String, Option<String>);

fn parse_line(raw: &str) -> Result<Option<ParsedKey>, LineError> {
    let line = raw.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    // Anywhere on the line, in any letter case: a private key pasted after a public one is
    // still a private key.
    if line.to_ascii_uppercase().contains("AGE-SECRET-KEY-")
        || crate::protocol::lint::find_private_key(line).is_some()
    {
        return Err(LineError::Private);
    }
    parse_public_key(line).map(Some).map_err(LineError::Bad)
}

/// Parses one public key (with an optional trailing comment for ssh keys).
pub fn parse_public_key(text: &str) -> Result<ParsedKey, String> {
    let text = text.trim();
    if text.starts_with("age1") {
        let key = text.split_whitespace().next().unwrap_or(text);
        return match age::x25519::Recipient::from_str(key) {
            Ok(_) => Ok((KeyKind::Age, key.to_string(), None)),
            Err(_) if key.starts_with("age1tag") || key.starts_with("age1pq") => Err(format!(
                "`{}` is a post-quantum/tag key that the reference age CLI (1.1) cannot read; use an X25519 `age1...` key",
                short(key)
            )),
            Err(e) => Err(format!(
                "`{}` is not a valid age public key: {e}",
                short(key)
            )),
        };
    }
    let mut parts = text.split_whitespace();
    let (Some(algo), Some(blob)) = (parts.next(), parts.next()) else {
        return Err(format!("`{}` is not an age or ssh public key", short(text)));
    };
    let kind = match algo {
        "ssh-ed25519" => KeyKind::SshEd25519,
        "ssh-rsa" => KeyKind::SshRsa,
        other => {
            return Err(format!(
                "`{}` keys are not supported; use `age1...`, `ssh-ed25519` or `ssh-rsa`",
                short(other)
            ));
        }
    };
    let key = format!("{algo} {blob}");
    age::ssh::Recipient::from_str(&key)
        .map_err(|e| format!("`{}` is not a valid ssh public key: {e:?}", short(&key)))?;
    let comment: Vec<&str> = parts.collect();
    Ok((kind, key, (!comment.is_empty()).then(|| comment.join(" "))))
}

fn short(s: &str) -> String {
    let s = crate::sanitize::terminal_safe(s);
    if s.chars().count() > 24 {
        format!("{}…", s.chars().take(24).collect::<String>())
    } else {
        s
    }
}

fn fingerprint(kind: KeyKind, key: &str) -> String {
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let digest = match kind {
        KeyKind::Age => Sha256::digest(key.as_bytes()),
        _ => {
            let blob = key.split_whitespace().nth(1).unwrap_or("");
            let raw = base64::engine::general_purpose::STANDARD
                .decode(blob)
                .unwrap_or_default();
            Sha256::digest(&raw)
        }
    };
    format!("SHA256:{}", b64.encode(digest))
}

/// Appends a public key to `keys/<file>` (created if needed) with a comment line.
pub fn add_key(
    keys_dir: &Path,
    file_name: &str,
    key: &str,
    label: &str,
) -> Result<KeyEntry, VaultError> {
    let (kind, key, comment) = parse_public_key(key).map_err(VaultError::BadKey)?;
    let existing = Recipients::load(keys_dir)?;
    if let Some(dup) = existing.keys.iter().find(|k| k.key == key) {
        return Err(VaultError::BadKey(format!(
            "this key is already listed in {} line {}",
            dup.file.display(),
            dup.line
        )));
    }
    // Without an organization's folder, keys/ goes into the user's data folder: created here
    // first, it is made private as lantern's first start would (no "loosened" warning then).
    if let Some(parent) = keys_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        crate::fsio::ensure_private_dir(parent).map_err(|e| VaultError::io(parent, e))?;
    }
    fs::create_dir_all(keys_dir).map_err(|e| VaultError::io(keys_dir, e))?;
    let path = keys_dir.join(file_name);
    let mut text = fs::read_to_string(&path).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let label = label.replace(['\n', '\r'], " ");
    text.push_str(&format!("# {label}\n{key}"));
    if let Some(c) = &comment {
        text.push(' ');
        text.push_str(c);
    }
    text.push('\n');
    // Public keys: readable by every account (a 0600 file read as "no organization key").
    crate::fsio::write_atomic_public(keys_dir, file_name, text.as_bytes(), Mode::Replace)
        .map_err(|e| VaultError::io(&path, e))?;
    let line = text.lines().count();
    Ok(KeyEntry {
        fingerprint: fingerprint(kind, &key),
        kind,
        key,
        comment,
        file: path,
        line,
    })
}

/// Where `p` really points: made absolute, its longest existing ancestor resolved (symlinks,
/// `..`), the rest (folders that do not exist yet) added with `.` and `..` applied.
fn resolve(p: &Path) -> PathBuf {
    use std::path::Component;
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let parts: Vec<Component> = abs.components().collect();
    // The longest prefix that exists, canonicalized; then the rest, lexically.
    let mut k = parts.len();
    let mut base = None;
    while k > 0 {
        let prefix: PathBuf = parts[..k].iter().collect();
        if let Ok(c) = fs::canonicalize(&prefix) {
            base = Some(c);
            break;
        }
        k -= 1;
    }
    let mut out = base.unwrap_or_else(|| PathBuf::from("/"));
    for c in &parts[k..] {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Whether `path` is inside `dir` (or is it), comparing letter case as a case-insensitive
/// file system would: refusing a look-alike folder is safe, writing a key into one is not.
fn inside(path: &Path, dir: &Path) -> bool {
    let lower = |p: &Path| -> Vec<String> {
        p.components()
            .map(|c| c.as_os_str().to_string_lossy().to_lowercase())
            .collect()
    };
    let (p, d) = (lower(path), lower(dir));
    p.len() >= d.len() && p[..d.len()] == d[..]
}

/// Creates the organization's identity (the private key) at `identity_path`, with mode 0600,
/// in the format of `age-keygen`, and returns its public key. Refused anywhere inside
/// `forbidden` (keys/, lantern's data and settings folders, whatever the path looks like:
/// folders that do not exist yet, `..`, symlinks, relative paths, letter case); checked again
/// on the file once written, and removed if it ended up there anyway.
pub fn create_identity(identity_path: &Path, forbidden: &[PathBuf]) -> Result<String, VaultError> {
    let refused = || {
        VaultError::BadKey(
            "the identity (private key) must not be written inside keys/ or lantern's data or settings folders: choose a path on the supervisor's machine or removable media".to_string(),
        )
    };
    let target = resolve(identity_path);
    let forbidden: Vec<PathBuf> = forbidden.iter().map(|d| resolve(d)).collect();
    if forbidden.iter().any(|d| inside(&target, d)) {
        return Err(refused());
    }
    if identity_path.exists() {
        return Err(VaultError::BadKey(format!(
            "{} already exists; lantern never overwrites an identity",
            identity_path.display()
        )));
    }
    let parent = target
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| VaultError::BadKey("the identity path needs a file name".into()))?
        .to_string();
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let secret = id.to_string();
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let text = zeroize::Zeroizing::new(format!(
        "# created: {created}\n# public key: {public}\n{}\n",
        secret.expose_secret()
    ));
    ensure_parent(&parent)?;
    write_atomic(&parent, &name, text.as_bytes(), Mode::CreateNew)
        .map_err(|e| VaultError::io(identity_path, e))?;
    // Once it exists the path resolves exactly: a folder swapped for a symlink in between
    // cannot have put it where it must not be.
    let written = parent.join(&name);
    if let Ok(real) = fs::canonicalize(&written)
        && forbidden.iter().any(|d| inside(&real, d))
    {
        let _ = fs::remove_file(&written);
        return Err(refused());
    }
    Ok(public)
}

fn ensure_parent(dir: &Path) -> Result<(), VaultError> {
    if dir.exists() {
        Ok(())
    } else {
        ensure_private_dir(dir).map_err(|e| VaultError::io(dir, e))
    }
}

fn bad_identity(path: &Path, reason: impl Into<String>) -> VaultError {
    VaultError::BadIdentity {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// Loads the identities in a supervisor's identity file: age identity files (as written by
/// `age-keygen` or `lantern keys init`) or unencrypted ssh private keys.
pub fn load_identities(
    path: &Path,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, VaultError> {
    let bytes = zeroize::Zeroizing::new(fs::read(path).map_err(|e| VaultError::io(path, e))?);
    let text = String::from_utf8_lossy(&bytes);
    if text.contains("-----BEGIN OPENSSH PRIVATE KEY-----")
        || text.contains("-----BEGIN RSA PRIVATE KEY-----")
    {
        let id = age::ssh::Identity::from_buffer(&bytes[..], Some(path.display().to_string()))
            .map_err(|e| bad_identity(path, e.to_string()))?;
        return match id {
            age::ssh::Identity::Unencrypted(_) => Ok(vec![Box::new(id)]),
            age::ssh::Identity::Encrypted(_) => Err(bad_identity(
                path,
                "passphrase-protected ssh keys are not supported; use an age identity file",
            )),
            age::ssh::Identity::Unsupported(k) => {
                Err(bad_identity(path, format!("unsupported ssh key: {k:?}")))
            }
        };
    }
    let file = age::IdentityFile::from_buffer(&bytes[..])
        .map_err(|e| bad_identity(path, e.to_string()))?;
    let ids = file
        .into_identities()
        .map_err(|e| bad_identity(path, e.to_string()))?;
    if ids.is_empty() {
        return Err(bad_identity(
            path,
            "no identity (AGE-SECRET-KEY-...) in the file",
        ));
    }
    Ok(ids)
}

/// Where private keys were found where they must not be (keys/, lantern's folders).
pub fn find_private_keys(dirs: &[PathBuf]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for d in dirs {
        out.extend(crate::protocol::lint::check_keys_dir(d));
    }
    out
}
