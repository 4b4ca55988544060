//! Send records: the outbox to a target from the settings, or to a folder typed here (the
//! office USB drive), with a progress bar and a summary. Reached from the home screen and
//! after a save, so a worker never needs a shell. It shows file counts and sizes only.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, List, ListItem, ListState};

use crate::present::sync::{self as present, TargetChoice};
use crate::present::{args, safe};
use crate::tui::app::{Input, Model};
use crate::tui::effect::{Done, Effect};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para};
use crate::tui::widgets::text_field::TextField;

enum Phase {
    Choose,
    Running,
    Finished {
        lines: Vec<present::Line>,
        complete: bool,
    },
}

pub struct Sync {
    targets: Vec<TargetChoice>,
    /// Index into `targets`; `targets.len()` is the folder typed below them.
    choice: usize,
    folder: TextField,
    waiting: Option<(usize, u64)>,
    phase: Phase,
}

impl Sync {
    /// Opens the screen; the outbox is counted by an effect (it reads the disk).
    pub fn open(m: &mut Model) -> super::Screen {
        m.effect(Effect::CountOutbox);
        super::Screen::Sync(Sync {
            targets: present::targets(&m.session.settings.file.sync),
            choice: 0,
            folder: TextField::default(),
            waiting: None,
            phase: Phase::Choose,
        })
    }

    fn on_folder(&self) -> bool {
        self.choice == self.targets.len()
    }

    pub fn context(&self) -> Context {
        match self.phase {
            Phase::Choose => Context::Sync,
            // Only the keys of every screen: quick exit, pause, help.
            Phase::Running => Context::Global,
            Phase::Finished { .. } => Context::SyncDone,
        }
    }

    pub fn typing(&self) -> bool {
        matches!(self.phase, Phase::Choose) && self.on_folder()
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        match (&self.phase, input.act) {
            (Phase::Choose, Some(Action::Up)) => self.choice = self.choice.saturating_sub(1),
            (Phase::Choose, Some(Action::Down)) => {
                self.choice = (self.choice + 1).min(self.targets.len())
            }
            (Phase::Choose, Some(Action::Back))
            | (Phase::Finished { .. }, Some(Action::Confirm)) => {
                m.go(super::Screen::Home(super::home::Home::new(m)))
            }
            (Phase::Choose, Some(Action::Confirm)) => {
                let to = match self.targets.get(self.choice) {
                    Some(t) => t.name.clone(),
                    None => self.folder.text.trim().to_string(),
                };
                if to.is_empty() {
                    return;
                }
                m.sync_progress = None;
                self.phase = Phase::Running;
                m.effect(Effect::StartSync(to));
            }
            (Phase::Choose, _) if self.on_folder() => {
                self.folder.handle(&input.key);
            }
            _ => {}
        }
    }

    pub fn done(&mut self, m: &mut Model, done: Done) {
        match done {
            Done::Outbox(n, bytes) => self.waiting = Some((n, bytes)),
            Done::Synced(r) => {
                let (lines, complete) = match r {
                    Ok(summary) => (
                        present::summary(&m.l10n, &summary, false),
                        summary.complete() && !summary.files.is_empty(),
                    ),
                    Err(e) => (
                        vec![present::Line {
                            text: present::refusal(&m.l10n, &e),
                            problem: true,
                        }],
                        false,
                    ),
                };
                self.phase = Phase::Finished { lines, complete };
                m.effect(Effect::CountOutbox);
            }
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("sync-title")));
        let body = frame(m, f, area, title, self.context(), self.typing());
        let block = boxed(m, m.tr("sync-title"));
        let inner = block.inner(body);
        f.render_widget(block, body);
        let mut head = Vec::new();
        if let Some((n, bytes)) = self.waiting {
            head.push(Line::from(present::waiting(&m.l10n, n, bytes)));
        }
        match &self.phase {
            Phase::Choose => self.view_choose(m, f, inner, head),
            Phase::Running => {
                let [text, gauge, rest] = Layout::vertical([
                    Constraint::Length(head.len() as u16 + 1),
                    Constraint::Length(1),
                    Constraint::Min(0),
                ])
                .areas(inner);
                f.render_widget(para(head), text);
                let (ratio, label) = match &m.sync_progress {
                    Some((p, secs)) if p.total > 0 => (
                        p.done as f64 / p.total as f64,
                        present::progress(&m.l10n, p, *secs),
                    ),
                    _ => (0.0, m.tr("working")),
                };
                f.render_widget(
                    Gauge::default()
                        .ratio(ratio.clamp(0.0, 1.0))
                        .label(label)
                        .gauge_style(m.theme.selected),
                    gauge,
                );
                f.render_widget(
                    para(vec![
                        Line::from(""),
                        Line::from(Span::styled(m.tr("sync-running"), m.theme.muted)),
                    ]),
                    rest,
                );
            }
            Phase::Finished { lines, complete } => {
                // What happened first, then what is still waiting.
                let mut out = Vec::new();
                if *complete {
                    out.push(Line::from(Span::styled(m.tr("sync-done-ok"), m.theme.ok)));
                    out.push(Line::from(""));
                }
                for l in lines {
                    let style = if l.problem {
                        m.theme.warning
                    } else {
                        m.theme.base
                    };
                    out.push(Line::from(Span::styled(l.text.clone(), style)));
                }
                out.push(Line::from(""));
                out.extend(head);
                f.render_widget(para(out), inner);
            }
        }
    }

    fn view_choose(&self, m: &Model, f: &mut Frame, area: Rect, mut head: Vec<Line<'_>>) {
        head.push(Line::from(""));
        head.push(Line::from(Span::styled(m.tr("sync-choose"), m.theme.muted)));
        if self.targets.is_empty() {
            head.push(Line::from(m.tr("sync-no-targets")));
        }
        let head = para(head);
        let head_h = head.line_count(area.width) as u16;
        let [top, list, field, _] = Layout::vertical([
            Constraint::Length(head_h.min(area.height)),
            Constraint::Length(self.targets.len() as u16 + 1),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(area);
        f.render_widget(head, top);
        let mut items: Vec<ListItem> = self
            .targets
            .iter()
            .map(|t| {
                let text = if t.is_default {
                    m.l10n
                        .tr_args("sync-default", &args([("target", t.label.clone().into())]))
                } else {
                    t.label.clone()
                };
                ListItem::new(safe(&text))
            })
            .collect();
        items.push(ListItem::new(m.tr("sync-other-folder")));
        let mut state = ListState::default().with_selected(Some(self.choice));
        f.render_stateful_widget(
            List::new(items)
                .highlight_style(m.theme.selected)
                .highlight_symbol("> ")
                .highlight_spacing(ratatui::widgets::HighlightSpacing::Always),
            list,
            &mut state,
        );
        self.folder.render(
            f,
            field,
            Span::styled("    → ", m.theme.key),
            if self.on_folder() {
                m.theme.selected
            } else {
                m.theme.base
            },
            false,
            self.on_folder(),
        );
    }
}
