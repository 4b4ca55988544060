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
        "",                      // consent read
        "y",                     // speak_freely
        "2",                     // work_type: domestic
        "72",                    // hours
        "d",                     // rest_days: declined
        "2",                     // documents: employer
        "k",                     // started: don't know
        "PLAIN-MARKER",          // language_note
        "",                      // closing note
        "f",                     // finish
        "1",                     // referrals: the first suggestion
        "l",                     // consent: only what the person says
        "nombre de pila",        // what may be shared
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
    assert_eq!(r.referrals.len(), 1);
    assert_eq!(r.referrals[0].share_what.as_deref(), Some("nombre de pila"));
    assert!(out.contains("Derivaciones"), "{out}");
}

#[test]
fn end_of_input_keeps_the_draft_and_the_next_run_resumes_it() {
    let fx = Fixture::new();
    let (out, ok) = plain(
        &fx,
        "en",
        "correct horse battery\ncorrect horse battery\n1\n1\n\ny\n",
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
