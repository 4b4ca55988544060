//! Plain mode (`lantern --plain`): the same screening as numbered line-by-line prompts,
//! without drawing, for screen readers and serial consoles. Every line is translated; input
//! is read one line at a time, so it also runs from piped input.

use std::io::{BufRead, Write};
use std::sync::Arc;

use age::secrecy::SecretString;
use fluent_bundle::FluentArgs;

use crate::config::Settings;
use crate::engine::Position;
use crate::i18n::{Catalog, Localizer};
use crate::protocol::Protocol;
use crate::sanitize::terminal_safe;

mod questions;
mod results;
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

pub(super) struct Plain {
    pub(super) session: WorkSession,
    pub(super) l10n: Localizer,
    input: Box<dyn BufRead>,
    out: Box<dyn Write>,
    /// Input comes from a terminal (passphrases are then read without echo).
    interactive: bool,
}

pub(super) enum Step {
    Continue,
    Quit,
}

pub(super) fn args(pairs: &[(&str, String)]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k.to_string(), v.clone());
    }
    a
}

impl Plain {
    pub(super) fn say(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.out, "{}", terminal_safe(text))?;
        self.out.flush()
    }

    pub(super) fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// One line of input; None at end of input.
    pub(super) fn ask(&mut self, prompt: &str) -> std::io::Result<Option<String>> {
        write!(self.out, "{} ", terminal_safe(prompt))?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// A passphrase: not echoed when typed at a terminal; read as a line from a pipe.
    pub(super) fn ask_secret(&mut self, prompt: &str) -> std::io::Result<Option<String>> {
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
        self.referrals(&mut active)?;
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

    pub(super) fn quit(&mut self, active: &Active) -> Result<(), PlainError> {
        self.autosave(active)?;
        let t = self.tr("plain-quit");
        self.say(&t)?;
        Ok(())
    }

    pub(super) fn autosave(&mut self, active: &Active) -> Result<(), PlainError> {
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
                        let name = self.l10n.language_name(l);
                        self.say(&format!("{}) {name}", n + 1))?;
                    }
                    let Some(l) = self.pick(&langs)? else {
                        return Ok(None);
                    };
                    (p, l)
                }
            };
        let mut active = self
            .session
            .start(protocol, &lang, &worker)
            .map_err(|e| PlainError::Session(e.to_string()))?;
        // Like the home screen's label: optional, never survivor data.
        let prompt = self.tr("plain-worker-label");
        let Some(label) = self.ask(&prompt)? else {
            return Ok(None);
        };
        let label = label.trim();
        active.worker = (!label.is_empty()).then(|| label.to_string());
        Ok(Some(active))
    }

    pub(super) fn pick<T: Clone>(&mut self, items: &[T]) -> Result<Option<T>, PlainError> {
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
}
