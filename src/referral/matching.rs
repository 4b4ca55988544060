//! Suggestions from a screening's needs: hard filters (active, age, service area, gender
//! served, law enforcement only when asked), then a ranking whose every point is a reason the
//! worker can read out. Pure: the clock and the home location are arguments.

use serde::Serialize;

use super::model::{Confidence, Directory, Service, ServiceIdx, Status};
use super::taxonomy::Attr;
use crate::protocol::{NeedCategory, ServiceWish};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    Minor,
    Adult,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Man,
    Woman,
    Nonbinary,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedRequest {
    pub id: String,
    pub category: NeedCategory,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Request {
    pub needs: Vec<NeedRequest>,
    pub urgent: bool,
    pub age: AgeGroup,
    /// The ages of the group the person said they are in (both included), when known: a
    /// service whose age limits do not meet them is left out.
    pub ages: Option<(u8, u8)>,
    pub gender: Option<Gender>,
    /// What the person asked of a service (ranked up when met, said when not).
    pub wishes: Vec<ServiceWish>,
    /// The interview language (BCP 47); its primary subtag is matched with ISO 639 codes.
    pub language: String,
    pub home: Option<(f64, f64)>,
    pub region: Option<String>,
    /// (weekday, Monday = 0; minutes since midnight) in the region's time zone, for "open
    /// now".
    pub now: Option<(u8, u16)>,
    /// The same moment in UTC, for schedules that give their own UTC offset.
    pub now_utc: Option<chrono::DateTime<chrono::Utc>>,
    pub wants_law_enforcement: bool,
}

/// Why a service is suggested. Each is one short phrase in the UI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", content = "value", rename_all = "snake_case")]
pub enum Reason {
    AlsoCovers(NeedCategory),
    SpeaksLanguage(String),
    Interpretation,
    Open247,
    OpenNow,
    Youth,
    TraffickingExperienced,
    NoIdRequired,
    NoStatusRequired,
    NoSobrietyRequirement,
    LgbtqAffirming,
    DistanceKm(u32),
    HotlineFallback,
    /// Meets what the person asked for.
    Wanted(ServiceWish),
}

/// What does not fit, said as plainly.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "misfit", content = "value", rename_all = "snake_case")]
pub enum Misfit {
    NoLanguage(String),
    ClosedNow,
    Inferred,
    /// Its age limits (from, to), when the person's age may fall outside them.
    Ages(Option<u8>, Option<u8>),
    /// It serves only these (the person's gender is not known).
    ServesOnly(Vec<Gender>),
    /// Does not say it meets what the person asked for.
    NotWanted(ServiceWish),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub service: ServiceIdx,
    pub score: i32,
    pub reasons: Vec<Reason>,
    pub misfits: Vec<Misfit>,
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedSuggestions {
    pub need: String,
    pub category: NeedCategory,
    pub suggestions: Vec<Suggestion>,
    /// Nothing local fit: the suggestions are the hotline.
    pub fallback: bool,
}

fn primary(lang: &str) -> String {
    lang.split('-').next().unwrap_or(lang).to_ascii_lowercase()
}

/// ASCII-case-insensitive `hay.contains(needle)` without allocating.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// The genders a service is limited to (empty: it serves everyone, or says it serves all).
fn serves_only(s: &Service) -> Vec<Gender> {
    let only: Vec<Gender> = [
        (Attr::ServesWomen, Gender::Woman),
        (Attr::ServesMen, Gender::Man),
        (Attr::ServesNonbinary, Gender::Nonbinary),
    ]
    .into_iter()
    .filter(|&(a, _)| s.has(a))
    .map(|(_, g)| g)
    .collect();
    if only.len() == 3 { Vec::new() } else { only }
}

/// The gender a service must serve for this request: the person's, or the one they asked
/// a service to be for.
fn gender_asked(r: &Request) -> Option<Gender> {
    r.gender.or_else(|| {
        r.wishes.iter().find_map(|w| match w {
            ServiceWish::ServesWomen => Some(Gender::Woman),
            ServiceWish::ServesMen => Some(Gender::Man),
            ServiceWish::ServesNonbinary => Some(Gender::Nonbinary),
            _ => None,
        })
    })
}

/// Whether a service meets a wish: `Some(true)` it says so, `Some(false)` it does not say
/// so, `None` neither (a service for everyone, asked for a service for women: it serves
/// women, but is not what was asked; services limited to others are already left out).
fn meets(s: &Service, w: ServiceWish) -> Option<bool> {
    let for_gender = |g: Gender| serves_only(s).contains(&g).then_some(true);
    match w {
        ServiceWish::LgbtqAffirming => Some(s.has(Attr::LgbtqAffirming)),
        ServiceWish::Accessible => Some(s.locations.iter().any(|l| !l.accessibility.is_empty())),
        ServiceWish::ServesWomen => for_gender(Gender::Woman),
        ServiceWish::ServesMen => for_gender(Gender::Man),
        ServiceWish::ServesNonbinary => for_gender(Gender::Nonbinary),
    }
}

/// Whether the hard filters let the service through for this request.
pub fn eligible(s: &Service, r: &Request) -> bool {
    if s.status != Status::Active {
        return false;
    }
    match (r.ages, r.age) {
        // The person's own age group must meet the service's limits.
        (Some((from, to)), _)
            if s.max_age.is_some_and(|m| m < from) || s.min_age.is_some_and(|m| m > to) =>
        {
            return false;
        }
        (Some(_), _) => {}
        (None, AgeGroup::Minor) if s.min_age.is_some_and(|m| m >= 18) => return false,
        (None, AgeGroup::Adult) if s.max_age.is_some_and(|m| m < 18) => return false,
        _ => {}
    }
    if let Some(g) = gender_asked(r) {
        let only = serves_only(s);
        if !only.is_empty() && !only.contains(&g) {
            return false;
        }
    }
    if let Some(region) = &r.region
        && !s.areas.is_empty()
    {
        let wide = ["united states", "nationwide", "national", "statewide"];
        if !s.areas.iter().any(|a| {
            contains_ci(a, region)
                || contains_ci(region, a)
                || wide.iter().any(|w| contains_ci(a, w))
        }) {
            return false;
        }
    }
    if s.has(Attr::LawEnforcement) && !r.wants_law_enforcement {
        return false;
    }
    true
}

/// Distance in km by the equirectangular approximation: within a region (tens of km) it is
/// off by far less than the kilometre shown, and it costs one multiplication per location.
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let x = (b.1 - a.1).to_radians() * ((a.0 + b.0) / 2.0).to_radians().cos();
    let y = (b.0 - a.0).to_radians();
    6371.0 * (x * x + y * y).sqrt()
}

fn open_at(s: &Service, now: (u8, u16), utc: Option<chrono::DateTime<chrono::Utc>>) -> bool {
    s.openings.iter().any(|o| {
        let (day, minute) = match (o.utc_offset, utc) {
            (Some(off), Some(utc)) => day_minute(utc + chrono::Duration::minutes(i64::from(off))),
            _ => now,
        };
        o.day == day && o.opens <= minute && minute < o.closes
    })
}

/// (weekday, Monday = 0; minutes since midnight) of a wall-clock time, as openings count
/// them.
pub fn day_minute<T: chrono::Datelike + chrono::Timelike>(t: T) -> (u8, u16) {
    (
        t.weekday().num_days_from_monday() as u8,
        (t.hour() * 60 + t.minute()) as u16,
    )
}

/// Reasons and misfits, collected only for the suggestions that are shown.
struct Explain {
    reasons: Vec<Reason>,
    misfits: Vec<Misfit>,
}

/// Scores one eligible service for one need (the service covers it). Ranking calls it with
/// `explain = None` for every candidate (no allocation); the shown ones get their reasons
/// from the same code, so points and reasons never disagree.
fn evaluate(
    s: &Service,
    r: &Request,
    need: NeedCategory,
    lang: &str,
    mut explain: Option<&mut Explain>,
) -> (i32, Option<f64>) {
    let mut points = 10;
    // Reasons are built only when explaining: ranking 100,000 services allocates nothing.
    let mut say = |p: i32,
                   reason: &dyn Fn() -> Option<Reason>,
                   misfit: &dyn Fn() -> Option<Misfit>,
                   ex: &mut Option<&mut Explain>| {
        points += p;
        if let Some(e) = ex {
            e.reasons.extend(reason());
            e.misfits.extend(misfit());
        }
    };
    for (k, other) in r.needs.iter().enumerate() {
        let first = r.needs[..k].iter().all(|o| o.category != other.category);
        if other.category != need && first && s.covers(other.category) {
            say(
                3,
                &|| Some(Reason::AlsoCovers(other.category)),
                &|| None,
                &mut explain,
            );
        }
    }
    let speaks = s.languages.iter().any(|l| l == lang) || (lang == "en" && s.languages.is_empty());
    if speaks {
        say(
            4,
            &|| (lang != "en").then(|| Reason::SpeaksLanguage(lang.to_string())),
            &|| None,
            &mut explain,
        );
    } else if s.interpretation.is_some() {
        say(
            2,
            &|| Some(Reason::Interpretation),
            &|| Some(Misfit::NoLanguage(lang.to_string())),
            &mut explain,
        );
    } else {
        say(
            0,
            &|| None,
            &|| Some(Misfit::NoLanguage(lang.to_string())),
            &mut explain,
        );
    }
    if r.age == AgeGroup::Minor && s.has(Attr::Youth) {
        say(6, &|| Some(Reason::Youth), &|| None, &mut explain);
    }
    // Eligibility the worker must check: age limits the person's group does not fall
    // wholly within, and a service limited to genders when the person's is not known.
    let within = r.ages.is_some_and(|(from, to)| {
        s.min_age.is_none_or(|m| m <= from) && s.max_age.is_none_or(|m| m >= to)
    });
    if (s.min_age.is_some() || s.max_age.is_some()) && !within {
        say(
            0,
            &|| None,
            &|| Some(Misfit::Ages(s.min_age, s.max_age)),
            &mut explain,
        );
    }
    if gender_asked(r).is_none() {
        let only = serves_only(s);
        if !only.is_empty() {
            say(
                0,
                &|| None,
                &|| Some(Misfit::ServesOnly(only.clone())),
                &mut explain,
            );
        }
    }
    for &w in &r.wishes {
        match meets(s, w) {
            Some(true) => say(4, &|| Some(Reason::Wanted(w)), &|| None, &mut explain),
            Some(false) => say(0, &|| None, &|| Some(Misfit::NotWanted(w)), &mut explain),
            None => {}
        }
    }
    if s.has(Attr::Open247) {
        say(
            if r.urgent { 5 } else { 1 },
            &|| Some(Reason::Open247),
            &|| None,
            &mut explain,
        );
    } else if let Some(now) = r.now
        && !s.openings.is_empty()
    {
        if open_at(s, now, r.now_utc) {
            say(
                if r.urgent { 3 } else { 1 },
                &|| Some(Reason::OpenNow),
                &|| None,
                &mut explain,
            );
        } else if r.urgent {
            say(0, &|| None, &|| Some(Misfit::ClosedNow), &mut explain);
        }
    }
    for (a, reason, p) in [
        (
            Attr::TraffickingExperienced,
            Reason::TraffickingExperienced,
            2,
        ),
        (Attr::NoIdRequired, Reason::NoIdRequired, 1),
        (Attr::NoStatusRequired, Reason::NoStatusRequired, 1),
        (
            Attr::NoSobrietyRequirement,
            Reason::NoSobrietyRequirement,
            1,
        ),
        (Attr::LgbtqAffirming, Reason::LgbtqAffirming, 1),
    ] {
        // Said once, as what the person asked for, when they asked for it.
        let asked = a == Attr::LgbtqAffirming && r.wishes.contains(&ServiceWish::LgbtqAffirming);
        if s.has(a) && !asked {
            say(p, &|| Some(reason.clone()), &|| None, &mut explain);
        }
    }
    let distance = r.home.and_then(|home| {
        s.locations
            .iter()
            .filter_map(|l| Some(distance_km(home, (l.latitude?, l.longitude?))))
            .min_by(|a, b| a.total_cmp(b))
    });
    if let Some(d) = distance {
        say(
            -((d / 10.0) as i32),
            &|| Some(Reason::DistanceKm(d.round() as u32)),
            &|| None,
            &mut explain,
        );
    }
    // A category guessed from text must not outrank a sure one that is otherwise equal.
    if s.confidence == Confidence::Inferred {
        say(-5, &|| None, &|| Some(Misfit::Inferred), &mut explain);
    }
    (points, distance)
}

fn suggestion(
    dir: &Directory,
    i: usize,
    r: &Request,
    need: NeedCategory,
    lang: &str,
) -> Suggestion {
    let mut ex = Explain {
        reasons: Vec::new(),
        misfits: Vec::new(),
    };
    let (score, distance_km) = evaluate(&dir.services[i], r, need, lang, Some(&mut ex));
    Suggestion {
        service: ServiceIdx::new(i),
        score,
        reasons: ex.reasons,
        misfits: ex.misfits,
        distance_km,
    }
}

/// Best first: score, then nearer, then name, then id.
fn better(
    dir: &Directory,
    a: &(usize, i32, Option<f64>),
    b: &(usize, i32, Option<f64>),
) -> std::cmp::Ordering {
    b.1.cmp(&a.1)
        .then(a.2.unwrap_or(f64::MAX).total_cmp(&b.2.unwrap_or(f64::MAX)))
        .then_with(|| dir.services[a.0].name.cmp(&dir.services[b.0].name))
        .then_with(|| dir.services[a.0].id.cmp(&dir.services[b.0].id))
}

/// The best `k` of `candidates` (scored without explanations), in order.
fn top(
    dir: &Directory,
    r: &Request,
    need: NeedCategory,
    lang: &str,
    candidates: impl Iterator<Item = usize>,
    k: usize,
) -> Vec<usize> {
    let mut scored: Vec<(usize, i32, Option<f64>)> = candidates
        .map(|i| {
            let (p, d) = evaluate(&dir.services[i], r, need, lang, None);
            (i, p, d)
        })
        .collect();
    if scored.len() > k && k > 0 {
        scored.select_nth_unstable_by(k - 1, |a, b| better(dir, a, b));
        scored.truncate(k);
    }
    scored.sort_by(|a, b| better(dir, a, b));
    scored.into_iter().map(|(i, _, _)| i).collect()
}

/// Up to `per_need` suggestions for each need, best first. A need nothing local fits gets
/// the hotline.
pub fn suggest(dir: &Directory, r: &Request, per_need: usize) -> Vec<NeedSuggestions> {
    let threads = if dir.services.len() > 8192 && r.needs.len() > 1 {
        Threads::PerNeed
    } else {
        Threads::One
    };
    suggest_with(dir, r, per_need, threads)
}

/// How `suggest_with` spreads the work: large directories rank one need per core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    One,
    PerNeed,
}

