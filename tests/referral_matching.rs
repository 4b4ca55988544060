//! Matching: hard filters, ranking and reasons, with exact expected order.

use lantern::protocol::NeedCategory::{self, *};
use lantern::referral::Directory;
use lantern::referral::matching::{
    AgeGroup, Gender, Misfit, NeedRequest, Reason, Request, suggest,
};
use lantern::referral::model::{Confidence, Location, Opening, Service, Status};
use lantern::referral::taxonomy::{Attr, category_bit};

fn svc(name: &str, cats: &[NeedCategory], attrs: &[Attr], langs: &[&str]) -> Service {
    Service {
        id: format!("id-{name}"),
        name: name.to_string(),
        organization: "Org".into(),
        description: String::new(),
        eligibility: String::new(),
        status: Status::Active,
        categories: cats.iter().fold(0, |a, c| a | category_bit(*c)),
        attributes: attrs.iter().fold(0, |a, x| a | x.bit()),
        confidence: Confidence::Taxonomy,
        min_age: None,
        max_age: None,
        languages: langs.iter().map(|s| s.to_string()).collect(),
        interpretation: None,
        phones: Vec::new(),
        locations: Vec::new(),
        areas: Vec::new(),
        openings: Vec::new(),
        fees: String::new(),
    }
}

fn at(mut s: Service, lat: f64, lon: f64) -> Service {
    s.locations.push(Location {
        name: String::new(),
        address: String::new(),
        latitude: Some(lat),
        longitude: Some(lon),
        accessibility: Vec::new(),
    });
    s
}

fn request(needs: &[NeedCategory], lang: &str) -> Request {
    Request {
        needs: needs
            .iter()
            .map(|c| NeedRequest {
                id: c.as_str().to_string(),
                category: *c,
            })
            .collect(),
        urgent: false,
        age: AgeGroup::Adult,
        ages: None,
        gender: None,
        wishes: Vec::new(),
        language: lang.into(),
        home: Some((39.75, -104.99)),
        region: Some("Riverbend County".into()),
        now: Some((5, 23 * 60)), // Saturday 23:00
        now_utc: None,
        wants_law_enforcement: false,
    }
}

fn names(dir: &Directory, r: &Request, need: usize) -> Vec<String> {
    suggest(dir, r, 10)[need]
        .suggestions
        .iter()
        .map(|s| dir.service(s.service).name.clone())
        .collect()
}

fn hotline() -> Service {
    svc(
        "National Hotline",
        &[Hotline],
        &[Attr::Open247, Attr::TraffickingExperienced],
        &["en", "es"],
    )
}

#[test]
fn adult_in_spanish_gets_direct_spanish_speakers_first_with_reasons() {
    let mut inactive = svc("Closed Legal Aid", &[LegalImmigration], &[], &["es"]);
    inactive.status = Status::Inactive;
    let mut youth_only = svc("Youth Legal", &[LegalImmigration], &[Attr::Youth], &["es"]);
    youth_only.max_age = Some(17);
    let mut interp = svc("English Legal", &[LegalImmigration], &[], &["en"]);
    interp.interpretation = Some("phone interpretation".into());
    let dir = Directory::new(
        vec![
            at(interp, 39.76, -104.99),
            at(
                svc(
                    "Spanish Legal",
                    &[LegalImmigration, LegalLaborCivil],
                    &[Attr::TraffickingExperienced, Attr::NoStatusRequired],
                    &["en", "es"],
                ),
                39.80,
                -104.99,
            ),
            inactive,
            youth_only,
            svc(
                "Police Unit",
                &[LegalImmigration],
                &[Attr::LawEnforcement],
                &["es"],
            ),
            hotline(),
        ],
        "test".into(),
    );
    let r = request(&[LegalImmigration, LegalLaborCivil], "es-MX");
    assert_eq!(names(&dir, &r, 0), ["Spanish Legal", "English Legal"]);
    let top = &suggest(&dir, &r, 10)[0].suggestions[0];
    assert_eq!(
        top.reasons,
        vec![
            Reason::AlsoCovers(LegalLaborCivil),
            Reason::SpeaksLanguage("es".into()),
            Reason::TraffickingExperienced,
            Reason::NoStatusRequired,
            Reason::DistanceKm(6),
        ]
    );
    assert!(top.misfits.is_empty());
    let second = &suggest(&dir, &r, 10)[0].suggestions[1];
    assert_eq!(
        second.reasons,
        vec![Reason::Interpretation, Reason::DistanceKm(1)]
    );
    assert_eq!(second.misfits, vec![Misfit::NoLanguage("es".into())]);
    // Law enforcement only when the person asks for it.
    let mut asked = r.clone();
    asked.wants_law_enforcement = true;
    assert!(names(&dir, &asked, 0).contains(&"Police Unit".to_string()));
}

