//! Plain mode (`lantern --plain`): the same screening as numbered line-by-line prompts,
//! without drawing, for screen readers and serial consoles. It lays out the views of the
//! presentation layer as lines, so it says what the screens say; input is read one line at
//! a time, so it also runs from piped input.

use std::io::{BufRead, Write};
use std::sync::Arc;

use age::secrecy::SecretString;
use fluent_bundle::FluentValue;

use crate::engine::Position;
use crate::i18n::{Catalog, Localizer};
use crate::present::message::Explain;
use crate::present::{args, protocol_title};
use crate::protocol::Protocol;
use crate::sanitize::terminal_safe;

mod opening;
mod questions;
mod results;
mod startup;
mod sync;
use crate::session::{Active, WorkSession};

/// Why plain mode stopped early: its input or output failed (what the worker reads about
/// problems in the screening itself is said in their language as it happens).
#[derive(Debug, thiserror::Error)]
pub enum PlainError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub fn run(
    session: WorkSession,
    catalog: &Catalog,
    ui_languages: &[String],
    start_with: Option<(String, String)>,
) -> Result<bool, PlainError> {
    let stdin = std::io::stdin();
    let interactive = std::io::IsTerminal::is_terminal(&stdin);
    let mut p = Plain {
        session,
        l10n: catalog.localizer(ui_languages),
        catalog: catalog.clone(),
        input: Box::new(stdin.lock()),
        out: Box::new(std::io::stdout()),
        interactive,
        show_sensitive: false,
        unsaved: false,
    };
    p.main(start_with)?;
    Ok(!p.unsaved)
}

/// Runs plain mode over any input and output (tests).
pub fn run_with(
    session: WorkSession,
    catalog: &Catalog,
    ui_languages: &[String],
    start_with: Option<(String, String)>,
    input: Box<dyn BufRead>,
    out: Box<dyn Write>,
) -> Result<bool, PlainError> {
    let mut p = Plain {
        session,
        l10n: catalog.localizer(ui_languages),
        catalog: catalog.clone(),
        input,
        out,
        interactive: false,
        show_sensitive: false,
        unsaved: false,
    };
    p.main(start_with)?;
    Ok(!p.unsaved)
}

pub(super) struct Plain {
    pub(super) session: WorkSession,
    pub(super) l10n: Localizer,
    pub(super) catalog: Catalog,
    input: Box<dyn BufRead>,
    out: Box<dyn Write>,
    /// Input comes from a terminal (passphrases are then read without echo).
    interactive: bool,
    /// Sensitive answers are read out only after the worker asks (`v` in the review): a
    /// screen reader would otherwise speak them aloud.
    pub(super) show_sensitive: bool,
    /// The worker stopped while the last answers could not be saved.
    unsaved: bool,
}

pub(super) enum Step {
    Continue,
    Quit,
}

