//! Help, notes, section jump, language, pause and lock.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{boxed, centered, clear, para, safe};
use crate::tui::app::App;
use crate::tui::input::TextField;
use crate::tui::keymap::{self, Context};
use crate::tui::update::language_name;

pub fn help(app: &App, f: &mut Frame, area: Rect) {
    let r = centered(
        area,
        area.width.saturating_sub(4).max(40),
        area.height.saturating_sub(2),
    );
    clear(f, r, app.theme.base);
    let mut lines = vec![Line::from(Span::styled(
        app.tr("help-intro"),
        app.theme.muted,
    ))];
    for (ctx, title) in [
        (Context::Global, "help-global"),
        (Context::Question, "help-question"),
        (Context::Review, "help-review"),
    ] {
        lines.push(Line::from(Span::styled(app.tr(title), app.theme.title)));
        for b in keymap::BINDINGS.iter().filter(|b| b.context == ctx) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", keymap::keys_label(b)), app.theme.key),
                Span::raw(app.tr(b.description)),
            ]));
        }
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("help-title"))), r);
}

pub fn notes(app: &App, f: &mut Frame, area: Rect, field: &TextField) {
    let r = centered(
        area,
        area.width.saturating_sub(6).max(30),
        area.height.saturating_sub(4).max(6),
    );
    clear(f, r, app.theme.base);
    let mut text = safe(&field.text);
    text.push('▏');
    let lines: Vec<Line> = text
        .split('\n')
        .map(|l| Line::from(l.to_string()))
        .collect();
    f.render_widget(
        para(lines).block(boxed(app, app.tr("question-notes-title"))),
        r,
    );
}

pub fn sections(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let Some(a) = &app.active else { return };
    let s = &a.screening;
    let p = s.protocol();
    let list = s.section_progress();
    let r = centered(area, 60, (list.len() as u16 + 2).max(4));
    clear(f, r, app.theme.base);
    let lang = app.worker_text_language();
    let lines: Vec<Line> = list
        .iter()
        .enumerate()
        .map(|(n, &(sec, shown, answered))| {
            let style = if n == selected {
                app.theme.selected
            } else {
                app.theme.base
            };
            Line::from(Span::styled(
                format!(
                    " {} ({answered}/{shown}) ",
                    safe(&s.render_in(&p.sections()[sec].title, &lang))
                ),
                style,
            ))
        })
        .collect();
    f.render_widget(
        para(lines).block(boxed(app, app.tr("question-sections-title"))),
        r,
    );
}

pub fn language(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let Some(a) = &app.active else { return };
    let langs: Vec<&str> = a.screening.protocol().languages().collect();
    let r = centered(area, 40, (langs.len() as u16 + 2).max(4));
    clear(f, r, app.theme.base);
    let lines: Vec<Line> = langs
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let style = if n == selected {
                app.theme.selected
            } else {
                app.theme.base
            };
            Line::from(Span::styled(format!(" {} ", language_name(app, l)), style))
        })
        .collect();
    f.render_widget(
        para(lines).block(boxed(app, app.tr("question-language-title"))),
        r,
    );
}

/// A neutral screen: no program name, no question, no answer.
pub fn pause(app: &App, f: &mut Frame, area: Rect) {
    let r = centered(area, area.width, 3);
    f.render_widget(
        para(vec![Line::from(Span::styled(
            app.tr("pause-line"),
            app.theme.muted,
        ))])
        .centered(),
        r,
    );
}

pub fn locked(app: &App, f: &mut Frame, area: Rect, pass: &TextField, error: Option<&str>) {
    let r = centered(area, 60.min(area.width), 9);
    let minutes = app.idle_timeout.map(|d| d.as_secs() / 60).unwrap_or(0);
    let mut lines = vec![
        Line::from(app.l10n.tr_args(
            "lock-explain",
            &crate::tui::update::args(&[("minutes", minutes.to_string())]),
        )),
        Line::from(app.tr("lock-prompt")),
        Line::from(""),
        Line::from(vec![
            Span::styled(
                format!("{} ", app.tr("passphrase-field")),
                app.theme.read_aloud,
            ),
            Span::styled(format!("{}▏", pass.display()), app.theme.selected),
        ]),
    ];
    if let Some(e) = error {
        lines.push(Line::from(Span::styled(e.to_string(), app.theme.warning)));
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("lock-title"))), r);
}
