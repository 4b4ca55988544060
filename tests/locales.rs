//! The UI languages: every file parses, English and Spanish are complete, drafted
//! translations say so in their folder, and the fallback marker shows missing text.

mod common;

use lantern::i18n::Catalog;

#[test]
fn every_locale_parses_and_is_complete() {
    let (catalog, problems) = Catalog::load(&common::root().join("locales"));
    assert!(
        problems.is_empty(),
        "{:#?}",
        problems.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    let available = catalog.available();
    for tag in ["en", "es", "zh-Hans", "vi", "tl", "ko"] {
        assert!(available.contains(&tag.to_string()), "missing locale {tag}");
    }
    let reference = catalog.ids("en");
    assert!(reference.len() > 200);
    for tag in &available {
        let ids = catalog.ids(tag);
        let missing: Vec<&String> = reference.iter().filter(|id| !ids.contains(id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        if tag != "en" {
            let l10n = catalog.localizer(std::slice::from_ref(tag));
            assert!(
                l10n.is_draft(),
                "{tag} must say it awaits review (translation-status = draft)"
            );
            let readme = common::root().join("locales").join(tag).join("README.md");
            let text = std::fs::read_to_string(&readme).unwrap_or_default();
            assert!(
                text.to_lowercase().contains("native speaker"),
                "{} must say who should review it",
                readme.display()
            );
        }
    }
}

#[test]
fn missing_text_falls_back_along_the_chain_with_a_marker() {
    let dir = tempfile::tempdir().unwrap();
    for (tag, body) in [
        ("en", "hello = Hello\nonly-en = Only in English\n"),
        ("es", "hello = Hola\n"),
        ("es-MX", "hello = Quiubo\n"),
    ] {
        std::fs::create_dir(dir.path().join(tag)).unwrap();
        std::fs::write(dir.path().join(tag).join("ui.ftl"), body).unwrap();
    }
    let (catalog, problems) = Catalog::load(dir.path());
    assert!(problems.is_empty());
    let mx = catalog.localizer(&["es-MX".to_string()]);
    assert_eq!(mx.chain(), ["es-MX", "es", "en"]);
    assert_eq!(mx.tr("hello"), "Quiubo");
    assert_eq!(mx.tr("only-en"), "[en] Only in English");
    assert_eq!(mx.tr("nowhere"), "[nowhere]");
    let ar = catalog.localizer(&["es-AR".to_string()]);
    assert_eq!(
        ar.tr("hello"),
        "Hola",
        "es-AR falls back to es, never to a sibling region"
    );
}

#[test]
fn a_broken_translation_is_reported_with_its_position_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en")).unwrap();
    std::fs::write(
        dir.path().join("en/ui.ftl"),
        "good = Good\nbad = { $x\nalso-good = Fine\n",
    )
    .unwrap();
    let (catalog, problems) = Catalog::load(dir.path());
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].code, problems[0].line), ("I001", 2));
    let l = catalog.localizer(&["en".to_string()]);
    assert_eq!(l.tr("good"), "Good");
    assert_eq!(l.tr("also-good"), "Fine");
}
