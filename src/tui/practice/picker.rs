//! The scenario picker: the fictional people to practice with, what each teaches nothing
//! away (only the title, the protocol and the setting), and solo or role-play.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState};

use super::{PracticeModel, PracticeScreen};
use crate::present::{protocol_title, safe};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para};

#[derive(Default)]
pub struct Picker {
    selected: usize,
}

impl Picker {
    pub fn update(&mut self, m: &mut PracticeModel, act: Option<Action>) -> Option<PracticeScreen> {
        let n = m.scenarios.len();
        match act {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Some(a @ (Action::Confirm | Action::RolePlay)) => {
                return super::question::Question::start(m, self.selected, a == Action::RolePlay)
                    .map(|q| PracticeScreen::Question(Box::new(q)));
            }
            Some(Action::Quit) => m.done = true,
            _ => {}
        }
        None
    }

    pub fn view(&self, m: &PracticeModel, f: &mut Frame, area: Rect) {
        let body = frame(
            m,
            f,
            area,
            m.title(&m.tr("practice-choose")),
            Context::PracticePicker,
            false,
        );
        let [intro, list, info] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(3),
            Constraint::Length(4),
        ])
        .areas(body);
        f.render_widget(
            para(vec![Line::from(Span::styled(
                m.tr("practice-watermark"),
                m.theme.warning,
            ))]),
            intro,
        );
        let wl = m.l10n.language().to_string();
        let items: Vec<ListItem> = m
            .scenarios
            .iter()
            .map(|(s, _)| ListItem::new(safe(&s.text(&s.scenario.title, &wl))))
            .collect();
        let mut state = ListState::default().with_selected(Some(self.selected));
        f.render_stateful_widget(
            List::new(items)
                .block(boxed(m, m.tr("practice-scenarios")))
                .highlight_style(m.theme.selected)
                .highlight_symbol("> ")
                .highlight_spacing(HighlightSpacing::Always),
            list,
            &mut state,
        );
        if let Some((s, p)) = m.scenarios.get(self.selected) {
            let setting = match s.scenario.setting {
                crate::practice::scenario::Setting::Hotline => m.tr("practice-setting-hotline"),
                crate::practice::scenario::Setting::Outreach => m.tr("practice-setting-outreach"),
            };
            let person = m.l10n.language_name(s.interview_language());
            f.render_widget(
                para(vec![
                    Line::from(Span::styled(protocol_title(&m.l10n, p), m.theme.muted)),
                    Line::from(Span::styled(format!("{setting} · {person}"), m.theme.muted)),
                ]),
                info,
            );
        }
    }
}
