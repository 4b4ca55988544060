//! The question screen: one key answers, declines or moves; choice lists by number or
//! cursor; typed answers through the one parser of the presentation layer.

mod view;

use std::collections::BTreeSet;

use crate::engine::{Answer, EngineError, Position, Screening};
use crate::present::Message;
use crate::present::answer::parse;
use crate::present::filter::matching;
use crate::present::message::Explain;
use crate::protocol::{QuestionIdx, QuestionKind};
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, Action};
use crate::tui::overlays::Overlay;
use crate::tui::screens::Screen;
use crate::tui::widgets::text_field::TextField;

pub struct Question {
    /// The question this state belongs to.
    index: QuestionIdx,
    /// Numbers, dates and text.
    input: TextField,
    /// The choice under the cursor, in the visible list; None until the worker moves it
    /// (Enter never picks an option nobody pointed at).
    cursor: Option<usize>,
    filter: TextField,
    filtering: bool,
    /// Ticked choices of a multiple-choice question, before Enter.
    ticked: BTreeSet<String>,
    error: Option<Message>,
}

fn kind(s: &Screening, i: QuestionIdx) -> QuestionKind {
    s.protocol().question(i).kind.value
}

impl Question {
    pub fn new(m: &Model) -> Question {
        let (index, kind, stored) = match &m.active {
            Some(a) => match a.screening.position() {
                Position::Question(i) => (
                    i,
                    kind(&a.screening, i),
                    a.screening.answer(i).map(|r| r.answer.clone()),
                ),
                _ => (QuestionIdx::new(0), QuestionKind::Note, None),
            },
            None => (QuestionIdx::new(0), QuestionKind::Note, None),
        };
        let prefill = match &stored {
            Some(Answer::Number(n)) => n.to_string(),
            Some(Answer::Date(d)) => d.to_string(),
            _ => String::new(),
        };
        Question {
            index,
            input: match kind {
                QuestionKind::Number | QuestionKind::Date => TextField::numeric(&prefill),
                _ => TextField::default(),
            },
            cursor: None,
            filter: TextField::default(),
            filtering: false,
            ticked: match stored {
                Some(Answer::Choices(cs)) => cs.into_iter().collect(),
                _ => BTreeSet::new(),
            },
            error: None,
        }
    }

    fn kind(&self, m: &Model) -> QuestionKind {
        m.active
            .as_ref()
            .map_or(QuestionKind::Note, |a| kind(&a.screening, self.index))
    }

    pub fn typing(&self, m: &Model) -> bool {
        self.filtering || self.kind(m) == QuestionKind::Text
    }

