//! Every screen at 80x24, in English, Spanish and Simplified Chinese (wide characters), plus
//! the interpreter view and the high-contrast theme. Snapshots are committed
//! (tests/snapshots/); review changes with `cargo insta review`.

mod common;

use common::tui::{Fixture, chars, ctrl, key, render, screen_text};
use crossterm::event::KeyCode;
use lantern::tui::App;
use lantern::tui::screens::Screen;

const W: u16 = 80;
const H: u16 = 24;

fn snap(name: &str, app: &App) {
    let text = screen_text(app, W, H);
    // A translated screen shows no English fallback and no bare message id.
    if !name.starts_with("en_") {
        assert!(!text.contains("[en]"), "{name}: English fallback:\n{text}");
        assert!(
            message_id(&text).is_none(),
            "{name}: {:?}\n{text}",
            message_id(&text)
        );
    }
    insta::with_settings!({filters => vec![(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "[date time]")]}, {
        insta::assert_snapshot!(name, text);
    });
}

/// A `[message-id]` left on screen: what the catalog shows for an id it cannot find.
fn message_id(text: &str) -> Option<&str> {
    text.split('[').skip(1).find_map(|rest| {
        let id = rest.split(']').next()?;
        (id.len() > 3 && id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .then_some(id)
    })
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
    assert!(matches!(app.screen, Screen::Consent(_)));
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
    chars(&mut app, "500");
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_question_number_error"), &app);
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
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
        matches!(app.screen, Screen::Review(_)),
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
    app.m.idle_timeout = Some(std::time::Duration::from_secs(300));
    app.m.last_input = std::time::Instant::now() - std::time::Duration::from_secs(301);
    app.tick();
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
    app.m.idle_timeout = None;
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
    app.m.idle_timeout = None;
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
    assert_eq!(
        app.m.theme.name,
        lantern::tui::theme::ThemeName::HighContrast
    );
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    snap("en_high_contrast_question", &app);
    let t = render(&app, W, H);
    let buf = t.backend().buffer();
    // Every character drawn has at least WCAG AAA contrast (7:1) with its background,
    // whatever the colour's form (named, indexed or RGB), and none is left unstyled.
    for y in 0..H {
        for x in 0..W {
            let c = &buf[(x, y)];
            if c.symbol().trim().is_empty() {
                continue;
            }
            let (Some(fg), Some(bg)) = (contrast::rgb(c.fg), contrast::rgb(c.bg)) else {
                panic!(
                    "unstyled {:?} at {x},{y}: {:?} on {:?}",
                    c.symbol(),
                    c.fg,
                    c.bg
                );
            };
            let ratio = contrast::ratio(fg, bg);
            assert!(
                ratio >= 7.0,
                "{:?} at {x},{y}: {:?} on {:?} is {ratio:.1}:1",
                c.symbol(),
                c.fg,
                c.bg
            );
        }
    }
    assert_eq!(buf[(5, 5)].bg, ratatui::style::Color::Black);
}

#[test]
fn the_answers_keep_their_room_at_80x24_and_larger_and_no_size_breaks_a_screen() {
    let fx = Fixture::new();
    let mut app = fx.app("zh-Hans");
    for (w, h) in [(80, 24), (40, 12), (200, 60), (1, 1)] {
        let text = screen_text(&app, w, h);
        if w >= 80 {
            assert!(
                text.contains("F12"),
                "no quick-exit hint at {w}x{h}:\n{text}"
            );
        }
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    // The single-choice question about work: its text and every choice must be visible.
    let a = app.m.active.as_ref().unwrap();
    let lantern::engine::Position::Question(i) = a.screening.position() else {
        panic!("not on a question")
    };
    let q = a.screening.protocol().question(i);
    assert!(!q.choices.is_empty());
    let labels: Vec<String> = q
        .choices
        .iter()
        .map(|c| {
            a.screening
                .choice_label(i, &c.id.value, a.screening.language())
        })
        .collect();
    let question = a.screening.render(&q.text);
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let text = screen_text(&app, w, h);
        let flat: String = text.split('"').collect::<Vec<_>>().concat();
        assert!(flat.contains(&question), "question cut at {w}x{h}:\n{text}");
        for l in &labels {
            assert!(
                text.contains(l.as_str()),
                "choice {l:?} missing at {w}x{h}:\n{text}"
            );
        }
        assert!(
            text.contains("F12"),
            "no quick-exit hint at {w}x{h}:\n{text}"
        );
    }
    // Smaller than anyone should use: drawn without a panic, never blank.
    for (w, h) in [(30, 10), (3, 2)] {
        let text = screen_text(&app, w, h);
        assert!(
            text.chars().any(|c| !c.is_whitespace() && c != '"'),
            "{w}x{h} blank"
        );
    }
}

/// WCAG 2 contrast of terminal colours (xterm's default palette for the named ones).
mod contrast {
    use ratatui::style::Color;

    pub fn rgb(c: Color) -> Option<(u8, u8, u8)> {
        const BASE: [(u8, u8, u8); 16] = [
            (0, 0, 0),
            (205, 0, 0),
            (0, 205, 0),
            (205, 205, 0),
            (0, 0, 238),
            (205, 0, 205),
            (0, 205, 205),
            (229, 229, 229),
            (127, 127, 127),
            (255, 0, 0),
            (0, 255, 0),
            (255, 255, 0),
            (92, 92, 255),
            (255, 0, 255),
            (0, 255, 255),
            (255, 255, 255),
        ];
        let indexed = |i: u8| -> (u8, u8, u8) {
            match i {
                0..=15 => BASE[i as usize],
                16..=231 => {
                    let i = i - 16;
                    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
                    (level(i / 36), level((i / 6) % 6), level(i % 6))
                }
                _ => {
                    let v = 8 + 10 * (i - 232);
                    (v, v, v)
                }
            }
        };
        Some(match c {
            Color::Reset => return None,
            Color::Black => BASE[0],
            Color::Red => BASE[1],
            Color::Green => BASE[2],
            Color::Yellow => BASE[3],
            Color::Blue => BASE[4],
            Color::Magenta => BASE[5],
            Color::Cyan => BASE[6],
            Color::Gray => BASE[7],
            Color::DarkGray => BASE[8],
            Color::LightRed => BASE[9],
            Color::LightGreen => BASE[10],
            Color::LightYellow => BASE[11],
            Color::LightBlue => BASE[12],
            Color::LightMagenta => BASE[13],
            Color::LightCyan => BASE[14],
            Color::White => BASE[15],
            Color::Indexed(i) => indexed(i),
            Color::Rgb(r, g, b) => (r, g, b),
        })
    }

    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    }

    pub fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_style_of_the_high_contrast_theme_reaches_aaa() {
        let t = lantern::tui::theme::Theme::new(lantern::tui::theme::ThemeName::HighContrast);
        let base_bg = t.base.bg;
        for (name, style) in [
            ("base", t.base),
            ("title", t.title),
            ("read_aloud", t.read_aloud),
            ("worker", t.worker),
            ("muted", t.muted),
            ("selected", t.selected),
            ("key", t.key),
            ("hint", t.hint),
            ("urgent", t.urgent),
            ("warning", t.warning),
            ("ok", t.ok),
            ("border", t.border),
        ] {
            let fg = rgb(style.fg.unwrap()).unwrap();
            let bg = rgb(style.bg.or(base_bg).unwrap()).unwrap();
            let r = ratio(fg, bg);
            assert!(r >= 7.0, "{name}: {r:.1}:1");
        }
    }

    #[test]
    fn grey_on_black_is_low_contrast_and_white_on_black_is_not() {
        let black = rgb(Color::Black).unwrap();
        assert!(ratio(rgb(Color::White).unwrap(), black) > 20.0);
        assert!(ratio(rgb(Color::DarkGray).unwrap(), black) < 7.0);
        assert!(ratio(rgb(Color::Indexed(240)).unwrap(), black) < 7.0);
        assert!(ratio(rgb(Color::Rgb(90, 90, 90)).unwrap(), black) < 7.0);
    }
}

