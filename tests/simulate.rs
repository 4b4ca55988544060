//! Every shipped protocol is exercised by scripted answers (tests/fixtures/simulate/<id>/):
//! every `*.toml` there is run in each of the protocol's languages and must meet its
//! `[expect]`. Six cases are required of every protocol and get checks of their own: no
//! indicators, some, urgent, a minor, everything declined (not screened) and everything past
//! the gates declined. `lantern simulate` writes nothing.

mod common;

use std::path::Path;
use std::sync::Arc;

use assert_cmd::Command;
use lantern::diagnostic::SourceFile;
use lantern::engine::script::{AnswerScript, run};
use lantern::protocol::{Audience, OutcomeLevel};

const CASES: &[&str] = &[
    "none",
    "some",
    "urgent",
    "minor",
    "all_declined",
    "declined_after_gate",
];

#[test]
fn every_shipped_protocol_meets_its_scripted_expectations_in_every_language() {
    let shipped = common::shipped();
    assert!(shipped.len() >= 4, "expected the four shipped protocols");
    for path in shipped {
        let p = common::protocol(&path);
        let dir = common::fixture(&format!("simulate/{}", p.id()));
        let mut cases: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|f| f.extension().is_some_and(|x| x == "toml"))
            .map(|f| f.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        cases.sort();
        for required in CASES {
            assert!(
                cases.iter().any(|c| c == required),
                "{}: the required case {required}.toml is missing",
                dir.display()
            );
        }
        for case in &cases {
            let script_path = dir.join(format!("{case}.toml"));
            let file = SourceFile::new(
                &script_path,
                std::fs::read_to_string(&script_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", script_path.display())),
            );
            let script = AnswerScript::parse(&file).unwrap_or_else(|d| panic!("{d:?}"));
            let expect = script
                .expect
                .clone()
                .unwrap_or_else(|| panic!("{} has no [expect]", script_path.display()));
            for lang in p.languages() {
                let (report, warnings) = run(Arc::clone(&p), lang, &script, &file, common::clock())
                    .unwrap_or_else(|d| panic!("{d:?}"));
                assert!(
                    warnings.is_empty(),
                    "{}: {warnings:?}",
                    script_path.display()
                );
                let misses = expect.mismatches(&report);
                assert!(
                    misses.is_empty(),
                    "{} ({lang}): {misses:?}",
                    script_path.display()
                );
                match case.as_str() {
                    "none" => assert_eq!(report.outcome, OutcomeLevel::NoIndicators),
                    "some" => {
                        assert!(!report.indicators.is_empty());
                        assert!(report.urgent.is_empty());
                    }
                    "urgent" | "minor" => {
                        assert!(!report.urgent.is_empty() || !report.indicators.is_empty())
                    }
                    "declined_after_gate" => {
                        // Past the gates, most of the protocol is shown and declined, and
                        // still nothing is raised.
                        assert!(report.indicators.is_empty(), "{}", script_path.display());
                        assert!(report.urgent.is_empty(), "{}", script_path.display());
                        let asked = p
                            .questions()
                            .filter(|(_, q)| q.kind.value.takes_answer())
                            .count();
                        let declined = report
                            .path
                            .iter()
                            .filter(|s| s.answer.as_ref().is_some_and(|a| a.is_non_response()))
                            .count();
                        assert!(
                            declined * 3 >= asked * 2,
                            "{}: only {declined} of {asked} questions declined",
                            script_path.display()
                        );
                    }
                    "all_declined" => {
                        // With the safety checks declined, the screening did not happen: it
                        // is "not screened", never "no indicators".
                        assert_eq!(
                            report.outcome,
                            OutcomeLevel::NotScreened,
                            "{}",
                            script_path.display()
                        );
                        // Declining is never an indicator.
                        assert!(report.indicators.is_empty(), "{}", script_path.display());
                        // Everything the script does not answer explicitly was declined.
                        assert!(
                            report
                                .path
                                .iter()
                                .filter(|s| !script.answers.contains_key(&s.question))
                                .all(|s| s.answer.as_ref().is_none_or(|a| a.is_non_response())),
                            "{}",
                            script_path.display()
                        );
                    }
                    // Other cases are checked by their own `[expect]` only.
                    _ => {}
                }
                if case == "urgent" {
                    assert_eq!(report.outcome, OutcomeLevel::Urgent);
                }
            }
        }
    }
}

#[test]
fn the_youth_protocol_reads_the_reporting_notice_first_and_the_hotline_one_is_brief() {
    for path in common::shipped() {
        let p = common::protocol(&path);
        if p.file.protocol.audience == Audience::Minor {
            assert!(p.file.consent.mandatory_reporting_notice, "{}", p.id());
        }
        if p.id() == "hotline-brief" {
            // At most eight questions read to the caller; besides them, only the worker's
            // own safety checks (who interprets, what the worker hears), never read aloud.
            let read_aloud = p.questions().filter(|(_, q)| q.read_aloud).count();
            assert!(
                read_aloud <= 8,
                "hotline-brief reads {read_aloud} questions"
            );
            assert!(
                p.questions()
                    .filter(|(_, q)| !q.read_aloud)
                    .all(|(_, q)| q.check.is_some()),
                "hotline-brief has worker-only questions that are not safety checks"
            );
            assert!(
                p.question_count() <= 8 + 2,
                "hotline-brief has {}",
                p.question_count()
            );
        }
        assert!(!p.file.protocol.provenance.validated.value, "{}", p.id());
        for lang in ["en", "es"] {
            assert!(p.has_language(lang), "{} lacks {lang}", p.id());
        }
    }
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            out.push(e.path().display().to_string());
            out.extend(files_under(&e.path()));
        }
    }
    out
}

