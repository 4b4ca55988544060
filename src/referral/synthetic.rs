//! A synthetic HSDS 3.0 CSV package of any size, in the shape of real directories, for
//! benchmarks and load tests. Every name says it is synthetic.

use std::path::Path;

use super::taxonomy::{ATTRIBUTE_TERMS, CATEGORY_TERMS, TAXONOMY_ID};

/// A small deterministic generator (xorshift): the same seed gives the same package.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            b >> 52,
            b & 0xffff_ffff_ffff
        )
    }
}

const LANGS: &[&str] = &[
    "en", "es", "vi", "zh", "tl", "ko", "ht", "ru", "pt", "fr", "ar",
];
const DAYS: &[&str] = &["MO,TU,WE,TH,FR", "MO,WE,FR", "TU,TH", "MO,TU,WE,TH,FR,SA"];
const TOWNS: &[&str] = &["Riverbend", "Millbrook", "Cedar Falls", "Harbor Point"];

/// Writes a package of `services` services into `dir` (created if needed).
pub fn generate(dir: &Path, services: usize, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(seed | 1);
    let w = |name: &str| csv::Writer::from_path(dir.join(name)).map_err(std::io::Error::other);
    let mut orgs = w("organizations.csv")?;
    let mut svcs = w("services.csv")?;
    let mut locs = w("locations.csv")?;
    let mut sal = w("service_at_location.csv")?;
    let mut phones = w("phones.csv")?;
    let mut langs = w("languages.csv")?;
    let mut sched = w("schedules.csv")?;
    let mut areas = w("service_areas.csv")?;
    let mut attrs = w("attributes.csv")?;
    let mut taxes = w("taxonomies.csv")?;
    let mut terms = w("taxonomy_terms.csv")?;
    let e = std::io::Error::other;
    orgs.write_record(["id", "name", "description", "email", "website"])
        .map_err(e)?;
    svcs.write_record([
        "id",
        "organization_id",
        "name",
        "description",
        "status",
        "interpretation_services",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "fees_description",
    ])
    .map_err(e)?;
    locs.write_record(["id", "location_type", "name", "latitude", "longitude"])
        .map_err(e)?;
    sal.write_record(["id", "service_id", "location_id"])
        .map_err(e)?;
    phones
        .write_record(["id", "service_id", "number", "type"])
        .map_err(e)?;
    langs
        .write_record(["id", "service_id", "name", "code"])
        .map_err(e)?;
    sched
        .write_record(["id", "service_id", "freq", "byday", "opens_at", "closes_at"])
        .map_err(e)?;
    areas
        .write_record(["id", "service_id", "name"])
        .map_err(e)?;
    attrs
        .write_record([
            "id",
            "link_id",
            "taxonomy_term_id",
            "link_type",
            "link_entity",
            "value",
        ])
        .map_err(e)?;
    taxes
        .write_record(["id", "name", "description", "uri", "version"])
        .map_err(e)?;
    taxes
        .write_record([
            TAXONOMY_ID,
            "lantern",
            "lantern service categories and attributes",
            "",
            "1",
        ])
        .map_err(e)?;
    terms
        .write_record([
            "id",
            "code",
            "name",
            "description",
            "parent_id",
            "taxonomy",
            "language",
            "taxonomy_id",
            "term_uri",
        ])
        .map_err(e)?;
    for t in CATEGORY_TERMS {
        terms
            .write_record([t.2, t.1, t.3, "", "", "lantern", "en", TAXONOMY_ID, ""])
            .map_err(e)?;
    }
    for t in ATTRIBUTE_TERMS {
        terms
            .write_record([t.2, t.1, t.3, "", "", "lantern", "en", TAXONOMY_ID, ""])
            .map_err(e)?;
    }
    let n_orgs = (services / 3).max(1);
    let org_ids: Vec<String> = (0..n_orgs).map(|_| rng.uuid()).collect();
    for (i, id) in org_ids.iter().enumerate() {
        orgs.write_record([
            id.as_str(),
            &format!("Synthetic Organization {i}"),
            "Synthetic data for benchmarks.",
            "",
            "",
        ])
        .map_err(e)?;
    }
    for i in 0..services {
        let id = rng.uuid();
        let org = &org_ids[rng.below(n_orgs as u64) as usize];
        let status = if rng.below(20) == 0 {
            "inactive"
        } else {
            "active"
        };
        let interp = if rng.below(3) == 0 {
            "Phone interpretation in many languages"
        } else {
            ""
        };
        let (min, max) = match rng.below(6) {
            0 => ("12", "17"),
            1 => ("18", ""),
            _ => ("", ""),
        };
        let town = TOWNS[rng.below(TOWNS.len() as u64) as usize];
        svcs.write_record([
            id.as_str(),
            org,
            &format!("Synthetic Service {i}"),
            &format!("Synthetic service {i} in {town}: counseling, case management and referrals. Generated for benchmarks."),
            status,
            interp,
            "Open to residents of Riverbend County.",
            min,
            max,
            "Free",
        ])
        .map_err(e)?;
        let loc = rng.uuid();
        let lat = 39.5 + rng.below(4000) as f64 / 10_000.0;
        let lon = -105.3 + rng.below(5000) as f64 / 10_000.0;
        locs.write_record([
            loc.as_str(),
            "physical",
            &format!("{town} office {i}"),
            &format!("{lat:.4}"),
            &format!("{lon:.4}"),
        ])
        .map_err(e)?;
        sal.write_record([rng.uuid().as_str(), &id, &loc])
            .map_err(e)?;
        phones
            .write_record([
                rng.uuid().as_str(),
                &id,
                &format!("303-555-{:04}", i % 10_000),
                "voice",
            ])
            .map_err(e)?;
        let n_langs = 1 + rng.below(3) as usize;
        for k in 0..n_langs {
            let code = if k == 0 {
                "en"
            } else {
                LANGS[rng.below(LANGS.len() as u64) as usize]
            };
            langs
                .write_record([rng.uuid().as_str(), &id, code, code])
                .map_err(e)?;
        }
        if rng.below(10) == 0 {
            attrs
                .write_record([
                    rng.uuid().as_str(),
                    &id,
                    ATTRIBUTE_TERMS[9].2,
                    "service",
                    "service",
                    "",
                ])
                .map_err(e)?;
        } else {
            sched
                .write_record([
                    rng.uuid().as_str(),
                    &id,
                    "WEEKLY",
                    DAYS[rng.below(DAYS.len() as u64) as usize],
                    "09:00:00",
                    "17:00:00",
                ])
                .map_err(e)?;
        }
        areas
            .write_record([
                rng.uuid().as_str(),
                &id,
                if rng.below(8) == 0 {
                    town
                } else {
                    "Riverbend County"
                },
            ])
            .map_err(e)?;
        for _ in 0..1 + rng.below(3) {
            let c = &CATEGORY_TERMS[rng.below(CATEGORY_TERMS.len() as u64) as usize];
            attrs
                .write_record([rng.uuid().as_str(), &id, c.2, "service", "service", ""])
                .map_err(e)?;
        }
        for _ in 0..rng.below(4) {
            let a = &ATTRIBUTE_TERMS[rng.below(9) as usize];
            attrs
                .write_record([rng.uuid().as_str(), &id, a.2, "service", "service", ""])
                .map_err(e)?;
        }
    }
    for mut wr in [
        orgs, svcs, locs, sal, phones, langs, sched, areas, attrs, taxes, terms,
    ] {
        wr.flush()?;
    }
    std::fs::write(
        dir.join("README.md"),
        format!(
            "Synthetic HSDS 3.0 package of {services} services generated by lantern (seed {seed}) for benchmarks. Not real services.\n"
        ),
    )
}

