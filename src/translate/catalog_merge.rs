//! Bringing a translated PO file of the screens' messages back into a Fluent catalog:
//! changed messages replaced where they are, new ones inserted after their English
//! neighbour, nothing else touched.

use std::collections::HashMap;
use std::path::Path;

use super::fluent_texts::{self, Message};
use super::merge::{Checker, ImportOutcome};
use super::po::Catalog as Po;
use super::{CATALOG_FILE, FLUENT_SYNTAX, Sources, UNKNOWN_VARIABLE};

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
