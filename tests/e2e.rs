//! The real binary in a pseudo-terminal (expectrl), its screen rebuilt with vt100: a full
//! screening in Spanish, and a quick exit that leaves nothing on screen and resumes later.

#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, Instant};

use common::tui::Fixture;
use expectrl::Session;

const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const F4: &str = "\x1bOS";
const F12: &str = "\x1b[24~";

struct Pty {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
    /// Everything the program wrote, for the checks that look at raw output.
    raw: Vec<u8>,
}

impl Pty {
    fn spawn(fx: &Fixture, extra: &[&str]) -> Pty {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_lantern"));
        cmd.arg("--root")
            .arg(fx.root())
            .arg("--data-dir")
            .arg(fx.data())
            .args(extra)
            .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
            .env("HOME", fx.dir.path())
            .env("LANG", "en_US.UTF-8")
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("LANTERN_CONFIG");
        let mut session = Session::spawn(cmd).expect("spawn lantern in a pty");
        // A new pty is 0x0: size it before the program draws.
        session.get_process_mut().set_window_size(80, 24).unwrap();
        Pty {
            session,
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(24).unwrap(),
                std::num::NonZeroU16::new(80).unwrap(),
                1000,
            ),
            raw: Vec::new(),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.raw.extend_from_slice(&buf[..n]);
                }
                Err(_) => break,
            }
        }
    }

    fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    fn wait_for(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {text:?}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).unwrap();
        self.session.flush().unwrap();
        // Give crossterm time to tell a lone Esc from an escape sequence.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.session.get_process().is_alive().unwrap_or(false) {
            self.pump();
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "lantern did not exit"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
        // Drain what is left.
        let mut rest = Vec::new();
        let _ = self.session.read_to_end(&mut rest);
        self.parser.process(&rest);
        self.raw.extend_from_slice(&rest);
    }
}

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
    assert!(review.contains("Declinó responder"), "{review}");
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
    t.wait_for("guardar cifrado");
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
    let mut t = Pty::spawn(&fx, &[]);
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
    t.send(F12);
    t.wait_exit();
    // Nothing of lantern is left on the screen, nor in the scrollback.
    let screen = t.parser.screen().contents();
    assert!(screen.trim().is_empty(), "screen not cleared:\n{screen}");
    let tail = &t.raw[t.raw.len().saturating_sub(64)..];
    assert!(
        tail.windows(4).any(|w| w == b"\x1b[3J"),
        "scrollback not cleared"
    );
    assert_eq!(fx.outbox_files().len(), 0);
    assert_eq!(common::all_files(&fx.data().join("drafts")).len(), 1);

    // Next start: unlock, and the interrupted screening is offered where it stopped.
    let mut t = Pty::spawn(&fx, &[]);
    t.wait_for("Enter your passphrase");
    t.send("correct horse battery");
    t.send(ENTER);
    t.wait_for("A screening was interrupted");
    t.send(ENTER);
    let s = t.wait_for("About how many hours");
    assert!(
        s.contains("2 of 6 answered") || s.contains("answered"),
        "{s}"
    );
    t.send(F12);
    t.wait_exit();
}
