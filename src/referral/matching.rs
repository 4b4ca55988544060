//! Suggestions from a screening's needs: hard filters (active, age, service area, gender
//! served, law enforcement only when asked), then a ranking whose every point is a reason the
//! worker can read out. Pure: the clock and the home location are arguments.

use serde::Serialize;

use super::model::{Confidence, Directory, Service, Status};
use super::taxonomy::Attr;
use crate::protocol::NeedCategory;

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
    pub gender: Option<Gender>,
    /// The interview language (BCP 47); its primary subtag is matched with ISO 639 codes.
    pub language: String,
    pub home: Option<(f64, f64)>,
    pub region: Option<String>,
    /// (weekday, Monday = 0; minutes since midnight), for "open now".
    pub now: Option<(u8, u16)>,
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
}

/// What does not fit, said as plainly.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "misfit", content = "value", rename_all = "snake_case")]
pub enum Misfit {
    NoLanguage(String),
    ClosedNow,
    Inferred,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// Index into the directory's services.
    pub service: usize,
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

/// Whether the hard filters let the service through for this request.
pub fn eligible(s: &Service, r: &Request) -> bool {
    if s.status != Status::Active {
        return false;
    }
    match r.age {
        AgeGroup::Minor if s.min_age.is_some_and(|m| m >= 18) => return false,
        AgeGroup::Adult if s.max_age.is_some_and(|m| m < 18) => return false,
        _ => {}
    }
    if let Some(g) = r.gender {
        let restricted =
            s.has(Attr::ServesMen) || s.has(Attr::ServesWomen) || s.has(Attr::ServesNonbinary);
        let serves = match g {
            Gender::Man => s.has(Attr::ServesMen),
            Gender::Woman => s.has(Attr::ServesWomen),
            Gender::Nonbinary => s.has(Attr::ServesNonbinary),
        };
        if restricted && !serves {
            return false;
        }
    }
    if let Some(region) = &r.region
        && !s.areas.is_empty()
    {
        let region = region.to_lowercase();
        let wide = ["united states", "nationwide", "national", "statewide"];
        if !s.areas.iter().any(|a| {
            let a = a.to_lowercase();
            a.contains(&region) || region.contains(&a) || wide.iter().any(|w| a.contains(w))
        }) {
            return false;
        }
    }
    if s.has(Attr::LawEnforcement) && !r.wants_law_enforcement {
        return false;
    }
    true
}

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

fn open_at(s: &Service, (day, minute): (u8, u16)) -> bool {
    s.openings
        .iter()
        .any(|o| o.day == day && o.opens <= minute && minute < o.closes)
}

/// Scores one eligible service for one need (the service covers it).
fn score(i: usize, s: &Service, r: &Request, need: NeedCategory) -> Suggestion {
    let mut points = 10;
    let mut reasons = Vec::new();
    let mut misfits = Vec::new();
    for other in &r.needs {
        if other.category != need
            && s.covers(other.category)
            && !reasons.contains(&Reason::AlsoCovers(other.category))
        {
            points += 3;
            reasons.push(Reason::AlsoCovers(other.category));
        }
    }
    let lang = primary(&r.language);
    let speaks = s.languages.contains(&lang) || (lang == "en" && s.languages.is_empty());
    if speaks {
        points += 4;
        if lang != "en" {
            reasons.push(Reason::SpeaksLanguage(lang.clone()));
        }
    } else if s.interpretation.is_some() {
        points += 2;
        reasons.push(Reason::Interpretation);
        misfits.push(Misfit::NoLanguage(lang.clone()));
    } else {
        misfits.push(Misfit::NoLanguage(lang.clone()));
    }
    if r.age == AgeGroup::Minor && s.has(Attr::Youth) {
        points += 6;
        reasons.push(Reason::Youth);
    }
    if s.has(Attr::Open247) {
        points += if r.urgent { 5 } else { 1 };
        reasons.push(Reason::Open247);
    } else if let Some(now) = r.now
        && !s.openings.is_empty()
    {
        if open_at(s, now) {
            points += if r.urgent { 3 } else { 1 };
            reasons.push(Reason::OpenNow);
        } else if r.urgent {
            misfits.push(Misfit::ClosedNow);
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
        if s.has(a) {
            points += p;
            reasons.push(reason);
        }
    }
    let distance = r.home.and_then(|home| {
        s.locations
            .iter()
            .filter_map(|l| Some(distance_km(home, (l.latitude?, l.longitude?))))
            .min_by(|a, b| a.total_cmp(b))
    });
    if let Some(d) = distance {
        points -= (d / 10.0) as i32;
        reasons.push(Reason::DistanceKm(d.round() as u32));
    }
    // A category guessed from text must not outrank a sure one that is otherwise equal.
    if s.confidence == Confidence::Inferred {
        points -= 5;
        misfits.push(Misfit::Inferred);
    }
    Suggestion {
        service: i,
        score: points,
        reasons,
        misfits,
        distance_km: distance,
    }
}

fn rank(dir: &Directory, list: &mut [Suggestion]) {
    list.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(
                a.distance_km
                    .unwrap_or(f64::MAX)
                    .total_cmp(&b.distance_km.unwrap_or(f64::MAX)),
            )
            .then_with(|| {
                dir.services[a.service]
                    .name
                    .cmp(&dir.services[b.service].name)
            })
            .then_with(|| dir.services[a.service].id.cmp(&dir.services[b.service].id))
    });
}

/// Up to `per_need` suggestions for each need, best first. A need nothing local fits gets
/// the hotline.
pub fn suggest(dir: &Directory, r: &Request, per_need: usize) -> Vec<NeedSuggestions> {
    let eligible: Vec<usize> = (0..dir.services.len())
        .filter(|&i| eligible(&dir.services[i], r))
        .collect();
    r.needs
        .iter()
        .map(|need| {
            let mut list: Vec<Suggestion> = eligible
                .iter()
                .filter(|&&i| {
                    dir.services[i].covers(need.category)
                        && !dir.services[i].covers(NeedCategory::Hotline)
                        || need.category == NeedCategory::Hotline
                            && dir.services[i].covers(NeedCategory::Hotline)
                })
                .map(|&i| score(i, &dir.services[i], r, need.category))
                .collect();
            rank(dir, &mut list);
            list.truncate(per_need);
            let fallback = list.is_empty();
            if fallback {
                list = hotlines(dir, r);
            }
            NeedSuggestions {
                need: need.id.clone(),
                category: need.category,
                suggestions: list,
                fallback,
            }
        })
        .collect()
}

fn hotlines(dir: &Directory, r: &Request) -> Vec<Suggestion> {
    let mut list: Vec<Suggestion> = dir
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.status == Status::Active && s.covers(NeedCategory::Hotline))
        .map(|(i, s)| {
            let mut sug = score(i, s, r, NeedCategory::Hotline);
            sug.reasons.insert(0, Reason::HotlineFallback);
            sug
        })
        .collect();
    rank(dir, &mut list);
    list.truncate(1);
    list
}
