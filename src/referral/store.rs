//! The installed directory: one file in the data folder, written atomically, loaded at
//! start-up (in the background). Directory data is public service information, never
//! personal data.
//!
//! Layout: an 8-byte format tag, the source (postcard), then the services in chunks, each a
//! length-prefixed postcard `Vec<Service>`, so that a large directory decodes on every core.

use std::path::{Path, PathBuf};

use super::model::{Directory, Service};
use crate::fsio::{Mode, write_atomic};

const FILE: &str = "directory.bin";
/// Bumped when the stored layout changes; older files are refused (re-import).
// 03: openings carry their schedule's UTC offset.
const FORMAT: &[u8; 8] = b"lntdir03";
/// Services per chunk: small directories are one chunk.
const CHUNK: usize = 16_384;

pub fn installed_path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not an installed lantern directory (re-run `lantern directory import`)", .0.display())]
    Format(PathBuf),
}

fn push_block(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(bytes);
}

pub fn install(data_dir: &Path, dir: &Directory) -> Result<PathBuf, StoreError> {
    let io = |source| StoreError::Io {
        path: data_dir.to_path_buf(),
        source,
    };
    let bad = || StoreError::Format(data_dir.to_path_buf());
    std::fs::create_dir_all(data_dir).map_err(io)?;
    let mut bytes = FORMAT.to_vec();
    push_block(
        &mut bytes,
        &postcard::to_stdvec(&dir.source).map_err(|_| bad())?,
    );
    for chunk in dir.services.chunks(CHUNK) {
        push_block(&mut bytes, &postcard::to_stdvec(chunk).map_err(|_| bad())?);
    }
    write_atomic(data_dir, FILE, &bytes, Mode::Replace).map_err(io)
}

/// Splits the file into its blocks.
fn blocks(mut rest: &[u8]) -> Option<Vec<&[u8]>> {
    let mut out = Vec::new();
    while !rest.is_empty() {
        let len = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?) as usize;
        let block = rest.get(8..8 + len)?;
        out.push(block);
        rest = &rest[8 + len..];
    }
    Some(out)
}

/// The directory in use: the installed one, else `sample` (the organization's or the
/// shipped sample package).
pub fn load_or(
    data_dir: &Path,
    sample: impl FnOnce() -> Directory,
) -> Result<Directory, StoreError> {
    match load(data_dir)? {
        Some(d) => Ok(d),
        None => Ok(sample()),
    }
}

/// The installed directory, if any.
pub fn load(data_dir: &Path) -> Result<Option<Directory>, StoreError> {
    let path = installed_path(data_dir);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(StoreError::Io { path, source }),
    };
    let bad = || StoreError::Format(path.clone());
    if bytes.get(..FORMAT.len()) != Some(FORMAT.as_slice()) {
        return Err(bad());
    }
    let parts = blocks(&bytes[FORMAT.len()..]).ok_or_else(bad)?;
    let (source, chunks) = parts.split_first().ok_or_else(bad)?;
    let source: String = postcard::from_bytes(source).map_err(|_| bad())?;
    // Decode the chunks on every core.
    let decoded: Vec<Option<Vec<Service>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|c| scope.spawn(move || postcard::from_bytes::<Vec<Service>>(c).ok()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut services = Vec::with_capacity(chunks.len() * CHUNK);
    for chunk in decoded {
        services.extend(chunk.ok_or_else(bad)?);
    }
    Ok(Some(Directory::new(services, source)))
}
