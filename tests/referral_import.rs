//! HSDS 3.0 import: the official sample (CSV and JSON, read in place from the workspace's
//! shared data), the shipped directory, the installed store, and broken packages, each
//! with its expected report.

mod common;

use std::path::Path;

use lantern::protocol::NeedCategory;
use lantern::referral::model::Confidence;
use lantern::referral::{ImportReport, Status, import_csv, import_json, store, taxonomy};

/// The official HSDS 3.0 examples (None: absent, the test is skipped).
fn official() -> Option<std::path::PathBuf> {
    common::shared_data("hsds-3.0-examples")
}

fn official_expect(name: &str) -> std::path::PathBuf {
    common::fixture("directories/hsds-3.0-examples.expect").join(name)
}

#[test]
fn the_official_csv_sample_imports_with_its_problems_reported() {
    let Some(official) = official() else { return };
    let (dir, report) = import_csv(&official.join("csv"));
    assert_eq!(dir.services.len(), 1, "{:#?}", report.problems);
    let s = &dir.services[0];
    assert_eq!(s.name, "Community Counselling");
    assert_eq!(s.organization, "Example Organization Inc.");
    assert_eq!(s.languages, ["ur"]);
    assert!(s.interpretation.is_some());
    // No lantern taxonomy: matched from its text, at lower confidence.
    assert_eq!(s.confidence, Confidence::Inferred);
    assert!(s.covers(NeedCategory::BehavioralHealth));
    assert_eq!(report.inferred, 1);
    // The sample's placeholder coordinates (100, 101) are not valid: reported, ignored.
    let codes: Vec<(&str, usize)> = report.problems.iter().map(|d| (d.code, d.line)).collect();
    assert!(codes.contains(&("D009", 2)), "{codes:?}");
    assert_eq!(report.errors(), 0);
}

#[test]
fn the_official_json_documents_import() {
    let Some(official) = official() else { return };
    for file in [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "service_at_location_full.json",
    ] {
        let (dir, report) = import_json(&official.join(file));
        assert!(!dir.services.is_empty(), "{file}: {:#?}", report.problems);
        assert_eq!(report.errors(), 0, "{file}: {:#?}", report.problems);
        assert!(
            dir.services.iter().all(|s| s.status == Status::Active),
            "{file}"
        );
    }
    let (dir, _) = import_json(&official.join("service_full.json"));
    let s = &dir.services[0];
    assert_eq!(s.name, "Community Counselling");
    assert!(!s.phones.is_empty());
    assert!(!s.openings.is_empty());
    // The sample's schedule says `timezone: 3` (UTC+3): kept with its hours.
    assert!(
        s.openings.iter().all(|o| o.utc_offset == Some(180)),
        "{:?}",
        s.openings
    );
    let (dir, _) = import_csv(&official.join("csv"));
    assert!(
        dir.services[0]
            .openings
            .iter()
            .all(|o| o.utc_offset == Some(180)),
        "{:?}",
        dir.services[0].openings
    );
}

#[test]
fn the_shipped_directory_is_complete_and_clean() {
    let (dir, report) = import_csv(&common::root().join("directory"));
    assert!(
        report.problems.is_empty(),
        "{:#?}",
        report
            .problems
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
    );
    assert!(dir.services.len() >= 35, "{}", dir.services.len());
    assert_eq!(
        report.inferred, 0,
        "every shipped service uses lantern's taxonomy"
    );
    for c in taxonomy::all_categories() {
        let n = dir
            .services
            .iter()
            .filter(|s| s.status == Status::Active && s.covers(c))
            .count();
        assert!(n >= 2, "category {} has {n} active services", c.as_str());
    }
    let hotline = dir
        .services
        .iter()
        .find(|s| s.name.contains("National Human Trafficking Hotline"))
        .expect("the hotline");
    let numbers: Vec<&str> = hotline.phones.iter().map(|p| p.number.as_str()).collect();
    assert!(
        numbers.iter().any(|n| n.contains("888-373-7888")),
        "{numbers:?}"
    );
    assert!(hotline.has(taxonomy::Attr::Open247));
    let readme = std::fs::read_to_string(common::root().join("directory/README.md")).unwrap();
    assert!(readme.to_lowercase().contains("fictional"));
}

#[test]
fn an_installed_directory_loads_back_identically() {
    let (dir, _) = import_csv(&common::root().join("directory"));
    let data = tempfile::tempdir().unwrap();
    assert!(store::load(data.path()).unwrap().is_none());
    store::install(data.path(), &dir).unwrap();
    assert_eq!(store::load(data.path()).unwrap().unwrap(), dir);
    std::fs::write(store::installed_path(data.path()), b"garbage").unwrap();
    assert!(store::load(data.path()).is_err());
}

