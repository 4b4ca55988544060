//! Every screen at 80x24, in English, Spanish and Simplified Chinese (wide characters), plus
//! the interpreter view and the high-contrast theme. Snapshots are committed
//! (tests/snapshots/); review changes with `cargo insta review`.

mod common;

use common::tui::{Fixture, chars, ctrl, key, render, screen_text};
use crossterm::event::KeyCode;
use lantern::tui::App;
use lantern::tui::app::Screen;

const W: u16 = 80;
const H: u16 = 24;

fn snap(name: &str, app: &App) {
    let text = screen_text(app, W, H);
    insta::with_settings!({filters => vec![(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "[date time]")]}, {
        insta::assert_snapshot!(name, text);
    });
}

/// Walks a whole screening, taking a snapshot of every screen.
fn walk(lang: &str, interview_right: usize) {
    let fx = Fixture::new();
    let mut app = fx.app(lang);
    snap(&format!("{lang}_home"), &app);
    key(&mut app, KeyCode::Tab);
    for _ in 0..interview_right {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Consent));
    snap(&format!("{lang}_consent"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_question_yes_no"), &app);
    key(&mut app, KeyCode::F(1));
    snap(&format!("{lang}_help"), &app);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "y");
    snap(&format!("{lang}_question_single"), &app);
    chars(&mut app, "j");
    snap(&format!("{lang}_sections"), &app);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "l");
    snap(&format!("{lang}_language"), &app);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "/dom");
    snap(&format!("{lang}_question_filter"), &app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "72");
    snap(&format!("{lang}_question_number"), &app);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    chars(&mut app, "2");
    snap(&format!("{lang}_question_multiple"), &app);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "k");
    key(&mut app, KeyCode::F(4));
    chars(&mut app, "Call back on Friday.");
    snap(&format!("{lang}_notes"), &app);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "Quechua");
    snap(&format!("{lang}_question_text"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_question_note"), &app);
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Review { .. }),
        "review after the last question"
    );
    snap(&format!("{lang}_review"), &app);
    chars(&mut app, "f");
    snap(&format!("{lang}_outcome"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_referrals"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_referral_consent"), &app);
    chars(&mut app, "l");
    chars(&mut app, "first name only");
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_referral_chosen"), &app);
    key(&mut app, KeyCode::Right);
    snap(&format!("{lang}_save"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_saved"), &app);
    assert_eq!(fx.outbox_files().len(), 1);
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(fx.identity.clone())];
    let r = lantern::vault::supervisor::read_record(&fx.outbox_files()[0], &ids).unwrap();
    assert_eq!(r.referrals.len(), 1);
    assert_eq!(
        r.referrals[0].consent_to_share,
        lantern::vault::record::ShareConsent::Limited
    );
    assert_eq!(
        r.referrals[0].share_what.as_deref(),
        Some("first name only")
    );
    ctrl(&mut app, 'p');
    snap(&format!("{lang}_pause"), &app);
    key(&mut app, KeyCode::Enter);
    app.idle_timeout = Some(std::time::Duration::from_secs(300));
    app.last_input = std::time::Instant::now() - std::time::Duration::from_secs(301);
    lantern::tui::update::tick(&mut app);
    snap(&format!("{lang}_locked"), &app);
}

#[test]
fn english_screens() {
    walk("en", 0);
}

#[test]
fn spanish_screens() {
    walk("es", 0);
}

#[test]
fn chinese_screens() {
    walk("zh-Hans", 0);
}

#[test]
fn first_run_unlock_no_keys_and_resume() {
    let fx = Fixture::new();
    let session = fx.session();
    let (catalog, _) = lantern::i18n::Catalog::load(&fx.root().join("locales"));
    let mut app = App::new(
        session,
        catalog,
        vec!["es".into()],
        lantern::tui::theme::ThemeName::Default,
    );
    app.idle_timeout = None;
    snap("es_setup", &app);
    chars(&mut app, "short");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "short");
    key(&mut app, KeyCode::Enter);
    snap("es_setup_too_short", &app);

    // Start a screening, answer one question, leave: a draft stays.
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    drop(app);
    let session = fx.session();
    let (catalog, _) = lantern::i18n::Catalog::load(&fx.root().join("locales"));
    let mut app = App::new(
        session,
        catalog,
        vec!["en".into()],
        lantern::tui::theme::ThemeName::Default,
    );
    app.idle_timeout = None;
    snap("en_unlock", &app);
    chars(&mut app, "wrong passphrase");
    key(&mut app, KeyCode::Enter);
    snap("en_unlock_wrong", &app);
    chars(&mut app, "correct horse battery");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Resume { .. }));
    snap("en_resume", &app);
    key(&mut app, KeyCode::Enter);
    // Exactly where it stopped: the second question.
    assert!(screen_text(&app, W, H).contains("What kind of work do you do?"));

    // No organization key.
    std::fs::remove_file(fx.root().join("keys/org.txt")).unwrap();
    let app = fx.app("en");
    assert!(matches!(app.screen, Screen::NoKeys { .. }));
    snap("en_no_keys", &app);
}

#[test]
fn interpreter_view_shows_both_languages() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "i");
    let text = screen_text(&app, W, H);
    assert!(text.contains("¿Es un buen momento"), "{text}");
    assert!(text.contains("Is this a good time"), "{text}");
    snap("en_es_interpreter", &app);
}

#[test]
fn high_contrast_theme() {
    let fx = Fixture::new();
    let mut app = fx.app("en");
    ctrl(&mut app, 't');
    assert_eq!(app.theme.name, lantern::tui::theme::ThemeName::HighContrast);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    snap("en_high_contrast_question", &app);
    let t = render(&app, W, H);
    let buf = t.backend().buffer();
    // Black background everywhere, bright text: no low-contrast greys.
    for y in 0..H {
        for x in 0..W {
            let c = &buf[(x, y)];
            assert_ne!(c.fg, ratatui::style::Color::Gray, "grey text at {x},{y}");
            assert_ne!(
                c.fg,
                ratatui::style::Color::DarkGray,
                "dark grey at {x},{y}"
            );
        }
    }
    assert_eq!(buf[(5, 5)].bg, ratatui::style::Color::Black);
}

#[test]
fn every_screen_fits_small_and_large_terminals() {
    let fx = Fixture::new();
    let mut app = fx.app("zh-Hans");
    for (w, h) in [(80, 24), (40, 12), (200, 60), (1, 1)] {
        let _ = render(&app, w, h);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (30, 10), (120, 40), (3, 2)] {
        let _ = render(&app, w, h);
    }
}
