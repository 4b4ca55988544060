//! Practice in the screens, driven by keys on a TestBackend: the scenario picker, a solo
//! question with the persona's reply, and the debrief, at 80x24 in English and Spanish; exact
//! debriefs for three runs (a good one, one that pressures after a decline, the interpreter
//! stop); pause and help; nothing kept unless asked.

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use lantern::config::Settings;
use lantern::i18n::Catalog;
use lantern::tui::practice::{PracticeApp, PracticeScreen, PracticeSetup};
use lantern::tui::theme::ThemeName;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app(lang: &str) -> PracticeApp {
    let root = common::root();
    let scenarios = common::scenarios();
    let (catalog, _) = Catalog::load(&root.join("locales"));
    PracticeApp::new(PracticeSetup {
        catalog,
        languages: vec![lang.to_string()],
        theme: ThemeName::Default,
        settings: Settings::example(),
        scenarios,
        directory: std::sync::Arc::new(lantern::referral::import_csv(&root.join("directory")).0),
        clock: common::clock(),
    })
}

fn press(app: &mut PracticeApp, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(app: &mut PracticeApp, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn screen(app: &PracticeApp) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    format!("{}", t.backend())
}

/// Opens a scenario from the picker by its id.
fn open(app: &mut PracticeApp, id: &str) {
    let n = app
        .m
        .scenarios
        .iter()
        .position(|(s, _)| s.id() == id)
        .unwrap();
    for _ in 0..n {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen, PracticeScreen::Question(_)));
}

/// The whole debrief as text (it scrolls on screen).
fn debrief_text(app: &PracticeApp) -> String {
    let PracticeScreen::Debrief(d) = &app.screen else {
        panic!("not at the debrief:\n{}", screen(app));
    };
    d.text()
}

/// Farm crew, asked and recorded with the keys a careful trainee presses, up to `threats`.
fn farm_crew_until_threats(app: &mut PracticeApp) {
    keys(app, "a1"); // interpreter: none (recorded with its number)
    press(app, KeyCode::Enter); // consent read
    keys(app, "ay"); // private
    keys(app, "a3");
    press(app, KeyCode::Enter); // observed: nothing (multiple: toggle, then Enter)
    keys(app, "a3"); // 25 or older
    keys(app, "an"); // not in danger
    keys(app, "a2"); // medical: soon
    keys(app, "a1"); // farm
    keys(app, "ay"); // fee
    keys(app, "a24");
    press(app, KeyCode::Enter); // promised pay and housing
    keys(app, "a2"); // debt: "I can manage"
    keys(app, "a3"); // pay far less
    keys(app, "a3"); // over 12 hours
    keys(app, "a2"); // days off sometimes
    keys(app, "ay"); // documents held
    keys(app, "a1"); // employer housing
    keys(app, "an"); // not free
    keys(app, "ay"); // rides controlled
}

fn farm_crew_rest(app: &mut PracticeApp) {
    keys(app, "an"); // cannot leave
    keys(app, "ad"); // threats: declined
    keys(app, "a3"); // injury without care
    keys(app, "ay"); // family
    keys(app, "an"); // no language help
    keys(app, "a8");
    press(app, KeyCode::Enter); // no wishes
    assert!(screen(app).contains("Every question is done") || screen(app).contains("Ya no quedan"));
    press(app, KeyCode::Enter); // to the referrals
}

/// The referral step: every suggestion offered, the person agreeing to share what is needed;
/// then on to the debrief.
fn offer_everything(app: &mut PracticeApp) {
    for _ in 0..30 {
        press(app, KeyCode::Enter); // the hand-off and the consent question
        keys(app, "y");
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Tab);
}

