//! The TUI's model: which screen, what is being typed, overlays and display choices.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::i18n::{Catalog, Localizer};
use crate::session::{Active, FoundDraft, WorkSession};

use super::input::TextField;
use super::theme::{Theme, ThemeName};

pub enum Screen {
    /// First run: choose the passphrase that wraps the device key.
    Setup {
        pass: TextField,
        confirm: TextField,
        on_confirm: bool,
        error: Option<String>,
    },
    Unlock {
        pass: TextField,
        error: Option<String>,
    },
    /// keys/ has no organization key.
    NoKeys {
        trial: Option<Result<PathBuf, String>>,
    },
    Resume {
        drafts: Vec<FoundDraft>,
        selected: usize,
        confirm_discard: bool,
    },
    Home(HomeState),
    Consent,
    Question(QuestionState),
    Review {
        selected: usize,
        confirm_finish: bool,
    },
    Outcome,
    /// Suggestions by need, the person's choices and consent to share.
    Referrals(ReferralState),
    Save {
        result: Option<Result<(), String>>,
    },
}

#[derive(Debug, Clone, Default)]
pub struct HomeState {
    pub protocol: usize,
    /// 0: protocol list, 1: interview language, 2: screen language, 3: worker label.
    pub field: usize,
    pub interview_language: usize,
    pub worker_language: usize,
    /// Optional label recorded with each screening (never required; no survivor data).
    pub worker_label: TextField,
}

#[derive(Debug, Clone, Default)]
pub struct QuestionState {
    /// For number, date and text questions.
    pub input: TextField,
    pub cursor: usize,
    /// `/` filter over choices (empty: all choices).
    pub filter: TextField,
    /// The filter field has the focus.
    pub filtering: bool,
    /// Ticked choices of a multiple-choice question before Enter.
    pub ticked: BTreeSet<String>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ReferralState {
    pub groups: Vec<crate::referral::matching::NeedSuggestions>,
    /// Index into the visible items (see `update_referral::items`).
    pub cursor: usize,
    pub filter: TextField,
    pub filtering: bool,
    pub dialog: Option<ConsentDialog>,
    /// The person asked for law-enforcement services (never suggested otherwise).
    pub law_enforcement: bool,
}

/// Choosing one service: the warm hand-off script and consent to share.
#[derive(Debug, Clone)]
pub struct ConsentDialog {
    pub service: usize,
    /// Why it was suggested (read out in the hand-off script).
    pub reasons: Vec<crate::referral::matching::Reason>,
    pub need: String,
    /// Typing what may be shared (consent "limited").
    pub limited: Option<TextField>,
}

/// Full-screen or floating layers over the current screen.
pub enum Overlay {
    Help,
    Notes(TextField),
    Sections {
        selected: usize,
    },
    Language {
        selected: usize,
    },
    /// A neutral screen: nothing sensitive visible.
    Pause,
    /// Idle timeout: the device key was dropped; the passphrase resumes.
    Locked {
        pass: TextField,
        error: Option<String>,
        /// The notes pane that was open (its text already saved), reopened after unlocking.
        notes: Option<TextField>,
    },
}

/// How the program ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Normal,
    /// Quick exit: the draft was saved; the caller clears the screen and scrollback.
    Quick,
}

pub struct App {
    pub session: WorkSession,
    pub catalog: Catalog,
    pub l10n: Localizer,
    /// The languages the worker asked for (`--lang`, environment), before negotiation.
    pub ui_languages: Vec<String>,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub active: Option<Active>,
    pub theme: Theme,
    pub show_guidance: bool,
    pub interpreter_view: bool,
    pub show_sensitive: bool,
    /// A one-line message for the worker (errors, confirmations).
    pub status: Option<String>,
    pub exit: Option<Exit>,
    pub last_input: Instant,
    pub idle_timeout: Option<Duration>,
    /// When the screening started (wall clock of this process), for the call timer.
    pub call_started: Option<Instant>,
    /// Tests fix the timer's display.
    pub frozen_timer: Option<Duration>,
    /// Scroll offset of long text screens (consent, outcome, needs); reset on other keys.
    pub scroll: u16,
    /// `lantern screen --protocol ID --lang L`: go straight to this protocol after unlocking.
    pub start_with: Option<(String, String)>,
}

impl App {
    pub fn new(
        session: WorkSession,
        catalog: Catalog,
        ui_languages: Vec<String>,
        theme: ThemeName,
    ) -> App {
        let l10n = catalog.localizer(&ui_languages);
        let idle = session.settings.file.session.idle_timeout_minutes;
        let screen = if !session.has_device_key() {
            Screen::Setup {
                pass: TextField::secret(),
                confirm: TextField::secret(),
                on_confirm: false,
                error: None,
            }
        } else {
            Screen::Unlock {
                pass: TextField::secret(),
                error: None,
            }
        };
        App {
            session,
            l10n,
            catalog,
            ui_languages,
            screen,
            overlay: None,
            active: None,
            theme: Theme::new(theme),
            show_guidance: true,
            interpreter_view: false,
            show_sensitive: false,
            status: None,
            exit: None,
            last_input: Instant::now(),
            idle_timeout: (idle > 0).then(|| Duration::from_secs(u64::from(idle) * 60)),
            call_started: None,
            frozen_timer: None,
            start_with: None,
            scroll: 0,
        }
    }

    pub fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    pub fn tr_args(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.l10n.tr_args(id, &a)
    }

    /// Switches the worker's screen language.
    pub fn set_ui_language(&mut self, tag: &str) {
        self.ui_languages = vec![tag.to_string()];
        self.l10n = self.catalog.localizer(&self.ui_languages);
        if let Some(a) = &mut self.active {
            a.worker_language = self.l10n.language().to_string();
        }
    }

    /// The language to show protocol text to the worker in: the screen language if the
    /// protocol has it, else the protocol's default.
    pub fn worker_text_language(&self) -> String {
        let Some(a) = &self.active else {
            return self.l10n.language().to_string();
        };
        let p = a.screening.protocol();
        let ui = self.l10n.language();
        if p.has_language(ui) {
            ui.to_string()
        } else {
            p.default_language().to_string()
        }
    }

    pub fn elapsed(&self) -> Option<Duration> {
        self.frozen_timer
            .or_else(|| self.call_started.map(|s| s.elapsed()))
    }

    /// When the loop must wake without a key: the next second of a visible call timer, or
    /// the idle lock. None: block until input.
    pub fn next_wakeup(&self) -> Option<Duration> {
        let mut next: Option<Duration> = None;
        let mut consider = |d: Duration| next = Some(next.map_or(d, |n| n.min(d)));
        if matches!(
            self.screen,
            Screen::Question(_) | Screen::Consent | Screen::Review { .. }
        ) && self.overlay.is_none()
            && let Some(e) = self.elapsed()
            && self.frozen_timer.is_none()
        {
            consider(Duration::from_millis(1000 - u64::from(e.subsec_millis())));
        }
        if let Some(t) = self.idle_timeout
            && self.session.is_unlocked()
            && !matches!(self.overlay, Some(Overlay::Locked { .. }))
        {
            consider(t.saturating_sub(self.last_input.elapsed()));
        }
        next
    }
}
