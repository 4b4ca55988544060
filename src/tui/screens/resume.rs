//! A screening was interrupted: resume it, keep it for later, or discard it (asked first).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::Screen;
use crate::present::drafts::{DraftRow, rows};
use crate::present::message::Explain;
use crate::session::FoundDraft;
use crate::tui::app::{Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para, wrapped};

pub struct Resume {
    drafts: Vec<FoundDraft>,
    list: ListState,
    confirm_discard: bool,
}

impl Resume {
    pub fn new(drafts: Vec<FoundDraft>) -> Resume {
        Resume {
            drafts,
            list: ListState::default().with_selected(Some(0)),
            confirm_discard: false,
        }
    }

    pub fn context(&self) -> Context {
        if self.confirm_discard {
            Context::ResumeDiscard
        } else {
            Context::Resume
        }
    }

    fn selected(&self) -> Option<&FoundDraft> {
        self.list.selected().and_then(|i| self.drafts.get(i))
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        if self.confirm_discard {
            match input.act {
                Some(Action::Yes) => {
                    if let Some(d) = self.selected() {
                        m.effect(Effect::DiscardDraft(d.file.id.clone()));
                    }
                    self.confirm_discard = false;
                }
                Some(Action::No) => self.confirm_discard = false,
                _ => {}
            }
            return;
        }
        match input.act {
            Some(Action::Up) => self.list.select_previous(),
            Some(Action::Down) => {
                let next = self.list.selected().map_or(0, |s| s + 1);
                self.list
                    .select(Some(next.min(self.drafts.len().saturating_sub(1))));
            }
            Some(Action::Discard) if self.selected().is_some() => self.confirm_discard = true,
            Some(Action::Later) => m.go(Screen::Home(super::home::Home::new(m))),
            Some(Action::Confirm) => {
                let Some(Ok(draft)) = self.selected().map(|d| &d.draft) else {
                    return;
                };
                match m.session.resume(draft) {
                    Ok(active) => {
                        let wl = active.worker_language.clone();
                        m.active = Some(active);
                        m.effect(Effect::StartCallTimer);
                        if m.catalog.available().iter().any(|t| *t == wl.as_str()) {
                            m.set_ui_language(wl.as_str());
                        }
                        m.go(Screen::for_position(m));
                    }
                    Err(e) => {
                        let msg = e.explain(&m.l10n);
                        m.problem(msg);
                    }
                }
            }
            _ => {}
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        match done {
            Done::Discarded(id, Ok(())) => {
                self.drafts.retain(|d| d.file.id != id);
                self.list.select(Some(0));
                if self.drafts.is_empty() {
                    m.go(Screen::Home(super::home::Home::new(m)));
                }
            }
            Done::Discarded(_, Err(e)) => {
                let msg = e.explain(&m.l10n);
                m.problem(msg);
            }
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("resume-title")));
        let body = frame(m, f, area, title, self.context(), false);
        let [list, info] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(body);
        let rows: Vec<DraftRow> = rows(&m.l10n, &m.session, &self.drafts);
        let width = list.width.saturating_sub(2);
        let items = rows.iter().map(|r| {
            let style = if r.readable {
                m.theme.base
            } else {
                m.theme.warning
            };
            ListItem::new(wrapped(&format!(" {}", r.text), width, 1, style))
        });
        let mut state = self.list;
        f.render_stateful_widget(
            List::new(items)
                .block(boxed(m, m.tr("resume-title")))
                .highlight_style(m.theme.selected),
            list,
            &mut state,
        );
        let help = if self.confirm_discard {
            vec![Line::from(Span::styled(
                m.tr("resume-discard-confirm"),
                m.theme.urgent,
            ))]
        } else {
            vec![
                Line::from(m.tr("resume-question")),
                Line::from(Span::styled(m.tr("resume-yes"), m.theme.key)),
                Line::from(m.tr("resume-later")),
                Line::from(m.tr("resume-discard")),
            ]
        };
        f.render_widget(para(help), info);
    }
}
