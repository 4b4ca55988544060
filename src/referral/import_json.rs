//! Importing HSDS 3.0 JSON documents: a service with its nested objects, a list page
//! (`{"contents": [...]}`) or a plain array of services, an organization with `services`,
//! or a service-at-location document.

use std::path::Path;

use serde_json::Value;

use super::build::{Builder, clean_text, parse_age, parse_coordinate, parse_days, parse_time};
use super::model::{Directory, Location, Opening, Phone, Status};
use super::report::*;
use crate::diagnostic::SourceFile;

fn s(v: &Value, key: &str) -> String {
    let raw = match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    clean_text(raw.trim()).0
}

fn arr<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// Imports one JSON file. Problems are reported with the file and the JSON path.
pub fn import_json(path: &Path) -> (Directory, ImportReport) {
    let mut report = ImportReport::default();
    let mut b = Builder::default();
    let src = SourceFile::new(path, String::new());
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                report.problems.push(src.diagnostic(
                    NOT_UTF8,
                    0..0,
                    "the file is not valid UTF-8".to_string(),
                    "save it as UTF-8".to_string(),
                ));
                return (Directory::default(), report);
            }
        },
        Err(e) => {
            report.problems.push(src.diagnostic(
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
            let file = SourceFile::new(path, text.clone());
            let mut d = file.diagnostic(
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
    // Which shape is it?
    let mut items: Vec<(String, &Value, Option<String>)> = Vec::new();
    match &doc {
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                items.push((format!("[{i}]"), v, None));
            }
        }
        Value::Object(o) if o.contains_key("contents") => {
            for (i, v) in arr(&doc, "contents").enumerate() {
                items.push((format!("contents[{i}]"), v, None));
            }
        }
        Value::Object(o) if o.contains_key("services") => {
            let org = s(&doc, "name");
            for (i, v) in arr(&doc, "services").enumerate() {
                items.push((format!("services[{i}]"), v, Some(org.clone())));
            }
        }
        Value::Object(o) if o.contains_key("service") && o.contains_key("location") => {
            items.push(("service".into(), &doc["service"], None));
        }
        _ => items.push(("$".into(), &doc, None)),
    }
    let mut count = TableCount {
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
        ..TableCount::default()
    };
    for (at, v, org) in items {
        count.rows += 1;
        let problem = |rule, msg: String, report: &mut ImportReport| {
            report
                .problems
                .push(src.diagnostic(rule, 0..0, format!("{at}: {msg}"), None));
        };
        let id = s(v, "id").to_ascii_lowercase();
        if !is_uuid(&id) {
            problem(
                BAD_UUID,
                format!(
                    "`id` `{}` is not a UUID",
                    crate::sanitize::terminal_safe(&id)
                ),
                &mut report,
            );
            count.skipped += 1;
            continue;
        }
        let Some(status) = Status::parse(&s(v, "status")) else {
            problem(
                BAD_ENUM,
                format!(
                    "`status` `{}` is not an HSDS status",
                    crate::sanitize::terminal_safe(&s(v, "status"))
                ),
                &mut report,
            );
            count.skipped += 1;
            continue;
        };
        if b.has(&id) {
            problem(DUPLICATE_ID, "duplicate service id".into(), &mut report);
            count.skipped += 1;
            continue;
        }
        let org_name = org.unwrap_or_else(|| {
            v.get("organization")
                .map(|o| s(o, "name"))
                .unwrap_or_default()
        });
        let age = |k: &str| parse_age(&s(v, k)).unwrap_or(None);
        b.add_service(
            id.clone(),
            s(v, "name"),
            org_name,
            s(v, "description"),
            s(v, "eligibility_description"),
            status,
            [age("minimum_age"), age("maximum_age")],
            s(v, "interpretation_services"),
            s(v, "fees_description"),
        );
        for l in arr(v, "languages") {
            let code = s(l, "code").to_ascii_lowercase();
            if (2..=3).contains(&code.len()) {
                b.with(&id, |svc| {
                    if !svc.languages.contains(&code) {
                        svc.languages.push(code.clone())
                    }
                });
            }
        }
        for p in arr(v, "phones") {
            let phone = Phone {
                number: s(p, "number").trim_matches('"').to_string(),
                kind: s(p, "type"),
            };
            b.with(&id, |svc| svc.phones.push(phone));
        }
        for sch in arr(v, "schedules") {
            if let (Some(o), Some(c)) = (
                parse_time(&s(sch, "opens_at")),
                parse_time(&s(sch, "closes_at")),
            ) {
                let openings: Vec<Opening> = parse_days(&s(sch, "byday"))
                    .into_iter()
                    .map(|day| Opening {
                        day,
                        opens: o,
                        closes: c,
                    })
                    .collect();
                b.with(&id, |svc| svc.openings.extend(openings));
            }
        }
        for a in arr(v, "service_areas") {
            let name = s(a, "name");
            if !name.is_empty() {
                b.with(&id, |svc| svc.areas.push(name));
            }
        }
        for sal in arr(v, "service_at_locations") {
            if let Some(loc) = sal.get("location") {
                let coord = |k: &str, max: f64| parse_coordinate(&s(loc, k), max).unwrap_or(None);
                let address = arr(loc, "addresses")
                    .next()
                    .map(|a| {
                        ["address_1", "city", "state_province", "postal_code"]
                            .iter()
                            .map(|k| s(a, k))
                            .filter(|x| !x.is_empty())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                let location = Location {
                    name: s(loc, "name"),
                    address,
                    latitude: coord("latitude", 90.0),
                    longitude: coord("longitude", 180.0),
                    accessibility: arr(loc, "accessibility")
                        .map(|x| s(x, "description"))
                        .collect(),
                };
                b.with(&id, |svc| svc.locations.push(location));
            }
        }
        for a in arr(v, "attributes") {
            if let Some(term) = a.get("taxonomy_term") {
                let taxonomy = term
                    .get("taxonomy_detail")
                    .map(|t| {
                        let n = s(t, "name");
                        if n.is_empty() { s(t, "id") } else { n }
                    })
                    .unwrap_or_else(|| s(term, "taxonomy"));
                b.link_term(
                    &id,
                    &s(term, "id").to_ascii_lowercase(),
                    &s(term, "code"),
                    &taxonomy,
                );
            }
        }
    }
    report.tables.push(count);
    let (dir, inferred) = b.build(path.display().to_string());
    report.services = dir.services.len();
    report.inferred = inferred;
    (dir, report)
}
