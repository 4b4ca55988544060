//! The outbox: one age file per finished record, random names, mode 0600 in a 0700 folder,
//! waiting for `lantern sync`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::VaultError;
use super::atomic::{Mode, TEMP_PREFIX, cleanup_temp, ensure_private_dir, write_atomic};
use super::crypto::{check_age_header, encrypt, to_json};
use super::keys::Recipients;
use super::record::Record;

#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

/// A pending record as `lantern outbox` shows it: no content, only what the file says.
#[derive(Debug, Clone)]
pub struct OutboxEntry {
    pub path: PathBuf,
    pub size: u64,
    pub modified: Option<SystemTime>,
    /// Whether the file is a well-formed age file.
    pub check: Result<(), String>,
}

impl Outbox {
    /// Opens (creating, private) the outbox and removes fragments of interrupted writes.
    pub fn open(dir: &Path) -> Result<Outbox, VaultError> {
        // A configured outbox on a shared or USB folder may refuse a change of mode: the
        // records in it are encrypted, so that is no reason not to start.
        if let Err(e) = ensure_private_dir(dir)
            && !(dir.is_dir() && e.kind() == std::io::ErrorKind::PermissionDenied)
        {
            return Err(VaultError::io(dir, e));
        }
        cleanup_temp(dir).map_err(|e| VaultError::io(dir, e))?;
        Ok(Outbox {
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Serializes in memory, encrypts to the organization's recipients and writes atomically
    /// under the record's random id. Refuses without recipients: never plaintext.
    pub fn save(&self, record: &Record, recipients: &Recipients) -> Result<PathBuf, VaultError> {
        if recipients.is_empty() {
            return Err(VaultError::NoRecipients);
        }
        let plain = to_json(record)?;
        let ct = encrypt(&plain, &recipients.to_age())?;
        let name = format!("{}.age", record.record_id);
        write_atomic(&self.dir, &name, &ct, Mode::CreateNew)
            .map_err(|e| VaultError::io(&self.dir.join(&name), e))
    }

    /// Pending records, oldest first, each checked for a well-formed age header.
    pub fn list(&self) -> Result<Vec<OutboxEntry>, VaultError> {
        let rd = fs::read_dir(&self.dir).map_err(|e| VaultError::io(&self.dir, e))?;
        let mut v: Vec<OutboxEntry> = rd
            .flatten()
            .filter(|e| !e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
            .map(|e| {
                let path = e.path();
                let meta = e.metadata().ok();
                // Anything but a file (a folder, a link) is listed as a problem, never
                // silently left out, and never read through.
                let check = if e.file_type().is_ok_and(|t| t.is_file()) {
                    fs::read(&path)
                        .map_err(|err| err.to_string())
                        .and_then(|b| check_age_header(&b).map_err(|err| err.to_string()))
                } else {
                    Err("not a file".to_string())
                };
                OutboxEntry {
                    size: meta.as_ref().map(|m| m.len()).unwrap_or(0),
                    modified: meta.and_then(|m| m.modified().ok()),
                    path,
                    check,
                }
            })
            .collect();
        v.sort_by(|a, b| a.modified.cmp(&b.modified).then(a.path.cmp(&b.path)));
        Ok(v)
    }
}
