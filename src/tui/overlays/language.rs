//! Change the interview language mid-screening (the record keeps each answer's language).

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{List, ListItem, ListState};

use crate::tui::app::{Input, Model, Status};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::widgets::chrome::{boxed, centered, clear};

pub struct Language {
    list: ListState,
}

fn languages(m: &Model) -> Vec<String> {
    m.active
        .as_ref()
        .map(|a| {
            a.screening
                .protocol()
                .languages()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

impl Language {
    pub fn new(m: &Model) -> Language {
        let current = m.active.as_ref().and_then(|a| {
            languages(m)
                .iter()
                .position(|l| l == a.screening.language())
        });
        Language {
            list: ListState::default().with_selected(current.or(Some(0))),
        }
    }

    pub fn update(&mut self, m: &mut Model, input: Input) -> bool {
        let langs = languages(m);
        match input.act {
            Some(Action::Up) => self.list.select_previous(),
            Some(Action::Down) => {
                let next = self.list.selected().map_or(0, |s| s + 1);
                self.list
                    .select(Some(next.min(langs.len().saturating_sub(1))));
            }
            Some(Action::Confirm) => {
                if let Some(l) = self.list.selected().and_then(|i| langs.get(i))
                    && let Some(a) = &mut m.active
                    && a.screening.set_language(l).is_ok()
                {
                    let name = m.l10n.language_name(l);
                    m.status = Some(Status::Info(m.l10n.tr_args(
                        "question-language-changed",
                        &crate::present::args([("language", FluentValue::from(name))]),
                    )));
                    m.effect(Effect::Autosave);
                }
                return false;
            }
            Some(Action::Cancel) => return false,
            _ => {}
        }
        true
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let langs = languages(m);
        let r = centered(area, 40, (langs.len() as u16 + 2).max(4));
        clear(f, r, m.theme.base);
        let list = List::new(
            langs
                .iter()
                .map(|l| ListItem::new(format!(" {} ", m.l10n.language_name(l)))),
        )
        .block(boxed(m, m.tr("question-language-title")))
        .highlight_style(m.theme.selected);
        let mut state = self.list;
        f.render_stateful_widget(list, r, &mut state);
    }
}
