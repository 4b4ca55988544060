//! A screening's state as data, so a draft can be encrypted and a crash recovered exactly
//! where the worker was. Restoring re-validates every answer against the protocol.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::answer::AnswerRecord;
use super::audit::AuditEvent;
use super::clock::Clock;
use super::derive::{Derived, Slots};
use super::screening::{EngineError, Position, Screening};
use crate::protocol::Protocol;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub protocol_id: String,
    pub protocol_version: String,
    pub protocol_sha256: String,
    pub language: String,
    pub started: DateTime<Utc>,
    pub consent: Option<DateTime<Utc>>,
    /// Every stored answer, shown or hidden, by question id.
    pub answers: Vec<(String, AnswerRecord)>,
    pub position: SnapshotPosition,
    pub audit: Vec<AuditEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", content = "question", rename_all = "snake_case")]
pub enum SnapshotPosition {
    Consent,
    Question(String),
    Review,
}

impl Screening {
    pub fn snapshot(&self) -> Snapshot {
        let p = &self.protocol;
        Snapshot {
            protocol_id: p.id().to_string(),
            protocol_version: p.version().to_string(),
            protocol_sha256: p.sha256.clone(),
            language: self.language.clone(),
            started: self.started,
            consent: self.consent,
            answers: self
                .questions()
                .filter_map(|i| {
                    self.stored_answer(i)
                        .map(|a| (p.question(i).id.value.clone(), a.clone()))
                })
                .collect(),
            position: match self.position {
                Position::Consent => SnapshotPosition::Consent,
                Position::Question(i) => SnapshotPosition::Question(p.question(i).id.value.clone()),
                Position::Review => SnapshotPosition::Review,
            },
            audit: self.audit.clone(),
        }
    }

    /// Rebuilds a screening from a snapshot taken with the same protocol file.
    pub fn restore(
        protocol: Arc<Protocol>,
        snap: Snapshot,
        clock: Arc<dyn Clock>,
    ) -> Result<Screening, EngineError> {
        if snap.protocol_sha256 != protocol.sha256 {
            return Err(EngineError::ProtocolChanged {
                id: snap.protocol_id,
                version: snap.protocol_version,
            });
        }
        if !protocol.has_language(&snap.language) {
            return Err(EngineError::UnknownLanguage(snap.language));
        }
        let n = protocol.question_count();
        let mut answers = vec![None; n];
        for (id, rec) in snap.answers {
            let i = protocol
                .question_index(&id)
                .ok_or_else(|| EngineError::UnknownQuestion(id.clone()))?;
            let answer = rec.answer.clone().validate(protocol.question(i))?;
            answers[i.index()] = Some(AnswerRecord {
                answer,
                language: rec.language.clone(),
                at: rec.at,
            });
        }
        let position = match snap.position {
            SnapshotPosition::Consent => Position::Consent,
            SnapshotPosition::Review => Position::Review,
            SnapshotPosition::Question(id) => Position::Question(
                protocol
                    .question_index(&id)
                    .ok_or(EngineError::UnknownQuestion(id))?,
            ),
        };
        let mut s = Screening {
            values: Slots::new(protocol.slot_count),
            protocol,
            language: snap.language,
            clock,
            started: snap.started,
            consent: snap.consent,
            finished: None,
            answers,
            derived: Derived::default(),
            position,
            audit: snap.audit,
        };
        s.refresh();
        Ok(s)
    }
}
