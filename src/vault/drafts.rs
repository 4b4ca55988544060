//! Drafts: the screening in progress, autosaved encrypted to the device key after every
//! answer, so a crash loses nothing and a lost laptop reveals nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::VaultError;
use super::atomic::{
    Mode, TEMP_PREFIX, cleanup_temp, ensure_private_dir, remove_durably, write_atomic,
};
use super::crypto::{decrypt, encrypt, to_json};
use super::device::UnlockedDevice;
use crate::engine::Snapshot;

/// Everything needed to resume a screening exactly where it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub draft_id: String,
    pub saved_at: DateTime<Utc>,
    pub screening: Snapshot,
    /// The protocol file the screening runs, exactly (its SHA-256 is in `screening`): the
    /// draft resumes with it after the installed protocol changed. Older drafts have none.
    #[serde(default)]
    pub protocol_source: Option<String>,
    pub worker_language: String,
    pub interpreter_used: Option<bool>,
    pub notes: Option<String>,
    pub worker: Option<String>,
    /// Referrals chosen so far (older drafts have none).
    #[serde(default)]
    pub referrals: Vec<crate::vault::record::Referral>,
}

/// A draft file, listed without decrypting it.
#[derive(Debug, Clone)]
pub struct DraftFile {
    pub id: String,
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
}

#[derive(Debug, Clone)]
pub struct Drafts {
    dir: PathBuf,
}

impl Drafts {
    /// Opens the drafts folder (created private), removing fragments of interrupted writes.
    pub fn open(dir: &Path) -> Result<Drafts, VaultError> {
        ensure_private_dir(dir).map_err(|e| VaultError::io(dir, e))?;
        cleanup_temp(dir).map_err(|e| VaultError::io(dir, e))?;
        Ok(Drafts {
            dir: dir.to_path_buf(),
        })
    }

    /// Encrypts the draft to the device key and replaces the previous autosave atomically.
    pub fn save(
        &self,
        recipient: &age::x25519::Recipient,
        draft: &Draft,
    ) -> Result<PathBuf, VaultError> {
        let plain = to_json(draft)?;
        let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(recipient.clone())];
        let ct = encrypt(&plain, &r)?;
        let name = format!("{}.age", draft.draft_id);
        write_atomic(&self.dir, &name, &ct, Mode::Replace)
            .map_err(|e| VaultError::io(&self.dir.join(&name), e))
    }

    pub fn list(&self) -> Vec<DraftFile> {
        let mut v: Vec<DraftFile> = fs::read_dir(&self.dir)
            .map(|rd| {
                rd.flatten()
                    .filter(|e| {
                        let n = e.file_name().to_string_lossy().to_string();
                        // Files only, never followed: anything else is reported at start.
                        n.ends_with(".age")
                            && !n.starts_with(TEMP_PREFIX)
                            && e.file_type().is_ok_and(|t| t.is_file())
                    })
                    .map(|e| DraftFile {
                        id: e
                            .path()
                            .file_stem()
                            .map(|s| s.to_string_lossy().to_string())
                            .unwrap_or_default(),
                        modified: e.metadata().and_then(|m| m.modified()).ok(),
                        path: e.path(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort_by_key(|d| std::cmp::Reverse(d.modified));
        v
    }

    pub fn load(&self, file: &DraftFile, device: &UnlockedDevice) -> Result<Draft, VaultError> {
        let ct = fs::read(&file.path).map_err(|e| VaultError::io(&file.path, e))?;
        let plain = decrypt(&ct, &device.identities())?;
        serde_json::from_slice(&plain).map_err(|e| VaultError::Damaged(e.to_string()))
    }

    /// Deletes a draft once its record is safely in the outbox.
    pub fn delete(&self, id: &str) -> Result<(), VaultError> {
        let path = self.dir.join(format!("{id}.age"));
        match remove_durably(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(VaultError::io(&path, e)),
        }
    }
}
