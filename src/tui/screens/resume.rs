//! A screening was interrupted: resume it, keep it for later, or discard it (asked first).
//! When its protocol was changed since, it goes on with the version it started with, or the
//! worker carries the answers over to the installed one and sees what stayed behind.

use std::sync::Arc;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::Screen;
use crate::present::drafts::{DraftRow, carried_lines, rows, stale_offer, version_offer};
use crate::present::message::Explain;
use crate::protocol::Protocol;
use crate::session::FoundDraft;
use crate::tui::app::{Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para, wrapped};

pub struct Resume {
    drafts: Vec<FoundDraft>,
    list: ListState,
    step: Step,
}

enum Step {
    List,
    ConfirmDiscard,
    /// Discard every draft past the organization's limit? (asked first)
    ConfirmDiscardOld,
    /// The resumed screening (now `m.active`) runs an earlier version of its protocol than
    /// the one installed.
    Version(Arc<Protocol>),
    /// Carried over: what stayed behind with the earlier version.
    Carried {
        title: String,
        lines: Vec<String>,
    },
}

impl Resume {
    pub fn new(drafts: Vec<FoundDraft>) -> Resume {
        Resume {
            drafts,
            list: ListState::default().with_selected(Some(0)),
            step: Step::List,
        }
    }

    pub fn context(&self) -> Context {
        match self.step {
            Step::List => Context::Resume,
            Step::ConfirmDiscard => Context::ResumeDiscard,
            Step::ConfirmDiscardOld => Context::ResumeDiscardOld,
            Step::Version(_) => Context::ResumeVersion,
            Step::Carried { .. } => Context::ResumeCarried,
        }
    }

