//! Drawing: a pure function of the model. Nothing here changes state or touches files.

mod overlays;
pub mod question;
mod referrals;
mod results;
mod screens;
mod session_screens;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Overlay, Screen};
use super::keymap::{self, Context};
use crate::sanitize::terminal_safe;

pub fn view(app: &App, f: &mut Frame) {
    let area = f.area();
    f.render_widget(Block::default().style(app.theme.base), area);
    match &app.overlay {
        // Pause and lock hide everything: nothing sensitive may stay visible.
        Some(Overlay::Pause) => return overlays::pause(app, f, area),
        Some(Overlay::Locked { pass, error, .. }) => {
            return overlays::locked(app, f, area, pass, error.as_deref());
        }
        _ => {}
    }
    match &app.screen {
        Screen::Setup {
            pass,
            confirm,
            on_confirm,
            error,
        } => session_screens::setup(app, f, area, pass, confirm, *on_confirm, error.as_deref()),
        Screen::Unlock { pass, error } => {
            session_screens::unlock(app, f, area, pass, error.as_deref())
        }
        Screen::NoKeys { trial } => session_screens::no_keys(app, f, area, trial.as_ref()),
        Screen::Resume {
            drafts,
            selected,
            confirm_discard,
        } => session_screens::resume(app, f, area, drafts, *selected, *confirm_discard),
        Screen::Home(h) => screens::home(app, f, area, h),
        Screen::Consent => screens::consent(app, f, area),
        Screen::Question(q) => question::question(app, f, area, q),
        Screen::Review {
            selected,
            confirm_finish,
        } => screens::review(app, f, area, *selected, *confirm_finish),
        Screen::Outcome => results::outcome(app, f, area),
        Screen::Referrals(st) => referrals::referrals(app, f, area, st),
        Screen::Save { result } => results::save(app, f, area, result.as_ref()),
    }
    match &app.overlay {
        Some(Overlay::Help) => overlays::help(app, f, area),
        Some(Overlay::Notes(field)) => overlays::notes(app, f, area, field),
        Some(Overlay::Sections { selected }) => overlays::sections(app, f, area, *selected),
        Some(Overlay::Language { selected }) => overlays::language(app, f, area, *selected),
        _ => {}
    }
}

/// Title bar, body, status line and hint bar. Returns the body.
pub(super) fn frame<'a>(
    app: &App,
    f: &mut Frame,
    area: Rect,
    title: Line<'a>,
    hints: &[(String, String)],
) -> Rect {
    let hint_lines = hint_bar(app, area.width, hints);
    let hint_height = hint_lines.len() as u16;
    let [top, body, status, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(hint_height),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(title).style(app.theme.title), top);
    if let Some(s) = &app.status {
        f.render_widget(
            Paragraph::new(Line::from(Span::styled(
                terminal_safe(s),
                app.theme.warning,
            ))),
            status,
        );
    }
    f.render_widget(Paragraph::new(hint_lines), bottom);
    body
}

/// The hint bar: screen-specific keys first, then help / quick exit / pause, wrapped to the
/// width (at most two lines).
fn hint_bar(app: &App, width: u16, extra: &[(String, String)]) -> Vec<Line<'static>> {
    let mut items: Vec<(String, String)> = extra.to_vec();
    for action in [
        keymap::Action::Help,
        keymap::Action::QuickExit,
        keymap::Action::Pause,
    ] {
        if let Some(b) = keymap::binding(action) {
            items.push((b.keys[0].label(), app.tr(b.hint.unwrap_or(b.description))));
        }
    }
    let mut lines = vec![Vec::new()];
    let mut used = 0usize;
    for (k, label) in items {
        let w = unicode_width::UnicodeWidthStr::width(k.as_str())
            + 1
            + unicode_width::UnicodeWidthStr::width(label.as_str())
            + 2;
        if used + w > width as usize && used > 0 {
            if lines.len() == 2 {
                break;
            }
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("at least one line");
        line.push(Span::styled(k, app.theme.key));
        line.push(Span::styled(format!(" {label}  "), app.theme.hint));
        used += w;
    }
    lines.into_iter().map(Line::from).collect()
}

/// Hints for the keymap bindings of a context that have a hint label.
pub(super) fn context_hints(
    app: &App,
    ctx: Context,
    only: &[keymap::Action],
) -> Vec<(String, String)> {
    keymap::BINDINGS
        .iter()
        .filter(|b| b.context == ctx && only.contains(&b.action))
        .filter_map(|b| b.hint.map(|h| (b.keys[0].label(), app.tr(h))))
        .collect()
}

pub(super) fn para<'a>(lines: Vec<Line<'a>>) -> Paragraph<'a> {
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

pub(super) fn boxed<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border)
        .title(Span::styled(format!(" {title} "), app.theme.title))
}

/// A rectangle centered in `area`.
pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub(super) fn clear(f: &mut Frame, r: Rect, style: Style) {
    f.render_widget(Clear, r);
    f.render_widget(Block::default().style(style), r);
}

/// Text from files, made safe for the terminal.
pub(super) fn safe(s: &str) -> String {
    terminal_safe(s)
}

/// Multi-line text (paragraphs in a protocol or the settings) as one line per line.
pub(super) fn text_lines(s: &str, style: Style) -> Vec<Line<'static>> {
    terminal_safe(s)
        .split('\n')
        .map(|l| Line::from(Span::styled(l.to_string(), style)))
        .collect()
}
