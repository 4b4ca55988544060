//! What a sync target must do: create a file only if its name is free, and read one back.

use std::fmt;

/// What a create-only upload found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    /// The name was free and now holds the bytes (still to be read back and compared).
    Created,
    /// The name was already taken; nothing was written.
    NameTaken,
}

/// Why a target operation failed, as far as what to do next is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// Worth retrying after a pause (a timeout, a dropped connection, a busy server).
    Transient,
    /// The folder, bucket or share is not there (a USB stick not plugged in, a typo).
    Missing,
    /// Not allowed: read-only folder, permission denied, wrong or expired credentials.
    Denied,
    /// No room left on the target.
    Full,
    /// The target cannot be reached at all (no network, wrong address, TLS refused).
    Unreachable,
    /// Anything else the target said; stops the sync.
    Other,
}

impl FailureKind {
    /// Whether the whole sync must stop because every other file would fail the same way.
    /// A transient failure stops it too once its retries are spent: the target has stopped
    /// answering, and running sync again later is the remedy.
    pub fn stops_sync(self) -> bool {
        !matches!(self, FailureKind::Other)
    }

    /// What to do about it (locales): the remedy shown under [`FailureKind::message_id`].
    pub fn hint_id(self) -> &'static str {
        match self {
            FailureKind::Transient => "sync-failed-transient-hint",
            FailureKind::Missing => "sync-failed-missing-hint",
            FailureKind::Denied => "sync-failed-denied-hint",
            FailureKind::Full => "sync-failed-full-hint",
            FailureKind::Unreachable => "sync-failed-unreachable-hint",
            FailureKind::Other => "sync-failed-other-hint",
        }
    }

    /// The message id (locales) that explains this kind to a worker.
    pub fn message_id(self) -> &'static str {
        match self {
            FailureKind::Transient => "sync-failed-transient",
            FailureKind::Missing => "sync-failed-missing",
            FailureKind::Denied => "sync-failed-denied",
            FailureKind::Full => "sync-failed-full",
            FailureKind::Unreachable => "sync-failed-unreachable",
            FailureKind::Other => "sync-failed-other",
        }
    }
}

/// A failed target operation: its kind, and a detail for the log that names no content
/// (an OS error, an HTTP status).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind:?}: {detail}")]
pub struct Failure {
    pub kind: FailureKind,
    pub detail: String,
}

impl Failure {
    pub fn new(kind: FailureKind, detail: impl fmt::Display) -> Failure {
        Failure {
            kind,
            detail: detail.to_string(),
        }
    }
}

/// A place records are carried to. Implementations are called from several threads at once.
pub trait Store: Send + Sync {
    /// A stable key for this target in the journal (`folder:/media/usb/lantern`,
    /// `s3://bucket/prefix`): never a credential.
    fn key(&self) -> String;

    /// Writes `bytes` under `name` only if no object has that name.
    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<Put, Failure>;

    /// The object called `name`, or `None` when there is none.
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, Failure>;

    /// Every record file on the target (`*.age`, no temporary names) with its size, as a
    /// path relative to the target (`laptop-1/ab12….age`), sorted. Sub-folders are walked
    /// down to [`LIST_DEPTH`] levels: one prefix per laptop under the organization's.
    /// A laptop's own credentials usually may not list (docs/sync.md); the supervisor's may.
    fn list(&self) -> Result<Vec<(String, u64)>, Failure>;
}

/// How many levels of sub-folders [`Store::list`] walks below the target.
pub const LIST_DEPTH: usize = 4;
