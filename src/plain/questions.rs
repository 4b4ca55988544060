//! One question at a time, and the review, as numbered lines (the views of the
//! presentation layer, the one answer parser).

use fluent_bundle::FluentValue;

use super::{Plain, PlainError, Step};
use crate::engine::{Answer, AuditKind};
use crate::present::answer::parse;
use crate::present::args;
use crate::present::outcome::{urgent_labels, urgent_steps};
use crate::present::question::{ViewOptions, question};
use crate::present::review::review;
use crate::protocol::QuestionKind;
use crate::session::Active;

impl Plain {
    pub(super) fn question(
        &mut self,
        active: &mut Active,
        i: crate::protocol::QuestionIdx,
    ) -> Result<Step, PlainError> {
        let opts = ViewOptions {
            show_sensitive: self.show_sensitive,
            interpreter_view: false,
        };
        let v = question(&self.l10n, &active.screening, i, opts);
        let header = self.l10n.tr_args(
            "plain-question",
            &args([
                ("index", FluentValue::from(v.answered + 1)),
                ("count", FluentValue::from(v.shown.max(v.answered + 1))),
            ]),
        );
        self.say(&header)?;
        if let Some(intro) = &v.intro {
            self.say(intro)?;
        }
        if !v.read_aloud {
            self.say(&v.label)?;
        }
        self.say(&v.text)?;
        if let Some(g) = &v.guidance {
            let t = format!("{} {g}", self.tr("question-guidance"));
            self.say(&t)?;
        }
        match v.kind {
            QuestionKind::Note => {
                return match self.ask_note_line(active)? {
                    None => Ok(Step::Quit),
                    Some(l) if l.trim() == "q" => Ok(Step::Quit),
                    Some(l) if l.trim() == "b" => {
                        let _ = active.screening.back();
                        Ok(Step::Continue)
                    }
                    _ => {
                        let _ = active.screening.advance();
                        Ok(Step::Continue)
                    }
                };
            }
            QuestionKind::YesNo => {
                let t = format!("1) {}  2) {}", self.tr("answer-yes"), self.tr("answer-no"));
                self.say(&t)?;
            }
            QuestionKind::Single | QuestionKind::Multiple => {
                self.say_id("plain-choices")?;
                for (n, c) in v.choices.iter().enumerate() {
                    self.say(&format!("{}) {}", n + 1, c.label))?;
                }
                if v.kind == QuestionKind::Multiple {
                    self.say_id("plain-multiple-hint")?;
                }
            }
            QuestionKind::Number | QuestionKind::Date | QuestionKind::Text => {
                self.say(&v.prompt)?;
            }
        }
        if let Some(c) = &v.current {
            let t = self.l10n.tr_args(
                "question-current-answer",
                &args([("answer", FluentValue::from(c.clone()))]),
            );
            self.say(&t)?;
        }
        loop {
            let Some(line) = self.ask_note_line(active)? else {
                return Ok(Step::Quit);
            };
            let l = line.trim();
            let answer = match l {
                "q" => return Ok(Step::Quit),
                "h" => {
                    self.say_id("plain-help")?;
                    self.say_id("plain-help-notes")?;
                    continue;
                }
                "b" => {
                    let _ = active.screening.back();
                    return Ok(Step::Continue);
                }
                "r" => {
                    let _ = active.screening.review();
                    return Ok(Step::Continue);
                }
                "!" => {
                    self.announce_urgent(active, &[], true)?;
                    continue;
                }
                "d" => Answer::Declined,
                "k" => Answer::DontKnow,
                "s" => Answer::NotAsked,
                "" if v.current.is_some() => {
                    let _ = active.screening.advance();
                    return Ok(Step::Continue);
                }
                typed => match parse(active.screening.protocol().question(i), typed) {
                    Ok(a) => a,
                    Err(e) => {
                        self.say_problem(&e)?;
                        continue;
                    }
                },
            };
            let flagged = urgent_labels(&self.l10n, &active.screening);
            match active.screening.set_answer(i, answer) {
                Ok(()) => {
                    self.autosave(active)?;
                    // A flag this answer raised: its steps now, before the next question.
                    self.announce_urgent(active, &flagged, false)?;
                    let _ = active.screening.advance();
                    return Ok(Step::Continue);
                }
                Err(e) => self.say_problem(&e)?,
            }
        }
    }

