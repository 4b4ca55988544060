//! Reading one CSV table of a datapackage: header, rows with their line numbers, cleaned
//! text, and the problems found on the way (file, line, column name).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::report::*;
use crate::diagnostic::{Rule, SourceFile};

/// One CSV table, read with its header.
pub(super) struct Table {
    pub file: PathBuf,
    pub name: String,
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
}

pub(super) struct Row {
    pub line: usize,
    cells: Vec<String>,
}

impl Table {
    pub(super) fn col(&self, row: &Row, name: &str) -> String {
        self.columns
            .get(name)
            .and_then(|&i| row.cells.get(i))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    }
    pub(super) fn has(&self, name: &str) -> bool {
        self.columns.contains_key(name)
    }
    pub(super) fn column_number(&self, name: &str) -> usize {
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

pub(super) struct Importer<'a> {
    pub report: ImportReport,
    /// Service rows that were skipped, so that rows pointing at them say why.
    pub skipped_services: std::collections::HashSet<String>,
    /// HSDS 1.x takes ids as given; 3.0 requires UUIDs.
    pub version: super::datapackage::HsdsVersion,
    /// Told of each table as it starts being read (its name and size in bytes).
    pub progress: &'a dyn Fn(&str, u64),
}

impl Importer<'_> {
    pub(super) fn problem(
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
    pub(super) fn read(
        &mut self,
        dir: &dyn super::import_csv::Package,
        file_name: &str,
        required: &[&str],
        mandatory: bool,
    ) -> Option<Table> {
        let file = dir.path(file_name);
        let Some(bytes) = dir.read(file_name) else {
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
        (self.progress)(file_name, bytes.len() as u64);
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
                let (clean, changed) = crate::sanitize::strip_escapes(text);
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

    pub(super) fn skip(&mut self, table: &str) {
        if let Some(t) = self.report.tables.iter_mut().find(|t| t.file == table) {
            t.skipped += 1;
        }
    }

    /// Checks that `column` of `row` is a UUID (HSDS 1.x: any id); reports and returns None
    /// otherwise.
    pub(super) fn uuid(&mut self, t: &Table, row: &Row, column: &str) -> Option<String> {
        let v = t.col(row, column);
        if self.version == super::datapackage::HsdsVersion::V1 {
            if v.is_empty() {
                self.problem(
                    BAD_UUID,
                    &t.file,
                    row.line,
                    t.column_number(column),
                    format!("column `{column}` is empty"),
                    "every row needs its id",
                );
                return None;
            }
            return Some(v.to_ascii_lowercase());
        }
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

    pub(super) fn dangling(&mut self, t: &Table, row: &Row, column: &str, target: &str) {
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