#[test]
fn simulate_prints_the_path_and_results_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let answers = cwd.path().join("answers.toml");
    std::fs::write(
        &answers,
        "[answers]\nspeak_freely = \"yes\"\nhours = 72\ndocuments = [\"employer\"]\n\n[expect]\noutcome = \"full_assessment\"\n",
    )
    .unwrap();
    let before = files_under(cwd.path());
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .current_dir(cwd.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("TMPDIR", home.path().join("tmp"))
        .env_remove("LANTERN_CONFIG")
        .args(["simulate"])
        .arg(common::fixture("protocols/valid/example.toml"))
        .arg("--answers")
        .arg(&answers)
        .args(["--lang", "es"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("[work] hours = 72  (es)"), "{stdout}");
    assert!(
        stdout.contains("- documents_held: Otra persona guarda"),
        "{stdout}"
    );
    assert!(
        stdout.contains("outcome: full_assessment: Hay indicadores"),
        "{stdout}"
    );
    assert!(
        files_under(home.path()).is_empty(),
        "simulate wrote {:?}",
        files_under(home.path())
    );
    assert_eq!(files_under(cwd.path()), before);
}

#[test]
fn simulate_json_and_failed_expectations() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "default = \"declined\"\n[expect]\noutcome = \"urgent\"\nshown = [\"speak_freely\", \"hours\"]\nhidden = [\"work_type\", \"speak_freely\"]\n",
    )
    .unwrap();
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .args(["simulate", "--json"])
        .arg(common::fixture("protocols/valid/example.toml"))
        .arg("--answers")
        .arg(&answers)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    // Everything declined, the privacy check included: nothing was screened.
    assert_eq!(v["outcome"], "not_screened");
    assert_eq!(v["path"][0]["answer"]["type"], "declined");
    // The gate closed: the work section was never shown, the privacy question was.
    let hidden: Vec<&str> = v["hidden"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h.as_str())
        .collect();
    assert!(hidden.contains(&"hours"), "{hidden:?}");
    assert!(!hidden.contains(&"speak_freely"), "{hidden:?}");
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("outcome: expected urgent, got not_screened"),
        "{stderr}"
    );
    // Each question on the wrong side is named, and only those.
    for line in [
        "question `hours` was expected to be shown but was not",
        "question `speak_freely` was expected to be hidden but was shown",
    ] {
        assert_eq!(stderr.matches(line).count(), 1, "{line}: {stderr}");
    }
    assert_eq!(stderr.matches("was expected to be").count(), 2, "{stderr}");
}

/// `lantern simulate` of the example protocol with `script` as its answers file (a.toml):
/// it must fail; what it printed on stderr.
fn refused_script(script: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.toml");
    std::fs::write(&answers, script).unwrap();
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("simulate")
        .arg(common::fixture("protocols/valid/example.toml"))
        .arg("--answers")
        .arg(&answers)
        .assert()
        .code(1);
    String::from_utf8_lossy(&out.get_output().stderr).to_string()
}

#[test]
fn bad_answer_scripts_get_positioned_errors() {
    let stderr = refused_script("[answers]\nspeak_freely = \"yes\"\nhourz = 3\nhours = \"many\"\n");
    assert!(
        stderr.contains("a.toml:3:9: error[S004]: unknown question `hourz`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `hours`?"), "{stderr}");

    // A misspelt key is refused, not ignored: the script would otherwise answer nothing.
    let stderr = refused_script("defualt = \"declined\"\n");
    assert!(
        stderr.contains("a.toml:1:1: error[S002]: unknown key `defualt`"),
        "{stderr}"
    );

    // A switch to a language the protocol does not have is named; one it has is not.
    let stderr = refused_script("[switch_language]\nhours = \"fr\"\ndocuments = \"es\"\n");
    assert!(
        stderr.contains("a.toml:2:9: error[S003]: `example` has no `fr` text"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
}
