//! The translator round trip as an organization runs it: `lantern translate export`, a PO
//! file edited as a translation tool would, `lantern translate import`, `translate status`.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn lantern(org: &Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_ROOT")
        .env_remove("LANTERN_CONFIG")
        .arg("--root")
        .arg(org);
    c
}

/// An organization's folder with copies of the shipped protocols and catalogs.
fn org() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["screening", "locales"] {
        copy_dir(&common::root().join(part), &dir.path().join(part));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = common::all_files(dir)
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "translations.lock"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    v.sort();
    v
}

fn export(org: &Path, lang: &str, target: &str) -> String {
    let out = lantern(org)
        .args(["translate", "export", "--lang", lang, target, "-o", "-"])
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn import(org: &Path, po: &str) -> (bool, String, String) {
    let f = org.join("in.po");
    std::fs::write(&f, po).unwrap();
    let out = lantern(org)
        .args(["translate", "import"])
        .arg(&f)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// The msgstr of the entry with `ctx` replaced by `new`.
fn set_translation(po: &str, ctx: &str, new: &str) -> String {
    let start = po.find(&format!("msgctxt \"{ctx}\"\n")).expect(ctx);
    let at = start + po[start..].find("\nmsgstr ").unwrap() + 1;
    let end = at + po[at..].find("\n\n").unwrap_or(po.len() - at);
    format!("{}msgstr \"{new}\"{}", &po[..at], &po[end..])
}

/// The 1-based line of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect(needle)].lines().count() + 1
}

#[test]
fn export_then_import_unchanged_is_the_identity_for_every_language() {
    let org = org();
    let before = snapshot(org.path());
    let langs = ["es", "zh-Hans", "vi", "ko", "tl", "pt-BR", "ht"];
    let out = org.path().join("po");
    std::fs::create_dir(&out).unwrap();
    for lang in langs {
        lantern(org.path())
            .args(["translate", "export", "--lang", lang, "-o"])
            .arg(&out)
            .assert()
            .success();
    }
    let files: Vec<PathBuf> = common::all_files(&out);
    // Four protocols and the screens, in each language.
    assert_eq!(files.len(), 5 * langs.len(), "{files:?}");
    let o = lantern(org.path())
        .args(["translate", "import"])
        .args(&files)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&o.get_output().stdout).to_string();
    assert_eq!(
        stdout.matches("changed 0 text(s)").count(),
        files.len(),
        "{stdout}"
    );
    std::fs::remove_dir_all(&out).unwrap();
    assert_eq!(
        snapshot(org.path()),
        before,
        "an unchanged import changed a file"
    );
    // The lock now records every translation.
    assert!(org.path().join("screening/translations.lock").is_file());
    assert!(org.path().join("locales/translations.lock").is_file());
}

#[test]
fn one_changed_translation_changes_one_line_and_nothing_else() {
    let org = org();
    let path = org.path().join("screening/youth.toml");
    let before = std::fs::read_to_string(&path).unwrap();
    let po = export(org.path(), "vi", "youth");
    let ctx = "protocol.title";
    let po = set_translation(&po, ctx, "Sàng lọc thanh thiếu niên (bản sửa)");
    let (ok, stdout, stderr) = import(org.path(), &po);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("changed 1 text(s)"), "{stdout}");
    let after = std::fs::read_to_string(&path).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        changed[0].1,
        "title.vi = \"Sàng lọc thanh thiếu niên (bản sửa)\""
    );
    // And the protocol as lantern reads it has the new title.
    let p = common::protocol(&path);
    assert_eq!(
        p.file.protocol.title.render("vi", "en", None),
        "Sàng lọc thanh thiếu niên (bản sửa)",
        "the imported title is what the screens show"
    );
}

