//! Every lint rule, with its stable code. docs/protocol-format.md lists them with remedies.

use crate::diagnostic::{Rule, Severity::*};

macro_rules! rules {
    ($($name:ident = $code:literal, $slug:literal, $sev:ident;)*) => {
        $(pub const $name: Rule = Rule { code: $code, name: $slug, severity: $sev };)*
        /// All rules, in code order.
        pub const ALL: &[Rule] = &[$($name),*];
    };
}

rules! {
    TOML_SYNTAX = "P001", "toml-syntax", Error;
    UNKNOWN_KEY = "P002", "unknown-key", Error;
    INVALID_VALUE = "P003", "invalid-value", Error;
    DUPLICATE_ID = "P004", "duplicate-id", Error;
    UNKNOWN_REFERENCE = "P005", "unknown-reference", Error;
    CONDITION_SYNTAX = "P006", "condition-syntax", Error;
    UNREACHABLE = "P007", "unreachable-question", Error;
    MISSING_TRANSLATION = "P008", "missing-translation", Error;
    NOT_DECLINABLE = "P009", "not-declinable", Error;
    PRIVATE_KEY = "P010", "private-key-in-keys", Error;
    FREE_TEXT_NOT_SENSITIVE = "P011", "free-text-not-sensitive", Warning;
    NARRATIVE_PROMPT = "P012", "narrative-prompt", Warning;
    FLUENT_SYNTAX = "P013", "fluent-syntax", Error;
    UNKNOWN_VARIABLE = "P014", "unknown-variable", Error;
    FORWARD_REFERENCE = "P015", "forward-reference", Error;
    UNDECLARED_LANGUAGE = "P016", "undeclared-language", Warning;
    DETERMINATION_WORDING = "P017", "determination-wording", Error;
    CHOICES_MISMATCH = "P018", "choices-mismatch", Error;
    UNKNOWN_CHOICE = "P019", "unknown-choice", Error;
    BAD_LANGUAGE = "P020", "bad-language", Error;
    BAD_ID = "P021", "bad-id", Error;
    FUNCTION_NOT_ALLOWED = "P022", "function-not-allowed", Error;
    CONDITION_ASSIGNS = "P023", "condition-assigns", Error;
    NO_FALLBACK_OUTCOME = "P024", "no-fallback-outcome", Error;
    MINOR_WITHOUT_NOTICE = "P025", "minor-without-notice", Error;
    URGENT_WITHOUT_STEPS = "P026", "urgent-without-steps", Warning;
    BAD_NUMBER_RANGE = "P027", "bad-number-range", Error;
    EMPTY_SECTION = "P028", "empty-section", Warning;
    UNUSED_NEED = "P029", "unused-need", Warning;
    WRONG_REFERENCE_KIND = "P030", "wrong-reference-kind", Error;
    MULTIPLE_COMPARED = "P031", "multiple-choice-compared", Error;
    NO_QUESTIONS = "P032", "no-questions", Error;
    READ_ERROR = "P033", "unreadable-file", Error;
    CLAIMS_VALIDATION = "P034", "claims-validation", Warning;
    MISPLACED_KEY = "P035", "misplaced-key", Error;
    SAFETY_CHECK_ORDER = "P036", "safety-check-order", Error;
    OBSERVATION_GATED = "P037", "observation-gated", Error;
    GATE_NOT_SCREENED = "P038", "gate-not-screened", Error;
    TYPE_NOT_ASKED = "P039", "trafficking-type-not-asked", Error;
    TRANSLATION_NOT_LISTED = "P040", "translation-status-unlisted", Warning;
    REVIEW_UNSIGNED = "P041", "review-unsigned", Error;
}