/// `suggest` with the threading chosen by the caller (tests compare the two: same result,
/// same order).
pub fn suggest_with(
    dir: &Directory,
    r: &Request,
    per_need: usize,
    threads: Threads,
) -> Vec<NeedSuggestions> {
    let lang = primary(&r.language);
    let for_need = |need: &NeedRequest| {
        // Candidates from the category index; the hotline is the fallback of every need,
        // not a suggestion for it.
        let candidates = dir
            .with_category(need.category)
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| {
                let s = &dir.services[i];
                (need.category == NeedCategory::Hotline || !s.covers(NeedCategory::Hotline))
                    && eligible(s, r)
            });
        let best = top(dir, r, need.category, &lang, candidates, per_need);
        let mut list: Vec<Suggestion> = best
            .into_iter()
            .map(|i| suggestion(dir, i, r, need.category, &lang))
            .collect();
        let fallback = list.is_empty();
        if fallback {
            let hotlines = dir
                .with_category(NeedCategory::Hotline)
                .iter()
                .map(|&i| i as usize)
                .filter(|&i| dir.services[i].status == Status::Active);
            list = top(dir, r, NeedCategory::Hotline, &lang, hotlines, 1)
                .into_iter()
                .map(|i| {
                    let mut sug = suggestion(dir, i, r, NeedCategory::Hotline, &lang);
                    sug.reasons.insert(0, Reason::HotlineFallback);
                    sug
                })
                .collect();
        }
        NeedSuggestions {
            need: need.id.clone(),
            category: need.category,
            suggestions: list,
            fallback,
        }
    };
    if threads == Threads::PerNeed {
        std::thread::scope(|scope| {
            let handles: Vec<_> = r
                .needs
                .iter()
                .map(|n| scope.spawn(move || for_need(n)))
                .collect();
            handles
                .into_iter()
                .zip(&r.needs)
                .map(|(h, n)| h.join().unwrap_or_else(|_| for_need(n)))
                .collect()
        })
    } else {
        r.needs.iter().map(for_need).collect()
    }
}
