//! Practice mode's library: the shipped scenarios lint clean, the persona replies (trust
//! changes a reply), and the debrief of a good run and of a run that pressures after a
//! decline, exactly.

mod common;

use std::sync::Arc;

use chrono::TimeDelta;
use lantern::config::Settings;
use lantern::engine::{Answer, ManualClock, Position};
use lantern::practice::debrief::{Debrief, Referred, Verdict};
use lantern::practice::rehearsal::Rehearsal;
use lantern::practice::{Scenario, load_protocols};
use lantern::referral::model::ShareConsent;

fn shipped(id: &str) -> (Arc<Scenario>, Arc<lantern::protocol::Protocol>) {
    common::scenarios()
        .into_iter()
        .find(|(s, _)| s.id() == id)
        .unwrap_or_else(|| panic!("no scenario {id}"))
}

#[test]
fn every_shipped_scenario_lints_clean_and_there_are_ten() {
    let dir = common::root().join("screening/scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 10,
        "{} scenarios in {}",
        paths.len(),
        dir.display()
    );
    let protocols = load_protocols(&common::root().join("screening"));
    for l in lantern::practice::lint_files(&paths, &protocols) {
        assert!(
            l.diagnostics.is_empty(),
            "{}:\n{}",
            l.path.display(),
            l.diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Answers every question on the path with the persona's reply, as a careful trainee would:
/// ask, listen, record what was said. `change` may record something else for a question.
fn run(
    r: &mut Rehearsal,
    clock: &ManualClock,
    change: &dyn Fn(&str) -> Option<Answer>,
) -> Vec<String> {
    let mut said = Vec::new();
    // Who interprets may be answered before the consent; everything else after it.
    r.acknowledge_consent().unwrap();
    let mut guard = 0;
    while let Position::Question(i) = r.screening().position() {
        guard += 1;
        assert!(guard < 200, "the run does not end");
        clock.advance(TimeDelta::seconds(20));
        let q = r.protocol().question(i).clone();
        if q.kind.value.takes_answer() {
            if let Some(reply) = r.ask(i, "en") {
                said.push(reply.said_for_worker.unwrap_or(reply.said));
            }
            let a = change(q.id.as_str()).or_else(|| r.expected_now(i));
            if let Some(a) = a {
                r.record(i, a).unwrap();
            }
            if !r.screening().derived().urgent.is_empty() {
                r.urgent_steps_shown();
            }
        }
        r.advance().unwrap();
    }
    said
}

fn directory() -> lantern::referral::Directory {
    lantern::referral::import_csv(&common::root().join("directory")).0
}

/// The referral step as a careful trainee does it: the first suggestion for each need,
/// consent asked. The service ids offered.
fn offer_first(r: &mut Rehearsal, dir: &lantern::referral::Directory) -> Vec<String> {
    let groups = r.suggestions(dir, &Settings::example(), false);
    let mut ids = Vec::new();
    for g in &groups {
        if let Some(first) = g.suggestions.first() {
            let svc = dir.service(first.service);
            r.offer(&g.need, svc, ShareConsent::Yes);
            ids.push(svc.id.clone());
        }
    }
    ids
}

#[test]
fn a_good_run_comes_back_to_the_debt_once_trust_is_built_and_scores_full() {
    let (s, p) = shipped("farm-crew");
    let clock = common::clock();
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    let said = run(&mut r, &clock, &|_| None);
    // Spanish is the person's language; the worker reads English beside it.
    assert!(said.iter().any(|t| t.contains("The boss has our papers")));
    // First time, shame: "I can manage". Coming back after talking about the rides: the truth.
    let debt = r.protocol().question_index("debt_owed").unwrap();
    r.jump_to_question(debt).unwrap();
    let reply = r.ask(debt, "en").unwrap();
    assert!(reply.later, "{reply:?}");
    assert!(reply.said.starts_with("La verdad"), "{}", reply.said);
    assert!(
        reply
            .said_for_worker
            .as_deref()
            .unwrap()
            .starts_with("Honestly"),
        "{reply:?}"
    );
    r.record(debt, Answer::Choice("cannot_repay".into()))
        .unwrap();
    let offered = offer_first(&mut r, &directory());
    assert!(!offered.is_empty());
    r.finish().unwrap();

    let d = Debrief::compute(&r);
    assert!(
        d.referrals.iter().all(|n| n.referred == Referred::Offered
            && n.offers.iter().all(|o| o.consent == ShareConsent::Yes)),
        "{:?}",
        d.referrals
    );
    assert!(!d.referrals.is_empty());
    assert!(
        d.rows.iter().all(|row| row.verdict == Verdict::Same),
        "{:?}",
        d.rows
    );
    assert!(d.indicators.missed.is_empty() && d.indicators.extra.is_empty());
    assert_eq!(d.indicators.found.len(), 10);
    assert!(d.consent_first && d.checks_first);
    assert!(d.pressured.is_empty());
    assert_eq!(d.outcome_expected, Some(d.outcome_reached));
    assert_eq!(d.total(), (100, 100), "{:?}", d.score);
    // Every section of the path took some time; none is counted twice.
    assert!(d.section_seconds.iter().all(|(_, s)| *s > 0));
}

#[test]
fn asking_again_after_a_decline_is_pressure_and_a_missed_debt_is_a_missed_indicator() {
    let (s, p) = shipped("farm-crew");
    let clock = common::clock();
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    run(&mut r, &clock, &|_| None);
    // The trainee goes back to the threats the person declined and records an answer anyway.
    let threats = r.protocol().question_index("threats").unwrap();
    r.jump_to_question(threats).unwrap();
    r.ask(threats, "en");
    r.record(threats, Answer::Choices(vec!["no_threats".into()]))
        .unwrap();
    r.finish().unwrap();

    let d = Debrief::compute(&r);
    assert_eq!(d.pressured, vec![threats]);
    let by_id = |id: &str| {
        d.rows
            .iter()
            .find(|row| r.protocol().question(row.question).id.as_str() == id)
            .unwrap()
    };
    // Never came back to the debt: the first, ashamed answer stands.
    assert_eq!(by_id("debt_owed").verdict, Verdict::Different);
    assert_eq!(by_id("threats").verdict, Verdict::Different);
    let missed: Vec<&str> = d
        .indicators
        .missed
        .iter()
        .map(|&i| r.protocol().file.indicators[i].id.as_str())
        .collect();
    assert_eq!(missed, vec!["growing_debt"]);
    let part = |id: &str| d.score.iter().find(|s| s.id == id).unwrap().points;
    assert_eq!(part("debrief-score-declines"), 5);
    assert_eq!(part("debrief-score-indicators"), 18);
    assert_eq!(part("debrief-score-answers"), 20 * 21 / 23);
    // Ended without the referral step: each need found was owed a service.
    assert!(
        d.referrals
            .iter()
            .all(|n| n.referred == Referred::NotOffered)
    );
    assert_eq!(part("debrief-score-referrals"), 0);
    assert!(d.total().0 < 100);
}

#[test]
fn referrals_count_per_expected_need_and_a_need_never_found_is_not_offered() {
    let (s, p) = shipped("farm-crew");
    let clock = common::clock();
    let dir = directory();
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    run(&mut r, &clock, &|_| None);
    let groups = r.suggestions(&dir, &Settings::example(), false);
    // One service offered, for the first need only; the person wants nothing shared.
    let first = &groups[0];
    let svc = dir.service(first.suggestions[0].service);
    r.offer(&first.need, svc, ShareConsent::No);
    // Offered twice: the second answer replaces the first.
    r.offer(&first.need, svc, ShareConsent::Limited);
    r.finish().unwrap();
    let d = Debrief::compute(&r);
    let owed = d.referrals.len() as u32;
    assert!(owed >= 2, "{:?}", d.referrals);
    let offered: Vec<_> = d
        .referrals
        .iter()
        .filter(|n| n.referred == Referred::Offered)
        .collect();
    assert_eq!(offered.len(), 1);
    assert_eq!(offered[0].offers.len(), 1);
    assert_eq!(offered[0].offers[0].consent, ShareConsent::Limited);
    let part = |id: &str| d.score.iter().find(|s| s.id == id).unwrap().points;
    assert_eq!(part("debrief-score-referrals"), 10 / owed);

    // A need never found cannot be offered: it is marked so, not as a service withheld.
    let (s, p) = shipped("farm-crew");
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    run(&mut r, &clock, &|_| Some(Answer::Declined));
    offer_first(&mut r, &dir);
    r.finish().unwrap();
    let d = Debrief::compute(&r);
    assert!(
        d.referrals.iter().all(|n| n.referred == Referred::NotFound),
        "{:?}",
        d.referrals
    );
}

#[test]
fn after_an_interpreter_stop_nothing_is_suggested_and_nothing_is_owed() {
    let (s, p) = shipped("employer-interprets");
    let clock = common::clock();
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    let check = r.screening().interpreter_check().unwrap();
    let said = r.expected_now(check).unwrap();
    r.record(check, said).unwrap();
    let groups = r.suggestions(&directory(), &Settings::example(), false);
    assert!(groups.is_empty(), "{groups:?}");
    r.finish().unwrap();
    let d = Debrief::compute(&r);
    assert!(d.referrals.is_empty() && d.other_offers.is_empty());
    let part = |id: &str| d.score.iter().find(|s| s.id == id).unwrap().points;
    assert_eq!(part("debrief-score-referrals"), 10);
}

#[test]
fn a_need_the_directory_has_nothing_for_is_not_held_against_the_trainee() {
    let (s, p) = shipped("farm-crew");
    let clock = common::clock();
    let mut r = Rehearsal::start(s, p, clock.clone()).unwrap();
    run(&mut r, &clock, &|_| None);
    let empty = lantern::referral::Directory::new(Vec::new(), "empty".into());
    assert!(offer_first(&mut r, &empty).is_empty());
    r.finish().unwrap();
    let d = Debrief::compute(&r);
    assert!(!d.referrals.is_empty());
    assert!(
        d.referrals
            .iter()
            .all(|n| n.referred == Referred::NothingLocal),
        "{:?}",
        d.referrals
    );
    let part = |id: &str| d.score.iter().find(|s| s.id == id).unwrap().points;
    assert_eq!(part("debrief-score-referrals"), 10);
}
