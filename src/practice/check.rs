//! `lantern lint` for scenarios: every problem positioned in the scenario file, and the
//! replies replayed through the engine so that `[expect]` is what they really reach.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::scenario::{INVALID, Scenario};
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile, did_you_mean};
use crate::engine::Answer;
use crate::engine::script::{self, AnswerScript, SimulationReport};
use crate::protocol::located::Located;
use crate::protocol::text::Text;
use crate::protocol::{Protocol, QuestionKind};

pub const NOT_FICTIONAL: Rule = Rule::new("R004", "not-fictional", Severity::Error);
pub const UNKNOWN_PROTOCOL: Rule = Rule::new("R005", "unknown-protocol", Severity::Error);
pub const UNKNOWN_LANGUAGE: Rule = Rule::new("R006", "unknown-language", Severity::Error);
pub const MISSING_TRANSLATION: Rule = Rule::new("R007", "missing-translation", Severity::Error);
pub const UNKNOWN_QUESTION: Rule = Rule::new("R008", "unknown-question", Severity::Error);
pub const BAD_ANSWER: Rule = Rule::new("R009", "bad-answer", Severity::Error);
pub const UNKNOWN_RESULT: Rule = Rule::new("R010", "unknown-result", Severity::Error);
pub const NOT_REACHED: Rule = Rule::new("R011", "expect-not-reached", Severity::Error);
pub const NO_REPLY: Rule = Rule::new("R012", "no-reply", Severity::Warning);
pub const BAD_ID: Rule = Rule::new("R013", "bad-id", Severity::Error);
pub const DUPLICATE_ID: Rule = Rule::new("R014", "duplicate-id", Severity::Error);
pub const EMPTY_TEXT: Rule = Rule::new("R015", "empty-text", Severity::Error);
pub const NO_EXPECT: Rule = Rule::new("R016", "no-expect", Severity::Error);

/// Every rule, for the documentation test.
pub const ALL: &[Rule] = &[
    super::scenario::SYNTAX,
    super::scenario::UNKNOWN_KEY,
    INVALID,
    NOT_FICTIONAL,
    UNKNOWN_PROTOCOL,
    UNKNOWN_LANGUAGE,
    MISSING_TRANSLATION,
    UNKNOWN_QUESTION,
    BAD_ANSWER,
    UNKNOWN_RESULT,
    NOT_REACHED,
    NO_REPLY,
    BAD_ID,
    DUPLICATE_ID,
    EMPTY_TEXT,
    NO_EXPECT,
];