#[test]
fn a_minor_gets_youth_services_first_and_never_adult_only_ones() {
    let mut youth = svc(
        "Youth Shelter",
        &[EmergencyShelter],
        &[Attr::Youth, Attr::ConfidentialLocation],
        &["en"],
    );
    youth.min_age = Some(12);
    youth.max_age = Some(17);
    let mut adult = svc(
        "Adult Shelter",
        &[EmergencyShelter],
        &[Attr::TraffickingExperienced],
        &["en"],
    );
    adult.min_age = Some(18);
    let dir = Directory::new(
        vec![
            adult,
            svc("Family Shelter", &[EmergencyShelter], &[], &["en"]),
            youth,
            hotline(),
        ],
        "test".into(),
    );
    let mut r = request(&[EmergencyShelter], "en");
    r.age = AgeGroup::Minor;
    r.home = None;
    assert_eq!(names(&dir, &r, 0), ["Youth Shelter", "Family Shelter"]);
    assert_eq!(
        suggest(&dir, &r, 10)[0].suggestions[0].reasons,
        vec![Reason::Youth]
    );
    // An adult never gets the youth-only shelter.
    r.age = AgeGroup::Adult;
    assert_eq!(names(&dir, &r, 0), ["Adult Shelter", "Family Shelter"]);
}

#[test]
fn urgent_puts_24_7_and_open_now_first_and_says_what_is_closed() {
    let mut weekday = svc(
        "Weekday Shelter",
        &[EmergencyShelter],
        &[Attr::TraffickingExperienced],
        &["en"],
    );
    weekday.openings = (0..5)
        .map(|day| Opening {
            day,
            opens: 9 * 60,
            closes: 17 * 60,
            utc_offset: None,
        })
        .collect();
    let mut late = svc("Late Shelter", &[EmergencyShelter], &[], &["en"]);
    late.openings = vec![Opening {
        day: 5,
        opens: 18 * 60,
        closes: 24 * 60,
        utc_offset: None,
    }];
    let dir = Directory::new(
        vec![
            weekday,
            late,
            svc(
                "Always Shelter",
                &[EmergencyShelter],
                &[Attr::Open247],
                &["en"],
            ),
            hotline(),
        ],
        "test".into(),
    );
    let mut r = request(&[EmergencyShelter], "en");
    r.home = None;
    r.urgent = true;
    assert_eq!(
        names(&dir, &r, 0),
        ["Always Shelter", "Late Shelter", "Weekday Shelter"]
    );
    let s = &suggest(&dir, &r, 10)[0].suggestions;
    assert_eq!(s[0].reasons, vec![Reason::Open247]);
    assert_eq!(s[1].reasons, vec![Reason::OpenNow]);
    assert_eq!(s[2].misfits, vec![Misfit::ClosedNow]);
}

/// "Open now" is judged in the region's time zone, except for a schedule that gives its own
/// UTC offset (HSDS `timezone`), which is judged at the same moment in its own hours.
#[test]
fn a_schedule_with_its_own_utc_offset_is_judged_in_its_own_hours() {
    use chrono::TimeZone;
    // Saturday 23:00 in the region; the same moment is Sunday 05:00 UTC and Saturday
    // 22:00 at UTC-7.
    let monday_to_saturday = |offset: Option<i16>, opens: u16, closes: u16| {
        (0..6)
            .map(|day| Opening {
                day,
                opens,
                closes,
                utc_offset: offset,
            })
            .collect::<Vec<_>>()
    };
    let mut own = svc("Mountain Shelter", &[EmergencyShelter], &[], &["en"]);
    // 21:00 to 22:30 at UTC-7: open at 22:00 there, although the region's 23:00 is past.
    own.openings = monday_to_saturday(Some(-7 * 60), 21 * 60, 22 * 60 + 30);
    let mut region = svc("Region Shelter", &[EmergencyShelter], &[], &["en"]);
    region.openings = monday_to_saturday(None, 21 * 60, 22 * 60 + 30);
    let dir = Directory::new(vec![own, region, hotline()], "test".into());
    let mut r = request(&[EmergencyShelter], "en");
    r.home = None;
    r.urgent = true;
    r.now_utc = Some(chrono::Utc.with_ymd_and_hms(2026, 12, 6, 5, 0, 0).unwrap());
    let s = &suggest(&dir, &r, 10)[0].suggestions;
    let by = |n: &str| s.iter().find(|x| dir.service(x.service).name == n).unwrap();
    assert_eq!(by("Mountain Shelter").reasons, vec![Reason::OpenNow]);
    assert_eq!(by("Region Shelter").misfits, vec![Misfit::ClosedNow]);
    // Without the moment in UTC, every schedule is read in the region's hours.
    r.now_utc = None;
    let s = &suggest(&dir, &r, 10)[0].suggestions;
    assert!(
        s.iter().all(|x| x.misfits == vec![Misfit::ClosedNow]),
        "{s:#?}"
    );
}

