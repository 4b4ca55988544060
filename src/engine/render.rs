//! Protocol text in the interview language, with earlier answers piped in.

use fluent_bundle::{FluentArgs, FluentValue};

use super::answer::Answer;
use super::screening::Screening;
use crate::protocol::QuestionIdx;
use crate::protocol::{QuestionKind, Text};

/// Shown in place of a piped answer that is missing or was declined.
const MISSING: &str = "…";

impl Screening {
    /// Renders a protocol text in the current interview language.
    pub fn render(&self, text: &Text) -> String {
        self.render_in(text, &self.language)
    }

    /// Renders in another language (the interpreter view shows two).
    pub fn render_in(&self, text: &Text, lang: &str) -> String {
        let p = &self.protocol;
        let Some((_, pattern)) = text.pick(lang, p.default_language()) else {
            return String::new();
        };
        let vars = pattern.variables();
        if vars.is_empty() {
            return text.render(lang, p.default_language(), None);
        }
        let selectors = pattern.selector_variables();
        let args = self.piping_args(lang, &vars, &selectors);
        text.render(lang, p.default_language(), Some(&args))
    }

    /// The answers a pattern pipes, as Fluent arguments: numbers as numbers (plural rules
    /// work); choices as their labels in `lang`, or as their ids where the pattern selects
    /// on them (`{ $q -> [choice_id] ... }`).
    fn piping_args(
        &self,
        lang: &str,
        vars: &[String],
        selectors: &[String],
    ) -> FluentArgs<'static> {
        let p = &self.protocol;
        let mut args = FluentArgs::new();
        for var in vars {
            let Some(i) = p.question_index(var) else {
                continue;
            };
            let id = var.clone();
            // Ids only make sense for answers chosen from a list; a selector over a number
            // is a plural selector and keeps the number.
            let as_id = selectors.contains(var)
                && matches!(
                    p.question(i).kind.value,
                    QuestionKind::YesNo | QuestionKind::Single | QuestionKind::Multiple
                );
            let value: FluentValue<'static> = match self.answer(i).map(|r| &r.answer) {
                Some(Answer::Number(n)) => FluentValue::from(*n),
                Some(Answer::Choice(c)) if as_id => FluentValue::from(c.clone()),
                Some(Answer::Choice(c)) => FluentValue::from(self.choice_label(i, c, lang)),
                Some(Answer::Choices(cs)) if cs.is_empty() => FluentValue::from(MISSING),
                Some(Answer::Choices(cs)) => FluentValue::from(
                    cs.iter()
                        .map(|c| self.choice_label(i, c, lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Some(Answer::Date(d)) => FluentValue::from(d.to_string()),
                Some(Answer::Text(t)) => FluentValue::from(t.clone()),
                Some(Answer::Yes) => FluentValue::from("yes"),
                // Selectors can match the non-responses by name too.
                Some(a @ (Answer::Declined | Answer::DontKnow | Answer::NotAsked)) if as_id => {
                    FluentValue::from(match a {
                        Answer::Declined => "declined",
                        Answer::DontKnow => "dont_know",
                        _ => "not_asked",
                    })
                }
                Some(Answer::No) => FluentValue::from("no"),
                _ => FluentValue::from(MISSING),
            };
            args.set(id, value);
        }
        args
    }

    /// A choice's label in `lang`.
    pub fn choice_label(&self, question: QuestionIdx, choice: &str, lang: &str) -> String {
        let p = &self.protocol;
        p.question(question)
            .choices
            .iter()
            .find(|c| c.id.value == choice)
            .map(|c| c.label.render(lang, p.default_language(), None))
            .unwrap_or_else(|| choice.to_string())
    }
}
