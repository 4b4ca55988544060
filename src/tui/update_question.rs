//! Keys on a question: one-key answers, choices (numbers, arrows, `/` filter), number, date
//! and text input, navigation, panels.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};

use crate::engine::{Answer, AnswerError, EngineError, Position};
use crate::protocol::QuestionKind;

use super::app::{App, Overlay, QuestionState, Screen};
use super::keymap::Action;
use super::update::{answer_and_advance, args, current_kind, edit, screen_for_position};

/// Choices of the current question that pass the filter: (index, id, label).
pub fn visible_choices(app: &App, q: &QuestionState) -> Vec<(usize, String, String)> {
    let Some(a) = &app.active else {
        return Vec::new();
    };
    let Position::Question(i) = a.screening.position() else {
        return Vec::new();
    };
    let question = a.screening.protocol().question(i);
    let filter = q.filter.text.to_lowercase();
    let lang = crate::tui::view::question::display_language(app, i);
    question
        .choices
        .iter()
        .enumerate()
        .map(|(n, c)| {
            (
                n,
                c.id.value.clone(),
                a.screening.choice_label(i, &c.id.value, &lang),
            )
        })
        .filter(|(_, id, label)| {
            filter.is_empty() || label.to_lowercase().contains(&filter) || id.contains(&filter)
        })
        .collect()
}

pub fn on_question(app: &mut App, k: KeyEvent, act: Option<Action>) {
    let Some(kind) = current_kind(app) else {
        app.screen = screen_for_position(app);
        return;
    };
    // A filter being typed takes the keys first (function keys still answer).
    if let Screen::Question(q) = &mut app.screen
        && q.filtering
    {
        match k.code {
            KeyCode::Esc => {
                q.filter.clear();
                q.filtering = false;
            }
            // Leave the field, keep the filtered list.
            KeyCode::Enter | KeyCode::Down | KeyCode::Up => q.filtering = false,
            _ => edit(&mut q.filter, k, false),
        }
        q.cursor = 0;
        if !matches!(
            act,
            Some(Action::Declined | Action::DontKnow | Action::NotAsked)
        ) {
            return;
        }
    }
    match act {
        Some(Action::Yes) if kind == QuestionKind::YesNo => {
            return answer_and_advance(app, Answer::Yes);
        }
        Some(Action::No) if kind == QuestionKind::YesNo => {
            return answer_and_advance(app, Answer::No);
        }
        Some(Action::Declined) if kind.takes_answer() => {
            return answer_and_advance(app, Answer::Declined);
        }
        Some(Action::DontKnow) if kind.takes_answer() => {
            return answer_and_advance(app, Answer::DontKnow);
        }
        Some(Action::NotAsked) if kind.takes_answer() => {
            return answer_and_advance(app, Answer::NotAsked);
        }
        Some(Action::Next) => return navigate(app, |s| s.advance().map(|_| ())),
        Some(Action::Back) => return navigate(app, |s| s.back().map(|_| ())),
        Some(Action::NextUnanswered) => return navigate(app, |s| s.next_unanswered().map(|_| ())),
        Some(Action::Review) => return navigate(app, |s| s.review().map(|_| ())),
        Some(Action::Sections) => {
            app.overlay = Some(Overlay::Sections { selected: 0 });
            return;
        }
        Some(Action::Language) => {
            let selected = app
                .active
                .as_ref()
                .and_then(|a| {
                    a.screening
                        .protocol()
                        .languages()
                        .position(|l| l == a.screening.language())
                })
                .unwrap_or(0);
            app.overlay = Some(Overlay::Language { selected });
            return;
        }
        Some(Action::Guidance) => {
            app.show_guidance = !app.show_guidance;
            return;
        }
        Some(Action::Interpreter) => {
            app.interpreter_view = !app.interpreter_view;
            return;
        }
        Some(Action::Clear) => {
            if let Some(a) = &mut app.active
                && let Position::Question(i) = a.screening.position()
                && a.screening.clear_answer(i).is_ok()
            {
                super::update::save_now(app);
            }
            return;
        }
        _ => {}
    }
    match kind {
        QuestionKind::Note => {
            if k.code == KeyCode::Enter {
                navigate(app, |s| s.advance().map(|_| ()));
            }
        }
        QuestionKind::YesNo => {
            if k.code == KeyCode::Enter && has_answer(app) {
                navigate(app, |s| s.advance().map(|_| ()));
            }
        }
        QuestionKind::Single | QuestionKind::Multiple => on_choice_key(app, k, act, kind),
        QuestionKind::Number | QuestionKind::Date | QuestionKind::Text => {
            on_input_key(app, k, kind)
        }
    }
}

