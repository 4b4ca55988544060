//! The record: what a finished screening leaves behind, as JSON inside age. Versioned and
//! documented field by field in docs/record-format.md.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::engine::{Answer, AuditEvent, Screening};
use crate::protocol::{NeedCategory, OutcomeLevel, QuestionKind};

/// Identifies the JSON as a lantern record (a supervisor's tools check it).
pub const RECORD_FORMAT: &str = "lantern.record";
/// Bumped on any change a reader must know about; readers refuse newer versions.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub format: String,
    pub schema_version: u32,
    /// Random, also the outbox file's name; never derived from the person.
    pub record_id: String,
    pub protocol: ProtocolRef,
    /// The interview language at the start (each answer keeps its own).
    pub interview_language: String,
    pub worker_language: String,
    /// Whether an interpreter was used (None: not recorded).
    pub interpreter_used: Option<bool>,
    pub answers: Vec<RecordedAnswer>,
    pub indicators: Vec<Flag>,
    pub needs: Vec<RecordedNeed>,
    pub urgent: Vec<Flag>,
    pub outcome: RecordedOutcome,
    /// Referrals the person chose, with consent to share per referral.
    pub referrals: Vec<Referral>,
    pub notes: Option<String>,
    pub started: DateTime<Utc>,
    pub consent_acknowledged: Option<DateTime<Utc>>,
    pub finished: DateTime<Utc>,
    /// Optional labels; never required, never a name unless the organization chooses so.
    pub worker: Option<String>,
    pub device: Option<String>,
    /// Process only: events, question ids, times, languages. Never answer values.
    pub audit: Vec<AuditEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedAnswer {
    pub question: String,
    pub section: String,
    pub kind: QuestionKind,
    #[serde(flatten)]
    pub value: Answer,
    /// The language the question was asked in.
    pub language: String,
    pub at: DateTime<Utc>,
    /// The protocol marks the question `sensitive` (its answer could identify or endanger
    /// the person): `lantern export` leaves it out unless asked. Absent in records written
    /// before lantern said so (the exporter then asks the protocol, if it has it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<bool>,
}

/// An indicator or urgent flag, with its label in the protocol's default language so the
/// record reads without the protocol file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedNeed {
    pub id: String,
    pub category: NeedCategory,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedOutcome {
    pub level: OutcomeLevel,
    pub text: String,
}

/// A referral the person chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub service_id: String,
    pub service_name: String,
    /// The need it answers (a need id of the protocol), if any.
    pub need: Option<String>,
    pub consent_to_share: ShareConsent,
    /// What the person agreed may be shared, in their words (when `limited`).
    pub share_what: Option<String>,
    /// The last day the verbal consent to a warm hand-off holds (local date; none when
    /// nothing may be shared). A written release is still needed for anything identifying.
    #[serde(default)]
    pub share_until: Option<chrono::NaiveDate>,
    pub chosen_at: DateTime<Utc>,
}

/// A referral concept first (practice records it too); the record stores it as is.
pub use crate::referral::model::ShareConsent;

/// What the front end adds to a screening to make a record.
#[derive(Debug, Clone, Default)]
pub struct RecordContext {
    pub worker_language: String,
    pub interpreter_used: Option<bool>,
    pub notes: Option<String>,
    pub referrals: Vec<Referral>,
    pub worker: Option<String>,
    pub device: Option<String>,
}

impl Record {
    /// Builds the record of a finished screening. Only answers that apply are kept: an
    /// answer to a question that ended up hidden is not part of the record.
    pub fn from_screening(
        s: &Screening,
        record_id: String,
        ctx: RecordContext,
    ) -> Result<Record, crate::engine::EngineError> {
        let finished = s
            .finished()
            .ok_or(crate::engine::EngineError::NotFinished)?;
        let p = s.protocol();
        let label_lang = p.default_language();
        let label = |t: &crate::protocol::Text| s.render_in(t, label_lang);
        let d = s.derived();
        let first_language = s
            .audit()
            .iter()
            .find_map(|e| match &e.kind {
                crate::engine::AuditKind::Started { language } => Some(language.clone()),
                _ => None,
            })
            .unwrap_or_else(|| s.language().to_string());
        Ok(Record {
            format: RECORD_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            record_id,
            protocol: ProtocolRef {
                id: p.id().to_string(),
                version: p.version().to_string(),
                sha256: p.sha256.clone(),
            },
            interview_language: first_language,
            worker_language: ctx.worker_language,
            interpreter_used: ctx.interpreter_used.or_else(|| s.interpreter_used()),
            answers: s
                .effective_answers()
                .map(|(i, rec)| RecordedAnswer {
                    question: p.question(i).id.value.clone(),
                    section: p.section(p.section_of(i)).id.value.clone(),
                    kind: p.question(i).kind.value,
                    value: rec.answer.clone(),
                    language: rec.language.clone(),
                    at: rec.at,
                    sensitive: Some(p.question(i).sensitive),
                })
                .collect(),
            indicators: d
                .indicators
                .iter()
                .map(|&i| Flag {
                    id: p.file.indicators[i].id.value.clone(),
                    label: label(&p.file.indicators[i].label),
                })
                .collect(),
            needs: d
                .needs
                .iter()
                .map(|&i| RecordedNeed {
                    id: p.file.needs[i].id.value.clone(),
                    category: p.file.needs[i].category,
                    label: label(&p.file.needs[i].label),
                })
                .collect(),
            urgent: d
                .urgent
                .iter()
                .map(|&i| Flag {
                    id: p.file.urgent[i].id.value.clone(),
                    label: label(&p.file.urgent[i].label),
                })
                .collect(),
            outcome: RecordedOutcome {
                level: s.outcome_level(),
                text: d
                    .outcome
                    .map(|o| label(&p.file.outcomes[o].text))
                    .unwrap_or_default(),
            },
            referrals: ctx.referrals,
            notes: ctx.notes.filter(|n| !n.trim().is_empty()),
            started: s.started(),
            consent_acknowledged: s.consent_acknowledged(),
            finished,
            worker: ctx.worker,
            device: ctx.device,
            audit: s.audit().to_vec(),
        })
    }

    /// Checks what a reader needs before trusting the rest.
    pub fn check_version(&self) -> Result<(), String> {
        if self.format != RECORD_FORMAT {
            return Err(format!("not a lantern record (format `{}`)", self.format));
        }
        if self.schema_version > SCHEMA_VERSION {
            return Err(format!(
                "record schema version {} is newer than this lantern reads ({SCHEMA_VERSION}); update lantern",
                self.schema_version
            ));
        }
        Ok(())
    }
}

/// An answer's value as one cell of text (CSV export, human display).
pub fn answer_cell(a: &Answer) -> String {
    match a {
        Answer::Yes => "yes".into(),
        Answer::No => "no".into(),
        Answer::Choice(c) => c.clone(),
        Answer::Choices(cs) => cs.join(";"),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::Text(t) => t.clone(),
        Answer::Declined => "declined".into(),
        Answer::DontKnow => "dont_know".into(),
        Answer::NotAsked => "not_asked".into(),
    }
}
