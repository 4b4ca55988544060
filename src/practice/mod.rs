//! Practice mode: trainers rehearse screenings with fictional people (scenarios) and get a
//! debrief. This module and everything under it uses the engine, the protocols and the
//! presentation layer only: it holds no handle to the vault, the drafts, the session or sync,
//! so a practice screening cannot be saved or sent (tests/architecture.rs checks the layer).

pub mod check;
pub mod debrief;
pub mod plain;
pub mod rehearsal;
pub mod report;
pub mod scenario;
pub mod summary;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::Protocol;

pub use scenario::Scenario;

/// A scenario practice can offer, with the protocol it screens with.
pub type Playable = (Arc<Scenario>, Arc<Protocol>);

/// The `*.toml` files of a folder, sorted (none when it cannot be read).
pub fn toml_files(dir: &Path) -> Vec<PathBuf> {
    crate::protocol::protocol_files(dir)
}

/// The scenarios of a folder (`screening/scenarios/`), each with its file, and the
/// problems found reading them (files that do not parse are left out).
pub fn load_dir(dir: &Path) -> (Vec<(SourceFile, Scenario)>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for path in toml_files(dir) {
        let file = match crate::protocol::load::read_source(&path) {
            Ok(f) => f,
            Err(d) => {
                problems.push(*d);
                continue;
            }
        };
        match Scenario::parse(&file) {
            Ok(s) => out.push((file, s)),
            Err(d) => problems.extend(d),
        }
    }
    (out, problems)
}

/// The protocols of a `screening/` folder that load (scenarios are checked against them).
pub fn load_protocols(screening: &Path) -> Vec<Arc<Protocol>> {
    let files = read_all(&crate::protocol::protocol_files(screening));
    let (protocols, _) = crate::protocol::load_sources(&files);
    protocols.into_iter().map(Arc::new).collect()
}

/// Each file read, or why it could not be.
pub fn read_all(paths: &[PathBuf]) -> Vec<Result<SourceFile, Box<Diagnostic>>> {
    paths
        .iter()
        .map(|p| crate::protocol::load::read_source(p))
        .collect()
}

/// What linting one scenario file found.
#[derive(Debug, serde::Serialize)]
pub struct Linted {
    pub path: PathBuf,
    pub scenario: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lints scenario files against `protocols`: each file's own problems, then ids used twice.
pub fn lint_files(paths: &[PathBuf], protocols: &[Arc<Protocol>]) -> Vec<Linted> {
    lint_parsed(read_all(paths), protocols).0
}

/// A folder's scenarios that lint without errors, each with its protocol (what practice
/// offers), and what lint found in every file. Each file is read and parsed once.
pub fn usable(dir: &Path, protocols: &[Arc<Protocol>]) -> (Vec<Playable>, Vec<Linted>) {
    usable_files(read_all(&toml_files(dir)), protocols)
}

/// `usable` for files already read (an organization's folder or the shipped scenarios).
pub fn usable_files(
    files: Vec<Result<SourceFile, Box<Diagnostic>>>,
    protocols: &[Arc<Protocol>],
) -> (Vec<Playable>, Vec<Linted>) {
    let (linted, parsed) = lint_parsed(files, protocols);
    let clean = parsed
        .into_iter()
        .filter(|(file, _)| {
            linted
                .iter()
                .any(|l| l.path == file.path && !l.diagnostics.iter().any(Diagnostic::is_error))
        })
        .filter_map(|(_, s)| {
            let p = protocols
                .iter()
                .find(|p| p.id() == s.scenario.protocol.as_str())?;
            Some((Arc::new(s), Arc::clone(p)))
        })
        .collect();
    (clean, linted)
}

/// Lints scenario files, handing back the ones that parsed too.
fn lint_parsed(
    files: Vec<Result<SourceFile, Box<Diagnostic>>>,
    protocols: &[Arc<Protocol>],
) -> (Vec<Linted>, Vec<(SourceFile, Scenario)>) {
    let mut out = Vec::new();
    let mut parsed = Vec::new();
    for file in files {
        let file = match file {
            Ok(f) => f,
            Err(d) => {
                out.push(Linted {
                    path: d.file.clone(),
                    scenario: None,
                    diagnostics: vec![*d],
                });
                continue;
            }
        };
        let path = file.path.clone();
        match Scenario::parse(&file) {
            Ok(s) => {
                out.push(Linted {
                    path: path.clone(),
                    scenario: Some(s.id().to_string()),
                    diagnostics: check::check(&s, &file, protocols),
                });
                parsed.push((file, s));
            }
            Err(d) => out.push(Linted {
                path: path.clone(),
                scenario: None,
                diagnostics: d,
            }),
        }
    }
    for d in check::duplicate_ids(&parsed) {
        if let Some(l) = out.iter_mut().find(|l| l.path == d.file) {
            l.diagnostics.push(d);
        }
    }
    (out, parsed)
}
