//! `lantern practice`: rehearse a screening with a fictional person (docs/practice.md).
//! Nothing here can reach the vault: practice needs no keys and no passphrase, and writes
//! nothing but a debrief the trainee asks to keep.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use lantern::practice::plain::{Keep, PracticePlain};
use lantern::practice::{Playable, usable_files};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct PracticeArgs {
    /// Start with this scenario (its id) instead of choosing from the list
    #[arg(long, value_name = "ID")]
    scenario: Option<String>,
    /// Role-play: a partner plays the person from the printed card (`practice card ID`);
    /// lantern shows no replies
    #[arg(long)]
    role_play: bool,
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
    /// Sum up a class's kept debriefs (the Markdown files in DIR): scores per scenario and
    /// what was missed most
    Summary {
        /// The folder the trainees' debriefs were collected in
        dir: PathBuf,
    },
}

/// The scenarios that lint clean, each with its protocol; the others are named on stderr.
pub(super) fn scenarios(env: &Env) -> anyhow::Result<Vec<Playable>> {
    let (protocols, _) =
        lantern::protocol::load_sources(&lantern::shipped::protocol_files(&env.root));
    let protocols: Vec<_> = protocols.into_iter().map(Arc::new).collect();
    let (clean, linted) = usable_files(lantern::shipped::scenario_files(&env.root), &protocols);
    for l in linted
        .iter()
        .filter(|l| l.diagnostics.iter().any(|d| d.is_error()))
    {
        say_err!(
            "{}: skipped: it has errors (lantern lint {})",
            l.path.display(),
            l.path.display()
        );
    }
    if clean.is_empty() {
        anyhow::bail!(
            "no usable practice scenarios in {}",
            env.root.scenarios().map_or_else(
                || format!("{} screening/scenarios/", lantern::shipped::BUILT_IN),
                |d| d.display().to_string()
            )
        );
    }
    Ok(clean)
}

