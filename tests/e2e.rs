//! The real binary in a pseudo-terminal (expectrl), its screen rebuilt with vt100: a full
//! screening in Spanish, and a quick exit that leaves nothing on screen and resumes later.

#![cfg(unix)]

mod common;

use common::pty::{ENTER, ESC, F4, F12, Pty};

/// Two questions answered before the quick exit, of the six the example shows on that path.
const RESUMED_PROGRESS: &str = "2 of 6 answered";
use common::tui::Fixture;

#[test]
fn a_full_screening_in_spanish_with_declines_notes_and_a_language_switch() {
    let fx = Fixture::new();
    let mut t = Pty::spawn(&fx, &["--lang", "es"]);
    t.wait_for("Le damos la bienvenida");
    t.send("correct horse battery");
    t.send(ENTER);
    t.send("correct horse battery");
    t.send(ENTER);
    t.wait_for("Iniciar una entrevista");
    // The interview language follows the screen language when the protocol has it.
    t.wait_for("(la persona): ◀");
    t.send("\t");
    let home = t.screen();
    assert!(home.contains("Español"), "{home}");
    t.send(ENTER);
    t.wait_for("Lea esto a la persona");
    t.send(ENTER);
    t.wait_for("¿Es un buen momento y lugar para hablar?");
    t.send("y");
    t.wait_for("¿Qué tipo de trabajo hace?");
    t.send("2");
    t.wait_for("¿Más o menos cuántas horas");
    t.send("72");
    t.send(ENTER);
    t.wait_for("Dijo que trabaja 72 horas a la semana");
    t.send("d"); // declined
    t.wait_for("¿Quién guarda sus documentos");
    // Notes, then a switch of the interview language to English.
    t.send(F4);
    t.wait_for("Notas");
    t.send("E2E-NOTE-7c1");
    t.send(ESC);
    t.send("l");
    t.wait_for("English");
    t.send("\x1b[A"); // English is first
    t.send(ENTER);
    t.wait_for("Who keeps your identity documents?");
    t.send("2");
    t.send(ENTER);
    t.wait_for("When did you start this job");
    t.send("k"); // don't know
    t.wait_for("Which language do you prefer");
    t.send("E2E-ANSWER-5d2");
    t.send(ENTER);
    t.wait_for("Thank the person");
    t.send(ENTER);
    let review = t.wait_for("Revisar antes de guardar");
    assert!(review.contains("Prefirió no responder"), "{review}");
    t.send("f");
    t.wait_for("Hay indicadores");
    t.send(ENTER);
    // Referrals from the shipped directory, grouped by need: choose the first, consent yes.
    t.wait_for("Ayuda legal migratoria");
    t.send(ENTER);
    t.wait_for("y:");
    t.send("y");
    t.wait_for("[✓]");
    t.send("\x1b[C");
    t.wait_for("guardar protegido con clave");
    t.send(ENTER);
    t.wait_for("Guardado");
    t.send(ENTER);
    t.wait_for("Iniciar una entrevista");
    t.send(F12);
    t.wait_exit();

    // Exactly one record, readable by the organization, with the answers and languages.
    let files = fx.outbox_files();
    assert_eq!(files.len(), 1, "{files:?}");
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(fx.identity.clone())];
    let r = lantern::vault::supervisor::read_record(&files[0], &ids).unwrap();
    let by_id = |id: &str| r.answers.iter().find(|a| a.question == id).unwrap();
    assert_eq!(r.interview_language, "es");
    assert_eq!(r.worker_language, "es");
    assert_eq!(by_id("hours").value, lantern::engine::Answer::Number(72));
    assert_eq!(by_id("hours").language, "es");
    assert_eq!(by_id("rest_days").value, lantern::engine::Answer::Declined);
    assert_eq!(by_id("documents").language, "en");
    assert_eq!(by_id("started").value, lantern::engine::Answer::DontKnow);
    assert_eq!(
        by_id("language_note").value,
        lantern::engine::Answer::Text("E2E-ANSWER-5d2".into())
    );
    assert_eq!(r.notes.as_deref(), Some("E2E-NOTE-7c1"));
    assert_eq!(r.referrals.len(), 1, "{:?}", r.referrals);
    assert_eq!(
        r.referrals[0].consent_to_share,
        lantern::vault::record::ShareConsent::Yes
    );
    assert_eq!(r.referrals[0].need.as_deref(), Some("legal_help"));
    assert!(
        r.audit
            .iter()
            .any(|e| matches!(e.kind, lantern::engine::AuditKind::LanguageChanged { .. }))
    );
    // The draft is gone and nothing readable was left anywhere.
    assert!(common::all_files(&fx.data().join("drafts")).is_empty());
    for f in common::all_files(fx.dir.path()) {
        let bytes = std::fs::read(&f).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("E2E-NOTE") && !text.contains("E2E-ANSWER"),
            "{}",
            f.display()
        );
    }
    // No window-title change.
    assert!(!t.raw.windows(4).any(|w| w == b"\x1b]0;" || w == b"\x1b]2;"));
}

