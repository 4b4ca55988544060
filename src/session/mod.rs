//! One work session, shared by every front end (TUI, plain mode): the protocols on offer,
//! the unlocked device key, the screening in progress with its encrypted autosave, and the
//! final save. Front ends never touch files; this module calls the vault for them.

use std::path::PathBuf;
use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};

mod drafts;
pub use drafts::{CarriedOver, FoundDraft};

use crate::config::{DataRoot, Settings};
use crate::diagnostic::Diagnostic;
use crate::engine::{Clock, EngineError, Screening};
use crate::i18n::LangTag;
use crate::protocol::Protocol;
use crate::vault::{
    DeviceKey, Draft, Drafts, Outbox, Recipients, Record, RecordContext, UnlockedDevice,
    VaultError, VaultPaths, atomic, keys,
};

/// The most the notes may hold, in characters: enough for the facts services need to
/// follow up, not for an account of what happened (records can be subpoenaed).
pub const NOTES_MAX_CHARS: usize = 1000;

/// The worker's notes are overwritten in memory when the screening in progress goes.
impl Drop for Active {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.notes);
    }
}

/// A screening in progress with what the front end adds to it.
#[derive(Debug, Clone)]
pub struct Active {
    pub screening: Screening,
    pub draft_id: String,
    pub notes: String,
    /// The worker's screen language (the interview language is the screening's).
    pub worker_language: LangTag,
    pub interpreter_used: Option<bool>,
    pub worker: Option<String>,
    /// Referrals the person chose, with consent to share.
    pub referrals: Vec<crate::vault::record::Referral>,
}

impl Active {
    pub fn draft(&self, now: DateTime<Utc>) -> Draft {
        Draft {
            draft_id: self.draft_id.clone(),
            saved_at: now,
            screening: self.screening.snapshot(),
            protocol_source: Some(self.screening.protocol().source.to_string()),
            worker_language: self.worker_language.to_string(),
            interpreter_used: self.interpreter_used,
            notes: (!self.notes.trim().is_empty()).then(|| self.notes.clone()),
            worker: self.worker.clone(),
            referrals: self.referrals.clone(),
        }
    }
}

pub struct WorkSession {
    pub root: DataRoot,
    pub settings: Settings,
    pub paths: VaultPaths,
    pub protocols: Vec<Arc<Protocol>>,
    /// Protocol files that failed to load (shown on the home screen, never a crash).
    pub protocol_problems: Vec<Diagnostic>,
    /// None when keys/ has no usable key: screenings can run but not be saved.
    pub recipients: Result<Recipients, VaultError>,
    pub clock: Arc<dyn Clock>,
    /// What was found wrong with the data folder at start (shown to the worker once).
    pub folder_warnings: Vec<crate::vault::FolderWarning>,
    /// The referral directory (the installed one, else the shipped `directory/`), loaded in
    /// the background: it is needed minutes after start-up, at the referral screen.
    directory: std::sync::OnceLock<crate::referral::Directory>,
    directory_loader: std::sync::Mutex<Option<std::thread::JoinHandle<crate::referral::Directory>>>,
    device_key: DeviceKey,
    device: Option<UnlockedDevice>,
    drafts: Drafts,
    outbox: Outbox,
    /// Wrong passphrases in a row, and when the next try is allowed.
    wrong_passphrases: u32,
    retry_after: Option<DateTime<Utc>>,
}

/// Seconds to wait after the `n`th wrong passphrase in a row (n ≥ 3): 5, 10, 20… ≤ 300.
fn retry_delay(n: u32) -> u64 {
    (5u64 << (n.saturating_sub(3)).min(6)).min(300)
}

