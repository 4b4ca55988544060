//! Positioned problems in files users write (protocols, settings, answer scripts), printed
//! the way compilers do: `file:line:col: error[CODE]: message` and a hint on how to fix it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::sanitize::terminal_safe;

pub mod toml_doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A lint rule: a stable code, a short name (see docs/protocol-format.md) and its severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
}

impl Rule {
    pub const fn new(code: &'static str, name: &'static str, severity: Severity) -> Rule {
        Rule {
            code,
            name,
            severity,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // Messages quote file content: neutralize control characters before printing.
        write!(
            f,
            "{}:{}:{}: {sev}[{}]: {}",
            terminal_safe(&self.file.display().to_string()),
            self.line,
            self.column,
            self.code,
            terminal_safe(&self.message)
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\n  = hint: {}", terminal_safe(h))?;
        }
        Ok(())
    }
}

/// A file's text with its line starts, to turn byte offsets into line:column.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl AsRef<Path>, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.as_ref().to_path_buf(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }

    pub fn diagnostic(
        &self,
        rule: Rule,
        span: Range<usize>,
        message: impl Into<String>,
        hint: impl Into<Option<String>>,
    ) -> Diagnostic {
        let (line, column) = self.position(span.start);
        Diagnostic {
            code: rule.code,
            rule: rule.name,
            severity: rule.severity,
            file: self.path.clone(),
            line,
            column,
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let f = SourceFile::new("x.toml", "ab\nñé = 1\n".to_string());
        assert_eq!(f.position(0), (1, 1));
        assert_eq!(f.position(3), (2, 1));
        // "ñé" is 4 bytes; the '=' is the 4th character of line 2.
        assert_eq!(f.position(3 + 5), (2, 4));
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(did_you_mean("tittle", ["title", "text"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "text"]), None);
    }
}
