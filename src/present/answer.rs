//! Typed input to an answer: one parser for every front end (the screens' input line, plain
//! mode's prompt, the scripts of `lantern simulate`). Checks against the question itself
//! (range, length, exclusive choices) stay in the engine; this only reads what was typed.

use chrono::NaiveDate;

use crate::engine::Answer;
use crate::protocol::{Question, QuestionKind};

/// Why typed input is not an answer. Turned into the worker's language by `message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum InputError {
    #[error("nothing was typed")]
    Empty,
    #[error("not yes or no")]
    NotYesNo,
    #[error("not a whole number")]
    NotANumber,
    #[error("not a date (YYYY-MM-DD)")]
    NotADate,
    /// A choice number outside the list (1-based, as shown), or an unknown choice id.
    #[error("no choice {0}")]
    NoSuchChoice(String),
    #[error("a note takes no answer")]
    Note,
}

/// Reads what was typed for question `q`. Choices are given by their number as shown
/// (1-based, in protocol order) or by their id; a multiple-choice answer by several,
/// separated by spaces or commas; a yes/no by `y`, `n`, `1` or `2` (or `yes`/`no`).
pub(crate) fn parse(q: &Question, typed: &str) -> Result<Answer, InputError> {
    let t = typed.trim();
    if q.kind.value == QuestionKind::Note {
        return Err(InputError::Note);
    }
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let choice = |token: &str| -> Result<String, InputError> {
        if let Ok(n) = token.parse::<usize>() {
            return q
                .choices
                .get(n.wrapping_sub(1))
                .map(|c| c.id.value.clone())
                .ok_or_else(|| InputError::NoSuchChoice(token.to_string()));
        }
        q.choices
            .iter()
            .find(|c| c.id.value == token)
            .map(|c| c.id.value.clone())
            .ok_or_else(|| InputError::NoSuchChoice(token.to_string()))
    };
    match q.kind.value {
        QuestionKind::YesNo => match t.to_lowercase().as_str() {
            "y" | "yes" | "1" => Ok(Answer::Yes),
            "n" | "no" | "2" => Ok(Answer::No),
            _ => Err(InputError::NotYesNo),
        },
        QuestionKind::Single => choice(t).map(Answer::Choice),
        QuestionKind::Multiple => t
            .split([' ', ','])
            .filter(|x| !x.is_empty())
            .map(choice)
            .collect::<Result<Vec<_>, _>>()
            .map(Answer::Choices),
        QuestionKind::Number => t
            .parse::<i64>()
            .map(Answer::Number)
            .map_err(|_| InputError::NotANumber),
        QuestionKind::Date => date(t).map(Answer::Date),
        QuestionKind::Text => Ok(Answer::Text(t.to_string())),
        QuestionKind::Note => Err(InputError::Note),
    }
}

/// A date as lantern writes and reads it everywhere: ISO 8601, `YYYY-MM-DD`.
pub(crate) fn date(t: &str) -> Result<NaiveDate, InputError> {
    t.trim()
        .parse::<NaiveDate>()
        .map_err(|_| InputError::NotADate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceFile;
    use crate::protocol::load_str;

    fn example() -> crate::protocol::Protocol {
        let text = include_str!("../../tests/fixtures/protocols/valid/example.toml");
        load_str(&SourceFile::new("example.toml", text.to_string()))
            .0
            .unwrap()
    }

    fn q<'p>(p: &'p crate::protocol::Protocol, id: &str) -> &'p Question {
        p.question(p.question_index(id).unwrap())
    }

    #[test]
    fn each_kind_reads_what_a_worker_types() {
        let p = example();
        assert_eq!(parse(q(&p, "speak_freely"), " y "), Ok(Answer::Yes));
        assert_eq!(parse(q(&p, "speak_freely"), "No"), Ok(Answer::No));
        assert_eq!(parse(q(&p, "speak_freely"), "2"), Ok(Answer::No));
        assert_eq!(
            parse(q(&p, "speak_freely"), "maybe"),
            Err(InputError::NotYesNo)
        );
        let work = q(&p, "work_type");
        assert_eq!(
            parse(work, "2"),
            Ok(Answer::Choice(work.choices[1].id.value.clone()))
        );
        assert_eq!(
            parse(work, &work.choices[0].id.value),
            Ok(Answer::Choice(work.choices[0].id.value.clone()))
        );
        assert_eq!(parse(work, "0"), Err(InputError::NoSuchChoice("0".into())));
        assert_eq!(
            parse(work, "99"),
            Err(InputError::NoSuchChoice("99".into()))
        );
        let docs = q(&p, "documents");
        assert_eq!(
            parse(docs, "2, 1"),
            Ok(Answer::Choices(vec![
                docs.choices[1].id.value.clone(),
                docs.choices[0].id.value.clone()
            ]))
        );
        assert_eq!(
            parse(docs, "1 x"),
            Err(InputError::NoSuchChoice("x".into()))
        );
        assert_eq!(parse(q(&p, "hours"), "72"), Ok(Answer::Number(72)));
        assert_eq!(parse(q(&p, "hours"), "-3"), Ok(Answer::Number(-3)));
        assert_eq!(parse(q(&p, "hours"), "7.5"), Err(InputError::NotANumber));
        assert_eq!(
            parse(q(&p, "started"), "2026-02-30"),
            Err(InputError::NotADate)
        );
        assert_eq!(
            parse(q(&p, "started"), "2025-12-01"),
            Ok(Answer::Date(NaiveDate::from_ymd_opt(2025, 12, 1).unwrap()))
        );
        assert_eq!(
            parse(q(&p, "language_note"), "  Quechua "),
            Ok(Answer::Text("Quechua".into()))
        );
        assert_eq!(parse(q(&p, "language_note"), "   "), Err(InputError::Empty));
        assert_eq!(parse(q(&p, "closing"), "x"), Err(InputError::Note));
    }
}
