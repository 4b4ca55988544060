//! lantern's taxonomy: its service categories and Standards-of-Care attributes as an HSDS
//! taxonomy, linked to services through `attribute` rows, so a lantern directory stays a
//! valid HSDS package that any other HSDS tool can read. The ids are fixed (UUID v5).

use serde::{Deserialize, Serialize};

use crate::protocol::NeedCategory;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attr {
    TraffickingExperienced,
    Youth,
    LgbtqAffirming,
    ServesMen,
    ServesWomen,
    ServesNonbinary,
    NoIdRequired,
    NoStatusRequired,
    NoSobrietyRequirement,
    Open247,
    ConfidentialLocation,
    LawEnforcement,
}

impl Attr {
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }
    pub fn code(self) -> &'static str {
        ATTRIBUTE_TERMS
            .iter()
            .find(|t| t.0 == self)
            .map(|t| t.1)
            .unwrap_or("")
    }
}

pub fn category_bit(c: NeedCategory) -> u32 {
    1 << (c as u32)
}

/// The category with this term id or code.
pub fn category_by_term(id_or_code: &str) -> Option<NeedCategory> {
    CATEGORY_TERMS
        .iter()
        .find(|t| t.2 == id_or_code || t.1 == id_or_code)
        .map(|t| t.0)
}

/// The attribute with this term id or code.
pub fn attr_by_term(id_or_code: &str) -> Option<Attr> {
    ATTRIBUTE_TERMS
        .iter()
        .find(|t| t.2 == id_or_code || t.1 == id_or_code)
        .map(|t| t.0)
}

pub fn all_categories() -> impl Iterator<Item = NeedCategory> {
    CATEGORY_TERMS.iter().map(|t| t.0)
}

/// The id of lantern's taxonomy in HSDS `taxonomies` rows.
pub const TAXONOMY_ID: &str = "534946b1-cb6d-56a3-b22e-46c12ec056a8";
/// Service categories: (code, term id, English name).
pub const CATEGORY_TERMS: &[(NeedCategory, &str, &str, &str)] = &[
    (
        NeedCategory::EmergencyShelter,
        "emergency_shelter",
        "045b370f-a485-5ed0-bb2b-05c4cb8f0a1a",
        "Emergency shelter",
    ),
    (
        NeedCategory::Housing,
        "housing",
        "77623ade-2ded-55e4-8cf3-c142b79ea38b",
        "Housing",
    ),
    (
        NeedCategory::CaseManagement,
        "case_management",
        "d1f59969-e375-562d-b73e-3d54b20c3dd1",
        "Case management",
    ),
    (
        NeedCategory::LegalImmigration,
        "legal_immigration",
        "4b2f7e08-2191-5c88-be31-8bcfaf0b831b",
        "Immigration legal help",
    ),
    (
        NeedCategory::LegalCriminalRecord,
        "legal_criminal_record",
        "d65d4100-2a4f-5442-bf25-1fc0a4c68acb",
        "Criminal record relief",
    ),
    (
        NeedCategory::LegalLaborCivil,
        "legal_labor_civil",
        "34e6e85e-eef8-54e1-9898-21d7fb2ac9c0",
        "Labor and civil legal help",
    ),
    (
        NeedCategory::Medical,
        "medical",
        "59676743-15ad-5e41-a6f7-716e10daba76",
        "Medical care",
    ),
    (
        NeedCategory::BehavioralHealth,
        "behavioral_health",
        "f8e7eb6a-4cda-5e75-9ca2-f76586759717",
        "Mental health",
    ),
    (
        NeedCategory::SubstanceUse,
        "substance_use",
        "27d43334-2b40-56d8-b4c0-a2fde642ce38",
        "Substance use support",
    ),
    (
        NeedCategory::EconomicEmpowerment,
        "economic_empowerment",
        "11c5ea9a-1429-5a14-a69a-4cba9aac0d48",
        "Jobs and income",
    ),
    (
        NeedCategory::Education,
        "education",
        "5260a1fa-b964-57a5-9634-06bb76ae5c12",
        "Education",
    ),
    (
        NeedCategory::Interpretation,
        "interpretation",
        "0fb2e418-062b-5706-80c5-1329ce35013f",
        "Interpretation",
    ),
    (
        NeedCategory::Transportation,
        "transportation",
        "437c5fc1-7aad-5a9c-b43f-794a7babd512",
        "Transportation",
    ),
    (
        NeedCategory::BasicNeeds,
        "basic_needs",
        "970f6073-1b15-5193-8c02-f033f5740b8b",
        "Basic needs",
    ),
    (
        NeedCategory::ChildWelfare,
        "child_welfare",
        "8f3ef7d6-3f50-5ce0-8db8-737547eb090f",
        "Child welfare",
    ),
    (
        NeedCategory::Hotline,
        "hotline",
        "d6f0866a-d691-5001-a3d8-efd1c5febf24",
        "Hotline",
    ),
];
/// Attributes: (attribute, code, term id, English name).
pub const ATTRIBUTE_TERMS: &[(Attr, &str, &str, &str)] = &[
    (
        Attr::TraffickingExperienced,
        "trafficking_experienced",
        "842e1a21-94bf-5858-ba6e-0d79e82d2200",
        "Experienced with trafficking survivors",
    ),
    (
        Attr::Youth,
        "youth",
        "49b9d7a0-ef36-5a18-93a9-30fd5f3e41b5",
        "Serves youth under 18",
    ),
    (
        Attr::LgbtqAffirming,
        "lgbtq_affirming",
        "22b80c18-cc2e-5574-b076-99c22df451d7",
        "LGBTQ+ affirming",
    ),
    (
        Attr::ServesMen,
        "serves_men",
        "623dda1a-83d6-5007-b106-019f122d14b3",
        "Serves men",
    ),
    (
        Attr::ServesWomen,
        "serves_women",
        "f6848b9f-f26c-52e1-b3bb-021f6f4026a0",
        "Serves women",
    ),
    (
        Attr::ServesNonbinary,
        "serves_nonbinary",
        "815d46ba-ba92-5cc2-b4a3-e5b63faa4843",
        "Serves non-binary people",
    ),
    (
        Attr::NoIdRequired,
        "no_id_required",
        "a64c36a3-2b01-552b-956b-2fb29055075c",
        "No ID required",
    ),
    (
        Attr::NoStatusRequired,
        "no_status_required",
        "284895e0-9e7b-506f-8451-4c383fa00bd9",
        "No immigration status required",
    ),
    (
        Attr::NoSobrietyRequirement,
        "no_sobriety_requirement",
        "b6a378d5-7b3a-5dfa-8eb3-fecf18d1460d",
        "No sobriety requirement",
    ),
    (
        Attr::Open247,
        "open_24_7",
        "6bfd51ab-64e5-5716-bd22-3f60d32f51da",
        "Open 24/7",
    ),
    (
        Attr::ConfidentialLocation,
        "confidential_location",
        "eb736e88-aacf-5c09-9c63-b871dc20a95a",
        "Confidential location",
    ),
    (
        Attr::LawEnforcement,
        "law_enforcement",
        "bb537bb1-eea3-5a5f-9cea-00341d3bee52",
        "Law enforcement agency",
    ),
];
