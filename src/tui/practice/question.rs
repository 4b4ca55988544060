//! A practice screening: who interprets, the consent, then each question with the fictional
//! person's reply on `a` (in their language, the worker's beside it), recorded with the same
//! keys as a real screening. `!` opens the urgent steps; Esc ends the practice.

use std::collections::BTreeSet;
use std::sync::Arc;

use crossterm::event::KeyEvent;

use super::{PracticeModel, PracticeScreen};
use crate::engine::{Answer, Position};
use crate::practice::rehearsal::{PersonaReply, Rehearsal};
use crate::protocol::{QuestionIdx, QuestionKind};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets::text_field::TextField;

pub(super) enum Phase {
    /// Who interprets, before anything is read.
    Check(QuestionIdx),
    Consent,
    Asking(QuestionIdx),
    /// Every question is behind: the urgent flags still show (and `!` still opens their
    /// steps) until the trainee goes on to the referrals.
    Done,
    /// Offering services for the needs found, with consent to share (`referrals`).
    Referrals,
}

pub struct Question {
    pub(super) r: Rehearsal,
    pub(super) phase: Phase,
    pub(super) reply: Option<PersonaReply>,
    pub(super) picked: BTreeSet<usize>,
    pub(super) field: TextField,
    pub(super) steps: bool,
    pub(super) scroll: u16,
    /// Role-play: a partner plays the person from the printed card; lantern shows no reply.
    pub(super) role_play: bool,
    /// The referral step, while it is open (offers stay in the rehearsal when it closes).
    pub(super) referrals: Option<super::referrals::ReferralStep>,
}

impl Question {
    pub fn start(m: &mut PracticeModel, index: usize, role_play: bool) -> Option<Question> {
        let (s, p) = m.scenarios.get(index)?.clone();
        let r = Rehearsal::start(s, p, Arc::clone(&m.clock)).ok()?;
        let phase = match r.screening().interpreter_check() {
            Some(i) => Phase::Check(i),
            None => Phase::Consent,
        };
        Some(Question {
            r,
            phase,
            reply: None,
            picked: BTreeSet::new(),
            field: TextField::default(),
            steps: false,
            scroll: 0,
            role_play,
            referrals: None,
        })
    }

    pub(super) fn current(&self) -> Option<QuestionIdx> {
        match self.phase {
            Phase::Check(i) | Phase::Asking(i) => Some(i),
            Phase::Consent | Phase::Done | Phase::Referrals => None,
        }
    }

    pub fn context(&self) -> Context {
        match (&self.phase, &self.referrals) {
            (Phase::Referrals, Some(step)) => step.context(&self.r),
            (Phase::Consent, _) => Context::PracticeConsent,
            (Phase::Done | Phase::Referrals, _) => Context::PracticeDone,
            _ => Context::PracticeQuestion,
        }
    }

    pub fn typing(&self) -> bool {
        if let (Phase::Referrals, Some(step)) = (&self.phase, &self.referrals) {
            return step.typing();
        }
        self.current().is_some_and(|i| {
            matches!(
                self.r.protocol().question(i).kind.value,
                QuestionKind::Number | QuestionKind::Date | QuestionKind::Text
            )
        })
    }

    pub fn shows_timer(&self) -> bool {
        self.r.scenario.scenario.setting == crate::practice::scenario::Setting::Hotline
    }

    /// After an answer or a move: the next question, the consent, or the debrief.
    fn settle(&mut self) -> Option<PracticeScreen> {
        self.reply = None;
        self.picked.clear();
        self.field = TextField::default();
        self.scroll = 0;
        match self.phase {
            Phase::Check(_) => {
                self.phase = Phase::Consent;
                None
            }
            _ => match self.r.screening().position() {
                Position::Question(i)
                    if self.r.protocol().question(i).kind.value.takes_answer() =>
                {
                    self.phase = Phase::Asking(i);
                    None
                }
                Position::Question(_) => {
                    let _ = self.r.advance();
                    self.settle()
                }
                Position::Review | Position::Consent => {
                    self.phase = Phase::Done;
                    None
                }
            },
        }
    }

    fn end(&mut self, m: &mut PracticeModel) -> PracticeScreen {
        let _ = self.r.finish();
        PracticeScreen::Debrief(super::debrief::Debrief::new(m, &self.r))
    }

    fn record(
        &mut self,
        m: &mut PracticeModel,
        i: QuestionIdx,
        a: Answer,
    ) -> Option<PracticeScreen> {
        match self.r.record(i, a) {
            Ok(()) => {
                if matches!(self.phase, Phase::Asking(_)) {
                    let _ = self.r.advance();
                }
                self.settle()
            }
            Err(e) => {
                use crate::present::message::Explain;
                m.status = Some(crate::tui::app::Status::Problem(e.explain(&m.l10n)));
                None
            }
        }
    }

