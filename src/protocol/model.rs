//! The protocol file as authors write it. These types are both the TOML format and the
//! in-memory model: conditions and texts are parsed while deserializing (see `condition.rs`
//! and `text.rs`), so a loaded protocol never re-parses anything during a screening.

use schemars::JsonSchema;
use serde::Deserialize;

use super::condition::Condition;
use super::located::Located;
use super::text::Text;

/// One protocol file: `screening/<id>.toml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(title = "lantern screening protocol")]
#[schemars(deny_unknown_fields)]
pub struct ProtocolFile {
    pub protocol: Header,
    pub consent: Consent,
    #[serde(default, rename = "section")]
    pub sections: Vec<Section>,
    #[serde(default, rename = "indicator")]
    pub indicators: Vec<IndicatorDef>,
    #[serde(default, rename = "need")]
    pub needs: Vec<NeedDef>,
    #[serde(default, rename = "urgent")]
    pub urgent: Vec<UrgentDef>,
    #[serde(default, rename = "outcome")]
    pub outcomes: Vec<OutcomeRule>,
    #[serde(default, rename = "preference")]
    pub preferences: Vec<PreferenceDef>,
}

/// What the person would like from a service (not a need, not an indicator): used only to
/// rank referrals and to say what does not fit. Never recorded as a finding.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PreferenceDef {
    pub id: Located<String>,
    pub label: Text,
    /// What to look for in the directory.
    pub wants: ServiceWish,
    /// Condition over answers.
    pub when: Condition,
}

/// What a service can offer that a person may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceWish {
    /// LGBTQ+ affirming.
    LgbtqAffirming,
    /// Physical accessibility described for at least one location.
    Accessible,
    /// Services for women only (or that serve women).
    ServesWomen,
    /// Services that serve men.
    ServesMen,
    /// Services that serve non-binary people.
    ServesNonbinary,
}

/// Who the protocol is, where it comes from and for whom it is meant.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Header {
    /// Stable identifier, lower-case letters, digits, `-` and `_` (e.g. `adult-general`).
    pub id: Located<String>,
    /// Version of this protocol text; recorded with every screening.
    pub version: String,
    pub title: Text,
    /// What the protocol is for, shown to the worker on the home screen.
    #[serde(default)]
    pub description: Option<Text>,
    /// Every language the protocol is written in (BCP 47 tags such as `en`, `es`, `zh-Hans`).
    pub languages: Vec<Located<String>>,
    pub default_language: Located<String>,
    pub audience: Audience,
    pub trafficking_types: Vec<TraffickingType>,
    pub estimated_minutes: u32,
    pub provenance: Provenance,
    /// When the person is under 18 (for referrals: youth services first, the reporting
    /// notice). Protocols for minors are always so; others may say how they know, e.g.
    /// `age_range == "under_18"`.
    #[serde(default)]
    pub minor_if: Option<Condition>,
    /// When the person is known to be an adult, e.g. `age_range == "age_25_plus"`.
    #[serde(default)]
    pub adult_if: Option<Condition>,
    /// How the person is addressed in the program's own words read aloud (the referral
    /// hand-off): `formal` (Spanish "usted"; the default) or `informal` ("tú", for young
    /// people). The protocol's own texts are written in the register they declare.
    #[serde(default)]
    pub register: Register,
    /// Where each translation stands, by language tag: a draft awaiting review by a native
    /// speaker, or reviewed (by whom, when). A language of `languages` other than the
    /// default with no entry here is a draft.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, TranslationInfo>,
}

/// Where one translation of the protocol stands.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TranslationInfo {
    pub status: Located<TranslationStatus>,
    /// Who reviewed it (a name or a role); required when `status = "reviewed"`.
    #[serde(default)]
    pub reviewed_by: Option<String>,
    /// When (YYYY-MM-DD); required when `status = "reviewed"`.
    #[serde(default)]
    pub reviewed_on: Option<String>,
    /// Anything the reviewer wants the next one to know.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// Drafted (by the project or machine-assisted): awaiting review by a native speaker.
    Draft,
    /// Reviewed by a native speaker.
    Reviewed,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Register {
    #[default]
    Formal,
    Informal,
}

