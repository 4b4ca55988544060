//! Carrying a screening in progress over to a newer version of its protocol: answers go
//! along by question id; what no longer fits is left behind and listed, never guessed at.

use std::sync::Arc;

use super::{AnswerRecord, AuditKind, EngineError, Position, Screening, SnapshotPosition};
use crate::protocol::Protocol;

/// Why an answer stayed with the earlier version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfit {
    /// The newer version has no question with this id.
    Removed,
    /// The question is there but the answer is not one it accepts now (its choices, type or
    /// range changed): it must be asked again.
    Changed,
}

/// An answer the newer version could not take.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftBehind {
    pub question: String,
    pub why: Unfit,
    pub answer: AnswerRecord,
}

impl Screening {
    /// This screening on `to` (a newer version of the same protocol): every answer whose
    /// question is still there and still accepts it, the consent, the audit trail with a
    /// `protocol_updated` event, and the same question when it is still shown (else the
    /// next one without an answer). The screening itself is unchanged; the caller replaces
    /// it. Refused when `to` lacks the interview language.
    pub fn carry_over(
        &self,
        to: Arc<Protocol>,
    ) -> Result<(Screening, Vec<LeftBehind>), EngineError> {
        if !to.has_language(&self.language) {
            return Err(EngineError::UnknownLanguage(self.language.clone()));
        }
        let mut snap = self.snapshot();
        let mut left = Vec::new();
        snap.answers.retain(|(id, rec)| {
            let why = match to.question_index(id) {
                None => Unfit::Removed,
                Some(i) => match rec.answer.clone().validate(to.question(i)) {
                    Ok(mut checked) => {
                        checked.wipe();
                        return true;
                    }
                    Err(_) => Unfit::Changed,
                },
            };
            left.push(LeftBehind {
                question: id.clone(),
                why,
                answer: rec.clone(),
            });
            false
        });
        let position_gone = matches!(&snap.position,
            SnapshotPosition::Question(id) if to.question_index(id).is_none());
        if position_gone {
            snap.position = SnapshotPosition::Review;
        }
        let from = snap.protocol_version.clone();
        snap.protocol_version = to.version().to_string();
        snap.protocol_sha256 = to.sha256.clone();
        let mut s = Screening::restore(Arc::clone(&to), snap, Arc::clone(&self.clock))?;
        if position_gone && s.consent.is_some() && s.position == Position::Review {
            s.next_unanswered()?;
        }
        s.log(AuditKind::ProtocolUpdated {
            from,
            to: to.version().to_string(),
            left_behind: left.iter().map(|l| l.question.clone()).collect(),
        });
        Ok((s, left))
    }
}