#[test]
fn language_spoken_directly_beats_interpretation_beats_neither() {
    let mut interp = svc("Clinic B", &[Medical], &[], &["en"]);
    interp.interpretation = Some("yes".into());
    let mut guessed = svc("Clinic D", &[Medical], &[], &["vi"]);
    guessed.confidence = Confidence::Inferred;
    let dir = Directory::new(
        vec![
            svc("Clinic C", &[Medical], &[], &["en"]),
            interp,
            svc("Clinic A", &[Medical], &[], &["vi", "en"]),
            guessed,
        ],
        "test".into(),
    );
    let mut r = request(&[Medical], "vi");
    r.home = None;
    assert_eq!(
        names(&dir, &r, 0),
        ["Clinic A", "Clinic B", "Clinic C", "Clinic D"]
    );
    let s = &suggest(&dir, &r, 10)[0].suggestions;
    assert_eq!(s[0].reasons, vec![Reason::SpeaksLanguage("vi".into())]);
    assert_eq!(s[2].misfits, vec![Misfit::NoLanguage("vi".into())]);
    assert_eq!(
        s[3].misfits,
        vec![Misfit::Inferred],
        "a category guessed from text ranks below a sure one and says so"
    );
}

#[test]
fn nothing_local_falls_back_to_the_hotline() {
    let dir = Directory::new(
        vec![svc("Food Pantry", &[BasicNeeds], &[], &["en"]), hotline()],
        "test".into(),
    );
    let r = request(&[ChildWelfare], "en");
    let out = suggest(&dir, &r, 10);
    assert!(out[0].fallback);
    assert_eq!(names(&dir, &r, 0), ["National Hotline"]);
    assert_eq!(out[0].suggestions[0].reasons[0], Reason::HotlineFallback);
}

#[test]
fn gender_served_and_service_area_are_hard_filters() {
    let dir = Directory::new(
        vec![
            svc("Women Only", &[Housing], &[Attr::ServesWomen], &["en"]),
            svc("Everyone", &[Housing], &[], &["en"]),
            {
                let mut s = svc("Other County", &[Housing], &[], &["en"]);
                s.areas = vec!["Lake County".into()];
                s
            },
            {
                let mut s = svc("Statewide", &[Housing], &[], &["en"]);
                s.areas = vec!["Statewide".into()];
                s
            },
        ],
        "test".into(),
    );
    let mut r = request(&[Housing], "en");
    r.home = None;
    r.gender = Some(Gender::Man);
    assert_eq!(names(&dir, &r, 0), ["Everyone", "Statewide"]);
    r.gender = None;
    assert_eq!(names(&dir, &r, 0), ["Everyone", "Statewide", "Women Only"]);
}

#[test]
fn large_directories_give_the_same_answer_in_parallel() {
    use lantern::referral::matching::{Threads, suggest_with};
    let dir = tempfile::tempdir().unwrap();
    lantern::referral::synthetic::generate(dir.path(), 20_000, 7).unwrap();
    let (d, report) = lantern::referral::import_csv(dir.path());
    assert_eq!(report.errors(), 0);
    assert_eq!(d.services.len(), 20_000);
    let mut r = request(&[EmergencyShelter, LegalImmigration, Medical], "es");
    r.urgent = true;
    let parallel = suggest_with(&d, &r, 4, Threads::PerNeed);
    let serial = suggest_with(&d, &r, 4, Threads::One);
    // The same suggestions, in the same order, with the same reasons and misfits.
    assert_eq!(parallel, serial);
    assert_eq!(parallel.len(), 3);
    for g in &parallel {
        assert_eq!(g.suggestions.len(), 4, "{}", g.need);
    }
    // And `suggest` takes the parallel path at this size.
    assert_eq!(suggest(&d, &r, 4), parallel);
}

