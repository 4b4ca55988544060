//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use lantern::diagnostic::SourceFile;
use lantern::engine::{ManualClock, Screening};
use lantern::protocol::{Protocol, lint, load_str};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// Loads a protocol that must be lint-clean.
pub fn protocol(path: &Path) -> Arc<Protocol> {
    let text = std::fs::read_to_string(path).unwrap();
    let file = SourceFile::new(path, text);
    let (p, mut diags) = load_str(&file);
    let p = p.unwrap_or_else(|| panic!("{} did not load: {diags:?}", path.display()));
    diags.extend(lint::check(&p, &file));
    assert!(
        diags.iter().all(|d| !d.is_error()),
        "{} has lint errors: {diags:#?}",
        path.display()
    );
    Arc::new(p)
}

pub fn example() -> Arc<Protocol> {
    protocol(&fixture("protocols/valid/example.toml"))
}

pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(),
    ))
}

pub fn start(p: &Arc<Protocol>, lang: &str) -> Screening {
    Screening::start(Arc::clone(p), lang, clock()).unwrap()
}

/// Every shipped protocol file.
pub fn shipped() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("screening"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    v
}
