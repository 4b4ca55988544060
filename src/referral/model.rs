//! The directory as lantern uses it: one flat record per service, with what matching needs
//! precomputed (category and attribute bit sets, lower-case search text). Built by the
//! importers from HSDS; stored compactly (postcard) once installed.

use serde::{Deserialize, Serialize};

use super::taxonomy::{Attr, category_bit};
use crate::protocol::NeedCategory;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_ascii_lowercase().as_str() {
            "active" => Some(Status::Active),
            "inactive" => Some(Status::Inactive),
            "defunct" => Some(Status::Defunct),
            "temporarily closed" | "temporarily_closed" => Some(Status::TemporarilyClosed),
            _ => None,
        }
    }
}

/// How the service's categories are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Linked to lantern's taxonomy by `attribute` rows.
    Taxonomy,
    /// Guessed from the name, description and eligibility text: lower confidence.
    Inferred,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    /// HSDS phone type: voice, text, tty, fax, ...
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accessibility: Vec<String>,
}

/// Weekly opening: day 0 = Monday, minutes since midnight, in the schedule's own UTC offset
/// (HSDS `timezone`, in minutes) when it gives one, else in the region's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    pub day: u8,
    pub opens: u16,
    pub closes: u16,
    pub utc_offset: Option<i16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub eligibility: String,
    pub status: Status,
    pub categories: u32,
    pub attributes: u32,
    pub confidence: Confidence,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    /// ISO 639-1 codes of languages staff speak directly.
    pub languages: Vec<String>,
    /// Interpretation offered (HSDS `interpretation_services`).
    pub interpretation: Option<String>,
    pub phones: Vec<Phone>,
    pub locations: Vec<Location>,
    pub areas: Vec<String>,
    pub openings: Vec<Opening>,
    pub fees: String,
}

impl Service {
    pub fn has(&self, a: Attr) -> bool {
        self.attributes & a.bit() != 0
    }
    pub fn covers(&self, c: NeedCategory) -> bool {
        self.categories & category_bit(c) != 0
    }
    /// Lower-case name, organization, description and eligibility (search, inference).
    pub fn search_text(&self) -> String {
        format!(
            "{} {} {} {}",
            self.name, self.organization, self.description, self.eligibility
        )
        .to_lowercase()
    }

    pub fn categories(&self) -> Vec<NeedCategory> {
        super::taxonomy::all_categories()
            .filter(|c| self.covers(*c))
            .collect()
    }
}

/// A service's place in a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ServiceIdx(usize);

impl ServiceIdx {
    pub fn new(i: usize) -> ServiceIdx {
        ServiceIdx(i)
    }
    pub fn index(self) -> usize {
        self.0
    }
}

/// An installed directory.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Directory {
    pub services: Vec<Service>,
    /// Where it was imported from (for `lantern directory stats`).
    pub source: String,
    /// Services by category, built on first use (matching touches only the candidates).
    #[serde(skip)]
    by_category: std::sync::OnceLock<Vec<Vec<u32>>>,
}

/// What a directory holds, counted so that a table an import dropped shows (no locations,
/// no service at a location).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    pub organizations: usize,
    pub services: usize,
    pub active: usize,
    pub locations: usize,
    /// Services with at least one location.
    pub services_at_a_location: usize,
    pub with_phone: usize,
    pub with_hours: usize,
}

impl Directory {
    pub fn counts(&self) -> Counts {
        let mut orgs = std::collections::HashSet::new();
        let mut places = std::collections::HashSet::new();
        let mut c = Counts {
            services: self.services.len(),
            ..Counts::default()
        };
        for s in &self.services {
            if !s.organization.is_empty() {
                orgs.insert(s.organization.as_str());
            }
            for l in &s.locations {
                places.insert((
                    l.name.as_str(),
                    l.address.as_str(),
                    l.latitude.map(f64::to_bits),
                    l.longitude.map(f64::to_bits),
                ));
            }
            c.active += usize::from(s.status == Status::Active);
            c.services_at_a_location += usize::from(!s.locations.is_empty());
            c.with_phone += usize::from(!s.phones.is_empty());
            c.with_hours += usize::from(!s.openings.is_empty());
        }
        c.organizations = orgs.len();
        c.locations = places.len();
        c
    }
}

impl PartialEq for Directory {
    fn eq(&self, other: &Self) -> bool {
        self.services == other.services && self.source == other.source
    }
}

impl Directory {
    pub fn new(services: Vec<Service>, source: String) -> Directory {
        Directory {
            services,
            source,
            by_category: std::sync::OnceLock::new(),
        }
    }

    pub fn service(&self, i: ServiceIdx) -> &Service {
        &self.services[i.index()]
    }

    /// Indices of the services that cover `c`, in directory order.
    pub fn with_category(&self, c: NeedCategory) -> &[u32] {
        let index = self.by_category.get_or_init(|| {
            let mut idx = vec![Vec::new(); 32];
            for (i, s) in self.services.iter().enumerate() {
                let mut bits = s.categories;
                while bits != 0 {
                    let b = bits.trailing_zeros() as usize;
                    idx[b].push(i as u32);
                    bits &= bits - 1;
                }
            }
            idx
        });
        &index[c as usize]
    }
}

/// The person's answer when asked whether lantern's organization may share what is needed
/// with a service they chose (the warm hand-off).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareConsent {
    /// Nothing is shared; the person contacts the service themselves.
    No,
    /// What the person agreed to (see `share_what`).
    Limited,
    Yes,
}

impl ShareConsent {
    /// "Only what the person says": the consent and what may be shared, from what the
    /// worker typed. When the person names nothing, nothing may be shared: that is `No`,
    /// never a `Limited` with no limit that a receiving service could read as "anything".
    pub fn limited_to(what: &str) -> (ShareConsent, Option<String>) {
        let what = what.trim();
        if what.is_empty() {
            (ShareConsent::No, None)
        } else {
            (ShareConsent::Limited, Some(what.to_string()))
        }
    }
}
