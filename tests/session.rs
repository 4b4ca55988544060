//! The session layer both front ends share: what it asks of the referral directory for a
//! screening (needs, urgency, age group, the time), built from the protocol's answers.

mod common;

use std::sync::Arc;

use lantern::config::{DataRoot, Settings};
use lantern::engine::Answer;
use lantern::protocol::NeedCategory;
use lantern::referral::matching::AgeGroup;
use lantern::session::{Active, WorkSession};
use lantern::vault::VaultPaths;

fn session(root: &std::path::Path, data: &std::path::Path) -> WorkSession {
    session_at(root, data, common::clock())
}

fn session_at(
    root: &std::path::Path,
    data: &std::path::Path,
    clock: Arc<dyn lantern::engine::Clock>,
) -> WorkSession {
    WorkSession::open(
        DataRoot::at(root),
        Settings::example(),
        VaultPaths::new(data.to_path_buf(), None),
        clock,
    )
    .unwrap()
}

fn shipped_session(data: &tempfile::TempDir) -> WorkSession {
    session(&common::root(), data.path())
}

fn answer(a: &mut Active, id: &str, value: Answer) {
    let i = a.screening.protocol().question_index(id).unwrap();
    a.screening.set_answer(i, value).unwrap();
}

fn start(s: &WorkSession, protocol: &str) -> Active {
    let en: lantern::i18n::LangTag = "en".parse().unwrap();
    let mut a = s.start(s.protocol(protocol).unwrap(), &en, &en).unwrap();
    a.screening.acknowledge_consent().unwrap();
    a
}

#[test]
fn the_age_group_comes_from_the_answers_and_the_protocols_audience() {
    let data = tempfile::tempdir().unwrap();
    let s = shipped_session(&data);
    let age = |a: &Active| s.referral_request(a).age;

    // Audience "minor": a minor whatever is answered.
    assert_eq!(age(&start(&s, "youth")), AgeGroup::Minor);
    // Audience "adult": an adult unless the answers say otherwise.
    let mut a = start(&s, "adult-general");
    answer(&mut a, "interpreter", Answer::Choice("none".into()));
    answer(&mut a, "speak_privately", Answer::Yes);
    answer(&mut a, "age_range", Answer::Declined);
    assert_eq!(age(&a), AgeGroup::Adult);
    answer(&mut a, "age_range", Answer::Choice("under_18".into()));
    assert_eq!(age(&a), AgeGroup::Minor);
    // Audience "any": what the answers say, and unknown when they say nothing.
    let mut a = start(&s, "hotline-brief");
    answer(&mut a, "interpreter", Answer::Choice("none".into()));
    answer(&mut a, "safe_to_talk", Answer::Yes);
    assert_eq!(age(&a), AgeGroup::Unknown);
    answer(&mut a, "age_range", Answer::Declined);
    assert_eq!(age(&a), AgeGroup::Unknown);
    answer(&mut a, "age_range", Answer::Choice("age_25_plus".into()));
    assert_eq!(age(&a), AgeGroup::Adult);
    answer(&mut a, "age_range", Answer::Choice("under_18".into()));
    assert_eq!(age(&a), AgeGroup::Minor);
}

#[test]
fn an_urgent_flag_with_no_need_still_asks_for_the_hotline_but_nothing_after_a_stop() {
    // The safety fixture: a person under 18 is an urgent flag that raises no need of its
    // own; a medical emergency seen while the screening stops is urgent too.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    std::fs::create_dir_all(root.join("screening")).unwrap();
    std::fs::copy(
        common::fixture("protocols/valid/safety.toml"),
        root.join("screening/safety.toml"),
    )
    .unwrap();
    let s = session(&root, &dir.path().join("data"));
    assert!(s.protocol_problems.is_empty(), "{:?}", s.protocol_problems);
    let mut a = start(&s, "safety");
    answer(&mut a, "interpreter", Answer::Choice("none".into()));
    answer(&mut a, "private", Answer::Yes);
    let r = s.referral_request(&a);
    assert!(!r.urgent);
    assert!(r.needs.is_empty(), "nothing asked, nothing offered");
    answer(&mut a, "age", Answer::Choice("under_18".into()));
    let r = s.referral_request(&a);
    assert!(r.urgent);
    let needs: Vec<NeedCategory> = r.needs.iter().map(|n| n.category).collect();
    assert_eq!(needs, [NeedCategory::Hotline]);
    assert_eq!(r.ages, Some((0, 17)), "the answered age group's ages");
    // A companion interprets: the screening stops; what the worker saw is urgent, and yet
    // nothing is offered (a hand-off would be relayed).
    answer(&mut a, "interpreter", Answer::Choice("companion".into()));
    answer(&mut a, "seen", Answer::Choices(vec!["medical".into()]));
    assert_eq!(
        a.screening.outcome_level(),
        lantern::protocol::OutcomeLevel::NotScreened
    );
    let r = s.referral_request(&a);
    assert!(r.urgent);
    assert!(r.needs.is_empty(), "{:?}", r.needs);
}