#[test]
fn an_entry_whose_source_changed_is_refused_at_its_line_and_the_rest_imported() {
    let org = org();
    let po = export(org.path(), "ko", "adult-general");
    let po = set_translation(&po, "protocol.title", "성인 스크리닝 (수정)");
    let ctx = "section[safety].question[interpreter].text";
    let po = set_translation(&po, ctx, "통역은 누가 합니까? (수정)");
    // The English is edited after the export.
    let path = org.path().join("screening/adult-general.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "text.en = \"Who will interpret this conversation, if anyone?\"",
        "text.en = \"Who will interpret this conversation?\"",
    );
    std::fs::write(&path, &text).unwrap();
    let (ok, stdout, stderr) = import(org.path(), &po);
    assert!(!ok, "a refused entry must fail the command");
    let msgid_line = line_of(&po, &format!("msgctxt \"{ctx}\"\nmsgid")) + 1;
    let po_path = org.path().join("in.po");
    let expected = format!(
        "{}:{msgid_line}:1: error[T004]: the source text of `{ctx}` changed since this file was exported",
        po_path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}\nexpected: {expected}");
    assert!(
        stdout.contains("changed 1 text(s)") && stdout.contains("1 refused"),
        "{stdout}"
    );
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("title.ko = \"성인 스크리닝 (수정)\""));
    assert!(
        !after.contains("(수정)\"\nguidance"),
        "the refused one stays out"
    );
    assert!(!after.contains("통역은 누가 합니까? (수정)"));
    // The status says the Korean of that question is stale, and the export marks it fuzzy.
    let st = lantern(org.path())
        .args(["translate", "status", "--json"])
        .assert()
        .success();
    let rows: serde_json::Value = serde_json::from_slice(&st.get_output().stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == "adult-general.toml" && r["language"] == "ko")
        .unwrap();
    assert_eq!(row["stale"], 1, "{row}");
    assert_eq!(row["missing"], 0);
    assert_eq!(row["review"]["state"], "draft");
    let again = export(org.path(), "ko", "adult-general");
    let entry = &again[again.find(&format!("msgctxt \"{ctx}\"")).unwrap() - 60..];
    assert!(entry.contains("#, fuzzy\nmsgctxt"), "{}", &entry[..200]);
}

#[test]
fn fuzzy_and_broken_entries_are_left_out_with_their_positions() {
    let org = org();
    let po = export(org.path(), "es", "ui");
    let po = set_translation(&po, "lock-title", "Bloqueado (nuevo)")
        .replace("msgctxt \"lock-title\"", "#, fuzzy\nmsgctxt \"lock-title\"");
    let po = set_translation(&po, "lock-explain", "{ $minutos } minutos");
    let po = set_translation(
        &po,
        "resume-stale-key",
        "{ $count ->\\n    [one] o: descartar\\n}",
    );
    let (ok, _stdout, stderr) = import(org.path(), &po);
    assert!(!ok);
    let f = org.path().join("in.po");
    let fuzzy_line = line_of(&po, "#, fuzzy\nmsgctxt \"lock-title\"") + 1;
    assert!(
        stderr.contains(&format!("{}:{fuzzy_line}:1: warning[T005]", f.display())),
        "{stderr}"
    );
    let var_line = line_of(&po, "msgstr \"{ $minutos } minutos\"");
    assert!(
        stderr.contains(&format!("{}:{var_line}:1: error[T007]", f.display())),
        "{stderr}"
    );
    assert!(stderr.contains("{ $minutos }"), "{stderr}");
    assert!(stderr.contains("error[T006]"), "{stderr}");
    let es = std::fs::read_to_string(org.path().join("locales/es/ui.ftl")).unwrap();
    assert!(!es.contains("Bloqueado (nuevo)") && !es.contains("$minutos"));
}

