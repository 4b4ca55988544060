//! Building services from either importer, and the small parsers they share.

use std::collections::HashMap;

use super::model::{Confidence, Directory, Service, Status};
use super::taxonomy::{TAXONOMY_ID, attr_by_term, category_bit, category_by_term};
use crate::protocol::NeedCategory;

#[derive(Default)]
pub(super) struct Builder {
    services: Vec<Service>,
    index: HashMap<String, usize>,
}

impl Builder {
    pub(super) fn has(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub(super) fn with(&mut self, id: &str, f: impl FnOnce(&mut Service)) {
        if let Some(&i) = self.index.get(id) {
            f(&mut self.services[i]);
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_service(
        &mut self,
        id: String,
        name: String,
        organization: String,
        description: String,
        eligibility: String,
        status: Status,
        ages: [Option<u8>; 2],
        interpretation: String,
        fees: String,
    ) {
        self.index.insert(id.clone(), self.services.len());
        self.services.push(Service {
            id,
            name,
            organization,
            description,
            eligibility,
            status,
            categories: 0,
            attributes: 0,
            confidence: Confidence::Inferred,
            min_age: ages[0],
            max_age: ages[1],
            languages: Vec::new(),
            interpretation: (!interpretation.is_empty()).then_some(interpretation),
            phones: Vec::new(),
            locations: Vec::new(),
            areas: Vec::new(),
            openings: Vec::new(),
            fees,
        });
    }

    /// Applies a taxonomy term linked to a service: lantern's terms set categories and
    /// attributes; other taxonomies are ignored (their text still feeds inference).
    pub(super) fn link_term(&mut self, service: &str, term_id: &str, code: &str, taxonomy: &str) {
        let ours = taxonomy == "lantern" || taxonomy == TAXONOMY_ID;
        let category =
            category_by_term(term_id).or_else(|| ours.then(|| category_by_term(code)).flatten());
        let attr = attr_by_term(term_id).or_else(|| ours.then(|| attr_by_term(code)).flatten());
        self.with(service, |s| {
            if let Some(c) = category {
                s.categories |= category_bit(c);
                s.confidence = Confidence::Taxonomy;
            }
            if let Some(a) = attr {
                s.attributes |= a.bit();
            }
        });
    }

    /// Finishes: search text, and categories inferred from text for services without
    /// lantern's taxonomy. Returns the directory and how many were inferred.
    pub(super) fn build(mut self, source: String) -> (Directory, usize) {
        let mut inferred = 0;
        for s in &mut self.services {
            if s.confidence == Confidence::Inferred {
                s.categories = infer_categories(&s.search_text());
                inferred += 1;
            }
        }
        (Directory::new(self.services, source), inferred)
    }
}

/// Words that suggest a category in a service's own text (English and Spanish).
const KEYWORDS: &[(NeedCategory, &[&str])] = &[
    (
        NeedCategory::EmergencyShelter,
        &["shelter", "refugio", "albergue", "emergency housing"],
    ),
    (
        NeedCategory::Housing,
        &["housing", "rent", "apartment", "vivienda"],
    ),
    (
        NeedCategory::CaseManagement,
        &["case management", "case manager", "manejo de casos"],
    ),
    (
        NeedCategory::LegalImmigration,
        &["immigration", "visa", "asylum", "inmigración", "migratori"],
    ),
    (
        NeedCategory::LegalCriminalRecord,
        &["criminal record", "expunge", "vacatur", "record relief"],
    ),
    (
        NeedCategory::LegalLaborCivil,
        &[
            "wage",
            "labor law",
            "employment law",
            "legal aid",
            "civil legal",
        ],
    ),
    (
        NeedCategory::Medical,
        &["clinic", "medical", "health care", "doctor", "médic"],
    ),
    (
        NeedCategory::BehavioralHealth,
        &[
            "counsel",
            "mental health",
            "therapy",
            "anxiety",
            "depression",
            "trauma",
            "salud mental",
        ],
    ),
    (
        NeedCategory::SubstanceUse,
        &[
            "substance",
            "addiction",
            "recovery",
            "harm reduction",
            "detox",
        ],
    ),
    (
        NeedCategory::EconomicEmpowerment,
        &["job", "employment", "career", "workforce", "empleo"],
    ),
    (
        NeedCategory::Education,
        &[
            "education",
            "esl",
            "english class",
            "school",
            "ged",
            "educación",
        ],
    ),
    (
        NeedCategory::Interpretation,
        &["interpret", "translation", "intérprete"],
    ),
    (
        NeedCategory::Transportation,
        &["transport", "bus pass", "ride", "transporte"],
    ),
    (
        NeedCategory::BasicNeeds,
        &["food", "pantry", "clothing", "meals", "comida"],
    ),
    (
        NeedCategory::ChildWelfare,
        &["child protective", "child welfare", "foster"],
    ),
    (
        NeedCategory::Hotline,
        &["hotline", "helpline", "crisis line", "línea de ayuda"],
    ),
];

pub(super) fn infer_categories(text: &str) -> u32 {
    KEYWORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|w| text.contains(w)))
        .fold(0, |acc, (c, _)| acc | category_bit(*c))
}

pub(super) fn parse_age(s: &str) -> Result<Option<u8>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<f64>()
        .ok()
        .filter(|v| (0.0..=130.0).contains(v))
        .map(|v| Some(v as u8))
        .ok_or(())
}

