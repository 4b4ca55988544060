//! Message ids for the values of the protocol's closed lists, written out so that every id
//! the program can ask for appears literally in the code (tests/message_ids.rs checks each
//! against the English catalog) and a new value does not compile until it has its words.

use crate::i18n::Localizer;
use crate::protocol::{NeedCategory, OutcomeLevel};

pub(crate) fn outcome_level_id(level: OutcomeLevel) -> &'static str {
    match level {
        OutcomeLevel::NotScreened => "outcome-level-not_screened",
        OutcomeLevel::NoIndicators => "outcome-level-no_indicators",
        OutcomeLevel::IndicatorsPresent => "outcome-level-indicators_present",
        OutcomeLevel::FullAssessment => "outcome-level-full_assessment",
        OutcomeLevel::Urgent => "outcome-level-urgent",
    }
}

pub(crate) fn category_id(c: NeedCategory) -> &'static str {
    match c {
        NeedCategory::EmergencyShelter => "category-emergency_shelter",
        NeedCategory::Housing => "category-housing",
        NeedCategory::CaseManagement => "category-case_management",
        NeedCategory::LegalImmigration => "category-legal_immigration",
        NeedCategory::LegalCriminalRecord => "category-legal_criminal_record",
        NeedCategory::LegalLaborCivil => "category-legal_labor_civil",
        NeedCategory::Medical => "category-medical",
        NeedCategory::BehavioralHealth => "category-behavioral_health",
        NeedCategory::SubstanceUse => "category-substance_use",
        NeedCategory::EconomicEmpowerment => "category-economic_empowerment",
        NeedCategory::Education => "category-education",
        NeedCategory::Interpretation => "category-interpretation",
        NeedCategory::Transportation => "category-transportation",
        NeedCategory::BasicNeeds => "category-basic_needs",
        NeedCategory::ChildWelfare => "category-child_welfare",
        NeedCategory::Hotline => "category-hotline",
    }
}

/// A service category in the worker's words.
pub(crate) fn category(l10n: &Localizer, c: NeedCategory) -> String {
    l10n.tr(category_id(c))
}