#[test]
fn quick_exit_clears_the_screen_and_the_draft_resumes() {
    let fx = Fixture::new();
    // What was on the terminal before lantern (a shell's history, say), some of it already
    // scrolled off into the scrollback: quick exit must leave none of it, nor anything of
    // lantern, so that the screen tells a passer-by nothing.
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"i=0; while [ $i -lt 40 ]; do echo "BEFORE-LANTERN-$i"; i=$((i+1)); done; exec "$@""#,
        )
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_lantern"))
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
        .env("HOME", fx.dir.path());
    let base = common::pty::lantern();
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let mut t = Pty::spawn_command(cmd);
    t.wait_for("Welcome to lantern");
    t.send("correct horse battery");
    t.send(ENTER);
    t.send("correct horse battery");
    t.send(ENTER);
    t.wait_for("Start a screening");
    t.send(ENTER);
    t.send(ENTER);
    t.wait_for("Is this a good time");
    t.send("y");
    t.wait_for("What kind of work do you do?");
    t.send("1");
    t.wait_for("About how many hours");
    // A note typed but not closed: only quick exit's own save can keep it.
    t.send(F4);
    t.wait_for("Notes");
    t.send("E2E-QUICK-NOTE");
    t.wait_for("E2E-QUICK-NOTE");
    t.send(F12);
    t.wait_exit();
    // Nothing is left on the screen, nor in the scrollback.
    let screen = t.parser.screen().contents();
    assert!(screen.trim().is_empty(), "screen not cleared:\n{screen}");
    t.parser.screen_mut().set_scrollback(1000);
    assert_eq!(
        t.parser.screen().scrollback(),
        0,
        "scrollback not cleared:\n{}",
        t.parser.screen().contents()
    );
    assert_eq!(fx.outbox_files().len(), 0);
    assert_eq!(common::all_files(&fx.data().join("drafts")).len(), 1);

    // Next start: unlock, and the interrupted screening is offered where it stopped, with
    // the note.
    let mut t = Pty::spawn(&fx, &[]);
    t.wait_for("Enter your passphrase");
    t.send("correct horse battery");
    t.send(ENTER);
    let offer = t.wait_for("A screening was interrupted");
    assert!(offer.contains("Example screening"), "{offer}");
    t.send(ENTER);
    let s = t.wait_for("About how many hours");
    assert!(s.contains(RESUMED_PROGRESS), "{s}");
    t.send(F4);
    t.wait_for("E2E-QUICK-NOTE");
    t.send(F12);
    t.wait_exit();
}

/// The hotline quick start: `lantern screen --protocol ID --lang es` goes from the passphrase
/// straight to the consent script of that protocol, in Spanish, with the call timer running.
#[test]
fn screen_protocol_starts_the_screening_at_once() {
    let fx = Fixture::new();
    let mut t = Pty::spawn(&fx, &["screen", "--protocol", "example", "--lang", "es"]);
    t.wait_for("Le damos la bienvenida");
    t.send("correct horse battery");
    t.send(ENTER);
    t.send("correct horse battery");
    t.send(ENTER);
    let s = t.wait_for("Lea esto a la persona");
    assert!(s.contains("Tiempo 00:0"), "no elapsed time:\n{s}");
    assert!(
        !s.contains("Iniciar una entrevista"),
        "went home first:\n{s}"
    );
    t.send(ENTER);
    t.wait_for("¿Es un buen momento y lugar para hablar?");
    t.send(F12);
    t.wait_exit();
    // The screening was under way: its draft is kept.
    assert_eq!(common::all_files(&fx.data().join("drafts")).len(), 1);
}