/// The screens of the field review: who interprets before anything is read, a stop, the
/// urgent banner and its steps, "not screened" and the referral screen after a stop.
fn safety_screens(lang: &str) {
    let fx = Fixture::with("safety.toml");
    let mut app = fx.app(lang);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_consent_check"), &app);
    chars(&mut app, "3"); // a companion interprets
    snap(&format!("{lang}_consent_stop"), &app);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "n");
    chars(&mut app, "2");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "r");
    chars(&mut app, "f");
    chars(&mut app, "y");
    snap(&format!("{lang}_not_screened_outcome"), &app);
    key(&mut app, KeyCode::Enter);
    snap(&format!("{lang}_not_screened_referrals"), &app);

    let fx = Fixture::with("safety.toml");
    let mut app = fx.app(lang);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "1");
    snap(&format!("{lang}_consent_checked"), &app);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    chars(&mut app, "2");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "3");
    chars(&mut app, "n"); // nowhere safe tonight
    snap(&format!("{lang}_urgent_banner"), &app);
    chars(&mut app, "!");
    snap(&format!("{lang}_urgent_steps"), &app);
}

#[test]
fn field_review_screens() {
    safety_screens("en");
    safety_screens("es");
}

/// The youth protocol's opening: who interprets, then the introduction, the reporting
/// notice and the script, in the order they are read, in English and Spanish.
#[cfg(unix)]
#[test]
fn youth_consent_screens() {
    for lang in ["en", "es"] {
        let fx = Fixture::shipped();
        let mut app = fx.app(lang);
        // The youth protocol is the last one listed.
        for _ in 0..3 {
            key(&mut app, KeyCode::Down);
        }
        key(&mut app, KeyCode::Enter);
        assert!(matches!(app.screen, Screen::Consent(_)));
        chars(&mut app, "2"); // a professional interpreter
        snap(&format!("{lang}_youth_consent"), &app);
    }
}

