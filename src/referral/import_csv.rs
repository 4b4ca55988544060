//! Importing an HSDS CSV datapackage (a folder with datapackage.json and one CSV per
//! table): HSDS 3.0, lantern's native format, and HSDS 1.x mapped to it
//! (`super::datapackage`). Every problem is reported with file, row and column name; bad
//! rows are skipped and counted, good rows kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::build::{Builder, parse_age, parse_coordinate, parse_time};
use super::csv_table::Importer;
use super::datapackage::{HsdsVersion, Layout, language_code, weekday};
use super::model::{Directory, Location, Opening, Phone, Status};
use super::report::*;

/// Where an HSDS CSV package's tables come from: a folder, or the sample inside the binary.
pub trait Package {
    /// The bytes of file `name` (`services.csv`, `data/services.csv`), or None when it is
    /// absent.
    fn read(&self, name: &str) -> Option<Vec<u8>>;
    /// Whether file `name` is there (without reading it).
    fn exists(&self, name: &str) -> bool;
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
    fn exists(&self, name: &str) -> bool {
        self.0.join(name).is_file()
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

/// `import_csv`, telling `progress` of each table as it starts (its path in the package and
/// its size in bytes): `lantern directory import` draws a progress bar from it.
pub fn import_csv_with_progress(
    dir: &Path,
    progress: &dyn Fn(&str, u64),
) -> (Directory, ImportReport) {
    import_package_with(&Folder(dir), progress)
}

/// Imports an HSDS CSV package from wherever its tables are.
pub fn import_package(dir: &dyn Package) -> (Directory, ImportReport) {
    import_package_with(dir, &|_, _| {})
}

fn import_package_with(
    dir: &dyn Package,
    progress: &dyn Fn(&str, u64),
) -> (Directory, ImportReport) {
    let mut im = Importer {
        progress,
        report: ImportReport::default(),
        skipped_services: Default::default(),
        version: HsdsVersion::V3,
    };
    let mut b = Builder::default();
    let (lay, broken) = Layout::read(dir);
    if let Some((line, column, e)) = broken {
        im.problem(
            BAD_JSON,
            &dir.path("datapackage.json"),
            line,
            column,
            format!(
                "datapackage.json is not valid JSON ({e}); the tables are read by their usual names"
            ),
            "fix the file, or remove it",
        );
    }
    let mut why_1x = lay.says_1x(dir);

    let Some(orgs) = im.read(dir, &lay.at("organizations.csv"), &["id", "name"], true) else {
        return finish(im, b, dir, &lay);
    };
    // A package that does not say its version but whose ids are not UUIDs is 1.x too.
    let non_uuid = orgs
        .rows
        .iter()
        .filter(|r| !is_uuid(&orgs.col(r, "id")))
        .count();
    if why_1x.is_none() && non_uuid * 2 > orgs.rows.len() {
        why_1x = Some(format!(
            "{non_uuid} of {} organization ids are not UUIDs",
            orgs.rows.len()
        ));
    }
    if let Some(why) = &why_1x {
        im.version = HsdsVersion::V1;
        im.report.version = HsdsVersion::V1;
        let at = if dir.exists("datapackage.json") {
            dir.path("datapackage.json")
        } else {
            orgs.file.clone()
        };
        im.problem(
            HSDS_1X,
            &at,
            1,
            1,
            format!("this is an HSDS 1.x package ({why}): read with lantern's 1.x mapping"),
            "ids are taken as given, and services_at_location.csv, physical_address.csv, regular_schedule.csv and languages by name are read; check the services kept (lantern directory stats)",
        );
    }
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

    let v1 = im.version == HsdsVersion::V1;
    let service_columns: &[&str] = if v1 {
        &["id", "organization_id", "name"]
    } else {
        &["id", "organization_id", "name", "status"]
    };
    let Some(services) = im.read(dir, &lay.at("services.csv"), service_columns, true) else {
        return finish(im, b, dir, &lay);
    };
    let mut no_status = 0;
    let mut unknown_orgs = 0;
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
        let org_name = match org_names.get(&org) {
            Some(n) => n.clone(),
            // Real 1.x exports are often cut by organization: the service is still one a
            // person can be referred to (its name, phone and place are its own).
            None if v1 => {
                unknown_orgs += 1;
                String::new()
            }
            None => {
                im.dangling(&services, row, "organization_id", "organization");
                im.skip(&services.name);
                im.skipped_services.insert(id.clone());
                continue;
            }
        };
        let status_raw = services.col(row, "status");
        // HSDS 1.x exports often leave `status` empty: listed means offered.
        let parsed = if v1 && status_raw.is_empty() {
            no_status += 1;
            Some(Status::Active)
        } else {
            Status::parse(&status_raw)
        };
        let Some(status) = parsed else {
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
            first_of(&services, row, &["fees_description", "fees"]),
        );
    }
    if unknown_orgs > 0 {
        im.problem(
            PARTIAL,
            &services.file,
            1,
            services.column_number("organization_id"),
            format!("{unknown_orgs} service(s) name an organization the package does not have: kept without an organization name"),
            "the export seems cut by organization; add the missing rows to organizations.csv",
        );
    }
    if no_status > 0 {
        im.problem(
            BAD_NUMBER,
            &services.file,
            1,
            services.column_number("status"),
            format!("{no_status} service(s) have no `status`: read as active"),
            "HSDS 1.x exports often leave it empty; set it where a service is closed",
        );
    }

    // Locations and what hangs on them.
    let mut locations: HashMap<String, Location> = HashMap::new();
    if let Some(t) = im.read(dir, &lay.at("locations.csv"), &["id"], false) {
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
    let addresses = lay.find(dir, &["addresses.csv", "physical_address.csv"]);
    if let Some(t) = im.read(dir, &addresses, &["location_id", "address_1"], false) {
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
    if let Some(t) = im.read(dir, &lay.at("accessibility.csv"), &["location_id"], false) {
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
    let at_location = lay.find(
        dir,
        &["service_at_location.csv", "services_at_location.csv"],
    );
    if let Some(t) = im.read(dir, &at_location, &["service_id", "location_id"], false) {
        let mut no_service = 0;
        for row in &t.rows {
            let raw = t.col(row, "service_id").to_ascii_lowercase();
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            // 1.x exports leave the service out of a location's row, or list several.
            let sids: Vec<String> = if v1 {
                raw.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            } else {
                vec![raw]
            };
            if sids.is_empty() {
                no_service += 1;
                continue;
            }
            if let Some(missing) = sids.iter().find(|s| !b.has(s)) {
                if sids.len() == 1 {
                    im.dangling(&t, row, "service_id", "service");
                } else {
                    im.problem(
                        DANGLING,
                        &t.file,
                        row.line,
                        t.column_number("service_id"),
                        format!(
                            "column `service_id`: no service has id `{}`",
                            crate::sanitize::terminal_safe(missing)
                        ),
                        "the row was skipped; add the missing row or fix the id",
                    );
                }
                im.skip(&t.name);
                continue;
            }
            let Some(loc) = locations.get(&lid) else {
                im.dangling(&t, row, "location_id", "location");
                im.skip(&t.name);
                continue;
            };
            for sid in sids {
                b.with(&sid, |s| s.locations.push(loc.clone()));
                services_at.entry(lid.clone()).or_default().push(sid);
            }
        }
        if no_service > 0 {
            im.problem(
                PARTIAL,
                &t.file,
                1,
                t.column_number("service_id"),
                format!("{no_service} row(s) name no service: ignored"),
                "a location with no service offers nothing to refer to",
            );
        }
    }
    if let Some(t) = im.read(dir, &lay.at("phones.csv"), &["number"], false) {
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
    if let Some(t) = im.read(dir, &lay.at("languages.csv"), &[], false) {
        let mut unnamed = 0;
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            let raw = t.col(row, "code");
            let code = if raw.is_empty() {
                // 3.0 requires only `id`; 1.x names the language in `language`.
                let name = first_of(&t, row, &["name", "language"]);
                if name.is_empty() {
                    unnamed += 1;
                    continue;
                }
                match language_code(&name) {
                    Some(c) => c,
                    None => {
                        im.problem(
                            BAD_NUMBER,
                            &t.file,
                            row.line,
                            t.column_number(if t.has("name") { "name" } else { "language" }),
                            format!(
                                "`{}` is not a language lantern knows by name; row ignored",
                                crate::sanitize::terminal_safe(&name)
                            ),
                            "give its ISO 639 code in a `code` column, e.g. es, vi, zh",
                        );
                        continue;
                    }
                }
            } else {
                raw.to_ascii_lowercase()
            };
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
        if unnamed > 0 {
            im.problem(
                BAD_NUMBER,
                &t.file,
                1,
                1,
                format!(
                    "{unnamed} language row(s) name no language (no `code` or `name`): ignored"
                ),
                "add the ISO 639 code in a `code` column so services are matched by language",
            );
        }
    }
    let schedules = lay.find(dir, &["schedules.csv", "regular_schedule.csv"]);
    if let Some(t) = im.read(dir, &schedules, &[], false) {
        let mut numbered = 0;
        for row in &t.rows {
            let sid = t.col(row, "service_id").to_ascii_lowercase();
            let lid = t.col(row, "location_id").to_ascii_lowercase();
            // A schedule of a service, else of every service at a location (1.x exports
            // often give only the location's hours).
            let targets: Vec<String> = if b.has(&sid) {
                vec![sid.clone()]
            } else if sid.is_empty() {
                services_at.get(&lid).cloned().unwrap_or_default()
            } else {
                im.dangling(&t, row, "service_id", "service");
                im.skip(&t.name);
                continue;
            };
            let (Some(opens), Some(closes)) = (
                parse_time(&t.col(row, "opens_at")),
                parse_time(&t.col(row, "closes_at")),
            ) else {
                continue;
            };
            let days = if t.has("byday") || !t.has("weekday") {
                super::build::parse_days(&t.col(row, "byday"))
            } else {
                match weekday(&t.col(row, "weekday")) {
                    Some(d) => vec![d],
                    None => {
                        numbered += 1;
                        continue;
                    }
                }
            };
            let raw_offset = t.col(row, "timezone");
            let utc_offset = match super::build::parse_utc_offset(&raw_offset) {
                Ok(o) => o,
                Err(()) => {
                    im.problem(
                        BAD_NUMBER,
                        &t.file,
                        row.line,
                        t.column_number("timezone"),
                        format!(
                            "column `timezone`: `{}` is not a UTC offset in hours; the region's time zone is used",
                            crate::sanitize::terminal_safe(&raw_offset)
                        ),
                        "a number of hours from UTC, e.g. -7 or 5.5, or empty",
                    );
                    None
                }
            };
            let openings: Vec<Opening> = days
                .into_iter()
                .map(|day| Opening {
                    day,
                    opens,
                    closes,
                    utc_offset,
                })
                .collect();
            for sid in &targets {
                b.with(sid, |s| s.openings.extend(openings.iter().copied()));
            }
        }
        if numbered > 0 {
            im.problem(
                BAD_NUMBER,
                &t.file,
                1,
                t.column_number("weekday"),
                format!(
                    "{numbered} schedule row(s) give the day as a number or not at all: ignored"
                ),
                "HSDS 1.x does not say whether day 1 is Sunday or Monday: name the day (Monday)",
            );
        }
    }
    if v1 {
        let eligibility = lay.find(dir, &["eligibility.csv", "eligibilities.csv"]);
        if let Some(t) = im.read(dir, &eligibility, &["service_id", "eligibility"], false) {
            for row in &t.rows {
                let sid = t.col(row, "service_id").to_ascii_lowercase();
                let text = t.col(row, "eligibility");
                if !text.is_empty() {
                    b.with(&sid, |s| {
                        if !s.eligibility.is_empty() {
                            s.eligibility.push_str("; ");
                        }
                        s.eligibility.push_str(&text);
                    });
                }
            }
        }
    }
    if let Some(t) = im.read(dir, &lay.at("service_areas.csv"), &["service_id"], false) {
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
    if let Some(t) = im.read(dir, &lay.at("taxonomies.csv"), &["id", "name"], false) {
        for row in &t.rows {
            taxonomy_names.insert(t.col(row, "id").to_ascii_lowercase(), t.col(row, "name"));
        }
    }
    if let Some(t) = im.read(dir, &lay.at("taxonomy_terms.csv"), &["id"], false) {
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
        &lay.at("attributes.csv"),
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
    finish(im, b, dir, &lay)
}

/// The first of `columns` with a value in `row` (3.0 and 1.x name some columns apart).
fn first_of(t: &super::csv_table::Table, row: &super::csv_table::Row, columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| t.col(row, c))
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

fn finish(
    mut im: Importer<'_>,
    b: Builder,
    dir: &dyn Package,
    lay: &Layout,
) -> (Directory, ImportReport) {
    // The last step: services whose categories come from their text are read now.
    (im.progress)("", 0);
    let (dir_out, inferred) = b.build(dir.label());
    im.report.services = dir_out.services.len();
    im.report.services_read = im
        .report
        .tables
        .iter()
        .find(|t| t.file == lay.at("services.csv"))
        .map_or(0, |t| t.rows);
    im.report.inferred = inferred;
    // services.csv was read but had no row at all.
    let no_rows = im
        .report
        .tables
        .iter()
        .any(|t| t.file == lay.at("services.csv") && t.rows == 0 && t.skipped == 0);
    if no_rows
        && im
            .report
            .problems
            .iter()
            .all(|d| d.code != MISSING_COLUMN.code)
    {
        let f = dir.path(&lay.at("services.csv"));
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