impl Register {
    pub fn as_str(self) -> &'static str {
        match self {
            Register::Formal => "formal",
            Register::Informal => "informal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Adult,
    Minor,
    Any,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Adult => "adult",
            Audience::Minor => "minor",
            Audience::Any => "any",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TraffickingType {
    Sex,
    Labor,
}

/// Where the questions come from. lantern refuses to pretend: `validated` must be stated.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Provenance {
    /// The public sources or themes the questions were written from.
    pub based_on: String,
    /// Whether the instrument has been validated in a published study.
    pub validated: Located<bool>,
    /// Who wrote this file and for what.
    #[serde(default)]
    pub authors: Option<String>,
    /// What to use it for and what not, shown to the worker.
    pub intended_use: Text,
}

/// The opening script: who asks, why, how long, that any question can be skipped, where the
/// answers go and the limits of confidentiality.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Consent {
    /// Read aloud first, before the reporting notice (who we are, why we are here), when the
    /// protocol has a notice to read: introduction, notice, then the script.
    #[serde(default)]
    pub introduction: Option<Text>,
    /// Read aloud before any question.
    pub script: Text,
    /// Worker-only advice for the opening.
    #[serde(default)]
    pub guidance: Option<Text>,
    /// Show the jurisdiction's mandatory-reporting notice (from the organization's settings)
    /// before any question. Required for protocols whose audience is `minor`.
    #[serde(default)]
    pub mandatory_reporting_notice: bool,
    /// Read the organization's limits of confidentiality (from its settings) after the
    /// script, so that what the person is told is what the organization's counsel wrote.
    #[serde(default)]
    pub confidentiality_limits: bool,
}

/// A group of questions with an optional gate.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Section {
    pub id: Located<String>,
    pub title: Text,
    /// Transition text read when the section starts.
    #[serde(default)]
    pub intro: Option<Text>,
    /// Gate: the whole section is shown only when this condition holds.
    #[serde(default)]
    pub show_if: Option<Condition>,
    #[serde(default, rename = "question")]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes or no (plus the answers every question has: declined, don't know, not asked).
    YesNo,
    /// One of `choices`.
    Single,
    /// Any number of `choices`.
    Multiple,
    /// A whole number between `min` and `max`.
    Number,
    /// A calendar date (YYYY-MM-DD).
    Date,
    /// A short free-text answer (mark it `sensitive`).
    Text,
    /// Something to read or show; it takes no answer.
    Note,
}

