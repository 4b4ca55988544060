//! Importing HSDS 3.0 JSON documents: a service with its nested objects, a list page
//! (`{"contents": [...]}`) or a plain array of services, an organization with `services`,
//! or a service-at-location document. Problems point at the line of the offending member.

use std::path::Path;

use serde_json::Value;

use super::build::{Builder, parse_age, parse_coordinate, parse_days, parse_time};
use super::model::{Directory, Location, Opening, Phone, Status};
use super::report::*;
use crate::diagnostic::{Rule, SourceFile};
use crate::sanitize::terminal_safe;

struct Ctx {
    file: SourceFile,
    report: ImportReport,
    /// Where the service being read starts in the file: members are looked for after it.
    anchor: usize,
}

impl Ctx {
    /// The line of `"key": value` in the file (the first one after `from`), else 1.
    /// Line and column of the member `"key": value`, looked for from the current object.
    fn position_of(&self, key: &str, value: &Value) -> (usize, usize) {
        let needle = format!("\"{key}\"");
        let want = serde_json::to_string(value).unwrap_or_default();
        let text = &self.file.text;
        let find_from = |mut at: usize| {
            while let Some(i) = text.get(at..)?.find(&needle) {
                let start = at + i;
                let rest = text[start + needle.len()..].trim_start();
                if let Some(after) = rest.strip_prefix(':')
                    && after.trim_start().starts_with(&want)
                {
                    return Some(start);
                }
                at = start + needle.len();
            }
            None
        };
        find_from(self.anchor)
            .or_else(|| find_from(0))
            .map(|at| self.file.position(at))
            .unwrap_or((1, 1))
    }

    /// Makes members be looked for from the `"id"` member of `item`, the first at or after
    /// `from` whose value is the item's id (the objects are read in file order, so each
    /// duplicate is found at its own place). An item without an id is found by its name.
    fn anchor_at(&mut self, item: &Value, from: usize) {
        let (key, want) = match item.get("id") {
            Some(id) => ("id", serde_json::to_string(id).unwrap_or_default()),
            None => match item.get("name") {
                Some(n) => ("name", serde_json::to_string(n).unwrap_or_default()),
                None => {
                    self.anchor = from;
                    return;
                }
            },
        };
        // Compare the start of the value only: arrays and objects are laid out differently
        // in the file than serde_json writes them.
        let head: String = match want.chars().next() {
            Some('[') => "[".into(),
            Some('{') => "{".into(),
            _ => want,
        };
        let text = &self.file.text;
        let mut at = from;
        while let Some(k) = self.key_after(key, at) {
            let after = text[k + key.len() + 2..].trim_start();
            if after
                .strip_prefix(':')
                .is_some_and(|v| v.trim_start().starts_with(&head))
            {
                self.anchor = k;
                return;
            }
            at = k + key.len() + 2;
        }
        self.anchor = from;
    }

    /// Where the next `"key":` is at or after `from`.
    fn key_after(&self, key: &str, from: usize) -> Option<usize> {
        let needle = format!("\"{key}\"");
        let text = &self.file.text;
        let mut at = from;
        while let Some(i) = text.get(at..)?.find(&needle) {
            let start = at + i;
            if text[start + needle.len()..].trim_start().starts_with(':') {
                return Some(start);
            }
            at = start + needle.len();
        }
        None
    }

    /// A problem at byte `at` of the file.
    fn problem_at(&mut self, rule: Rule, at: usize, message: String, hint: &str) {
        let (line, column) = self.file.position(at);
        let mut d = self.file.diagnostic(rule, 0..0, message, hint.to_string());
        d.line = line;
        d.column = column;
        self.report.problems.push(d);
    }

    fn problem(&mut self, rule: Rule, key: &str, value: &Value, message: String, hint: &str) {
        let (line, column) = self.position_of(key, value);
        let mut d = self.file.diagnostic(rule, 0..0, message, hint.to_string());
        d.line = line;
        d.column = column;
        self.report.problems.push(d);
    }

    /// A string member, cleaned of control characters (reported).
    fn text(&mut self, v: &Value, key: &str) -> String {
        let Some(raw) = v.get(key) else {
            return String::new();
        };
        let s = match raw {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return String::new(),
        };
        let (clean, changed) = crate::sanitize::strip_escapes(s.trim());
        if changed {
            self.problem(CONTROL_CHARS, key, raw, format!("`{key}` holds control characters or terminal escape sequences; they were removed"), "remove them at the source");
        }
        clean
    }

    fn coordinate(&mut self, loc: &Value, key: &str, max: f64) -> Option<f64> {
        let raw = self.text(loc, key);
        match parse_coordinate(&raw, max) {
            Ok(v) => v,
            Err(()) => {
                let value = loc.get(key).cloned().unwrap_or(Value::Null);
                self.problem(
                    BAD_NUMBER,
                    key,
                    &value,
                    format!(
                        "`{key}`: `{}` is not a valid coordinate; ignored",
                        terminal_safe(&raw)
                    ),
                    "decimal degrees: latitude -90..90, longitude -180..180",
                );
                None
            }
        }
    }
}

