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
    #[command(subcommand)]
    action: Option<ProtocolsAction>,
}

#[derive(Debug, clap::Subcommand)]
enum ProtocolsAction {
    /// What changed between two versions of a protocol, and which answers a draft carried
    /// over to the new one would leave behind (e.g. `git show v1:screening/youth.toml >
    /// old.toml`, then `lantern protocols diff old.toml screening/youth.toml`)
    Diff {
        /// The earlier version: a file, or the id of a protocol in use
        old: String,
        /// The later version: a file, or the id of a protocol in use
        new: String,
    },
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

/// A protocol to compare: parsed but not linted (a version being written, or one a newer
/// lantern's rules would refuse, can still be compared).
fn for_diff(env: &Env, arg: &str) -> anyhow::Result<Protocol> {
    let path = Path::new(arg);
    if !path.is_file() {
        return resolve(env, arg);
    }
    let file = lantern::protocol::load::read_source(path).map_err(|d| anyhow::anyhow!("{d}"))?;
    let (protocol, diags) = lantern::protocol::load_str(&file);
    match protocol {
        Some(p) => Ok(p),
        None => {
            for d in diags {
                say_err!("{d}");
            }
            bail!("{} is not a protocol lantern can read", path.display())
        }
    }
}

fn diff(env: &Env, old: &str, new: &str) -> anyhow::Result<ExitCode> {
    let (a, b) = (for_diff(env, old)?, for_diff(env, new)?);
    if a.id() != b.id() {
        say!(
            "note: these are two different protocols (`{}` and `{}`); compared by question id all the same",
            a.id(),
            b.id()
        );
    }
    let (changes, left_behind) = lantern::protocol::diff::diff(&a, &b);
    say!("{} {} -> {} {}", a.id(), a.version(), b.id(), b.version());
    if changes.is_empty() {
        say!("no differences");
        return Ok(ExitCode::SUCCESS);
    }
    for c in &changes {
        say!("{c}");
    }
    say!("{} change(s)", changes.len());
    if a.sha256 != b.sha256 && a.version() == b.version() {
        say!(
            "warning: the files differ but both say version {}: give the new one its own version, so records tell them apart",
            b.version()
        );
    }
    if left_behind.is_empty() {
        say!("a draft carried over to the new version keeps all its answers");
    } else {
        let ids: Vec<String> = left_behind.iter().map(|q| format!("`{q}`")).collect();
        say!(
            "a draft carried over to the new version may leave behind the answers to: {}",
            ids.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(env: &Env, args: ProtocolsArgs) -> anyhow::Result<ExitCode> {
    if let Some(ProtocolsAction::Diff { old, new }) = &args.action {
        return diff(env, old, new);
    }
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
                    "translations": p.languages().map(|l| {
                        let t = h.translations.get(l);
                        (l.to_string(), serde_json::json!({
                            "status": if l == p.default_language() { "source" } else if p.translation_is_draft(l) { "draft" } else { "reviewed" },
                            "reviewed_by": t.and_then(|t| t.reviewed_by.clone()),
                            "reviewed_on": t.and_then(|t| t.reviewed_on.clone()),
                        }))
                    }).collect::<serde_json::Map<_, _>>(),
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
                p.languages()
                    .map(|l| if p.translation_is_draft(l) {
                        format!("{l} (draft)")
                    } else {
                        l.to_string()
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
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
