//! The installed directory: one postcard file in the data folder, written atomically, loaded
//! at start-up. Directory data is public service information, never personal data.

use std::path::{Path, PathBuf};

use super::model::Directory;
use crate::vault::atomic::{Mode, write_atomic};

const FILE: &str = "directory.bin";
/// Bumped when the stored layout changes; older files are re-imported.
const FORMAT: &[u8; 8] = b"lntdir01";

pub fn installed_path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not an installed lantern directory (re-run `lantern directory import`)", .0.display())]
    Format(PathBuf),
}

pub fn install(data_dir: &Path, dir: &Directory) -> Result<PathBuf, StoreError> {
    let io = |source| StoreError::Io {
        path: data_dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(data_dir).map_err(io)?;
    let mut bytes = FORMAT.to_vec();
    bytes.extend(postcard::to_stdvec(dir).map_err(|_| StoreError::Format(data_dir.to_path_buf()))?);
    write_atomic(data_dir, FILE, &bytes, Mode::Replace).map_err(io)
}

/// The installed directory, if any.
pub fn load(data_dir: &Path) -> Result<Option<Directory>, StoreError> {
    let path = installed_path(data_dir);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(StoreError::Io { path, source }),
    };
    if bytes.len() < FORMAT.len() || &bytes[..FORMAT.len()] != FORMAT {
        return Err(StoreError::Format(path));
    }
    postcard::from_bytes(&bytes[FORMAT.len()..])
        .map(Some)
        .map_err(|_| StoreError::Format(path))
}
