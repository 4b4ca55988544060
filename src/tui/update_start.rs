//! The start of a work session: first run (the passphrase), unlock, the organization-key
//! check, drafts to resume, and the home screen.

use std::time::Instant;

use age::secrecy::SecretString;
use crossterm::event::{KeyCode, KeyEvent};

use crate::vault::VaultError;

use super::app::{App, Exit, HomeState, Screen};
use super::update::{args, edit, screen_for_position};

pub(super) fn on_setup(app: &mut App, k: KeyEvent) {
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

pub(super) fn on_unlock(app: &mut App, k: KeyEvent) {
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

pub(super) fn on_no_keys(app: &mut App, k: KeyEvent) {
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

pub(super) fn on_resume(app: &mut App, k: KeyEvent) {
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

pub(super) fn on_home(app: &mut App, k: KeyEvent) {
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
