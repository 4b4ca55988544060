//! The process-only audit trail: what happened and when, never what was answered.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: AuditKind,
}

/// Events carry question or section ids and languages, never answer values (a decline is a
/// value too, so it is just "answered").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum AuditKind {
    Started {
        language: String,
    },
    ConsentAcknowledged,
    Shown {
        question: String,
    },
    Answered {
        question: String,
    },
    Changed {
        question: String,
    },
    Cleared {
        question: String,
    },
    SectionJump {
        section: String,
    },
    LanguageChanged {
        from: String,
        to: String,
    },
    Review,
    Paused,
    Resumed,
    NotesEdited,
    Finished,
    /// A finished screening opened again to change an answer (it is finished again later).
    Reopened,
    /// The screening was carried over to a newer version of its protocol; the answers to
    /// the questions listed stayed with the earlier version (ids only, never values).
    ProtocolUpdated {
        from: String,
        to: String,
        left_behind: Vec<String>,
    },
}