pub(super) fn parse_coordinate(s: &str, max: f64) -> Result<Option<f64>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= max)
        .map(Some)
        .ok_or(())
}

/// `HH:MM[:SS]` -> minutes since midnight.
pub(super) fn parse_time(s: &str) -> Option<u16> {
    let mut parts = s.trim().split(':');
    let h: u16 = parts.next()?.parse().ok()?;
    let m: u16 = parts.next().unwrap_or("0").parse().ok()?;
    // Checked before multiplying: "09900" (found by fuzzing) overflowed u16 in `h * 60`.
    (h < 24 && m < 60 || h == 24 && m == 0).then(|| h * 60 + m)
}

/// An HSDS schedule `timezone` (a UTC offset in hours, e.g. `-7` or `5.5`) in minutes;
/// empty is none. Anything outside -14..+14 hours is not an offset.
pub(super) fn parse_utc_offset(s: &str) -> Result<Option<i16>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.trim_start_matches('+')
        .parse::<f64>()
        .ok()
        .filter(|h| h.is_finite() && h.abs() <= 14.0)
        .map(|h| Some((h * 60.0).round() as i16))
        .ok_or(())
}

/// `MO,TU,WE` -> day numbers (Monday = 0); empty means every day.
pub(super) fn parse_days(s: &str) -> Vec<u8> {
    let all = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let days: Vec<u8> = s
        .split(',')
        .filter_map(|d| {
            all.iter()
                .position(|x| x.eq_ignore_ascii_case(d.trim()))
                .map(|p| p as u8)
        })
        .collect();
    if days.is_empty() {
        (0..7).collect()
    } else {
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_time_zones_are_utc_offsets_in_hours() {
        assert_eq!(parse_utc_offset(""), Ok(None));
        assert_eq!(parse_utc_offset("3"), Ok(Some(180)));
        assert_eq!(parse_utc_offset("-7"), Ok(Some(-420)));
        assert_eq!(parse_utc_offset("+5.5"), Ok(Some(330)));
        assert_eq!(parse_utc_offset("15"), Err(()));
        assert_eq!(parse_utc_offset("America/Denver"), Err(()));
        assert_eq!(parse_utc_offset("NaN"), Err(()));
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        let (s, changed) =
            crate::sanitize::strip_escapes("Safe\x1b[31mRed\x1b[0m \x1b]0;title\x07Place\u{7}");
        assert!(changed);
        assert_eq!(s, "SafeRed Place");
        assert!(!crate::sanitize::strip_escapes("plain").1);
    }

    #[test]
    fn small_parsers() {
        assert_eq!(parse_time("09:30:00"), Some(570));
        assert_eq!(parse_time("x"), None);
        // Found by the hsds_json fuzz target: an hour too large to multiply.
        assert_eq!(parse_time("09900"), None);
        assert_eq!(parse_time("65535:00"), None);
        assert_eq!(parse_time("24:00"), Some(1440));
        assert_eq!(parse_time("24:30"), None);
        assert_eq!(parse_days("MO,FR"), vec![0, 4]);
        assert_eq!(parse_days("").len(), 7);
        assert_eq!(parse_age("17"), Ok(Some(17)));
        assert_eq!(parse_age("old"), Err(()));
        assert_eq!(parse_coordinate("100", 90.0), Err(()));
        assert!(
            infer_categories("community counselling for anxiety")
                & category_bit(NeedCategory::BehavioralHealth)
                != 0
        );
    }
}
