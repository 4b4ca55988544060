//! One question at a time, and the review, as numbered lines.

use std::sync::Arc;

use chrono::NaiveDate;

use super::{Plain, PlainError, Step, args};
use crate::engine::Answer;
use crate::protocol::QuestionKind;
use crate::session::Active;

impl Plain {
    pub(super) fn question(&mut self, active: &mut Active, i: usize) -> Result<Step, PlainError> {
        let p = Arc::clone(active.screening.protocol());
        let q = p.question(i);
        let progress = active.screening.progress();
        let mut a = args(&[]);
        a.set("index", progress.answered + 1);
        a.set("count", progress.shown.max(progress.answered + 1));
        let header = self.l10n.tr_args("plain-question", &a);
        self.say(&header)?;
        let worker_lang = if p.has_language(self.l10n.language()) {
            self.l10n.language().to_string()
        } else {
            p.default_language().to_string()
        };
        if !q.read_aloud {
            let t = self.tr("question-worker-only");
            self.say(&t)?;
        }
        let text = active.screening.render(&q.text);
        self.say(&text)?;
        if let Some(g) = &q.guidance {
            let t = format!(
                "{} {}",
                self.tr("question-guidance"),
                active.screening.render_in(g, &worker_lang)
            );
            self.say(&t)?;
        }
        let kind = q.kind.value;
        if kind == QuestionKind::Note {
            let prompt = self.tr("plain-continue");
            let line = loop {
                let line = self.ask(&prompt)?;
                match &line {
                    Some(l) if self.note_command(active, l.trim())? => {}
                    _ => break line,
                }
            };
            return match line {
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
        let choices: Vec<(String, String)> = q
            .choices
            .iter()
            .map(|c| {
                (
                    c.id.value.clone(),
                    active
                        .screening
                        .choice_label(i, &c.id.value, active.screening.language()),
                )
            })
            .collect();
        match kind {
            QuestionKind::YesNo => {
                let t = format!("1) {}  2) {}", self.tr("answer-yes"), self.tr("answer-no"));
                self.say(&t)?;
            }
            QuestionKind::Single | QuestionKind::Multiple => {
                let t = self.tr("plain-choices");
                self.say(&t)?;
                for (n, (_, label)) in choices.iter().enumerate() {
                    self.say(&format!("{}) {label}", n + 1))?;
                }
                if kind == QuestionKind::Multiple {
                    let t = self.tr("plain-multiple-hint");
                    self.say(&t)?;
                }
            }
            QuestionKind::Number => {
                let t = self
                    .l10n
                    .tr_args("question-number-prompt", &args(&[("unit", String::new())]));
                self.say(&t)?;
            }
            QuestionKind::Date => {
                let t = self.tr("question-date-prompt");
                self.say(&t)?;
            }
            _ => {
                let t = self.tr("question-text-prompt");
                self.say(&t)?;
            }
        }
        loop {
            let prompt = self.tr("plain-answer-prompt");
            let Some(line) = self.ask(&prompt)? else {
                return Ok(Step::Quit);
            };
            let l = line.trim();
            if self.note_command(active, l)? {
                continue;
            }
            let answer = match l {
                "q" => return Ok(Step::Quit),
                "h" => {
                    let t = self.tr("plain-help");
                    self.say(&t)?;
                    let t = self.tr("plain-help-notes");
                    self.say(&t)?;
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
                "d" => Some(Answer::Declined),
                "k" => Some(Answer::DontKnow),
                "s" => Some(Answer::NotAsked),
                "" if active.screening.answer(i).is_some() => {
                    let _ = active.screening.advance();
                    return Ok(Step::Continue);
                }
                _ => match kind {
                    QuestionKind::YesNo => match l {
                        "y" | "1" => Some(Answer::Yes),
                        "n" | "2" => Some(Answer::No),
                        _ => None,
                    },
                    QuestionKind::Single => l
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| choices.get(n.wrapping_sub(1)))
                        .map(|(id, _)| Answer::Choice(id.clone())),
                    QuestionKind::Multiple => {
                        let picked: Option<Vec<String>> = l
                            .split([' ', ','])
                            .filter(|x| !x.is_empty())
                            .map(|x| {
                                x.parse::<usize>()
                                    .ok()
                                    .and_then(|n| choices.get(n.wrapping_sub(1)))
                                    .map(|(id, _)| id.clone())
                            })
                            .collect();
                        picked.filter(|v| !v.is_empty()).map(Answer::Choices)
                    }
                    QuestionKind::Number => l.parse::<i64>().ok().map(Answer::Number),
                    QuestionKind::Date => NaiveDate::parse_from_str(l, "%Y-%m-%d")
                        .ok()
                        .map(Answer::Date),
                    QuestionKind::Text if !l.is_empty() => Some(Answer::Text(l.to_string())),
                    _ => None,
                },
            };
            let Some(answer) = answer else {
                let t = self.tr("plain-invalid");
                self.say(&t)?;
                continue;
            };
            match active.screening.set_answer(i, answer) {
                Ok(()) => {
                    self.autosave(active)?;
                    let _ = active.screening.advance();
                    return Ok(Step::Continue);
                }
                Err(e) => self.say(&e.to_string())?,
            }
        }
    }

    /// Some(true): finish; Some(false): a question was chosen; None: quit.
    pub(super) fn review(&mut self, active: &mut Active) -> Result<Option<bool>, PlainError> {
        let t = self.tr("review-title");
        self.say(&t)?;
        let shown: Vec<usize> = active.screening.shown_questions().collect();
        let p = Arc::clone(active.screening.protocol());
        for (n, &i) in shown.iter().enumerate() {
            let q = p.question(i);
            let ans = match active.screening.answer(i).map(|r| &r.answer) {
                None => self.tr("review-unanswered"),
                Some(a) => self.answer_text(active, i, a),
            };
            let text: String = active
                .screening
                .render(&q.text)
                .replace('\n', " ")
                .chars()
                .take(60)
                .collect();
            self.say(&format!("{}) {text} — {ans}", n + 1))?;
        }
        let prompt = self.tr("plain-review");
        let line = loop {
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if !self.note_command(active, line.trim())? {
                break line;
            }
        };
        match line.trim() {
            "q" => Ok(None),
            "f" => {
                if !active.screening.unanswered().is_empty() {
                    let prompt = self.tr("plain-unanswered-confirm");
                    if self.ask(&prompt)?.as_deref().map(str::trim) != Some("y") {
                        return Ok(Some(false));
                    }
                }
                let _ = active.screening.finish();
                self.autosave(active)?;
                Ok(Some(true))
            }
            other => {
                if let Some(&i) = other
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| shown.get(n.wrapping_sub(1)))
                {
                    let _ = active.screening.jump_to_question(i);
                }
                Ok(Some(false))
            }
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
                let t = self.tr("plain-notes-none");
                self.say(&t)?;
            } else {
                let t = self.tr("plain-notes-now");
                self.say(&t)?;
                let notes = active.notes.clone();
                self.say(&notes)?;
            }
            return Ok(true);
        }
        if !active.notes.is_empty() && !active.notes.ends_with('\n') {
            active.notes.push('\n');
        }
        active.notes.push_str(text);
        active
            .screening
            .record(crate::engine::AuditKind::NotesEdited);
        self.autosave(active)?;
        let t = self.tr("plain-note-added");
        self.say(&t)?;
        Ok(true)
    }

    fn answer_text(&self, active: &Active, i: usize, a: &Answer) -> String {
        let s = &active.screening;
        crate::session::answer_label(&self.l10n, s, i, a, s.language())
    }
}
