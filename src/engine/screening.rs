//! The state of one screening and the operations on it.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::answer::{Answer, AnswerError, AnswerRecord};
use super::audit::{AuditEvent, AuditKind};
use super::clock::Clock;
use super::derive::{Derived, Slots, recompute};
use crate::protocol::{OutcomeLevel, Protocol, QuestionIdx, QuestionKind};

/// Where the screening is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The consent and limits-of-confidentiality script.
    Consent,
    /// A question.
    Question(QuestionIdx),
    /// "Check before save": every question shown, unanswered ones flagged.
    Review,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EngineError {
    #[error("the protocol has no text in language `{0}`")]
    UnknownLanguage(String),
    #[error("the consent script must be acknowledged before any question")]
    ConsentFirst,
    #[error("no question `{0}` in this protocol")]
    UnknownQuestion(String),
    #[error("question `{0}` is not shown with the current answers")]
    Hidden(String),
    #[error("section `{0}` has no question shown with the current answers")]
    SectionHidden(String),
    #[error("no section number {0}")]
    NoSuchSection(usize),
    #[error("the screening is finished")]
    Finished,
    #[error("the screening is not finished yet")]
    NotFinished,
    #[error("protocol `{id}` {version} has changed since this draft was saved")]
    ProtocolChanged { id: String, version: String },
    #[error(transparent)]
    Answer(#[from] AnswerError),
}

/// Answered and shown questions, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub shown: usize,
}

#[derive(Clone)]
pub struct Screening {
    pub(super) protocol: Arc<Protocol>,
    pub(super) language: String,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) started: DateTime<Utc>,
    pub(super) consent: Option<DateTime<Utc>>,
    pub(super) finished: Option<DateTime<Utc>>,
    pub(super) answers: Vec<Option<AnswerRecord>>,
    pub(super) values: Slots,
    pub(super) derived: Derived,
    pub(super) position: Position,
    pub(super) audit: Vec<AuditEvent>,
}

impl std::fmt::Debug for Screening {
    // Deliberately terse: answers never go to logs or panic messages.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Screening")
            .field("protocol", &self.protocol.id())
            .field("position", &self.position)
            .finish_non_exhaustive()
    }
}

impl Screening {
    /// Starts a screening in `language` (one of the protocol's declared languages).
    pub fn start(
        protocol: Arc<Protocol>,
        language: &str,
        clock: Arc<dyn Clock>,
    ) -> Result<Screening, EngineError> {
        if !protocol.has_language(language) {
            return Err(EngineError::UnknownLanguage(language.to_string()));
        }
        let now = clock.now();
        let n = protocol.question_count();
        let mut s = Screening {
            values: Slots::new(protocol.slot_count),
            protocol,
            language: language.to_string(),
            clock,
            started: now,
            consent: None,
            finished: None,
            answers: vec![None; n],
            derived: Derived::default(),
            position: Position::Consent,
            audit: Vec::new(),
        };
        s.log(AuditKind::Started {
            language: language.to_string(),
        });
        s.refresh();
        Ok(s)
    }

    pub fn protocol(&self) -> &Arc<Protocol> {
        &self.protocol
    }
    pub fn language(&self) -> &str {
        &self.language
    }
    pub fn position(&self) -> Position {
        self.position
    }
    pub fn started(&self) -> DateTime<Utc> {
        self.started
    }
    pub fn consent_acknowledged(&self) -> Option<DateTime<Utc>> {
        self.consent
    }
    pub fn finished(&self) -> Option<DateTime<Utc>> {
        self.finished
    }
    pub fn audit(&self) -> &[AuditEvent] {
        &self.audit
    }
    pub fn derived(&self) -> &Derived {
        &self.derived
    }
    pub fn is_visible(&self, i: QuestionIdx) -> bool {
        self.derived
            .visible
            .get(i.index())
            .copied()
            .unwrap_or(false)
    }

    /// The stored answer to question `i`, shown or not.
    pub fn stored_answer(&self, i: QuestionIdx) -> Option<&AnswerRecord> {
        self.answers.get(i.index()).and_then(Option::as_ref)
    }

    /// The answer to `i` if the question is shown (hidden answers do not apply).
    pub fn answer(&self, i: QuestionIdx) -> Option<&AnswerRecord> {
        if self.is_visible(i) {
            self.stored_answer(i)
        } else {
            None
        }
    }

