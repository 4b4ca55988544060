//! Importing an HSDS 3.0 CSV datapackage (a folder with datapackage.json and one CSV per
//! table). Every problem is reported with file, row and column name; bad rows are skipped and
//! counted, good rows kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::build::{Builder, parse_age, parse_coordinate, parse_time};
use super::csv_table::Importer;
use super::model::{Directory, Location, Opening, Phone, Status};
use super::report::*;

/// Where an HSDS CSV package's tables come from: a folder, or the sample inside the binary.
pub trait Package {
    /// The bytes of table `name` (`services.csv`), or None when it is absent.
    fn read(&self, name: &str) -> Option<Vec<u8>>;
    /// How table `name` is named in problems.
    fn path(&self, name: &str) -> PathBuf;
    /// How the package is named as the directory's source.
    fn label(&self) -> String;
}

struct Folder<'a>(&'a Path);

impl Package for Folder<'_> {
    fn read(&self, name: &str) -> Option<Vec<u8>> {
        std::fs::read(self.0.join(name)).ok()
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
    fn label(&self) -> String {
        self.0.display().to_string()
    }
}

/// Imports the datapackage in `dir`. Returns the directory (possibly empty) and the report.
pub fn import_csv(dir: &Path) -> (Directory, ImportReport) {
    import_package(&Folder(dir))
}

