//! Every invalid fixture declares the diagnostics lint must report (`# expect: CODE L:C`
//! lines at its top); lint must report exactly those. Valid fixtures and every shipped
//! protocol must be clean.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lantern::diagnostic::{Diagnostic, Severity};
use lantern::protocol::load::read_source;
use lantern::protocol::{lint, load_str};

fn lint_file(path: &Path) -> Vec<Diagnostic> {
    let file = match read_source(path) {
        Ok(f) => f,
        Err(d) => return vec![*d],
    };
    let (p, mut diags) = load_str(&file);
    if let Some(p) = &p {
        diags.extend(lint::check(p, &file));
    }
    diags
}

/// Each rule's severity as docs/protocol-format.md promises it to protocol authors: the
/// table is the specification, so that downgrading an error (a protocol that calls someone
/// a "victim" would then load) fails here.
fn documented_severities() -> BTreeMap<String, Severity> {
    common::documented_severities("docs/protocol-format.md", 'P')
}

#[test]
fn every_rule_has_its_documented_severity() {
    let doc = documented_severities();
    assert_eq!(
        doc.len(),
        lantern::protocol::rules::ALL.len(),
        "the rule table in docs/protocol-format.md and the rules differ: {doc:?}"
    );
    for rule in lantern::protocol::rules::ALL {
        assert_eq!(
            doc.get(rule.code),
            Some(&rule.severity),
            "{} {}",
            rule.code,
            rule.name
        );
    }
}

/// The expected (code, line, column) of a fixture, duplicates kept: a diagnostic reported
/// twice is a bug too.
fn expectations(path: &Path) -> Vec<(String, usize, usize)> {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|rest| {
            let (code, pos) = rest.trim().split_once(' ').expect("`CODE L:C`");
            let (l, c) = pos.split_once(':').expect("`L:C`");
            (code.to_string(), l.parse().unwrap(), c.parse().unwrap())
        })
        .collect::<Vec<_>>()
        .tap_sort()
}

trait TapSort {
    fn tap_sort(self) -> Self;
}
impl<T: Ord> TapSort for Vec<T> {
    fn tap_sort(mut self) -> Self {
        self.sort();
        self
    }
}

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(common::fixture(dir))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    v
}

#[test]
fn invalid_fixtures_report_exactly_their_expected_diagnostics() {
    let fixtures = files("protocols/invalid");
    assert!(
        fixtures.len() >= 30,
        "only {} invalid fixtures",
        fixtures.len()
    );
    let documented = documented_severities();
    let mut failures = Vec::new();
    let mut codes = BTreeSet::new();
    for path in &fixtures {
        let want = expectations(path);
        assert!(
            !want.is_empty(),
            "{} has no `# expect:` line",
            path.display()
        );
        let diags = lint_file(path);
        let got: Vec<_> = diags
            .iter()
            .map(|d| (d.code.to_string(), d.line, d.column))
            .collect::<Vec<_>>()
            .tap_sort();
        codes.extend(got.iter().map(|(c, _, _)| c.clone()));
        for d in &diags {
            if documented.get(d.code) != Some(&d.severity) {
                failures.push(format!("{}: {d} has the wrong severity", path.display()));
            }
            // Every problem says how to fix it.
            if d.hint.as_deref().is_none_or(|h| h.trim().is_empty()) || d.message.is_empty() {
                failures.push(format!("{}: {d} has no message or hint", path.display()));
            }
        }
        // What a severity means: a protocol with an error never loads; warnings alone do.
        let errors = diags.iter().any(Diagnostic::is_error);
        if lantern::protocol::load_file(path).is_ok() == errors {
            failures.push(format!(
                "{}: load_file {} although lint found {}",
                path.display(),
                if errors { "accepted it" } else { "refused it" },
                if errors { "errors" } else { "only warnings" }
            ));
        }
        if want != got {
            failures.push(format!(
                "{}:\n  expected {want:?}\n  got      {got:?}\n  {}",
                path.display(),
                diags
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every rule but the keys-folder one is exercised by a fixture.
    for rule in lantern::protocol::rules::ALL {
        if rule.code != "P010" {
            assert!(
                codes.contains(rule.code),
                "no fixture for {} {}",
                rule.code,
                rule.name
            );
        }
    }
}

#[test]
fn valid_fixtures_and_shipped_protocols_are_clean() {
    let mut all = files("protocols/valid");
    assert!(all.len() >= 2, "valid fixtures are missing");
    let shipped = common::shipped();
    assert!(
        shipped.len() >= 4,
        "shipped protocols are missing: {shipped:?}"
    );
    all.extend(shipped);
    for path in all {
        let diags = lint_file(&path);
        assert!(
            diags.is_empty(),
            "{}:\n{}",
            path.display(),
            diags
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn a_private_key_in_keys_is_found_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("org.txt"),
        "# organization recipients\nage1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("old")).unwrap();
    std::fs::write(
        dir.path().join("old/identity.txt"),
        "# created: 2026-01-01\n# public key: age1xyz\n  AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ\n",
    )
    .unwrap();
    let d = lint::check_keys_dir(dir.path());
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].code, d[0].line, d[0].column), ("P010", 3, 3));
    assert!(d[0].file.ends_with("old/identity.txt"));
    assert!(lint::check_keys_dir(&dir.path().join("missing")).is_empty());
}