    /// Answers that apply now, in protocol order: (question index, record).
    pub fn effective_answers(&self) -> impl Iterator<Item = (QuestionIdx, &AnswerRecord)> {
        self.questions()
            .filter_map(|i| self.answer(i).map(|a| (i, a)))
    }

    /// Every question of the protocol, shown or not.
    pub fn questions(&self) -> impl Iterator<Item = QuestionIdx> + use<> {
        (0..self.answers.len()).map(QuestionIdx::new)
    }

    /// Shown questions that take an answer and have none yet.
    pub fn unanswered(&self) -> Vec<QuestionIdx> {
        self.shown_questions()
            .filter(|&i| self.answer(i).is_none())
            .collect()
    }

    /// Shown questions that take an answer.
    pub fn shown_questions(&self) -> impl Iterator<Item = QuestionIdx> + '_ {
        self.questions()
            .filter(|&i| self.is_visible(i) && self.protocol.question(i).kind.value.takes_answer())
    }

    pub fn progress(&self) -> Progress {
        let shown: Vec<QuestionIdx> = self.shown_questions().collect();
        Progress {
            answered: shown.iter().filter(|&&i| self.answer(i).is_some()).count(),
            shown: shown.len(),
        }
    }

    pub fn outcome_level(&self) -> OutcomeLevel {
        self.derived.outcome_level(&self.protocol)
    }

    /// Whether an interpreter was used, from the protocol's interpreter check: its choice
    /// `none` means no interpreter, any other choice one; unknown when it was not asked,
    /// was declined, or the protocol has no such check.
    pub fn interpreter_used(&self) -> Option<bool> {
        match &self.answer(self.interpreter_check()?)?.answer {
            Answer::Choice(c) => Some(c != "none"),
            _ => None,
        }
    }

    /// The protocol's interpreter check (its first question, lint P036), which the worker
    /// answers on the consent screen, before reading anything through an interpreter.
    pub fn interpreter_check(&self) -> Option<QuestionIdx> {
        let first = QuestionIdx::new(0);
        (self.protocol.question_count() > 0
            && self
                .protocol
                .question(first)
                .check
                .as_ref()
                .is_some_and(|c| c.value == crate::protocol::SafetyCheck::Interpreter))
        .then_some(first)
    }

    /// The interpreter check's answer stops the screening: with the privacy check answered
    /// "yes", the protocol's own rules would still say "not screened" (a companion, someone
    /// tied to the person's work interprets). Then nothing is read aloud.
    pub fn interpreter_stops(&self) -> bool {
        let Some(i) = self.interpreter_check() else {
            return false;
        };
        if self.stored_answer(i).is_none() {
            return false;
        }
        let mut probe = self.clone();
        probe.consent.get_or_insert(self.clock.now());
        if let Some((j, _)) = self.protocol.questions().find(|(_, q)| {
            q.check
                .as_ref()
                .is_some_and(|c| c.value == crate::protocol::SafetyCheck::Privacy)
        }) && probe.is_visible(j)
        {
            let _ = probe.set_answer(j, Answer::Yes);
        }
        probe.outcome_level() == OutcomeLevel::NotScreened
    }

    pub fn acknowledge_consent(&mut self) -> Result<(), EngineError> {
        self.ensure_open()?;
        if self.consent.is_none() {
            self.consent = Some(self.clock.now());
            self.log(AuditKind::ConsentAcknowledged);
        }
        if self.position == Position::Consent {
            self.advance()?;
            // The interpreter check was answered on the consent screen: not asked again.
            if let Position::Question(i) = self.position
                && Some(i) == self.interpreter_check()
                && self.stored_answer(i).is_some()
            {
                self.advance()?;
            }
        }
        Ok(())
    }

    /// Records an answer to question `i` (any shown question, not only the current one).
    /// Before the consent is acknowledged, only the interpreter check can be answered.
    pub fn set_answer(&mut self, i: QuestionIdx, answer: Answer) -> Result<(), EngineError> {
        // An answer that is refused, or the same as before, goes here: overwritten first.
        let mut answer = answer;
        if let Err(e) = self.answerable(i) {
            answer.wipe();
            return Err(e);
        }
        let q = self.protocol.question(i);
        let mut answer = answer.validate(q)?;
        let id = q.id.value.clone();
        let changed = match &self.answers[i.index()] {
            Some(prev) if prev.answer == answer => {
                // Same answer again: nothing changes, not even the time it was given.
                answer.wipe();
                return Ok(());
            }
            Some(_) => true,
            None => false,
        };
        self.answers[i.index()] = Some(AnswerRecord {
            answer,
            language: self.language.clone(),
            at: self.clock.now(),
        });
        self.log(if changed {
            AuditKind::Changed { question: id }
        } else {
            AuditKind::Answered { question: id }
        });
        self.refresh();
        Ok(())
    }

    /// Why question `i` cannot take an answer now, if it cannot.
    fn answerable(&self, i: QuestionIdx) -> Result<(), EngineError> {
        self.ensure_open()?;
        if self.consent.is_none() && Some(i) != self.interpreter_check() {
            return Err(EngineError::ConsentFirst);
        }
        self.ensure_shown(i)
    }

    /// Whether question `i` exists and is shown now (else the error to give).
    pub(super) fn ensure_shown(&self, i: QuestionIdx) -> Result<(), EngineError> {
        if i.index() >= self.protocol.question_count() {
            return Err(EngineError::UnknownQuestion(i.number().to_string()));
        }
        if !self.is_visible(i) {
            return Err(EngineError::Hidden(
                self.protocol.question(i).id.value.clone(),
            ));
        }
        Ok(())
    }

    /// Answers the current question.
    pub fn answer_current(&mut self, answer: Answer) -> Result<(), EngineError> {
        match self.position {
            Position::Question(i) => self.set_answer(i, answer),
            Position::Consent => Err(EngineError::ConsentFirst),
            Position::Review => Err(EngineError::UnknownQuestion("review".into())),
        }
    }

    /// Removes the answer to a shown question (the worker pressed a wrong key).
    pub fn clear_answer(&mut self, i: QuestionIdx) -> Result<(), EngineError> {
        self.ensure_open()?;
        if i.index() >= self.protocol.question_count() {
            return Err(EngineError::UnknownQuestion(i.number().to_string()));
        }
        if !self.is_visible(i) {
            return Err(EngineError::Hidden(
                self.protocol.question(i).id.value.clone(),
            ));
        }
        if self.answers[i.index()].take().is_some() {
            self.log(AuditKind::Cleared {
                question: self.protocol.question(i).id.value.clone(),
            });
            self.refresh();
        }
        Ok(())
    }

    /// Switches the interview language; later answers record the new language.
    pub fn set_language(&mut self, language: &str) -> Result<(), EngineError> {
        if !self.protocol.has_language(language) {
            return Err(EngineError::UnknownLanguage(language.to_string()));
        }
        if language != self.language {
            let from = std::mem::replace(&mut self.language, language.to_string());
            self.log(AuditKind::LanguageChanged {
                from,
                to: language.to_string(),
            });
        }
        Ok(())
    }

    /// Records a front-end event (pause, resume, notes edited) in the audit trail.
    pub fn record(&mut self, kind: AuditKind) {
        self.log(kind);
    }

    /// Ends the screening: answers can no longer change.
    pub fn finish(&mut self) -> Result<DateTime<Utc>, EngineError> {
        self.ensure_open()?;
        let now = self.clock.now();
        self.finished = Some(now);
        self.log(AuditKind::Finished);
        Ok(now)
    }

    /// Opens a finished screening again (the worker went back from the outcome to change
    /// an answer); the audit trail says so. It is finished again from the review.
    pub fn reopen(&mut self) {
        if self.finished.take().is_some() {
            self.log(AuditKind::Reopened);
        }
    }

    pub(super) fn ensure_open(&self) -> Result<(), EngineError> {
        if self.finished.is_some() {
            Err(EngineError::Finished)
        } else {
            Ok(())
        }
    }

    pub(super) fn log(&mut self, kind: AuditKind) {
        self.audit.push(AuditEvent {
            at: self.clock.now(),
            kind,
        });
    }

    /// Re-derives results and keeps the cursor on a shown question.
    pub(super) fn refresh(&mut self) {
        recompute(
            &self.protocol,
            &self.answers,
            &mut self.values,
            &mut self.derived,
        );
        if let Position::Question(i) = self.position
            && !self.is_visible(i)
        {
            self.position = self
                .next_visible_after(i)
                .map(Position::Question)
                .unwrap_or(Position::Review);
        }
    }

    pub(super) fn takes_answer(&self, i: QuestionIdx) -> bool {
        self.protocol.question(i).kind.value != QuestionKind::Note
    }
}