#[test]
fn a_new_language_comes_in_through_a_po_file() {
    let org = org();
    // The protocol: French is not there yet; the PO file offers every text to translate.
    let po = export(org.path(), "fr", "hotline-brief");
    assert!(!po.contains("msgstr \"Ligne"), "nothing translated yet");
    let po = set_translation(&po, "protocol.title", "Entretien court au téléphone");
    let (ok, stdout, stderr) = import(org.path(), &po);
    assert!(ok, "{stdout}{stderr}");
    assert!(
        stdout.contains("note: `fr` is not in the protocol's `languages` yet"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(org.path().join("screening/hotline-brief.toml")).unwrap();
    let title_line = text
        .lines()
        .position(|l| l.starts_with("title.ht"))
        .unwrap();
    assert_eq!(
        text.lines().nth(title_line + 1),
        Some("title.fr = \"Entretien court au téléphone\""),
        "the new language's text goes right after the others"
    );
    // lint still loads it (a text in a language not listed yet is a warning) and status
    // counts the French.
    let lint = lantern(org.path()).arg("lint").output().unwrap();
    let out = String::from_utf8_lossy(&lint.stdout);
    assert!(
        lint.status.success() && out.contains("warning[P016]"),
        "{out}"
    );
    let st = lantern(org.path())
        .args(["translate", "status"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&st.get_output().stdout).to_string();
    let row = out
        .lines()
        .find(|l| l.starts_with("hotline-brief.toml") && l.contains(" fr "))
        .unwrap();
    assert!(
        row.contains("1/101") && row.contains(" 100 ") && row.ends_with("not stated"),
        "{row}"
    );
    // The screens: a new catalog, marked draft, that lantern loads.
    let po = export(org.path(), "fr", "ui");
    let po = set_translation(&po, "lock-title", "Verrouillé");
    let (ok, stdout, stderr) = import(org.path(), &po);
    assert!(ok, "{stdout}{stderr}");
    let ftl = std::fs::read_to_string(org.path().join("locales/fr/ui.ftl")).unwrap();
    assert!(ftl.contains("translation-status = draft\n"), "{ftl}");
    assert!(
        ftl.contains("\n## Pause and lock\nlock-title = Verrouillé\n"),
        "{ftl}"
    );
    let st = lantern(org.path())
        .args(["translate", "status"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&st.get_output().stdout).to_string();
    let row = out
        .lines()
        .find(|l| l.starts_with("ui.ftl") && l.contains(" fr "))
        .unwrap();
    let english = std::fs::read_to_string(org.path().join("locales/en/ui.ftl")).unwrap();
    let total = lantern::translate::fluent_texts::messages(&english).len();
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cols,
        [
            "ui.ftl",
            "fr",
            &format!("1/{total}"),
            "0",
            &(total - 1).to_string(),
            "draft"
        ],
        "{row}"
    );
}

#[test]
fn a_translation_that_would_break_the_protocol_writes_nothing() {
    let org = org();
    let path = org.path().join("screening/youth.toml");
    let before = std::fs::read(&path).unwrap();
    let lock = org.path().join("screening/translations.lock");
    let lock_before = std::fs::read(&lock).unwrap();
    let po = export(org.path(), "vi", "youth");
    // "nạn nhân" (victim) names a determination: lint's P017 refuses it.
    let po = set_translation(&po, "indicator[not_free].label", "Là nạn nhân");
    let (ok, _stdout, stderr) = import(org.path(), &po);
    assert!(!ok);
    assert!(
        stderr.contains("error[T008]") && stderr.contains("P017"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read(&lock).unwrap(), lock_before, "nor the lock");
}

#[test]
fn exported_po_files_pass_msgfmt_check() {
    let present = std::process::Command::new("msgfmt")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !present {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but msgfmt (gettext) is not installed (.ci/run installs it)");
        }
        eprintln!("SKIPPED: msgfmt is not installed (apt-get install gettext)");
        return;
    }
    let org = org();
    for (lang, target) in [
        ("vi", "adult-general"),
        ("fr", "youth"),
        ("ko", "ui"),
        ("fr", "ui"),
    ] {
        let po = export(org.path(), lang, target);
        let f = org.path().join(format!("{target}.{lang}.po"));
        std::fs::write(&f, &po).unwrap();
        let out = std::process::Command::new("msgfmt")
            .args(["--check", "--check-format", "-o", "/dev/null"])
            .arg(&f)
            .output()
            .unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{lang} {target}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_po_file_tells_the_translator_what_each_text_is() {
    let org = org();
    let po = export(org.path(), "vi", "adult-general");
    let entry = &po[po
        .find("msgctxt \"section[safety].question[speak_privately].text\"")
        .unwrap()
        - 300..];
    assert!(
        entry.contains("#. A question the worker reads ALOUD to the person"),
        "{entry}"
    );
    assert!(
        entry.contains("#. Room at 80x24: Wraps at 78 columns"),
        "{entry}"
    );
    assert!(entry.contains("#: "), "a reference to the file and line");
    let ui = export(org.path(), "vi", "ui");
    let entry = &ui[ui.find("msgctxt \"lock-explain\"").unwrap() - 300..];
    assert!(entry.contains("Keep { $minutes } as they are"), "{entry}");
}

#[test]
fn every_text_lint_counts_is_offered_for_translation() {
    for path in common::shipped() {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = toml_edit::Document::parse(text.as_str()).unwrap();
        let found = lantern::translate::protocol_texts::texts(doc.as_table(), "en").len();
        let p = common::protocol(&path);
        let total = lantern::protocol::lint::coverage(&p)[0].total;
        assert_eq!(found, total, "{}", path.display());
    }
}