/// Imports an HSDS CSV package from wherever its tables are.
pub fn import_package(dir: &dyn Package) -> (Directory, ImportReport) {
    let mut im = Importer {
        report: ImportReport::default(),
        skipped_services: Default::default(),
    };
    let mut b = Builder::default();

    let Some(orgs) = im.read(dir, "organizations.csv", &["id", "name"], true) else {
        return finish(im, b, dir);
    };
    let mut org_names: HashMap<String, String> = HashMap::new();
    for row in &orgs.rows {
        let Some(id) = im.uuid(&orgs, row, "id") else {
            im.skip(&orgs.name);
            continue;
        };
        if org_names.contains_key(&id) {
            im.problem(
                DUPLICATE_ID,
                &orgs.file,
                row.line,
                1,
                "duplicate organization id".into(),
                "ids must be unique; the first row was kept",
            );
            im.skip(&orgs.name);
            continue;
        }
        org_names.insert(id, orgs.col(row, "name"));
    }

    let Some(services) = im.read(
        dir,
        "services.csv",
        &["id", "organization_id", "name", "status"],
        true,
    ) else {
        return finish(im, b, dir);
    };
    for row in &services.rows {
        let Some(id) = im.uuid(&services, row, "id") else {
            im.skip(&services.name);
            continue;
        };
        let Some(org) = im.uuid(&services, row, "organization_id") else {
            im.skip(&services.name);
            im.skipped_services.insert(id.clone());
            continue;
        };
        let Some(org_name) = org_names.get(&org).cloned() else {
            im.dangling(&services, row, "organization_id", "organization");
            im.skip(&services.name);
            im.skipped_services.insert(id.clone());
            continue;
        };
        let status_raw = services.col(row, "status");
        let Some(status) = Status::parse(&status_raw) else {
            im.problem(
                BAD_ENUM,
                &services.file,
                row.line,
                services.column_number("status"),
                format!(
                    "column `status`: `{}` is not active, inactive, defunct or temporarily closed",
                    crate::sanitize::terminal_safe(&status_raw)
                ),
                "use one of the HSDS status values",
            );
            im.skip(&services.name);
            im.skipped_services.insert(id.clone());
            continue;
        };
        let mut ages = [None, None];
        for (n, col) in ["minimum_age", "maximum_age"].iter().enumerate() {
            let raw = services.col(row, col);
            match parse_age(&raw) {
                Ok(a) => ages[n] = a,
                Err(()) => im.problem(
                    BAD_NUMBER,
                    &services.file,
                    row.line,
                    services.column_number(col),
                    format!(
                        "column `{col}`: `{}` is not an age; ignored",
                        crate::sanitize::terminal_safe(&raw)
                    ),
                    "a whole number of years, or empty",
                ),
            }
        }
        if b.has(&id) {
            im.problem(
                DUPLICATE_ID,
                &services.file,
                row.line,
                1,
                "duplicate service id".into(),
                "ids must be unique; the first row was kept",
            );
            im.skip(&services.name);
            im.skipped_services.insert(id.clone());
            continue;
        }
        b.add_service(
            id,
            services.col(row, "name"),
            org_name,
            services.col(row, "description"),
            services.col(row, "eligibility_description"),
            status,
            ages,
            services.col(row, "interpretation_services"),
            services.col(row, "fees_description"),
        );
    }

    // Locations and what hangs on them.
    let mut locations: HashMap<String, Location> = HashMap::new();
    if let Some(t) = im.read(dir, "locations.csv", &["id"], false) {
        for row in &t.rows {
            let Some(id) = im.uuid(&t, row, "id") else {
                im.skip(&t.name);
                continue;
            };
            let coord = |col: &str, max: f64, im: &mut Importer| {
                let raw = t.col(row, col);
                match parse_coordinate(&raw, max) {
                    Ok(v) => v,
                    Err(()) => {
                        im.problem(
                            BAD_NUMBER,
                            &t.file,
                            row.line,
                            t.column_number(col),
                            format!(
                                "column `{col}`: `{}` is not a valid coordinate; ignored",
                                crate::sanitize::terminal_safe(&raw)
                            ),
                            "decimal degrees: latitude -90..90, longitude -180..180",
                        );
                        None
                    }
                }
            };
            let lat = coord("latitude", 90.0, &mut im);
            let lon = coord("longitude", 180.0, &mut im);
            locations.insert(
                id,
                Location {
                    name: t.col(row, "name"),
                    address: String::new(),
                    latitude: lat,
                    longitude: lon,
                    accessibility: Vec::new(),
                },
            );
        }
    }
    if let Some(t) = im.read(dir, "addresses.csv", &["location_id", "address_1"], false) {
        for row in &t.rows {
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            match locations.get_mut(&lid) {
                Some(l) => {
                    let parts: Vec<String> = [
                        "address_1",
                        "address_2",
                        "city",
                        "state_province",
                        "postal_code",
                    ]
                    .iter()
                    .map(|c| t.col(row, c))
                    .filter(|s| !s.is_empty())
                    .collect();
                    l.address = parts.join(", ");
                }
                None => {
                    im.dangling(&t, row, "location_id", "location");
                    im.skip(&t.name);
                }
            }
        }
    }
    if let Some(t) = im.read(dir, "accessibility.csv", &["location_id"], false) {
        for row in &t.rows {
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            match locations.get_mut(&lid) {
                Some(l) => l.accessibility.push(t.col(row, "description")),
                None => {
                    im.dangling(&t, row, "location_id", "location");
                    im.skip(&t.name);
                }
            }
        }
    }
    let mut services_at: HashMap<String, Vec<String>> = HashMap::new();
    if let Some(t) = im.read(
        dir,
        "service_at_location.csv",
        &["service_id", "location_id"],
        false,
    ) {
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            if !b.has(&sid) {
                im.dangling(&t, row, "service_id", "service");
                im.skip(&t.name);
                continue;
            }
            let Some(loc) = locations.get(&lid) else {
                im.dangling(&t, row, "location_id", "location");
                im.skip(&t.name);
                continue;
            };
            b.with(&sid, |s| s.locations.push(loc.clone()));
            services_at.entry(lid).or_default().push(sid);
        }
    }
    if let Some(t) = im.read(dir, "phones.csv", &["number"], false) {
        for row in &t.rows {
            let phone = Phone {
                number: t.col(row, "number").trim_matches('"').to_string(),
                kind: t.col(row, "type"),
            };
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            if b.has(&sid) {
                b.with(&sid, |s| s.phones.push(phone.clone()));
            } else if let Some(sids) = services_at.get(&lid) {
                for s in sids {
                    b.with(s, |s| s.phones.push(phone.clone()));
                }
            } else if !sid.is_empty() {
                im.dangling(&t, row, "service_id", "service");
                im.skip(&t.name);
            }
        }
    }
    if let Some(t) = im.read(dir, "languages.csv", &["code"], false) {
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            let code = t.col(row, "code").to_ascii_lowercase();
            if code.len() < 2 || code.len() > 3 || !code.chars().all(|c| c.is_ascii_lowercase()) {
                im.problem(
                    BAD_ENUM,
                    &t.file,
                    row.line,
                    t.column_number("code"),
                    format!(
                        "column `code`: `{}` is not an ISO 639 language code",
                        crate::sanitize::terminal_safe(&code)
                    ),
                    "two or three letters, e.g. es, vi, zh",
                );
                im.skip(&t.name);
                continue;
            }
            if sid.is_empty() {
                continue; // a language of a location or phone only: not used for matching
            }
            if !b.has(&sid) {
                im.dangling(&t, row, "service_id", "service");
                im.skip(&t.name);
                continue;
            }
            b.with(&sid, |s| {
                if !s.languages.contains(&code) {
                    s.languages.push(code.clone())
                }
            });
        }
    }
    if let Some(t) = im.read(dir, "schedules.csv", &[], false) {
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            if sid.is_empty() || !b.has(&sid) {
                if !sid.is_empty() {
                    im.dangling(&t, row, "service_id", "service");
                    im.skip(&t.name);
                }
                continue;
            }
            let (Some(opens), Some(closes)) = (
                parse_time(&t.col(row, "opens_at")),
                parse_time(&t.col(row, "closes_at")),
            ) else {
                continue;
            };
            let days = t.col(row, "byday");
            let openings: Vec<Opening> = super::build::parse_days(&days)
                .into_iter()
                .map(|day| Opening { day, opens, closes })
                .collect();
            b.with(&sid, |s| s.openings.extend(openings.iter().copied()));
        }
    }
    if let Some(t) = im.read(dir, "service_areas.csv", &["service_id"], false) {
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            if !b.has(&sid) {
                im.dangling(&t, row, "service_id", "service");
                im.skip(&t.name);
                continue;
            }
            let name = t.col(row, "name");
            if !name.is_empty() {
                b.with(&sid, |s| s.areas.push(name.clone()));
            }
        }
    }

    // lantern's taxonomy, linked through attribute rows.
    let mut terms: HashMap<String, (String, String)> = HashMap::new();
    let mut taxonomy_names: HashMap<String, String> = HashMap::new();
    if let Some(t) = im.read(dir, "taxonomies.csv", &["id", "name"], false) {
        for row in &t.rows {
            taxonomy_names.insert(t.col(row, "id").to_ascii_lowercase(), t.col(row, "name"));
        }
    }
    if let Some(t) = im.read(dir, "taxonomy_terms.csv", &["id"], false) {
        for row in &t.rows {
            let tax_id = t.col(row, "taxonomy_id").to_ascii_lowercase();
            let tax = if tax_id.is_empty() {
                t.col(row, "taxonomy")
            } else {
                taxonomy_names.get(&tax_id).cloned().unwrap_or(tax_id)
            };
            terms.insert(
                t.col(row, "id").to_ascii_lowercase(),
                (t.col(row, "code"), tax),
            );
        }
    }
    if let Some(t) = im.read(
        dir,
        "attributes.csv",
        &["link_id", "taxonomy_term_id"],
        false,
    ) {
        for row in &t.rows {
            let term_id = t.col(row, "taxonomy_term_id").to_ascii_lowercase();
            let link = t.col(row, "link_id").to_ascii_lowercase();
            let Some((code, taxonomy)) = terms.get(&term_id).cloned() else {
                im.dangling(&t, row, "taxonomy_term_id", "taxonomy term");
                im.skip(&t.name);
                continue;
            };
            if !b.has(&link) {
                // Attributes may link organizations or locations too; a link to a service
                // that does not exist is an error.
                let entity = t.col(row, "link_entity").to_ascii_lowercase();
                if entity == "service" || t.col(row, "link_type").eq_ignore_ascii_case("service") {
                    im.dangling(&t, row, "link_id", "service");
                    im.skip(&t.name);
                }
                continue;
            }
            b.link_term(&link, &term_id, &code, &taxonomy);
        }
    }
    finish(im, b, dir)
}

fn finish(mut im: Importer, b: Builder, dir: &dyn Package) -> (Directory, ImportReport) {
    let (dir_out, inferred) = b.build(dir.label());
    im.report.services = dir_out.services.len();
    im.report.inferred = inferred;
    // services.csv was read but had no row at all.
    let no_rows = im
        .report
        .tables
        .iter()
        .any(|t| t.file == "services.csv" && t.rows == 0 && t.skipped == 0);
    if no_rows
        && im
            .report
            .problems
            .iter()
            .all(|d| d.code != MISSING_COLUMN.code)
    {
        let f = dir.path("services.csv");
        im.problem(
            NO_SERVICES,
            &f,
            1,
            1,
            "the package has no service".into(),
            "add rows to services.csv",
        );
    }
    (dir_out, im.report)
}
