//! What a set of answers signals, by the protocol's own rules: indicators, needs, urgent
//! flags, the outcome and whether the person is known to be a minor or an adult. The
//! engine computes it after every answer; lint computes it for the answers a gate can see.

use evalexpr::Value;

use super::{Audience, Bindings, Protocol};

/// Indices refer to the protocol's lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub indicators: Vec<usize>,
    pub needs: Vec<usize>,
    pub urgent: Vec<usize>,
    /// What the person would like from a service (indices of `[[preference]]`).
    pub preferences: Vec<usize>,
    /// Index of the outcome rule that applies (None only if the protocol has no fallback).
    pub outcome: Option<usize>,
    pub minor: bool,
    pub adult: bool,
}

impl Protocol {
    /// The results of the answers in `values` (one slot per question, set to the answer's
    /// value or `Empty`); fills in the slots of indicators, needs, urgent flags and counts.
    pub fn results(&self, values: &mut [Value]) -> Results {
        let mut r = Results::default();
        for (k, ind) in self.file.indicators.iter().enumerate() {
            let on = ind.when.holds(&Bindings {
                slots: &self.slots,
                values,
            });
            values[self.indicator_slot(k)] = Value::Boolean(on);
            if on {
                r.indicators.push(k);
            }
        }
        for (k, need) in self.file.needs.iter().enumerate() {
            let from_indicator = r.indicators.iter().any(|&i| {
                self.file.indicators[i]
                    .needs
                    .iter()
                    .any(|n| n.value == need.id.value)
            });
            let on = from_indicator
                || need.when.as_ref().is_some_and(|c| {
                    c.holds(&Bindings {
                        slots: &self.slots,
                        values,
                    })
                });
            values[self.need_slot(k)] = Value::Boolean(on);
            if on {
                r.needs.push(k);
            }
        }
        for (k, u) in self.file.urgent.iter().enumerate() {
            let on = u.when.holds(&Bindings {
                slots: &self.slots,
                values,
            });
            values[self.urgent_slot(k)] = Value::Boolean(on);
            if on {
                r.urgent.push(k);
            }
        }
        for (k, pref) in self.file.preferences.iter().enumerate() {
            if pref.when.holds(&Bindings {
                slots: &self.slots,
                values,
            }) {
                r.preferences.push(k);
            }
        }
        values[self.indicator_count_slot()] = Value::Int(r.indicators.len() as i64);
        values[self.urgent_count_slot()] = Value::Int(r.urgent.len() as i64);
        let ctx = Bindings {
            slots: &self.slots,
            values,
        };
        r.outcome = self.file.outcomes.iter().position(|o| o.when.holds(&ctx));
        let h = &self.file.protocol;
        r.minor =
            h.audience == Audience::Minor || h.minor_if.as_ref().is_some_and(|c| c.holds(&ctx));
        r.adult = !r.minor && h.adult_if.as_ref().is_some_and(|c| c.holds(&ctx));
        r
    }
}
