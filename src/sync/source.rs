//! Where files are carried from: the laptop's outbox (`sync`), or the organization's store
//! (`pull`). What a confirmed copy means for the source differs: the outbox's file goes, the
//! store's stays.

use std::path::Path;

use super::folder::io_failure;
use super::store::{Failure, FailureKind, Store};
use crate::fsio::TEMP_PREFIX;
use crate::vault::supervisor::MAX_RECORD_BYTES;

/// The outbox files to carry: regular `*.age` files, names sorted (oldest ids first is not
/// knowable: names are random, so the order is only for a stable report).
pub fn pending(outbox: &Path) -> Result<Vec<(String, u64)>, Failure> {
    let rd = std::fs::read_dir(outbox).map_err(|e| io_failure(&e))?;
    let mut v: Vec<(String, u64)> = rd
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let meta = e.metadata().ok()?;
            (meta.is_file() && is_record_name(&name)).then_some((name, meta.len()))
        })
        .collect();
    v.sort();
    Ok(v)
}

/// A finished record's file name (`*.age`), not a temporary one left by a cut write.
pub fn is_record_name(name: &str) -> bool {
    name.ends_with(".age") && !name.starts_with(TEMP_PREFIX)
}

/// One file to carry: where it is read from, the name it gets at the destination, its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub from: String,
    pub name: String,
    pub bytes: u64,
}

/// Where files are carried from: the laptop's outbox (`sync`) or the organization's store
/// (`pull`).
pub(super) trait Source: Sync {
    fn read(&self, item: &Item) -> Result<Vec<u8>, Failure>;
    /// Called once the copy is confirmed and journaled.
    fn settle(&self, item: &Item) -> Result<(), Failure>;
}

pub(super) struct Outbox<'a>(pub(super) &'a Path);

impl Source for Outbox<'_> {
    fn read(&self, item: &Item) -> Result<Vec<u8>, Failure> {
        read_local(&self.0.join(&item.from))
    }

    /// The outbox's copy goes once the target's is confirmed.
    fn settle(&self, item: &Item) -> Result<(), Failure> {
        remove_local(self.0, &item.from)
    }
}

pub(super) struct Remote<'a>(pub(super) &'a dyn Store);

impl Source for Remote<'_> {
    fn read(&self, item: &Item) -> Result<Vec<u8>, Failure> {
        super::fetch::one(self.0, &item.from).map_err(|f| match f.kind {
            // Listed, then gone: this file only, not the whole target.
            FailureKind::Missing => Failure::new(FailureKind::Other, f.detail),
            _ => f,
        })
    }

    /// The organization's copy stays where it is: a pull only adds.
    fn settle(&self, _: &Item) -> Result<(), Failure> {
        Ok(())
    }
}

fn read_local(path: &Path) -> Result<Vec<u8>, Failure> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| io_failure(&e))?;
    if !meta.is_file() || meta.len() > MAX_RECORD_BYTES {
        return Err(Failure::new(
            FailureKind::Other,
            "not a record file (not a regular file, or too large)",
        ));
    }
    std::fs::read(path).map_err(|e| {
        // The local outbox failing is never the target's fault: never stop-worthy "missing".
        Failure::new(FailureKind::Other, e)
    })
}

fn remove_local(outbox: &Path, name: &str) -> Result<(), Failure> {
    std::fs::remove_file(outbox.join(name)).map_err(|e| io_failure(&e))?;
    #[cfg(unix)]
    {
        std::fs::File::open(outbox)
            .and_then(|d| d.sync_all())
            .map_err(|e| io_failure(&e))?;
    }
    Ok(())
}
