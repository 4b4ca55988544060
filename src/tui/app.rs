//! The TUI's model and its one dispatch: a key becomes an action (keymap), the screen or
//! overlay in front turns it into changes and effects, and the event loop runs the effects
//! (effect.rs) and hands their results back.

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::Frame;
use ratatui::widgets::Block;

use super::effect::{self, Done, Effect};
use super::keymap::{self, Action, Context};
use super::overlays::Overlay;
use super::screens::Screen;
use super::theme::{Theme, ThemeName};
use crate::engine::AuditKind;
use crate::i18n::{Catalog, Localizer};
use crate::present::Message;
use crate::session::{Active, WorkSession};

/// How the program ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Normal,
    /// Quick exit: the draft was saved; the caller clears the screen and scrollback.
    Quick,
    /// Quick exit, but the last answers could not be saved (the previous draft is kept):
    /// the caller clears the screen, then says so in one line.
    QuickUnsaved,
    /// To practice mode (from the home screen): the caller locks and drops the session
    /// first, so practice starts with no way to the vault.
    Practice,
}

/// A one-line message under the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Problem(Message),
    Info(String),
}

/// How the worker chose to see things.
#[derive(Debug, Clone, Copy)]
pub struct Prefs {
    pub show_guidance: bool,
    pub interpreter_view: bool,
    pub show_sensitive: bool,
}

/// A key press as a screen receives it: the action it means there (if any) and the key
/// itself, for text fields.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub key: KeyEvent,
    pub act: Option<Action>,
}

/// Everything but the screen in front: what screens read and change.
pub struct Model {
    pub session: WorkSession,
    pub catalog: Catalog,
    pub l10n: Localizer,
    /// The languages the worker asked for (`--lang`, environment), before negotiation.
    pub ui_languages: Vec<String>,
    pub active: Option<Active>,
    pub overlay: Option<Overlay>,
    pub theme: Theme,
    pub prefs: Prefs,
    pub status: Option<Status>,
    pub exit: Option<Exit>,
    /// Slow work is about to run: the status line says so.
    pub busy: bool,
    pub idle_timeout: Option<Duration>,
    /// When the last key was pressed (the event loop sets it).
    pub last_input: Instant,
    /// When the screening started (this process's clock), for the call timer.
    pub call_started: Option<Instant>,
    /// Tests fix the timer's display.
    pub frozen_timer: Option<Duration>,
    /// When typed notes are due to be saved (a pause in typing).
    pub notes_due: Option<Instant>,
    /// The last autosave failed (full disk, lost folder): a quick exit must say so.
    pub autosave_failed: bool,
    /// `lantern screen --protocol ID --lang L`: straight to this protocol after unlocking.
    pub start_with: Option<(String, String)>,
    /// A sync running in the background, and its last progress (copied on each tick).
    pub sync_job: Option<effect::SyncJob>,
    pub sync_progress: Option<(crate::sync::Progress, f64)>,
    effects: Vec<Effect>,
    next: Option<Screen>,
}

impl Model {
    pub fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// Asks for an effect (run by the event loop after this key).
    pub fn effect(&mut self, e: Effect) {
        self.effects.push(e);
    }

    /// Replaces the screen in front once this key is handled.
    pub fn go(&mut self, s: Screen) {
        self.next = Some(s);
    }

    pub fn problem(&mut self, m: Message) {
        self.status = Some(Status::Problem(m));
    }

    /// Switches the worker's screen language.
    pub fn set_ui_language(&mut self, tag: &str) {
        self.ui_languages = vec![tag.to_string()];
        self.l10n = self.catalog.localizer(&self.ui_languages);
        if let Some(a) = &mut self.active {
            a.worker_language = self.l10n.tag();
        }
    }

    pub fn elapsed(&self) -> Option<Duration> {
        self.frozen_timer
            .or_else(|| self.call_started.map(|s| s.elapsed()))
    }

    /// The text of an open notes pane becomes the screening's notes, so that whatever
    /// saves next keeps what the worker typed.
    pub fn commit_notes(&mut self) {
        if let Some(text) = self.overlay.as_ref().and_then(Overlay::notes_text)
            && let Some(a) = &mut self.active
            && a.notes != text
        {
            a.notes = text;
            a.screening.record(AuditKind::NotesEdited);
        }
    }

