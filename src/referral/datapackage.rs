//! What a package says about itself: `datapackage.json`'s resources (where each table is)
//! and version, and whether the package is HSDS 1.x, the shape of most real 211 exports
//! (numeric ids, `services_at_location.csv`, `physical_address.csv`, `regular_schedule.csv`,
//! languages by name), which lantern reads by mapping it to the 3.0 model.

use std::collections::HashMap;

use super::import_csv::Package;

/// Which HSDS an import reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HsdsVersion {
    /// HSDS 3.0: UUID ids, lantern's native format.
    #[default]
    V3,
    /// HSDS 1.0 to 1.2 (and the 2.0 drafts): ids as given, the 1.x table names.
    V1,
}

/// Tables that only HSDS 1.x names so.
pub(super) const ONLY_1X: &[&str] = &[
    "services_at_location.csv",
    "physical_address.csv",
    "regular_schedule.csv",
];

/// Where each table of a package is, and what its `datapackage.json` says.
#[derive(Debug, Default)]
pub(super) struct Layout {
    /// Table file name (`services.csv`) -> path inside the package (`data/services.csv`).
    paths: HashMap<String, String>,
    /// `version` of datapackage.json, when it has one.
    pub version: Option<String>,
}

impl Layout {
    /// Reads `datapackage.json` when there is one. A resource whose path is not in the
    /// package is looked for beside datapackage.json (real packages copy the template's
    /// `resources/…` paths and ship the tables flat). Returns the problem when the file is
    /// not JSON: the tables are then read by their usual names.
    pub(super) fn read(pkg: &dyn Package) -> (Layout, Option<(usize, usize, String)>) {
        let mut lay = Layout::default();
        let Some(bytes) = pkg.read("datapackage.json") else {
            return (lay, None);
        };
        let v: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => return (lay, Some((e.line(), e.column(), e.to_string()))),
        };
        lay.version = match &v["version"] {
            serde_json::Value::String(s) => Some(s.trim().to_string()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        for r in v["resources"].as_array().into_iter().flatten() {
            let path = match &r["path"] {
                serde_json::Value::String(p) => p.clone(),
                serde_json::Value::Array(ps) => match ps.first().and_then(|p| p.as_str()) {
                    Some(p) => p.to_string(),
                    None => continue,
                },
                _ => continue,
            };
            // Only paths inside the package: never `..` or an absolute path.
            let path = path.trim_start_matches("./").to_string();
            if path.starts_with('/') || path.split(['/', '\\']).any(|p| p == "..") {
                continue;
            }
            let Some(name) = path.rsplit(['/', '\\']).next().map(str::to_string) else {
                continue;
            };
            if path != name && pkg.exists(&path) {
                lay.paths.insert(name, path);
            }
        }
        (lay, None)
    }

    /// Where table `name` is.
    pub(super) fn at(&self, name: &str) -> String {
        self.paths
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    /// The first of `names` the package has (else the first name, reported missing if
    /// needed).
    pub(super) fn find(&self, pkg: &dyn Package, names: &[&str]) -> String {
        names
            .iter()
            .map(|n| self.at(n))
            .find(|p| pkg.exists(p))
            .unwrap_or_else(|| self.at(names[0]))
    }

    /// Why this is an HSDS 1.x package, when the package says so itself: its version, or a
    /// table only 1.x has.
    pub(super) fn says_1x(&self, pkg: &dyn Package) -> Option<String> {
        if let Some(v) = &self.version
            && (v.starts_with("1.") || v.starts_with("2.") || v == "1" || v == "2")
        {
            return Some(format!("datapackage.json says version {v}"));
        }
        ONLY_1X
            .iter()
            .find(|n| pkg.exists(&self.at(n)))
            .map(|n| format!("it has `{n}`, a table only HSDS 1.x has"))
    }
}

/// An ISO 639 code from what a 1.x table (or a 3.0 row without `code`) says: a code
/// already, or an English or native language name. None when it is neither.
pub(super) fn language_code(s: &str) -> Option<String> {
    let t = s.trim().to_lowercase();
    if (2..=3).contains(&t.len()) && t.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(t);
    }
    let code = match t.as_str() {
        "english" => "en",
        "spanish" | "español" | "espanol" | "castilian" => "es",
        "chinese" | "mandarin" | "中文" | "cantonese" => "zh",
        "vietnamese" | "tiếng việt" => "vi",
        "korean" | "한국어" => "ko",
        "tagalog" | "filipino" => "tl",
        "french" | "français" => "fr",
        "haitian creole" | "kreyòl" | "creole" => "ht",
        "portuguese" | "português" => "pt",
        "russian" => "ru",
        "arabic" => "ar",
        "polish" => "pl",
        "hindi" => "hi",
        "urdu" => "ur",
        "japanese" => "ja",
        "german" => "de",
        "italian" => "it",
        "somali" => "so",
        "amharic" => "am",
        "swahili" => "sw",
        "nepali" => "ne",
        "burmese" => "my",
        "thai" => "th",
        "khmer" | "cambodian" => "km",
        "lao" => "lo",
        "hmong" => "hmn",
        "farsi" | "persian" => "fa",
        "dari" => "prs",
        "pashto" => "ps",
        "ukrainian" => "uk",
        "romanian" => "ro",
        "gujarati" => "gu",
        "punjabi" => "pa",
        "bengali" => "bn",
        "tigrinya" => "ti",
        "american sign language" | "asl" => "ase",
        "mixteco" | "mixtec" => "mix",
        "k'iche'" | "quiché" | "kiche" => "quc",
        "mam" => "mam",
        _ => return None,
    };
    Some(code.to_string())
}

/// A weekday by English name or abbreviation (Monday = 0). Numbers are refused: HSDS 1.x
/// does not say whether 1 is Sunday or Monday, and a wrong "open now" sends a person to a
/// closed door.
pub(super) fn weekday(s: &str) -> Option<u8> {
    let t = s.trim().to_ascii_lowercase();
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    days.iter()
        .position(|d| t.len() >= 2 && d.starts_with(&t))
        .map(|p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_names_and_codes() {
        assert_eq!(language_code("Spanish").as_deref(), Some("es"));
        assert_eq!(language_code(" ES ").as_deref(), Some("es"));
        assert_eq!(language_code("Español").as_deref(), Some("es"));
        assert_eq!(language_code("Klingon"), None);
        assert_eq!(language_code(""), None);
    }

    #[test]
    fn weekdays_by_name_never_by_number() {
        assert_eq!(weekday("Sunday"), Some(6));
        assert_eq!(weekday("mon"), Some(0));
        assert_eq!(weekday("TU"), Some(1));
        assert_eq!(weekday("1"), None);
        assert_eq!(weekday("s"), None);
    }
}