    /// The choices shown after the filter: (protocol position, id).
    pub fn visible(&self, m: &Model) -> Vec<(usize, String)> {
        let Some(a) = &m.active else {
            return Vec::new();
        };
        let s = &a.screening;
        let q = s.protocol().question(self.index);
        let lang = crate::present::question::display_language(&m.l10n, s, self.index);
        // The label in the language shown, and the choice's id (a worker who knows the
        // protocol in English finds "domestic" in a Spanish interview too).
        let labels: Vec<String> = q
            .choices
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    s.choice_label(self.index, &c.id.value, &lang),
                    c.id.value
                )
            })
            .collect();
        matching(&self.filter.text, labels.iter().map(String::as_str))
            .into_iter()
            .map(|i| (i, q.choices[i].id.value.clone()))
            .collect()
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        let kind = self.kind(m);
        if self.filtering {
            match input.act {
                Some(Action::Cancel) => {
                    self.filter.clear();
                    self.filtering = false;
                }
                Some(Action::Confirm | Action::Up | Action::Down) => self.filtering = false,
                _ => {
                    self.filter.handle(&input.key);
                }
            }
            // A filter that leaves one choice has pointed at it.
            self.cursor = (!self.filtering && self.visible(m).len() == 1).then_some(0);
            return;
        }
        // Numbers and dates: digits and `-` type, letters keep their one-key answers.
        let numeric = matches!(kind, QuestionKind::Number | QuestionKind::Date);
        if numeric
            && matches!(input.act, None | Some(Action::Number))
            && self.input.handle(&input.key)
        {
            self.error = None;
            return;
        }
        match input.act {
            Some(Action::Declined) if kind.takes_answer() => answer(m, self, Answer::Declined),
            Some(Action::DontKnow) if kind.takes_answer() => answer(m, self, Answer::DontKnow),
            Some(Action::NotAsked) if kind.takes_answer() => answer(m, self, Answer::NotAsked),
            Some(Action::Yes) if kind == QuestionKind::YesNo => answer(m, self, Answer::Yes),
            Some(Action::No) if kind == QuestionKind::YesNo => answer(m, self, Answer::No),
            Some(Action::Next) => navigate(m, |s| s.advance()),
            Some(Action::Back) => navigate(m, |s| s.back()),
            Some(Action::NextUnanswered) => navigate(m, |s| s.next_unanswered()),
            Some(Action::Review) => navigate(m, |s| s.review()),
            Some(Action::Sections) => m.overlay = Some(Overlay::sections(m)),
            Some(Action::UrgentSteps) if urgent(m) => m.overlay = Some(Overlay::urgent()),
            Some(Action::Language) => m.overlay = Some(Overlay::language(m)),
            Some(Action::Guidance) => m.prefs.show_guidance = !m.prefs.show_guidance,
            Some(Action::Interpreter) => m.prefs.interpreter_view = !m.prefs.interpreter_view,
            Some(Action::Clear) => {
                if let Some(a) = &mut m.active
                    && a.screening.clear_answer(self.index).is_ok()
                {
                    self.ticked.clear();
                    self.input.clear();
                    m.effect(Effect::Autosave);
                }
            }
            Some(a) if matches!(kind, QuestionKind::Single | QuestionKind::Multiple) => {
                self.on_choice_action(m, a, &input, kind)
            }
            Some(Action::Confirm) => self.confirm(m, kind),
            Some(Action::Cancel) if kind == QuestionKind::Text => self.input.clear(),
            None if kind == QuestionKind::Text => {
                self.input.handle(&input.key);
                self.error = None;
            }
            _ => {}
        }
    }

    fn on_choice_action(&mut self, m: &mut Model, act: Action, input: &Input, kind: QuestionKind) {
        let visible = self.visible(m);
        match act {
            Action::Filter => {
                self.filtering = true;
                self.cursor = None;
            }
            Action::Cancel if !self.filter.text.is_empty() => {
                self.filter.clear();
                self.cursor = None;
            }
            Action::Up => self.cursor = Some(self.cursor.map_or(0, |c| c.saturating_sub(1))),
            Action::Down => {
                self.cursor = Some(
                    self.cursor
                        .map_or(0, |c| c + 1)
                        .min(visible.len().saturating_sub(1)),
                )
            }
            Action::Number => {
                let Some(n) = keymap::digit(&input.key) else {
                    return;
                };
                if let Some((_, id)) = visible.get(n - 1) {
                    self.cursor = Some(n - 1);
                    if kind == QuestionKind::Single {
                        answer(m, self, Answer::Choice(id.clone()));
                    } else {
                        self.tick(m, id);
                    }
                }
            }
            Action::Select => {
                if let Some((_, id)) = self.cursor.and_then(|c| visible.get(c)) {
                    if kind == QuestionKind::Single {
                        answer(m, self, Answer::Choice(id.clone()));
                    } else {
                        let id = id.clone();
                        self.tick(m, &id);
                    }
                }
            }
            Action::Confirm => self.confirm(m, kind),
            _ => {}
        }
    }

    /// Ticks or unticks a choice; an exclusive choice ("none of these") stands alone.
    fn tick(&mut self, m: &Model, id: &str) {
        if self.ticked.remove(id) {
            return;
        }
        let Some(a) = &m.active else { return };
        let q = a.screening.protocol().question(self.index);
        let exclusive = |x: &str| {
            q.choices
                .iter()
                .any(|c| c.id.value == x && c.is_exclusive())
        };
        if exclusive(id) {
            self.ticked.clear();
        } else {
            self.ticked.retain(|t| !exclusive(t));
        }
        self.ticked.insert(id.to_string());
        self.error = None;
    }

    fn confirm(&mut self, m: &mut Model, kind: QuestionKind) {
        let Some(a) = &m.active else { return };
        let answered = a.screening.answer(self.index).is_some();
        let q = a.screening.protocol().question(self.index);
        match kind {
            QuestionKind::Note => navigate(m, |s| s.advance()),
            QuestionKind::YesNo if answered => navigate(m, |s| s.advance()),
            QuestionKind::YesNo => self.error = Some(problem(m, "problem-answer-first")),
            QuestionKind::Single => {
                let visible = self.visible(m);
                match self.cursor.and_then(|c| visible.get(c)) {
                    Some((_, id)) => answer(m, self, Answer::Choice(id.clone())),
                    None if answered => navigate(m, |s| s.advance()),
                    None => self.error = Some(problem(m, "problem-choose-first")),
                }
            }
            QuestionKind::Multiple => {
                if self.ticked.is_empty() {
                    if answered {
                        navigate(m, |s| s.advance());
                    } else {
                        self.error = Some(problem(m, "problem-choose-first"));
                    }
                } else {
                    let chosen = self.ticked.iter().cloned().collect();
                    answer(m, self, Answer::Choices(chosen));
                }
            }
            QuestionKind::Number | QuestionKind::Date | QuestionKind::Text => {
                if self.input.text.trim().is_empty() && answered {
                    return navigate(m, |s| s.advance());
                }
                match parse(q, &self.input.text) {
                    Ok(a) => answer(m, self, a),
                    Err(e) => self.error = Some(e.explain(&m.l10n)),
                }
            }
        }
    }
}

fn problem(m: &Model, id: &str) -> Message {
    Message {
        text: m.tr(id),
        hint: None,
    }
}

/// Records the answer and moves to the next open item (answered questions are not asked
/// again; nothing left: the review); autosaved after the move, so that a resume starts
/// exactly where the worker is.
fn answer(m: &mut Model, q: &mut Question, answer: Answer) {
    let Some(a) = &mut m.active else { return };
    match a.screening.set_answer(q.index, answer) {
        Ok(()) => {
            let _ = a.screening.advance_to_open();
            m.effect(Effect::Autosave);
            m.go(Screen::for_position(m));
        }
        Err(e) => q.error = Some(e.explain(&m.l10n)),
    }
}

fn navigate(m: &mut Model, f: impl FnOnce(&mut Screening) -> Result<Position, EngineError>) {
    if let Some(a) = &mut m.active {
        let _ = f(&mut a.screening);
    }
    // The position is part of the draft: a resume starts where the worker is.
    m.effect(Effect::Autosave);
    m.go(Screen::for_position(m));
}

/// Whether any urgent flag is raised (only then is there anything to open).
pub(super) fn urgent(m: &Model) -> bool {
    m.active
        .as_ref()
        .is_some_and(|a| !a.screening.derived().urgent.is_empty())
}
