//! Words at the edge: every message id the screens, plain mode and the presentation layer
//! ask for exists in English (and so, by tests/locales.rs, in every language); none of them
//! builds a sentence in English outside the catalog; and English travels in the binary, so
//! a lantern without its locales/ folder still shows words, never message ids.

mod common;

use common::source::{code, literals, rust_files};
use lantern::i18n::Catalog;

/// The code that puts words on screen.
fn ui_code() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["tui", "present", "plain"] {
        for f in rust_files(dir) {
            out.push((f.display().to_string(), code(&f)));
        }
    }
    assert!(out.len() > 20, "the UI code was not found");
    out
}

fn is_message_id(s: &str) -> bool {
    s.contains('-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Kebab-case strings that are not message ids: Fluent variable names and theme names.
const NOT_IDS: &[&str] = &["not-asked", "high-contrast"];

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let (catalog, problems) = Catalog::load(&common::root().join("locales"));
    assert!(problems.is_empty(), "{problems:?}");
    let english = catalog.ids("en");
    let mut used = 0;
    let mut missing = Vec::new();
    for (file, c) in ui_code() {
        for (line, s) in literals(&c) {
            if is_message_id(&s) && !NOT_IDS.contains(&s.as_str()) {
                used += 1;
                if !english.contains(&s) {
                    missing.push(format!("{file}:{line}: `{s}`"));
                }
            }
        }
    }
    assert!(
        used > 150,
        "only {used} message ids found: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "not in locales/en/ui.ftl:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_message_id_is_built_at_run_time() {
    // `format!("category-{}", ...)` hides an id from the check above: ids are written out
    // (src/present/words.rs).
    let mut built = Vec::new();
    for (file, c) in ui_code() {
        for (line, s) in literals(&c) {
            if let Some(prefix) = s.strip_suffix("{}").or_else(|| s.split('{').next())
                && prefix.ends_with('-')
                && is_message_id(&format!("{prefix}x"))
            {
                built.push(format!("{file}:{line}: \"{s}\""));
            }
        }
    }
    assert!(built.is_empty(), "{}", built.join("\n"));
}

#[test]
fn no_screen_builds_a_sentence_in_english() {
    // Two words in a row in a string literal is text for a person: it belongs in the
    // catalog. (Comments, attributes and tests are not scanned.)
    let mut english = Vec::new();
    for (file, c) in ui_code() {
        for (line, s) in literals(&c) {
            let words: Vec<&str> = s.split_whitespace().collect();
            let prose = words.windows(2).any(|w| {
                w.iter()
                    .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
            });
            if prose {
                english.push(format!("{file}:{line}: \"{s}\""));
            }
        }
    }
    assert!(
        english.is_empty(),
        "English outside the catalog:\n{}",
        english.join("\n")
    );
}

#[test]
fn english_travels_in_the_binary() {
    let empty = tempfile::tempdir().unwrap();
    let (catalog, problems) = Catalog::load(&empty.path().join("no-locales-here"));
    assert!(problems.is_empty());
    assert_eq!(catalog.available(), ["en"]);
    let l = catalog.localizer(&["es".to_string()]);
    assert_eq!(l.tr("app-name"), "lantern");
    assert_eq!(l.tr("key-quick-exit"), "quick exit");
    assert!(!l.tr("consent-title").starts_with('['));
}
