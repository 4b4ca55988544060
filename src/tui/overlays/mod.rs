//! Layers over the screen: help, notes, the section and language lists, pause and the idle
//! lock. One at a time; pause and lock keep the one they cover and bring it back.

mod help;
mod language;
mod locked;
mod notes;
mod pause;
mod sections;
mod urgent;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::{Input, Model};
use super::effect::Done;
use super::keymap::Context;

pub use locked::lock;
pub use notes::NotesPane;
pub use pause::pause;

pub enum Overlay {
    Help(help::Help),
    Notes(Box<NotesPane>),
    Sections(sections::Sections),
    Language(language::Language),
    /// The urgent flags' response steps, over the question.
    Urgent(urgent::Urgent),
    /// A neutral screen: nothing sensitive visible.
    Pause(pause::Pause),
    /// Idle timeout: the device key was dropped; the passphrase resumes.
    Locked(locked::Locked),
}

impl Overlay {
    pub fn help(context: Context) -> Overlay {
        Overlay::Help(help::Help::new(context))
    }
    pub fn notes(text: &str) -> Overlay {
        Overlay::Notes(Box::new(NotesPane::new(text)))
    }
    pub fn sections(m: &Model) -> Overlay {
        Overlay::Sections(sections::Sections::new(m))
    }
    pub fn language(m: &Model) -> Overlay {
        Overlay::Language(language::Language::new(m))
    }
    pub fn urgent() -> Overlay {
        Overlay::Urgent(urgent::Urgent::default())
    }

    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) => Context::Help,
            Overlay::Notes(_) => Context::Notes,
            Overlay::Sections(_) => Context::Sections,
            Overlay::Language(_) => Context::Language,
            Overlay::Urgent(_) => Context::Urgent,
            // Any key resumes: nothing to look up but the global keys.
            Overlay::Pause(_) => Context::Global,
            Overlay::Locked(_) => Context::Locked,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(self, Overlay::Notes(_) | Overlay::Locked(_))
    }

    /// Pause and lock show nothing of the screen beneath.
    pub fn hides_everything(&self) -> bool {
        matches!(self, Overlay::Pause(_) | Overlay::Locked(_))
    }

    /// The notes being typed, wherever the pane is (open, or covered by pause or lock).
    pub fn notes_text(&self) -> Option<String> {
        match self {
            Overlay::Notes(n) => Some(n.text()),
            Overlay::Pause(p) => p.under.as_deref().and_then(Overlay::notes_text),
            Overlay::Locked(l) => l.under.as_deref().and_then(Overlay::notes_text),
            _ => None,
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        match self {
            Overlay::Help(o) => o.view(m, f, area),
            Overlay::Notes(o) => o.view(m, f, area),
            Overlay::Sections(o) => o.view(m, f, area),
            Overlay::Language(o) => o.view(m, f, area),
            Overlay::Urgent(o) => o.view(m, f, area),
            Overlay::Pause(_) => pause::view(m, f, area),
            Overlay::Locked(o) => o.view(m, f, area),
        }
    }
}

/// A key for the overlay in front.
pub fn update(m: &mut Model, input: Input) {
    let Some(mut overlay) = m.overlay.take() else {
        return;
    };
    let keep = match &mut overlay {
        Overlay::Help(o) => o.update(input),
        Overlay::Notes(o) => o.update(m, input),
        Overlay::Sections(o) => o.update(m, input),
        Overlay::Language(o) => o.update(m, input),
        Overlay::Urgent(o) => o.update(input),
        Overlay::Pause(_) => return pause::resume(m, overlay),
        Overlay::Locked(o) => o.update(m, input),
    };
    // An overlay's update may itself have opened another one (it then stays).
    if keep && m.overlay.is_none() {
        m.overlay = Some(overlay);
    }
}

/// The result of an effect that an overlay asked for (the lock's unlock).
pub fn done(m: &mut Model, done: Done) {
    if let Some(Overlay::Locked(_)) = &m.overlay
        && let Done::Unlocked(r) = done
    {
        locked::unlocked(m, r);
    }
}
