//! The debrief in the worker's language: as lines for the screens and plain mode, and as a
//! Markdown file a trainee may keep (it says it holds fictional data only).

use fluent_bundle::FluentValue;

use super::debrief::{Debrief, Referred, Verdict};
use super::rehearsal::Rehearsal;
use crate::i18n::Localizer;
use crate::present::question::answer_text;
use crate::present::{safe, worker_language};

/// One block of the debrief: a heading and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub heading: String,
    pub lines: Vec<String>,
}

/// The debrief, worded: the score first, then what to look at, then the detail.
pub fn blocks(l10n: &Localizer, r: &Rehearsal, d: &Debrief) -> Vec<Block> {
    let s = r.screening();
    let p = r.protocol();
    let wl = worker_language(l10n, p);
    let tr_n = |id: &str, pairs: &[(&str, FluentValue)]| {
        l10n.tr_args(id, &pairs.iter().cloned().collect())
    };
    let mut out = Vec::new();

    let (points, max) = d.total();
    let mut score = vec![tr_n(
        "debrief-score",
        &[("points", points.into()), ("max", max.into())],
    )];
    score.extend(
        d.score
            .iter()
            .map(|part| format!("{}: {}/{}", l10n.tr(part.id), part.points, part.max)),
    );
    score.push(l10n.tr("debrief-score-note"));
    out.push(Block {
        heading: l10n.tr("debrief-score-heading"),
        lines: score,
    });

    let mut conduct = Vec::new();
    let mark = |ok: bool| if ok { "✓" } else { "✗" };
    conduct.push(format!(
        "{} {}",
        mark(d.consent_first),
        l10n.tr("debrief-consent-first")
    ));
    conduct.push(format!(
        "{} {}",
        mark(d.checks_first),
        l10n.tr("debrief-checks-first")
    ));
    if d.pressured.is_empty() {
        conduct.push(format!("✓ {}", l10n.tr("debrief-declines-respected")));
    }
    for &i in &d.pressured {
        conduct.push(format!(
            "✗ {}",
            tr_n(
                "debrief-pressured",
                &[("question", safe(&s.render(&p.question(i).text)).into())]
            )
        ));
    }
    for &u in &d.urgent_not_acted {
        conduct.push(format!(
            "✗ {}",
            tr_n(
                "debrief-urgent-not-acted",
                &[(
                    "flag",
                    safe(
                        &p.file.urgent[u]
                            .label
                            .render(&wl, p.default_language(), None)
                    )
                    .into()
                )]
            )
        ));
    }
    if let Some(o) = d.outcome_expected {
        let word = |l| l10n.tr(crate::present::words::outcome_level_id(l));
        conduct.push(format!(
            "{} {}",
            mark(o == d.outcome_reached),
            tr_n(
                "debrief-outcome",
                &[
                    ("expected", word(o).into()),
                    ("reached", word(d.outcome_reached).into())
                ]
            )
        ));
    }
    out.push(Block {
        heading: l10n.tr("debrief-conduct-heading"),
        lines: conduct,
    });

    let label = |defs: &dyn Fn(usize) -> String, v: &[usize]| -> String {
        if v.is_empty() {
            l10n.tr("debrief-none")
        } else {
            v.iter().map(|&i| defs(i)).collect::<Vec<_>>().join("; ")
        }
    };
    let ind = |i: usize| {
        safe(
            &p.file.indicators[i]
                .label
                .render(&wl, p.default_language(), None),
        )
    };
    let need = |i: usize| {
        safe(
            &p.file.needs[i]
                .label
                .render(&wl, p.default_language(), None),
        )
    };
    let urg = |i: usize| {
        safe(
            &p.file.urgent[i]
                .label
                .render(&wl, p.default_language(), None),
        )
    };
    let mut results = Vec::new();
    for (what, c, f) in [
        (
            "debrief-indicators",
            &d.indicators,
            &ind as &dyn Fn(usize) -> String,
        ),
        ("debrief-needs", &d.needs, &need),
        ("debrief-urgent", &d.urgent, &urg),
    ] {
        results.push(l10n.tr(what));
        results.push(format!(
            "  {} {}",
            l10n.tr("debrief-found"),
            label(f, &c.found)
        ));
        results.push(format!(
            "  {} {}",
            l10n.tr("debrief-missed"),
            label(f, &c.missed)
        ));
        if !c.extra.is_empty() {
            results.push(format!(
                "  {} {}",
                l10n.tr("debrief-extra"),
                label(f, &c.extra)
            ));
        }
    }
    out.push(Block {
        heading: l10n.tr("debrief-results-heading"),
        lines: results,
    });

    out.push(Block {
        heading: l10n.tr("debrief-referrals-heading"),
        lines: referral_lines(l10n, r, d, &need),
    });

    let mut answers = Vec::new();
    for row in &d.rows {
        let q = p.question(row.question);
        let text = safe(&q.text.render(&wl, p.default_language(), None));
        let expected = answer_text(l10n, s, row.question, &row.expected, true);
        let line = match (&row.verdict, &row.recorded) {
            (Verdict::Same, _) => format!("✓ {text}: {expected}"),
            (Verdict::Different, Some(got)) => format!(
                "✗ {text}: {}",
                tr_n(
                    "debrief-answer-different",
                    &[
                        (
                            "recorded",
                            answer_text(l10n, s, row.question, got, true).into()
                        ),
                        ("expected", expected.clone().into())
                    ]
                )
            ),
            (Verdict::NotReached, _) => format!(
                "– {text}: {}",
                tr_n(
                    "debrief-answer-not-reached",
                    &[("expected", expected.clone().into())]
                )
            ),
            _ => format!(
                "✗ {text}: {}",
                tr_n(
                    "debrief-answer-not-recorded",
                    &[("expected", expected.clone().into())]
                )
            ),
        };
        answers.push(line);
        if row.verdict != Verdict::Same
            && let Some(t) = r
                .scenario
                .replies
                .get(q.id.as_str())
                .and_then(|reply| reply.teach.as_ref())
        {
            answers.push(format!("    → {}", safe(&r.scenario.text(t, &wl))));
        }
    }
    out.push(Block {
        heading: l10n.tr("debrief-answers-heading"),
        lines: answers,
    });

    let times = d
        .section_seconds
        .iter()
        .map(|&(sec, secs)| {
            let title = safe(
                &p.file.sections[sec]
                    .title
                    .render(&wl, p.default_language(), None),
            );
            format!("{title}: {}:{:02}", secs / 60, secs % 60)
        })
        .collect();
    out.push(Block {
        heading: l10n.tr("debrief-time-heading"),
        lines: times,
    });

    let persona = &r.scenario.persona;
    out.push(Block {
        heading: l10n.tr("debrief-persona-heading"),
        lines: vec![
            safe(&r.scenario.text(&persona.name, &wl)),
            safe(&r.scenario.text(&persona.situation, &wl)),
            safe(&r.scenario.text(&persona.willing, &wl)),
            safe(&r.scenario.text(&persona.cues, &wl)),
            safe(&r.scenario.text(&persona.pressure, &wl)),
        ],
    });
    out
}