    /// The steps of the urgent flags raised that are not in `known` (all of them, with
    /// `known` empty), then the organization's when the first flag appears. `asked`: the
    /// worker asked (`!`), so "no flag" is said too.
    pub(super) fn announce_urgent(
        &mut self,
        active: &Active,
        known: &[String],
        asked: bool,
    ) -> Result<(), PlainError> {
        let v = urgent_steps(&self.l10n, &active.screening, &self.session.settings);
        let new: Vec<_> = v
            .flags
            .iter()
            .filter(|u| !known.contains(&u.label))
            .collect();
        if new.is_empty() {
            if asked {
                self.say_id("plain-urgent-none")?;
            }
            return Ok(());
        }
        self.say_id("plain-urgent-now")?;
        for u in new {
            self.say(&format!("! {}", u.label))?;
            for step in &u.steps {
                self.say(&format!("  - {step}"))?;
            }
        }
        if known.is_empty() && !v.org_steps.is_empty() {
            self.say_id("outcome-org-steps")?;
            for step in &v.org_steps {
                self.say(&format!("  - {step}"))?;
            }
        }
        self.say_id("plain-urgent-continue")?;
        Ok(())
    }

    /// A line of input, after any notes commands on it (`+ text` adds a note).
    fn ask_note_line(&mut self, active: &mut Active) -> Result<Option<String>, PlainError> {
        loop {
            let Some(line) = self.ask_id("plain-answer-prompt")? else {
                return Ok(None);
            };
            if !self.note_command(active, line.trim())? {
                return Ok(Some(line));
            }
        }
    }

    /// Some(true): finish; Some(false): a question was chosen; None: quit.
    pub(super) fn review(&mut self, active: &mut Active) -> Result<Option<bool>, PlainError> {
        let v = review(&self.l10n, &active.screening, self.show_sensitive);
        self.say_id("review-title")?;
        self.say(&v.summary)?;
        for (n, row) in v.rows.iter().enumerate() {
            if let Some(s) = &row.section {
                self.say(s)?;
            }
            let text: String = row.question.chars().take(60).collect();
            self.say(&format!("{}) {text} — {}", n + 1, row.answer))?;
        }
        loop {
            let prompt = self.tr("plain-review");
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if self.note_command(active, line.trim())? {
                continue;
            }
            return match line.trim() {
                "q" => Ok(None),
                // Show (or mask again) the sensitive answers, and read the review again.
                "v" => {
                    self.show_sensitive = !self.show_sensitive;
                    Ok(Some(false))
                }
                "f" => {
                    if v.unanswered > 0
                        && self
                            .ask_id("plain-unanswered-confirm")?
                            .as_deref()
                            .map(str::trim)
                            != Some("y")
                    {
                        return Ok(Some(false));
                    }
                    let _ = active.screening.finish();
                    self.autosave(active)?;
                    Ok(Some(true))
                }
                other => {
                    match other
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| v.rows.get(n.wrapping_sub(1)))
                    {
                        Some(row) => {
                            let _ = active.screening.jump_to_question(row.index);
                        }
                        None => self.say_id("plain-invalid")?,
                    }
                    Ok(Some(false))
                }
            };
        }
    }

    /// `+ text` adds a line to the notes and saves the draft; `+` alone reads the notes
    /// back. Whether the line was a notes command.
    pub(super) fn note_command(
        &mut self,
        active: &mut Active,
        line: &str,
    ) -> Result<bool, PlainError> {
        let Some(text) = line.strip_prefix('+') else {
            return Ok(false);
        };
        let text = text.trim();
        if text.is_empty() {
            if active.notes.trim().is_empty() {
                self.say_id("plain-notes-none")?;
            } else {
                self.say_id("plain-notes-now")?;
                let notes = active.notes.clone();
                self.say(&notes)?;
            }
            return Ok(true);
        }
        let separator = usize::from(!active.notes.is_empty() && !active.notes.ends_with('\n'));
        if active.notes.chars().count() + separator + text.chars().count()
            > crate::session::NOTES_MAX_CHARS
        {
            let t = self.l10n.tr_args(
                "notes-full",
                &args([("max", FluentValue::from(crate::session::NOTES_MAX_CHARS))]),
            );
            self.say(&t)?;
            return Ok(true);
        }
        if separator == 1 {
            active.notes.push('\n');
        }
        active.notes.push_str(text);
        active.screening.record(AuditKind::NotesEdited);
        if self.autosave(active)? {
            self.say_id("plain-note-added")?;
        }
        Ok(true)
    }
}
