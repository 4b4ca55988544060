//! What every screen shares: the title bar, the status line and the hint bar around a body,
//! boxes, centered dialogs, and text laid out from the presentation layer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::i18n::Localizer;
use crate::tui::app::{Model, Status};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;

/// What the shared frame needs from a front end's model: the screening's, and practice's
/// (which has no session, so no way to reach the vault).
pub(crate) trait Chrome {
    fn theme(&self) -> &Theme;
    fn l10n(&self) -> &Localizer;
    fn status(&self) -> Option<&Status>;
    /// Slow work is about to run (the status line says "Working…").
    fn busy(&self) -> bool {
        false
    }
}

impl Chrome for Model {
    fn theme(&self) -> &Theme {
        &self.theme
    }
    fn l10n(&self) -> &Localizer {
        &self.l10n
    }
    fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }
    fn busy(&self) -> bool {
        self.busy
    }
}

/// Title bar, body, status line and hint bar (the hints of `ctx`, in the worker's
/// language). Returns the body.
pub(crate) fn frame(
    m: &dyn Chrome,
    f: &mut Frame,
    area: Rect,
    title: Line<'_>,
    ctx: Context,
    typing: bool,
) -> Rect {
    frame_with(m, f, area, title, ctx, typing, &|_| true)
}

/// `frame` with only the hints whose action `keep` accepts (a question shows the yes/no
/// keys only when it is a yes/no question).
pub(crate) fn frame_with(
    m: &dyn Chrome,
    f: &mut Frame,
    area: Rect,
    title: Line<'_>,
    ctx: Context,
    typing: bool,
    keep: &dyn Fn(keymap::Action) -> bool,
) -> Rect {
    let (theme, l10n) = (m.theme(), m.l10n());
    let hints: Vec<(String, String)> = keymap::hints(ctx, typing)
        .into_iter()
        .filter(|(_, _, a)| keep(*a))
        .map(|(k, id, _)| (k, l10n.tr(id)))
        .collect();
    let hint_lines = hint_bar(theme, area.width, &hints);
    let [top, body, status, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(hint_lines.len() as u16),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(title).style(theme.title), top);
    match m.status() {
        Some(Status::Problem(msg)) => f.render_widget(
            Paragraph::new(Line::from(Span::styled(msg.line(), theme.warning))),
            status,
        ),
        Some(Status::Info(text)) => f.render_widget(
            Paragraph::new(Line::from(Span::styled(text.clone(), theme.ok))),
            status,
        ),
        None if m.busy() => f.render_widget(
            Paragraph::new(Line::from(Span::styled(l10n.tr("working"), theme.muted))),
            status,
        ),
        None => {}
    }
    f.render_widget(Paragraph::new(hint_lines), bottom);
    body
}

/// Keys and labels, wrapped to the width (at most two lines).
fn hint_bar(theme: &Theme, width: u16, items: &[(String, String)]) -> Vec<Line<'static>> {
    let mut lines = vec![Vec::new()];
    let mut used = 0usize;
    for (k, label) in items {
        let w = k.width() + 1 + label.width() + 2;
        if used + w > width as usize && used > 0 {
            if lines.len() == 2 {
                break;
            }
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("at least one line");
        line.push(Span::styled(k.clone(), theme.key));
        line.push(Span::styled(format!(" {label}  "), theme.hint));
        used += w;
    }
    lines.into_iter().map(Line::from).collect()
}

pub(crate) fn para<'a>(lines: Vec<Line<'a>>) -> Paragraph<'a> {
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

pub(crate) fn boxed<'a>(m: &dyn Chrome, title: String) -> Block<'a> {
    let theme = m.theme();
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title))
}

/// A rectangle centered in `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears `r` for a dialog drawn over the screen.
pub(crate) fn clear(f: &mut Frame, r: Rect, style: Style) {
    f.render_widget(Clear, r);
    f.render_widget(Block::default().style(style), r);
}

/// Multi-line text (already made safe by the presentation layer) as one line per line.
pub(crate) fn lines(s: &str, style: Style) -> Vec<Line<'static>> {
    s.split('\n')
        .map(|l| Line::from(Span::styled(l.to_string(), style)))
        .collect()
}

/// `s` cut (with …) or padded to exactly `width` terminal columns (wide characters count 2).
pub(crate) fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return format!("{s}{}", " ".repeat(width - s.width()));
    }
    let cut = unicode_truncate::UnicodeTruncateStr::unicode_truncate(s, width.saturating_sub(1)).0;
    let mut out = format!("{cut}…");
    out.push_str(&" ".repeat(width.saturating_sub(out.width())));
    out
}

/// `text` wrapped to `width` columns (wide characters count 2), continuation lines indented
/// by `indent` spaces: for list items, which do not wrap by themselves.
pub(crate) fn wrapped(text: &str, width: u16, indent: usize, style: Style) -> Vec<Line<'static>> {
    let pad = " ".repeat(indent);
    let opts = textwrap::Options::new((width as usize).max(indent + 8))
        .subsequent_indent(&pad)
        .break_words(true);
    textwrap::wrap(text, opts)
        .into_iter()
        .map(|l| Line::from(Span::styled(l.into_owned(), style)))
        .collect()
}

/// The filter line of a list: "Filter: text", with the cursor while typing it.
pub(crate) fn filter_line(
    m: &dyn Chrome,
    f: &mut Frame,
    area: Rect,
    field: &super::text_field::TextField,
    typing: bool,
) {
    field.render(
        f,
        area,
        Span::styled(
            format!("{} ", m.l10n().tr("question-filter")),
            m.theme().key,
        ),
        m.theme().base,
        false,
        typing,
    );
}

/// Scrolling a long text screen (consent, outcome) with the arrows and page keys; whether
/// the action was a scroll.
pub(crate) fn scroll(offset: &mut u16, act: Option<crate::tui::keymap::Action>) -> bool {
    use crate::tui::keymap::Action;
    *offset = match act {
        Some(Action::Down) => offset.saturating_add(1),
        Some(Action::Up) => offset.saturating_sub(1),
        Some(Action::PageDown) => offset.saturating_add(10),
        Some(Action::PageUp) => offset.saturating_sub(10),
        _ => return false,
    };
    true
}

/// The urgent banner: the flags raised so far and the key that opens their steps (the key
/// that still works while typing, when a text field has the focus). Empty when no flag.
pub(crate) fn urgent_banner(
    m: &Model,
    flags: &[String],
    context: Context,
    typing: bool,
    width: u16,
) -> Vec<Line<'static>> {
    if flags.is_empty() {
        return Vec::new();
    }
    let key = keymap::binding(context, Action::UrgentSteps)
        .and_then(|b| b.keys.iter().find(|k| !(typing && k.types())))
        .map(|k| k.label())
        .unwrap_or_default();
    wrapped(
        &m.l10n.tr_args(
            "question-urgent-banner",
            &crate::present::args([("flags", flags.join("; ").into()), ("key", key.into())]),
        ),
        width,
        2,
        m.theme.urgent,
    )
}

/// What was found wrong with the data folder at start, one warning per line.
pub(crate) fn folder_warnings(m: &Model) -> Vec<Line<'static>> {
    use crate::present::message::Explain;
    m.session
        .folder_warnings
        .iter()
        .map(|w| Line::from(Span::styled(w.explain(&m.l10n).line(), m.theme.warning)))
        .collect()
}