/// What was offered for each expected need, with the consent to share; offers beyond them.
fn referral_lines(
    l10n: &Localizer,
    r: &Rehearsal,
    d: &Debrief,
    need: &dyn Fn(usize) -> String,
) -> Vec<String> {
    let tr_n = |id: &str, pairs: &[(&str, FluentValue)]| {
        l10n.tr_args(id, &pairs.iter().cloned().collect())
    };
    let services = |offers: &[super::rehearsal::Offer]| {
        offers
            .iter()
            .map(|o| {
                tr_n(
                    "debrief-referral-service",
                    &[
                        ("service", safe(&o.service_name).into()),
                        ("consent", consent_word(o.consent).into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut lines = Vec::new();
    let stopped = r.screening().outcome_level() == crate::protocol::OutcomeLevel::NotScreened;
    if stopped && super::debrief::stop_expected(r) {
        lines.push(format!("✓ {}", l10n.tr("debrief-referrals-stopped")));
    } else if d.referrals.is_empty() && d.other_offers.is_empty() {
        lines.push(l10n.tr("debrief-referrals-none-expected"));
    }
    if r.offerable().is_none() && !d.referrals.is_empty() {
        lines.push(format!("✗ {}", l10n.tr("debrief-referrals-not-reached")));
    }
    for n in &d.referrals {
        let name = || need(n.need).into();
        lines.push(match n.referred {
            Referred::Offered => format!(
                "✓ {}",
                tr_n(
                    "debrief-referral-offered",
                    &[("need", name()), ("services", services(&n.offers).into())]
                )
            ),
            Referred::NotOffered => {
                format!(
                    "✗ {}",
                    tr_n("debrief-referral-not-offered", &[("need", name())])
                )
            }
            Referred::NotFound => {
                format!(
                    "✗ {}",
                    tr_n("debrief-referral-not-found", &[("need", name())])
                )
            }
            Referred::NothingLocal => format!(
                "– {}",
                tr_n("debrief-referral-nothing-local", &[("need", name())])
            ),
        });
    }
    if !d.other_offers.is_empty() {
        lines.push(tr_n(
            "debrief-referral-other",
            &[("services", services(&d.other_offers).into())],
        ));
    }
    lines
}

/// The consent to share, as a Fluent selector (`debrief-referral-service`).
fn consent_word(c: crate::referral::model::ShareConsent) -> &'static str {
    use crate::referral::model::ShareConsent;
    match c {
        ShareConsent::Yes => "yes",
        ShareConsent::Limited => "limited",
        ShareConsent::No => "no",
    }
}

/// The debrief as a Markdown file: a title, the fictional-data statement, then the blocks.
pub fn markdown(l10n: &Localizer, r: &Rehearsal, d: &Debrief) -> String {
    let wl = worker_language(l10n, r.protocol());
    let mut md = format!(
        "# {}: {}\n\n> {}\n\n",
        l10n.tr("debrief-title"),
        safe(&r.scenario.text(&r.scenario.scenario.title, &wl)),
        l10n.tr("debrief-fictional")
    );
    md.push_str(&format!("<!-- scenario: {} -->\n", r.scenario.id()));
    // For `lantern practice summary`: ids and numbers only, on one line.
    md.push_str(&format!(
        "<!-- {}{} -->\n\n",
        super::summary::MARKER,
        super::summary::Attempt::of(r, d).to_json()
    ));
    for b in blocks(l10n, r, d) {
        md.push_str(&format!("## {}\n\n", b.heading));
        for l in b.lines {
            md.push_str(&format!("- {}\n", l.trim_start()));
        }
        md.push('\n');
    }
    md
}

/// The name a kept debrief gets by default: `debrief-<scenario>-<YYYYMMDD-HHMM>.md`.
pub fn file_name(scenario: &str, at: chrono::DateTime<chrono::Utc>) -> String {
    format!("debrief-{scenario}-{}.md", at.format("%Y%m%d-%H%M"))
}
