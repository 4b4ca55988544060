//! Every problem a worker can meet, in the worker's language: a typed error becomes a
//! sentence and, where one helps, what to do about it (rage's err-/rec- pairs). Screens and
//! plain mode show these; no error's English `to_string()` ever reaches a translated screen.

use std::io::ErrorKind;

use fluent_bundle::FluentValue;

use super::answer::InputError;
use super::args;
use crate::engine::{AnswerError, EngineError};
use crate::i18n::Localizer;
use crate::session::SessionError;
use crate::vault::VaultError;

/// A problem as the worker reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub hint: Option<String>,
}

impl Message {
    fn new(text: String) -> Message {
        Message { text, hint: None }
    }
    fn hint(mut self, hint: String) -> Message {
        self.hint = Some(hint);
        self
    }
    /// The text and the hint on one line (plain mode, status lines).
    pub fn line(&self) -> String {
        match &self.hint {
            Some(h) => format!("{} {h}", self.text),
            None => self.text.clone(),
        }
    }
}

/// Errors that can tell the worker what happened.
pub(crate) trait Explain {
    fn explain(&self, l10n: &Localizer) -> Message;
}

impl Explain for InputError {
    fn explain(&self, l: &Localizer) -> Message {
        match self {
            InputError::Empty => {
                Message::new(l.tr("problem-empty")).hint(l.tr("problem-empty-hint"))
            }
            InputError::NotYesNo => Message::new(l.tr("problem-not-yes-no")),
            InputError::NotANumber => {
                Message::new(l.tr("question-invalid-number")).hint(l.tr("problem-number-hint"))
            }
            InputError::NotADate => {
                Message::new(l.tr("question-invalid-date")).hint(l.tr("problem-date-hint"))
            }
            InputError::NoSuchChoice(c) => Message::new(l.tr_args(
                "problem-no-such-choice",
                &args([("choice", FluentValue::from(super::safe(c)))]),
            ))
            .hint(l.tr("problem-no-such-choice-hint")),
            InputError::Note => Message::new(l.tr("problem-note")),
        }
    }
}

impl Explain for AnswerError {
    fn explain(&self, l: &Localizer) -> Message {
        match self {
            AnswerError::TooSmall(min) => Message::new(
                l.tr_args("error-too-small", &args([("min", FluentValue::from(*min))])),
            ),
            AnswerError::TooLarge(max) => Message::new(
                l.tr_args("error-too-large", &args([("max", FluentValue::from(*max))])),
            ),
            AnswerError::TooLong(max) => {
                Message::new(l.tr_args("error-too-long", &args([("max", FluentValue::from(*max))])))
            }
            AnswerError::Empty => Message::new(l.tr("error-empty")),
            AnswerError::ExclusiveCombined(_) => Message::new(l.tr("error-exclusive")),
            AnswerError::UnknownChoice(c) => InputError::NoSuchChoice(c.clone()).explain(l),
            AnswerError::WrongKind { .. } => Message::new(l.tr("problem-wrong-kind")),
            AnswerError::NoteTakesNoAnswer => InputError::Note.explain(l),
        }
    }
}

impl Explain for EngineError {
    fn explain(&self, l: &Localizer) -> Message {
        match self {
            EngineError::Answer(e) => e.explain(l),
            EngineError::ConsentFirst => Message::new(l.tr("problem-consent-first")),
            EngineError::Hidden(_) | EngineError::SectionHidden(_) => {
                Message::new(l.tr("problem-hidden")).hint(l.tr("problem-hidden-hint"))
            }
            EngineError::UnknownLanguage(tag) => Message::new(l.tr_args(
                "problem-unknown-language",
                &args([("language", FluentValue::from(l.language_name(tag)))]),
            )),
            EngineError::Finished => Message::new(l.tr("problem-finished")),
            EngineError::NotFinished => Message::new(l.tr("problem-not-finished")),
            EngineError::ProtocolChanged { id, .. } => Message::new(l.tr_args(
                "problem-protocol-changed",
                &args([("protocol", FluentValue::from(super::safe(id)))]),
            ))
            .hint(l.tr("problem-protocol-changed-hint")),
            EngineError::UnknownQuestion(_) | EngineError::NoSuchSection(_) => {
                Message::new(l.tr("problem-not-available"))
            }
        }
    }
}