impl QuestionKind {
    pub fn takes_answer(self) -> bool {
        self != QuestionKind::Note
    }
    pub fn has_choices(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Question {
    pub id: Located<String>,
    pub kind: Located<QuestionKind>,
    /// What to read aloud, in each language. Fluent syntax: `{ $other_question }` pipes an
    /// earlier answer in.
    pub text: Text,
    /// Worker-only advice.
    #[serde(default)]
    pub guidance: Option<Text>,
    /// "Why we ask": the reason, for the worker and for the person if they ask.
    #[serde(default)]
    pub purpose: Option<Text>,
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// The answer could identify or endanger the person; front ends mask it on screen.
    #[serde(default)]
    pub sensitive: bool,
    /// False for items the worker answers from observation or a staff check, not read to
    /// the person (front ends show them as worker-only).
    #[serde(default = "default_true")]
    pub read_aloud: bool,
    /// Always true in practice: lint rejects `false` (every question can be declined).
    #[serde(default)]
    pub declinable: Option<Located<bool>>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
    /// Unit shown after a number ("hours a week").
    #[serde(default)]
    pub unit: Option<Text>,
    /// Longest accepted short-text answer, in characters (default 200).
    #[serde(default)]
    pub max_length: Option<u32>,
    /// A safety check this question is: who interprets, whether the person can talk
    /// privately, what the worker sees. Lint keeps them first and ungated.
    #[serde(default)]
    pub check: Option<Located<SafetyCheck>>,
}

/// The safety checks that come before anything the person says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyCheck {
    /// Who interprets (worker-only): first of all, so that a companion or someone tied to
    /// the person's work or housing never relays the questions.
    Interpreter,
    /// Whether the person can talk safely and privately now.
    Privacy,
    /// What the worker sees (visible danger, medical need): asked even when a gate closes.
    Observation,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Choice {
    pub id: Located<String>,
    pub label: Text,
    /// In a multiple-choice question, a choice that cannot be combined with others
    /// ("none of these").
    #[serde(default)]
    pub exclusive: Option<Located<bool>>,
    /// For an age-group choice, the ages it covers, e.g. `[18, 24]` (both included): referrals
    /// then leave out services whose age limits do not meet them.
    #[serde(default)]
    pub ages: Option<[u8; 2]>,
}

impl Choice {
    pub fn is_exclusive(&self) -> bool {
        self.exclusive.as_ref().is_some_and(|e| e.value)
    }
}

fn default_true() -> bool {
    true
}

/// What an answer pattern signals. Never a determination: "indicator present".
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndicatorDef {
    pub id: Located<String>,
    pub label: Text,
    /// Condition over question answers.
    pub when: Condition,
    /// Needs this indicator calls for.
    #[serde(default)]
    pub needs: Vec<Located<String>>,
    /// The forms of trafficking this indicator belongs to (a protocol must ask about every
    /// type it declares).
    #[serde(default)]
    pub types: Vec<TraffickingType>,
}

/// What the person may need; each maps to a referral service category.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NeedDef {
    pub id: Located<String>,
    pub label: Text,
    pub category: NeedCategory,
    /// Optional condition over answers and indicators (besides indicators that list it).
    #[serde(default)]
    pub when: Option<Condition>,
}

/// lantern's service categories (the referral directory uses the same list).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum NeedCategory {
    EmergencyShelter,
    Housing,
    CaseManagement,
    LegalImmigration,
    LegalCriminalRecord,
    LegalLaborCivil,
    Medical,
    BehavioralHealth,
    SubstanceUse,
    EconomicEmpowerment,
    Education,
    Interpretation,
    Transportation,
    BasicNeeds,
    ChildWelfare,
    Hotline,
}

/// A situation that needs the organization's response steps now.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UrgentDef {
    pub id: Located<String>,
    pub label: Text,
    /// Condition over answers and indicators.
    pub when: Condition,
    /// Protocol-specific steps; the organization's own steps (settings) follow them.
    #[serde(default)]
    pub steps: Vec<Text>,
}

/// Outcome rules are tried in order; the first whose `when` holds gives the outcome.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OutcomeRule {
    pub level: OutcomeLevel,
    /// Condition over answers, indicators, `indicator_count` and `urgent_count`.
    pub when: Condition,
    pub text: Text,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeLevel {
    /// The screening could not be done safely (no private place, a companion interpreting):
    /// nothing was assessed. Never counted as "no indicators".
    NotScreened,
    /// No indicators came up in what was asked.
    NoIndicators,
    /// Indicators present: offer referral.
    IndicatorsPresent,
    /// Indicators present: offer referral and a full assessment.
    FullAssessment,
    /// Urgent: follow the response steps now.
    Urgent,
}

impl OutcomeLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeLevel::NotScreened => "not_screened",
            OutcomeLevel::NoIndicators => "no_indicators",
            OutcomeLevel::IndicatorsPresent => "indicators_present",
            OutcomeLevel::FullAssessment => "full_assessment",
            OutcomeLevel::Urgent => "urgent",
        }
    }
}

impl NeedCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            NeedCategory::EmergencyShelter => "emergency_shelter",
            NeedCategory::Housing => "housing",
            NeedCategory::CaseManagement => "case_management",
            NeedCategory::LegalImmigration => "legal_immigration",
            NeedCategory::LegalCriminalRecord => "legal_criminal_record",
            NeedCategory::LegalLaborCivil => "legal_labor_civil",
            NeedCategory::Medical => "medical",
            NeedCategory::BehavioralHealth => "behavioral_health",
            NeedCategory::SubstanceUse => "substance_use",
            NeedCategory::EconomicEmpowerment => "economic_empowerment",
            NeedCategory::Education => "education",
            NeedCategory::Interpretation => "interpretation",
            NeedCategory::Transportation => "transportation",
            NeedCategory::BasicNeeds => "basic_needs",
            NeedCategory::ChildWelfare => "child_welfare",
            NeedCategory::Hotline => "hotline",
        }
    }
}
