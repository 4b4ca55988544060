//! Bringing a translated PO file back: each entry checked, then only the values that
//! changed written into the protocol TOML or the Fluent catalog.

use std::collections::HashMap;
use std::path::Path;

use toml_edit::DocumentMut;

use super::fluent_texts::{self, Message};
use super::po::{Catalog as Po, Entry};
use super::protocol_texts::{self, Text};
use super::{
    CATALOG_FILE, FLUENT_SYNTAX, FUZZY, SOURCE_CHANGED, Sources, TRANSLATION_BREAKS_PROTOCOL,
    UNKNOWN_TEXT, UNKNOWN_VARIABLE,
};
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
struct Checker<'a> {
    po_path: &'a Path,
    export_hint: String,
    out: ImportOutcome,
}

impl Checker<'_> {
    /// The entry's translation when it may be taken, given the current source text.
    fn take<'e>(&mut self, e: &'e Entry, current_source: Option<&str>) -> Option<&'e str> {
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

    fn refuse(&mut self, rule: Rule, line: usize, message: String, hint: Option<String>) {
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

/// Merges `po` (in `lang`) into the language's catalog `target` (its current text, or
/// `None` for a language that has none yet), against the English catalog `english`.
/// `others` are the other languages' catalogs: a variable one of them uses for a message
/// is one the program fills in (a register the English does not need), not a typo.
pub fn import_catalog(
    po: &Po,
    po_path: &Path,
    english: &str,
    target: Option<&str>,
    lang: &str,
    others: &[&str],
    locks: &mut Sources,
) -> ImportOutcome {
    let mut c = Checker {
        po_path,
        export_hint: format!(
            "export the file again (`lantern translate export --lang {lang} ui`) to see the current text"
        ),
        out: ImportOutcome::default(),
    };
    let english_msgs = fluent_texts::messages(english);
    let have = target.map(fluent_texts::messages).unwrap_or_default();
    let by_id: HashMap<&str, &Message> = english_msgs.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut known_vars: HashMap<String, Vec<String>> = english_msgs
        .iter()
        .map(|m| (m.id.clone(), fluent_texts::variables(&m.text)))
        .collect();
    for m in others.iter().flat_map(|t| fluent_texts::messages(t)) {
        if let Some(v) = known_vars.get_mut(&m.id) {
            v.extend(fluent_texts::variables(&m.text));
            v.sort();
            v.dedup();
        }
    }
    let mut changes: HashMap<String, String> = HashMap::new();
    for e in &po.entries {
        let en = e.context.as_deref().and_then(|id| by_id.get(id).copied());
        let Some(tr) = c.take(e, en.map(|m| m.text.as_str())) else {
            continue;
        };
        let Some(en) = en else { continue };
        if let Err(why) = fluent_texts::check(&en.id, tr) {
            c.refuse(
                FLUENT_SYNTAX,
                e.translation_line,
                format!("the translation of `{}` is not valid Fluent ({why}): not imported", en.id),
                Some("keep the { … } placeables and the [one]/*[other] variants as the source writes them".into()),
            );
            continue;
        }
        let known = known_vars.get(&en.id).cloned().unwrap_or_default();
        let unknown: Vec<String> = fluent_texts::variables(tr)
            .into_iter()
            .filter(|v| !known.contains(v))
            .collect();
        if !unknown.is_empty() {
            c.refuse(
                UNKNOWN_VARIABLE,
                e.translation_line,
                format!(
                    "the translation of `{}` uses {} that the program does not fill in: not imported",
                    en.id,
                    unknown.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(", ")
                ),
                Some(format!(
                    "the source uses {}",
                    if known.is_empty() { "no variables".to_string() } else { known.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(", ") }
                )),
            );
            continue;
        }
        locks.record(CATALOG_FILE, lang, &en.id, &en.text);
        if have.iter().any(|m| m.id == en.id && m.text == tr) {
            c.out.unchanged += 1;
        } else {
            changes.insert(en.id.clone(), tr.to_string());
        }
    }
    if changes.is_empty() {
        return c.out;
    }
    c.out.changed = changes.len();
    let new_text = match target {
        Some(t) => splice(t, &have, &english_msgs, &changes),
        None => new_catalog(lang, &english_msgs, &changes),
    };
    match fluent_syntax::parser::parse(new_text.as_str()) {
        Ok(_) => c.out.new_text = Some(new_text),
        Err(_) => {
            c.out.blocked = true;
            c.refuse(
                FLUENT_SYNTAX,
                1,
                "with these translations the catalog would not parse: nothing was written".into(),
                None,
            );
        }
    }
    c.out
}

/// `target` with the changed messages replaced where they are and the new ones inserted
/// after the message that comes before them in English.
fn splice(
    target: &str,
    have: &[Message],
    english: &[Message],
    changes: &HashMap<String, String>,
) -> String {
    // (byte offset, bytes to remove, text to put there), applied from the end.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut anchor = have.first().map_or(target.len(), |m| m.range.start);
    let mut pending = String::new();
    let flush = |edits: &mut Vec<(usize, usize, String)>, at: usize, pending: &mut String| {
        if !pending.is_empty() {
            edits.push((at, 0, std::mem::take(pending)));
        }
    };
    for en in english {
        match have.iter().find(|m| m.id == en.id) {
            Some(m) => {
                flush(&mut edits, anchor, &mut pending);
                if let Some(tr) = changes.get(&m.id) {
                    edits.push((
                        m.range.start,
                        m.range.len(),
                        fluent_texts::format(&m.id, tr),
                    ));
                }
                anchor = m.range.end;
            }
            None => {
                if let Some(tr) = changes.get(&en.id) {
                    pending.push_str(&fluent_texts::format(&en.id, tr));
                }
            }
        }
    }
    let mut out = target.to_string();
    if !pending.is_empty() {
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
        // After the last message the file has: at its end.
        edits.push((out.len(), 0, pending));
    }
    edits.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
    for (at, len, text) in edits {
        out.replace_range(at..at + len, &text);
    }
    out
}

/// A new language's catalog: a header, the draft status, and the translated messages in
/// the English order under the English group headings.
fn new_catalog(lang: &str, english: &[Message], changes: &HashMap<String, String>) -> String {
    let mut out = format!(
        "# lantern user interface: {lang}, translated from en/ui.ftl (imported from a PO file).\n\
         # Translation status: draft, awaiting review by a native speaker.\n\
         # Terms in {{ }} are variables filled in by the program: keep them as they are.\n\n\
         translation-status = draft\n"
    );
    let mut group: Option<&str> = None;
    for m in english {
        let Some(tr) = changes.get(&m.id) else {
            continue;
        };
        if m.group.as_deref() != group {
            group = m.group.as_deref();
            if let Some(g) = group {
                out.push_str(&format!("\n## {g}\n"));
            }
        }
        out.push_str(&fluent_texts::format(&m.id, tr));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_in_place_and_inserts_after_the_english_neighbour() {
        let english = "a = A\nb = B\nc = C\nd = D\n";
        let target = "# header\n\na = uno\n\n# about c\nc = tres\n";
        let en = fluent_texts::messages(english);
        let have = fluent_texts::messages(target);
        let changes: HashMap<String, String> = [
            ("b".to_string(), "dos".to_string()),
            ("c".to_string(), "TRES".to_string()),
            ("d".to_string(), "cuatro\ncinco".to_string()),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            splice(target, &have, &en, &changes),
            "# header\n\na = uno\nb = dos\n\n# about c\nc = TRES\nd =\n    cuatro\n    cinco\n"
        );
        // Nothing to change: the same bytes.
        assert_eq!(splice(target, &have, &en, &HashMap::new()), target);
    }
}
