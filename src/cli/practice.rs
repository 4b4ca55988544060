//! `lantern practice`: rehearse a screening with a fictional person (docs/practice.md).
//! Nothing here can reach the vault: practice needs no keys and no passphrase, and writes
//! nothing but a debrief the trainee asks to keep.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use lantern::i18n::{Catalog, system_locale};
use lantern::practice::plain::{Keep, PracticePlain};
use lantern::practice::{Scenario, lint_files, load_protocols};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct PracticeArgs {
    /// Start with this scenario (its id) instead of choosing from the list
    #[arg(long, value_name = "ID")]
    scenario: Option<String>,
    #[command(subcommand)]
    command: Option<PracticeCommand>,
}

#[derive(Debug, clap::Subcommand)]
enum PracticeCommand {
    /// List the scenarios in screening/scenarios/
    List,
    /// Print a scenario's persona card, for the partner who plays the person in role-play
    Card {
        /// The scenario's id
        id: String,
    },
}

/// The scenarios that lint clean, each with its protocol; the others are named on stderr.
fn scenarios(env: &Env) -> anyhow::Result<Vec<(Arc<Scenario>, Arc<lantern::protocol::Protocol>)>> {
    let dir = env.root.screening().join("scenarios");
    let protocols = load_protocols(&env.root.screening());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for linted in lint_files(&paths, &protocols) {
        if linted.diagnostics.iter().any(|d| d.is_error()) {
            say_err!(
                "{}: skipped: it has errors (lantern lint {})",
                linted.path.display(),
                linted.path.display()
            );
            continue;
        }
        let file = lantern::protocol::load::read_source(&linted.path)
            .map_err(|d| anyhow::anyhow!("{d}"))?;
        let Ok(s) = Scenario::parse(&file) else {
            continue;
        };
        if let Some(p) = protocols
            .iter()
            .find(|p| p.id() == s.scenario.protocol.as_str())
        {
            out.push((Arc::new(s), Arc::clone(p)));
        }
    }
    if out.is_empty() {
        anyhow::bail!("no usable practice scenarios in {}", dir.display());
    }
    Ok(out)
}

pub fn run(env: &Env, a: PracticeArgs) -> anyhow::Result<ExitCode> {
    let all = scenarios(env)?;
    let (catalog, _) = Catalog::load(&env.root.locales());
    let mut langs: Vec<String> = Vec::new();
    langs.extend(env.lang.clone());
    langs.extend(system_locale());
    let l10n = catalog.localizer(&langs);
    let wl = l10n.language().to_string();
    match a.command {
        Some(PracticeCommand::List) => {
            for (s, p) in &all {
                say!(
                    "{}  {}  ({}, {})",
                    s.id(),
                    s.text(&s.scenario.title, &wl),
                    p.id(),
                    s.scenario.languages.join("/")
                );
            }
            return Ok(ExitCode::SUCCESS);
        }
        Some(PracticeCommand::Card { id }) => {
            let Some((s, _)) = all.iter().find(|(s, _)| s.id() == id) else {
                anyhow::bail!("no scenario `{id}` (lantern practice list)");
            };
            let p = &s.persona;
            say!("{}", l10n.tr("practice-card-title"));
            say!("{}", s.text(&s.scenario.title, &wl));
            say!();
            for t in [&p.name, &p.situation, &p.willing, &p.cues, &p.pressure] {
                say!("{}", s.text(t, &wl));
                say!();
            }
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    let chosen = match &a.scenario {
        Some(id) => Some(
            all.iter()
                .position(|(s, _)| s.id() == id)
                .with_context(|| format!("no scenario `{id}` (lantern practice list)"))?,
        ),
        None => None,
    };
    let settings = env.settings()?;
    let stdin = std::io::stdin();
    let mut front = PracticePlain {
        l10n: &l10n,
        settings: &settings,
        input: Box::new(stdin.lock()),
        out: Box::new(std::io::stdout()),
        clock: Arc::new(lantern::engine::SystemClock),
    };
    if let Some(Keep::Markdown(path, text)) = front.run(&all, chosen)? {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        use std::io::Write;
        o.open(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .with_context(|| format!("writing {}", path.display()))?;
        say!("{}", l10n.tr("practice-kept"));
    }
    Ok(ExitCode::SUCCESS)
}