#[test]
fn a_good_run_comes_back_to_the_debt_and_scores_full() {
    let mut app = app("en");
    open(&mut app, "farm-crew");
    farm_crew_until_threats(&mut app);
    // Now he has talked about the rides: back eight questions to the debt, asked again.
    for _ in 0..8 {
        press(&mut app, KeyCode::Left);
    }
    keys(&mut app, "a");
    let s = screen(&app);
    assert!(s.contains("La verdad… no."), "{s}");
    assert!(s.contains("Honestly… no."), "{s}");
    keys(&mut app, "3"); // cannot repay
    for _ in 0..7 {
        press(&mut app, KeyCode::PageDown);
    }
    farm_crew_rest(&mut app);
    let s = screen(&app);
    assert!(s.contains("Referrals") && s.contains("[ ]"), "{s}");
    offer_everything(&mut app);
    let d = debrief_text(&app);
    assert!(d.contains("100 of 100 points"), "{d}");
    assert!(
        d.contains("✓ Help with wages, fees, debt and labor rights: Workers' Rights Clinic: Wage Theft and Labor Claims (sharing: what is needed)"),
        "{d}"
    );
    assert!(
        d.contains("✓ Every question the person declined was left alone."),
        "{d}"
    );
    assert!(!d.contains('✗'), "{d}");
}

#[test]
fn asking_again_after_a_decline_is_pressure_in_the_debrief() {
    let mut app = app("es");
    open(&mut app, "farm-crew");
    farm_crew_until_threats(&mut app);
    keys(&mut app, "an");
    keys(&mut app, "ad"); // threats declined...
    press(&mut app, KeyCode::Left); // ...and asked again
    keys(&mut app, "a5");
    press(&mut app, KeyCode::Enter); // "no threats" recorded after the decline
    keys(&mut app, "a3");
    keys(&mut app, "ay");
    keys(&mut app, "an");
    keys(&mut app, "a8");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter); // the referrals...
    press(&mut app, KeyCode::Tab); // ...left without offering anything
    let d = debrief_text(&app);
    assert!(
        d.contains("no se ofreció nada, aunque el directorio tenía servicios para esto"),
        "{d}"
    );
    assert!(
        d.contains("Derivaciones ofrecidas para las necesidades encontradas: 0/10"),
        "{d}"
    );
    assert!(
        d.contains("✗ Se volvió a preguntar después de que la persona no quiso responder"),
        "{d}"
    );
    assert!(
        d.contains("Se respetó cuando no quiso responder: 5/10"),
        "{d}"
    );
    // The debt was never revisited: the ashamed first answer, and its teaching point.
    assert!(d.contains("La vergüenza esconde la deuda."), "{d}");
}

#[test]
fn the_foreman_as_interpreter_is_a_stop_and_acting_on_the_danger_scores_full() {
    let mut app = app("en");
    open(&mut app, "employer-interprets");
    keys(&mut app, "a4"); // the foreman, connected to the work
    let s = screen(&app);
    assert!(s.contains("Do not read anything aloud"), "{s}");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "a2");
    press(&mut app, KeyCode::Enter); // he signals fear: danger
    keys(&mut app, "!"); // the urgent steps, at once
    let s = screen(&app);
    assert!(s.contains("URGENT"), "{s}");
    press(&mut app, KeyCode::Esc);
    let d = debrief_text(&app);
    assert!(d.contains("100 of 100 points"), "{d}");
    assert!(d.contains("✓ Outcome: Not screened"), "{d}");
}

#[test]
fn snapshots_of_the_picker_a_solo_question_and_the_debrief() {
    for lang in ["en", "es"] {
        let mut app = app(lang);
        insta::assert_snapshot!(format!("{lang}_practice_picker"), screen(&app));
        open(&mut app, "farm-crew");
        keys(&mut app, "a1");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "a");
        let s = screen(&app);
        assert!(s.contains(if lang == "en" {
            "PRACTICE"
        } else {
            "PRÁCTICA"
        }));
        insta::assert_snapshot!(format!("{lang}_practice_question"), s);
        press(&mut app, KeyCode::Esc);
        let s = screen(&app);
        insta::assert_snapshot!(format!("{lang}_practice_debrief"), s);
        if lang == "es" {
            assert!(!s.contains("[en]"), "{s}");
        }
    }
}

