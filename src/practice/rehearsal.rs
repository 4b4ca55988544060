//! One practice run: the engine's screening of a scenario's fictional person, and a log of
//! what the trainee did (asked, recorded, opened the urgent steps) for the debrief. Front ends
//! drive it only through these methods, so the log sees everything; it holds no handle to
//! the vault, the drafts or sync, and nothing in it is ever written to disk.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::scenario::Scenario;
use crate::config::Settings;
use crate::engine::{Answer, Clock, EngineError, Position, Screening};
use crate::protocol::{Protocol, QuestionIdx};
use crate::referral::matching::{NeedSuggestions, suggest};
use crate::referral::model::{Directory, Service, ShareConsent};

/// What the trainee did, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// The trainee asked the question (solo mode shows the persona's reply).
    Asked(QuestionIdx),
    /// An answer was recorded (or changed).
    Recorded(QuestionIdx, Answer),
    /// An urgent flag was raised by the answer just recorded (protocol index).
    Raised(usize),
    /// The urgent steps were shown to the trainee.
    UrgentStepsShown,
}

/// The persona's reply to a question, as solo mode shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonaReply {
    /// In the interview language.
    pub said: String,
    /// In the worker's language, when it differs (the interpreter view shows both).
    pub said_for_worker: Option<String>,
    /// The reply that applies once trust is built.
    pub later: bool,
}

/// A service the trainee offered the fictional person, with the consent to share they
/// recorded. Held in memory only, like everything of a rehearsal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The needs it was offered for (protocol need ids, or `hotline`): one service may
    /// answer several.
    pub needs: Vec<String>,
    pub service_id: String,
    pub service_name: String,
    pub consent: ShareConsent,
}

/// How many suggestions each need gets, as on a real screening's referral screen.
pub const PER_NEED: usize = 4;

pub struct Rehearsal {
    pub scenario: Arc<Scenario>,
    screening: Screening,
    log: Vec<Event>,
    clock: Arc<dyn Clock>,
    offers: Vec<Offer>,
    /// Needs the referral step had a service to suggest for; None until it is opened.
    offerable: Option<Vec<String>>,
}

impl Rehearsal {
    /// Starts a practice screening of the scenario's person, in their language.
    pub fn start(
        scenario: Arc<Scenario>,
        protocol: Arc<Protocol>,
        clock: Arc<dyn Clock>,
    ) -> Result<Rehearsal, EngineError> {
        let lang = scenario.interview_language().to_string();
        let screening = Screening::start(protocol, &lang, Arc::clone(&clock))?;
        Ok(Rehearsal {
            scenario,
            screening,
            log: Vec::new(),
            clock,
            offers: Vec::new(),
            offerable: None,
        })
    }

    /// The screening, to read (views are built from it).
    pub fn screening(&self) -> &Screening {
        &self.screening
    }

    pub fn protocol(&self) -> &Arc<Protocol> {
        self.screening.protocol()
    }

    pub fn log(&self) -> &[Event] {
        &self.log
    }

    fn note(&mut self, kind: EventKind) {
        self.log.push(Event {
            at: self.clock.now(),
            kind,
        });
    }

    pub fn acknowledge_consent(&mut self) -> Result<(), EngineError> {
        self.screening.acknowledge_consent()
    }

    /// The trainee asks question `i`: the persona's reply (None when the scenario has none:
    /// "answer as the person would").
    pub fn ask(&mut self, i: QuestionIdx, worker_language: &str) -> Option<PersonaReply> {
        self.note(EventKind::Asked(i));
        let id = self.protocol().question(i).id.value.clone();
        let reply = self.scenario.replies.get(&id)?;
        let trusted = self.trusted(reply);
        let say = trusted.map_or(&reply.say, |l| &l.say);
        let lang = self.screening.language().to_string();
        let said = self.scenario.text(say, &lang);
        let for_worker = self.scenario.text(say, worker_language);
        Some(PersonaReply {
            said_for_worker: (worker_language != lang && for_worker != said).then_some(for_worker),
            said,
            later: trusted.is_some(),
        })
    }