impl Plain {
    pub(super) fn say(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.out, "{}", terminal_safe(text))?;
        self.out.flush()
    }

    pub(super) fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// Says a translated message.
    pub(super) fn say_id(&mut self, id: &str) -> std::io::Result<()> {
        let t = self.tr(id);
        self.say(&t)
    }

    /// Says a problem (and what to do about it) in the worker's language.
    pub(super) fn say_problem(&mut self, e: &dyn Explain) -> std::io::Result<()> {
        let m = e.explain(&self.l10n);
        self.say(&m.line())
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

    pub(super) fn ask_id(&mut self, id: &str) -> std::io::Result<Option<String>> {
        let prompt = self.tr(id);
        self.ask(&prompt)
    }

    /// A passphrase: not echoed when typed at a terminal; read as a line from a pipe.
    fn ask_secret(&mut self, prompt: &str) -> std::io::Result<Option<SecretString>> {
        if !self.interactive {
            return Ok(self.ask(prompt)?.map(SecretString::from));
        }
        write!(self.out, "{} ", terminal_safe(prompt))?;
        self.out.flush()?;
        match rpassword::read_password() {
            Ok(p) => Ok(Some(SecretString::from(p))),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn main(&mut self, start_with: Option<(String, String)>) -> Result<(), PlainError> {
        self.say_id("plain-intro")?;
        if let Some(notice) = self.l10n.missing_language_notice() {
            self.say(&notice)?;
        }
        for w in self.session.folder_warnings.clone() {
            self.say_problem(&w)?;
        }
        if !self.unlock()? {
            return Ok(());
        }
        if !self.session.can_save() {
            let text = self.l10n.tr_args(
                "keys-explain",
                &args([("folder", FluentValue::from("keys/"))]),
            );
            self.say(&text)?;
            self.say_id("keys-how")?;
            match self.ask_id("keys-continue")? {
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
        self.save(active)
    }

    pub(super) fn quit(&mut self, active: &Active) -> Result<(), PlainError> {
        if self.autosave(active)? {
            self.say_id("plain-quit")?;
        } else {
            // Said (autosave told the worker); the exit status says it too.
            self.unsaved = true;
        }
        Ok(())
    }

    /// Saves the encrypted draft; a failure is told (nothing claims a save that did not
    /// happen) and the screening goes on in memory. Whether it was saved.
    pub(super) fn autosave(&mut self, active: &Active) -> Result<bool, PlainError> {
        if active.screening.consent_acknowledged().is_none() {
            return Ok(true);
        }
        match self.session.autosave(active) {
            Ok(()) => Ok(true),
            Err(e) => {
                self.say_problem(&e)?;
                self.say_id("plain-not-saved")?;
                Ok(false)
            }
        }
    }

    fn unlock(&mut self) -> Result<bool, PlainError> {
        if !self.session.has_device_key() {
            self.say_id("setup-intro")?;
            loop {
                let prompt = self.tr("setup-passphrase") + ":";
                let Some(a) = self.ask_secret(&prompt)? else {
                    return Ok(false);
                };
                let prompt = self.tr("setup-confirm") + ":";
                let Some(b) = self.ask_secret(&prompt)? else {
                    return Ok(false);
                };
                use age::secrecy::ExposeSecret;
                if a.expose_secret() != b.expose_secret() {
                    self.say_id("setup-mismatch")?;
                    continue;
                }
                match self.session.create_device_key(&a) {
                    Ok(()) => {
                        self.say_id("setup-done")?;
                        return Ok(true);
                    }
                    Err(e) => self.say_problem(&e)?,
                }
            }
        }
        loop {
            let prompt = self.tr("plain-passphrase");
            let Some(pass) = self.ask_secret(&prompt)? else {
                return Ok(false);
            };
            match self.session.unlock(&pass) {
                Ok(()) => return Ok(true),
                Err(e) => self.say_problem(&e)?,
            }
        }
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
                    let Some(p) = self.choose_protocol()? else {
                        return Ok(None);
                    };
                    let langs: Vec<String> = p.languages().map(str::to_string).collect();
                    self.say_id("plain-choose-language")?;
                    for (n, l) in langs.iter().enumerate() {
                        let mut name = self.l10n.language_name(l);
                        if p.translation_is_draft(l) {
                            name = self.l10n.tr_args(
                                "home-draft-language",
                                &crate::present::args([(
                                    "language",
                                    fluent_bundle::FluentValue::from(name),
                                )]),
                            );
                        }
                        self.say(&format!("{}) {name}", n + 1))?;
                    }
                    let Some(l) = self.pick(&langs)? else {
                        return Ok(None);
                    };
                    (p, l)
                }
            };
        let mut active = match self.session.start(
            protocol,
            &crate::i18n::LangTag::checked(&lang),
            &crate::i18n::LangTag::checked(&worker),
        ) {
            Ok(a) => a,
            Err(e) => {
                self.say_problem(&e)?;
                return Ok(None);
            }
        };
        // Like the home screen's label: optional, never survivor data.
        let Some(label) = self.ask_id("plain-worker-label")? else {
            return Ok(None);
        };
        let label = label.trim();
        active.worker = (!label.is_empty()).then(|| label.to_string());
        Ok(Some(active))
    }

    /// The start menu: the protocols, and sending the saved records when there are any.
    fn choose_protocol(&mut self) -> Result<Option<Arc<Protocol>>, PlainError> {
        let protocols: Vec<Arc<Protocol>> = self.session.protocols.clone();
        loop {
            self.say_id("plain-choose-protocol")?;
            for (n, p) in protocols.iter().enumerate() {
                let title = protocol_title(&self.l10n, p);
                self.say(&format!("{}) {title}", n + 1))?;
            }
            let waiting = self.waiting().0;
            if waiting > 0 {
                let text = self
                    .l10n
                    .tr_args("plain-sync-option", &args([("count", waiting.into())]));
                self.say(&text)?;
            }
            let Some(line) = self.ask_id("plain-answer-prompt")? else {
                return Ok(None);
            };
            match line.trim() {
                "q" => return Ok(None),
                "s" if waiting > 0 => self.send_records()?,
                l => match l.parse::<usize>() {
                    Ok(n) if n >= 1 && n <= protocols.len() => {
                        return Ok(Some(protocols[n - 1].clone()));
                    }
                    _ => self.say_id("plain-invalid")?,
                },
            }
        }
    }

    pub(super) fn pick<T: Clone>(&mut self, items: &[T]) -> Result<Option<T>, PlainError> {
        loop {
            let Some(line) = self.ask_id("plain-answer-prompt")? else {
                return Ok(None);
            };
            if line.trim() == "q" {
                return Ok(None);
            }
            match line.trim().parse::<usize>() {
                Ok(n) if n >= 1 && n <= items.len() => return Ok(Some(items[n - 1].clone())),
                _ => self.say_id("plain-invalid")?,
            }
        }
    }
}
