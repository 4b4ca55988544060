//! Answers. "Declined", "don't know" and "not asked" are answers of their own, distinct from
//! "no", and every question accepts them.

use chrono::{DateTime, NaiveDate, Utc};
use evalexpr::Value;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::protocol::{Question, QuestionKind};

/// Longest short-text answer when the protocol does not say.
pub(super) const DEFAULT_MAX_TEXT: u32 = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    /// A single-choice answer: the choice id.
    Choice(String),
    /// A multiple-choice answer: choice ids, in the protocol's order (may be empty: "none").
    Choices(Vec<String>),
    Number(i64),
    Date(NaiveDate),
    Text(String),
    Declined,
    DontKnow,
    NotAsked,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    #[error("this is a note; it takes no answer")]
    NoteTakesNoAnswer,
    #[error("a {kind} question cannot take this kind of answer")]
    WrongKind { kind: &'static str },
    #[error("`{0}` is not one of this question's choices")]
    UnknownChoice(String),
    #[error("the number must be at least {0}")]
    TooSmall(i64),
    #[error("the number must be at most {0}")]
    TooLarge(i64),
    #[error("the answer is longer than {0} characters")]
    TooLong(u32),
    #[error("the answer is empty; use declined or don't know instead")]
    Empty,
    #[error("`{0}` cannot be combined with other choices")]
    ExclusiveCombined(String),
}

/// An answer with the language the question was asked in and when it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub answer: Answer,
    pub language: String,
    pub at: DateTime<Utc>,
}

/// What the person said stays in memory no longer than the record of it: the text and
/// choice ids are overwritten when the record goes (a core dump is forbidden, but swap and
/// hibernation are not lantern's to control).
impl Drop for AnswerRecord {
    fn drop(&mut self) {
        self.answer.wipe();
    }
}

impl Answer {
    /// Overwrites what this answer holds (free text, choice ids) before it goes. `Answer`
    /// itself is taken apart by value too often to wipe on drop: the engine wipes the answers
    /// it refuses or already has, and [`AnswerRecord`] the ones it keeps.
    pub(crate) fn wipe(&mut self) {
        use zeroize::Zeroize;
        match self {
            Answer::Choice(s) | Answer::Text(s) => s.zeroize(),
            Answer::Choices(v) => v.iter_mut().for_each(Zeroize::zeroize),
            _ => {}
        }
    }

    /// Declined, don't know or not asked.
    pub fn is_non_response(&self) -> bool {
        matches!(self, Answer::Declined | Answer::DontKnow | Answer::NotAsked)
    }

    /// The value conditions see (see protocol::condition for the convention).
    pub fn to_value(&self) -> Value {
        match self {
            Answer::Yes => Value::String("yes".into()),
            Answer::No => Value::String("no".into()),
            Answer::Choice(c) => Value::String(c.clone()),
            Answer::Choices(cs) => {
                Value::Tuple(cs.iter().map(|c| Value::String(c.clone())).collect())
            }
            Answer::Number(n) => Value::Int(*n),
            Answer::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            Answer::Text(t) => Value::String(t.clone()),
            Answer::Declined => Value::String("declined".into()),
            Answer::DontKnow => Value::String("dont_know".into()),
            Answer::NotAsked => Value::String("not_asked".into()),
        }
    }

    /// Checks the answer fits the question and returns it normalized (choices in protocol
    /// order without repeats, text trimmed).
    pub fn validate(self, q: &Question) -> Result<Answer, AnswerError> {
        let kind = q.kind.value;
        if kind == QuestionKind::Note {
            return Err(AnswerError::NoteTakesNoAnswer);
        }
        if self.is_non_response() {
            return Ok(self);
        }
        let wrong = || AnswerError::WrongKind {
            kind: kind_name(kind),
        };
        match (kind, self) {
            (QuestionKind::YesNo, a @ (Answer::Yes | Answer::No)) => Ok(a),
            (QuestionKind::Single, Answer::Choice(c)) => {
                if q.choices.iter().any(|x| x.id.value == c) {
                    Ok(Answer::Choice(c))
                } else {
                    Err(AnswerError::UnknownChoice(c))
                }
            }
            (QuestionKind::Multiple, Answer::Choices(cs)) => {
                // The answer kept is made of the protocol's ids; the ids given are overwritten.
                let cs = zeroize::Zeroizing::new(cs);
                if let Some(bad) = cs
                    .iter()
                    .find(|c| !q.choices.iter().any(|x| x.id.value == **c))
                {
                    return Err(AnswerError::UnknownChoice(bad.clone()));
                }
                let chosen: Vec<_> = q
                    .choices
                    .iter()
                    .filter(|x| cs.contains(&x.id.value))
                    .collect();
                if chosen.len() > 1
                    && let Some(ex) = chosen.iter().find(|x| x.is_exclusive())
                {
                    return Err(AnswerError::ExclusiveCombined(ex.id.value.clone()));
                }
                Ok(Answer::Choices(
                    q.choices
                        .iter()
                        .filter(|x| cs.contains(&x.id.value))
                        .map(|x| x.id.value.clone())
                        .collect(),
                ))
            }
            (QuestionKind::Number, Answer::Number(n)) => {
                if let Some(min) = q.min
                    && n < min
                {
                    return Err(AnswerError::TooSmall(min));
                }
                if let Some(max) = q.max
                    && n > max
                {
                    return Err(AnswerError::TooLarge(max));
                }
                Ok(Answer::Number(n))
            }
            (QuestionKind::Date, a @ Answer::Date(_)) => Ok(a),
            (QuestionKind::Text, Answer::Text(given)) => {
                // Only the trimmed copy is kept; what was typed is overwritten.
                let given = zeroize::Zeroizing::new(given);
                let t = given.trim();
                let max = q.max_length.unwrap_or(DEFAULT_MAX_TEXT);
                if t.is_empty() {
                    Err(AnswerError::Empty)
                } else if t.chars().count() > max as usize {
                    Err(AnswerError::TooLong(max))
                } else {
                    Ok(Answer::Text(t.to_string()))
                }
            }
            (_, mut other) => {
                other.wipe();
                Err(wrong())
            }
        }
    }
}

pub(super) fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::YesNo => "yes/no",
        QuestionKind::Single => "single-choice",
        QuestionKind::Multiple => "multiple-choice",
        QuestionKind::Number => "number",
        QuestionKind::Date => "date",
        QuestionKind::Text => "short-text",
        QuestionKind::Note => "note",
    }
}