    /// The reply's `later` part once trust is built: its `after` question has an answer.
    fn trusted<'a>(&self, reply: &'a super::scenario::Reply) -> Option<&'a super::scenario::Later> {
        reply.later.as_ref().map(|l| &l.value).filter(|l| {
            self.protocol()
                .question_index(&l.after)
                .and_then(|a| self.screening.answer(a))
                .is_some()
        })
    }

    /// What the person's reply to question `i` means to record now (trust included).
    pub fn expected_now(&self, i: QuestionIdx) -> Option<Answer> {
        let q = self.protocol().question(i);
        let r = self.scenario.replies.get(q.id.as_str())?;
        let v = self.trusted(r).map_or(&r.answer, |l| &l.answer);
        super::check::answer_for(q.kind.value, &q.choices, v).ok()
    }

    /// Records the trainee's answer; notes any urgent flag it raised.
    pub fn record(&mut self, i: QuestionIdx, answer: Answer) -> Result<(), EngineError> {
        let before = self.screening.derived().urgent.clone();
        self.screening.set_answer(i, answer.clone())?;
        self.note(EventKind::Recorded(i, answer));
        let raised: Vec<usize> = self
            .screening
            .derived()
            .urgent
            .iter()
            .filter(|u| !before.contains(u))
            .copied()
            .collect();
        for u in raised {
            self.note(EventKind::Raised(u));
        }
        Ok(())
    }

    pub fn urgent_steps_shown(&mut self) {
        self.note(EventKind::UrgentStepsShown);
    }

    pub fn advance(&mut self) -> Result<Position, EngineError> {
        self.screening.advance()
    }

    pub fn back(&mut self) -> Result<Position, EngineError> {
        self.screening.back()
    }

    pub fn jump_to_question(&mut self, i: QuestionIdx) -> Result<Position, EngineError> {
        self.screening.jump_to_question(i)
    }

    pub fn finish(&mut self) -> Result<DateTime<Utc>, EngineError> {
        self.screening.finish()
    }

    /// The referral step: suggestions for the needs found so far, as a worker would get
    /// them from `dir` now (law-enforcement services only when the person asked for them).
    /// Notes which needs had something to offer, for the debrief.
    pub fn suggestions(
        &mut self,
        dir: &Directory,
        settings: &Settings,
        law_enforcement: bool,
    ) -> Vec<NeedSuggestions> {
        let now = self.clock.now();
        let mut req = crate::offer::request(&self.screening, settings, now);
        req.wants_law_enforcement = law_enforcement;
        let groups = suggest(dir, &req, PER_NEED);
        let offerable = self.offerable.get_or_insert_default();
        for g in groups.iter().filter(|g| !g.suggestions.is_empty()) {
            if !offerable.contains(&g.need) {
                offerable.push(g.need.clone());
            }
        }
        groups
    }

    /// The person chose `service` for `need` and answered the consent question. Consent is
    /// per service: choosing it again (for this need or another) replaces the answer.
    pub fn offer(&mut self, need: &str, service: &Service, consent: ShareConsent) {
        match self.offers.iter_mut().find(|o| o.service_id == service.id) {
            Some(o) => {
                if !o.needs.iter().any(|n| n == need) {
                    o.needs.push(need.to_string());
                }
                o.consent = consent;
            }
            None => self.offers.push(Offer {
                needs: vec![need.to_string()],
                service_id: service.id.clone(),
                service_name: service.name.clone(),
                consent,
            }),
        }
    }

    /// The person changed their mind about a service.
    pub fn withdraw(&mut self, service_id: &str) {
        self.offers.retain(|o| o.service_id != service_id);
    }

    pub fn offers(&self) -> &[Offer] {
        &self.offers
    }

    /// Needs the referral step could offer a service for; None when it was never opened.
    pub fn offerable(&self) -> Option<&[String]> {
        self.offerable.as_deref()
    }

    /// The expected answer to question `i` (each reply's `later` answer where there is one).
    pub fn expected(&self, i: QuestionIdx) -> Option<Answer> {
        let q = self.protocol().question(i);
        let r = self.scenario.replies.get(q.id.as_str())?;
        super::check::answer_for(q.kind.value, &q.choices, r.final_answer()).ok()
    }
}
