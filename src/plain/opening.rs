//! The opening, as lines: who interprets (before anything is read through them), then the
//! consent parts in the order they are read, the worker's guidance, and the go-ahead.

use super::{Plain, PlainError, Step};
use crate::present::consent;
use crate::session::Active;

impl Plain {
    pub(super) fn consent(&mut self, active: &mut Active) -> Result<Step, PlainError> {
        let title = self.tr("consent-title");
        self.say(&title)?;
        // Who interprets, before anything is read through them.
        if let Some(i) = active.screening.interpreter_check()
            && active.screening.answer(i).is_none()
        {
            let v = crate::present::question::question(
                &self.l10n,
                &active.screening,
                i,
                crate::present::question::ViewOptions::default(),
            );
            self.say(&v.label)?;
            self.say(&v.text)?;
            for (n, c) in v.choices.iter().enumerate() {
                self.say(&format!("{}) {}", n + 1, c.label))?;
            }
            loop {
                let Some(line) = self.ask_id("plain-answer-prompt")? else {
                    return Ok(Step::Quit);
                };
                let line = line.trim();
                if line == "q" {
                    return Ok(Step::Quit);
                }
                let p = std::sync::Arc::clone(active.screening.protocol());
                match crate::present::answer::parse(p.question(i), line) {
                    Err(e) => self.say_problem(&e)?,
                    Ok(a) => match active.screening.set_answer(i, a) {
                        Ok(()) => break,
                        Err(e) => self.say_problem(&e)?,
                    },
                }
            }
            self.autosave(active)?;
        }
        let v = consent::consent(&self.l10n, &active.screening, &self.session.settings);
        if let Some(stop) = &v.stop {
            self.say(stop)?;
        }
        for part in &v.parts {
            if !part.heading.is_empty() {
                self.say(&part.heading)?;
            }
            self.say(&part.text)?;
        }
        if let Some((label, guidance)) = &v.guidance {
            self.say(label)?;
            self.say(guidance)?;
        }
        match self.ask_id("plain-continue")? {
            Some(l) if l.trim() == "q" => Ok(Step::Quit),
            None => Ok(Step::Quit),
            _ => {
                let _ = active.screening.acknowledge_consent();
                self.autosave(active)?;
                Ok(Step::Continue)
            }
        }
    }
}