    fn effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }
}

/// How often a running sync's progress is redrawn.
const SYNC_REDRAW: Duration = Duration::from_millis(200);

pub struct App {
    pub screen: Screen,
    pub m: Model,
}

impl App {
    pub fn new(
        session: WorkSession,
        catalog: Catalog,
        ui_languages: Vec<String>,
        theme: ThemeName,
    ) -> App {
        let l10n = catalog.localizer(&ui_languages);
        // Shown on the first screen until the first key.
        let status = l10n.missing_language_notice().map(Status::Info);
        let idle = session.settings.file.session.idle_timeout_minutes;
        let screen = Screen::first(&session);
        App {
            screen,
            m: Model {
                session,
                l10n,
                catalog,
                ui_languages,
                active: None,
                overlay: None,
                theme: Theme::new(theme),
                prefs: Prefs {
                    show_guidance: true,
                    interpreter_view: false,
                    show_sensitive: false,
                },
                status,
                exit: None,
                busy: false,
                idle_timeout: (idle > 0).then(|| Duration::from_secs(u64::from(idle) * 60)),
                last_input: Instant::now(),
                call_started: None,
                frozen_timer: None,
                notes_due: None,
                autosave_failed: false,
                start_with: None,
                sync_job: None,
                sync_progress: None,
                effects: Vec::new(),
                next: None,
            },
        }
    }

    /// The key context in front: the overlay's, else the screen's.
    pub fn context(&self) -> Context {
        match &self.m.overlay {
            Some(o) => o.context(),
            None => self.screen.context(&self.m),
        }
    }

    fn typing(&self) -> bool {
        match &self.m.overlay {
            Some(o) => o.typing(),
            None => self.screen.typing(&self.m),
        }
    }

    /// A key press: what it changes, and the effects it asks for (not yet run).
    pub fn update(&mut self, key: KeyEvent) -> Vec<Effect> {
        let act = keymap::resolve(&key, self.context(), self.typing());
        let input = Input { key, act };
        // Quick exit works everywhere, overlays included: keep what is on screen, go.
        if act == Some(Action::QuickExit) {
            self.m.commit_notes();
            self.m.effect(Effect::Autosave);
            self.m.effect(Effect::Exit(Exit::Quick));
            return self.m.effects();
        }
        if act == Some(Action::Pause) && !matches!(self.m.overlay, Some(Overlay::Locked { .. })) {
            super::overlays::pause(&mut self.m);
            return self.m.effects();
        }
        if act == Some(Action::Theme) {
            self.m.theme = Theme::new(self.m.theme.name.next());
            return Vec::new();
        }
        if self.m.overlay.is_some() {
            super::overlays::update(&mut self.m, input);
            return self.m.effects();
        }
        match act {
            Some(Action::Help) => {
                self.m.overlay = Some(Overlay::help(self.context()));
                return Vec::new();
            }
            Some(Action::Notes) if self.screen.in_screening() && self.m.active.is_some() => {
                let notes = self
                    .m
                    .active
                    .as_ref()
                    .map(|a| a.notes.clone())
                    .unwrap_or_default();
                self.m.overlay = Some(Overlay::notes(&notes));
                return Vec::new();
            }
            _ => {}
        }
        self.m.status = None;
        self.screen.update(&mut self.m, input);
        if let Some(next) = self.m.next.take() {
            self.screen = next;
        }
        self.m.effects()
    }

    /// Runs effects and hands their results back; effects asked for by those results run
    /// too.
    pub fn run(&mut self, effects: Vec<Effect>) {
        let mut queue = std::collections::VecDeque::from(effects);
        while let Some(e) = queue.pop_front() {
            if let Some(done) = effect::run(&mut self.m, e) {
                self.done(done);
                queue.extend(self.m.effects());
            }
        }
        self.m.busy = false;
    }

