//! Screenings in progress kept on this laptop: listed, resumed with the protocol version they
//! started with (or carried over to the installed one), flagged when older than the
//! organization keeps them, discarded.

use std::sync::Arc;

use super::{Active, SessionError, WorkSession};
use crate::engine::{EngineError, Screening};
use crate::i18n::LangTag;
use crate::protocol::Protocol;
use crate::vault::{Draft, DraftFile, VaultError};

/// What a carry-over to the installed version of a protocol left behind.
#[derive(Debug)]
pub struct CarriedOver {
    /// The version the screening ran before.
    pub from: Arc<Protocol>,
    pub left_behind: Vec<crate::engine::LeftBehind>,
}

/// The protocol a draft kept, as the engine reads it. Not linted again: it was when the
/// screening started, and a later lantern's stricter rules must not strand the draft.
fn kept_protocol(snap: &crate::engine::Snapshot, text: &str) -> Result<Protocol, SessionError> {
    let file = crate::diagnostic::SourceFile::new(
        format!("(kept with the draft)/{}.toml", snap.protocol_id),
        text.to_string(),
    );
    match crate::protocol::load_str(&file).0 {
        Some(p) if p.sha256 == snap.protocol_sha256 => Ok(p),
        _ => Err(EngineError::ProtocolChanged {
            id: snap.protocol_id.clone(),
            version: snap.protocol_version.clone(),
        }
        .into()),
    }
}

/// A draft found at start-up, opened (or why it could not be).
#[derive(Debug)]
pub struct FoundDraft {
    pub file: DraftFile,
    pub draft: Result<Draft, VaultError>,
}

impl WorkSession {
    /// Drafts on this laptop, newest first, opened with the unlocked device key.
    pub fn drafts(&self) -> Vec<FoundDraft> {
        let Some(device) = &self.device else {
            return Vec::new();
        };
        self.drafts
            .list()
            .into_iter()
            .map(|file| FoundDraft {
                draft: self.drafts.load(&file, device),
                file,
            })
            .collect()
    }

    /// Rebuilds a screening from a draft with the protocol version it started with: the
    /// installed file when it is still that version, else the copy kept in the draft (a
    /// protocol edited since never strands a screening). `installed_version` then says
    /// whether the worker may carry the answers over.
    pub fn resume(&self, draft: &Draft) -> Result<Active, SessionError> {
        let snap = &draft.screening;
        let installed = self.protocol(&snap.protocol_id);
        let p = match (installed, &draft.protocol_source) {
            (Some(p), _) if p.sha256 == snap.protocol_sha256 => p,
            (_, Some(text)) => Arc::new(kept_protocol(snap, text)?),
            // A draft from before protocols were kept with drafts.
            (Some(_), None) => {
                return Err(EngineError::ProtocolChanged {
                    id: snap.protocol_id.clone(),
                    version: snap.protocol_version.clone(),
                }
                .into());
            }
            (None, None) => return Err(SessionError::ProtocolGone(snap.protocol_id.clone())),
        };
        let screening = Screening::restore(p, draft.screening.clone(), Arc::clone(&self.clock))?;
        Ok(Active {
            screening,
            draft_id: draft.draft_id.clone(),
            notes: draft.notes.clone().unwrap_or_default(),
            // A draft from before tags were checked may hold anything: English then.
            worker_language: draft
                .worker_language
                .parse()
                .unwrap_or_else(|_| LangTag::english()),
            interpreter_used: draft.interpreter_used,
            worker: draft.worker.clone(),
            referrals: draft.referrals.clone(),
        })
    }

    /// The installed protocol with the id of the one `active` runs, when it is another
    /// version (the screening was started before the protocol was changed).
    pub fn installed_version(&self, active: &Active) -> Option<Arc<Protocol>> {
        let running = active.screening.protocol();
        self.protocol(running.id())
            .filter(|p| p.sha256 != running.sha256)
    }

    /// Moves `active` to the installed version of its protocol, the answers carried over by
    /// question id; returns what stayed behind with the earlier version (nothing changes
    /// when the installed version is the one running, or when it lacks the interview
    /// language: an error then, and the screening goes on as it was).
    pub fn carry_over(&self, active: &mut Active) -> Result<CarriedOver, SessionError> {
        let from = Arc::clone(active.screening.protocol());
        let Some(to) = self.installed_version(active) else {
            return Ok(CarriedOver {
                from,
                left_behind: Vec::new(),
            });
        };
        let (screening, left_behind) = active.screening.carry_over(to)?;
        active.screening = screening;
        Ok(CarriedOver { from, left_behind })
    }

    /// The organization's limit on how long a draft may wait, in days (None: no limit).
    pub fn drafts_kept_days(&self) -> Option<u32> {
        self.settings
            .file
            .session
            .drafts_kept_days
            .filter(|&d| d > 0)
    }

    /// Whether `draft` has waited longer than the organization keeps drafts (untouched
    /// since its last autosave for more than `drafts_kept_days`).
    pub fn is_stale(&self, draft: &Draft) -> bool {
        self.drafts_kept_days().is_some_and(|days| {
            self.clock.now() - draft.saved_at > chrono::Duration::days(i64::from(days))
        })
    }

    pub fn discard_draft(&self, draft_id: &str) -> Result<(), VaultError> {
        self.drafts.delete(draft_id)
    }
}
