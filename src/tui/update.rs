//! Key presses -> changes to the model. Screens that run a screening write nothing
//! themselves: every answer goes to the engine and is autosaved by the session (vault).

use std::time::Instant;

use age::secrecy::SecretString;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};

use crate::engine::{Answer, AuditKind, Position};
use crate::protocol::QuestionKind;

use super::app::{App, Exit, Overlay, QuestionState, Screen};
use super::input::TextField;
use super::keymap::{Action, Context, action};

pub use super::update_start::{after_unlock, home};

/// Applies one terminal event.
pub fn update(app: &mut App, event: Event) {
    match event {
        Event::Key(k) if k.kind == KeyEventKind::Press || k.kind == KeyEventKind::Repeat => {
            app.last_input = Instant::now();
            on_key(app, k);
        }
        // Resizes redraw by themselves; other events are ignored.
        _ => {}
    }
}

/// No key for a while: lock if the idle timeout passed.
pub fn tick(app: &mut App) {
    if let Some(t) = app.idle_timeout
        && app.session.is_unlocked()
        && app.last_input.elapsed() >= t
    {
        lock(app);
    }
}

fn lock(app: &mut App) {
    commit_notes(app);
    if let Some(a) = &mut app.active {
        a.screening.record(AuditKind::Paused);
    }
    autosave(app);
    let notes = match app.overlay.take() {
        Some(Overlay::Notes(field)) => Some(field),
        _ => None,
    };
    app.session.lock();
    app.overlay = Some(Overlay::Locked {
        pass: TextField::secret(),
        error: None,
        notes,
    });
}

/// The text of an open notes pane becomes the screening's notes, so that whatever saves
/// next (quick exit, the idle lock, closing the pane) keeps what the worker typed.
fn commit_notes(app: &mut App) {
    if let Some(Overlay::Notes(field)) = &app.overlay
        && let Some(a) = &mut app.active
        && a.notes != field.text
    {
        a.notes = field.text.clone();
        a.screening.record(AuditKind::NotesEdited);
    }
}

fn autosave(app: &mut App) {
    if let Some(a) = &app.active
        && app.session.is_unlocked()
        && a.screening.consent_acknowledged().is_some()
        && let Err(e) = app.session.autosave(a)
    {
        app.status = Some(format!("{} {e}", app.tr("error-prefix")));
    }
}

/// Whether a text field has the focus (letters type instead of acting).
fn typing(app: &App) -> bool {
    if let Some(o) = &app.overlay {
        return matches!(o, Overlay::Notes(_) | Overlay::Locked { .. });
    }
    match &app.screen {
        Screen::Setup { .. } | Screen::Unlock { .. } => true,
        Screen::Home(h) => h.field == 3,
        Screen::Referrals(r) => {
            r.filtering || r.dialog.as_ref().is_some_and(|d| d.limited.is_some())
        }
        Screen::Question(q) => {
            // Numbers and dates take only digits and `-`, so letters keep their one-key
            // answers there; free text takes every key.
            q.filtering || current_kind(app) == Some(QuestionKind::Text)
        }
        _ => false,
    }
}

fn in_screening(app: &App) -> bool {
    app.active.is_some()
        && matches!(
            app.screen,
            Screen::Consent
                | Screen::Question(_)
                | Screen::Review { .. }
                | Screen::Outcome
                | Screen::Referrals(_)
        )
}

fn context(app: &App) -> Context {
    match app.screen {
        Screen::Question(_) => Context::Question,
        Screen::Review { .. } => Context::Review,
        _ => Context::Global,
    }
}

fn on_key(app: &mut App, k: KeyEvent) {
    let act = action(&k, context(app), typing(app));
    // Quick exit works everywhere, overlays included.
    if act == Some(Action::QuickExit) {
        commit_notes(app);
        autosave(app);
        app.exit = Some(Exit::Quick);
        return;
    }
    if app.overlay.is_some() {
        on_overlay_key(app, k, act);
        return;
    }
    match act {
        Some(Action::Help) => {
            app.overlay = Some(Overlay::Help);
            return;
        }
        Some(Action::Pause) => {
            if let Some(a) = &mut app.active {
                a.screening.record(AuditKind::Paused);
            }
            app.overlay = Some(Overlay::Pause);
            return;
        }
        Some(Action::Theme) => {
            app.theme = super::theme::Theme::new(app.theme.name.next());
            return;
        }
        Some(Action::Notes) if in_screening(app) => {
            let text = app
                .active
                .as_ref()
                .map(|a| a.notes.clone())
                .unwrap_or_default();
            app.overlay = Some(Overlay::Notes(TextField::multiline(&text)));
            return;
        }
        _ => {}
    }
    app.status = None;
    // Long text screens scroll with the arrows and page keys.
    if matches!(app.screen, Screen::Consent | Screen::Outcome) {
        match k.code {
            KeyCode::Down => return app.scroll = app.scroll.saturating_add(1),
            KeyCode::PageDown => return app.scroll = app.scroll.saturating_add(10),
            KeyCode::Up => return app.scroll = app.scroll.saturating_sub(1),
            KeyCode::PageUp => return app.scroll = app.scroll.saturating_sub(10),
            _ => app.scroll = 0,
        }
    }
    match app.screen {
        Screen::Setup { .. } => super::update_start::on_setup(app, k),
        Screen::Unlock { .. } => super::update_start::on_unlock(app, k),
        Screen::NoKeys { .. } => super::update_start::on_no_keys(app, k),
        Screen::Resume { .. } => super::update_start::on_resume(app, k),
        Screen::Home(_) => super::update_start::on_home(app, k),
        Screen::Consent => on_consent(app, k),
        Screen::Question(_) => super::update_question::on_question(app, k, act),
        Screen::Review { .. } => on_review(app, k, act),
        Screen::Outcome => {
            if k.code == KeyCode::Enter {
                app.screen = super::update_referral::open(app);
            } else if k.code == KeyCode::Esc {
                app.screen = Screen::Review {
                    selected: 0,
                    confirm_finish: false,
                };
            }
        }
        Screen::Referrals(_) => super::update_referral::on_key(app, k),
        Screen::Save { .. } => on_save(app, k),
    }
}