/// Every check of one scenario against the protocols it may name. A clean scenario gives
/// no diagnostics.
pub fn check(s: &Scenario, file: &SourceFile, protocols: &[Arc<Protocol>]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let h = &s.scenario;
    if !h.fictional.value {
        out.push(file.diagnostic(
            NOT_FICTIONAL,
            h.fictional.span.clone(),
            "`fictional` must be true: scenarios describe fictional people only",
            "write a fictional person; never a real case, even with the names changed".to_string(),
        ));
    }
    let id_ok = !h.id.is_empty()
        && h.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        out.push(file.diagnostic(
            BAD_ID,
            h.id.span.clone(),
            format!(
                "scenario id `{}` is not lowercase letters, digits and hyphens",
                h.id.value
            ),
            "for example `farm-crew-rosa`".to_string(),
        ));
    }
    if h.languages.is_empty() {
        out.push(file.diagnostic(
            INVALID,
            h.languages.span.clone(),
            "`languages` is empty",
            "list the languages the scenario is written in, e.g. [\"en\", \"es\"]".to_string(),
        ));
    }
    if let Some(l) = &h.interview_language
        && !s.has_language(l)
    {
        out.push(file.diagnostic(
            UNKNOWN_LANGUAGE,
            l.span.clone(),
            format!("interview language `{}` is not one of `languages`", l.value),
            format!("add it to languages = [{}]", h.languages.join(", ")),
        ));
    }
    let protocol = protocols.iter().find(|p| p.id() == h.protocol.as_str());
    // A language the protocol lacks is said once (R006), not once per text.
    let text_langs: Vec<&str> = h
        .languages
        .iter()
        .map(String::as_str)
        .filter(|l| protocol.is_none_or(|p| p.has_language(l)))
        .collect();
    check_texts(s, file, &text_langs, &mut out);

    let Some(protocol) = protocol else {
        let hint = did_you_mean(&h.protocol, protocols.iter().map(|p| p.id()))
            .map(|c| format!("did you mean `{c}`?"))
            .unwrap_or_else(|| {
                format!(
                    "the protocols in screening/ are: {}",
                    protocols
                        .iter()
                        .map(|p| p.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
        out.push(file.diagnostic(
            UNKNOWN_PROTOCOL,
            h.protocol.span.clone(),
            format!("no protocol `{}`", h.protocol.value),
            hint,
        ));
        return out;
    };
    for lang in h.languages.iter() {
        if !protocol.has_language(lang) {
            out.push(file.diagnostic(
                UNKNOWN_LANGUAGE,
                h.languages.span.clone(),
                format!("protocol `{}` has no `{lang}` text", protocol.id()),
                format!(
                    "its languages are: {}",
                    protocol.languages().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    check_replies(s, file, protocol, &mut out);
    check_expect_ids(s, file, protocol, &mut out);
    // Replaying needs a scenario the engine can take; otherwise the errors above say it all.
    if out.iter().all(|d| !d.is_error()) {
        replay_and_compare(s, file, protocol, &mut out);
    }
    out
}

/// Checks ids across the scenarios of one folder.
pub fn duplicate_ids(scenarios: &[(SourceFile, Scenario)]) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<&str, &SourceFile> = BTreeMap::new();
    let mut out = Vec::new();
    for (file, s) in scenarios {
        match seen.get(s.id()) {
            Some(first) => out.push(file.diagnostic(
                DUPLICATE_ID,
                s.scenario.id.span.clone(),
                format!("scenario id `{}` is already used", s.id()),
                format!("by {}; give this one another id", first.path.display()),
            )),
            None => {
                seen.insert(s.id(), file);
            }
        }
    }
    out
}

/// Every text must be written, and in every language of the scenario.
fn check_texts(s: &Scenario, file: &SourceFile, langs: &[&str], out: &mut Vec<Diagnostic>) {
    let mut texts: Vec<(String, &Text)> = vec![
        ("scenario.title".into(), &s.scenario.title),
        ("persona.name".into(), &s.persona.name),
        ("persona.situation".into(), &s.persona.situation),
        ("persona.willing".into(), &s.persona.willing),
        ("persona.cues".into(), &s.persona.cues),
        ("persona.pressure".into(), &s.persona.pressure),
    ];
    for (q, r) in &s.replies {
        texts.push((format!("replies.{q}.say"), &r.say));
        if let Some(t) = &r.teach {
            texts.push((format!("replies.{q}.teach"), t));
        }
        if let Some(l) = &r.later {
            texts.push((format!("replies.{q}.later.say"), &l.say));
        }
    }
    for (what, t) in texts {
        for &lang in langs {
            match t.get(lang) {
                None => out.push(file.diagnostic(
                    MISSING_TRANSLATION,
                    t.span.clone(),
                    format!("`{what}` has no `{lang}` text"),
                    format!(
                        "add {what}.{lang} = \"…\" (every text in every language of the scenario)"
                    ),
                )),
                Some(p) if p.source.trim().is_empty() => out.push(file.diagnostic(
                    EMPTY_TEXT,
                    p.span.clone(),
                    format!("`{what}.{lang}` is empty"),
                    "write what the card or the person says".to_string(),
                )),
                Some(_) => {}
            }
        }
    }
}

fn check_replies(s: &Scenario, file: &SourceFile, p: &Protocol, out: &mut Vec<Diagnostic>) {
    let unknown = |id: &str, span: std::ops::Range<usize>| {
        let hint = did_you_mean(id, p.questions().map(|(_, q)| q.id.as_str()))
            .map(|c| format!("did you mean `{c}`?"))
            .unwrap_or_else(|| format!("protocol `{}` has no such question", p.id()));
        file.diagnostic(
            UNKNOWN_QUESTION,
            span,
            format!("no question `{id}` in protocol `{}`", p.id()),
            hint,
        )
    };
    for (id, reply) in &s.replies {
        let Some(i) = p.question_index(id) else {
            out.push(unknown(id, reply.span.clone()));
            continue;
        };
        let q = p.question(i);
        let mut answers = vec![&reply.answer];
        if let Some(l) = &reply.later {
            answers.push(&l.answer);
            if p.question_index(&l.after).is_none() {
                out.push(unknown(&l.after, l.after.span.clone()));
            }
        }
        for a in answers {
            if let Err(m) = answer_for(q.kind.value, &q.choices, a) {
                out.push(file.diagnostic(
                    BAD_ANSWER,
                    a.span.clone(),
                    format!("`{id}`: {m}"),
                    choices_hint(q),
                ));
            }
        }
    }
}

/// The answer a reply records, checked against the question.
pub(crate) fn answer_for(
    kind: QuestionKind,
    choices: &[crate::protocol::model::Choice],
    v: &toml::Value,
) -> Result<Answer, String> {
    if !kind.takes_answer() {
        return Err("this is a note; it takes no answer".into());
    }
    let a = script::to_answer(kind, v)?;
    let known = |c: &str| choices.iter().any(|x| x.id.as_str() == c);
    match &a {
        Answer::Choice(c) if !known(c) => Err(format!("no choice `{c}`")),
        Answer::Choices(cs) => match cs.iter().find(|c| !known(c)) {
            Some(c) => Err(format!("no choice `{c}`")),
            None => Ok(a),
        },
        _ => Ok(a),
    }
}

fn choices_hint(q: &crate::protocol::model::Question) -> Option<String> {
    (!q.choices.is_empty()).then(|| {
        format!(
            "its choices are: {}",
            q.choices
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn check_expect_ids(s: &Scenario, file: &SourceFile, p: &Protocol, out: &mut Vec<Diagnostic>) {
    let Some(e) = &s.expect else {
        out.push(file.diagnostic(
            NO_EXPECT,
            s.scenario.id.span.clone(),
            "no [expect]: the debrief needs what a good screening reaches",
            "add [expect] with outcome, indicators, needs and urgent (see docs/scenario-format.md)"
                .to_string(),
        ));
        return;
    };
    // (what it names, the ids [expect] lists, the protocol's ids of that kind)
    type Named<'a> = (&'a str, &'a Option<Vec<String>>, Vec<&'a str>);
    let lists: [Named; 5] = [
        (
            "indicator",
            &e.indicators,
            p.file.indicators.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "need",
            &e.needs,
            p.file.needs.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "urgent flag",
            &e.urgent,
            p.file.urgent.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "question",
            &e.shown,
            p.questions().map(|(_, q)| q.id.as_str()).collect(),
        ),
        (
            "question",
            &e.hidden,
            p.questions().map(|(_, q)| q.id.as_str()).collect(),
        ),
    ];
    for (what, list, known) in lists {
        for id in list.iter().flatten() {
            if !known.contains(&id.as_str()) {
                let hint = did_you_mean(id, known.iter().copied())
                    .map(|c| format!("did you mean `{c}`?"))
                    .unwrap_or_else(|| format!("protocol `{}` has no such {what}", p.id()));
                out.push(file.diagnostic(
                    UNKNOWN_RESULT,
                    e.span.clone(),
                    format!("[expect] names no {what} `{id}` of protocol `{}`", p.id()),
                    hint,
                ));
            }
        }
    }
}

/// The answers a patient screening records: each reply's later answer where there is one.
pub(crate) fn final_answers(s: &Scenario) -> BTreeMap<String, Located<toml::Value>> {
    s.replies
        .iter()
        .map(|(id, r)| (id.clone(), r.final_answer().clone()))
        .collect()
}

/// Runs the replies through the engine as `lantern simulate` would.
pub(crate) fn replay(
    s: &Scenario,
    file: &SourceFile,
    p: &Arc<Protocol>,
) -> Result<SimulationReport, Vec<Diagnostic>> {
    let script = AnswerScript {
        default: None,
        switch_language: BTreeMap::new(),
        answers: final_answers(s),
        expect: None,
    };
    let clock: Arc<dyn crate::engine::Clock> = Arc::new(crate::engine::SystemClock);
    script::run(Arc::clone(p), s.interview_language(), &script, file, clock)
        .map(|(report, _)| report)
}

fn replay_and_compare(
    s: &Scenario,
    file: &SourceFile,
    p: &Arc<Protocol>,
    out: &mut Vec<Diagnostic>,
) {
    let report = match replay(s, file, p) {
        Ok(r) => r,
        Err(diags) => {
            out.extend(diags.into_iter().map(|mut d| {
                d.code = BAD_ANSWER.code;
                d.rule = BAD_ANSWER.name;
                d
            }));
            return;
        }
    };
    let shown: Vec<&str> = report.path.iter().map(|st| st.question.as_str()).collect();
    for st in &report.path {
        let asked = p
            .question_index(&st.question)
            .is_some_and(|i| p.question(i).kind.value.takes_answer());
        if asked && !s.replies.contains_key(&st.question) {
            out.push(file.diagnostic(
                NO_REPLY,
                s.scenario.id.span.clone(),
                format!(
                    "question `{}` is asked on this scenario's path but has no reply",
                    st.question
                ),
                format!("add [replies.{}] with answer and say", st.question),
            ));
        }
    }
    for (id, r) in &s.replies {
        if !shown.contains(&id.as_str()) {
            out.push(file.diagnostic(
                NO_REPLY,
                r.span.clone(),
                format!("the reply to `{id}` is never used: the question is not asked on this scenario's path"),
                "check the gates and show_if conditions it depends on, or remove the reply".to_string(),
            ));
        }
    }
    if let Some(e) = &s.expect {
        for m in e.mismatches(&report) {
            out.push(
                file.diagnostic(
                    NOT_REACHED,
                    e.span.clone(),
                    format!("the replies do not reach [expect]: {m}"),
                    "change the replies or [expect]; `lantern practice check` shows the path"
                        .to_string(),
                ),
            );
        }
    }
}
