//! A practice scenario (docs/scenario-format.md): a fictional person, the protocol to screen
//! them with, what they reply to each question in every language the scenario speaks, and
//! what a good screening reaches. Read with positions, like protocols.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostic::toml_doc::{self, TomlRules};
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile};
use crate::engine::script::Expect;
use crate::protocol::located::Located;
use crate::protocol::text::Text;

/// The whole file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Scenario {
    pub scenario: Header,
    pub persona: Persona,
    /// The person's reply to each question, by question id. A question without one has no
    /// scripted reply: the trainee hears "answer as the person would".
    #[serde(default)]
    pub replies: BTreeMap<String, Located<Reply>>,
    /// What a good screening of this person reaches (the keys of `lantern simulate`'s
    /// `[expect]`): the outcome, the indicators, needs and urgent flags, questions that must
    /// be shown or must not be.
    #[serde(default)]
    pub expect: Option<Located<Expect>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Header {
    /// Lowercase letters, digits and hyphens; unique among the scenarios.
    pub id: Located<String>,
    /// The protocol to screen with (its `[protocol] id`).
    pub protocol: Located<String>,
    /// Languages every text of the scenario is written in; the first is the language the
    /// person speaks unless `interview_language` says otherwise. Each must be a language of
    /// the protocol.
    pub languages: Located<Vec<String>>,
    /// The language the person answers in [default: the first of `languages`].
    #[serde(default)]
    pub interview_language: Option<Located<String>>,
    /// Must be `true`: scenarios describe fictional people only.
    pub fictional: Located<bool>,
    pub title: Text,
    /// `outreach` (in person) or `hotline` (a call: the call timer runs).
    #[serde(default)]
    pub setting: Setting,
    /// Who wrote it and when; shown to trainers.
    #[serde(default)]
    pub authors: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    #[default]
    Outreach,
    Hotline,
}

/// The persona card a role-play partner reads (and the trainee, after the debrief).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Persona {
    /// The fictional person's name as the card shows it.
    pub name: Text,
    /// Their situation, in a few sentences.
    pub situation: Text,
    /// What they are willing to share, and when (what builds or breaks trust).
    pub willing: Text,
    /// What the worker should notice without being told.
    pub cues: Text,
    /// How they react to pressure (a declined question asked again, hurry, judgement).
    pub pressure: Text,
}

/// One question's reply.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Reply {
    /// The answer to record, as in a simulate script: `"yes"`, `"no"`, a choice id, a list of
    /// choice ids, a number, a date, text, or `"declined"` / `"dont_know"`.
    #[schemars(with = "serde_json::Value")]
    pub answer: Located<toml::Value>,
    /// What the person says, in each language of the scenario.
    pub say: Text,
    /// What the trainee should learn when this answer is missed (shown in the debrief).
    #[serde(default)]
    pub teach: Option<Text>,
    /// A different reply once trust is built: when the question is asked (again) after the
    /// question `after` has been answered.
    #[serde(default)]
    pub later: Option<Located<Later>>,
}

impl Reply {
    /// What a patient screening records: the reply once trust is built, where there is one.
    pub fn final_answer(&self) -> &Located<toml::Value> {
        self.later.as_ref().map_or(&self.answer, |l| &l.answer)
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Later {
    pub after: Located<String>,
    #[schemars(with = "serde_json::Value")]
    pub answer: Located<toml::Value>,
    pub say: Text,
}

pub const SYNTAX: Rule = Rule::new("R001", "toml-syntax", Severity::Error);
pub const UNKNOWN_KEY: Rule = Rule::new("R002", "unknown-key", Severity::Error);
pub const INVALID: Rule = Rule::new("R003", "invalid-value", Severity::Error);

fn schema() -> &'static serde_json::Value {
    static S: OnceLock<serde_json::Value> = OnceLock::new();
    S.get_or_init(|| schemars::schema_for!(Scenario).to_value())
}

/// The JSON Schema of the format (`lantern schema scenario`).
pub fn json_schema() -> &'static serde_json::Value {
    schema()
}

impl Scenario {
    /// Reads a scenario file; every problem of its TOML comes back positioned.
    pub fn parse(file: &SourceFile) -> Result<Scenario, Vec<Diagnostic>> {
        let rules = TomlRules {
            syntax: SYNTAX,
            unknown_key: UNKNOWN_KEY,
            invalid_value: INVALID,
        };
        match toml_doc::parse::<Scenario>(file, schema(), rules, "docs/scenario-format.md") {
            (Some(s), d) if d.is_empty() => Ok(s),
            (_, d) => Err(d),
        }
    }

    pub fn id(&self) -> &str {
        &self.scenario.id
    }

    /// The language the person answers in.
    pub fn interview_language(&self) -> &str {
        self.scenario
            .interview_language
            .as_ref()
            .map(|l| l.value.as_str())
            .or_else(|| self.scenario.languages.first().map(String::as_str))
            .unwrap_or("en")
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.scenario.languages.iter().any(|l| l == lang)
    }

    /// A text in `lang`, else in the scenario's first language.
    pub fn text(&self, t: &Text, lang: &str) -> String {
        let fallback = self
            .scenario
            .languages
            .first()
            .map(String::as_str)
            .unwrap_or("en");
        t.render(lang, fallback, None)
    }
}
