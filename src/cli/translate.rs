//! `lantern translate export|import|status`: the translator round trip (lantern::translate,
//! docs/translating.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use lantern::diagnostic::SourceFile;
use lantern::translate::{self, KIND_PROTOCOL, KIND_UI, Sources, po, status};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct TranslateArgs {
    #[command(subcommand)]
    action: TranslateAction,
}

#[derive(Debug, clap::Subcommand)]
enum TranslateAction {
    /// Write a gettext PO file of a protocol's texts or of the screens' messages in a
    /// language, with the source text, what each text is for and the current translation
    Export {
        /// The language to translate into (e.g. vi, pt-BR, ht)
        #[arg(long)]
        lang: String,
        /// A protocol id, a protocol file, or `ui` for the screens; none: every protocol in
        /// use and the screens, one PO file each
        target: Option<String>,
        /// Where to write: a file (`-` for standard output) with a target, else a folder
        /// [default: NAME.LANG.po in the current folder]
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Merge translated PO files back into the protocol or the catalog they came from,
    /// keeping the file's formatting; entries whose source changed are refused
    Import {
        /// PO files written by `lantern translate export` and translated
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Check and report, write nothing
        #[arg(long)]
        check: bool,
        /// The protocol file to merge into [default: the protocol of that id in screening/]
        #[arg(long)]
        into: Option<PathBuf>,
    },
    /// Per file and language: translated, stale (source changed since), missing, reviewed
    Status {
        /// Print as JSON
        #[arg(long)]
        json: bool,
    },
}

pub fn run(env: &Env, args: TranslateArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        TranslateAction::Export {
            lang,
            target,
            output,
        } => export(env, &lang, target.as_deref(), output.as_deref()),
        TranslateAction::Import { files, check, into } => {
            let mut failed = false;
            for f in &files {
                failed |= !import(env, f, check, into.as_deref())?;
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        TranslateAction::Status { json } => status_cmd(env, json),
    }
}

/// A protocol in use: (file name, how it is shown, its text).
fn protocols(env: &Env) -> Vec<(String, String, String)> {
    lantern::shipped::protocol_files(&env.root)
        .into_iter()
        .flatten()
        .map(|f| {
            let name = f
                .path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            (name, f.path.display().to_string(), f.text)
        })
        .collect()
}

fn protocol_id(text: &str) -> Option<String> {
    let doc = toml_edit::Document::parse(text).ok()?;
    doc.get("protocol")?.get("id")?.as_str().map(String::from)
}

fn lock(text: Option<String>) -> anyhow::Result<Sources> {
    match text {
        Some(t) => Sources::parse(&t).map_err(|e| anyhow::anyhow!("translations.lock: {e}")),
        None => Ok(Sources::default()),
    }
}

/// The English catalog among the catalogs in use (lantern always has one: it is built in).
fn english_of(catalogs: &[(String, SourceFile)]) -> anyhow::Result<&SourceFile> {
    catalogs
        .iter()
        .find(|(t, _)| t == "en")
        .map(|(_, f)| f)
        .context("the English catalog is missing")
}

fn check_lang(lang: &str) -> anyhow::Result<String> {
    lang.parse::<lantern::i18n::LangTag>()
        .map(|t| t.as_str().to_string())
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn export(
    env: &Env,
    lang: &str,
    target: Option<&str>,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let lang = check_lang(lang)?;
    let mut files: Vec<(String, po::Catalog)> = Vec::new();
    let want_ui = matches!(target, None | Some("ui"));
    if target != Some("ui") {
        let locks = lock(lantern::shipped::protocols_lock(&env.root))?;
        let mut found = false;
        for (name, display, text) in protocols(env) {
            if let Some(t) = target
                && protocol_id(&text).as_deref() != Some(t)
            {
                continue;
            }
            found = true;
            let cat = translate::export_protocol(&text, &name, &display, &lang, &locks)?;
            let stem = name.trim_end_matches(".toml").to_string();
            files.push((format!("{stem}.{lang}.po"), cat));
        }
        if let Some(t) = target.filter(|_| !found) {
            let path = Path::new(t);
            if !path.is_file() {
                bail!(
                    "no protocol `{t}`: give `ui`, a protocol file, or one of the ids `lantern protocols` lists (looked in {})",
                    env.protocols_from()
                );
            }
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let locks = path
                .parent()
                .map(Sources::read)
                .transpose()?
                .unwrap_or_default();
            let cat = translate::export_protocol(
                &text,
                &name,
                &path.display().to_string(),
                &lang,
                &locks,
            )?;
            files.push((format!("{}.{lang}.po", name.trim_end_matches(".toml")), cat));
        }
    }
    if want_ui {
        let catalogs = lantern::shipped::catalog_files(&env.root);
        let english = english_of(&catalogs)?;
        let mine = catalogs
            .iter()
            .find(|(t, _)| *t == lang)
            .map(|(_, f)| f.text.as_str());
        let locks = lock(lantern::shipped::catalogs_lock(&env.root))?;
        let cat = translate::export_catalog(
            &english.text,
            &english.path.display().to_string(),
            mine,
            &lang,
            &locks,
        );
        files.push((format!("ui.{lang}.po"), cat));
    }
    let single = target.is_some();
    if let Some(o) = output.filter(|_| !single)
        && (o == Path::new("-") || !o.is_dir())
    {
        bail!(
            "{} is not a folder: without a target (a protocol or `ui`) every file is written, one each, into a folder",
            o.display()
        );
    }
    for (name, cat) in &files {
        let text = cat.to_po();
        let dest = match output {
            Some(p) if single && p == Path::new("-") => {
                print!("{text}");
                continue;
            }
            Some(p) if single && !p.is_dir() => p.to_path_buf(),
            Some(dir) => dir.join(name),
            None => PathBuf::from(name),
        };
        std::fs::write(&dest, text).with_context(|| format!("writing {}", dest.display()))?;
        let todo = cat
            .entries
            .iter()
            .filter(|e| e.translation.is_empty())
            .count();
        let fuzzy = cat.entries.iter().filter(|e| e.is_fuzzy()).count();
        say_err!(
            "wrote {} ({} texts: {} to translate, {} to check)",
            dest.display(),
            cat.entries.len(),
            todo,
            fuzzy
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Imports one PO file; false when something was refused.
fn import(env: &Env, file: &Path, check: bool, into: Option<&Path>) -> anyhow::Result<bool> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let cat = match po::parse(&text) {
        Ok(c) => c,
        Err(e) => {
            say_err!(
                "{}:{}:{}: error[{}]: {}",
                file.display(),
                e.line,
                e.column,
                translate::PO_SYNTAX.code,
                e.message
            );
            return Ok(false);
        }
    };
    let header_error = |what: &str| -> anyhow::Result<bool> {
        say_err!(
            "{}:1:1: error[{}]: {what}",
            file.display(),
            translate::PO_HEADER.code
        );
        Ok(false)
    };
    let Some(lang) = cat.header_field("Language").filter(|l| !l.is_empty()) else {
        return header_error("the header has no `Language`: which language is this?");
    };
    let lang = check_lang(lang)?;
    let name = cat.header_field("X-Lantern-Name").unwrap_or("").to_string();
    let outcome;
    let written: PathBuf;
    match cat.header_field("X-Lantern-Kind") {
        Some(KIND_PROTOCOL) => {
            let target = match into {
                Some(p) => p.to_path_buf(),
                None => find_protocol_file(env, &name)?,
            };
            let current = std::fs::read_to_string(&target)
                .with_context(|| format!("reading {}", target.display()))?;
            if protocol_id(&current).as_deref() != Some(name.as_str()) {
                return header_error(&format!(
                    "this file translates the protocol `{name}`, and {} is another",
                    target.display()
                ));
            }
            let dir = target.parent().unwrap_or(Path::new(".")).to_path_buf();
            let mut locks = Sources::read(&dir)?;
            let key = target
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            outcome =
                translate::import_protocol(&cat, file, &current, &target, &key, &lang, &mut locks);
            if !check && !outcome.blocked {
                if let Some(t) = &outcome.new_text {
                    write_file(&target, t)?;
                }
                locks.write(&dir)?;
            }
            written = target;
        }
        Some(KIND_UI) => {
            let locales = env.root.org.as_ref().map(|o| o.join("locales")).context(
                "no organization's folder here to import into: `lantern org init DIR` starts one, or run this inside it",
            )?;
            let catalogs = lantern::shipped::catalog_files(&env.root);
            let english = english_of(&catalogs)?.text.clone();
            let others: Vec<&str> = catalogs
                .iter()
                .filter(|(t, _)| *t != lang)
                .map(|(_, f)| f.text.as_str())
                .collect();
            let current: Option<&SourceFile> =
                catalogs.iter().find(|(t, _)| *t == lang).map(|(_, f)| f);
            let mut locks = Sources::read(&locales)?;
            outcome = translate::import_catalog(
                &cat,
                file,
                &english,
                current.map(|f| f.text.as_str()),
                &lang,
                &others,
                &mut locks,
            );
            let target = locales.join(&lang).join(translate::CATALOG_FILE);
            if !check && !outcome.blocked {
                if let Some(t) = &outcome.new_text {
                    std::fs::create_dir_all(locales.join(&lang))
                        .with_context(|| format!("creating {}", locales.join(&lang).display()))?;
                    write_file(&target, t)?;
                }
                locks.write(&locales)?;
            }
            written = target;
        }
        _ => {
            return header_error(
                "not a file written by `lantern translate export` (its header has no `X-Lantern-Kind`)",
            );
        }
    }
    for d in &outcome.diagnostics {
        say_err!("{d}");
    }
    let verb = if check { "would change" } else { "changed" };
    let changed = if outcome.blocked { 0 } else { outcome.changed };
    say!(
        "{}: {verb} {changed} text(s) in {}; {} unchanged, {} untranslated, {} fuzzy (left out), {} refused",
        file.display(),
        written.display(),
        outcome.unchanged,
        outcome.untranslated,
        outcome.fuzzy,
        outcome.refused
    );
    if outcome.undeclared && outcome.new_text.is_some() {
        say!(
            "note: `{lang}` is not in the protocol's `languages` yet: add it there once every text is translated (`lantern translate status` counts them; until then lint warns, P016)"
        );
    }
    Ok(outcome.refused == 0)
}

fn write_file(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .context("no file name")?;
    lantern::fsio::write_atomic_public(dir, &name, text.as_bytes(), lantern::fsio::Mode::Replace)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn find_protocol_file(env: &Env, id: &str) -> anyhow::Result<PathBuf> {
    let Some(dir) = env.root.screening() else {
        bail!(
            "this lantern uses its built-in protocols: `lantern org init DIR` makes an editable copy to import into (or give --into FILE)"
        );
    };
    for p in lantern::protocol::protocol_files(&dir) {
        if let Ok(text) = std::fs::read_to_string(&p)
            && protocol_id(&text).as_deref() == Some(id)
        {
            return Ok(p);
        }
    }
    bail!("no protocol `{id}` in {}: give --into FILE", dir.display())
}

fn status_cmd(env: &Env, json: bool) -> anyhow::Result<ExitCode> {
    let mut rows = Vec::new();
    let locks = lock(lantern::shipped::protocols_lock(&env.root))?;
    for (name, display, text) in protocols(env) {
        rows.extend(
            status::protocol(&text, &name, &locks)
                .map_err(|e| anyhow::anyhow!("{display}: {e}"))?,
        );
    }
    let catalogs = lantern::shipped::catalog_files(&env.root);
    let english = english_of(&catalogs)?.text.clone();
    let others: Vec<(String, String)> = catalogs
        .into_iter()
        .filter(|(t, _)| t != "en")
        .map(|(t, f)| (t, f.text))
        .collect();
    let locks = lock(lantern::shipped::catalogs_lock(&env.root))?;
    rows.extend(status::catalog(&english, &others, &locks));
    if json {
        say_json!(&rows);
        return Ok(ExitCode::SUCCESS);
    }
    say!("protocols from {}", env.protocols_from());
    say!(
        "{:<22} {:<8} {:>11} {:>6} {:>8}  review",
        "file",
        "language",
        "translated",
        "stale",
        "missing"
    );
    for r in &rows {
        say!(
            "{:<22} {:<8} {:>11} {:>6} {:>8}  {}",
            r.file,
            r.language,
            format!("{}/{}", r.translated, r.total),
            r.stale,
            r.missing,
            r.review
        );
    }
    Ok(ExitCode::SUCCESS)
}
