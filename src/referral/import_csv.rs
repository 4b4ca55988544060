//! Importing an HSDS 3.0 CSV datapackage (a folder with datapackage.json and one CSV per
//! table). Every problem is reported with file, row and column name; bad rows are skipped and
//! counted, good rows kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::build::{Builder, clean_text, parse_age, parse_coordinate, parse_time};
use super::model::{Directory, Location, Opening, Phone, Status};
use super::report::*;
use crate::diagnostic::{Rule, SourceFile};

/// One CSV table, read with its header.
struct Table {
    file: PathBuf,
    name: String,
    columns: HashMap<String, usize>,
    rows: Vec<Row>,
}

struct Row {
    line: usize,
    cells: Vec<String>,
}

impl Table {
    fn col(&self, row: &Row, name: &str) -> String {
        self.columns
            .get(name)
            .and_then(|&i| row.cells.get(i))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    }
    fn column_number(&self, name: &str) -> usize {
        self.columns.get(name).map(|i| i + 1).unwrap_or(1)
    }
}

/// Turns byte offsets into 1-based lines, counting newlines only once: offsets are asked in
/// increasing order while a file is read (a record can span lines inside quotes).
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Lines {
            bytes,
            at: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, byte: u64) -> usize {
        let end = (byte as usize).min(self.bytes.len());
        if end < self.at {
            self.at = 0;
            self.line = 1;
        }
        self.line += self.bytes[self.at..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.at = end;
        self.line
    }
}

struct Importer {
    report: ImportReport,
    /// Service rows that were skipped, so that rows pointing at them say why.
    skipped_services: std::collections::HashSet<String>,
}

impl Importer {
    fn problem(
        &mut self,
        rule: Rule,
        file: &Path,
        line: usize,
        column: usize,
        message: String,
        hint: &str,
    ) {
        let src = SourceFile::new(file, String::new());
        let mut d = src.diagnostic(rule, 0..0, message, hint.to_string());
        d.line = line;
        d.column = column;
        self.report.problems.push(d);
    }

