//! Plain mode (`lantern --plain`): the same screening as numbered line-by-line prompts,
//! without drawing, for screen readers and serial consoles. Every line is translated; input
//! is read one line at a time, so it also runs from piped input.

use std::io::{BufRead, Write};
use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use crate::config::Settings;
use crate::engine::{Answer, Position};
use crate::i18n::{Catalog, Localizer};
use crate::protocol::{Protocol, QuestionKind};
use crate::sanitize::terminal_safe;
use crate::session::{Active, WorkSession};

/// Why plain mode stopped early.
#[derive(Debug, thiserror::Error)]
pub enum PlainError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Session(String),
}

pub fn run(
    session: WorkSession,
    catalog: &Catalog,
    ui_languages: &[String],
    start_with: Option<(String, String)>,
) -> Result<(), PlainError> {
    let stdin = std::io::stdin();
    let interactive = std::io::IsTerminal::is_terminal(&stdin);
    let mut p = Plain {
        session,
        l10n: catalog.localizer(ui_languages),
        input: Box::new(stdin.lock()),
        out: Box::new(std::io::stdout()),
        interactive,
    };
    p.main(start_with)
}

/// Runs plain mode over any input and output (tests).
pub fn run_with(
    session: WorkSession,
    catalog: &Catalog,
    ui_languages: &[String],
    start_with: Option<(String, String)>,
    input: Box<dyn BufRead>,
    out: Box<dyn Write>,
) -> Result<(), PlainError> {
    let mut p = Plain {
        session,
        l10n: catalog.localizer(ui_languages),
        input,
        out,
        interactive: false,
    };
    p.main(start_with)
}

struct Plain {
    session: WorkSession,
    l10n: Localizer,
    input: Box<dyn BufRead>,
    out: Box<dyn Write>,
    /// Input comes from a terminal (passphrases are then read without echo).
    interactive: bool,
}

enum Step {
    Continue,
    Quit,
}

fn args(pairs: &[(&str, String)]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k.to_string(), v.clone());
    }
    a
}

