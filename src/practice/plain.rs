//! Practice in plain mode (`lantern practice --plain`, or piped input): the scenario picker,
//! solo rehearsal with the persona's replies (`a` asks), the urgent steps, and the debrief,
//! as numbered lines. No passphrase, no keys, nothing written but a debrief the trainee asks
//! to keep. Every line starts from the presentation layer, like the screens'.

use std::io::{BufRead, Write};
use std::sync::Arc;

use fluent_bundle::FluentValue;

use super::Scenario;
use super::debrief::Debrief;
use super::rehearsal::Rehearsal;
use super::report;
use crate::config::Settings;
use crate::engine::{Answer, Clock, Position};
use crate::i18n::{Catalog, Localizer};
use crate::present::message::Explain;
use crate::present::question::{ViewOptions, question};
use crate::present::{args, safe};
use crate::protocol::{Protocol, QuestionKind};
use crate::referral::model::{Directory, ShareConsent};
use crate::sanitize::terminal_safe;

/// What the trainee did at a question.
enum Step {
    Next,
    Back,
    Quit,
}

pub struct PracticePlain<'a> {
    pub l10n: &'a Localizer,
    /// Every UI language: the hand-off is read to the person in theirs.
    pub catalog: &'a Catalog,
    /// The referral directory a worker would use (read only).
    pub directory: &'a Directory,
    pub settings: &'a Settings,
    pub input: Box<dyn BufRead + 'a>,
    pub out: Box<dyn Write + 'a>,
    pub clock: Arc<dyn Clock>,
    /// Role-play: a partner plays the person from the printed card; `a` shows no reply.
    pub role_play: bool,
}

/// What the trainee asked to do with the debrief.
pub enum Keep {
    /// Nothing kept.
    No,
    /// Write the Markdown to this path (the caller writes it: this module writes nothing).
    Markdown(std::path::PathBuf, String),
}