/// A person's answered age group is matched against each service's age limits: a 25-year-old
/// is not sent to a drop-in for ages 14–24, and a 13–15-year-old is, with the limits shown.
#[test]
fn the_answered_age_group_meets_the_services_age_limits() {
    let mut drop_in = svc("Youth Drop-In", &[Housing], &[Attr::Youth], &["en"]);
    drop_in.min_age = Some(14);
    drop_in.max_age = Some(24);
    let open = svc("Open Housing", &[Housing], &[], &["en"]);
    let dir = Directory::new(vec![drop_in, open], "test".into());
    let mut r = request(&[Housing], "en");
    r.ages = Some((25, 120));
    assert_eq!(names(&dir, &r, 0), ["Open Housing"]);
    r.ages = Some((18, 24));
    let s = &suggest(&dir, &r, 10)[0];
    let drop = s
        .suggestions
        .iter()
        .find(|x| dir.service(x.service).name == "Youth Drop-In")
        .expect("18-24 fits 14-24");
    assert!(!drop.misfits.iter().any(|m| matches!(m, Misfit::Ages(..))));
    r.age = AgeGroup::Minor;
    r.ages = Some((13, 15));
    let s = &suggest(&dir, &r, 10)[0];
    let drop = s
        .suggestions
        .iter()
        .find(|x| dir.service(x.service).name == "Youth Drop-In")
        .expect("13-15 meets 14-24");
    assert!(drop.misfits.contains(&Misfit::Ages(Some(14), Some(24))));
}

/// lantern never asks a gender: a service limited to one is flagged, and left out only when
/// the person asked for a service for someone else.
#[test]
fn gender_limited_services_are_flagged_and_a_wish_leaves_out_the_others() {
    use lantern::protocol::ServiceWish;
    let women = svc(
        "Women's Shelter",
        &[EmergencyShelter],
        &[Attr::ServesWomen],
        &["en"],
    );
    let men = svc(
        "Men's Shelter",
        &[EmergencyShelter],
        &[Attr::ServesMen],
        &["en"],
    );
    let all = svc(
        "Everyone's Shelter",
        &[EmergencyShelter],
        &[Attr::ServesWomen, Attr::ServesMen, Attr::ServesNonbinary],
        &["en"],
    );
    let dir = Directory::new(vec![women, men, all], "test".into());
    let mut r = request(&[EmergencyShelter], "en");
    let s = &suggest(&dir, &r, 10)[0];
    let misfits = |name: &str| {
        s.suggestions
            .iter()
            .find(|x| dir.service(x.service).name == name)
            .unwrap()
            .misfits
            .clone()
    };
    assert!(misfits("Women's Shelter").contains(&Misfit::ServesOnly(vec![Gender::Woman])));
    assert!(misfits("Men's Shelter").contains(&Misfit::ServesOnly(vec![Gender::Man])));
    assert!(
        !misfits("Everyone's Shelter")
            .iter()
            .any(|m| matches!(m, Misfit::ServesOnly(_))),
        "serving everyone is no limit"
    );
    r.wishes = vec![ServiceWish::ServesWomen];
    let got = names(&dir, &r, 0);
    assert_eq!(got, ["Women's Shelter", "Everyone's Shelter"]);
}

/// What the person asked of services ranks a service up and is said; a service that does
/// not say it meets it is said too, never silently dropped.
#[test]
fn what_the_person_asked_for_ranks_and_is_said() {
    use lantern::protocol::ServiceWish;
    let plain = svc("A Legal Aid", &[LegalImmigration], &[], &["en"]);
    let affirming = svc(
        "B Legal Aid",
        &[LegalImmigration],
        &[Attr::LgbtqAffirming],
        &["en"],
    );
    let dir = Directory::new(vec![plain, affirming], "test".into());
    let mut r = request(&[LegalImmigration], "en");
    r.home = None;
    assert_eq!(names(&dir, &r, 0), ["B Legal Aid", "A Legal Aid"]);
    r.wishes = vec![ServiceWish::LgbtqAffirming, ServiceWish::Accessible];
    let s = &suggest(&dir, &r, 10)[0];
    assert_eq!(dir.service(s.suggestions[0].service).name, "B Legal Aid");
    assert!(
        s.suggestions[0]
            .reasons
            .contains(&Reason::Wanted(ServiceWish::LgbtqAffirming))
    );
    assert!(
        !s.suggestions[0].reasons.contains(&Reason::LgbtqAffirming),
        "said once"
    );
    assert!(
        s.suggestions[0]
            .misfits
            .contains(&Misfit::NotWanted(ServiceWish::Accessible))
    );
    assert!(
        s.suggestions[1]
            .misfits
            .contains(&Misfit::NotWanted(ServiceWish::LgbtqAffirming))
    );
    assert!(s.suggestions[0].score > s.suggestions[1].score + 1);
}