pub fn run(env: &Env, a: PracticeArgs) -> anyhow::Result<ExitCode> {
    let all = scenarios(env)?;
    let (catalog, _) = env.catalog();
    let langs = env.ui_languages();
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
        Some(PracticeCommand::Summary { dir }) => {
            summary(&l10n, &all, &dir)?;
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
    let tty = std::io::IsTerminal::is_terminal(&std::io::stdin())
        && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if tty && !env.plain {
        return screens(env, all, &langs, chosen, a.role_play);
    }
    // Loaded here, after the screens' return: they load their own.
    let directory = directory(env);
    let stdin = std::io::stdin();
    let mut front = PracticePlain {
        l10n: &l10n,
        catalog: &catalog,
        directory: &directory,
        settings: &settings,
        input: Box::new(stdin.lock()),
        out: Box::new(std::io::stdout()),
        clock: Arc::new(lantern::engine::SystemClock),
        role_play: a.role_play,
    };
    if let Some(Keep::Markdown(path, text)) = front.run(&all, chosen)? {
        write_debrief(&path, &text)?;
        say!("{}", l10n.tr("practice-kept"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Practice in the screens (a terminal): the picker, or `chosen` straight away.
pub(super) fn screens(
    env: &Env,
    all: Vec<Playable>,
    langs: &[String],
    chosen: Option<usize>,
    role_play: bool,
) -> anyhow::Result<ExitCode> {
    let settings = env.settings()?;
    let (catalog, _) = env.catalog();
    let l10n = catalog.localizer(langs);
    let theme = match env.theme.as_deref() {
        Some(t) => Some(lantern::tui::theme::ThemeName::parse(t).with_context(|| {
            format!("unknown theme `{t}` (default, high-contrast, monochrome)")
        })?),
        None => None,
    };
    let mut app = lantern::tui::practice::PracticeApp::new(lantern::tui::practice::PracticeSetup {
        catalog,
        languages: langs.to_vec(),
        theme: lantern::tui::theme::ThemeName::from_env(theme),
        settings,
        scenarios: all,
        directory: Arc::new(directory(env)),
        clock: Arc::new(lantern::engine::SystemClock),
    });
    if let Some(i) = chosen {
        app.start(i, role_play);
    }
    if let Some((name, text)) = lantern::tui::practice::run(&mut app)? {
        write_debrief(&PathBuf::from(&name), &text)?;
        say!(
            "{}",
            l10n.tr_args(
                "practice-kept-as",
                &lantern::present::args([("file", name.into())])
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The directory a worker would refer from (the installed one, else the shipped sample), read
/// only. A damaged installed directory falls back to the shipped one, as on a real screening.
fn directory(env: &Env) -> lantern::referral::Directory {
    super::directory::current(env)
        .unwrap_or_else(|_| lantern::shipped::sample_directory(&env.root).0)
}

/// The only file practice writes, and only when the trainee asks: never over another file.
fn write_debrief(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .with_context(|| format!("writing {}", path.display()))
}

fn summary(
    l10n: &lantern::i18n::Localizer,
    all: &[Playable],
    dir: &std::path::Path,
) -> anyhow::Result<()> {
    use lantern::practice::summary::{Attempt, summarize};
    use lantern::present::args;
    let mut attempts = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    for f in &files {
        // A debrief is a few KB; anything else in the folder is skipped.
        if let Ok(text) = std::fs::read_to_string(f)
            && let Some(a) = Attempt::read(&text)
        {
            attempts.push(a);
        }
    }
    let shown_dir = dir.display().to_string();
    if attempts.is_empty() {
        say!(
            "{}",
            l10n.tr_args("practice-summary-none", &args([("dir", shown_dir.into())]))
        );
        return Ok(());
    }
    say!(
        "{}",
        l10n.tr_args(
            "practice-summary-title",
            &args([("files", attempts.len().into()), ("dir", shown_dir.into())])
        )
    );
    let wl = l10n.language().to_string();
    for s in summarize(&attempts) {
        let found = all.iter().find(|(sc, _)| sc.id() == s.scenario);
        let title = found
            .map(|(sc, _)| sc.text(&sc.scenario.title, &wl))
            .unwrap_or_else(|| s.scenario.clone());
        say!();
        say!(
            "{}",
            l10n.tr_args(
                "practice-summary-scenario",
                &args([
                    ("title", title.into()),
                    ("attempts", s.attempts.into()),
                    ("mean", s.mean.into()),
                    ("lowest", s.lowest.into()),
                    ("highest", s.highest.into()),
                    ("max", s.max.into()),
                ])
            )
        );
        if s.missed.is_empty() {
            continue;
        }
        say!("{}", l10n.tr("practice-summary-missed-heading"));
        for (item, n) in s.missed.iter().take(10) {
            let label = match found {
                Some((_, p)) => item_label(l10n, p, item),
                None => item.clone(),
            };
            say!(
                "  {}",
                l10n.tr_args(
                    "practice-summary-missed",
                    &args([
                        ("item", label.into()),
                        ("count", (*n).into()),
                        ("attempts", s.attempts.into())
                    ])
                )
            );
        }
    }
    Ok(())
}

/// What a missed item (`kind:id`) means, in the trainer's language.
fn item_label(
    l10n: &lantern::i18n::Localizer,
    p: &lantern::protocol::Protocol,
    item: &str,
) -> String {
    use lantern::present::args;
    let wl = lantern::present::worker_language(l10n, p);
    let dl = p.default_language();
    let question = |id: &str| {
        p.question_index(id)
            .map(|i| p.question(i).text.render(&wl, dl, None))
            .unwrap_or_else(|| id.to_string())
    };
    let urgent = |id: &str| {
        p.file
            .urgent
            .iter()
            .find(|u| u.id.as_str() == id)
            .map(|u| u.label.render(&wl, dl, None))
            .unwrap_or_else(|| id.to_string())
    };
    match item.split_once(':') {
        Some(("indicator", id)) => p
            .file
            .indicators
            .iter()
            .find(|x| x.id.as_str() == id)
            .map(|x| x.label.render(&wl, dl, None))
            .unwrap_or_else(|| id.to_string()),
        Some(("urgent", id)) => urgent(id),
        Some(("urgent-steps", id)) => l10n.tr_args(
            "debrief-urgent-not-acted",
            &args([("flag", urgent(id).into())]),
        ),
        Some(("pressured", id)) => l10n.tr_args(
            "debrief-pressured",
            &args([("question", question(id).into())]),
        ),
        Some(("answer", id)) => question(id),
        Some(("referral", id)) => l10n.tr_args(
            "debrief-referral-missed",
            &args([(
                "need",
                p.file
                    .needs
                    .iter()
                    .find(|n| n.id.as_str() == id)
                    .map(|n| n.label.render(&wl, dl, None))
                    .unwrap_or_else(|| id.to_string())
                    .into(),
            )]),
        ),
        None if item == "consent" => l10n.tr("debrief-score-consent"),
        None if item == "checks" => l10n.tr("debrief-score-checks"),
        None if item == "outcome" => l10n.tr("debrief-score-outcome"),
        _ => item.to_string(),
    }
}
