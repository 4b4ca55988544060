//! `lantern simulate PROTOCOL --answers FILE [--lang L] [--json]`: nothing is written.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use lantern::config::Settings;
use lantern::engine::script::{AnswerScript, SimulationReport, run as run_script};
use lantern::engine::{Answer, ManualClock};
use lantern::protocol::load::read_source;
use lantern::sanitize::terminal_safe;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct SimulateArgs {
    /// Protocol id (from screening/) or path to a protocol file
    protocol: String,
    /// Scripted answers (TOML; see docs/simulate.md)
    #[arg(long, value_name = "FILE")]
    answers: PathBuf,
    /// Interview language [default: the protocol's default language]
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
}

pub fn run(env: &Env, args: SimulateArgs) -> anyhow::Result<ExitCode> {
    let protocol = Arc::new(super::protocols::resolve(env, &args.protocol)?);
    let settings = env.settings()?;
    let lang = args
        .lang
        .unwrap_or_else(|| protocol.default_language().to_string());
    if !protocol.has_language(&lang) {
        anyhow::bail!(
            "`{}` has no `{lang}` text; it is written in {}",
            protocol.id(),
            protocol.languages().collect::<Vec<_>>().join(", ")
        );
    }
    let file = match read_source(&args.answers) {
        Ok(f) => f,
        Err(d) => {
            say_err!("{d}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let script = match AnswerScript::parse(&file) {
        Ok(s) => s,
        Err(diags) => {
            for d in diags {
                say_err!("{d}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    // A fixed clock: a simulation's output is the same on every run.
    let clock = Arc::new(ManualClock::new(chrono::DateTime::UNIX_EPOCH));
    let (report, warnings) = match run_script(protocol, &lang, &script, &file, clock) {
        Ok(r) => r,
        Err(diags) => {
            for d in diags {
                say_err!("{d}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    for w in &warnings {
        say_err!("{w}");
    }
    let notice = report.mandatory_reporting_notice.then(|| {
        Settings::pick(&settings.file.jurisdiction.minor_reporting_notice, &lang).to_string()
    });
    let org_steps: Vec<String> = if report.urgent.is_empty() {
        Vec::new()
    } else {
        settings
            .file
            .response_steps
            .iter()
            .map(|s| Settings::pick(s, &report.language).to_string())
            .collect()
    };
    if args.json {
        let mut v = serde_json::to_value(&report)?;
        v["mandatory_reporting_notice_text"] = serde_json::json!(notice);
        v["organization_response_steps"] = serde_json::json!(org_steps);
        say_json!(&v);
    } else {
        print_human(&report, notice.as_deref(), &org_steps);
    }
    if let Some(expect) = &script.expect {
        let misses = expect.mismatches(&report);
        if !misses.is_empty() {
            for m in &misses {
                say_err!("{}: expectation not met: {m}", args.answers.display());
            }
            return Ok(ExitCode::FAILURE);
        }
        say_err!("{}: all expectations met", args.answers.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn answer_text(a: Option<&Answer>) -> String {
    match a {
        None => "(no answer)".to_string(),
        Some(Answer::Yes) => "yes".into(),
        Some(Answer::No) => "no".into(),
        Some(Answer::Choice(c)) => c.clone(),
        Some(Answer::Choices(cs)) if cs.is_empty() => "(none of these)".into(),
        Some(Answer::Choices(cs)) => cs.join(", "),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Date(d)) => d.to_string(),
        Some(Answer::Text(t)) => format!("\"{t}\""),
        Some(Answer::Declined) => "DECLINED".into(),
        Some(Answer::DontKnow) => "DON'T KNOW".into(),
        Some(Answer::NotAsked) => "NOT ASKED".into(),
    }
}

fn print_human(r: &SimulationReport, notice: Option<&str>, org_steps: &[String]) {
    let t = |s: &str| terminal_safe(s);
    say!(
        "protocol {} {} (sha256 {}), interview language {}",
        r.protocol,
        r.version,
        &r.sha256[..12.min(r.sha256.len())],
        r.language
    );
    say!("consent script: acknowledged");
    if let Some(n) = notice {
        say!(
            "mandatory-reporting notice read before any question:\n  {}",
            t(n)
        );
    }
    say!("path ({} steps):", r.path.len());
    for (n, step) in r.path.iter().enumerate() {
        let a = if step.kind.takes_answer() {
            answer_text(step.answer.as_ref())
        } else {
            "(note)".into()
        };
        say!(
            "  {:>3}. [{}] {} = {}  ({})",
            n + 1,
            step.section,
            step.question,
            t(&a),
            step.language
        );
    }
    if !r.hidden.is_empty() {
        say!("not shown on this path: {}", r.hidden.join(", "));
    }
    if !r.unanswered.is_empty() {
        say!("left unanswered: {}", r.unanswered.join(", "));
    }
    say!("indicators ({}):", r.indicators.len());
    for i in &r.indicators {
        say!("  - {}: {}", i.id, t(&i.label));
    }
    say!("needs ({}):", r.needs.len());
    for n in &r.needs {
        say!("  - {} [{}]: {}", n.id, n.category.as_str(), t(&n.label));
    }
    say!("urgent flags ({}):", r.urgent.len());
    for u in &r.urgent {
        say!("  - {}: {}", u.id, t(&u.label));
        for s in &u.steps {
            say!("      * {}", t(s));
        }
    }
    if !org_steps.is_empty() {
        say!("organization response steps:");
        for s in org_steps {
            say!("      * {}", t(s));
        }
    }
    say!("outcome: {}: {}", r.outcome.as_str(), t(&r.outcome_text));
}
