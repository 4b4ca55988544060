//! One module per screen, each with its state, its keys and its drawing; this is the one
//! dispatch. A new screen is a new variant here: the compiler then lists every match that
//! must learn about it.

pub mod consent;
pub mod home;
pub mod no_keys;
pub mod outcome;
pub mod question;
pub mod referrals;
pub mod resume;
pub mod review;
pub mod save;
pub mod setup;
pub mod sync;
pub mod unlock;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::app::{Input, Model};
use super::effect::{Done, Effect};
use super::keymap::Context;
use crate::engine::Position;
use crate::i18n::LangTag;
use crate::session::WorkSession;

pub enum Screen {
    /// First run: choose the passphrase that wraps the device key.
    Setup(setup::Setup),
    Unlock(unlock::Unlock),
    /// keys/ has no organization key.
    NoKeys(no_keys::NoKeys),
    Resume(resume::Resume),
    Home(home::Home),
    Consent(consent::Consent),
    Question(question::Question),
    Review(review::Review),
    Outcome(outcome::Outcome),
    Referrals(referrals::Referrals),
    Save(save::Save),
    /// Send records to the organization's store.
    Sync(sync::Sync),
}

impl Screen {
    /// The first screen: set up the passphrase, or unlock.
    pub fn first(session: &WorkSession) -> Screen {
        if session.has_device_key() {
            Screen::Unlock(unlock::Unlock::default())
        } else {
            Screen::Setup(setup::Setup::default())
        }
    }

    /// The screen that shows where the screening stands.
    pub fn for_position(m: &Model) -> Screen {
        match m.active.as_ref().map(|a| a.screening.position()) {
            Some(Position::Question(_)) => Screen::Question(question::Question::new(m)),
            Some(Position::Review) => Screen::Review(review::Review::default()),
            _ => Screen::Consent(consent::Consent::default()),
        }
    }

    pub fn context(&self, m: &Model) -> Context {
        match self {
            Screen::Setup(_) => Context::Setup,
            Screen::Unlock(_) => Context::Unlock,
            Screen::NoKeys(_) => Context::NoKeys,
            Screen::Resume(s) => s.context(),
            Screen::Home(_) => Context::Home,
            Screen::Consent(_) => Context::Consent,
            Screen::Question(_) => Context::Question,
            Screen::Review(s) => s.context(),
            Screen::Outcome(_) => Context::Outcome,
            Screen::Referrals(s) => s.context(m),
            Screen::Save(s) => s.context(),
            Screen::Sync(s) => s.context(),
        }
    }

    /// Whether a text field has the focus (letters type instead of acting).
    pub fn typing(&self, m: &Model) -> bool {
        match self {
            Screen::Setup(_) | Screen::Unlock(_) => true,
            Screen::Home(s) => s.typing(),
            Screen::Question(s) => s.typing(m),
            Screen::Referrals(s) => s.typing(),
            Screen::Sync(s) => s.typing(),
            Screen::NoKeys(_)
            | Screen::Resume(_)
            | Screen::Consent(_)
            | Screen::Review(_)
            | Screen::Outcome(_)
            | Screen::Save(_) => false,
        }
    }

    /// A screening is on screen (notes may be opened).
    pub fn in_screening(&self) -> bool {
        match self {
            Screen::Consent(_)
            | Screen::Question(_)
            | Screen::Review(_)
            | Screen::Outcome(_)
            | Screen::Referrals(_)
            | Screen::Save(_) => true,
            Screen::Setup(_)
            | Screen::Unlock(_)
            | Screen::NoKeys(_)
            | Screen::Resume(_)
            | Screen::Home(_)
            | Screen::Sync(_) => false,
        }
    }

    /// The call timer is on screen (the loop wakes once a second for it).
    pub fn shows_timer(&self) -> bool {
        matches!(
            self,
            Screen::Question(_) | Screen::Consent(_) | Screen::Review(_)
        )
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        match self {
            Screen::Setup(s) => s.update(m, input),
            Screen::Unlock(s) => s.update(m, input),
            Screen::NoKeys(s) => s.update(m, input),
            Screen::Resume(s) => s.update(m, input),
            Screen::Home(s) => s.update(m, input),
            Screen::Consent(s) => s.update(m, input),
            Screen::Question(s) => s.update(m, input),
            Screen::Review(s) => s.update(m, input),
            Screen::Outcome(s) => s.update(m, input),
            Screen::Referrals(s) => s.update(m, input),
            Screen::Save(s) => s.update(m, input),
            Screen::Sync(s) => s.update(m, input),
        }
    }