    fn selected(&self) -> Option<&FoundDraft> {
        self.list.selected().and_then(|i| self.drafts.get(i))
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        match &self.step {
            Step::ConfirmDiscard => {
                if input.act == Some(Action::Yes)
                    && let Some(d) = self.selected()
                {
                    m.effect(Effect::DiscardDraft(d.file.id.clone()));
                }
                if matches!(input.act, Some(Action::Yes | Action::No)) {
                    self.step = Step::List;
                }
                return;
            }
            Step::ConfirmDiscardOld => {
                if input.act == Some(Action::Yes)
                    && let Some(offer) = stale_offer(&m.l10n, &m.session, &self.drafts)
                {
                    for id in offer.ids {
                        m.effect(Effect::DiscardDraft(id));
                    }
                }
                if matches!(input.act, Some(Action::Yes | Action::No)) {
                    self.step = Step::List;
                }
                return;
            }
            Step::Version(installed) => {
                match input.act {
                    Some(Action::Confirm) => go_on(m),
                    Some(Action::CarryOver) => {
                        let installed = Arc::clone(installed);
                        self.carry_over(m, &installed);
                    }
                    Some(Action::Later) => {
                        // The draft stays on disk as it was; nothing was changed.
                        m.active = None;
                        self.step = Step::List;
                        m.go(Screen::Home(super::home::Home::new(m)));
                    }
                    _ => {}
                }
                return;
            }
            Step::Carried { .. } => {
                if input.act == Some(Action::Continue) {
                    go_on(m);
                }
                return;
            }
            Step::List => {}
        }
        match input.act {
            Some(Action::Up) => self.list.select_previous(),
            Some(Action::Down) => {
                let next = self.list.selected().map_or(0, |s| s + 1);
                self.list
                    .select(Some(next.min(self.drafts.len().saturating_sub(1))));
            }
            Some(Action::Discard) if self.selected().is_some() => {
                self.step = Step::ConfirmDiscard;
            }
            Some(Action::DiscardOld)
                if stale_offer(&m.l10n, &m.session, &self.drafts).is_some() =>
            {
                self.step = Step::ConfirmDiscardOld;
            }
            Some(Action::Later) => m.go(Screen::Home(super::home::Home::new(m))),
            Some(Action::Confirm) => {
                let Some(Ok(draft)) = self.selected().map(|d| &d.draft) else {
                    return;
                };
                match m.session.resume(draft) {
                    Ok(active) => {
                        let wl = active.worker_language.clone();
                        let installed = m.session.installed_version(&active);
                        m.active = Some(active);
                        if m.catalog.available().iter().any(|t| *t == wl.as_str()) {
                            m.set_ui_language(wl.as_str());
                        }
                        match installed {
                            Some(p) => self.step = Step::Version(p),
                            None => go_on(m),
                        }
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

    /// Moves the resumed screening to the installed version and keeps the result at once
    /// (a quick exit now saves the carried-over draft).
    fn carry_over(&mut self, m: &mut Model, installed: &Protocol) {
        let Some(active) = m.active.as_mut() else {
            return;
        };
        match m.session.carry_over(active) {
            Ok(carried) => {
                let (title, lines) = carried_lines(&m.l10n, &carried, installed);
                m.effect(Effect::Autosave);
                self.step = Step::Carried { title, lines };
            }
            Err(e) => {
                let msg = e.explain(&m.l10n);
                m.problem(msg);
            }
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
        if let Step::Carried { title, lines } = &self.step {
            let width = body.width.saturating_sub(3);
            let mut text: Vec<Line> = Vec::new();
            for (n, l) in lines.iter().enumerate() {
                let (indent, line) = if n == 0 {
                    (1, format!(" {l}"))
                } else {
                    (3, format!(" • {l}"))
                };
                text.extend(wrapped(&line, width, indent, m.theme.base));
            }
            text.push(Line::from(""));
            text.push(Line::from(Span::styled(
                format!(" {}", m.tr("resume-carried-go-on")),
                m.theme.key,
            )));
            f.render_widget(para(text).block(boxed(m, title.clone())), body);
            return;
        }
        let stale = stale_offer(&m.l10n, &m.session, &self.drafts);
        let info_height = match (&self.step, &stale) {
            (Step::Version(_), _) => 8,
            (_, Some(_)) => 7,
            _ => 5,
        };
        let [list, info] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(info_height)]).areas(body);
        let rows: Vec<DraftRow> = rows(&m.l10n, &m.session, &self.drafts);
        let width = list.width.saturating_sub(2);
        let items = rows.iter().map(|r| {
            let style = if r.readable && !r.stale {
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
        let help = match &self.step {
            Step::ConfirmDiscard => vec![Line::from(Span::styled(
                m.tr("resume-discard-confirm"),
                m.theme.urgent,
            ))],
            Step::ConfirmDiscardOld => match &stale {
                Some(s) => vec![Line::from(Span::styled(s.confirm.clone(), m.theme.urgent))],
                None => Vec::new(),
            },
            Step::Version(installed) => match &m.active {
                Some(a) => {
                    let offer = version_offer(&m.l10n, a.screening.protocol(), installed);
                    vec![
                        Line::from(Span::styled(offer.differs, m.theme.warning)),
                        Line::from(Span::styled(offer.keep, m.theme.key)),
                        Line::from(offer.carry),
                        Line::from(m.tr("resume-later")),
                    ]
                }
                None => Vec::new(),
            },
            _ => {
                let mut lines = vec![
                    Line::from(m.tr("resume-question")),
                    Line::from(Span::styled(m.tr("resume-yes"), m.theme.key)),
                    Line::from(m.tr("resume-later")),
                    Line::from(m.tr("resume-discard")),
                ];
                if let Some(s) = &stale {
                    lines.push(Line::from(Span::styled(
                        format!("{} {}", s.offer, s.key),
                        m.theme.warning,
                    )));
                }
                lines
            }
        };
        f.render_widget(para(help), info);
    }
}

/// Into the resumed screening, where it stopped.
fn go_on(m: &mut Model) {
    m.effect(Effect::StartCallTimer);
    m.go(Screen::for_position(m));
}
