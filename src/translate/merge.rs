//! Bringing a translated PO file back: the checks every entry goes through (shared with
//! catalog_merge.rs), and the merge into a protocol's TOML, where only the values that
//! changed are written.

use std::collections::HashMap;
use std::path::Path;

use toml_edit::DocumentMut;

use super::po::{Catalog as Po, Entry};
use super::protocol_texts::{self, Text};
use super::{FUZZY, SOURCE_CHANGED, Sources, TRANSLATION_BREAKS_PROTOCOL, UNKNOWN_TEXT};
use crate::diagnostic::{Diagnostic, Rule};

/// What an import did, or would do.
#[derive(Debug, Default)]
pub struct ImportOutcome {
    /// The file's new text; `None` when nothing changes (or nothing may be written).
    pub new_text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub changed: usize,
    pub unchanged: usize,
    pub untranslated: usize,
    pub fuzzy: usize,
    pub refused: usize,
    /// The merged file would not be valid: nothing may be written, the lock included.
    pub blocked: bool,
    /// The protocol does not list the language yet (`[protocol] languages`).
    pub undeclared: bool,
}

impl ImportOutcome {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

fn at(
    po_path: &Path,
    rule: Rule,
    line: usize,
    message: String,
    hint: Option<String>,
) -> Diagnostic {
    Diagnostic {
        code: rule.code,
        rule: rule.name,
        severity: rule.severity,
        file: po_path.to_path_buf(),
        line: line.max(1),
        column: 1,
        message,
        hint,
    }
}

/// The checks every entry goes through; `Some(translation)` when it is to be taken.
pub(super) struct Checker<'a> {
    pub(super) po_path: &'a Path,
    pub(super) export_hint: String,
    pub(super) out: ImportOutcome,
}

impl Checker<'_> {
    /// The entry's translation when it may be taken, given the current source text.
    pub(super) fn take<'e>(
        &mut self,
        e: &'e Entry,
        current_source: Option<&str>,
    ) -> Option<&'e str> {
        let ctx = e.context.as_deref().unwrap_or("");
        if e.is_fuzzy() {
            self.out.fuzzy += 1;
            self.out.diagnostics.push(at(
                self.po_path,
                FUZZY,
                e.line,
                format!("`{ctx}` is marked fuzzy: not imported"),
                Some("check the translation against its source, remove the fuzzy mark in your tool, and import again".into()),
            ));
            return None;
        }
        let Some(current) = current_source else {
            self.out.refused += 1;
            self.out.diagnostics.push(at(
                self.po_path,
                UNKNOWN_TEXT,
                e.line,
                format!("`{ctx}` is not a text of this file any more (removed or renamed since the export)"),
                Some(self.export_hint.clone()),
            ));
            return None;
        };
        if e.source != current {
            self.out.refused += 1;
            self.out.diagnostics.push(at(
                self.po_path,
                SOURCE_CHANGED,
                e.source_line,
                format!("the source text of `{ctx}` changed since this file was exported: its translation was not imported"),
                Some(self.export_hint.clone()),
            ));
            return None;
        }
        if e.translation.is_empty() {
            self.out.untranslated += 1;
            return None;
        }
        Some(e.translation.as_str())
    }

    pub(super) fn refuse(
        &mut self,
        rule: Rule,
        line: usize,
        message: String,
        hint: Option<String>,
    ) {
        self.out.refused += 1;
        self.out
            .diagnostics
            .push(at(self.po_path, rule, line, message, hint));
    }
}

/// Merges `po` (in `lang`) into the protocol file `toml_text`. `file` is the protocol's
/// name in the lock; `display` its path in messages. The lock records each translation
/// taken; the caller writes it only when the protocol is written.
pub fn import_protocol(
    po: &Po,
    po_path: &Path,
    toml_text: &str,
    display: &Path,
    file: &str,
    lang: &str,
    locks: &mut Sources,
) -> ImportOutcome {
    let mut c = Checker {
        po_path,
        export_hint: format!(
            "export the file again (`lantern translate export --lang {lang} …`) to see the current text"
        ),
        out: ImportOutcome::default(),
    };
    let mut doc: DocumentMut = match toml_text.parse() {
        Ok(d) => d,
        Err(e) => {
            c.refuse(
                TRANSLATION_BREAKS_PROTOCOL,
                1,
                format!("{} is not TOML lantern can read: {e}", display.display()),
                None,
            );
            return c.out;
        }
    };
    let source = protocol_texts::source_language(doc.as_table());
    let all: Vec<Text> = protocol_texts::texts(doc.as_table(), &source);
    let by_path: HashMap<&str, &Text> = all.iter().map(|t| (t.path.as_str(), t)).collect();
    let mut sets: Vec<(&Text, &str)> = Vec::new();
    for e in &po.entries {
        let text = e.context.as_deref().and_then(|p| by_path.get(p).copied());
        let Some(tr) = c.take(e, text.and_then(|t| t.get(&source))) else {
            continue;
        };
        let Some(text) = text else { continue };
        locks.record(
            file,
            lang,
            &text.path,
            text.get(&source).unwrap_or_default(),
        );
        if text.get(lang) == Some(tr) {
            c.out.unchanged += 1;
        } else {
            sets.push((text, tr));
        }
    }
    for (text, tr) in &sets {
        if protocol_texts::set(&mut doc, text, lang, tr) {
            c.out.changed += 1;
        }
    }
    if c.out.changed == 0 {
        return c.out;
    }
    // A language comes in undeclared: `languages` lists it once every text is there (lint
    // refuses a listed language with a text missing, P008; an unlisted one is a warning).
    c.out.undeclared = !declares(&doc, lang);
    let new_text = doc.to_string();
    // The merged protocol must still pass lint (P017's words for a determination, for
    // one). Errors the file already had are not the translation's: they do not block it.
    let lint_errors = |text: &str| -> Vec<Diagnostic> {
        let file = crate::diagnostic::SourceFile::new(display, text.to_string());
        match crate::protocol::load_source(&file) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .diagnostics
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect(),
        }
    };
    let before: Vec<(&str, String)> = lint_errors(toml_text)
        .into_iter()
        .map(|d| (d.code, d.message))
        .collect();
    let errors: Vec<Diagnostic> = lint_errors(&new_text)
        .into_iter()
        .filter(|d| !before.contains(&(d.code, d.message.clone())))
        .collect();
    if errors.is_empty() {
        c.out.new_text = Some(new_text);
    } else {
        c.out.blocked = true;
        c.refuse(
            TRANSLATION_BREAKS_PROTOCOL,
            1,
            format!(
                "with these translations {} would not pass `lantern lint` (below, positions in the merged file): nothing was written",
                display.display()
            ),
            None,
        );
        c.out.diagnostics.extend(errors);
    }
    c.out
}

/// Whether `[protocol] languages` lists `lang`.
fn declares(doc: &DocumentMut, lang: &str) -> bool {
    doc.get("protocol")
        .and_then(|p| p.get("languages"))
        .and_then(toml_edit::Item::as_array)
        .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(lang)))
}
