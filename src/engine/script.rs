//! Scripted answers (`lantern simulate`): protocol authors check the path a set of answers
//! takes and what it raises, without a front end and without writing anything.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::clock::Clock;
pub use super::expect::Expect;
use super::screening::{EngineError, Position, Screening};
use crate::diagnostic::toml_doc::{self, TomlRules};
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile, did_you_mean};
use crate::protocol::located::Located;
use crate::protocol::{OutcomeLevel, Protocol, QuestionKind};

/// The answers file: `[answers]` maps question ids to values.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AnswerScript {
    /// Answer for every shown question the script does not list: "declined", "dont_know",
    /// "not_asked", or "unanswered" (the default: leave it open).
    #[serde(default)]
    pub default: Option<Located<String>>,
    /// Switch the interview language just before the named question: `{ question_id = "es" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub switch_language: BTreeMap<String, Located<String>>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub answers: BTreeMap<String, Located<toml::Value>>,
    /// What the run should produce; `lantern simulate` fails when it does not.
    #[serde(default)]
    pub expect: Option<Located<Expect>>,
}

const SYNTAX: Rule = Rule::new("S001", "toml-syntax", Severity::Error);
const UNKNOWN_KEY: Rule = Rule::new("S002", "unknown-key", Severity::Error);
const INVALID: Rule = Rule::new("S003", "invalid-value", Severity::Error);
const UNKNOWN_QUESTION: Rule = Rule::new("S004", "unknown-question", Severity::Error);
const BAD_ANSWER: Rule = Rule::new("S005", "bad-answer", Severity::Error);
const NEVER_SHOWN: Rule = Rule::new("S006", "never-shown", Severity::Warning);

fn schema() -> &'static serde_json::Value {
    static S: OnceLock<serde_json::Value> = OnceLock::new();
    S.get_or_init(|| schemars::schema_for!(AnswerScript).to_value())
}

impl AnswerScript {
    pub fn parse(file: &SourceFile) -> Result<AnswerScript, Vec<Diagnostic>> {
        let rules = TomlRules {
            syntax: SYNTAX,
            unknown_key: UNKNOWN_KEY,
            invalid_value: INVALID,
        };
        match toml_doc::parse::<AnswerScript>(file, schema(), rules, "docs/simulate.md") {
            (Some(s), d) if d.is_empty() => Ok(s),
            (_, d) => Err(d),
        }
    }
}

