//! Screenings left from before, at start-up: the drafts past the organization's limit,
//! resuming one, and the choice of protocol version when its protocol changed since.

use super::{Plain, PlainError};
use crate::present::args;
use crate::present::drafts::{self, carried_lines, stale_offer, version_offer};
use crate::session::{Active, FoundDraft};

impl Plain {
    pub(super) fn resume(&mut self) -> Result<Option<Active>, PlainError> {
        let settled = self.session.settle_saved_drafts();
        if settled > 0 {
            let t = self.l10n.tr_args(
                "drafts-already-saved",
                &args([("count", fluent_bundle::FluentValue::from(settled))]),
            );
            self.say(&t)?;
        }
        let mut found = self.session.drafts();
        self.offer_to_discard_stale(&mut found)?;
        let rows = drafts::rows(&self.l10n, &self.session, &found);
        for (f, row) in found.iter().zip(rows) {
            self.say_id("resume-title")?;
            self.say(&row.text)?;
            let Ok(draft) = &f.draft else { continue };
            match self.ask_id("plain-resume")?.as_deref().map(str::trim) {
                Some("1") => match self.session.resume(draft) {
                    Ok(mut a) => {
                        self.offer_installed_version(&mut a)?;
                        return Ok(Some(a));
                    }
                    Err(e) => self.say_problem(&e)?,
                },
                Some("3") => {
                    if let Err(e) = self.session.discard_draft(&draft.draft_id) {
                        self.say_problem(&e)?;
                    }
                }
                None => return Ok(None),
                _ => {}
            }
        }
        Ok(None)
    }

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