impl PracticePlain<'_> {
    fn say(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.out, "{}", terminal_safe(text))?;
        self.out.flush()
    }

    fn say_id(&mut self, id: &str) -> std::io::Result<()> {
        let t = self.l10n.tr(id);
        self.say(&t)
    }

    fn ask(&mut self, id: &str) -> std::io::Result<Option<String>> {
        write!(self.out, "{} ", terminal_safe(&self.l10n.tr(id)))?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim().to_string()))
    }

    /// The whole practice: pick (unless `chosen`), rehearse, debrief. None: the trainee left
    /// before starting.
    pub fn run(
        &mut self,
        scenarios: &[(Arc<Scenario>, Arc<Protocol>)],
        chosen: Option<usize>,
    ) -> std::io::Result<Option<Keep>> {
        self.say_id("practice-watermark")?;
        let pick = match chosen {
            Some(n) => n,
            None => {
                self.say_id("practice-choose")?;
                for (n, (s, _)) in scenarios.iter().enumerate() {
                    let wl = self.l10n.language().to_string();
                    let title = safe(&s.text(&s.scenario.title, &wl));
                    self.say(&format!("{}) {title}", n + 1))?;
                }
                loop {
                    let Some(line) = self.ask("plain-answer-prompt")? else {
                        return Ok(None);
                    };
                    match line.parse::<usize>() {
                        _ if line == "q" => return Ok(None),
                        Ok(n) if n >= 1 && n <= scenarios.len() => break n - 1,
                        _ => self.say_id("practice-invalid")?,
                    }
                }
            }
        };
        let (scenario, protocol) = &scenarios[pick];
        let mut r = match Rehearsal::start(
            Arc::clone(scenario),
            Arc::clone(protocol),
            self.clock.clone(),
        ) {
            Ok(r) => r,
            Err(e) => {
                let m = e.explain(self.l10n);
                self.say(&m.line())?;
                return Ok(None);
            }
        };
        self.say_id(if self.role_play {
            "practice-role-play-intro"
        } else {
            "practice-solo-intro"
        })?;
        if scenario.scenario.setting == super::scenario::Setting::Hotline {
            self.say_id("practice-hotline")?;
        }
        if self.rehearse(&mut r)? {
            self.referrals(&mut r)?;
            let _ = r.finish();
        }
        let d = Debrief::compute(&r);
        self.say_id("practice-watermark")?;
        self.say_id("debrief-title")?;
        for b in report::blocks(self.l10n, &r, &d) {
            self.say(&format!("== {} ==", b.heading))?;
            for l in &b.lines {
                self.say(l)?;
            }
        }
        match self.ask("practice-keep")?.as_deref() {
            Some("y") => {}
            _ => return Ok(Some(Keep::No)),
        }
        let default = report::file_name(scenario.id(), self.clock.now());
        let prompt = self.l10n.tr_args(
            "practice-keep-name",
            &args([("default", FluentValue::from(default.clone()))]),
        );
        write!(self.out, "{} ", terminal_safe(&prompt))?;
        self.out.flush()?;
        let mut name = String::new();
        self.input.read_line(&mut name)?;
        let name = name.trim();
        let path = if name.is_empty() {
            default.as_str()
        } else {
            name
        };
        Ok(Some(Keep::Markdown(
            path.into(),
            report::markdown(self.l10n, &r, &d),
        )))
    }

    /// The screening, from the interpreter check to the review. Whether it reached the end
    /// (false: the trainee stopped; the debrief covers what was done).
    fn rehearse(&mut self, r: &mut Rehearsal) -> std::io::Result<bool> {
        // Who interprets comes before anything is read.
        if let Some(i) = r.screening().interpreter_check()
            && r.screening().answer(i).is_none()
            && let Step::Quit = self.question(r, i)?
        {
            return Ok(false);
        }
        // After a stop nothing is read; the worker's own observation is still asked (the
        // protocol's gates leave only it), as on a real screening.
        let v = crate::present::consent::consent(self.l10n, r.screening(), self.settings);
        if let Some(stop) = &v.stop {
            self.say(stop)?;
        }
        for part in &v.parts {
            if !part.heading.is_empty() {
                self.say(&part.heading)?;
            }
            self.say(&part.text)?;
        }
        match self.ask("plain-continue")? {
            Some(l) if l != "q" => {
                let _ = r.acknowledge_consent();
            }
            _ => return Ok(false),
        }
        loop {
            match r.screening().position() {
                Position::Question(i) => {
                    let step = if r.protocol().question(i).kind.value.takes_answer() {
                        self.question(r, i)?
                    } else {
                        Step::Next
                    };
                    match step {
                        Step::Quit => return Ok(false),
                        Step::Back => {
                            let _ = r.back();
                        }
                        Step::Next => {
                            let _ = r.advance();
                        }
                    }
                }
                Position::Review | Position::Consent => return Ok(true),
            }
        }
    }

    /// One question: shown, `a` asks the person, then an answer is recorded (or `b` goes
    /// back, `q` ends the practice).
    fn question(
        &mut self,
        r: &mut Rehearsal,
        i: crate::protocol::QuestionIdx,
    ) -> std::io::Result<Step> {
        let v = question(
            self.l10n,
            r.screening(),
            i,
            ViewOptions {
                show_sensitive: true,
                interpreter_view: true,
            },
        );
        if !v.read_aloud {
            self.say(&v.label)?;
        }
        self.say(&v.text)?;
        if let Some((_, t)) = &v.in_worker_language {
            self.say(&format!("  ({t})"))?;
        }
        match v.kind {
            QuestionKind::YesNo => {
                let t = format!(
                    "1) {}  2) {}",
                    self.l10n.tr("answer-yes"),
                    self.l10n.tr("answer-no")
                );
                self.say(&t)?;
            }
            QuestionKind::Single | QuestionKind::Multiple => {
                for (n, c) in v.choices.iter().enumerate() {
                    self.say(&format!("{}) {}", n + 1, c.label))?;
                }
            }
            _ => self.say(&v.prompt)?,
        }
        if let Some(c) = &v.current {
            let t = self.l10n.tr_args(
                "question-current-answer",
                &args([("answer", FluentValue::from(c.clone()))]),
            );
            self.say(&t)?;
        }
        loop {
            let Some(line) = self.ask("practice-answer-prompt")? else {
                return Ok(Step::Quit);
            };
            let answer = match line.as_str() {
                "q" => return Ok(Step::Quit),
                "b" => return Ok(Step::Back),
                "" if v.current.is_some() => return Ok(Step::Next),
                "a" if self.role_play => {
                    self.say_id("practice-role-play-hint")?;
                    continue;
                }
                "a" => {
                    let wl = crate::present::worker_language(self.l10n, r.protocol());
                    let text = match r.ask(i, &wl) {
                        Some(reply) => {
                            let mut t = self.l10n.tr_args(
                                "practice-person-says",
                                &args([("reply", FluentValue::from(reply.said))]),
                            );
                            // The worker's language beside it; a bracketed observation as is.
                            if let Some(w) = reply.said_for_worker {
                                if w.starts_with('(') {
                                    t.push_str(&format!("\n  {w}"));
                                } else {
                                    t.push_str(&format!("\n  ({w})"));
                                }
                            }
                            t
                        }
                        None => self.l10n.tr("practice-no-reply"),
                    };
                    self.say(&text)?;
                    continue;
                }
                "d" => Answer::Declined,
                "k" => Answer::DontKnow,
                "s" => Answer::NotAsked,
                typed => match crate::present::answer::parse(r.protocol().question(i), typed) {
                    Ok(a) => a,
                    Err(e) => {
                        let m = e.explain(self.l10n);
                        self.say(&m.line())?;
                        continue;
                    }
                },
            };
            match r.record(i, answer) {
                Ok(()) => {
                    self.urgent(r)?;
                    return Ok(Step::Next);
                }
                Err(e) => {
                    let m = e.explain(self.l10n);
                    self.say(&m.line())?;
                }
            }
        }
    }

    /// The referral step: the suggestions a worker would get for the needs found, numbered;
    /// the trainee picks what the person chose and records their consent to share for each.
    fn referrals(&mut self, r: &mut Rehearsal) -> std::io::Result<()> {
        use crate::present::referrals::{HandoffContext, ReferralInput, handoff, items, picked};
        let groups = r.suggestions(self.directory, self.settings, false);
        let v = crate::present::referrals::referrals(
            self.l10n,
            self.settings,
            r.screening(),
            &ReferralInput {
                dir: self.directory,
                groups: &groups,
                chosen: &[],
                filter: "",
                law_enforcement: false,
            },
        );
        for line in v.plain_lines() {
            self.say(&line)?;
        }
        // After a stop nothing is listed, so nothing can be chosen.
        let numbered = items(self.directory, &groups, "");
        if numbered.is_empty() {
            return Ok(());
        }
        let Some(line) = self.ask("plain-referrals")? else {
            return Ok(());
        };
        let spoken = self.catalog.localizer(&[
            r.screening().language().to_string(),
            self.l10n.language().to_string(),
        ]);
        let today = self.clock.now().with_timezone(&chrono::Local).date_naive();
        for (g, k) in picked(&line, &numbered) {
            let sug = &groups[g].suggestions[k];
            let svc = self.directory.service(sug.service);
            let cx = HandoffContext {
                register: r.protocol().file.protocol.register,
                until: crate::offer::share_until(self.settings, ShareConsent::Yes, today),
                reasons: &sug.reasons,
            };
            for l in handoff(self.l10n, &spoken, svc, &cx).plain_lines() {
                self.say(&l)?;
            }
            // Only the person's own answer counts: anything else is asked again. What they
            // limit sharing to is not kept: nothing of a practice is, but the debrief.
            let consent = loop {
                let Some(answer) = self.ask("plain-answer-prompt")? else {
                    return Ok(());
                };
                match answer.as_str() {
                    "y" => break ShareConsent::Yes,
                    "n" => break ShareConsent::No,
                    "l" => {
                        let what = self.ask("referral-limited-prompt")?.unwrap_or_default();
                        break ShareConsent::limited_to(&what).0;
                    }
                    _ => self.say_id("practice-invalid")?,
                }
            };
            r.offer(&groups[g].need, svc, consent);
        }
        Ok(())
    }

    /// Urgent flags raised by the last answer: their steps now, as on a real screening.
    fn urgent(&mut self, r: &mut Rehearsal) -> std::io::Result<()> {
        let raised = r
            .log()
            .iter()
            .rev()
            .take_while(|e| !matches!(e.kind, super::rehearsal::EventKind::Recorded(..)))
            .any(|e| matches!(e.kind, super::rehearsal::EventKind::Raised(_)));
        if !raised {
            return Ok(());
        }
        let v = crate::present::outcome::urgent_steps(self.l10n, r.screening(), self.settings);
        self.say_id("plain-urgent-now")?;
        for u in &v.flags {
            self.say(&format!("! {}", u.label))?;
            for step in &u.steps {
                self.say(&format!("  - {step}"))?;
            }
        }
        r.urgent_steps_shown();
        Ok(())
    }
}