fn on_overlay_key(app: &mut App, k: KeyEvent, act: Option<Action>) {
    let Some(overlay) = app.overlay.as_mut() else {
        return;
    };
    match overlay {
        Overlay::Help => {
            if matches!(k.code, KeyCode::Esc | KeyCode::Enter) || act == Some(Action::Help) {
                app.overlay = None;
            }
        }
        Overlay::Pause => {
            // Any key resumes.
            app.overlay = None;
            if let Some(a) = &mut app.active {
                a.screening.record(AuditKind::Resumed);
            }
        }
        Overlay::Notes(field) => {
            if k.code == KeyCode::Esc || act == Some(Action::Notes) {
                let changed = app.active.as_ref().is_some_and(|a| a.notes != field.text);
                commit_notes(app);
                app.overlay = None;
                if changed {
                    autosave(app);
                }
            } else {
                edit(field, k, true);
            }
        }
        Overlay::Sections { selected } => {
            let Some(a) = &app.active else {
                app.overlay = None;
                return;
            };
            let sections = a.screening.section_progress();
            match k.code {
                KeyCode::Up => *selected = selected.saturating_sub(1),
                KeyCode::Down => *selected = (*selected + 1).min(sections.len().saturating_sub(1)),
                KeyCode::Enter => {
                    if let Some(&(s, _, _)) = sections.get(*selected)
                        && let Some(a) = &mut app.active
                    {
                        let _ = a.screening.jump_to_section(s);
                        app.screen = Screen::Question(QuestionState::default());
                    }
                    app.overlay = None;
                }
                KeyCode::Esc => app.overlay = None,
                _ => {}
            }
        }
        Overlay::Language { selected } => {
            let Some(a) = &app.active else {
                app.overlay = None;
                return;
            };
            let langs: Vec<String> = a
                .screening
                .protocol()
                .languages()
                .map(str::to_string)
                .collect();
            match k.code {
                KeyCode::Up => *selected = selected.saturating_sub(1),
                KeyCode::Down => *selected = (*selected + 1).min(langs.len().saturating_sub(1)),
                KeyCode::Enter => {
                    if let Some(l) = langs.get(*selected).cloned()
                        && let Some(a) = &mut app.active
                    {
                        let _ = a.screening.set_language(&l);
                        app.status = Some(app.l10n.tr_args(
                            "question-language-changed",
                            &args(&[("language", language_name(app, &l))]),
                        ));
                    }
                    app.overlay = None;
                    autosave(app);
                }
                KeyCode::Esc => app.overlay = None,
                _ => {}
            }
        }
        Overlay::Locked { pass, error, notes } => match k.code {
            KeyCode::Enter => {
                let secret = SecretString::from(pass.text.clone());
                pass.clear();
                match app.session.unlock(&secret) {
                    Ok(()) => {
                        app.overlay = notes.take().map(Overlay::Notes);
                        if let Some(a) = &mut app.active {
                            a.screening.record(AuditKind::Resumed);
                        }
                    }
                    Err(_) => *error = Some(app.l10n.tr("unlock-wrong")),
                }
            }
            _ => edit(pass, k, false),
        },
    }
}

pub fn args(pairs: &[(&str, String)]) -> fluent_bundle::FluentArgs<'static> {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in pairs {
        a.set(k.to_string(), v.clone());
    }
    a
}

pub fn language_name(app: &App, tag: &str) -> String {
    app.l10n.language_name(tag)
}

