//! `lantern protocols`, `lantern schema`, and finding a protocol by id or path.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use lantern::protocol::{Protocol, load_file, protocol_files, protocol_schema};
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
    let path = if as_path.is_file() {
        as_path.to_path_buf()
    } else {
        let dir = env.root.screening();
        let by_name = dir.join(format!("{arg}.toml"));
        if by_name.is_file() {
            by_name
        } else {
            let found = protocol_files(&dir)
                .into_iter()
                .find(|p| load_file(p).is_ok_and(|(proto, _)| proto.id() == arg));
            match found {
                Some(p) => p,
                None => bail!(
                    "no protocol `{arg}`: give a file path or one of the ids `lantern protocols` lists (looked in {})",
                    dir.display()
                ),
            }
        }
    };
    let (protocol, warnings) =
        load_file(&path).with_context(|| format!("loading {}", path.display()))?;
    for w in warnings {
        say_err!("{w}");
    }
    Ok(protocol)
}

pub fn run(env: &Env, args: ProtocolsArgs) -> anyhow::Result<ExitCode> {
    let dir = env.root.screening();
    let mut rows = Vec::new();
    let mut failed = 0;
    for path in protocol_files(&dir) {
        match load_file(&path) {
            Ok((p, _)) => rows.push(p),
            Err(e) => {
                failed += 1;
                say_err!("{e}");
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
            say!("no protocols in {}", dir.display());
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
