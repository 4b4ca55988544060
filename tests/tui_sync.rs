//! Send records from the screens and from plain mode, so a worker never needs a shell: the
//! targets from the settings or a typed folder, progress, the summary, and the snapshots of
//! the screen at 80x24 in English and Spanish.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::tui::{Fixture, chars, key, screen_text};
use crossterm::event::KeyCode;
use lantern::config::Settings;
use lantern::tui::App;
use lantern::tui::screens::Screen;

/// Settings naming two targets: a folder (the default) and a share nobody can reach.
fn settings(fx: &Fixture, usb: &Path) -> Settings {
    let file = fx.dir.path().join("settings.toml");
    let text = format!(
        "{}\n[sync]\ndefault = \"usb\"\n\n[[sync.targets]]\nname = \"usb\"\nto = \"{}\"\n\n\
         [[sync.targets]]\nname = \"office\"\n\
         to = \"https://ana:hunter2@cloud.invalid/remote.php/dav/files/ana\"\n",
        lantern::config::EXAMPLE_SETTINGS,
        usb.display()
    );
    std::fs::write(&file, text).unwrap();
    lantern::config::load_settings(Some(&file), None).unwrap()
}

/// Record-like files in the outbox (sync carries bytes; it never opens them).
fn outbox_with(fx: &Fixture, n: usize) -> Vec<String> {
    let outbox = fx.data().join("outbox");
    std::fs::create_dir_all(&outbox).unwrap();
    (0..n)
        .map(|i| {
            let name = format!("{i:032x}.age");
            std::fs::write(outbox.join(&name), vec![i as u8; 2000 + i]).unwrap();
            name
        })
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn app_with_targets(fx: &Fixture, usb: &Path, lang: &str) -> App {
    let mut app = fx.app_with(settings(fx, usb), lang);
    app.m.idle_timeout = None;
    app
}

/// Ticks the event loop until the sync in the background ends.
fn wait_for_sync(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while app.m.sync_job.is_some() {
        assert!(Instant::now() < deadline, "the sync never ended");
        std::thread::sleep(Duration::from_millis(20));
        app.tick();
    }
}

fn usb(fx: &Fixture) -> PathBuf {
    let d = fx.dir.path().join("usb");
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_home_screen_sends_the_outbox_to_the_default_target() {
    let fx = Fixture::new();
    let usb = usb(&fx);
    let sent = outbox_with(&fx, 12);
    let mut app = app_with_targets(&fx, &usb, "en");
    assert!(matches!(app.screen, Screen::Home(_)));
    key(&mut app, KeyCode::F(5));
    assert!(matches!(app.screen, Screen::Sync(_)));
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("12 records are waiting in the outbox"),
        "{text}"
    );
    // The default first, marked; the share shown without its password.
    assert!(
        text.contains(&format!("> usb ({}) (default)", usb.display())),
        "{text}"
    );
    assert!(text.contains("office (https://cloud.invalid/"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");

    key(&mut app, KeyCode::Enter);
    wait_for_sync(&mut app);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Every record was sent and checked"), "{text}");
    assert!(text.contains("Sent: 12."), "{text}");
    assert!(
        text.contains("No records are waiting in the outbox."),
        "{text}"
    );
    assert_eq!(names(&usb), sent);
    assert!(fx.outbox_files().is_empty());
    // Enter goes back home.
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn a_typed_folder_is_used_and_a_missing_one_loses_nothing() {
    let fx = Fixture::new();
    let usb = usb(&fx);
    let sent = outbox_with(&fx, 3);
    let mut app = app_with_targets(&fx, &usb, "en");
    key(&mut app, KeyCode::Char('s'));
    // Past the two targets to the folder field; letters type there.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    let gone = fx.dir.path().join("not-plugged-in");
    chars(&mut app, &gone.display().to_string());
    key(&mut app, KeyCode::Enter);
    wait_for_sync(&mut app);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("The target is not there"), "{text}");
    assert!(text.contains("Nothing was lost."), "{text}");
    assert!(!gone.exists(), "a missing drive's folder is never created");
    assert_eq!(fx.outbox_files().len(), 3);

    // Back home, and the same folder once it is there.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
    let other = fx.dir.path().join("other-usb");
    std::fs::create_dir_all(&other).unwrap();
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    chars(&mut app, &other.display().to_string());
    key(&mut app, KeyCode::Enter);
    wait_for_sync(&mut app);
    assert_eq!(names(&other), sent);
    assert!(fx.outbox_files().is_empty());
}

#[test]
fn quick_exit_works_while_a_sync_runs() {
    let fx = Fixture::new();
    let usb = usb(&fx);
    outbox_with(&fx, 40);
    let mut app = app_with_targets(&fx, &usb, "en");
    key(&mut app, KeyCode::F(5));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(12));
    assert_eq!(app.m.exit, Some(lantern::tui::Exit::Quick));
    // Whatever the background sync had done, every file is in one place or the other.
    wait_for_sync(&mut app);
    let mut all = names(&usb);
    all.extend(
        fx.outbox_files()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().to_string()),
    );
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 40);
}