fn arr<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// Imports one JSON file.
pub fn import_json(path: &Path) -> (Directory, ImportReport) {
    let empty = SourceFile::new(path, String::new());
    let mut report = ImportReport::default();
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                report.problems.push(empty.diagnostic(
                    NOT_UTF8,
                    0..0,
                    "the file is not valid UTF-8".to_string(),
                    "save it as UTF-8".to_string(),
                ));
                return (Directory::default(), report);
            }
        },
        Err(e) => {
            report.problems.push(empty.diagnostic(
                MISSING_FILE,
                0..0,
                format!("cannot read the file: {e}"),
                None,
            ));
            return (Directory::default(), report);
        }
    };
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            let mut d = empty.diagnostic(
                BAD_JSON,
                0..0,
                format!("not valid JSON: {e}"),
                "check the syntax at this position".to_string(),
            );
            d.line = e.line();
            d.column = e.column();
            report.problems.push(d);
            return (Directory::default(), report);
        }
    };
    let mut cx = Ctx {
        file: SourceFile::new(path, text),
        report,
        anchor: 0,
    };
    let mut b = Builder::default();

    // Which shape is it? (service, extra location/phones/schedules from the document, org)
    let mut items: Vec<(&Value, Option<&Value>, Option<String>)> = Vec::new();
    match &doc {
        Value::Array(list) => items.extend(list.iter().map(|v| (v, None, None))),
        Value::Object(o) if o.contains_key("contents") => {
            items.extend(arr(&doc, "contents").map(|v| (v, None, None)))
        }
        Value::Object(o) if o.contains_key("services") => {
            let org = cx.text(&doc, "name");
            items.extend(arr(&doc, "services").map(|v| (v, None, Some(org.clone()))));
        }
        Value::Object(o) if o.contains_key("service") && o.contains_key("location") => {
            items.push((&doc["service"], Some(&doc), None));
        }
        _ => items.push((&doc, None, None)),
    }
    let mut count = TableCount {
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
        ..TableCount::default()
    };
    // Where the next service is looked for: after the one before it.
    let mut cursor = 0;
    for (v, sal_doc, org) in items {
        count.rows += 1;
        let id_value = v.get("id").cloned().unwrap_or(Value::Null);
        cx.anchor_at(v, cursor);
        let service_at = cx.anchor;
        cursor = cx.anchor + 1;
        let id = cx.text(v, "id").to_ascii_lowercase();
        if !is_uuid(&id) {
            let what = match &id_value {
                Value::Null => "`id` is missing".to_string(),
                Value::String(_) => format!("`id` `{}` is not a UUID", terminal_safe(&id)),
                Value::Array(_) => "`id` is a list, expected one UUID string".to_string(),
                Value::Object(_) => "`id` is an object, expected a UUID string".to_string(),
                other => format!(
                    "`id` {} is not a UUID string",
                    terminal_safe(&other.to_string())
                ),
            };
            // At the `"id"` member, or the service's `"name"` when it has no id.
            let at = service_at;
            cx.problem_at(
                BAD_UUID,
                at,
                what,
                "HSDS 3.0 identifiers are UUIDs; an HSDS 1.x or other shape needs converting first (lantern reads HSDS 1.x as CSV packages)",
            );
            count.skipped += 1;
            continue;
        }
        let status_raw = cx.text(v, "status");
        let Some(status) = Status::parse(&status_raw) else {
            let sv = v.get("status").cloned().unwrap_or(Value::Null);
            cx.problem(
                BAD_ENUM,
                "status",
                &sv,
                format!(
                    "`status` `{}` is not active, inactive, defunct or temporarily closed",
                    terminal_safe(&status_raw)
                ),
                "use one of the HSDS status values",
            );
            count.skipped += 1;
            continue;
        };
        if b.has(&id) {
            cx.problem_at(
                DUPLICATE_ID,
                service_at,
                "duplicate service id".into(),
                "ids must be unique; the first was kept",
            );
            count.skipped += 1;
            continue;
        }
        let org_name = match org {
            Some(o) => o,
            None => match v.get("organization") {
                Some(o) => cx.text(o, "name"),
                None => String::new(),
            },
        };
        let ages = [
            parse_age(&cx.text(v, "minimum_age")).unwrap_or(None),
            parse_age(&cx.text(v, "maximum_age")).unwrap_or(None),
        ];
        let (name, description, eligibility, interpretation, fees) = (
            cx.text(v, "name"),
            cx.text(v, "description"),
            cx.text(v, "eligibility_description"),
            cx.text(v, "interpretation_services"),
            cx.text(v, "fees_description"),
        );
        b.add_service(
            id.clone(),
            name,
            org_name,
            description,
            eligibility,
            status,
            ages,
            interpretation,
            fees,
        );
        for l in arr(v, "languages") {
            let mut code = cx.text(l, "code").to_ascii_lowercase();
            if code.is_empty() {
                // 3.0 requires only a language's `id`: a name may still say which it is.
                match super::datapackage::language_code(&cx.text(l, "name")) {
                    Some(c) => code = c,
                    None => continue,
                }
            }
            if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase()) {
                let cv = l.get("code").cloned().unwrap_or(Value::Null);
                cx.problem(
                    BAD_ENUM,
                    "code",
                    &cv,
                    format!(
                        "language `code` `{}` is not an ISO 639 code",
                        terminal_safe(&code)
                    ),
                    "two or three letters, e.g. es, vi, zh",
                );
                continue;
            }
            b.with(&id, |svc| {
                if !svc.languages.contains(&code) {
                    svc.languages.push(code.clone())
                }
            });
        }
        let phone_sources: Vec<&Value> = std::iter::once(v).chain(sal_doc).collect();
        for src in &phone_sources {
            for p in arr(src, "phones") {
                let phone = Phone {
                    number: cx.text(p, "number").trim_matches('"').to_string(),
                    kind: cx.text(p, "type"),
                };
                b.with(&id, |svc| svc.phones.push(phone));
            }
            for sch in arr(src, "schedules") {
                if let (Some(o), Some(c)) = (
                    parse_time(&cx.text(sch, "opens_at")),
                    parse_time(&cx.text(sch, "closes_at")),
                ) {
                    let days = cx.text(sch, "byday");
                    let raw_offset = cx.text(sch, "timezone");
                    let utc_offset = match super::build::parse_utc_offset(&raw_offset) {
                        Ok(off) => off,
                        Err(()) => {
                            let tv = sch.get("timezone").cloned().unwrap_or(Value::Null);
                            cx.problem(
                                BAD_NUMBER,
                                "timezone",
                                &tv,
                                format!(
                                    "`timezone`: `{}` is not a UTC offset in hours; the region's time zone is used",
                                    terminal_safe(&raw_offset)
                                ),
                                "a number of hours from UTC, e.g. -7 or 5.5",
                            );
                            None
                        }
                    };
                    let openings: Vec<Opening> = parse_days(&days)
                        .into_iter()
                        .map(|day| Opening {
                            day,
                            opens: o,
                            closes: c,
                            utc_offset,
                        })
                        .collect();
                    b.with(&id, |svc| svc.openings.extend(openings));
                }
            }
        }
        for a in arr(v, "service_areas") {
            let name = cx.text(a, "name");
            if !name.is_empty() {
                b.with(&id, |svc| svc.areas.push(name));
            }
        }
        // The service's own locations come after it in the file; a service-at-location
        // document's location is at its top level.
        let locations: Vec<(&Value, usize)> = arr(v, "service_at_locations")
            .filter_map(|sal| sal.get("location"))
            .map(|l| (l, service_at))
            .chain(sal_doc.and_then(|d| d.get("location")).map(|l| (l, 0)))
            .collect();
        for (loc, from) in locations {
            cx.anchor_at(loc, from);
            let address = match arr(loc, "addresses").next() {
                Some(a) => ["address_1", "city", "state_province", "postal_code"]
                    .iter()
                    .map(|k| cx.text(a, k))
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                None => String::new(),
            };
            let location = Location {
                name: cx.text(loc, "name"),
                address,
                latitude: cx.coordinate(loc, "latitude", 90.0),
                longitude: cx.coordinate(loc, "longitude", 180.0),
                accessibility: arr(loc, "accessibility")
                    .map(|x| cx.text(x, "description"))
                    .collect(),
            };
            b.with(&id, |svc| svc.locations.push(location));
        }
        for a in arr(v, "attributes") {
            if let Some(term) = a.get("taxonomy_term") {
                let taxonomy = match term.get("taxonomy_detail") {
                    Some(t) => {
                        let n = cx.text(t, "name");
                        if n.is_empty() { cx.text(t, "id") } else { n }
                    }
                    None => cx.text(term, "taxonomy"),
                };
                let (tid, code) = (
                    cx.text(term, "id").to_ascii_lowercase(),
                    cx.text(term, "code"),
                );
                b.link_term(&id, &tid, &code, &taxonomy);
            }
        }
    }
    if count.rows == 0 {
        let mut d = cx.file.diagnostic(
            NO_SERVICES,
            0..0,
            "the document has no service".to_string(),
            "a service, a list of services or an organization with services".to_string(),
        );
        d.line = 1;
        cx.report.problems.push(d);
    }
    cx.report.services_read = count.rows;
    cx.report.tables.push(count);
    let (dir, inferred) = b.build(path.display().to_string());
    cx.report.services = dir.services.len();
    cx.report.inferred = inferred;
    (dir, cx.report)
}
