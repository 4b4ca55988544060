//! The vault: the only part of lantern that writes screening data, and only ciphertext.
//! Records go to the organization's public keys (the laptop cannot read them back); drafts
//! go to a passphrase-wrapped device key. See docs/security.md and docs/record-format.md.

/// Atomic writes and private folders live below the vault (the directory store uses them too).
pub use crate::fsio as atomic;
pub mod crypto;
mod device;
mod drafts;
pub mod folders;
pub mod keys;
mod outbox;
pub mod record;
pub mod supervisor;

use std::path::{Path, PathBuf};

use thiserror::Error;

pub use device::{DeviceKey, MIN_PASSPHRASE_CHARS, UnlockedDevice, check_passphrase};
pub use drafts::{Draft, DraftFile, Drafts};
pub use folders::FolderWarning;
pub use keys::{KeyEntry, KeyKind, Recipients};
pub use outbox::{Outbox, OutboxEntry};
pub use record::{Record, RecordContext};

use crate::diagnostic::Diagnostic;

#[derive(Debug, Error)]
pub enum VaultError {
    #[error(
        "no organization key in keys/: records cannot be saved (lantern never saves plaintext). Add the organization's public key with `lantern keys add age1...`, or create one on the supervisor's machine with `lantern keys init --identity PATH`"
    )]
    NoRecipients,
    #[error("{}", .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    BadKeys(Vec<Diagnostic>),
    #[error("{0}")]
    BadKey(String),
    #[error("{}: {reason}", path.display())]
    BadIdentity { path: PathBuf, reason: String },
    /// The system's own words are in the message once (not repeated as a cause).
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("cannot serialize: {0}")]
    Serialize(serde_json::Error),
    #[error("cannot encrypt: {0}")]
    Encrypt(String),
    #[error("not an age file: {0}")]
    NotAge(String),
    #[error("this file was not encrypted to the given identity (wrong key)")]
    WrongKey,
    #[error("cannot decrypt: {0}")]
    Decrypt(String),
    #[error("{} is a symbolic link: lantern does not follow links in its data folder (someone may want it to write elsewhere); remove it", .0.display())]
    Symlink(PathBuf),
    #[error("this passphrase is among the first ones anyone would try")]
    GuessablePassphrase,
    #[error("too many wrong passphrases: wait {0} s before trying again")]
    WaitBeforeRetry(u64),
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("the passphrase must have at least {0} characters (a few words are easiest)")]
    WeakPassphrase(usize),
    #[error("a device key already exists at {}; lantern never replaces it", .0.display())]
    DeviceKeyExists(PathBuf),
    #[error("the decrypted content is not a lantern record: {0}")]
    Damaged(String),
    #[error("lantern is locked: enter the passphrase first")]
    Locked,
}

impl VaultError {
    pub fn io(path: &Path, source: std::io::Error) -> VaultError {
        VaultError::Io {
            path: path.to_path_buf(),
            error: source,
        }
    }
}

/// The folders of the vault under one data directory.
#[derive(Debug, Clone)]
pub struct VaultPaths {
    pub data_dir: PathBuf,
    /// Configured outbox folder, else `<data>/outbox`.
    pub outbox: PathBuf,
}

impl VaultPaths {
    pub fn new(data_dir: PathBuf, outbox: Option<PathBuf>) -> VaultPaths {
        VaultPaths {
            outbox: outbox.unwrap_or_else(|| data_dir.join("outbox")),
            data_dir,
        }
    }
    pub fn drafts(&self) -> PathBuf {
        self.data_dir.join("drafts")
    }
    pub fn device(&self) -> PathBuf {
        self.data_dir.join("device")
    }
}
