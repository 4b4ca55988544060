//! Plain mode (`lantern --plain`) runs the same screening from piped input, translated.

mod common;

use assert_cmd::Command;
use common::tui::Fixture;
use lantern::engine::Answer;

fn plain(fx: &Fixture, lang: &str, input: &str) -> (String, bool) {
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .args(["--plain", "--lang", lang])
        .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
        .env("HOME", fx.dir.path())
        .env_remove("LANTERN_CONFIG")
        .write_stdin(input)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        out.status.success(),
    )
}

#[test]
fn a_whole_screening_from_piped_input_in_spanish() {
    let fx = Fixture::new();
    let input = [
        "correct horse battery", // passphrase
        "correct horse battery", // again
        "1",                     // protocol
        "2",                     // interview language: Español
        "Equipo 3",              // worker label
        "",                      // consent read
        "y",                     // speak_freely
        "2",                     // work_type: domestic
        "72",                    // hours
        "d",                     // rest_days: declined
        "2",                     // documents: employer
        "k",                     // started: don't know
        "+ habla con calma",     // a note, at any question
        "PLAIN-MARKER",          // language_note
        "",                      // closing note
        "+ segunda nota",        // a note at the review
        "f",                     // finish
        "1 2 3",                 // referrals: the first three suggestions
        "n",                     // 1: nothing may be shared
        "l",                     // 2: only what the person says
        "nombre de pila",        //    what may be shared
        "sí",                    // 3: not one of y/n/l: asked again
        "l",                     //    only what the person says...
        "",                      //    ...and the person names nothing: nothing is shared
        "y",                     // save
    ]
    .join("\n")
        + "\n";
    let (out, ok) = plain(&fx, "es", &input);
    assert!(ok, "{out}");
    for expected in [
        "lantern, modo simple",
        "¿Es un buen momento y lugar para hablar?",
        "Dijo que trabaja 72 horas a la semana",
        "Revisar antes de guardar",
        "Hay indicadores",
        "Otra persona guarda los documentos de identidad",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(
        !out.contains("[en]"),
        "untranslated text in Spanish plain mode:\n{out}"
    );
    let files = fx.outbox_files();
    assert_eq!(files.len(), 1);
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(fx.identity.clone())];
    let r = lantern::vault::supervisor::read_record(&files[0], &ids).unwrap();
    let a = |id: &str| {
        r.answers
            .iter()
            .find(|x| x.question == id)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(a("hours"), Answer::Number(72));
    assert_eq!(a("rest_days"), Answer::Declined);
    assert_eq!(a("started"), Answer::DontKnow);
    assert_eq!(a("documents"), Answer::Choices(vec!["employer".into()]));
    assert_eq!(a("language_note"), Answer::Text("PLAIN-MARKER".into()));
    assert!(r.answers.iter().all(|x| x.language == "es"));
    use lantern::vault::record::ShareConsent;
    let consent: Vec<(ShareConsent, Option<&str>)> = r
        .referrals
        .iter()
        .map(|x| (x.consent_to_share, x.share_what.as_deref()))
        .collect();
    assert_eq!(
        consent,
        [
            (ShareConsent::No, None),
            (ShareConsent::Limited, Some("nombre de pila")),
            (ShareConsent::No, None),
        ]
    );
    assert_eq!(r.worker.as_deref(), Some("Equipo 3"));
    assert_eq!(r.notes.as_deref(), Some("habla con calma\nsegunda nota"));
    assert!(out.contains("Agregado a las notas"), "{out}");
    assert!(out.contains("Derivaciones"), "{out}");
}

#[test]
fn end_of_input_keeps_the_draft_and_the_next_run_resumes_it() {
    let fx = Fixture::new();
    let (out, ok) = plain(
        &fx,
        "en",
        "correct horse battery\ncorrect horse battery\n1\n1\n\n\ny\n",
    );
    assert!(ok, "{out}");
    assert!(out.contains("The draft is kept encrypted"), "{out}");
    assert!(fx.outbox_files().is_empty());
    let (out, ok) = plain(&fx, "en", "correct horse battery\n1\n2\n72\nq\n");
    assert!(ok, "{out}");
    assert!(out.contains("A screening was interrupted"), "{out}");
    // Resumed at the second question, then answered two more before quitting.
    assert!(out.contains("What kind of work do you do?"), "{out}");
    assert!(
        !out.contains("Is this a good time and place to talk?\n"),
        "re-asked an answered question:\n{out}"
    );
}

/// `lantern screen --protocol adult-general --plain`: the person says they are under 18, so
/// the questions for adults stop, and the referrals offered are those that serve minors,
/// youth services first; the one chosen goes into the record.
#[cfg(unix)]
#[test]
fn a_minor_is_offered_only_services_that_serve_minors() {
    let fx = Fixture::shipped();
    let input = [
        "correct horse battery",
        "correct horse battery",
        "",  // worker label
        "1", // no interpreter needed (asked before the consent is read)
        "",  // consent read
        "y", // can speak privately
        "3", // the worker noticed none of the warning signs
        "1", // under 18
        "f", // finish (the rest is hidden for a minor)
        "1", // the first suggestion
        "y", // consent to share
        "y", // save
    ]
    .join("\n")
        + "\n";
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .args([
            "--plain",
            "--lang",
            "en",
            "screen",
            "--protocol",
            "adult-general",
        ])
        .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
        .env("HOME", fx.dir.path())
        .env_remove("LANTERN_CONFIG")
        .write_stdin(input)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}");
    // The suggestions, by their numbered lines, against the shipped directory.
    let (dir, _) = lantern::referral::import_csv(&common::root().join("directory"));
    let offered: Vec<&lantern::referral::Service> = text
        .lines()
        .skip_while(|l| !l.starts_with("Referrals"))
        .filter_map(|l| {
            let (n, rest) = l.split_once(") ")?;
            n.parse::<usize>().ok()?;
            let name = rest.split(" — ").next()?;
            dir.services.iter().find(|s| s.name == name)
        })
        .collect();
    assert!(offered.len() >= 2, "too few suggestions:\n{text}");
    for s in &offered {
        assert!(
            s.min_age.is_none_or(|m| m < 18),
            "{} (from age {:?}) offered to a minor:\n{text}",
            s.name,
            s.min_age
        );
    }
    let youth = |s: &lantern::referral::Service| s.max_age.is_some_and(|m| m < 25);
    assert!(
        youth(offered[0]),
        "the first suggestion is not a youth service: {}",
        offered[0].name
    );
    assert!(text.contains("under 18"), "no word about minors:\n{text}");
    let records = fx.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].referrals.len(), 1);
    assert_eq!(records[0].referrals[0].service_id, offered[0].id);
}

