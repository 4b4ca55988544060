//! Scenario lint: every invalid fixture declares the diagnostics lint must report
//! (`# expect: CODE L:C` lines at its top) and lint reports exactly those; the valid fixture
//! is clean; each rule's severity is the one docs/scenario-format.md documents.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use lantern::practice::{lint_files, load_protocols};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = common::fixture(&format!("scenarios/{kind}"));
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    v
}

#[test]
fn each_broken_scenario_gets_exactly_its_positioned_diagnostics() {
    let protocols = load_protocols(&common::root().join("screening"));
    let files = fixtures("invalid");
    assert!(
        files.len() >= 15,
        "only {} broken scenario fixtures",
        files.len()
    );
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let want: BTreeSet<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .map(str::to_string)
            .collect();
        assert!(!want.is_empty(), "{} declares nothing", path.display());
        let linted = lint_files(std::slice::from_ref(path), &protocols);
        let got: BTreeSet<String> = linted[0]
            .diagnostics
            .iter()
            .map(|d| format!("{} {}:{}", d.code, d.line, d.column))
            .collect();
        assert_eq!(got, want, "{}", path.display());
        // The file's name says which rule it shows.
        let code = path.file_name().unwrap().to_string_lossy()[..4].to_string();
        assert!(
            got.iter().any(|g| g.starts_with(&code)),
            "{}: {got:?}",
            path.display()
        );
    }
}

#[test]
fn the_valid_fixture_and_duplicate_ids() {
    let protocols = load_protocols(&common::root().join("screening"));
    let valid = fixtures("valid");
    assert!(!valid.is_empty());
    for l in lint_files(&valid, &protocols) {
        assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    }
    // The same scenario twice: the second is told its id is taken, with its position.
    let twice = vec![valid[0].clone(), valid[0].clone()];
    let linted = lint_files(&twice, &protocols);
    let dups: Vec<_> = linted
        .iter()
        .flat_map(|l| l.diagnostics.iter())
        .filter(|d| d.code == "R014")
        .collect();
    assert_eq!(dups.len(), 1, "{dups:?}");
    assert_eq!((dups[0].line, dups[0].column), (4, 6));
}

#[test]
fn every_rule_has_its_documented_severity() {
    let documented = common::documented_severities("docs/scenario-format.md", 'R');
    let rules = lantern::practice::check::ALL;
    assert_eq!(documented.len(), rules.len(), "{documented:?}");
    for r in rules {
        assert_eq!(documented.get(r.code), Some(&r.severity), "{}", r.code);
    }
}