impl std::fmt::Debug for WorkSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkSession")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl WorkSession {
    pub fn open(
        root: DataRoot,
        settings: Settings,
        paths: VaultPaths,
        clock: Arc<dyn Clock>,
    ) -> Result<WorkSession, VaultError> {
        let (protocols, protocol_problems) =
            crate::protocol::load_sources(&crate::shipped::protocol_files(&root));
        let protocols: Vec<Arc<Protocol>> = protocols.into_iter().map(Arc::new).collect();
        let recipients = Recipients::load(&root.keys()).and_then(|r| {
            if r.is_empty() {
                Err(VaultError::NoRecipients)
            } else {
                Ok(r)
            }
        });
        let (data_dir, sample_root) = (paths.data_dir.clone(), root.clone());
        // A damaged installed directory falls back to the sample: referrals still work.
        let loader = std::thread::spawn(move || {
            let sample = || crate::shipped::sample_directory(&sample_root).0;
            crate::referral::store::load_or(&data_dir, sample).unwrap_or_else(|_| sample())
        });
        // Before any folder is created or opened: what someone else did to it shows.
        let folder_warnings = crate::vault::folders::prepare(&paths)?;
        Ok(WorkSession {
            directory: std::sync::OnceLock::new(),
            directory_loader: std::sync::Mutex::new(Some(loader)),
            device_key: DeviceKey::at(&paths.device()),
            drafts: Drafts::open(&paths.drafts())?,
            outbox: Outbox::open(&paths.outbox)?,
            root,
            settings,
            paths,
            protocols,
            protocol_problems,
            recipients,
            clock,
            device: None,
            folder_warnings,
            wrong_passphrases: 0,
            retry_after: None,
        })
    }

    /// The referral directory, waiting for the background load if it is still running.
    pub fn directory(&self) -> &crate::referral::Directory {
        self.directory.get_or_init(|| {
            let handle = self
                .directory_loader
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take();
            // A loader that panicked leaves an empty directory: referrals fall back to
            // nothing rather than take the screening down.
            handle.and_then(|h| h.join().ok()).unwrap_or_default()
        })
    }

    pub fn can_save(&self) -> bool {
        self.recipients.is_ok()
    }

    pub fn has_device_key(&self) -> bool {
        self.device_key.exists()
    }

    pub fn is_unlocked(&self) -> bool {
        self.device.is_some()
    }

    /// First run: creates the passphrase-wrapped device key and unlocks it.
    pub fn create_device_key(&mut self, passphrase: &SecretString) -> Result<(), VaultError> {
        self.device = Some(self.device_key.create(passphrase)?);
        Ok(())
    }

    /// Unlocks the device key. After three wrong passphrases in a row each new try waits
    /// longer (5 s, then doubling, up to 5 minutes): the key derivation already costs a
    /// guesser seconds, and this keeps someone at the keyboard from trying a list.
    pub fn unlock(&mut self, passphrase: &SecretString) -> Result<(), VaultError> {
        let now = self.clock.now();
        if let Some(until) = self.retry_after
            && now < until
        {
            let secs = ((until - now).num_milliseconds().max(0) as u64)
                .div_ceil(1000)
                .max(1);
            return Err(VaultError::WaitBeforeRetry(secs));
        }
        match self.device_key.unlock(passphrase) {
            Ok(d) => {
                self.device = Some(d);
                self.wrong_passphrases = 0;
                self.retry_after = None;
                Ok(())
            }
            Err(VaultError::WrongPassphrase) => {
                self.wrong_passphrases += 1;
                if self.wrong_passphrases >= 3 {
                    let secs = retry_delay(self.wrong_passphrases);
                    self.retry_after = Some(now + chrono::Duration::seconds(secs as i64));
                    return Err(VaultError::WaitBeforeRetry(secs));
                }
                Err(VaultError::WrongPassphrase)
            }
            Err(e) => Err(e),
        }
    }

    /// Where no private key may ever be: keys/, the data folder, the settings' folder.
    pub fn guarded_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.root.keys(), self.paths.data_dir.clone()];
        dirs.extend(
            self.settings
                .path
                .as_ref()
                .and_then(|p| p.parent())
                .map(|d| d.to_path_buf()),
        );
        dirs
    }

    /// Private keys found where they must not be (a screening must not run then: the laptop
    /// could read what it saves).
    pub fn private_keys_found(&self) -> Vec<crate::diagnostic::Diagnostic> {
        keys::find_private_keys(&self.guarded_dirs())
    }

    /// Drops (and so zeroizes) the unlocked device key.
    pub fn lock(&mut self) {
        self.device = None;
    }

    /// Creates a trial organization key pair: the public key goes to keys/, the identity to
    /// `identity_path` (outside keys/). For trying lantern out, never for real screenings.
    pub fn create_trial_key(&mut self, identity_path: &std::path::Path) -> Result<(), VaultError> {
        let public = keys::create_identity(identity_path, &self.guarded_dirs())?;
        keys::add_key(
            &self.root.keys(),
            "trial.txt",
            &public,
            "TRIAL key created on this laptop: not for real screenings",
        )?;
        self.recipients = Recipients::load(&self.root.keys());
        Ok(())
    }

    pub fn protocol(&self, id: &str) -> Option<Arc<Protocol>> {
        self.protocols.iter().find(|p| p.id() == id).cloned()
    }

    /// Starts a screening (nothing is written until the first answer's autosave).
    pub fn start(
        &self,
        protocol: Arc<Protocol>,
        interview_language: &LangTag,
        worker_language: &LangTag,
    ) -> Result<Active, EngineError> {
        Ok(Active {
            screening: Screening::start(
                protocol,
                interview_language.as_str(),
                Arc::clone(&self.clock),
            )?,
            draft_id: atomic::random_id(),
            notes: String::new(),
            worker_language: worker_language.clone(),
            interpreter_used: None,
            worker: None,
            referrals: Vec::new(),
        })
    }

    /// What the referral matching needs from a screening: its needs, urgency, age group,
    /// interview language, and the organization's home location and region.
    pub fn referral_request(&self, active: &Active) -> crate::referral::matching::Request {
        let now = self.clock.now();
        crate::offer::request(&active.screening, &self.settings, now)
    }

    /// Encrypts the screening in progress to the device key. Needs the device unlocked.
    pub fn autosave(&self, active: &Active) -> Result<(), VaultError> {
        let device = self.device.as_ref().ok_or(VaultError::Locked)?;
        self.drafts
            .save(&device.recipient(), &active.draft(self.clock.now()))?;
        Ok(())
    }

    /// Records the person's choice of a service, with their consent to share (a new choice
    /// of the same service replaces the earlier one). Stamped with the session's clock.
    pub fn choose_referral(
        &self,
        active: &mut Active,
        service: &crate::referral::Service,
        need: &str,
        consent: crate::vault::record::ShareConsent,
        share_what: Option<String>,
    ) {
        let now = self.clock.now();
        let referral = crate::vault::record::Referral {
            service_id: service.id.clone(),
            service_name: service.name.clone(),
            need: (need != "hotline").then(|| need.to_string()),
            consent_to_share: consent,
            share_what,
            share_until: self.share_until(consent),
            chosen_at: now,
        };
        active
            .referrals
            .retain(|r| r.service_id != referral.service_id);
        active.referrals.push(referral);
    }

    /// The last day consent given now to share with a service holds (local calendar; the
    /// day it is given counts as the first), or none when nothing may be shared.
    pub fn share_until(
        &self,
        consent: crate::vault::record::ShareConsent,
    ) -> Option<chrono::NaiveDate> {
        let today = self.clock.now().with_timezone(&chrono::Local).date_naive();
        crate::offer::share_until(&self.settings, consent, today)
    }

    /// Finishes the screening, saves the encrypted record and deletes the draft. Refused
    /// without recipients (nothing is written then).
    pub fn save(&self, active: &mut Active) -> Result<PathBuf, SessionError> {
        let recipients = match &self.recipients {
            Ok(r) => r,
            Err(_) => return Err(SessionError::Vault(VaultError::NoRecipients)),
        };
        if active.screening.finished().is_none() {
            active.screening.finish()?;
        }
        let record = Record::from_screening(
            &active.screening,
            active.draft_id.clone(),
            RecordContext {
                worker_language: active.worker_language.to_string(),
                interpreter_used: active.interpreter_used,
                notes: Some(active.notes.clone()),
                referrals: active.referrals.clone(),
                worker: active.worker.clone(),
                device: None,
            },
        )?;
        let path = match self.outbox.save(&record, recipients) {
            // A record under this id is already in the outbox (an interruption between an
            // earlier save and the draft's removal, then changes): this one gets its own id,
            // so the worker is never stuck with a draft that cannot be saved.
            Err(VaultError::Io { error, .. })
                if error.kind() == std::io::ErrorKind::AlreadyExists =>
            {
                let mut again = record;
                again.record_id = crate::vault::atomic::random_id();
                self.outbox.save(&again, recipients)?
            }
            other => other?,
        };
        self.drafts.delete(&active.draft_id)?;
        Ok(path)
    }

    /// Drafts whose record is already in the outbox (lantern was interrupted between writing
    /// the record and removing the draft) are removed: the screening was saved. Returns how
    /// many, for the worker to be told.
    pub fn settle_saved_drafts(&self) -> usize {
        self.drafts
            .list()
            .into_iter()
            .filter(|d| self.outbox.dir().join(format!("{}.age", d.id)).is_file())
            .filter(|d| self.drafts.delete(&d.id).is_ok())
            .count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("the protocol `{0}` of this draft is no longer installed")]
    ProtocolGone(String),
}
