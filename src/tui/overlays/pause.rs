//! Pause: a neutral screen at once (someone walked in), what was typed kept; any key
//! brings back exactly what was there, overlay included.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Overlay;
use crate::engine::AuditKind;
use crate::tui::app::Model;
use crate::tui::effect::Effect;
use crate::tui::widgets::chrome::centered;

pub struct Pause {
    pub under: Option<Box<Overlay>>,
}

pub fn pause(m: &mut Model) {
    m.commit_notes();
    if let Some(a) = &mut m.active {
        a.screening.record(AuditKind::Paused);
    }
    m.effect(Effect::Autosave);
    let under = m.overlay.take().map(Box::new);
    m.overlay = Some(Overlay::Pause(Pause { under }));
}

pub(super) fn resume(m: &mut Model, paused: Overlay) {
    if let Overlay::Pause(p) = paused {
        m.overlay = p.under.map(|b| *b);
    }
    if let Some(a) = &mut m.active {
        a.screening.record(AuditKind::Resumed);
    }
}

pub(super) fn view(m: &Model, f: &mut Frame, area: Rect) {
    let r = centered(area, area.width, 3);
    f.render_widget(
        Paragraph::new(Line::from(m.tr("pause-line")))
            .style(m.theme.muted)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        r,
    );
}