impl Explain for VaultError {
    fn explain(&self, l: &Localizer) -> Message {
        match self {
            VaultError::NoRecipients => Message::new(l.tr("save-no-keys")).hint(l.tr("keys-how")),
            VaultError::BadKeys(_) | VaultError::BadKey(_) => {
                Message::new(l.tr("problem-bad-keys")).hint(l.tr("problem-bad-keys-hint"))
            }
            VaultError::BadIdentity { .. } => Message::new(l.tr("problem-bad-identity")),
            VaultError::Io { path, error } => io_problem(l, path, error.kind()),
            VaultError::Serialize(_) | VaultError::Encrypt(_) => {
                Message::new(l.tr("problem-encrypt")).hint(l.tr("problem-bad-keys-hint"))
            }
            VaultError::NotAge(_)
            | VaultError::WrongKey
            | VaultError::Decrypt(_)
            | VaultError::Damaged(_) => Message::new(l.tr("problem-unreadable")),
            VaultError::WrongPassphrase => Message::new(l.tr("unlock-wrong")),
            VaultError::WeakPassphrase(min) => Message::new(
                l.tr_args("setup-too-short", &args([("min", FluentValue::from(*min))])),
            ),
            VaultError::DeviceKeyExists(_) => Message::new(l.tr("problem-device-key-exists")),
            VaultError::GuessablePassphrase => {
                Message::new(l.tr("setup-guessable")).hint(l.tr("setup-guessable-hint"))
            }
            VaultError::WaitBeforeRetry(secs) => Message::new(l.tr_args(
                "unlock-wait",
                &args([("seconds", FluentValue::from(*secs))]),
            )),
            VaultError::Locked => Message::new(l.tr("problem-locked")),
            VaultError::Symlink(path) => Message::new(l.tr_args(
                "problem-symlink",
                &args([(
                    "path",
                    FluentValue::from(super::safe(&path.display().to_string())),
                )]),
            ))
            .hint(l.tr("problem-symlink-hint")),
        }
    }
}

impl Explain for crate::vault::FolderWarning {
    fn explain(&self, l: &Localizer) -> Message {
        use crate::vault::FolderWarning as W;
        let path = |p: &std::path::Path| {
            args([(
                "path",
                FluentValue::from(super::safe(&p.display().to_string())),
            )])
        };
        match self {
            W::Loosened(n) => Message::new(
                l.tr_args("folder-loosened", &args([("count", FluentValue::from(*n))])),
            ),
            W::DraftsWithoutDeviceKey => Message::new(l.tr("folder-drafts-without-key")),
            W::DraftsWithoutOutbox => Message::new(l.tr("folder-drafts-without-outbox")),
            W::NotAFile(p) => Message::new(l.tr_args("folder-not-a-file", &path(p))),
        }
    }
}

fn io_problem(l: &Localizer, path: &std::path::Path, kind: ErrorKind) -> Message {
    let folder = path.parent().unwrap_or(path).display().to_string();
    let folder = FluentValue::from(super::safe(&folder));
    match kind {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            Message::new(l.tr("problem-disk-full")).hint(l.tr("problem-disk-full-hint"))
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            Message::new(l.tr_args("problem-permission", &args([("folder", folder)])))
                .hint(l.tr("problem-permission-hint"))
        }
        ErrorKind::NotFound => {
            Message::new(l.tr_args("problem-not-found", &args([("folder", folder)])))
        }
        _ => Message::new(l.tr_args("problem-io", &args([("folder", folder)])))
            .hint(l.tr("problem-io-hint")),
    }
}

impl Explain for SessionError {
    fn explain(&self, l: &Localizer) -> Message {
        match self {
            SessionError::Vault(e) => e.explain(l),
            SessionError::Engine(e) => e.explain(l),
            SessionError::ProtocolGone(id) => Message::new(l.tr_args(
                "problem-protocol-gone",
                &args([("protocol", FluentValue::from(super::safe(id)))]),
            ))
            .hint(l.tr("problem-protocol-gone-hint")),
        }
    }
}
