//! Jump to a section: its title and how much of it is answered.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{List, ListItem, ListState};

use crate::present::{safe, worker_language};
use crate::protocol::SectionIdx;
use crate::tui::app::{Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::screens::Screen;
use crate::tui::widgets::chrome::{boxed, centered, clear};

pub struct Sections {
    list: ListState,
}

impl Sections {
    pub fn new(_m: &Model) -> Sections {
        Sections {
            list: ListState::default().with_selected(Some(0)),
        }
    }

    fn rows(m: &Model) -> Vec<(SectionIdx, String)> {
        let Some(a) = &m.active else {
            return Vec::new();
        };
        let s = &a.screening;
        let p = s.protocol();
        let wl = worker_language(&m.l10n, p);
        s.section_progress()
            .into_iter()
            .map(|x| {
                (
                    x.section,
                    format!(
                        "{} ({}/{})",
                        safe(&s.render_in(&p.section(x.section).title, &wl)),
                        x.answered,
                        x.shown
                    ),
                )
            })
            .collect()
    }

    pub fn update(&mut self, m: &mut Model, input: Input) -> bool {
        let rows = Sections::rows(m);
        match input.act {
            Some(Action::Up) => self.list.select_previous(),
            Some(Action::Down) => {
                let next = self.list.selected().map_or(0, |s| s + 1);
                self.list
                    .select(Some(next.min(rows.len().saturating_sub(1))));
            }
            Some(Action::Confirm) => {
                if let Some(&(sec, _)) = self.list.selected().and_then(|i| rows.get(i))
                    && let Some(a) = &mut m.active
                    && a.screening.jump_to_section(sec).is_ok()
                {
                    m.effect(Effect::Autosave);
                    m.go(Screen::for_position(m));
                }
                return false;
            }
            Some(Action::Cancel) => return false,
            _ => {}
        }
        true
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let rows = Sections::rows(m);
        let r = centered(area, 60, (rows.len() as u16 + 2).max(4));
        clear(f, r, m.theme.base);
        let list = List::new(
            rows.into_iter()
                .map(|(_, t)| ListItem::new(format!(" {t} "))),
        )
        .block(boxed(m, m.tr("question-sections-title")))
        .highlight_style(m.theme.selected);
        let mut state = self.list;
        f.render_stateful_widget(list, r, &mut state);
    }
}
