//! What a scripted run should produce (`[expect]` in a simulate script).

use schemars::JsonSchema;
use serde::Deserialize;

use super::script::SimulationReport;
use crate::protocol::OutcomeLevel;

/// Expected results: each list must match exactly (order does not matter).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Expect {
    #[serde(default)]
    pub outcome: Option<OutcomeLevel>,
    #[serde(default)]
    pub indicators: Option<Vec<String>>,
    #[serde(default)]
    pub needs: Option<Vec<String>>,
    #[serde(default)]
    pub urgent: Option<Vec<String>>,
    /// Questions that must have been shown.
    #[serde(default)]
    pub shown: Option<Vec<String>>,
    /// Questions that must not have been shown.
    #[serde(default)]
    pub hidden: Option<Vec<String>>,
}

impl Expect {
    /// Every way `report` differs from the expectation, as sentences.
    pub fn mismatches(&self, report: &SimulationReport) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(o) = self.outcome
            && o != report.outcome
        {
            out.push(format!(
                "outcome: expected {}, got {}",
                o.as_str(),
                report.outcome.as_str()
            ));
        }
        let ids = |v: &mut dyn Iterator<Item = &String>| {
            let mut v: Vec<String> = v.cloned().collect();
            v.sort();
            v
        };
        let mut cmp = |what: &str, want: &Option<Vec<String>>, got: Vec<String>| {
            if let Some(want) = want {
                let mut want = want.clone();
                want.sort();
                if want != got {
                    out.push(format!(
                        "{what}: expected [{}], got [{}]",
                        want.join(", "),
                        got.join(", ")
                    ));
                }
            }
        };
        cmp(
            "indicators",
            &self.indicators,
            ids(&mut report.indicators.iter().map(|x| &x.id)),
        );
        cmp(
            "needs",
            &self.needs,
            ids(&mut report.needs.iter().map(|x| &x.id)),
        );
        cmp(
            "urgent",
            &self.urgent,
            ids(&mut report.urgent.iter().map(|x| &x.id)),
        );
        for q in self.shown.iter().flatten() {
            if !report.path.iter().any(|s| &s.question == q) {
                out.push(format!(
                    "question `{q}` was expected to be shown but was not"
                ));
            }
        }
        for q in self.hidden.iter().flatten() {
            if report.path.iter().any(|s| &s.question == q) {
                out.push(format!(
                    "question `{q}` was expected to be hidden but was shown"
                ));
            }
        }
        out
    }
}
