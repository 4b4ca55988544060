//! What an import found: every problem with file, row and column name; rows kept and
//! skipped per table.

use crate::diagnostic::{Diagnostic, Rule, Severity};

macro_rules! rules {
    ($($name:ident = $code:literal, $slug:literal, $sev:ident;)*) => {
        $(pub const $name: Rule = Rule { code: $code, name: $slug, severity: Severity::$sev };)*
    };
}

rules! {
    MISSING_FILE = "D001", "missing-file", Error;
    MISSING_COLUMN = "D002", "missing-column", Error;
    BAD_UUID = "D003", "bad-uuid", Error;
    DANGLING = "D004", "dangling-reference", Error;
    BAD_ENUM = "D005", "bad-value", Error;
    NOT_UTF8 = "D006", "not-utf8", Error;
    TOO_LONG = "D007", "field-too-long", Error;
    CONTROL_CHARS = "D008", "control-characters", Warning;
    BAD_NUMBER = "D009", "bad-number", Warning;
    DUPLICATE_ID = "D010", "duplicate-id", Error;
    CSV_SYNTAX = "D011", "csv-syntax", Error;
    BAD_JSON = "D012", "bad-json", Error;
    NO_SERVICES = "D013", "no-services", Error;
    HSDS_1X = "D014", "hsds-1x", Warning;
    PARTIAL = "D015", "partial-export", Warning;
}

/// Rows read and skipped in one table.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct TableCount {
    pub file: String,
    pub rows: usize,
    pub skipped: usize,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ImportReport {
    pub problems: Vec<Diagnostic>,
    pub tables: Vec<TableCount>,
    pub services: usize,
    /// Service rows (or objects) the package has, kept or skipped.
    pub services_read: usize,
    /// Services whose categories were inferred from their text (no lantern taxonomy).
    pub inferred: usize,
    /// The HSDS the package was read as.
    pub version: super::datapackage::HsdsVersion,
}

impl ImportReport {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }
    pub fn skipped(&self) -> usize {
        self.tables.iter().map(|t| t.skipped).sum()
    }

    /// Services the package has that were not kept.
    pub fn services_lost(&self) -> usize {
        self.services_read.saturating_sub(self.services)
    }

    /// Whether installing this would lose more of the package's services than `max_share`
    /// (0.1 = a tenth): a broken export must not quietly replace a working directory.
    pub fn too_partial(&self, max_share: f64) -> bool {
        self.services == 0 || self.services_lost() as f64 > self.services_read as f64 * max_share
    }
}

/// The share of a package's services an import may lose and still be installed without
/// `--accept-partial`.
pub const MAX_LOST_SHARE: f64 = 0.10;

/// Longest field accepted: anything longer is a broken export, not a description.
pub const MAX_FIELD_CHARS: usize = 10_000;

pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}
