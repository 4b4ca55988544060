//! `lantern practice summary DIR`: a class's kept debriefs, aggregated for the trainer: the
//! attempts and scores per scenario, and what was missed most. Each kept debrief carries one
//! machine-readable line (ids and numbers only) that this reads back.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::debrief::{Debrief, Referred, Verdict};
use super::rehearsal::Rehearsal;

/// What starts the machine-readable line inside an HTML comment of a kept debrief.
pub const MARKER: &str = "lantern-debrief ";

/// One practice attempt, as a kept debrief records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub scenario: String,
    pub points: u32,
    pub max: u32,
    /// What was missed, as `kind:id` (`indicator:growing_debt`, `answer:debt_owed`,
    /// `pressured:threats`, `urgent-steps:immediate_danger`, `referral:health_care`, `checks`,
    /// `consent`, `outcome`).
    pub missed: Vec<String>,
}

impl Attempt {
    pub fn of(r: &Rehearsal, d: &Debrief) -> Attempt {
        let p = r.protocol();
        let mut missed = Vec::new();
        if !d.consent_first {
            missed.push("consent".to_string());
        }
        if !d.checks_first {
            missed.push("checks".to_string());
        }
        if d.outcome_expected.is_some_and(|o| o != d.outcome_reached) {
            missed.push("outcome".to_string());
        }
        missed.extend(
            d.indicators
                .missed
                .iter()
                .map(|&i| format!("indicator:{}", p.file.indicators[i].id.value)),
        );
        missed.extend(
            d.urgent
                .missed
                .iter()
                .map(|&i| format!("urgent:{}", p.file.urgent[i].id.value)),
        );
        missed.extend(
            d.urgent_not_acted
                .iter()
                .map(|&i| format!("urgent-steps:{}", p.file.urgent[i].id.value)),
        );
        missed.extend(
            d.pressured
                .iter()
                .map(|&i| format!("pressured:{}", p.question(i).id.value)),
        );
        missed.extend(
            d.referrals
                .iter()
                .filter(|n| matches!(n.referred, Referred::NotOffered | Referred::NotFound))
                .map(|n| format!("referral:{}", p.file.needs[n.need].id.value)),
        );
        missed.extend(
            d.rows
                .iter()
                // Not reached is not a miss of its own: the stop before it is.
                .filter(|row| !matches!(row.verdict, Verdict::Same | Verdict::NotReached))
                .map(|row| format!("answer:{}", p.question(row.question).id.value)),
        );
        let (points, max) = d.total();
        Attempt {
            scenario: r.scenario.id().to_string(),
            points,
            max,
            missed,
        }
    }

    pub fn to_json(&self) -> String {
        // A struct of strings and numbers always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The attempt a kept debrief records, if the text is one.
    pub fn read(markdown: &str) -> Option<Attempt> {
        markdown.lines().find_map(|l| {
            let json = l
                .trim()
                .strip_prefix("<!-- ")?
                .strip_suffix(" -->")?
                .strip_prefix(MARKER)?;
            serde_json::from_str(json).ok()
        })
    }
}

/// One scenario's attempts in a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioSummary {
    pub scenario: String,
    pub attempts: usize,
    /// Mean, lowest and highest score, as points out of `max`.
    pub mean: u32,
    pub lowest: u32,
    pub highest: u32,
    pub max: u32,
    /// What was missed, most often first: (item, how many attempts missed it).
    pub missed: Vec<(String, usize)>,
}

/// Groups attempts by scenario (sorted by id).
pub fn summarize(attempts: &[Attempt]) -> Vec<ScenarioSummary> {
    let mut by: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in attempts {
        by.entry(a.scenario.as_str()).or_default().push(a);
    }
    by.into_iter()
        .map(|(id, v)| {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for a in &v {
                for m in &a.missed {
                    *counts.entry(m.as_str()).or_default() += 1;
                }
            }
            let mut missed: Vec<(String, usize)> = counts
                .into_iter()
                .map(|(k, n)| (k.to_string(), n))
                .collect();
            // Most often first; among equals, conduct before results before single answers.
            missed.sort_by(|a, b| {
                b.1.cmp(&a.1)
                    .then_with(|| rank(&a.0).cmp(&rank(&b.0)))
                    .then_with(|| a.0.cmp(&b.0))
            });
            let total: u32 = v.iter().map(|a| a.points).sum();
            ScenarioSummary {
                scenario: id.to_string(),
                attempts: v.len(),
                mean: total / v.len() as u32,
                lowest: v.iter().map(|a| a.points).min().unwrap_or(0),
                highest: v.iter().map(|a| a.points).max().unwrap_or(0),
                max: v.iter().map(|a| a.max).max().unwrap_or(100),
                missed,
            }
        })
        .collect()
}

/// The order of kinds among items missed equally often.
fn rank(item: &str) -> usize {
    const ORDER: [&str; 9] = [
        "consent",
        "checks",
        "urgent-steps",
        "pressured",
        "urgent",
        "outcome",
        "indicator",
        "referral",
        "answer",
    ];
    let kind = item.split(':').next().unwrap_or(item);
    ORDER.iter().position(|k| *k == kind).unwrap_or(ORDER.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(scenario: &str, points: u32, missed: &[&str]) -> Attempt {
        Attempt {
            scenario: scenario.into(),
            points,
            max: 100,
            missed: missed.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_class_is_summed_per_scenario_with_the_most_missed_first() {
        let s = summarize(&[
            a(
                "farm-crew",
                80,
                &["indicator:growing_debt", "pressured:threats"],
            ),
            a("farm-crew", 95, &["indicator:growing_debt"]),
            a(
                "farm-crew",
                65,
                &["indicator:growing_debt", "answer:debt_owed"],
            ),
            a("no-indicators", 100, &[]),
        ]);
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].attempts, s[0].mean, s[0].lowest, s[0].highest),
            (3, 80, 65, 95)
        );
        assert_eq!(s[0].missed[0], ("indicator:growing_debt".to_string(), 3));
        assert_eq!(s[0].missed.len(), 3);
        assert!(s[1].missed.is_empty());
    }

    #[test]
    fn the_line_reads_back_and_other_text_is_not_an_attempt() {
        let at = a("farm-crew", 72, &["outcome"]);
        let md = format!("# Debrief\n\n<!-- {MARKER}{} -->\n\n- text\n", at.to_json());
        assert_eq!(Attempt::read(&md), Some(at));
        assert_eq!(Attempt::read("# notes\n<!-- something else -->\n"), None);
    }
}
