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
    for tag in ["en", "es", "zh-Hans", "vi", "tl", "ko", "pt-BR", "ht"] {
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

/// The screens' language from common system locales, by CLDR likely subtags: each
/// (LANG, the catalogs tried in order). Simplified Chinese serves mainland China and
/// Singapore but never Taiwan, Hong Kong or Macau (Traditional script); Filipino reaches
/// Tagalog; a language lantern does not have falls to English (and says so).
#[test]
fn system_locales_negotiate_by_likely_subtags() {
    let (catalog, _) = Catalog::load(&common::root().join("locales"));
    let table: &[(&str, &[&str])] = &[
        ("en_US.UTF-8", &["en"]),
        ("en_GB.UTF-8", &["en"]),
        ("es_MX.UTF-8", &["es", "en"]),
        ("es_ES.UTF-8", &["es", "en"]),
        ("es_US.UTF-8", &["es", "en"]),
        ("es_419", &["es", "en"]),
        ("zh_CN.UTF-8", &["zh-Hans", "en"]),
        ("zh_CN.GB18030", &["zh-Hans", "en"]),
        ("zh_SG.UTF-8", &["zh-Hans", "en"]),
        ("zh", &["zh-Hans", "en"]),
        ("zh-Hans", &["zh-Hans", "en"]),
        ("zh_TW.UTF-8", &["en"]),
        ("zh_HK.UTF-8", &["en"]),
        ("zh_MO.UTF-8", &["en"]),
        ("zh-Hant", &["en"]),
        ("vi_VN.UTF-8", &["vi", "en"]),
        ("vi", &["vi", "en"]),
        ("ko_KR.UTF-8", &["ko", "en"]),
        ("ko", &["ko", "en"]),
        ("tl_PH.UTF-8", &["tl", "en"]),
        ("fil_PH.UTF-8", &["tl", "en"]),
        ("fil", &["tl", "en"]),
        ("pt_BR.UTF-8", &["pt-BR", "en"]),
        ("pt", &["pt-BR", "en"]),
        ("fr_FR.UTF-8", &["en"]),
        ("ht_HT.UTF-8", &["ht", "en"]),
        ("ht", &["ht", "en"]),
        ("sr_RS@latin", &["en"]),
        ("C.UTF-8", &["en"]),
        ("POSIX", &["en"]),
        ("", &["en"]),
    ];
    assert!(table.len() >= 25);
    let mut wrong = Vec::new();
    for (lang, want) in table {
        let requested: Vec<String> = lantern::i18n::normalize_tag(lang).into_iter().collect();
        let l10n = catalog.localizer(&requested);
        if l10n.chain() != *want {
            wrong.push(format!("{lang:?}: {:?}, expected {want:?}", l10n.chain()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // Aliases and Traditional catalogs, with catalogs lantern does not ship.
    let avail: Vec<String> = ["en", "nb", "zh-Hans", "zh-Hant", "pt"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let chain = |tag: &str| lantern::i18n::fallback_chain(&[tag.to_string()], &avail, "en");
    assert_eq!(chain("no-NO"), ["nb", "en"]);
    assert_eq!(chain("nb"), ["nb", "en"]);
    assert_eq!(chain("zh-TW"), ["zh-Hant", "en"]);
    assert_eq!(chain("zh-HK"), ["zh-Hant", "en"]);
    assert_eq!(chain("zh-CN"), ["zh-Hans", "en"]);
    assert_eq!(chain("pt-BR"), ["pt", "en"]);
}

/// The worker whose language lantern lacks is told so, in the language shown; from the
/// real program, as a new user starts it.
#[test]
fn a_missing_language_is_said_and_the_system_locale_is_honoured() {
    let home = tempfile::tempdir().unwrap();
    let run = |vars: &[(&str, &str)]| {
        let mut c = assert_cmd::Command::cargo_bin("lantern").unwrap();
        c.env_clear()
            .env("HOME", home.path())
            .env("PATH", "/usr/bin:/bin")
            .args(["--plain", "--data-dir"])
            .arg(home.path().join("data"));
        for (k, v) in vars {
            c.env(k, v);
        }
        let a = c.write_stdin("").assert();
        String::from_utf8_lossy(&a.get_output().stdout).to_string()
    };
    let out = run(&[("LANG", "zh_CN.UTF-8")]);
    assert!(out.starts_with("lantern，纯文本模式"), "{out}");
    assert!(!out.contains("translation"), "{out}");
    let out = run(&[("LANG", "zh_TW.UTF-8")]);
    assert!(
        out.contains("There is no zh-TW translation of lantern yet: it is shown in English."),
        "{out}"
    );
    // GNU LANGUAGE lists the worker's languages in order.
    let out = run(&[("LANG", "fr_FR.UTF-8"), ("LANGUAGE", "fr:es")]);
    assert!(
        out.contains("Todavía no hay traducción de lantern para fr: se muestra en español."),
        "{out}"
    );
    // LANGUAGE is ignored under the C locale, as gettext does.
    let out = run(&[("LANG", "C"), ("LANGUAGE", "es")]);
    assert!(out.starts_with("lantern, plain mode"), "{out}");
}
