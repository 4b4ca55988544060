//! `lantern lint`: every problem in a protocol, positioned, with a remedy. Rules are listed
//! in `rules.rs` and documented in docs/protocol-format.md.

mod conditions;
mod ids;
mod keys_dir;
mod questions;
mod reach;
mod safety;
mod texts;

pub use keys_dir::{check_keys_dir, find_private_key};
pub use texts::{Coverage, coverage};

use super::Protocol;
use crate::diagnostic::{Diagnostic, SourceFile};

/// Semantic checks on a protocol that parsed (syntax and unknown keys are checked while
/// loading). Diagnostics come back in file order.
pub fn check(p: &Protocol, file: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    ids::check(p, file, &mut out);
    questions::check(p, file, &mut out);
    texts::check(p, file, &mut out);
    conditions::check(p, file, &mut out);
    reach::check(p, file, &mut out);
    safety::check(p, file, &mut out);
    out.sort_by(|a, b| {
        (a.line, a.column, a.code, &a.message).cmp(&(b.line, b.column, b.code, &b.message))
    });
    // A condition that uses the same wrong choice or function twice is positioned at its
    // start both times: the author needs to read it once.
    out.dedup_by(|a, b| {
        (a.code, a.line, a.column, &a.message) == (b.code, b.line, b.column, &b.message)
    });
    out
}
