//! `lantern protocols`, `lantern schema`, and finding a protocol by id or path.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use lantern::protocol::{Protocol, load_file, protocol_schema};
use lantern::sanitize::terminal_safe;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct ProtocolsArgs {
    /// Print as JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Which format
    #[arg(value_enum, default_value = "protocol")]
    format: SchemaFormat,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SchemaFormat {
    Protocol,
    Settings,
    /// Practice scenarios (screening/scenarios/)
    Scenario,
}

pub fn schema(args: SchemaArgs) -> anyhow::Result<ExitCode> {
    let value = match args.format {
        SchemaFormat::Protocol => protocol_schema(),
        SchemaFormat::Settings => lantern::config::settings_schema(),
        SchemaFormat::Scenario => lantern::practice::scenario::json_schema(),
    };
    say_json!(value);
    Ok(ExitCode::SUCCESS)
}

/// A protocol named by path, or by id among screening/*.toml.
pub fn resolve(env: &Env, arg: &str) -> anyhow::Result<Protocol> {
    let as_path = Path::new(arg);
    let (protocol, warnings) = if as_path.is_file() {
        load_file(as_path).with_context(|| format!("loading {}", as_path.display()))?
    } else {
        let found = lantern::shipped::protocol_files(&env.root)
            .into_iter()
            .flatten()
            .filter_map(|f| lantern::protocol::load_source(&f).ok())
            .find(|(p, _)| p.id() == arg);
        match found {
            Some(p) => p,
            None => bail!(
                "no protocol `{arg}`: give a file path or one of the ids `lantern protocols` lists (looked in {})",
                env.protocols_from()
            ),
        }
    };
    for w in warnings {
        say_err!("{w}");
    }
    Ok(protocol)
}

pub fn run(env: &Env, args: ProtocolsArgs) -> anyhow::Result<ExitCode> {
    let mut rows = Vec::new();
    let mut failed = 0;
    for file in lantern::shipped::protocol_files(&env.root) {
        match file.map(|f| lantern::protocol::load_source(&f)) {
            Ok(Ok((p, _))) => rows.push(p),
            Ok(Err(e)) => {
                failed += 1;
                say_err!("{e}");
            }
            Err(d) => {
                failed += 1;
                say_err!("{d}");
            }
        }
    }
    if args.json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|p| {
                let h = &p.file.protocol;
                serde_json::json!({
                    "id": p.id(),
                    "version": p.version(),
                    "title": h.title.render("en", p.default_language(), None),
                    "languages": p.languages().collect::<Vec<_>>(),
                    "audience": h.audience,
                    "trafficking_types": h.trafficking_types,
                    "estimated_minutes": h.estimated_minutes,
                    "questions": p.question_count(),
                    "validated": h.provenance.validated.value,
                    "path": p.path,
                })
            })
            .collect();
        say_json!(&list);
    } else {
        if rows.is_empty() {
            say!("no protocols in {}", env.protocols_from());
        }
        for p in &rows {
            let h = &p.file.protocol;
            say!(
                "{:<22} {}  [{}]  {} questions, ~{} min, audience {}, {}",
                p.id(),
                terminal_safe(&h.title.render("en", p.default_language(), None)),
                p.languages().collect::<Vec<_>>().join(", "),
                p.question_count(),
                h.estimated_minutes,
                h.audience.as_str(),
                if h.provenance.validated.value {
                    "states it is validated"
                } else {
                    "not a validated instrument"
                }
            );
        }
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