#[test]
fn pause_hides_everything_help_lists_the_keys_and_nothing_is_kept_unless_asked() {
    let mut app = app("en");
    open(&mut app, "farm-crew");
    keys(&mut app, "a");
    press(&mut app, KeyCode::F(9));
    let s = screen(&app);
    assert!(s.contains("Take a slow breath"), "{s}");
    for hidden in ["PRACTICE", "Farm crew", "interpret"] {
        assert!(!s.contains(hidden), "{hidden} visible during pause:\n{s}");
    }
    press(&mut app, KeyCode::Char('x'));
    assert!(screen(&app).contains("PRACTICE"));
    press(&mut app, KeyCode::F(1));
    let s = screen(&app);
    assert!(s.contains("Ask the person this question"), "{s}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc); // end: the debrief
    assert!(app.m.keep.is_none());
    keys(&mut app, "w");
    let (name, md) = app.m.keep.clone().expect("kept when asked");
    assert!(
        name.starts_with("debrief-farm-crew-") && name.ends_with(".md"),
        "{name}"
    );
    assert!(md.contains("fictional data only"), "{md}");
    // Quick exit leaves at once, keeping nothing.
    press(&mut app, KeyCode::F(12));
    assert!(app.m.done && app.m.quick && app.m.keep.is_none());
}

/// From the home screen, `p` leaves the screening program for practice; the caller then
/// locks and drops the session before practice starts (cli/screen.rs).
#[test]
fn the_home_screen_opens_practice() {
    let fx = common::tui::Fixture::new();
    let mut app = fx.app("en");
    assert!(matches!(app.screen, lantern::tui::screens::Screen::Home(_)));
    assert!(
        common::tui::screen_text(&app, 80, 24).contains("practice"),
        "the key is on the hint bar"
    );
    common::tui::key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.m.exit, Some(lantern::tui::Exit::Practice));
}

/// Role-play (`r` on the picker): a partner plays the person from the printed card; the
/// screen shows no reply, and `a` reveals nothing.
#[test]
fn role_play_shows_no_reply() {
    let mut app = app("en");
    let n = app
        .m
        .scenarios
        .iter()
        .position(|(s, _)| s.id() == "farm-crew")
        .unwrap();
    for _ in 0..n {
        press(&mut app, KeyCode::Down);
    }
    keys(&mut app, "r");
    assert!(matches!(app.screen, PracticeScreen::Question(_)));
    keys(&mut app, "a");
    let s = screen(&app);
    assert!(s.contains("Role-play: your partner answers"), "{s}");
    assert!(!s.contains("No interpreter: you both speak Spanish"), "{s}");
}

/// The referral step after the last question, and the hand-off with its consent question,
/// at 80x24 in English and Spanish: the same suggestions and words as on a real screening.
#[test]
fn snapshots_of_the_referral_step_and_the_consent_to_share() {
    for lang in ["en", "es"] {
        let mut app = app(lang);
        open(&mut app, "farm-crew");
        farm_crew_until_threats(&mut app);
        farm_crew_rest(&mut app);
        let s = screen(&app);
        assert!(s.contains("PRACTICE") || s.contains("PRÁCTICA"), "{s}");
        insta::assert_snapshot!(format!("{lang}_practice_referrals"), s);
        press(&mut app, KeyCode::Enter);
        let s = screen(&app);
        insta::assert_snapshot!(format!("{lang}_practice_referral_consent"), s);
        // Esc closes the question without an answer: nothing offered.
        press(&mut app, KeyCode::Esc);
        let s = screen(&app);
        assert!(!s.contains("[✓]"), "{s}");
        // Back to the questions, and forward again: the offers are kept.
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "n");
        assert!(screen(&app).contains("[✓]"));
        press(&mut app, KeyCode::Esc);
        assert!(
            screen(&app).contains("Every question is done")
                || screen(&app).contains("Ya no quedan")
        );
        press(&mut app, KeyCode::Enter);
        assert!(screen(&app).contains("[✓]"));
        // x: the person changed their mind.
        keys(&mut app, "x");
        assert!(!screen(&app).contains("[✓]"));
    }
}
