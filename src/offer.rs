//! Offering referrals from a screening: what the screening asks of the directory (its needs,
//! urgency, age group, language, the organization's region and the time of day) and how long
//! the person's consent to share holds. Real screenings (the session) and practice
//! rehearsals build their requests here, so a trainee sees the suggestions a worker would.

use chrono::{DateTime, Local, NaiveDate, Utc};

use crate::config::Settings;
use crate::engine::{Answer, Screening};
use crate::protocol::{Audience, NeedCategory, OutcomeLevel};
use crate::referral::matching::{AgeGroup, NeedRequest, Request, day_minute};
use crate::referral::model::ShareConsent;

/// What the referral matching needs from a screening at `now`: "open now" is judged in the
/// region's time zone (settings `[region] timezone`), else the laptop's.
pub fn request(s: &Screening, settings: &Settings, now: DateTime<Utc>) -> Request {
    let p = s.protocol();
    let d = s.derived();
    let mut needs: Vec<NeedRequest> = d
        .needs
        .iter()
        .map(|&n| NeedRequest {
            id: p.file.needs[n].id.value.clone(),
            category: p.file.needs[n].category,
        })
        .collect();
    let stopped = s.outcome_level() == OutcomeLevel::NotScreened;
    // After a stop nothing is offered: a hand-off and a question about sharing would be
    // overheard or relayed (the referral screen says what to do instead).
    if stopped {
        needs.clear();
    }
    // Urgent with no need raised: the hotline is still offered.
    if needs.is_empty() && !d.urgent.is_empty() && !stopped {
        needs.push(NeedRequest {
            id: "hotline".into(),
            category: NeedCategory::Hotline,
        });
    }
    let region = settings.file.region.as_ref();
    Request {
        needs,
        urgent: !d.urgent.is_empty(),
        age: if d.minor {
            AgeGroup::Minor
        } else if d.adult || p.file.protocol.audience == Audience::Adult {
            AgeGroup::Adult
        } else {
            AgeGroup::Unknown
        },
        ages: p.questions().find_map(|(i, q)| match &s.answer(i)?.answer {
            Answer::Choice(c) => {
                let [from, to] = q.choices.iter().find(|x| &x.id.value == c)?.ages?;
                Some((from, to))
            }
            _ => None,
        }),
        // lantern never asks a person's gender; a wish for a service for women, men
        // or non-binary people stands in for it.
        gender: None,
        wishes: d
            .preferences
            .iter()
            .map(|&k| p.file.preferences[k].wants)
            .collect(),
        language: s.language().to_string(),
        home: region.and_then(|r| Some((r.latitude?, r.longitude?))),
        region: region.map(|r| r.name.clone()),
        now: Some(region_day_minute(settings, now)),
        now_utc: Some(now),
        wants_law_enforcement: false,
    }
}

/// (weekday, Monday = 0; minutes since midnight) of `now` in the region's time zone, else
/// the laptop's.
pub fn region_day_minute(settings: &Settings, now: DateTime<Utc>) -> (u8, u16) {
    match settings.file.region.as_ref().and_then(|r| r.tz()) {
        Some(tz) => day_minute(now.with_timezone(&tz)),
        None => day_minute(now.with_timezone(&Local)),
    }
}

/// The last day consent given on `today` to share with a service holds (the day it is given
/// counts as the first), or none when nothing may be shared.
pub fn share_until(
    settings: &Settings,
    consent: ShareConsent,
    today: NaiveDate,
) -> Option<NaiveDate> {
    if consent == ShareConsent::No {
        return None;
    }
    let days = settings.file.referrals.consent_days.max(1);
    today.checked_add_days(chrono::Days::new(u64::from(days) - 1))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn open_now_is_judged_in_the_regions_time_zone() {
        // Monday 2026-12-07 03:30 UTC is Sunday 20:30 in Denver (UTC-7 in winter).
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 3, 30, 0).unwrap();
        let settings = Settings::example();
        assert_eq!(region_day_minute(&settings, now), (6, 20 * 60 + 30));
        // In July Denver is UTC-6: 03:30 UTC is 21:30 the day before.
        let summer = Utc.with_ymd_and_hms(2026, 7, 6, 3, 30, 0).unwrap();
        assert_eq!(region_day_minute(&settings, summer), (6, 21 * 60 + 30));
    }
}
