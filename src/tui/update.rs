//! Key presses -> changes to the model. Screens that run a screening write nothing
//! themselves: every answer goes to the engine and is autosaved by the session (vault).

use std::time::Instant;

use age::secrecy::SecretString;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};

use crate::engine::{Answer, AuditKind, Position};
use crate::protocol::QuestionKind;
use crate::vault::VaultError;

use super::app::{App, Exit, HomeState, Overlay, QuestionState, Screen};
use super::input::TextField;
use super::keymap::{Action, Context, action};

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
    autosave(app);
    if let Some(a) = &mut app.active {
        a.screening.record(AuditKind::Paused);
    }
    app.session.lock();
    app.overlay = Some(Overlay::Locked {
        pass: TextField::secret(),
        error: None,
    });
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
        Screen::Setup { .. } => on_setup(app, k),
        Screen::Unlock { .. } => on_unlock(app, k),
        Screen::NoKeys { .. } => on_no_keys(app, k),
        Screen::Resume { .. } => on_resume(app, k),
        Screen::Home(_) => on_home(app, k),
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
                let text = field.text.clone();
                app.overlay = None;
                if let Some(a) = &mut app.active
                    && a.notes != text
                {
                    a.notes = text;
                    a.screening.record(AuditKind::NotesEdited);
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
        Overlay::Locked { pass, error } => match k.code {
            KeyCode::Enter => {
                let secret = SecretString::from(pass.text.clone());
                pass.clear();
                match app.session.unlock(&secret) {
                    Ok(()) => {
                        app.overlay = None;
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
    let id = format!("language-{tag}");
    let name = app.l10n.tr(&id);
    if name.starts_with('[') {
        tag.to_string()
    } else {
        name
    }
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

fn on_setup(app: &mut App, k: KeyEvent) {
    let Screen::Setup {
        pass,
        confirm,
        on_confirm,
        error,
    } = &mut app.screen
    else {
        return;
    };
    match k.code {
        KeyCode::Tab | KeyCode::Down | KeyCode::Up => *on_confirm = !*on_confirm,
        KeyCode::Enter if !*on_confirm => *on_confirm = true,
        KeyCode::Enter => {
            let min = crate::vault::MIN_PASSPHRASE_CHARS;
            if pass.text.chars().count() < min {
                *error = Some(
                    app.l10n
                        .tr_args("setup-too-short", &args(&[("min", min.to_string())])),
                );
                *on_confirm = false;
            } else if pass.text != confirm.text {
                *error = Some(app.l10n.tr("setup-mismatch"));
                confirm.clear();
            } else {
                let secret = SecretString::from(pass.text.clone());
                pass.clear();
                confirm.clear();
                match app.session.create_device_key(&secret) {
                    Ok(()) => {
                        app.status = Some(app.l10n.tr("setup-done"));
                        after_unlock(app);
                    }
                    Err(e) => {
                        if let Screen::Setup { error, .. } = &mut app.screen {
                            *error = Some(e.to_string());
                        }
                    }
                }
            }
        }
        KeyCode::Esc => app.exit = Some(Exit::Normal),
        _ => edit(if *on_confirm { confirm } else { pass }, k, false),
    }
}

fn on_unlock(app: &mut App, k: KeyEvent) {
    let Screen::Unlock { pass, error } = &mut app.screen else {
        return;
    };
    match k.code {
        KeyCode::Enter => {
            let secret = SecretString::from(pass.text.clone());
            pass.clear();
            match app.session.unlock(&secret) {
                Ok(()) => after_unlock(app),
                Err(VaultError::WrongPassphrase) => *error = Some(app.l10n.tr("unlock-wrong")),
                Err(e) => *error = Some(e.to_string()),
            }
        }
        KeyCode::Esc => app.exit = Some(Exit::Normal),
        _ => edit(pass, k, false),
    }
}

/// After the device key is unlocked: the keys check, then drafts to resume, then home.
pub fn after_unlock(app: &mut App) {
    if !app.session.can_save() {
        app.screen = Screen::NoKeys { trial: None };
        return;
    }
    to_resume_or_home(app);
}

fn to_resume_or_home(app: &mut App) {
    let drafts = app.session.drafts();
    if !drafts.is_empty() {
        app.screen = Screen::Resume {
            drafts,
            selected: 0,
            confirm_discard: false,
        };
        return;
    }
    // Hotline: straight into the protocol given on the command line.
    if let Some((id, lang)) = app.start_with.take()
        && let Some(p) = app.session.protocol(&id)
    {
        let worker = app.l10n.language().to_string();
        if let Ok(active) = app.session.start(p, &lang, &worker) {
            app.active = Some(active);
            app.call_started = Some(Instant::now());
            app.screen = Screen::Consent;
            return;
        }
    }
    app.screen = home(app);
}

pub fn home(app: &App) -> Screen {
    let available = app.catalog.available();
    let worker_language = available
        .iter()
        .position(|t| t == app.l10n.language())
        .unwrap_or(0);
    let mut h = HomeState {
        worker_language,
        ..HomeState::default()
    };
    reset_language(&mut h, &app.session.protocols, app.l10n.language());
    Screen::Home(h)
}

fn on_no_keys(app: &mut App, k: KeyEvent) {
    match k.code {
        KeyCode::Char('t') => {
            let path = trial_identity_path(app);
            let result = app
                .session
                .create_trial_key(&path)
                .map(|_| path)
                .map_err(|e| e.to_string());
            app.screen = Screen::NoKeys {
                trial: Some(result),
            };
        }
        KeyCode::Enter => to_resume_or_home(app),
        KeyCode::Char('q') | KeyCode::Esc => app.exit = Some(Exit::Normal),
        _ => {}
    }
}

/// Where a trial identity goes: the user's home folder, outside keys/ and lantern's folders,
/// named so that nobody mistakes it for a real key.
fn trial_identity_path(app: &App) -> std::path::PathBuf {
    let dir = directories::BaseDirs::new()
        .map(|b| b.home_dir().to_path_buf())
        .unwrap_or_else(|| app.session.paths.data_dir.clone());
    let mut n = 0;
    loop {
        let name = if n == 0 {
            "lantern-TRIAL-organization-identity.txt".to_string()
        } else {
            format!("lantern-TRIAL-organization-identity-{n}.txt")
        };
        let p = dir.join(name);
        if !p.exists() {
            return p;
        }
        n += 1;
    }
}

fn on_resume(app: &mut App, k: KeyEvent) {
    let Screen::Resume {
        drafts,
        selected,
        confirm_discard,
    } = &mut app.screen
    else {
        return;
    };
    if *confirm_discard {
        if k.code == KeyCode::Char('y')
            && let Some(d) = drafts.get(*selected)
        {
            let _ = app.session.discard_draft(&d.file.id);
            drafts.remove(*selected);
            *selected = 0;
        }
        *confirm_discard = false;
        if drafts.is_empty() {
            app.screen = home(app);
        }
        return;
    }
    match k.code {
        KeyCode::Up => *selected = selected.saturating_sub(1),
        KeyCode::Down => *selected = (*selected + 1).min(drafts.len().saturating_sub(1)),
        KeyCode::Char('x') => *confirm_discard = true,
        KeyCode::Char('l') | KeyCode::Esc => app.screen = home(app),
        KeyCode::Enter => {
            let Some(Ok(draft)) = drafts.get(*selected).map(|d| &d.draft) else {
                return;
            };
            match app.session.resume(draft) {
                Ok(active) => {
                    let wl = active.worker_language.clone();
                    app.active = Some(active);
                    app.call_started = Some(Instant::now());
                    if app.catalog.available().contains(&wl) {
                        app.set_ui_language(&wl);
                    }
                    app.screen = screen_for_position(app);
                }
                Err(e) => app.status = Some(format!("{} {e}", app.tr("error-prefix"))),
            }
        }
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

fn on_home(app: &mut App, k: KeyEvent) {
    let protocols = app.session.protocols.clone();
    let ui = app.l10n.language().to_string();
    let available = app.catalog.available();
    let Screen::Home(h) = &mut app.screen else {
        return;
    };
    let Some(p) = protocols.get(h.protocol) else {
        if matches!(k.code, KeyCode::Esc | KeyCode::Char('q')) {
            app.exit = Some(Exit::Normal);
        }
        return;
    };
    let n_langs = p.languages().count();
    match k.code {
        KeyCode::Tab => h.field = (h.field + 1) % 4,
        KeyCode::BackTab => h.field = (h.field + 3) % 4,
        KeyCode::Up if h.field == 0 => {
            h.protocol = h.protocol.saturating_sub(1);
            reset_language(h, &protocols, &ui);
        }
        KeyCode::Down if h.field == 0 => {
            h.protocol = (h.protocol + 1).min(protocols.len() - 1);
            reset_language(h, &protocols, &ui);
        }
        KeyCode::Left | KeyCode::Right | KeyCode::Up | KeyCode::Down => {
            let forward = matches!(k.code, KeyCode::Right | KeyCode::Down);
            let step = |v: usize, n: usize| {
                if forward {
                    (v + 1) % n
                } else {
                    (v + n - 1) % n
                }
            };
            match h.field {
                1 => h.interview_language = step(h.interview_language, n_langs),
                2 if !available.is_empty() => {
                    h.worker_language = step(h.worker_language, available.len());
                    let tag = available[h.worker_language].clone();
                    app.set_ui_language(&tag);
                }
                _ => {}
            }
        }
        KeyCode::Enter => {
            let lang = p
                .languages()
                .nth(h.interview_language)
                .unwrap_or(p.default_language())
                .to_string();
            let worker = app.l10n.language().to_string();
            let label = h.worker_label.text.trim().to_string();
            match app.session.start(p.clone(), &lang, &worker) {
                Ok(mut active) => {
                    active.worker = (!label.is_empty()).then_some(label);
                    app.active = Some(active);
                    app.call_started = Some(Instant::now());
                    app.screen = Screen::Consent;
                }
                Err(e) => app.status = Some(e.to_string()),
            }
        }
        _ if h.field == 3 => edit(&mut h.worker_label, k, false),
        KeyCode::Esc | KeyCode::Char('q') => app.exit = Some(Exit::Normal),
        _ => {}
    }
}

/// The interview language offered first: the screen language when the protocol has it (a
/// Spanish-speaking worker usually screens in Spanish), else the protocol's default.
fn reset_language(
    h: &mut HomeState,
    protocols: &[std::sync::Arc<crate::protocol::Protocol>],
    ui: &str,
) {
    if let Some(p) = protocols.get(h.protocol) {
        h.interview_language = p
            .languages()
            .position(|l| l == ui)
            .or_else(|| p.languages().position(|l| l == p.default_language()))
            .unwrap_or(0);
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
