//! `lantern` (no command), `lantern screen` and `--plain`: the screening front ends.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use lantern::engine::SystemClock;
use lantern::session::WorkSession;
use lantern::tui::theme::ThemeName;
use lantern::tui::{App, Exit};

use super::Env;

#[derive(Debug, clap::Args)]
pub struct ScreenArgs {
    /// Protocol id (see `lantern protocols`)
    #[arg(long, value_name = "ID")]
    protocol: String,
    /// Interview language (the person's) [default: the protocol's default]
    #[arg(long = "interview", alias = "in", value_name = "LANG")]
    interview: Option<String>,
}

pub fn run(env: &Env, args: Option<ScreenArgs>) -> anyhow::Result<ExitCode> {
    let settings = env.settings()?;
    let paths = env.vault_paths(&settings)?;
    let session = WorkSession::open(env.root.clone(), settings, paths, Arc::new(SystemClock))?;
    let (catalog, problems) = env.catalog();
    for d in &problems {
        say_err!("{d}");
    }
    let ui_languages = env.ui_languages();

    // A private key on the device defeats the design (the laptop could read what it saves):
    // no screening until it is gone.
    let found = session.private_keys_found();
    if !found.is_empty() {
        let l10n = catalog.localizer(&ui_languages);
        say_err!("{}", l10n.tr("startup-private-key"));
        for d in &found {
            say_err!(
                "  {}:{}",
                lantern::sanitize::terminal_safe(&d.file.display().to_string()),
                d.line
            );
        }
        say_err!("{}", l10n.tr("startup-private-key-fix"));
        return Ok(ExitCode::FAILURE);
    }

    let start_with = match &args {
        Some(a) => {
            let Some(p) = session.protocol(&a.protocol) else {
                bail!(
                    "no protocol `{}` in {} (see `lantern protocols`)",
                    a.protocol,
                    env.protocols_from()
                );
            };
            let lang = a.interview.clone().unwrap_or_else(|| {
                // The screen language when the protocol has it, else its default.
                ui_languages
                    .iter()
                    .find(|l| p.has_language(l))
                    .cloned()
                    .unwrap_or_else(|| p.default_language().to_string())
            });
            if !p.has_language(&lang) {
                bail!(
                    "`{}` has no `{lang}` text; it is written in {}",
                    p.id(),
                    p.languages().collect::<Vec<_>>().join(", ")
                );
            }
            Some((p.id().to_string(), lang))
        }
        None => None,
    };

    if env.plain {
        // Everything saved, or the worker was told it was not (and the status says it).
        return lantern::plain::run(session, &catalog, &ui_languages, start_with)
            .map(|saved| {
                if saved {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            })
            .context("plain mode");
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        bail!(
            "lantern needs a terminal for its screens; use `lantern --plain` for line-by-line prompts"
        );
    }
    let theme = match env.theme.as_deref() {
        Some(t) => Some(ThemeName::parse(t).with_context(|| {
            format!("unknown theme `{t}` (default, high-contrast, monochrome)")
        })?),
        None => None,
    };
    let mut app = App::new(session, catalog, ui_languages, ThemeName::from_env(theme));
    app.m.start_with = start_with;
    match lantern::tui::run(&mut app)? {
        Exit::Normal | Exit::Quick => Ok(ExitCode::SUCCESS),
        Exit::Practice => {
            // Nothing of the session goes along: the device key is dropped (zeroized) and
            // the session with it before practice starts.
            let languages = app.m.ui_languages.clone();
            app.m.session.lock();
            drop(app);
            super::practice::screens(
                env,
                super::practice::scenarios(env)?,
                &languages,
                None,
                false,
            )
        }
        Exit::QuickUnsaved => {
            // After the screen is cleared: one line, nothing of the screening in it.
            say_err!("{}", app.m.l10n.tr("quick-exit-unsaved"));
            Ok(ExitCode::FAILURE)
        }
    }
}