/// `expect.txt`: `services: N`, `skipped: M` (both required), then
/// `CODE SEVERITY FILE LINE:COL` per problem, duplicates counted.
fn check_expectations(report: &ImportReport, services: usize, expect: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(expect).map_err(|e| format!("{}: {e}", expect.display()))?;
    let mut want = Vec::new();
    let (mut want_services, mut want_skipped) = (None, None);
    let bad = |n: usize, line: &str| format!("{}:{n}: cannot read `{line}`", expect.display());
    for (n, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(v) = line.strip_prefix("services:") {
            want_services = Some(v.trim().parse::<usize>().map_err(|_| bad(n, line))?);
        } else if let Some(v) = line.strip_prefix("skipped:") {
            want_skipped = Some(v.trim().parse::<usize>().map_err(|_| bad(n, line))?);
        } else {
            let parts: Vec<&str> = line.split_whitespace().collect();
            let [code, severity, file, pos] = parts[..] else {
                return Err(bad(n, line));
            };
            let (l, c) = pos.split_once(':').ok_or_else(|| bad(n, line))?;
            let l: usize = l.parse().map_err(|_| bad(n, line))?;
            let c: usize = c.parse().map_err(|_| bad(n, line))?;
            want.push(format!("{code} {severity} {file} {l}:{c}"));
        }
    }
    let (Some(want_services), Some(want_skipped)) = (want_services, want_skipped) else {
        return Err(format!(
            "{}: `services:` and `skipped:` are required",
            expect.display()
        ));
    };
    want.sort();
    let mut got: Vec<String> = report
        .problems
        .iter()
        .map(|d| {
            format!(
                "{} {} {} {}:{}",
                d.code,
                if d.is_error() { "error" } else { "warning" },
                d.file
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default(),
                d.line,
                d.column
            )
        })
        .collect();
    got.sort();
    let mut msg = String::new();
    if got != want {
        msg.push_str(&format!(
            "problems: expected\n  {}\n got\n  {}\n",
            want.join("\n  "),
            got.join("\n  ")
        ));
    }
    if want_services != services {
        msg.push_str(&format!(
            "services: expected {want_services}, got {services}\n"
        ));
    }
    if want_skipped != report.skipped() {
        msg.push_str(&format!(
            "skipped: expected {want_skipped}, got {}\n",
            report.skipped()
        ));
    }
    if msg.is_empty() { Ok(()) } else { Err(msg) }
}

/// Every string a kept service holds (name, description, phones, addresses, ...).
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn broken_packages_report_exactly_what_is_wrong_and_keep_the_good_rows() {
    let base = common::fixture("directories/broken");
    let mut entries: Vec<_> = std::fs::read_dir(&base)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut checked = 0;
    let mut failures = Vec::new();
    for p in entries {
        let (dir, report, expect) = if p.is_dir() {
            let (d, r) = import_csv(&p);
            (d, r, p.join("expect.txt"))
        } else if p.extension().is_some_and(|x| x == "json") {
            let (d, r) = import_json(&p);
            let e = p.with_extension("expect.txt");
            (d, r, e)
        } else {
            continue;
        };
        checked += 1;
        if let Err(m) = check_expectations(&report, dir.services.len(), &expect) {
            failures.push(format!("{}:\n{m}", p.display()));
        }
        // Whatever was kept is safe to show: no control character survives in any field.
        for s in &dir.services {
            let mut all = Vec::new();
            strings(&serde_json::to_value(s).unwrap(), &mut all);
            for text in all {
                assert!(
                    !text.chars().any(|c| c.is_control() && c != '\n'),
                    "{}: {text:?}",
                    p.display()
                );
            }
        }
    }
    assert!(checked >= 15, "only {checked} broken fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_official_sample_reports_exactly_what_its_expectations_say() {
    let Some(base) = official() else { return };
    let (d, r) = import_csv(&base.join("csv"));
    check_expectations(&r, d.services.len(), &official_expect("csv.expect.txt")).unwrap();
    for f in [
        "service_full",
        "service_list",
        "organization_full",
        "service_at_location_full",
    ] {
        let (d, r) = import_json(&base.join(format!("{f}.json")));
        check_expectations(
            &r,
            d.services.len(),
            &official_expect(&format!("{f}.expect.txt")),
        )
        .unwrap_or_else(|m| panic!("{f}: {m}"));
    }
}

/// Every package and document in the workspace's `../shared/data/external-hsds/` (real and
/// third-party exports nobody on the project wrote, read in place), each with its exact
/// expected report in `tests/fixtures/directories/external-hsds.expect/<dataset>/`: a CSV
/// package as `csv.expect.txt` (the dataset folder itself, or its `csv/`), a JSON document
/// as `<name>.expect.txt`. A dataset added there without expectations fails the test.
#[test]
fn external_exports_report_exactly_what_their_expectations_say() {
    let Some(base) = common::shared_data("external-hsds") else {
        return;
    };
    let expect_base = common::fixture("directories/external-hsds.expect");
    let mut datasets: Vec<_> = std::fs::read_dir(&base)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    datasets.sort();
    let mut checked = 0;
    let mut failures = Vec::new();
    for set in &datasets {
        let name = set.file_name().unwrap().to_string_lossy().to_string();
        let expect = expect_base.join(&name);
        for package in [set.clone(), set.join("csv")] {
            if package.join("services.csv").is_file() {
                let (d, r) = import_csv(&package);
                checked += 1;
                if let Err(m) =
                    check_expectations(&r, d.services.len(), &expect.join("csv.expect.txt"))
                {
                    failures.push(format!("{}:\n{m}", package.display()));
                }
            }
        }
        let mut docs: Vec<_> = std::fs::read_dir(set)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter(|p| !p.ends_with("datapackage.json"))
            .collect();
        docs.sort();
        for doc in docs {
            let (d, r) = import_json(&doc);
            checked += 1;
            let stem = doc.file_stem().unwrap().to_string_lossy().to_string();
            if let Err(m) = check_expectations(
                &r,
                d.services.len(),
                &expect.join(format!("{stem}.expect.txt")),
            ) {
                failures.push(format!("{}:\n{m}", doc.display()));
            }
        }
    }
    assert!(checked >= 12, "only {checked} external inputs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
