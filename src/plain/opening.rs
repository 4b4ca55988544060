//! The opening, as lines: who interprets (before anything is read through them), then the
//! consent parts in the order they are read, the worker's guidance, and the go-ahead; and
//! before it, for a resumed screening, the choice of protocol version.

use super::{Plain, PlainError, Step};
use crate::present::consent;
use crate::present::drafts::{carried_lines, stale_offer, version_offer};
use crate::session::{Active, FoundDraft};

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

impl Plain {
    /// Drafts past the organization's limit: said, and discarded when the worker agrees
    /// (`found` loses them then).
    pub(super) fn offer_to_discard_stale(
        &mut self,
        found: &mut Vec<FoundDraft>,
    ) -> Result<(), PlainError> {
        let Some(offer) = stale_offer(&self.l10n, &self.session, found) else {
            return Ok(());
        };
        self.say(&offer.offer)?;
        if self
            .ask_id("plain-discard-stale")?
            .as_deref()
            .map(str::trim)
            != Some("y")
        {
            return Ok(());
        }
        for id in &offer.ids {
            if let Err(e) = self.session.discard_draft(id) {
                self.say_problem(&e)?;
            }
        }
        found.retain(|f| !offer.ids.contains(&f.file.id));
        self.say(&offer.done)?;
        Ok(())
    }

    /// A resumed screening whose protocol was changed since it started: go on with the
    /// version it started with (1, the default), or carry the answers over to the installed
    /// one (2) and hear what stayed behind.
    pub(super) fn offer_installed_version(
        &mut self,
        active: &mut Active,
    ) -> Result<(), PlainError> {
        let Some(installed) = self.session.installed_version(active) else {
            return Ok(());
        };
        let offer = version_offer(&self.l10n, active.screening.protocol(), &installed);
        self.say(&offer.differs)?;
        if self.ask(&offer.plain_prompt)?.as_deref().map(str::trim) != Some("2") {
            return Ok(());
        }
        match self.session.carry_over(active) {
            Ok(carried) => {
                let (title, lines) = carried_lines(&self.l10n, &carried, &installed);
                self.say(&title)?;
                for l in lines {
                    self.say(&format!("- {l}"))?;
                }
                // Kept at once: the draft on disk is the carried-over screening from now on.
                self.autosave(active)?;
            }
            Err(e) => self.say_problem(&e)?,
        }
        Ok(())
    }
}
