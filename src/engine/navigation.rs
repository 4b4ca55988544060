//! Moving through a screening: next, back, jump to a section or question, review. Questions
//! can be taken in any order; moving never changes an answer.

use super::audit::AuditKind;
use super::screening::{EngineError, Position, Screening};
use crate::protocol::{QuestionIdx, SectionIdx};

/// How far a section is: its shown questions and how many have an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionProgress {
    pub section: SectionIdx,
    pub shown: usize,
    pub answered: usize,
}

impl Screening {
    /// Forward: from the consent script to the first shown question, from a question to the
    /// next shown one, after the last to the review.
    pub fn advance(&mut self) -> Result<Position, EngineError> {
        let to = match self.position {
            Position::Consent if self.consent.is_none() => return Err(EngineError::ConsentFirst),
            Position::Consent => self.first_visible(),
            Position::Question(i) => self.next_visible_after(i),
            Position::Review => return Ok(Position::Review),
        };
        Ok(self.go(to))
    }

    /// Back: to the previous shown question (from the first one, to the consent script).
    pub fn back(&mut self) -> Result<Position, EngineError> {
        let to = match self.position {
            Position::Consent => return Ok(Position::Consent),
            Position::Question(i) => match self.prev_visible_before(i) {
                Some(j) => Position::Question(j),
                None => Position::Consent,
            },
            Position::Review => match self.last_visible() {
                Some(j) => Position::Question(j),
                None => Position::Consent,
            },
        };
        self.move_to(to);
        Ok(to)
    }

    /// The next shown question without an answer after the current one (wrapping round),
    /// else the review: answered questions are never asked again.
    pub fn next_unanswered(&mut self) -> Result<Position, EngineError> {
        if self.consent.is_none() {
            return Err(EngineError::ConsentFirst);
        }
        let n = self.protocol.question_count();
        let start = match self.position {
            Position::Question(i) => i.index() + 1,
            _ => 0,
        };
        let found = (start..n)
            .chain(0..start.min(n))
            .map(QuestionIdx::new)
            .find(|&i| self.is_visible(i) && self.takes_answer(i) && self.answer(i).is_none());
        Ok(self.go(found))
    }

    /// After an answer: forward to the next shown item that is still open (a note, or a
    /// question without an answer), else the review. Answered questions are not asked again.
    pub fn advance_to_open(&mut self) -> Result<Position, EngineError> {
        let Position::Question(i) = self.position else {
            return self.advance();
        };
        let found = (i.index() + 1..self.protocol.question_count())
            .map(QuestionIdx::new)
            .find(|&j| self.is_visible(j) && (!self.takes_answer(j) || self.answer(j).is_none()));
        Ok(self.go(found))
    }

    /// Jumps to the first shown question of section `s`.
    pub fn jump_to_section(&mut self, s: SectionIdx) -> Result<Position, EngineError> {
        if self.consent.is_none() {
            return Err(EngineError::ConsentFirst);
        }
        let section = self
            .protocol
            .sections()
            .get(s.index())
            .ok_or(EngineError::NoSuchSection(s.index()))?;
        let target = self
            .questions()
            .find(|&i| self.protocol.section_of(i) == s && self.is_visible(i))
            .ok_or_else(|| EngineError::SectionHidden(section.id.value.clone()))?;
        self.log(AuditKind::SectionJump {
            section: section.id.value.clone(),
        });
        let to = Position::Question(target);
        self.move_to(to);
        Ok(to)
    }

    /// Jumps to a shown question (from the review, say).
    pub fn jump_to_question(&mut self, i: QuestionIdx) -> Result<Position, EngineError> {
        if self.consent.is_none() {
            return Err(EngineError::ConsentFirst);
        }
        self.ensure_shown(i)?;
        let to = Position::Question(i);
        self.move_to(to);
        Ok(to)
    }

    /// Goes to the review ("check before save").
    pub fn review(&mut self) -> Result<Position, EngineError> {
        if self.consent.is_none() {
            return Err(EngineError::ConsentFirst);
        }
        Ok(self.go(None))
    }

    /// Sections with at least one shown question, in order.
    pub fn section_progress(&self) -> Vec<SectionProgress> {
        let mut out: Vec<SectionProgress> = Vec::new();
        for i in self.shown_questions() {
            let section = self.protocol.section_of(i);
            let answered = usize::from(self.answer(i).is_some());
            match out.last_mut() {
                Some(last) if last.section == section => {
                    last.shown += 1;
                    last.answered += answered;
                }
                _ => out.push(SectionProgress {
                    section,
                    shown: 1,
                    answered,
                }),
            }
        }
        out
    }

    fn go(&mut self, to: Option<QuestionIdx>) -> Position {
        let pos = to.map(Position::Question).unwrap_or(Position::Review);
        self.move_to(pos);
        pos
    }

    fn move_to(&mut self, pos: Position) {
        if pos == self.position {
            return;
        }
        self.position = pos;
        match pos {
            Position::Question(i) => self.log(AuditKind::Shown {
                question: self.protocol.question(i).id.value.clone(),
            }),
            Position::Review => self.log(AuditKind::Review),
            Position::Consent => {}
        }
    }

    pub(super) fn first_visible(&self) -> Option<QuestionIdx> {
        self.questions().find(|&i| self.is_visible(i))
    }

    fn last_visible(&self) -> Option<QuestionIdx> {
        self.questions().filter(|&i| self.is_visible(i)).last()
    }

    pub(super) fn next_visible_after(&self, i: QuestionIdx) -> Option<QuestionIdx> {
        self.questions()
            .skip(i.index() + 1)
            .find(|&j| self.is_visible(j))
    }

    pub(super) fn prev_visible_before(&self, i: QuestionIdx) -> Option<QuestionIdx> {
        self.questions()
            .take(i.index())
            .filter(|&j| self.is_visible(j))
            .last()
    }
}
