//! The outcome (with the response steps and contacts) and the save screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::screens::screening_title;
use super::{boxed, frame, para, safe, text_lines};
use crate::config::Settings;
use crate::tui::app::App;
use crate::tui::update::args;

pub fn outcome(app: &App, f: &mut Frame, area: Rect) {
    let Some(a) = &app.active else { return };
    let body = frame(
        app,
        f,
        area,
        screening_title(app, &app.tr("outcome-title")),
        &[("Enter".into(), app.tr("continue"))],
    );
    let s = &a.screening;
    let p = s.protocol();
    let d = s.derived();
    let lang = app.worker_text_language();
    let level = s.outcome_level();
    let level_style = if level == crate::protocol::OutcomeLevel::Urgent {
        app.theme.urgent
    } else {
        app.theme.read_aloud
    };
    let mut lines = vec![Line::from(Span::styled(
        app.tr(&format!("outcome-level-{}", level.as_str())),
        level_style,
    ))];
    if let Some(o) = d.outcome {
        lines.extend(text_lines(
            &s.render_in(&p.file.outcomes[o].text, &lang),
            app.theme.base,
        ));
    }
    lines.push(Line::from(Span::styled(
        app.tr("outcome-not-determination"),
        app.theme.muted,
    )));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.tr("outcome-indicators"),
        app.theme.title,
    )));
    if d.indicators.is_empty() {
        lines.push(Line::from(format!("  {}", app.tr("outcome-none"))));
    }
    for &i in &d.indicators {
        lines.push(Line::from(format!(
            "  • {}",
            safe(&s.render_in(&p.file.indicators[i].label, &lang))
        )));
    }
    if !d.urgent.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            app.tr("outcome-urgent"),
            app.theme.urgent,
        )));
        for &u in &d.urgent {
            let flag = &p.file.urgent[u];
            lines.push(Line::from(Span::styled(
                format!("  ! {}", safe(&s.render_in(&flag.label, &lang))),
                app.theme.urgent,
            )));
            for step in &flag.steps {
                lines.push(Line::from(format!(
                    "    – {}",
                    safe(&s.render_in(step, &lang))
                )));
            }
        }
        let org = &app.session.settings.file.response_steps;
        if !org.is_empty() {
            lines.push(Line::from(Span::styled(
                app.tr("outcome-org-steps"),
                app.theme.title,
            )));
            for step in org {
                lines.push(Line::from(format!(
                    "    – {}",
                    safe(Settings::pick(step, &lang))
                )));
            }
        }
    }
    let contacts = &app.session.settings.file.contacts;
    if !contacts.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            app.tr("outcome-contacts"),
            app.theme.title,
        )));
        for c in contacts {
            let mut parts = vec![safe(Settings::pick(&c.label, &lang))];
            parts.extend(
                [&c.phone, &c.sms, &c.tty, &c.hours]
                    .into_iter()
                    .flatten()
                    .map(|x| safe(x)),
            );
            lines.push(Line::from(format!("  {}", parts.join(" · "))));
        }
    }
    f.render_widget(
        para(lines)
            .block(boxed(app, app.tr("outcome-title")))
            .scroll((app.scroll, 0)),
        body,
    );
}

pub fn save(app: &App, f: &mut Frame, area: Rect, result: Option<&Result<(), String>>) {
    let body = frame(
        app,
        f,
        area,
        screening_title(app, &app.tr("save-title")),
        &[("Enter".into(), app.tr("key-confirm"))],
    );
    let mut lines = Vec::new();
    match result {
        None => match &app.session.recipients {
            Ok(r) => {
                let mut c = args(&[]);
                c.set("count", r.keys.len());
                lines.push(Line::from(app.l10n.tr_args("save-explain", &c)));
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(
                    app.tr("save-confirm"),
                    app.theme.key,
                )));
            }
            Err(_) => lines.push(Line::from(Span::styled(
                app.tr("save-no-keys"),
                app.theme.urgent,
            ))),
        },
        Some(Ok(())) => {
            lines.push(Line::from(Span::styled(app.tr("save-done"), app.theme.ok)));
            lines.push(Line::from(app.tr("save-draft-deleted")));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(app.tr("save-home"), app.theme.key)));
        }
        Some(Err(e)) => {
            let msg = if app.session.can_save() {
                app.l10n
                    .tr_args("save-failed", &args(&[("reason", safe(e))]))
            } else {
                app.tr("save-no-keys")
            };
            lines.push(Line::from(Span::styled(msg, app.theme.urgent)));
        }
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("save-title"))), body);
}