impl Plain {
    fn say(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.out, "{}", terminal_safe(text))?;
        self.out.flush()
    }

    fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// One line of input; None at end of input.
    fn ask(&mut self, prompt: &str) -> std::io::Result<Option<String>> {
        write!(self.out, "{} ", terminal_safe(prompt))?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// A passphrase: not echoed when typed at a terminal; read as a line from a pipe.
    fn ask_secret(&mut self, prompt: &str) -> std::io::Result<Option<String>> {
        if !self.interactive {
            return self.ask(prompt);
        }
        write!(self.out, "{} ", terminal_safe(prompt))?;
        self.out.flush()?;
        match rpassword::read_password() {
            Ok(p) => Ok(Some(p)),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn main(&mut self, start_with: Option<(String, String)>) -> Result<(), PlainError> {
        let intro = self.tr("plain-intro");
        self.say(&intro)?;
        if !self.unlock()? {
            return Ok(());
        }
        if !self.session.can_save() {
            let text = self
                .l10n
                .tr_args("keys-explain", &args(&[("folder", "keys/".into())]));
            self.say(&text)?;
            let how = self.tr("keys-how");
            self.say(&how)?;
            let prompt = self.tr("keys-continue");
            match self.ask(&prompt)? {
                Some(l) if l.trim() == "q" => return Ok(()),
                None => return Ok(()),
                _ => {}
            }
        }
        let mut active = match self.resume()? {
            Some(a) => a,
            None => match self.choose(start_with)? {
                Some(a) => a,
                None => return Ok(()),
            },
        };
        if active.screening.consent_acknowledged().is_none()
            && let Step::Quit = self.consent(&mut active)?
        {
            return Ok(());
        }
        loop {
            match active.screening.position() {
                Position::Question(i) => {
                    if let Step::Quit = self.question(&mut active, i)? {
                        return self.quit(&active);
                    }
                }
                Position::Review | Position::Consent => match self.review(&mut active)? {
                    Some(true) => break,
                    Some(false) => continue,
                    None => return self.quit(&active),
                },
            }
        }
        self.outcome(&active)?;
        let prompt = self.tr("plain-save");
        match self.ask(&prompt)?.as_deref().map(str::trim) {
            Some("y") => match self.session.save(&mut active) {
                Ok(_) => {
                    let t = self.tr("plain-saved");
                    self.say(&t)?;
                    Ok(())
                }
                Err(e) => {
                    let t = if self.session.can_save() {
                        self.l10n
                            .tr_args("save-failed", &args(&[("reason", e.to_string())]))
                    } else {
                        self.tr("save-no-keys")
                    };
                    self.say(&t)?;
                    self.quit(&active)
                }
            },
            _ => self.quit(&active),
        }
    }

    fn quit(&mut self, active: &Active) -> Result<(), PlainError> {
        self.autosave(active)?;
        let t = self.tr("plain-quit");
        self.say(&t)?;
        Ok(())
    }

    fn autosave(&mut self, active: &Active) -> Result<(), PlainError> {
        if active.screening.consent_acknowledged().is_some() {
            self.session
                .autosave(active)
                .map_err(|e| PlainError::Session(e.to_string()))?;
        }
        Ok(())
    }

    fn unlock(&mut self) -> Result<bool, PlainError> {
        if !self.session.has_device_key() {
            let t = self.tr("setup-intro");
            self.say(&t)?;
            loop {
                let prompt = self.tr("setup-passphrase") + ":";
                let Some(a) = self.ask_secret(&prompt)? else {
                    return Ok(false);
                };
                let prompt = self.tr("setup-confirm") + ":";
                let Some(b) = self.ask_secret(&prompt)? else {
                    return Ok(false);
                };
                if a != b {
                    let t = self.tr("setup-mismatch");
                    self.say(&t)?;
                    continue;
                }
                match self.session.create_device_key(&SecretString::from(a)) {
                    Ok(()) => {
                        let t = self.tr("setup-done");
                        self.say(&t)?;
                        return Ok(true);
                    }
                    Err(crate::vault::VaultError::WeakPassphrase(min)) => {
                        let t = self
                            .l10n
                            .tr_args("setup-too-short", &args(&[("min", min.to_string())]));
                        self.say(&t)?;
                    }
                    Err(e) => return Err(PlainError::Session(e.to_string())),
                }
            }
        }
        loop {
            let prompt = self.tr("plain-passphrase");
            let Some(pass) = self.ask_secret(&prompt)? else {
                return Ok(false);
            };
            match self.session.unlock(&SecretString::from(pass)) {
                Ok(()) => return Ok(true),
                Err(_) => {
                    let t = self.tr("unlock-wrong");
                    self.say(&t)?;
                }
            }
        }
    }

    fn resume(&mut self) -> Result<Option<Active>, PlainError> {
        let drafts = self.session.drafts();
        for found in drafts {
            let Ok(draft) = &found.draft else { continue };
            let title = self.protocol_title(&draft.screening.protocol_id);
            let t = self.tr("resume-title");
            self.say(&t)?;
            let mut a = args(&[
                ("protocol", title),
                (
                    "started",
                    draft
                        .screening
                        .started
                        .format("%Y-%m-%d %H:%M UTC")
                        .to_string(),
                ),
            ]);
            a.set("answers", draft.screening.answers.len());
            let info = self.l10n.tr_args("resume-info", &a);
            self.say(&info)?;
            let prompt = self.tr("plain-resume");
            match self.ask(&prompt)?.as_deref().map(str::trim) {
                Some("1") => match self.session.resume(draft) {
                    Ok(a) => return Ok(Some(a)),
                    Err(e) => self.say(&e.to_string())?,
                },
                Some("3") => {
                    let _ = self.session.discard_draft(&draft.draft_id);
                }
                None => return Ok(None),
                _ => {}
            }
        }
        Ok(None)
    }

    fn protocol_title(&self, id: &str) -> String {
        self.session
            .protocol(id)
            .map(|p| {
                p.file
                    .protocol
                    .title
                    .render(self.l10n.language(), p.default_language(), None)
            })
            .unwrap_or_else(|| id.to_string())
    }

    fn choose(
        &mut self,
        start_with: Option<(String, String)>,
    ) -> Result<Option<Active>, PlainError> {
        let worker = self.l10n.language().to_string();
        let (protocol, lang) =
            match start_with.and_then(|(id, l)| self.session.protocol(&id).map(|p| (p, l))) {
                Some(x) => x,
                None => {
                    let protocols: Vec<Arc<Protocol>> = self.session.protocols.clone();
                    let t = self.tr("plain-choose-protocol");
                    self.say(&t)?;
                    for (n, p) in protocols.iter().enumerate() {
                        let title =
                            p.file
                                .protocol
                                .title
                                .render(&worker, p.default_language(), None);
                        self.say(&format!("{}) {title}", n + 1))?;
                    }
                    let Some(p) = self.pick(&protocols)? else {
                        return Ok(None);
                    };
                    let langs: Vec<String> = p.languages().map(str::to_string).collect();
                    let t = self.tr("plain-choose-language");
                    self.say(&t)?;
                    for (n, l) in langs.iter().enumerate() {
                        let name = self.language_name(l);
                        self.say(&format!("{}) {name}", n + 1))?;
                    }
                    let Some(l) = self.pick(&langs)? else {
                        return Ok(None);
                    };
                    (p, l)
                }
            };
        self.session
            .start(protocol, &lang, &worker)
            .map(Some)
            .map_err(|e| PlainError::Session(e.to_string()))
    }

    fn language_name(&self, tag: &str) -> String {
        let n = self.l10n.tr(&format!("language-{tag}"));
        if n.starts_with('[') {
            tag.to_string()
        } else {
            n
        }
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> Result<Option<T>, PlainError> {
        loop {
            let prompt = self.tr("plain-answer-prompt");
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if line.trim() == "q" {
                return Ok(None);
            }
            match line.trim().parse::<usize>() {
                Ok(n) if n >= 1 && n <= items.len() => return Ok(Some(items[n - 1].clone())),
                _ => {
                    let t = self.tr("plain-invalid");
                    self.say(&t)?;
                }
            }
        }
    }

    fn consent(&mut self, active: &mut Active) -> Result<Step, PlainError> {
        let p = Arc::clone(active.screening.protocol());
        let t = self.tr("consent-title");
        self.say(&t)?;
        if p.file.consent.mandatory_reporting_notice {
            let t = self.tr("consent-notice");
            self.say(&t)?;
            let notice = Settings::pick(
                &self
                    .session
                    .settings
                    .file
                    .jurisdiction
                    .minor_reporting_notice,
                active.screening.language(),
            )
            .to_string();
            self.say(&notice)?;
        }
        let t = self.tr("consent-read");
        self.say(&t)?;
        let script = active.screening.render(&p.file.consent.script);
        self.say(&script)?;
        let prompt = self.tr("plain-continue");
        match self.ask(&prompt)? {
            Some(l) if l.trim() == "q" => Ok(Step::Quit),
            None => Ok(Step::Quit),
            _ => {
                let _ = active.screening.acknowledge_consent();
                self.autosave(active)?;
                Ok(Step::Continue)
            }
        }
    }

    fn question(&mut self, active: &mut Active, i: usize) -> Result<Step, PlainError> {
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
            return match self.ask(&prompt)? {
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
            let answer = match l {
                "q" => return Ok(Step::Quit),
                "h" => {
                    let t = self.tr("plain-help");
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
    fn review(&mut self, active: &mut Active) -> Result<Option<bool>, PlainError> {
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
        let Some(line) = self.ask(&prompt)? else {
            return Ok(None);
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

    fn answer_text(&self, active: &Active, i: usize, a: &Answer) -> String {
        let lang = active.screening.language();
        match a {
            Answer::Yes => self.tr("answer-yes"),
            Answer::No => self.tr("answer-no"),
            Answer::Declined => self.tr("answer-declined"),
            Answer::DontKnow => self.tr("answer-dont-know"),
            Answer::NotAsked => self.tr("answer-not-asked"),
            Answer::Choice(c) => active.screening.choice_label(i, c, lang),
            Answer::Choices(cs) if cs.is_empty() => self.tr("answer-none"),
            Answer::Choices(cs) => cs
                .iter()
                .map(|c| active.screening.choice_label(i, c, lang))
                .collect::<Vec<_>>()
                .join(", "),
            Answer::Number(n) => n.to_string(),
            Answer::Date(d) => d.to_string(),
            Answer::Text(t) => t.clone(),
        }
    }

    fn outcome(&mut self, active: &Active) -> Result<(), PlainError> {
        let s = &active.screening;
        let p = Arc::clone(s.protocol());
        let lang = if p.has_language(self.l10n.language()) {
            self.l10n.language().to_string()
        } else {
            p.default_language().to_string()
        };
        let d = s.derived().clone();
        let t = self.tr("outcome-title");
        self.say(&t)?;
        let level = self.tr(&format!("outcome-level-{}", s.outcome_level().as_str()));
        self.say(&level)?;
        if let Some(o) = d.outcome {
            let t = s.render_in(&p.file.outcomes[o].text, &lang);
            self.say(&t)?;
        }
        let t = self.tr("outcome-not-determination");
        self.say(&t)?;
        let t = self.tr("outcome-indicators");
        self.say(&t)?;
        for &i in &d.indicators {
            let t = format!("- {}", s.render_in(&p.file.indicators[i].label, &lang));
            self.say(&t)?;
        }
        if !d.urgent.is_empty() {
            let t = self.tr("outcome-urgent");
            self.say(&t)?;
            for &u in &d.urgent {
                let t = format!("! {}", s.render_in(&p.file.urgent[u].label, &lang));
                self.say(&t)?;
                for step in &p.file.urgent[u].steps {
                    let t = format!("  - {}", s.render_in(step, &lang));
                    self.say(&t)?;
                }
            }
            let t = self.tr("outcome-org-steps");
            self.say(&t)?;
            let steps: Vec<String> = self
                .session
                .settings
                .file
                .response_steps
                .iter()
                .map(|x| Settings::pick(x, &lang).to_string())
                .collect();
            for step in steps {
                self.say(&format!("  - {step}"))?;
            }
        }
        let t = self.tr("needs-title");
        self.say(&t)?;
        for &n in &d.needs {
            let need = &p.file.needs[n];
            let t = format!(
                "- {} ({})",
                s.render_in(&need.label, &lang),
                self.tr(&format!("category-{}", need.category.as_str()))
            );
            self.say(&t)?;
        }
        let contacts: Vec<String> = self
            .session
            .settings
            .file
            .contacts
            .iter()
            .map(|c| {
                let mut parts = vec![Settings::pick(&c.label, &lang).to_string()];
                parts.extend([&c.phone, &c.sms, &c.tty].into_iter().flatten().cloned());
                parts.join(" · ")
            })
            .collect();
        if !contacts.is_empty() {
            let t = self.tr("outcome-contacts");
            self.say(&t)?;
            for c in contacts {
                self.say(&format!("- {c}"))?;
            }
        }
        Ok(())
    }
}
