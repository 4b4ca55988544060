//! First run, unlock, missing organization key, resume.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{boxed, frame, para, safe};
use crate::session::FoundDraft;
use crate::tui::app::App;
use crate::tui::input::TextField;
use crate::tui::update::args;

fn title(app: &App, id: &str) -> Line<'static> {
    Line::from(format!(" {} · {}", app.tr("app-name"), app.tr(id)))
}

fn field_line(app: &App, label: String, field: &TextField, focused: bool) -> Line<'static> {
    let style = if focused {
        app.theme.selected
    } else {
        app.theme.base
    };
    Line::from(vec![
        Span::styled(format!("{label} "), app.theme.read_aloud),
        Span::styled(
            format!("{}{}", field.display(), if focused { "▏" } else { "" }),
            style,
        ),
    ])
}

pub fn setup(
    app: &App,
    f: &mut Frame,
    area: Rect,
    pass: &TextField,
    confirm: &TextField,
    on_confirm: bool,
    error: Option<&str>,
) {
    let body = frame(
        app,
        f,
        area,
        title(app, "setup-title"),
        &[
            ("Enter".into(), app.tr("continue")),
            ("Tab".into(), "↕".into()),
        ],
    );
    let mut lines = vec![
        Line::from(app.tr("setup-intro")),
        Line::from(""),
        field_line(app, app.tr("setup-passphrase"), pass, !on_confirm),
        field_line(app, app.tr("setup-confirm"), confirm, on_confirm),
    ];
    if let Some(e) = error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(e.to_string(), app.theme.warning)));
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("setup-title"))), body);
}

pub fn unlock(app: &App, f: &mut Frame, area: Rect, pass: &TextField, error: Option<&str>) {
    let body = frame(
        app,
        f,
        area,
        title(app, "unlock-title"),
        &[("Enter".into(), app.tr("continue"))],
    );
    let mut lines = vec![
        Line::from(app.tr("unlock-prompt")),
        Line::from(Span::styled(app.tr("unlock-why"), app.theme.muted)),
        Line::from(""),
        field_line(app, app.tr("passphrase-field"), pass, true),
    ];
    if let Some(e) = error {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(e.to_string(), app.theme.warning)));
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("unlock-title"))), body);
}

pub fn no_keys(app: &App, f: &mut Frame, area: Rect, trial: Option<&Result<PathBuf, String>>) {
    let body = frame(
        app,
        f,
        area,
        title(app, "keys-title"),
        &[
            ("t".into(), "trial".into()),
            ("Enter".into(), app.tr("continue")),
            ("q".into(), "quit".into()),
        ],
    );
    let folder = "keys/".to_string();
    let mut lines = vec![
        Line::from(
            app.l10n
                .tr_args("keys-explain", &args(&[("folder", folder)])),
        ),
        Line::from(""),
        Line::from(app.tr("keys-how")),
        Line::from(""),
    ];
    match trial {
        None => {
            lines.push(Line::from(app.l10n.tr_args(
                "keys-trial",
                &args(&[("path", "~/lantern-TRIAL-organization-identity.txt".into())]),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(
                app.tr("keys-continue"),
                app.theme.warning,
            )));
        }
        Some(Ok(p)) => {
            lines.push(Line::from(Span::styled(
                app.l10n.tr_args(
                    "keys-trial-done",
                    &args(&[("path", safe(&p.display().to_string()))]),
                ),
                app.theme.urgent,
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(app.tr("continue") + ": Enter"));
        }
        Some(Err(e)) => lines.push(Line::from(Span::styled(safe(e), app.theme.warning))),
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("keys-title"))), body);
}

pub fn resume(
    app: &App,
    f: &mut Frame,
    area: Rect,
    drafts: &[FoundDraft],
    selected: usize,
    confirm: bool,
) {
    let body = frame(
        app,
        f,
        area,
        title(app, "resume-title"),
        &[
            ("Enter".into(), app.tr("continue")),
            ("l".into(), app.tr("back")),
            ("x".into(), "×".into()),
        ],
    );
    let [list, info] = Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(body);
    let mut lines = Vec::new();
    for (n, d) in drafts.iter().enumerate() {
        let text = match &d.draft {
            Ok(dr) => {
                let title = app
                    .session
                    .protocol(&dr.screening.protocol_id)
                    .map(|p| {
                        p.file.protocol.title.render(
                            app.l10n.language(),
                            p.default_language(),
                            None,
                        )
                    })
                    .unwrap_or_else(|| dr.screening.protocol_id.clone());
                app.l10n.tr_args("resume-info", &{
                    let mut a = args(&[
                        ("protocol", safe(&title)),
                        (
                            "started",
                            dr.screening
                                .started
                                .with_timezone(&chrono::Local)
                                .format("%Y-%m-%d %H:%M")
                                .to_string(),
                        ),
                    ]);
                    a.set("answers", dr.screening.answers.len());
                    a
                })
            }
            Err(e) => app
                .l10n
                .tr_args("resume-unreadable", &args(&[("reason", e.to_string())])),
        };
        let style = if n == selected {
            app.theme.selected
        } else {
            app.theme.base
        };
        lines.push(Line::from(Span::styled(format!(" {text} "), style)));
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("resume-title"))), list);
    let help = if confirm {
        vec![Line::from(Span::styled(
            app.tr("resume-discard-confirm"),
            app.theme.urgent,
        ))]
    } else {
        vec![
            Line::from(app.tr("resume-question")),
            Line::from(Span::styled(app.tr("resume-yes"), app.theme.key)),
            Line::from(app.tr("resume-later")),
            Line::from(app.tr("resume-discard")),
        ]
    };
    f.render_widget(para(help), info);
}
