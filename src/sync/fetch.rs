//! Reading records straight from a target, for the supervisor's `open`, `export` and
//! `report --from`: listed, then fetched a few at a time, into memory only (they stay
//! encrypted until the supervisor's identity opens them).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::store::{Failure, FailureKind, Store};
use crate::vault::supervisor::MAX_RECORD_BYTES;

/// A file's bytes, or why they could not be read.
pub type Fetched = Result<Vec<u8>, Failure>;

/// Every record file on `store` (see [`Store::list`]), each with its bytes or why they could
/// not be read. A listing that fails fails the whole call: nothing could be read.
pub fn all(store: &dyn Store, in_flight: usize) -> Result<Vec<(String, Fetched)>, Failure> {
    let names: Vec<String> = store.list()?.into_iter().map(|(n, _)| n).collect();
    let slots: Vec<Mutex<Option<Fetched>>> = names.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(name) = names.get(i) else {
                return;
            };
            let got = one(store, name);
            if let Ok(mut s) = slots[i].lock() {
                *s = Some(got);
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 0..in_flight.clamp(1, 16) {
            s.spawn(worker);
        }
    });
    Ok(names
        .into_iter()
        .zip(slots)
        .map(|(n, s)| {
            let got = s
                .into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err(Failure::new(FailureKind::Other, "not read")));
            (n, got)
        })
        .collect())
}

/// One record file by its path on the target.
pub fn one(store: &dyn Store, name: &str) -> Result<Vec<u8>, Failure> {
    match store.get(name)? {
        Some(b) if b.len() as u64 <= MAX_RECORD_BYTES => Ok(b),
        Some(_) => Err(Failure::new(FailureKind::Other, "larger than any record")),
        None => Err(Failure::new(
            FailureKind::Missing,
            "no such file on the target",
        )),
    }
}