/// The consent in plain mode says who reads what: the headings come before each text (a
/// screen reader user cannot see which part is for the person).
#[test]
fn the_consent_says_what_to_read_aloud() {
    let fx = Fixture::new();
    let (out, _) = plain(
        &fx,
        "en",
        "correct horse battery\ncorrect horse battery\n1\n1\n\n\nq\n",
    );
    let read = out
        .find("Read this to the person:")
        .unwrap_or_else(|| panic!("{out}"));
    let title_pos = out.find("Is this a good time and place to talk?").unwrap();
    assert!(
        read < title_pos,
        "the heading comes before the questions:\n{out}"
    );
}

/// Input that ends at the consent prompt is not a confirmed consent: nothing is saved, and
/// the next run starts at the consent again.
#[test]
fn end_of_input_at_the_consent_confirms_nothing() {
    let fx = Fixture::new();
    let (out, _) = plain(
        &fx,
        "en",
        "correct horse battery\ncorrect horse battery\n1\n1\n\n",
    );
    assert!(out.contains("Read this to the person:"), "{out}");
    assert!(
        common::all_files(&fx.data().join("drafts")).is_empty(),
        "a draft was saved for a consent nobody confirmed:\n{out}"
    );
    // `q` at the consent prompt leaves the same way: nothing asked, nothing saved.
    let (out, _) = plain(&fx, "en", "correct horse battery\n1\n1\n\nq\ny\n");
    assert!(
        !out.contains("Is this a good time and place to talk?"),
        "{out}"
    );
    assert!(
        common::all_files(&fx.data().join("drafts")).is_empty(),
        "{out}"
    );
}
