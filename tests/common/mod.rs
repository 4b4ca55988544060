//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod leak;
pub mod pty;
pub mod source;
pub mod tui;

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

/// Data from other people's repositories, read in place from the workspace's
/// `../shared/data/` (never copied into the project, per its licences). Absent: the test
/// says SKIPPED and returns, except under CI=true, where the data must be there.
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let p = root().join("../shared/data").join(rel);
    if p.exists() {
        Some(p)
    } else if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {} is absent", p.display());
    } else {
        eprintln!("SKIPPED: {} is absent", p.display());
        None
    }
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

use lantern::engine::Answer;

/// A finished screening of the example protocol with the given text answer and notes.
pub fn finished_example(marker: &str) -> Screening {
    let p = example();
    let mut s = start(&p, "en");
    s.acknowledge_consent().unwrap();
    let q = |id: &str| p.question_index(id).unwrap();
    s.set_answer(q("speak_freely"), Answer::Yes).unwrap();
    s.set_answer(q("work_type"), Answer::Choice("domestic".into()))
        .unwrap();
    s.set_answer(q("hours"), Answer::Number(80)).unwrap();
    s.set_language("es").unwrap();
    s.set_answer(q("documents"), Answer::Choices(vec!["employer".into()]))
        .unwrap();
    s.set_answer(q("rest_days"), Answer::Declined).unwrap();
    s.set_answer(q("language_note"), Answer::Text(marker.to_string()))
        .unwrap();
    s.finish().unwrap();
    s
}

/// A fresh organization identity and its recipients.
pub fn org_key() -> (
    age::x25519::Identity,
    lantern::vault::Recipients,
    tempfile::TempDir,
) {
    let id = age::x25519::Identity::generate();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("org.txt"),
        format!("# test organization\n{}\n", id.to_public()),
    )
    .unwrap();
    let r = lantern::vault::Recipients::load(dir.path()).unwrap();
    (id, r, dir)
}

/// Every file under `dir`, recursively.
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(all_files(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Whether the reference `age` CLI must be used (CI) or may be skipped (a developer's
/// machine without it).
pub fn age_cli() -> Option<&'static str> {
    let present = std::process::Command::new("age")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if present {
        Some("age")
    } else if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but the reference `age` CLI is not installed (.ci/run installs it)");
    } else {
        eprintln!("SKIPPED: the reference `age` CLI is not installed (apt-get install age)");
        None
    }
}

/// Each rule's severity as a doc's rule table states it (`| CODE | name | severity |` rows
/// whose code starts with `prefix`): the table is the specification authors read, so a test
/// can hold the code to it.
pub fn documented_severities(
    doc: &str,
    prefix: char,
) -> std::collections::BTreeMap<String, lantern::diagnostic::Severity> {
    use lantern::diagnostic::Severity;
    let doc = std::fs::read_to_string(root().join(doc)).unwrap();
    doc.lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = cells.get(1)?;
            if !(code.len() == 4 && code.starts_with(prefix)) {
                return None;
            }
            let sev = match *cells.get(3)? {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                _ => return None,
            };
            Some((code.to_string(), sev))
        })
        .collect()
}

/// The shipped practice scenarios, each with its protocol, in file order (all lint clean).
pub fn scenarios() -> Vec<(Arc<lantern::practice::Scenario>, Arc<Protocol>)> {
    let protocols = lantern::practice::load_protocols(&root().join("screening"));
    let (clean, linted) =
        lantern::practice::usable(&root().join("screening/scenarios"), &protocols);
    assert!(!clean.is_empty(), "no scenarios");
    assert_eq!(clean.len(), linted.len(), "a shipped scenario has errors");
    clean
}