    /// Reads `name`.csv. Missing optional tables are simply absent; a missing required column
    /// makes the whole table unusable.
    fn read(
        &mut self,
        dir: &Path,
        file_name: &str,
        required: &[&str],
        mandatory: bool,
    ) -> Option<Table> {
        let file = dir.join(file_name);
        let Ok(bytes) = std::fs::read(&file) else {
            if mandatory {
                self.problem(
                    MISSING_FILE,
                    &file,
                    1,
                    1,
                    format!("`{file_name}` is missing"),
                    "an HSDS package needs organizations.csv and services.csv",
                );
            }
            return None;
        };
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(&bytes[..]);
        let headers: Vec<String> = match rdr.byte_headers() {
            Ok(h) => h
                .iter()
                .map(|c| {
                    String::from_utf8_lossy(c)
                        .trim()
                        .trim_start_matches('\u{feff}')
                        .to_string()
                })
                .collect(),
            Err(e) => {
                self.problem(
                    CSV_SYNTAX,
                    &file,
                    1,
                    1,
                    format!("cannot read the header: {e}"),
                    "the first line names the columns",
                );
                return None;
            }
        };
        let columns: HashMap<String, usize> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| (h.clone(), i))
            .collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|r| !columns.contains_key(*r))
            .collect();
        if !missing.is_empty() {
            let hint = if headers.len() == 1 && headers[0].contains(';') {
                "the file seems to use `;` between columns: HSDS CSV uses commas"
            } else {
                "use the HSDS 3.0 column names (see datapackage.json)"
            };
            for r in &missing {
                self.problem(
                    MISSING_COLUMN,
                    &file,
                    1,
                    1,
                    format!("column `{r}` is missing from `{file_name}`"),
                    hint,
                );
            }
            // The table is unusable: every row counts as skipped.
            let rows = rdr.byte_records().count();
            self.report.tables.push(TableCount {
                file: file_name.into(),
                rows,
                skipped: rows,
            });
            return None;
        }
        let mut rows = Vec::new();
        let mut lines = Lines::new(&bytes);
        let mut count = TableCount {
            file: file_name.into(),
            ..TableCount::default()
        };
        loop {
            // Where the next record starts (its own position is not reliable after headers).
            let start = rdr.position().byte();
            let mut rec = csv::ByteRecord::new();
            let rec = match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {
                    count.rows += 1;
                    rec
                }
                Err(e) => {
                    count.rows += 1;
                    let line = lines.line_of(start)
                        + usize::from(bytes.get(start as usize) == Some(&b'\n'));
                    self.problem(
                        CSV_SYNTAX,
                        &file,
                        line,
                        1,
                        format!("row cannot be read: {e}"),
                        "check quotes and separators on this row",
                    );
                    count.skipped += 1;
                    continue;
                }
            };
            // Skip the line break that ended the previous record.
            let mut at = start as usize;
            while matches!(bytes.get(at), Some(b'\n' | b'\r')) {
                at += 1;
            }
            let line = lines.line_of(at as u64);
            if rec.len() != headers.len() {
                self.problem(
                    CSV_SYNTAX,
                    &file,
                    line,
                    1,
                    format!("row has {} fields, the header {}", rec.len(), headers.len()),
                    if rec.len() < headers.len() && rec.iter().any(|f| f.contains(&b'\n')) { "a quote opened on this row is never closed: the following lines were read into one field" } else { "every row needs one field per column" },
                );
                count.skipped += 1;
                continue;
            }
            let mut cells = Vec::with_capacity(rec.len());
            let mut bad = false;
            for (i, raw) in rec.iter().enumerate() {
                let col = &headers[i];
                let Ok(text) = std::str::from_utf8(raw) else {
                    self.problem(
                        NOT_UTF8,
                        &file,
                        line,
                        i + 1,
                        format!("column `{col}` is not valid UTF-8"),
                        "save the file as UTF-8",
                    );
                    bad = true;
                    break;
                };
                if text.chars().count() > MAX_FIELD_CHARS {
                    self.problem(
                        TOO_LONG,
                        &file,
                        line,
                        i + 1,
                        format!("column `{col}` is longer than {MAX_FIELD_CHARS} characters"),
                        "shorten the field; this looks like a broken export",
                    );
                    bad = true;
                    break;
                }
                let (clean, changed) = clean_text(text);
                if changed {
                    self.problem(CONTROL_CHARS, &file, line, i + 1, format!("column `{col}` holds control characters or terminal escape sequences; they were removed"), "remove them at the source");
                }
                cells.push(clean);
            }
            if bad {
                count.skipped += 1;
                continue;
            }
            rows.push(Row { line, cells });
        }
        self.report.tables.push(count);
        Some(Table {
            file,
            name: file_name.to_string(),
            columns,
            rows,
        })
    }

    fn skip(&mut self, table: &str) {
        if let Some(t) = self.report.tables.iter_mut().find(|t| t.file == table) {
            t.skipped += 1;
        }
    }

    /// Checks that `column` of `row` is a UUID; reports and returns false otherwise.
    fn uuid(&mut self, t: &Table, row: &Row, column: &str) -> Option<String> {
        let v = t.col(row, column);
        if is_uuid(&v) {
            Some(v.to_ascii_lowercase())
        } else {
            self.problem(
                BAD_UUID,
                &t.file,
                row.line,
                t.column_number(column),
                format!(
                    "column `{column}`: `{}` is not a UUID",
                    crate::sanitize::terminal_safe(&v)
                ),
                "HSDS 3.0 identifiers are UUIDs (8-4-4-4-12 hexadecimal digits)",
            );
            None
        }
    }

    fn dangling(&mut self, t: &Table, row: &Row, column: &str, target: &str) {
        let v = t.col(row, column);
        if target == "service" && self.skipped_services.contains(&v.to_ascii_lowercase()) {
            self.problem(
                DANGLING,
                &t.file,
                row.line,
                t.column_number(column),
                format!(
                    "column `{column}`: service `{}` was skipped (see its problem in services.csv)",
                    crate::sanitize::terminal_safe(&v)
                ),
                "the row was skipped with it; fix the service row",
            );
            return;
        }
        self.problem(
            DANGLING,
            &t.file,
            row.line,
            t.column_number(column),
            format!(
                "column `{column}`: no {target} has id `{}`",
                crate::sanitize::terminal_safe(&v)
            ),
            "the row was skipped; add the missing row or fix the id",
        );
    }
}

/// Imports the datapackage in `dir`. Returns the directory (possibly empty) and the report.
pub fn import_csv(dir: &Path) -> (Directory, ImportReport) {
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

fn finish(mut im: Importer, b: Builder, dir: &Path) -> (Directory, ImportReport) {
    let (dir_out, inferred) = b.build(dir.display().to_string());
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
        let f = dir.join("services.csv");
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