/// Text editing keys for a field.
pub fn edit(field: &mut TextField, k: KeyEvent, multiline: bool) {
    match k.code {
        KeyCode::Char(c)
            if !k
                .modifiers
                .contains(crossterm::event::KeyModifiers::CONTROL) =>
        {
            field.insert(c)
        }
        KeyCode::Backspace => field.backspace(),
        KeyCode::Delete => field.delete(),
        KeyCode::Left => field.left(),
        KeyCode::Right => field.right(),
        KeyCode::Home => field.home(),
        KeyCode::End => field.end(),
        KeyCode::Enter if multiline => field.insert('\n'),
        _ => {}
    }
}

/// The screen that shows where the screening stands.
pub fn screen_for_position(app: &App) -> Screen {
    match app.active.as_ref().map(|a| a.screening.position()) {
        Some(Position::Question(_)) => Screen::Question(QuestionState::default()),
        Some(Position::Review) => Screen::Review {
            selected: 0,
            confirm_finish: false,
        },
        _ => Screen::Consent,
    }
}

fn on_consent(app: &mut App, k: KeyEvent) {
    match k.code {
        KeyCode::Enter => {
            if let Some(a) = &mut app.active {
                let _ = a.screening.acknowledge_consent();
            }
            autosave(app);
            app.screen = screen_for_position(app);
        }
        // Nothing was answered: leaving the consent leaves nothing behind.
        KeyCode::Esc
            if app
                .active
                .as_ref()
                .is_some_and(|a| a.screening.consent_acknowledged().is_none()) =>
        {
            app.active = None;
            app.call_started = None;
            app.screen = home(app);
        }
        _ => {}
    }
}

fn on_review(app: &mut App, k: KeyEvent, act: Option<Action>) {
    let Some(a) = &app.active else { return };
    let shown: Vec<usize> = a.screening.shown_questions().collect();
    let unanswered = a.screening.unanswered().len();
    let Screen::Review {
        selected,
        confirm_finish,
    } = &mut app.screen
    else {
        return;
    };
    if *confirm_finish {
        *confirm_finish = false;
        if k.code == KeyCode::Char('y') {
            finish(app);
        }
        return;
    }
    match (act, k.code) {
        (Some(Action::Finish), _) => {
            if unanswered > 0 {
                *confirm_finish = true;
            } else {
                finish(app);
            }
        }
        (Some(Action::ShowSensitive), _) => app.show_sensitive = !app.show_sensitive,
        (_, KeyCode::Up) => *selected = selected.saturating_sub(1),
        (_, KeyCode::Down) => *selected = (*selected + 1).min(shown.len().saturating_sub(1)),
        (_, KeyCode::Enter) => {
            if let Some(&i) = shown.get(*selected)
                && let Some(a) = &mut app.active
                && a.screening.jump_to_question(i).is_ok()
            {
                app.screen = Screen::Question(QuestionState::default());
            }
        }
        (_, KeyCode::Esc) | (_, KeyCode::Left) => {
            if let Some(a) = &mut app.active {
                let _ = a.screening.back();
            }
            app.screen = screen_for_position(app);
        }
        _ => {}
    }
}

fn finish(app: &mut App) {
    if let Some(a) = &mut app.active
        && a.screening.finished().is_none()
    {
        let _ = a.screening.finish();
    }
    autosave(app);
    app.screen = Screen::Outcome;
}

fn on_save(app: &mut App, k: KeyEvent) {
    let Screen::Save { result } = &mut app.screen else {
        return;
    };
    match (result.is_some(), k.code) {
        (false, KeyCode::Enter) => {
            let outcome = match app.active.as_mut() {
                Some(a) => app.session.save(a).map(|_| ()).map_err(|e| e.to_string()),
                None => Err("no screening".into()),
            };
            let saved = outcome.is_ok();
            *result = Some(outcome);
            if saved {
                app.active = None;
                app.call_started = None;
            }
        }
        (false, KeyCode::Esc) => app.screen = super::update_referral::open(app),
        (true, KeyCode::Enter) => {
            if app.active.is_none() {
                app.screen = home(app);
            } else {
                *result = None;
            }
        }
        _ => {}
    }
}

pub fn current_kind(app: &App) -> Option<QuestionKind> {
    let a = app.active.as_ref()?;
    match a.screening.position() {
        Position::Question(i) => Some(a.screening.protocol().question(i).kind.value),
        _ => None,
    }
}

pub fn answer_and_advance(app: &mut App, answer: Answer) {
    let Some(a) = &mut app.active else { return };
    let Position::Question(_) = a.screening.position() else {
        return;
    };
    match a.screening.answer_current(answer) {
        Ok(()) => {
            // On to the next open item: answered questions are never asked again (after a
            // change from the review, say); nothing left means the review.
            let _ = a.screening.advance_to_open();
            // After moving on, so that a resume starts exactly where the worker is.
            autosave(app);
            app.screen = screen_for_position(app);
        }
        Err(e) => {
            let msg = super::update_question::answer_error_text(app, &e);
            if let Screen::Question(q) = &mut app.screen {
                q.error = Some(msg);
            }
        }
    }
}

pub fn save_now(app: &mut App) {
    autosave(app);
}
