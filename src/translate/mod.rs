//! The translator round trip on standard files: a protocol's texts or the screens' catalog
//! out to a gettext PO file (what Weblate, Pontoon, Crowdin and Poedit read), and back into
//! the protocol TOML or the Fluent catalog with the file's formatting and comments kept.
//! docs/translating.md is the guide.
//!
//! An entry is refused, with its place in the PO file, when its source text changed since
//! the export, when it names a text the file no longer has, or when a catalog message would
//! not be valid Fluent; fuzzy entries are left for the translator to confirm. Nothing else
//! in the file changes: an import of an unchanged export leaves it byte for byte the same.

pub mod fluent_texts;
pub mod notes;
pub mod po;
pub mod protocol_texts;
pub mod sources;
pub mod status;

mod catalog_merge;
mod merge;

pub use catalog_merge::import_catalog;
pub use merge::{ImportOutcome, import_protocol};
pub use sources::{Freshness, Sources};

use crate::diagnostic::{Rule, Severity};
use po::{Catalog as Po, Entry};
use protocol_texts::{source_language, texts};

/// What a PO file carries: `X-Lantern-Kind`.
pub const KIND_PROTOCOL: &str = "protocol";
pub const KIND_UI: &str = "ui";

pub const PO_SYNTAX: Rule = Rule::new("T001", "po-syntax", Severity::Error);
pub const PO_HEADER: Rule = Rule::new("T002", "po-header", Severity::Error);
pub const UNKNOWN_TEXT: Rule = Rule::new("T003", "unknown-text", Severity::Error);
pub const SOURCE_CHANGED: Rule = Rule::new("T004", "source-changed", Severity::Error);
pub const FUZZY: Rule = Rule::new("T005", "fuzzy-entry", Severity::Warning);
pub const FLUENT_SYNTAX: Rule = Rule::new("T006", "fluent-syntax", Severity::Error);
pub const UNKNOWN_VARIABLE: Rule = Rule::new("T007", "unknown-variable", Severity::Error);
pub const TRANSLATION_BREAKS_PROTOCOL: Rule =
    Rule::new("T008", "translation-breaks-protocol", Severity::Error);

/// Why a file could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} is not a TOML file lantern can read: {1}")]
    Toml(String, String),
}

fn header(kind: &str, name: &str, version: &str, lang: &str, file: &str) -> Vec<(String, String)> {
    let now = chrono::Utc::now().format("%Y-%m-%d %H:%M+0000").to_string();
    [
        ("Project-Id-Version", format!("{name} {version}")),
        ("Report-Msgid-Bugs-To", String::new()),
        ("POT-Creation-Date", now.clone()),
        ("PO-Revision-Date", now),
        ("Last-Translator", String::new()),
        ("Language-Team", String::new()),
        ("Language", lang.to_string()),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "8bit".to_string()),
        ("Plural-Forms", "nplurals=1; plural=0;".to_string()),
        (
            "X-Generator",
            format!("lantern {}", env!("CARGO_PKG_VERSION")),
        ),
        ("X-Lantern-Kind", kind.to_string()),
        ("X-Lantern-Name", name.to_string()),
        ("X-Lantern-File", file.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The PO file of a protocol's texts in `lang`. `file` names the protocol file in the
/// lock (`adult-general.toml`); `display` is how references name it.
pub fn export_protocol(
    toml_text: &str,
    file: &str,
    display: &str,
    lang: &str,
    locks: &Sources,
) -> Result<Po, ExportError> {
    let doc = toml_edit::Document::parse(toml_text)
        .map_err(|e| ExportError::Toml(display.to_string(), e.to_string()))?;
    let root = doc.as_table();
    let source = source_language(root);
    let id = root
        .get("protocol")
        .and_then(|p| p.get("id"))
        .and_then(toml_edit::Item::as_str)
        .unwrap_or(file)
        .to_string();
    let version = root
        .get("protocol")
        .and_then(|p| p.get("version"))
        .and_then(toml_edit::Item::as_str)
        .unwrap_or("")
        .to_string();
    let sf = crate::diagnostic::SourceFile::new(display, toml_text.to_string());
    let entries = texts(root, &source)
        .into_iter()
        .map(|t| {
            let src = t.get(&source).unwrap_or_default().to_string();
            let translation = t.get(lang).unwrap_or_default().to_string();
            let stale = !translation.is_empty()
                && locks.freshness(file, lang, &t.path, &src) == Freshness::Stale;
            Entry {
                extracted: notes::for_protocol(&t),
                references: t
                    .span
                    .clone()
                    .map(|s| vec![format!("{display}:{}", sf.position(s.start).0)])
                    .unwrap_or_default(),
                flags: if stale {
                    vec!["fuzzy".into()]
                } else {
                    Vec::new()
                },
                context: Some(t.path.clone()),
                source: src,
                translation,
                ..Entry::default()
            }
        })
        .collect();
    Ok(Po {
        comments: vec![
            format!("lantern protocol `{id}` {version}: its texts in {lang}, from {source}."),
            "Translate msgstr; msgctxt says which text it is. Entries marked fuzzy have a".into(),
            "translation whose source changed since: check it, then remove the mark.".into(),
            "Bring the file back with: lantern translate import FILE".into(),
        ],
        header: header(KIND_PROTOCOL, &id, &version, lang, file),
        entries,
    })
}

/// The PO file of the screens' catalog in `lang`: every message of the English catalog,
/// with the current translation (`translated`, the language's `ui.ftl`) where there is one.
pub fn export_catalog(
    english: &str,
    english_display: &str,
    translated: Option<&str>,
    lang: &str,
    locks: &Sources,
) -> Po {
    let have = translated.map(fluent_texts::messages).unwrap_or_default();
    let entries = fluent_texts::messages(english)
        .into_iter()
        .map(|m| {
            let translation = have
                .iter()
                .find(|t| t.id == m.id)
                .map(|t| t.text.clone())
                .unwrap_or_default();
            let stale = !translation.is_empty()
                && locks.freshness(CATALOG_FILE, lang, &m.id, &m.text) == Freshness::Stale;
            Entry {
                extracted: notes::for_message(&m),
                references: vec![format!("{english_display}:{}", m.line)],
                flags: if stale {
                    vec!["fuzzy".into()]
                } else {
                    Vec::new()
                },
                context: Some(m.id.clone()),
                source: m.text,
                translation,
                ..Entry::default()
            }
        })
        .collect();
    Po {
        comments: vec![
            format!("lantern's screens: their messages in {lang}, from English."),
            "Translate msgstr; msgctxt is the message id. Keep { $variables } and the".into(),
            "[one]/*[other] variants as they are. Entries marked fuzzy have a translation".into(),
            "whose English changed since: check it, then remove the mark.".into(),
            "Bring the file back with: lantern translate import FILE".into(),
        ],
        header: header(
            KIND_UI,
            "lantern-ui",
            env!("CARGO_PKG_VERSION"),
            lang,
            CATALOG_FILE,
        ),
        entries,
    }
}

/// The catalog's file in each language folder, and its name in the lock.
pub const CATALOG_FILE: &str = "ui.ftl";
