//! What key handling asks for but never does itself: writing the encrypted draft, saving the
//! record, the slow passphrase work (scrypt), reading drafts from disk, reading the clock.
//! The event loop runs these between frames, so the screen can say "Working…" first, and
//! hands each result back to the app as a `Done`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use age::secrecy::SecretString;

use super::app::{Exit, Model};
use crate::session::{FoundDraft, SessionError};
use crate::sync::{Options, Progress, StartError, Summary};
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
    /// Count the records waiting in the outbox (the sync screen).
    CountOutbox,
    /// Send the outbox to this target (a name from the settings, or a folder), in the
    /// background: the screen keeps drawing progress, and quick exit keeps working.
    StartSync(String),
    Exit(Exit),
}

/// A sync running in the background. Interrupting it anywhere (quick exit) loses nothing:
/// every file is either still in the outbox or confirmed on the target (docs/sync.md).
pub struct SyncJob {
    live: Arc<Mutex<Option<(Progress, f64)>>>,
    handle: JoinHandle<Result<Summary, StartError>>,
}

impl SyncJob {
    /// The last progress reported, with the seconds since the start.
    pub fn progress(&self) -> Option<(Progress, f64)> {
        self.live.lock().ok().and_then(|g| *g)
    }

    pub fn finished(&self) -> bool {
        self.handle.is_finished()
    }

    pub fn join(self) -> Result<Summary, StartError> {
        self.handle.join().unwrap_or(Err(StartError::Interrupted))
    }
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
    /// Records waiting in the outbox, and their size.
    Outbox(usize, u64),
    /// A sync ended (or could not start).
    Synced(Result<Summary, StartError>),
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
        Effect::CountOutbox => {
            let (n, bytes) = crate::sync::waiting(&m.session.paths.outbox);
            Some(Done::Outbox(n, bytes))
        }
        Effect::StartSync(to) => match start_sync(m, &to) {
            Ok(job) => {
                m.sync_job = Some(job);
                None
            }
            Err(e) => Some(Done::Synced(Err(e))),
        },
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

fn start_sync(m: &Model, to: &str) -> Result<SyncJob, StartError> {
    let store = crate::sync::target::open_from(Some(to), &m.session.settings)?;
    let paths = m.session.paths.clone();
    let live: Arc<Mutex<Option<(Progress, f64)>>> = Arc::new(Mutex::new(None));
    let shared = Arc::clone(&live);
    let started = Instant::now();
    let handle = std::thread::spawn(move || {
        let progress = |p: Progress| {
            if let Ok(mut g) = shared.lock() {
                *g = Some((p, started.elapsed().as_secs_f64()));
            }
        };
        crate::sync::send_outbox(store.as_ref(), &paths, &Options::default(), &progress)
    });
    Ok(SyncJob { live, handle })
}