#[test]
fn the_request_carries_the_needs_language_and_the_local_time() {
    use chrono::{Datelike, Local, TimeZone, Timelike, Utc};
    let data = tempfile::tempdir().unwrap();
    let at = Utc.with_ymd_and_hms(2026, 12, 2, 14, 37, 0).unwrap();
    let s = session_at(
        &common::root(),
        data.path(),
        Arc::new(lantern::engine::ManualClock::new(at)),
    );
    let mut a = s
        .start(
            s.protocol("adult-general").unwrap(),
            &"es".parse().unwrap(),
            &"en".parse().unwrap(),
        )
        .unwrap();
    a.screening.acknowledge_consent().unwrap();
    answer(&mut a, "interpreter", Answer::Choice("none".into()));
    answer(&mut a, "speak_privately", Answer::Yes);
    answer(&mut a, "age_range", Answer::Choice("age_25_plus".into()));
    let r = s.referral_request(&a);
    assert_eq!(r.language, "es");
    let d = a.screening.derived();
    let p = Arc::clone(a.screening.protocol());
    let ids: Vec<&str> = d
        .needs
        .iter()
        .map(|&n| p.file.needs[n].id.as_str())
        .collect();
    assert_eq!(
        r.needs.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ids
    );
    // The time the directory's opening hours are checked against: the session clock's, in
    // the region's time zone (the example's America/Denver: Wednesday 14:37 UTC is 07:37
    // there), whatever the laptop's zone; and the same moment in UTC for schedules with
    // their own offset.
    assert_eq!(r.now, Some((2, 7 * 60 + 37)));
    assert_eq!(r.now_utc, Some(at));
    // Without a region time zone: the laptop's local calendar.
    let mut settings = Settings::example();
    if let Some(region) = settings.file.region.as_mut() {
        region.timezone = None;
    }
    let local = at.with_timezone(&Local);
    let want = (
        local.weekday().num_days_from_monday() as u8,
        (local.hour() * 60 + local.minute()) as u16,
    );
    assert_eq!(lantern::offer::region_day_minute(&settings, at), want);
    let region = Settings::example().file.region.unwrap();
    assert_eq!(r.region.as_deref(), Some(region.name.as_str()));
}

#[test]
fn answers_read_the_same_in_both_front_ends() {
    let data = tempfile::tempdir().unwrap();
    let s = shipped_session(&data);
    let (catalog, _) = lantern::i18n::Catalog::load(&common::root().join("locales"));
    let l = catalog.localizer(&["es".to_string()]);
    let mut a = start(&s, "hotline-brief");
    answer(&mut a, "interpreter", Answer::Choice("none".into()));
    answer(&mut a, "safe_to_talk", Answer::Yes);
    let sc = &a.screening;
    let money = sc.protocol().question_index("money").unwrap();
    let label = |ans: Answer| lantern::present::question::label(&l, sc, money, &ans, "es");
    assert_eq!(label(Answer::Declined), l.tr("answer-declined"));
    assert_eq!(label(Answer::Choices(vec![])), l.tr("answer-none"));
    let q = sc.protocol().question(money);
    let (a1, a2) = (q.choices[0].id.value.clone(), q.choices[1].id.value.clone());
    assert_eq!(
        label(Answer::Choices(vec![a1.clone(), a2.clone()])),
        format!(
            "{}, {}",
            sc.choice_label(money, &a1, "es"),
            sc.choice_label(money, &a2, "es")
        )
    );
    assert_eq!(label(Answer::Number(72)), "72");
}