fn has_answer(app: &App) -> bool {
    app.active
        .as_ref()
        .is_some_and(|a| match a.screening.position() {
            Position::Question(i) => a.screening.answer(i).is_some(),
            _ => false,
        })
}

fn navigate(
    app: &mut App,
    f: impl FnOnce(&mut crate::engine::Screening) -> Result<(), EngineError>,
) {
    if let Some(a) = &mut app.active {
        let _ = f(&mut a.screening);
    }
    // The position is part of the draft: a resume starts where the worker is.
    super::update::save_now(app);
    app.screen = screen_for_position(app);
}

fn on_choice_key(app: &mut App, k: KeyEvent, act: Option<Action>, kind: QuestionKind) {
    let Screen::Question(q) = &app.screen else {
        return;
    };
    let choices = visible_choices(app, q);
    let Screen::Question(q) = &mut app.screen else {
        return;
    };
    let pick = |n: usize| choices.get(n).map(|(_, id, _)| id.clone());
    match (act, k.code) {
        (Some(Action::Filter), _) => {
            q.filtering = true;
            q.cursor = 0;
        }
        (_, KeyCode::Esc) if !q.filter.text.is_empty() => {
            q.filter.clear();
            q.cursor = 0;
        }
        (_, KeyCode::Up) => q.cursor = q.cursor.saturating_sub(1),
        (_, KeyCode::Down) => q.cursor = (q.cursor + 1).min(choices.len().saturating_sub(1)),
        (_, KeyCode::Char(c @ '1'..='9')) => {
            let n = c as usize - '1' as usize;
            if let Some(id) = pick(n) {
                q.cursor = n;
                if kind == QuestionKind::Single {
                    answer_and_advance(app, Answer::Choice(id));
                } else if !q.ticked.remove(&id) {
                    q.ticked.insert(id);
                }
            }
        }
        (Some(Action::Select), _) if kind == QuestionKind::Multiple => {
            if let Some(id) = pick(q.cursor)
                && !q.ticked.remove(&id)
            {
                q.ticked.insert(id);
            }
        }
        (_, KeyCode::Enter) => {
            if kind == QuestionKind::Single {
                if let Some(id) = pick(q.cursor) {
                    answer_and_advance(app, Answer::Choice(id));
                }
            } else {
                let chosen: Vec<String> = q.ticked.iter().cloned().collect();
                // Nothing ticked and already answered: Enter just moves on.
                if chosen.is_empty() && has_answer(app) {
                    navigate(app, |s| s.advance().map(|_| ()));
                } else {
                    answer_and_advance(app, Answer::Choices(chosen));
                }
            }
        }
        _ => {}
    }
}

fn on_input_key(app: &mut App, k: KeyEvent, kind: QuestionKind) {
    let Screen::Question(q) = &mut app.screen else {
        return;
    };
    if k.code != KeyCode::Enter {
        match k.code {
            KeyCode::Esc => q.input.clear(),
            KeyCode::Char(c) if kind != QuestionKind::Text && !(c.is_ascii_digit() || c == '-') => {
                return;
            }
            _ => edit(&mut q.input, k, false),
        }
        q.error = None;
        return;
    }
    let text = q.input.text.trim().to_string();
    if text.is_empty() {
        if has_answer(app) {
            navigate(app, |s| s.advance().map(|_| ()));
        }
        return;
    }
    let parsed = match kind {
        QuestionKind::Number => text
            .parse::<i64>()
            .map(Answer::Number)
            .map_err(|_| app.tr("question-invalid-number")),
        QuestionKind::Date => NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Answer::Date)
            .map_err(|_| app.tr("question-invalid-date")),
        _ => Ok(Answer::Text(text)),
    };
    match parsed {
        Ok(a) => {
            answer_and_advance(app, a);
            if let Screen::Question(q) = &mut app.screen
                && q.error.is_none()
            {
                q.input.clear();
            }
        }
        Err(msg) => {
            if let Screen::Question(q) = &mut app.screen {
                q.error = Some(msg);
            }
        }
    }
}

/// A localized message for an answer the engine refused.
pub fn answer_error_text(app: &App, e: &EngineError) -> String {
    match e {
        EngineError::Answer(AnswerError::TooSmall(n)) => app
            .l10n
            .tr_args("error-too-small", &args(&[("min", n.to_string())])),
        EngineError::Answer(AnswerError::TooLarge(n)) => app
            .l10n
            .tr_args("error-too-large", &args(&[("max", n.to_string())])),
        EngineError::Answer(AnswerError::TooLong(n)) => app
            .l10n
            .tr_args("error-too-long", &args(&[("max", n.to_string())])),
        EngineError::Answer(AnswerError::Empty) => app.tr("error-empty"),
        EngineError::Answer(AnswerError::ExclusiveCombined(_)) => app.tr("error-exclusive"),
        other => other.to_string(),
    }
}