    /// The result of an effect this screen asked for.
    pub fn done(&mut self, m: &mut Model, done: Done) {
        match self {
            Screen::Setup(s) => s.done(m, done),
            Screen::Unlock(s) => s.done(m, done),
            Screen::NoKeys(s) => s.done(m, done),
            Screen::Resume(s) => s.done(m, done),
            Screen::Save(s) => s.done(m, done),
            Screen::Sync(s) => s.done(m, done),
            Screen::Home(_)
            | Screen::Consent(_)
            | Screen::Question(_)
            | Screen::Review(_)
            | Screen::Outcome(_)
            | Screen::Referrals(_) => {
                if let Done::Drafts(d) = done {
                    drafts_loaded(m, d);
                }
            }
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        match self {
            Screen::Setup(s) => s.view(m, f, area),
            Screen::Unlock(s) => s.view(m, f, area),
            Screen::NoKeys(s) => s.view(m, f, area),
            Screen::Resume(s) => s.view(m, f, area),
            Screen::Home(s) => s.view(m, f, area),
            Screen::Consent(s) => s.view(m, f, area),
            Screen::Question(s) => s.view(m, f, area),
            Screen::Review(s) => s.view(m, f, area),
            Screen::Outcome(s) => s.view(m, f, area),
            Screen::Referrals(s) => s.view(m, f, area),
            Screen::Save(s) => s.view(m, f, area),
            Screen::Sync(s) => s.view(m, f, area),
        }
    }
}

/// After the device key is unlocked: the keys check, then drafts to resume, then home.
pub fn after_unlock(m: &mut Model) {
    if !m.session.can_save() {
        m.go(Screen::NoKeys(no_keys::NoKeys::default()));
    } else {
        m.effect(Effect::LoadDrafts);
    }
}

/// The drafts on this laptop are read: offer them, else start (hotline) or go home.
pub fn drafts_loaded(m: &mut Model, drafts: Vec<crate::session::FoundDraft>) {
    if !drafts.is_empty() {
        m.go(Screen::Resume(resume::Resume::new(drafts)));
        return;
    }
    // Hotline: straight into the protocol given on the command line.
    if let Some((id, lang)) = m.start_with.take()
        && let Some(p) = m.session.protocol(&id)
    {
        let worker = m.l10n.language().to_string();
        if let Ok(active) = m
            .session
            .start(p, &LangTag::checked(&lang), &LangTag::checked(&worker))
        {
            m.active = Some(active);
            m.effect(Effect::StartCallTimer);
            m.go(Screen::Consent(consent::Consent::default()));
            return;
        }
    }
    m.go(Screen::Home(home::Home::new(m)));
}

/// The title bar of a screening: call timer · interview language · (no save) · title.
pub fn screening_title(m: &Model, heading: &str) -> Line<'static> {
    let Some(a) = &m.active else {
        return Line::from(format!(" {}", m.tr("app-name")));
    };
    let head = if heading.is_empty() {
        crate::present::protocol_title(&m.l10n, a.screening.protocol())
    } else {
        heading.to_string()
    };
    // What the worker glances at comes first (call time, language, the no-save warning);
    // the title is last, where a narrow screen cuts it.
    let mut spans = Vec::new();
    if let Some(e) = m.elapsed() {
        let s = e.as_secs();
        let time = format!("{:02}:{:02}", s / 60, s % 60);
        spans.push(Span::raw(format!(
            " {} ·",
            m.l10n.tr_args(
                "title-elapsed",
                &crate::present::args([("time", time.into())])
            )
        )));
    }
    spans.push(Span::raw(format!(
        " {} ·",
        m.l10n.language_name(a.screening.language())
    )));
    if !m.session.can_save() {
        spans.push(Span::styled(
            format!(" {} ·", m.tr("question-no-save")),
            m.theme.warning,
        ));
    }
    spans.push(Span::raw(format!(" {head}")));
    Line::from(spans)
}