/// A question of a shipped protocol in Vietnamese and Korean at 80x24, screens and interview
/// in the same language: diacritic-heavy and wide text must fit, and the interview language
/// says it is a draft where the worker picks it.
/// Every box on screen keeps both its borders: a wide character wrapped into the last
/// column overwrites the right one (ratatui's wrapping did, in Korean).
fn borders_intact(app: &App) {
    let text = screen_text(app, 80, 24);
    for row in text.lines() {
        let row = row
            .split(" Hidden by")
            .next()
            .unwrap_or(row)
            .trim_matches('"');
        if row.starts_with('│') {
            assert!(
                row.ends_with('│') && row.matches('│').count() % 2 == 0,
                "a border is overwritten:\n{row}\n{text}"
            );
        }
    }
}

/// Each "[key] answer" of the answer row stays on one line: "[s] Não" at the end of a row
/// and "perguntado" on the next read as two answers.
fn answers_whole(app: &App) {
    let text = screen_text(app, 80, 24);
    for id in [
        "answer-yes",
        "answer-no",
        "answer-declined",
        "answer-dont-know",
        "answer-not-asked",
    ] {
        let label = app.m.l10n.tr(id);
        assert!(
            text.contains(&format!("] {label}")),
            "`{label}` ({id}) is cut across lines:\n{text}"
        );
    }
}

#[cfg(unix)]
#[test]
fn vietnamese_korean_portuguese_and_creole_questions_fit_at_80x24() {
    for lang in ["vi", "ko", "pt-BR", "ht"] {
        let fx = Fixture::shipped();
        let mut app = fx.app(lang);
        // hotline-brief, the second protocol listed; its interview language is the screen's.
        key(&mut app, KeyCode::Down);
        snap(&format!("{lang}_home_draft_interview_language"), &app);
        borders_intact(&app);
        key(&mut app, KeyCode::Enter);
        assert!(matches!(app.screen, Screen::Consent(_)));
        chars(&mut app, "1"); // no interpreter needed
        key(&mut app, KeyCode::Enter);
        snap(&format!("{lang}_question"), &app);
        borders_intact(&app);
        answers_whole(&app);
        chars(&mut app, "y"); // safe to talk
        snap(&format!("{lang}_question_observed"), &app);
        borders_intact(&app);
    }
}