#[test]
fn snapshots_of_the_sync_screen_in_english_and_spanish() {
    for lang in ["en", "es"] {
        let fx = Fixture::new();
        let usb = usb(&fx);
        outbox_with(&fx, 5);
        let mut app = app_with_targets(&fx, &usb, lang);
        key(&mut app, KeyCode::F(5));
        let choose = screen_text(&app, 80, 24).replace(&usb.display().to_string(), "[usb]");
        insta::assert_snapshot!(format!("{lang}_sync_choose"), choose);
        key(&mut app, KeyCode::Enter);
        wait_for_sync(&mut app);
        let done = screen_text(&app, 80, 24);
        insta::assert_snapshot!(format!("{lang}_sync_done"), done);
        if lang != "en" {
            assert!(!done.contains("[en]") && !choose.contains("[en]"));
        }
    }
}

fn plain(fx: &Fixture, settings_file: &Path, lang: &str, input: &str) -> (String, bool) {
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .arg("--root")
        .arg(fx.root())
        .arg("--data-dir")
        .arg(fx.data())
        .arg("--config")
        .arg(settings_file)
        .args(["--plain", "--lang", lang])
        .env("HOME", fx.dir.path())
        .write_stdin(input)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        out.status.success(),
    )
}

#[test]
fn plain_mode_offers_to_send_the_saved_records() {
    let fx = Fixture::new();
    let usb = usb(&fx);
    // The device key is set up once (a passphrase from the pipe), with nothing waiting yet.
    let _ = settings(&fx, &usb);
    let file = fx.dir.path().join("settings.toml");
    let pass = "correct horse battery staple lantern";
    let (out, _) = plain(&fx, &file, "es", &format!("{pass}\n{pass}\nq\n"));
    assert!(!out.contains("s) Enviar"), "nothing waits yet:\n{out}");

    let sent = outbox_with(&fx, 4);
    // Unlock, `s`, the first target (the default), then leave from the start menu.
    let (out, ok) = plain(&fx, &file, "es", &format!("{pass}\ns\n1\nq\n"));
    assert!(ok, "{out}");
    assert!(
        out.contains("s) Enviar los registros guardados (4 en espera)"),
        "{out}"
    );
    assert!(
        out.contains("4 registros esperan en la bandeja de salida"),
        "{out}"
    );
    assert!(out.contains("Enviados: 4."), "{out}");
    assert!(!out.contains("hunter2"), "{out}");
    assert_eq!(names(&usb), sent);
    assert!(fx.outbox_files().is_empty());
    // Nothing waits any more: the option is gone.
    let (out, _) = plain(&fx, &file, "es", &format!("{pass}\nq\n"));
    assert!(!out.contains("s) Enviar"), "{out}");
}
