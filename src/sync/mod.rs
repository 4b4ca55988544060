//! Carrying the outbox to the organization's store (DESIGN "Sync").
//!
//! One procedure for every kind of target ([`procedure::run`]): for each outbox file, its
//! SHA-256; a create-only upload under its unique name; if the name is already taken, a
//! comparison (equal: already synced; different: a conflict, the local file kept); a read-back
//! and comparison after upload; only then a line in the journal (fsync) and the local file
//! removed. A crash, a cut network or a pulled USB stick at any step leaves the local file or a
//! confirmed remote copy, and running sync again finishes the job without duplicates.
//!
//! What is printed or journaled is file names (random ids), sizes and hashes: never content.

pub mod credentials;
pub mod fetch;
pub mod folder;
pub mod journal;
pub mod object;
pub mod procedure;
pub mod source;
pub mod store;
pub mod target;
pub mod webdav;

pub use folder::FolderStore;
pub use journal::Journal;
pub use object::{Credentials, ObjectTarget, S3Spec, SetupError};
pub use procedure::{FileOutcome, Options, Progress, Summary, pull, run};
pub use store::{Failure, FailureKind, Put, Store};

use std::path::Path;

/// Why a sync could not start (nothing was sent, nothing changed).
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Target(#[from] target::TargetError),
    #[error("the sync journal cannot be opened: {0}")]
    Journal(std::io::Error),
    /// The thread running it ended without a result (a bug): the outbox is as it was left,
    /// every file in it or confirmed on the target.
    #[error("the sync stopped unexpectedly")]
    Interrupted,
}

/// Sends the outbox at `paths` to `store` (from [`target::open`]): the one sequence the
/// command line, the screens and plain mode run.
pub fn send_outbox(
    store: &dyn Store,
    paths: &crate::vault::VaultPaths,
    opts: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Summary, StartError> {
    if !paths.outbox.is_dir() {
        return Ok(Summary::default());
    }
    crate::fsio::ensure_private_dir(&paths.data_dir).map_err(StartError::Journal)?;
    let mut journal =
        Journal::open(&Journal::path_in(&paths.data_dir)).map_err(StartError::Journal)?;
    Ok(run(
        &paths.outbox,
        store,
        &mut journal,
        opts,
        &chrono::Utc::now,
        progress,
    ))
}

/// Record files waiting in the outbox, and their total size (0 when there is no outbox).
pub fn waiting(outbox: &Path) -> (usize, u64) {
    match source::pending(outbox) {
        Ok(v) => (v.len(), v.iter().map(|f| f.1).sum()),
        Err(_) => (0, 0),
    }
}
