//! What key handling asks for but never does itself: writing the encrypted draft, saving the
//! record, the slow passphrase work (scrypt), reading drafts from disk, reading the clock.
//! The event loop runs these between frames, so the screen can say "Working…" first, and
//! hands each result back to the app as a `Done`.

use std::path::PathBuf;
use std::time::Instant;

use age::secrecy::SecretString;

use super::app::{Exit, Model};
use crate::session::{FoundDraft, SessionError};
use crate::vault::VaultError;

pub enum Effect {
    /// Encrypt the screening in progress to the device key.
    Autosave,
    /// Finish and save the encrypted record; delete the draft.
    Save,
    CreateDeviceKey(SecretString),
    Unlock(SecretString),
    /// Drop (and zeroize) the device key.
    Lock,
    /// Decrypt the drafts on this laptop (after unlocking).
    LoadDrafts,
    CreateTrialKey,
    DiscardDraft(String),
    /// A screening started (or resumed): the call timer starts now.
    StartCallTimer,
    /// The notes pane changed: save it soon (a pause in typing) rather than on every key.
    NotesChanged,
    Exit(Exit),
}

impl Effect {
    /// Work slow enough that the screen says "Working…" before it runs.
    pub fn is_slow(&self) -> bool {
        matches!(
            self,
            Effect::CreateDeviceKey(_) | Effect::Unlock(_) | Effect::Save | Effect::LoadDrafts
        )
    }
}

/// The result of an effect, for the app to show.
pub enum Done {
    DeviceKey(Result<(), VaultError>),
    Unlocked(Result<(), VaultError>),
    Drafts(Vec<FoundDraft>),
    TrialKey(Result<PathBuf, VaultError>),
    Saved(Result<PathBuf, SessionError>),
    Discarded(String, Result<(), VaultError>),
    Autosaved(Result<(), VaultError>),
}

/// How long the notes pane waits after the last key before it saves.
pub(crate) const NOTES_SAVE_DELAY: std::time::Duration = std::time::Duration::from_secs(2);

/// Runs one effect against the session. Only here (and in the event loop) does the screen
/// touch the disk, the passphrase's key derivation or the clock.
pub(crate) fn run(m: &mut Model, effect: Effect) -> Option<Done> {
    match effect {
        Effect::Autosave => {
            let a = m.active.as_ref()?;
            if !m.session.is_unlocked() || a.screening.consent_acknowledged().is_none() {
                return None;
            }
            m.notes_due = None;
            Some(Done::Autosaved(m.session.autosave(a)))
        }
        Effect::Save => {
            let a = m.active.as_mut()?;
            Some(Done::Saved(m.session.save(a)))
        }
        Effect::CreateDeviceKey(p) => Some(Done::DeviceKey(m.session.create_device_key(&p))),
        Effect::Unlock(p) => Some(Done::Unlocked(m.session.unlock(&p))),
        Effect::Lock => {
            m.session.lock();
            None
        }
        Effect::LoadDrafts => {
            // A draft whose record was already saved (an interruption in between) is
            // removed, and the worker told, before the others are offered.
            let settled = m.session.settle_saved_drafts();
            if settled > 0 {
                m.status = Some(super::app::Status::Info(m.l10n.tr_args(
                    "drafts-already-saved",
                    &crate::present::args([("count", settled.into())]),
                )));
            }
            Some(Done::Drafts(m.session.drafts()))
        }
        Effect::CreateTrialKey => {
            let path = crate::config::trial_identity_path(&m.session.paths.data_dir);
            Some(Done::TrialKey(
                m.session.create_trial_key(&path).map(|()| path),
            ))
        }
        Effect::DiscardDraft(id) => {
            let r = m.session.discard_draft(&id);
            Some(Done::Discarded(id, r))
        }
        Effect::StartCallTimer => {
            m.call_started = Some(Instant::now());
            None
        }
        Effect::NotesChanged => {
            m.notes_due = Some(Instant::now() + NOTES_SAVE_DELAY);
            None
        }
        Effect::Exit(e) => {
            // Nothing claims a save that did not happen.
            m.exit = Some(if e == Exit::Quick && m.autosave_failed {
                Exit::QuickUnsaved
            } else {
                e
            });
            None
        }
    }
}
