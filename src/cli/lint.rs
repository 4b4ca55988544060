//! `lantern lint [PATH...]`

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lantern::diagnostic::{Diagnostic, Severity};
use lantern::protocol::lint::{self, Coverage};
use lantern::protocol::load::read_source;
use lantern::protocol::load_str;

use super::Env;

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Protocol files or folders [default: screening/]
    paths: Vec<PathBuf>,
    /// Also scan this folder for private keys [default: keys/ when no paths are given]
    #[arg(long, value_name = "DIR")]
    keys: Option<PathBuf>,
    /// Print the findings as JSON
    #[arg(long)]
    json: bool,
}

pub fn run(env: &Env, args: LintArgs) -> anyhow::Result<ExitCode> {
    let (paths, keys) = if args.paths.is_empty() {
        let Some(screening) = env.root.screening() else {
            anyhow::bail!(
                "no screening/ folder with protocols in the organization's folder ({}): the built-in protocols are checked by lantern's own tests; name files or folders to lint",
                env.root
                    .org
                    .as_ref()
                    .map_or("none found".to_string(), |o| o.display().to_string())
            );
        };
        (
            vec![screening],
            Some(args.keys.unwrap_or_else(|| env.root.keys())),
        )
    } else {
        (args.paths, args.keys)
    };
    let mut report = lint_paths(&paths, keys.as_deref());
    // Scenarios are checked against the protocols they name: the root's, and any linted here.
    if !report.scenario_paths.is_empty() {
        let (protocols, _) =
            lantern::protocol::load_sources(&lantern::shipped::protocol_files(&env.root));
        let mut protocols: Vec<_> = protocols.into_iter().map(std::sync::Arc::new).collect();
        for f in &report.files {
            if let Ok((p, _)) = lantern::protocol::load_file(&f.path)
                && !protocols.iter().any(|q| q.id() == p.id())
            {
                protocols.push(std::sync::Arc::new(p));
            }
        }
        report.scenarios = lantern::practice::lint_files(&report.scenario_paths, &protocols);
    }
    if report.files.is_empty() && report.scenarios.is_empty() {
        anyhow::bail!(
            "no protocol files (*.toml) found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_human(&report, &mut out)?;
    }
    Ok(if report.errors() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What linting a set of files found.
#[derive(Debug, Default, serde::Serialize)]
pub struct LintReport {
    pub files: Vec<FileReport>,
    pub keys: Vec<Diagnostic>,
    /// Practice scenarios (`screening/scenarios/`, docs/scenario-format.md).
    pub scenarios: Vec<lantern::practice::Linted>,
    #[serde(skip)]
    pub scenario_paths: Vec<PathBuf>,
}

#[derive(Debug, serde::Serialize)]
pub struct FileReport {
    pub path: PathBuf,
    pub protocol: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
}

impl LintReport {
    pub fn errors(&self) -> usize {
        self.all().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.all()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    fn all(&self) -> impl Iterator<Item = &Diagnostic> {
        self.files
            .iter()
            .flat_map(|f| f.diagnostics.iter())
            .chain(self.keys.iter())
            .chain(self.scenarios.iter().flat_map(|s| s.diagnostics.iter()))
    }
}

/// Lints protocol files (folders are searched for `*.toml`; files under a `scenarios/`
/// folder are practice scenarios, listed for the caller to check against the protocols) and,
/// when given, scans a keys folder for private keys.
pub fn lint_paths(paths: &[PathBuf], keys_dir: Option<&Path>) -> LintReport {
    let mut files = Vec::new();
    let mut scenarios = Vec::new();
    for p in paths {
        collect(p, &mut files, &mut scenarios);
    }
    let mut report = LintReport {
        scenario_paths: scenarios,
        ..LintReport::default()
    };
    for path in files {
        report.files.push(lint_file(&path));
    }
    if let Some(k) = keys_dir {
        report.keys = lint::check_keys_dir(k);
    }
    report
}

pub fn lint_file(path: &Path) -> FileReport {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(d) => {
            return FileReport {
                path: path.to_path_buf(),
                protocol: None,
                diagnostics: vec![*d],
                coverage: Vec::new(),
            };
        }
    };
    let (protocol, mut diagnostics) = load_str(&source);
    let mut coverage = Vec::new();
    let mut id = None;
    if let Some(p) = &protocol {
        diagnostics.extend(lint::check(p, &source));
        coverage = lint::coverage(p);
        id = Some(p.id().to_string());
    }
    FileReport {
        path: path.to_path_buf(),
        protocol: id,
        diagnostics,
        coverage,
    }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>, scenarios: &mut Vec<PathBuf>) {
    // Practice scenarios live under a `scenarios/` folder and have their own format; a file
    // elsewhere is one when it has a `[scenario]` table.
    let in_scenarios = |p: &Path| {
        p.parent()
            .and_then(|d| d.file_name())
            .is_some_and(|n| n == "scenarios")
            || std::fs::read_to_string(p).is_ok_and(|t| t.lines().any(|l| l.trim() == "[scenario]"))
    };
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "toml") {
                collect(&e, out, scenarios);
            }
        }
    } else if in_scenarios(path) {
        scenarios.push(path.to_path_buf());
    } else {
        out.push(path.to_path_buf());
    }
}

pub fn print_human(report: &LintReport, w: &mut impl Write) -> std::io::Result<()> {
    for f in &report.files {
        for d in &f.diagnostics {
            writeln!(w, "{d}")?;
        }
    }
    for d in &report.keys {
        writeln!(w, "{d}")?;
    }
    for s in &report.scenarios {
        for d in &s.diagnostics {
            writeln!(w, "{d}")?;
        }
    }
    for f in &report.files {
        let Some(id) = &f.protocol else { continue };
        let cov: Vec<String> = f
            .coverage
            .iter()
            .map(|c| {
                let pct = (c.translated * 100).checked_div(c.total).unwrap_or(100);
                format!("{} {pct}% ({}/{})", c.language, c.translated, c.total)
            })
            .collect();
        // The id and language tags are the file's own words: neutralized like the rest.
        writeln!(
            w,
            "{}",
            lantern::sanitize::terminal_safe(&format!(
                "{}: protocol `{id}`; translations: {}",
                f.path.display(),
                cov.join(", ")
            ))
        )?;
    }
    for s in &report.scenarios {
        if let Some(id) = &s.scenario {
            writeln!(
                w,
                "{}",
                lantern::sanitize::terminal_safe(&format!(
                    "{}: practice scenario `{id}`",
                    s.path.display()
                ))
            )?;
        }
    }
    writeln!(
        w,
        "{} file(s) checked: {} error(s), {} warning(s)",
        report.files.len() + report.scenarios.len(),
        report.errors(),
        report.warnings()
    )
}
