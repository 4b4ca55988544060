//! Protocol text in the interview language, with earlier answers piped in.

use fluent_bundle::{FluentArgs, FluentValue};

use super::answer::Answer;
use super::screening::Screening;
use crate::protocol::Text;

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
        let needs_args = text
            .pick(lang, p.default_language())
            .is_some_and(|(_, pat)| !pat.variables().is_empty());
        if !needs_args {
            return text.render(lang, p.default_language(), None);
        }
        let args = self.piping_args(lang);
        text.render(lang, p.default_language(), Some(&args))
    }

    /// Every answer that applies, as Fluent arguments: numbers as numbers (plural rules
    /// work), choices as their labels in `lang`.
    fn piping_args(&self, lang: &str) -> FluentArgs<'static> {
        let p = &self.protocol;
        let mut args = FluentArgs::new();
        for (i, q) in p.questions() {
            let id = q.id.value.clone();
            let value: FluentValue<'static> = match self.answer(i).map(|r| &r.answer) {
                Some(Answer::Number(n)) => FluentValue::from(*n),
                Some(Answer::Choice(c)) => FluentValue::from(self.choice_label(i, c, lang)),
                Some(Answer::Choices(cs)) => FluentValue::from(
                    cs.iter()
                        .map(|c| self.choice_label(i, c, lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Some(Answer::Date(d)) => FluentValue::from(d.format("%Y-%m-%d").to_string()),
                Some(Answer::Text(t)) => FluentValue::from(t.clone()),
                Some(Answer::Yes) => FluentValue::from("yes"),
                Some(Answer::No) => FluentValue::from("no"),
                _ => FluentValue::from(MISSING),
            };
            args.set(id, value);
        }
        args
    }

    /// A choice's label in `lang`.
    pub fn choice_label(&self, question: usize, choice: &str, lang: &str) -> String {
        let p = &self.protocol;
        p.question(question)
            .choices
            .iter()
            .find(|c| c.id.value == choice)
            .map(|c| c.label.render(lang, p.default_language(), None))
            .unwrap_or_else(|| choice.to_string())
    }
}