const LANGUAGE_NAMES: &[&str] = &[
    "Spanish",
    "Vietnamese",
    "Chinese",
    "Tagalog",
    "Korean",
    "Haitian Creole",
    "Russian",
    "Portuguese",
    "French",
    "Arabic",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// Writes the same kind of directory as `generate`, in the shape of a real HSDS 1.1 export:
/// numeric ids, `services_at_location.csv`, `physical_address.csv`, `regular_schedule.csv`
/// one row per day by name, languages by name, `eligibility.csv`, no lantern taxonomy (the
/// categories are inferred from the text, as for real 1.x data), a quarter of the services
/// without `status`. For the benchmark that compares 1.x and 3.0 imports.
pub fn generate_1x(dir: &Path, services: usize, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(seed | 1);
    let e = std::io::Error::other;
    let w = |name: &str| csv::Writer::from_path(dir.join(name)).map_err(std::io::Error::other);
    let mut orgs = w("organizations.csv")?;
    let mut svcs = w("services.csv")?;
    let mut locs = w("locations.csv")?;
    let mut sal = w("services_at_location.csv")?;
    let mut addr = w("physical_address.csv")?;
    let mut phones = w("phones.csv")?;
    let mut langs = w("languages.csv")?;
    let mut sched = w("regular_schedule.csv")?;
    let mut elig = w("eligibility.csv")?;
    orgs.write_record(["id", "name", "description", "email", "url"])
        .map_err(e)?;
    svcs.write_record([
        "id",
        "organization_id",
        "program_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "wait_time",
        "fees",
        "accreditations",
        "licenses",
    ])
    .map_err(e)?;
    locs.write_record(["id", "organization_id", "name", "latitude", "longitude"])
        .map_err(e)?;
    sal.write_record(["id", "service_id", "location_id", "description"])
        .map_err(e)?;
    addr.write_record([
        "id",
        "location_id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
    ])
    .map_err(e)?;
    phones
        .write_record(["id", "location_id", "service_id", "number", "type"])
        .map_err(e)?;
    langs
        .write_record(["id", "service_id", "language"])
        .map_err(e)?;
    sched
        .write_record(["id", "service_id", "weekday", "opens_at", "closes_at"])
        .map_err(e)?;
    elig.write_record(["id", "service_id", "eligibility"])
        .map_err(e)?;
    let n_orgs = (services / 3).max(1);
    for i in 0..n_orgs {
        orgs.write_record([
            &(i + 1).to_string(),
            &format!("Synthetic Organization {i}"),
            "Synthetic data for benchmarks.",
            "",
            "",
        ])
        .map_err(e)?;
    }
    let mut row = 0u64;
    let mut next = || {
        row += 1;
        row.to_string()
    };
    for i in 0..services {
        let id = (100_000 + i).to_string();
        let org = (1 + rng.below(n_orgs as u64)).to_string();
        let status = match rng.below(20) {
            0 => "inactive",
            1..=5 => "",
            _ => "active",
        };
        let town = TOWNS[rng.below(TOWNS.len() as u64) as usize];
        svcs.write_record([
            id.as_str(),
            &org,
            "",
            &format!("Synthetic Service {i}"),
            "",
            &format!("Synthetic service {i} in {town}: counseling, case management and referrals. Generated for benchmarks."),
            "",
            "",
            status,
            if rng.below(3) == 0 { "Phone interpretation in many languages" } else { "" },
            "Walk in or call",
            "",
            "Free",
            "",
            "",
        ])
        .map_err(e)?;
        let loc = (500_000 + i).to_string();
        let lat = 39.5 + rng.below(4000) as f64 / 10_000.0;
        let lon = -105.3 + rng.below(5000) as f64 / 10_000.0;
        locs.write_record([
            loc.as_str(),
            &org,
            &format!("{town} office {i}"),
            &format!("{lat:.4}"),
            &format!("{lon:.4}"),
        ])
        .map_err(e)?;
        sal.write_record([next().as_str(), &id, &loc, ""])
            .map_err(e)?;
        addr.write_record([
            next().as_str(),
            &loc,
            &format!("{} Main St", 1 + i % 900),
            town,
            "CO",
            "80202",
            "US",
        ])
        .map_err(e)?;
        phones
            .write_record([
                next().as_str(),
                "",
                &id,
                &format!("303-555-{:04}", i % 10_000),
                "voice",
            ])
            .map_err(e)?;
        langs
            .write_record([next().as_str(), &id, "English"])
            .map_err(e)?;
        for _ in 0..rng.below(3) {
            let l = LANGUAGE_NAMES[rng.below(LANGUAGE_NAMES.len() as u64) as usize];
            langs.write_record([next().as_str(), &id, l]).map_err(e)?;
        }
        if rng.below(10) != 0 {
            for d in WEEKDAYS {
                sched
                    .write_record([next().as_str(), &id, d, "09:00", "17:00"])
                    .map_err(e)?;
            }
        }
        elig.write_record([
            next().as_str(),
            &id,
            "Open to residents of Riverbend County.",
        ])
        .map_err(e)?;
    }
    for mut wr in [orgs, svcs, locs, sal, addr, phones, langs, sched, elig] {
        wr.flush()?;
    }
    std::fs::write(
        dir.join("datapackage.json"),
        "{\"name\": \"synthetic\", \"version\": \"1.1\", \"resources\": []}\n",
    )?;
    std::fs::write(
        dir.join("README.md"),
        format!(
            "Synthetic HSDS 1.1 package of {services} services generated by lantern (seed {seed}) for benchmarks. Not real services.\n"
        ),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_1x_package_reads_as_the_same_directory_in_1x_shape() {
        let tmp = tempfile::tempdir().unwrap();
        super::generate_1x(tmp.path(), 300, 7).unwrap();
        let (dir, report) = crate::referral::import_csv(tmp.path());
        assert_eq!(report.errors(), 0, "{:#?}", report.problems);
        assert_eq!(
            report.version,
            crate::referral::datapackage::HsdsVersion::V1
        );
        let c = dir.counts();
        assert_eq!(
            (c.services, c.services_at_a_location, c.with_phone),
            (300, 300, 300)
        );
        assert!(c.with_hours > 200, "{c:?}");
        assert!(
            dir.services
                .iter()
                .all(|s| s.languages.contains(&"en".to_string()))
        );
        assert!(dir.services.iter().any(|s| s.languages.len() > 1));
        assert!(
            dir.services
                .iter()
                .all(|s| !s.locations[0].address.is_empty())
        );
    }
}
