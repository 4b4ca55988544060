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
pub mod folder;
pub mod journal;
pub mod object;
pub mod procedure;
pub mod store;
pub mod target;

pub use folder::FolderStore;
pub use journal::Journal;
pub use object::{Credentials, ObjectTarget, S3Spec, SetupError};
pub use procedure::{FileOutcome, Options, Progress, Summary, run};
pub use store::{Failure, FailureKind, Put, Store};
