//! `lantern translate status`: per file and language, how many texts are translated, how
//! many of those are stale (their source changed since), how many are missing, and whether
//! a native speaker reviewed the language.

use super::fluent_texts;
use super::protocol_texts::{source_language, texts};
use super::{CATALOG_FILE, Freshness, Sources};

/// Whether a language was reviewed, as its file says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Review {
    /// The language the others translate.
    Source,
    Draft,
    Reviewed {
        by: Option<String>,
        on: Option<String>,
    },
    /// The file does not say.
    NotStated,
}

impl std::fmt::Display for Review {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Review::Source => write!(f, "source"),
            Review::Draft => write!(f, "draft"),
            Review::Reviewed { on: Some(on), .. } => write!(f, "reviewed {on}"),
            Review::Reviewed { .. } => write!(f, "reviewed"),
            Review::NotStated => write!(f, "not stated"),
        }
    }
}

/// One file in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub file: String,
    pub language: String,
    pub total: usize,
    /// Texts with a translation (stale ones included).
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
    pub review: Review,
}

/// The rows of a protocol file: each language it declares (and any other it has texts
/// in), the source language first.
pub fn protocol(toml_text: &str, file: &str, locks: &Sources) -> Result<Vec<Row>, String> {
    let doc = toml_edit::Document::parse(toml_text).map_err(|e| e.to_string())?;
    let root = doc.as_table();
    let source = source_language(root);
    let all = texts(root, &source);
    let proto = root.get("protocol");
    let mut langs: Vec<String> = vec![source.clone()];
    let declared = proto
        .and_then(|p| p.get("languages"))
        .and_then(toml_edit::Item::as_array);
    for l in declared.into_iter().flatten().filter_map(|v| v.as_str()) {
        if !langs.iter().any(|x| x == l) {
            langs.push(l.to_string());
        }
    }
    for t in &all {
        for (l, _) in &t.by_lang {
            if !langs.contains(l) {
                langs.push(l.clone());
            }
        }
    }
    let review_of = |lang: &str| -> Review {
        if lang == source {
            return Review::Source;
        }
        let Some(info) = proto
            .and_then(|p| p.get("translations"))
            .and_then(|t| t.get(lang))
        else {
            return Review::NotStated;
        };
        let field = |k: &str| {
            info.get(k)
                .and_then(toml_edit::Item::as_str)
                .map(String::from)
        };
        match field("status").as_deref() {
            Some("reviewed") => Review::Reviewed {
                by: field("reviewed_by"),
                on: info
                    .get("reviewed_on")
                    .and_then(|v| v.as_value())
                    .map(|v| v.to_string().trim().trim_matches('"').to_string()),
            },
            Some("draft") => Review::Draft,
            _ => Review::NotStated,
        }
    };
    Ok(langs
        .iter()
        .map(|lang| {
            let mut row = Row {
                file: file.to_string(),
                language: lang.clone(),
                total: all.len(),
                translated: 0,
                stale: 0,
                missing: 0,
                review: review_of(lang),
            };
            for t in &all {
                if t.get(lang).is_none() {
                    row.missing += 1;
                    continue;
                }
                row.translated += 1;
                let src = t.get(&source).unwrap_or_default();
                if locks.freshness(file, lang, &t.path, src) == Freshness::Stale {
                    row.stale += 1;
                }
            }
            row
        })
        .collect())
}

/// The rows of the screens' catalog: English, then each translated language.
pub fn catalog(english: &str, languages: &[(String, String)], locks: &Sources) -> Vec<Row> {
    let en = fluent_texts::messages(english);
    let mut rows = vec![Row {
        file: CATALOG_FILE.to_string(),
        language: "en".to_string(),
        total: en.len(),
        translated: en.len(),
        stale: 0,
        missing: 0,
        review: Review::Source,
    }];
    for (lang, text) in languages {
        let have = fluent_texts::messages(text);
        let mut row = Row {
            file: CATALOG_FILE.to_string(),
            language: lang.clone(),
            total: en.len(),
            translated: 0,
            stale: 0,
            missing: 0,
            review: match have.iter().find(|m| m.id == "translation-status") {
                Some(m) if m.text.trim() == "reviewed" => Review::Reviewed { by: None, on: None },
                Some(m) if m.text.trim() == "draft" => Review::Draft,
                _ => Review::NotStated,
            },
        };
        for m in &en {
            if !have.iter().any(|h| h.id == m.id) {
                row.missing += 1;
                continue;
            }
            row.translated += 1;
            if locks.freshness(CATALOG_FILE, lang, &m.id, &m.text) == Freshness::Stale {
                row.stale += 1;
            }
        }
        rows.push(row);
    }
    rows
}