    pub fn update(
        &mut self,
        m: &mut PracticeModel,
        act: Option<Action>,
        key: &KeyEvent,
    ) -> Option<PracticeScreen> {
        if let (Phase::Referrals, Some(step)) = (&self.phase, &mut self.referrals) {
            use super::referrals::Leave;
            return match step.update(&mut self.r, m, act, key) {
                Leave::Stay => None,
                Leave::Back => {
                    self.phase = Phase::Done;
                    None
                }
                Leave::Debrief => Some(self.end(m)),
            };
        }
        if act == Some(Action::Cancel) {
            return Some(self.end(m));
        }
        if matches!(self.phase, Phase::Done) {
            match act {
                Some(Action::Confirm) => {
                    // Opened afresh each time: the needs may have changed since.
                    self.referrals = Some(super::referrals::ReferralStep::open(&mut self.r, m));
                    self.phase = Phase::Referrals;
                }
                Some(Action::UrgentSteps) => {
                    self.steps = !self.steps;
                    if self.steps {
                        self.r.urgent_steps_shown();
                    }
                }
                Some(Action::Back) => {
                    let _ = self.r.back();
                    return self.settle();
                }
                _ => {}
            }
            return None;
        }
        let Some(i) = self.current() else {
            // The consent.
            match act {
                Some(Action::Confirm) => {
                    let _ = self.r.acknowledge_consent();
                    return self.settle();
                }
                Some(Action::Down) => self.scroll = self.scroll.saturating_add(1),
                Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
                _ => {}
            }
            return None;
        };
        let q = self.r.protocol().question(i).clone();
        match act {
            Some(Action::AskPerson) if !self.role_play => {
                let wl = crate::present::worker_language(&m.l10n, self.r.protocol());
                self.reply = self.r.ask(i, &wl);
                if self.reply.is_none() {
                    m.status = Some(crate::tui::app::Status::Info(m.tr("practice-no-reply")));
                }
                None
            }
            Some(Action::UrgentSteps) => {
                self.steps = !self.steps;
                if self.steps {
                    self.r.urgent_steps_shown();
                }
                None
            }
            Some(Action::Declined) => self.record(m, i, Answer::Declined),
            Some(Action::DontKnow) => self.record(m, i, Answer::DontKnow),
            Some(Action::NotAsked) => self.record(m, i, Answer::NotAsked),
            Some(Action::Yes) if q.kind.value == QuestionKind::YesNo => {
                self.record(m, i, Answer::Yes)
            }
            Some(Action::No) if q.kind.value == QuestionKind::YesNo => {
                self.record(m, i, Answer::No)
            }
            Some(Action::Number) => {
                let n = keymap::digit(key).unwrap_or(0);
                let choice = q.choices.get(n.wrapping_sub(1))?;
                match q.kind.value {
                    QuestionKind::Single => {
                        self.record(m, i, Answer::Choice(choice.id.value.clone()))
                    }
                    QuestionKind::Multiple => {
                        if !self.picked.remove(&(n - 1)) {
                            self.picked.insert(n - 1);
                        }
                        None
                    }
                    QuestionKind::YesNo if n <= 2 => {
                        self.record(m, i, if n == 1 { Answer::Yes } else { Answer::No })
                    }
                    _ => None,
                }
            }
            Some(Action::Confirm) => match q.kind.value {
                QuestionKind::Multiple if !self.picked.is_empty() => {
                    let ids = self
                        .picked
                        .iter()
                        .map(|&k| q.choices[k].id.value.clone())
                        .collect();
                    self.record(m, i, Answer::Choices(ids))
                }
                QuestionKind::Number | QuestionKind::Date | QuestionKind::Text => {
                    match crate::present::answer::parse(&q, &self.field.text) {
                        Ok(a) => self.record(m, i, a),
                        Err(e) => {
                            use crate::present::message::Explain;
                            m.status = Some(crate::tui::app::Status::Problem(e.explain(&m.l10n)));
                            None
                        }
                    }
                }
                _ if self.r.screening().answer(i).is_some() => {
                    let _ = self.r.advance();
                    self.settle()
                }
                _ => None,
            },
            Some(Action::Next) if matches!(self.phase, Phase::Asking(_)) => {
                let _ = self.r.advance();
                self.settle()
            }
            Some(Action::Back) if matches!(self.phase, Phase::Asking(_)) => {
                let _ = self.r.back();
                self.settle()
            }
            _ if self.typing() => {
                self.field.handle(key);
                None
            }
            _ => None,
        }
    }
}