/// One step of the path a simulation took.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub section: String,
    pub question: String,
    pub kind: QuestionKind,
    /// None for notes and questions left unanswered.
    pub answer: Option<Answer>,
    pub language: String,
    /// The text as it would be read, with piping applied.
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Flagged {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NeedOut {
    pub id: String,
    pub label: String,
    pub category: crate::protocol::NeedCategory,
}

#[derive(Debug, Clone, Serialize)]
pub struct UrgentOut {
    pub id: String,
    pub label: String,
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SimulationReport {
    pub protocol: String,
    pub version: String,
    pub sha256: String,
    pub language: String,
    pub mandatory_reporting_notice: bool,
    pub path: Vec<Step>,
    /// Questions never shown on this path.
    pub hidden: Vec<String>,
    pub unanswered: Vec<String>,
    pub indicators: Vec<Flagged>,
    pub needs: Vec<NeedOut>,
    pub urgent: Vec<UrgentOut>,
    pub outcome: OutcomeLevel,
    pub outcome_text: String,
}

/// Runs the script through the engine. Problems with the script come back as diagnostics
/// positioned in the answers file.
pub fn run(
    protocol: Arc<Protocol>,
    language: &str,
    script: &AnswerScript,
    answers_file: &SourceFile,
    clock: Arc<dyn Clock>,
) -> Result<(SimulationReport, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let unknown_question = |id: &str, span: std::ops::Range<usize>| {
        let hint = did_you_mean(id, protocol.questions().map(|(_, q)| q.id.as_str()))
            .map(|s| format!("did you mean `{s}`?"))
            .unwrap_or_else(|| format!("`{}` has no such question", protocol.id()));
        answers_file.diagnostic(
            UNKNOWN_QUESTION,
            span,
            format!("unknown question `{id}`"),
            hint,
        )
    };
    for (id, lang) in &script.switch_language {
        if protocol.question_index(id).is_none() {
            problems.push(unknown_question(id, lang.span.clone()));
        }
        if !protocol.has_language(lang) {
            problems.push(answers_file.diagnostic(
                INVALID,
                lang.span.clone(),
                format!("`{}` has no `{}` text", protocol.id(), lang.value),
                format!(
                    "its languages are: {}",
                    protocol.languages().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    if let Some(expect) = &script.expect {
        for id in expect.shown.iter().chain(expect.hidden.iter()).flatten() {
            if protocol.question_index(id).is_none() {
                problems.push(unknown_question(id, expect.span.clone()));
            }
        }
    }
    for (id, v) in &script.answers {
        if let Some(i) = protocol.question_index(id)
            && !protocol.question(i).kind.value.takes_answer()
        {
            problems.push(answers_file.diagnostic(
                BAD_ANSWER,
                v.span.clone(),
                format!("`{id}` is a note; it takes no answer"),
                "remove this line".to_string(),
            ));
        }
        if protocol.question_index(id).is_none() {
            let hint = did_you_mean(id, protocol.questions().map(|(_, q)| q.id.as_str()))
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("`{}` has no such question", protocol.id()));
            problems.push(answers_file.diagnostic(
                UNKNOWN_QUESTION,
                v.span.clone(),
                format!("unknown question `{id}`"),
                hint,
            ));
        }
    }
    let default = match script.default.as_ref() {
        None => None,
        Some(d) => match d.as_str() {
            "unanswered" => None,
            "declined" => Some(Answer::Declined),
            "dont_know" => Some(Answer::DontKnow),
            "not_asked" => Some(Answer::NotAsked),
            other => {
                problems.push(answers_file.diagnostic(
                    INVALID,
                    d.span.clone(),
                    format!("`default = \"{other}\"` is not a default answer"),
                    "use \"declined\", \"dont_know\", \"not_asked\" or \"unanswered\"".to_string(),
                ));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let engine_err =
        |e: EngineError| vec![answers_file.diagnostic(INVALID, 0..0, e.to_string(), None)];
    let mut s = Screening::start(Arc::clone(&protocol), language, clock).map_err(engine_err)?;
    s.acknowledge_consent().map_err(engine_err)?;
    let mut path = Vec::new();
    let mut seen = vec![false; protocol.question_count()];
    while let Position::Question(i) = s.position() {
        seen[i.index()] = true;
        let q = protocol.question(i);
        if let Some(lang) = script.switch_language.get(q.id.as_str()) {
            s.set_language(&lang.value).map_err(engine_err)?;
        }
        if q.kind.value.takes_answer() {
            let answer = match script.answers.get(q.id.as_str()) {
                Some(v) => Some(to_answer(q.kind.value, v).map_err(|m| {
                    vec![answers_file.diagnostic(BAD_ANSWER, v.span.clone(), m, None)]
                })?),
                None => default.clone(),
            };
            if let Some(a) = answer {
                s.set_answer(i, a).map_err(|e| {
                    let span = script
                        .answers
                        .get(q.id.as_str())
                        .map(|v| v.span.clone())
                        .unwrap_or(0..0);
                    vec![answers_file.diagnostic(
                        BAD_ANSWER,
                        span,
                        format!("`{}`: {e}", q.id.value),
                        None,
                    )]
                })?;
            }
        }
        path.push(Step {
            section: protocol.section(protocol.section_of(i)).id.value.clone(),
            question: q.id.value.clone(),
            kind: q.kind.value,
            answer: s.answer(i).map(|r| r.answer.clone()),
            language: s.language().to_string(),
            text: s.render(&q.text),
        });
        s.advance().map_err(engine_err)?;
    }
    let mut warnings = Vec::new();
    let scripted = script
        .answers
        .iter()
        .map(|(id, v)| (id, v.span.clone()))
        .chain(
            script
                .switch_language
                .iter()
                .map(|(id, l)| (id, l.span.clone())),
        );
    for (id, span) in scripted {
        if let Some(i) = protocol.question_index(id)
            && !seen[i.index()]
        {
            warnings.push(answers_file.diagnostic(
                NEVER_SHOWN,
                span,
                format!("question `{id}` was never shown on this path; its line was not used"),
                "check the answers its show_if and section gate depend on".to_string(),
            ));
        }
    }
    let report = report(&s, path, &seen);
    Ok((report, warnings))
}

fn report(s: &Screening, path: Vec<Step>, seen: &[bool]) -> SimulationReport {
    let p = s.protocol();
    let d = s.derived();
    let outcome_text = d
        .outcome
        .map(|o| s.render(&p.file.outcomes[o].text))
        .unwrap_or_default();
    SimulationReport {
        protocol: p.id().to_string(),
        version: p.version().to_string(),
        sha256: p.sha256.clone(),
        language: s.language().to_string(),
        mandatory_reporting_notice: p.file.consent.mandatory_reporting_notice,
        path,
        hidden: p
            .questions()
            .filter(|(i, _)| !seen[i.index()])
            .map(|(_, q)| q.id.value.clone())
            .collect(),
        unanswered: s
            .unanswered()
            .into_iter()
            .map(|i| p.question(i).id.value.clone())
            .collect(),
        indicators: d
            .indicators
            .iter()
            .map(|&i| Flagged {
                id: p.file.indicators[i].id.value.clone(),
                label: s.render(&p.file.indicators[i].label),
            })
            .collect(),
        needs: d
            .needs
            .iter()
            .map(|&i| NeedOut {
                id: p.file.needs[i].id.value.clone(),
                label: s.render(&p.file.needs[i].label),
                category: p.file.needs[i].category,
            })
            .collect(),
        urgent: d
            .urgent
            .iter()
            .map(|&i| UrgentOut {
                id: p.file.urgent[i].id.value.clone(),
                label: s.render(&p.file.urgent[i].label),
                steps: p.file.urgent[i].steps.iter().map(|t| s.render(t)).collect(),
            })
            .collect(),
        outcome: s.outcome_level(),
        outcome_text,
    }
}

/// Reads a scripted value as an answer to a question of `kind`.
pub(crate) fn to_answer(kind: QuestionKind, v: &toml::Value) -> Result<Answer, String> {
    if let Some(s) = v.as_str() {
        match s {
            "declined" => return Ok(Answer::Declined),
            "dont_know" => return Ok(Answer::DontKnow),
            "not_asked" => return Ok(Answer::NotAsked),
            _ => {}
        }
    }
    let bad =
        |want: &str| format!("expected {want} (or \"declined\", \"dont_know\", \"not_asked\")");
    match kind {
        QuestionKind::YesNo => match v.as_str() {
            Some("yes") => Ok(Answer::Yes),
            Some("no") => Ok(Answer::No),
            _ => match v.as_bool() {
                Some(true) => Ok(Answer::Yes),
                Some(false) => Ok(Answer::No),
                None => Err(bad("\"yes\" or \"no\"")),
            },
        },
        QuestionKind::Single => v
            .as_str()
            .map(|s| Answer::Choice(s.to_string()))
            .ok_or_else(|| bad("a choice id")),
        QuestionKind::Multiple => v
            .as_array()
            .and_then(|a| {
                a.iter()
                    .map(|x| x.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
            })
            .map(Answer::Choices)
            .ok_or_else(|| bad("a list of choice ids")),
        QuestionKind::Number => v
            .as_integer()
            .map(Answer::Number)
            .ok_or_else(|| bad("a whole number")),
        QuestionKind::Date => {
            let text = match v {
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::String(s) => s.clone(),
                _ => return Err(bad("a date (YYYY-MM-DD)")),
            };
            NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .map(Answer::Date)
                .map_err(|_| bad("a date (YYYY-MM-DD)"))
        }
        QuestionKind::Text => v
            .as_str()
            .map(|s| Answer::Text(s.to_string()))
            .ok_or_else(|| bad("a string")),
        QuestionKind::Note => Err("notes take no answer".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(toml_value: &str) -> toml::Value {
        let t: toml::Table = toml::from_str(&format!("v = {toml_value}")).unwrap();
        t["v"].clone()
    }

    #[test]
    fn scripted_values_become_answers() {
        let march = Answer::Date(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        for (kind, v, answer) in [
            (QuestionKind::YesNo, "\"not_asked\"", Ok(Answer::NotAsked)),
            (QuestionKind::Number, "\"dont_know\"", Ok(Answer::DontKnow)),
            (QuestionKind::Date, "2026-03-01", Ok(march.clone())),
            (QuestionKind::Date, "\"2026-03-01\"", Ok(march)),
            (QuestionKind::YesNo, "false", Ok(Answer::No)),
        ] {
            assert_eq!(to_answer(kind, &value(v)), answer, "{v}");
        }
        assert!(to_answer(QuestionKind::Date, &value("3")).is_err());
    }
}