    /// A key press, handled and its effects run (what the event loop does, minus drawing).
    pub fn handle(&mut self, ev: Event) {
        if let Event::Key(k) = ev
            && (k.kind == KeyEventKind::Press || k.kind == KeyEventKind::Repeat)
        {
            self.m.last_input = Instant::now();
            let effects = self.update(k);
            self.run(effects);
        }
    }

    /// Whether the effects include slow work (the loop draws "Working…" first).
    pub fn prepare(&mut self, effects: &[Effect]) -> bool {
        self.m.busy = effects.iter().any(Effect::is_slow);
        self.m.busy
    }

    fn done(&mut self, done: Done) {
        match done {
            Done::Autosaved(Err(e)) => {
                self.m.autosave_failed = true;
                let msg = crate::present::message::Explain::explain(&e, &self.m.l10n);
                self.m.problem(msg);
            }
            Done::Autosaved(Ok(())) => self.m.autosave_failed = false,
            other => {
                if matches!(self.m.overlay, Some(Overlay::Locked { .. })) {
                    super::overlays::done(&mut self.m, other);
                } else {
                    self.screen.done(&mut self.m, other);
                }
            }
        }
        if let Some(next) = self.m.next.take() {
            self.screen = next;
        }
    }

    /// After the device key is unlocked (tests start here): the keys check, then drafts to
    /// resume, then home.
    pub fn unlocked(&mut self) {
        super::screens::after_unlock(&mut self.m);
        if let Some(next) = self.m.next.take() {
            self.screen = next;
        }
        let effects = self.m.effects();
        self.run(effects);
    }

    /// Time passed without a key: the idle lock, notes due to be saved, a sync's progress.
    pub fn tick(&mut self) {
        let now = Instant::now();
        if let Some(job) = &self.m.sync_job {
            self.m.sync_progress = job.progress();
        }
        // A sync that ended while the screen was locked is shown once it is unlocked.
        if self
            .m
            .sync_job
            .as_ref()
            .is_some_and(effect::SyncJob::finished)
            && !matches!(self.m.overlay, Some(Overlay::Locked { .. }))
            && let Some(job) = self.m.sync_job.take()
        {
            self.done(Done::Synced(job.join()));
            let effects = self.m.effects();
            self.run(effects);
        }
        if self.m.notes_due.is_some_and(|due| now >= due) {
            self.m.notes_due = None;
            self.m.commit_notes();
            self.run(vec![Effect::Autosave]);
        }
        if let Some(t) = self.m.idle_timeout
            && self.m.session.is_unlocked()
            && self.m.last_input.elapsed() >= t
        {
            super::overlays::lock(&mut self.m);
            let effects = self.m.effects();
            self.run(effects);
        }
    }

    /// When the loop must wake without a key: the next second of a visible call timer, the
    /// notes' save, or the idle lock. None: block until input.
    pub fn next_wakeup(&self) -> Option<Duration> {
        let mut next: Option<Duration> = None;
        let mut consider = |d: Duration| next = Some(next.map_or(d, |n| n.min(d)));
        if self.screen.shows_timer()
            && self.m.overlay.is_none()
            && self.m.frozen_timer.is_none()
            && let Some(e) = self.m.elapsed()
        {
            consider(Duration::from_millis(1000 - u64::from(e.subsec_millis())));
        }
        if let Some(due) = self.m.notes_due {
            consider(due.saturating_duration_since(Instant::now()));
        }
        if self.m.sync_job.is_some() {
            consider(SYNC_REDRAW);
        }
        if let Some(t) = self.m.idle_timeout
            && self.m.session.is_unlocked()
            && !matches!(self.m.overlay, Some(Overlay::Locked { .. }))
        {
            consider(t.saturating_sub(self.m.last_input.elapsed()));
        }
        next
    }

    pub fn draw(&self, f: &mut Frame) {
        let area = f.area();
        f.render_widget(Block::default().style(self.m.theme.base), area);
        // Pause and lock hide everything: nothing sensitive may stay visible.
        if let Some(o) = &self.m.overlay
            && o.hides_everything()
        {
            return o.view(&self.m, f, area);
        }
        self.screen.view(&self.m, f, area);
        if let Some(o) = &self.m.overlay {
            o.view(&self.m, f, area);
        }
    }
}
