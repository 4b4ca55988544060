//! The settings file. Everything that differs between organizations lives here, never in code:
//! who must report what about minors is state law, response steps are the organization's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::Deserialize;
use thiserror::Error;

use super::sync_targets::SyncSettings;
use crate::diagnostic::toml_doc::{self, TomlRules};
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile};

/// The settings lantern uses until the organization writes its own (`lantern config init`
/// copies this file). Its jurisdiction says plainly that it must be replaced.
pub const EXAMPLE_SETTINGS: &str = include_str!("example-settings.toml");

/// The example without its `#:schema` line, which names a path in lantern's repository: what
/// `config init` and `org init` write (with a schema line of their own when one is at hand).
pub fn example_settings_body() -> &'static str {
    match EXAMPLE_SETTINGS.split_once('\n') {
        Some((first, rest)) if first.starts_with("#:schema") => rest,
        _ => EXAMPLE_SETTINGS,
    }
}

/// Text per language (BCP 47 tag -> text).
pub(super) type Localized = BTreeMap<String, String>;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(title = "lantern settings")]
#[schemars(deny_unknown_fields)]
pub struct SettingsFile {
    pub organization: Organization,
    pub jurisdiction: Jurisdiction,
    /// Shown after a protocol's own steps whenever an urgent flag is raised.
    #[serde(default)]
    pub response_steps: Vec<Localized>,
    /// Numbers the worker may need during or after a screening (hotline first).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub region: Option<Region>,
    #[serde(default)]
    pub session: Session,
    #[serde(default)]
    pub referrals: ReferralSettings,
    #[serde(default)]
    pub outbox: Outbox,
    #[serde(default)]
    pub sync: SyncSettings,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Jurisdiction {
    pub name: String,
    /// True only in the shipped example: lantern then reminds everyone to replace it.
    #[serde(default)]
    pub is_example: bool,
    /// Read before any question of a protocol for minors: who must report what, to whom.
    pub minor_reporting_notice: Localized,
    /// The limits of confidentiality read to adults (protocols that ask for it): what the
    /// organization may have to share and when (danger to life, court orders, a person who
    /// turns out to be under 18...), as the organization's counsel wrote them.
    #[serde(default)]
    pub confidentiality_limits: Option<Localized>,
    /// Where the notice comes from (statute, counsel's memo), for the organization's records.
    #[serde(default)]
    pub legal_source: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Contact {
    pub label: Localized,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub sms: Option<String>,
    #[serde(default)]
    pub tty: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub note: Option<Localized>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Region {
    pub name: String,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    /// The region's time zone (IANA name, e.g. `America/Denver`): "open now" is judged in
    /// it, whatever the laptop's clock is set to. Absent: the laptop's own time zone.
    #[serde(default)]
    pub timezone: Option<String>,
}

impl Region {
    /// The time zone, when it is set and known (`config check` reports an unknown one).
    pub fn tz(&self) -> Option<chrono_tz::Tz> {
        self.timezone.as_deref()?.parse().ok()
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Session {
    /// Minutes without a key press before the screen locks (0 turns locking off).
    #[serde(default = "default_idle")]
    pub idle_timeout_minutes: u32,
    /// Days a screening in progress may wait on the laptop: at start-up, drafts untouched
    /// for longer are flagged and the worker is offered to discard them (absent or 0: no
    /// limit).
    #[serde(default)]
    pub drafts_kept_days: Option<u32>,
}

fn default_idle() -> u32 {
    5
}

impl Default for Session {
    fn default() -> Self {
        Session {
            idle_timeout_minutes: default_idle(),
            drafts_kept_days: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReferralSettings {
    /// Days a person's verbal consent to a warm hand-off holds (the day it is given counts
    /// as the first). It is recorded with each referral as `share_until`.
    #[serde(default = "default_consent_days")]
    pub consent_days: u32,
}

fn default_consent_days() -> u32 {
    30
}

impl Default for ReferralSettings {
    fn default() -> Self {
        ReferralSettings {
            consent_days: default_consent_days(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Outbox {
    /// Where encrypted records wait for `lantern sync`; default: the user's data folder.
    #[serde(default)]
    pub folder: Option<PathBuf>,
}

/// Settings in use, and where they came from.
#[derive(Debug, Clone)]
pub struct Settings {
    pub file: SettingsFile,
    /// None when the built-in example is in use.
    pub path: Option<PathBuf>,
}

impl Settings {
    pub fn example() -> Settings {
        // The shipped example is parsed by a unit test; failure here is a build defect.
        let file = toml::from_str(EXAMPLE_SETTINGS).expect("shipped example settings parse");
        Settings { file, path: None }
    }

    /// Text in `lang`, else English, else any.
    pub fn pick<'a>(text: &'a Localized, lang: &str) -> &'a str {
        let base = lang.split('-').next().unwrap_or(lang);
        text.get(lang)
            .or_else(|| text.get(base))
            .or_else(|| text.get("en"))
            .or_else(|| text.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

pub fn settings_schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(|| schemars::schema_for!(SettingsFile).to_value())
}

const RULES: TomlRules = TomlRules {
    syntax: Rule {
        code: "C001",
        name: "toml-syntax",
        severity: Severity::Error,
    },
    unknown_key: Rule {
        code: "C002",
        name: "unknown-key",
        severity: Severity::Error,
    },
    invalid_value: Rule {
        code: "C003",
        name: "invalid-value",
        severity: Severity::Error,
    },
};

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read the settings file {}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
}

/// Loads settings from `explicit` (must exist), else from `default_path` if it exists, else
/// the built-in example.
pub fn load_settings(
    explicit: Option<&Path>,
    default_path: Option<&Path>,
) -> Result<Settings, ConfigError> {
    let path = match (explicit, default_path) {
        (Some(p), _) => p.to_path_buf(),
        (None, Some(p)) if p.exists() => p.to_path_buf(),
        _ => return Ok(Settings::example()),
    };
    let bytes = std::fs::read(&path).map_err(|source| ConfigError::Read {
        path: path.clone(),
        source,
    })?;
    // Not UTF-8: say where, like any other problem in the file.
    let text =
        match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                let file = SourceFile::new(&path, valid);
                return Err(ConfigError::Invalid(vec![file.diagnostic(
                RULES.syntax,
                at..at,
                "the file is not UTF-8 text".to_string(),
                "save it as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")"
                    .to_string(),
            )]));
            }
        };
    let file = SourceFile::new(&path, text);
    let (parsed, diags) =
        toml_doc::parse::<SettingsFile>(&file, settings_schema(), RULES, "docs/config.md");
    match parsed {
        Some(f) if diags.is_empty() => {
            let problems = check(&f, &file);
            if problems.is_empty() {
                Ok(Settings {
                    file: f,
                    path: Some(path),
                })
            } else {
                Err(ConfigError::Invalid(problems))
            }
        }
        _ => Err(ConfigError::Invalid(diags)),
    }
}

const EMPTY_TEXT: Rule = Rule {
    code: "C004",
    name: "empty-text",
    severity: Severity::Error,
};

const BAD_NUMBER: Rule = Rule {
    code: "C005",
    name: "bad-number",
    severity: Severity::Error,
};

const UNKNOWN_TIMEZONE: Rule = Rule {
    code: "C007",
    name: "unknown-timezone",
    severity: Severity::Error,
};

const UNKNOWN_TARGET: Rule = Rule {
    code: "C006",
    name: "unknown-sync-target",
    severity: Severity::Error,
};

/// Checks beyond the types: texts that would be read to someone must not be empty, and
/// numbers must be real ones (TOML allows `nan` and `inf`; a `nan` latitude made every
/// service "0 km away").
fn check(f: &SettingsFile, file: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(r) = &f.region {
        for (name, value, max) in [
            ("latitude", r.latitude, 90.0),
            ("longitude", r.longitude, 180.0),
        ] {
            if let Some(v) = value
                && !(v.is_finite() && v.abs() <= max)
            {
                let at = file.text.find(&format!("{name} ")).unwrap_or(0);
                out.push(file.diagnostic(
                    BAD_NUMBER,
                    at..at,
                    format!("region.{name} = {v} is not a coordinate"),
                    format!("decimal degrees between -{max} and {max}, for example 39.75"),
                ));
            }
        }
        if let Some(tz) = &r.timezone
            && r.tz().is_none()
        {
            let at = file.text.find("timezone").unwrap_or(0);
            out.push(file.diagnostic(
                UNKNOWN_TIMEZONE,
                at..at,
                format!("region.timezone = {tz:?} is not a time zone lantern knows"),
                "an IANA time zone name, for example \"America/Denver\" or \"America/New_York\""
                    .to_string(),
            ));
        }
    }
    if let Some(d) = &f.sync.default
        && !f.sync.targets.iter().any(|t| &t.name == d)
    {
        let sync = file.text.find("[sync]").unwrap_or(0);
        let at = sync + file.text[sync..].find("default").unwrap_or(0);
        out.push(file.diagnostic(
            UNKNOWN_TARGET,
            at..at,
            format!("sync.default = {d:?} names no target in [[sync.targets]]"),
            "use the `name` of one of the [[sync.targets]] below it".to_string(),
        ));
    }
    let notice = &f.jurisdiction.minor_reporting_notice;
    if notice.is_empty() || notice.values().any(|t| t.trim().is_empty()) {
        let at = file.text.find("minor_reporting_notice").unwrap_or(0);
        out.push(
            file.diagnostic(
                EMPTY_TEXT,
                at..at,
                "the minors' mandatory-reporting notice is empty".to_string(),
                "write the notice your legal counsel approved, in every language you screen in"
                    .to_string(),
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_example_parses_and_says_it_is_an_example() {
        let s = Settings::example();
        assert!(s.file.jurisdiction.is_example);
        let notice = Settings::pick(&s.file.jurisdiction.minor_reporting_notice, "es-MX");
        assert!(notice.contains("EJEMPLO"));
    }

    #[test]
    fn shipped_example_has_no_unknown_keys() {
        let file = SourceFile::new("example.toml", EXAMPLE_SETTINGS.to_string());
        let (parsed, diags) =
            toml_doc::parse::<SettingsFile>(&file, settings_schema(), RULES, "docs/config.md");
        assert!(parsed.is_some());
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn bad_settings_are_positioned() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        std::fs::write(
            &p,
            EXAMPLE_SETTINGS.replace("[session]", "[session]\nidle_timout_minutes = 3"),
        )
        .unwrap();
        let Err(ConfigError::Invalid(d)) = load_settings(Some(&p), None) else {
            panic!("expected an error");
        };
        assert_eq!(d[0].code, "C002");
        assert!(
            d[0].hint
                .as_deref()
                .unwrap()
                .contains("idle_timeout_minutes")
        );
        let line = EXAMPLE_SETTINGS
            .lines()
            .position(|l| l == "[session]")
            .unwrap()
            + 2;
        assert_eq!((d[0].line, d[0].column), (line, 1));
    }

    #[test]
    fn the_region_time_zone_must_be_one_lantern_knows() {
        let s = Settings::example();
        let tz = s.file.region.as_ref().and_then(|r| r.tz());
        assert_eq!(tz, Some(chrono_tz::America::Denver));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        let bad = EXAMPLE_SETTINGS.replace("\"America/Denver\"", "\"Mountain Time\"");
        std::fs::write(&p, &bad).unwrap();
        let Err(ConfigError::Invalid(d)) = load_settings(Some(&p), None) else {
            panic!("expected an error");
        };
        assert_eq!(d[0].code, "C007");
        let line = bad.lines().position(|l| l.starts_with("timezone")).unwrap() + 1;
        assert_eq!((d[0].line, d[0].column), (line, 1));
    }

    #[test]
    fn the_default_sync_target_must_be_one_of_the_targets() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        let good = format!(
            "{EXAMPLE_SETTINGS}\n[sync]\ndefault = \"usb\"\n\n[[sync.targets]]\nname = \"usb\"\nto = \"/media/usb/lantern\"\n"
        );
        std::fs::write(&p, &good).unwrap();
        let s = load_settings(Some(&p), None).unwrap();
        assert_eq!(s.file.sync.targets[0].to, "/media/usb/lantern");

        let bad = good.replace("default = \"usb\"", "default = \"bucket\"");
        std::fs::write(&p, &bad).unwrap();
        let Err(ConfigError::Invalid(d)) = load_settings(Some(&p), None) else {
            panic!("expected an error");
        };
        assert_eq!(d[0].code, "C006");
        let line = bad
            .lines()
            .position(|l| l.starts_with("default = "))
            .unwrap()
            + 1;
        assert_eq!((d[0].line, d[0].column), (line, 1));
    }
}
