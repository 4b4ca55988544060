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
    /// Services whose categories were inferred from their text (no lantern taxonomy).
    pub inferred: usize,
}

impl ImportReport {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }
    pub fn skipped(&self) -> usize {
        self.tables.iter().map(|t| t.skipped).sum()
    }
}

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
