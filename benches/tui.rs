//! Rendering a question frame (target: under 1 ms at 120x40) and startup to first frame.

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use lantern::config::{DataRoot, Settings};
use lantern::i18n::Catalog;
use lantern::session::WorkSession;
use lantern::tui::App;
use lantern::tui::theme::ThemeName;
use lantern::vault::VaultPaths;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn question_app(data: &std::path::Path) -> App {
    let clock = std::sync::Arc::new(lantern::engine::SystemClock);
    let mut session = WorkSession::open(
        DataRoot::at(&root()),
        Settings::example(),
        VaultPaths::new(data.to_path_buf(), None),
        clock,
    )
    .unwrap();
    session
        .create_device_key(&SecretString::from("correct horse battery".to_string()))
        .unwrap();
    let (catalog, _) = Catalog::load(&root().join("locales"));
    let mut app = App::new(session, catalog, vec!["en".into()], ThemeName::Default);
    app.m.idle_timeout = None;
    app.unlocked();
    // Home -> (keys screen if the repo has no key: continue) -> consent -> first question.
    for _ in 0..3 {
        if matches!(app.screen, lantern::tui::screens::Screen::Question(_)) {
            break;
        }
        app.handle(Event::Key(KeyEvent::new(
            KeyCode::Enter,
            KeyModifiers::NONE,
        )));
    }
    assert!(matches!(
        app.screen,
        lantern::tui::screens::Screen::Question(_)
    ));
    app
}

fn bench_render(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let app = question_app(data.path());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // The same frame again: ratatui's layout cache hits and the diff is empty, as when the
    // screen redraws without a change (a resize event, the timer of a hidden overlay).
    c.bench_function(
        "render an unchanged question frame at 120x40 (TestBackend)",
        |b| {
            b.iter(|| {
                terminal.draw(|f| black_box(&app).draw(f)).unwrap();
            })
        },
    );
    // A frame that differs from the last: two question screens in turn (the first question
    // and the second), so every draw lays out anew and writes a real diff, as when the
    // worker answers and moves on.
    let mut next = question_app(data.path().join("second").as_path());
    next.handle(Event::Key(KeyEvent::new(
        KeyCode::Char('y'),
        KeyModifiers::NONE,
    )));
    let apps = [&app, &next];
    let mut k = 0usize;
    c.bench_function(
        "render a changed question frame at 120x40 (TestBackend)",
        |b| {
            b.iter(|| {
                k += 1;
                let a = apps[k % 2];
                terminal.draw(|f| black_box(a).draw(f)).unwrap();
            })
        },
    );
}

/// Spawns the real binary in a pty and waits for its first screen (the first-run screen).
fn startup_once() -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lantern"));
    cmd.arg("--root")
        .arg(root())
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("LANG", "en_US.UTF-8")
        .env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.get_process_mut().set_window_size(80, 24).unwrap();
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(24).unwrap(),
        std::num::NonZeroU16::new(80).unwrap(),
        0,
    );
    let mut buf = [0u8; 8192];
    loop {
        if let Ok(n) = session.try_read(&mut buf)
            && n > 0
        {
            parser.process(&buf[..n]);
            if parser.screen().contents().contains("Welcome to lantern") {
                break;
            }
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no first frame");
        std::thread::sleep(Duration::from_micros(200));
    }
    let took = start.elapsed();
    let _ = session.write_all(b"\x1b[24~");
    let _ = session.get_process_mut().exit(true);
    took
}

fn bench_startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    g.bench_function("spawn to first frame (real binary in a pty)", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| startup_once()).sum())
    });
    g.finish();
}

criterion_group!(benches, bench_render, bench_startup);
criterion_main!(benches);
