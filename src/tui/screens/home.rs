//! Home: which protocol, the interview language (the person's), the screen language (the
//! worker's) and an optional worker label; then the consent.

use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::Screen;
use crate::i18n::LangTag;
use crate::present::message::Explain;
use crate::present::{args, protocol_title, safe};
use crate::protocol::Audience;
use crate::tui::app::{Exit, Input, Model};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para, wrapped};
use crate::tui::widgets::text_field::TextField;

/// Where the focus is on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Protocol,
    InterviewLanguage,
    ScreenLanguage,
    WorkerLabel,
}

impl Focus {
    fn next(self) -> Focus {
        match self {
            Focus::Protocol => Focus::InterviewLanguage,
            Focus::InterviewLanguage => Focus::ScreenLanguage,
            Focus::ScreenLanguage => Focus::WorkerLabel,
            Focus::WorkerLabel => Focus::Protocol,
        }
    }
    fn prev(self) -> Focus {
        match self {
            Focus::Protocol => Focus::WorkerLabel,
            Focus::InterviewLanguage => Focus::Protocol,
            Focus::ScreenLanguage => Focus::InterviewLanguage,
            Focus::WorkerLabel => Focus::ScreenLanguage,
        }
    }
}

pub struct Home {
    pub focus: Focus,
    protocols: ListState,
    interview_language: usize,
    /// Optional label recorded with each screening (never required; no survivor data).
    worker_label: TextField,
}

impl Home {
    pub fn new(m: &Model) -> Home {
        let mut h = Home {
            focus: Focus::Protocol,
            protocols: ListState::default().with_selected(Some(0)),
            interview_language: 0,
            worker_label: TextField::default(),
        };
        h.reset_language(m);
        h
    }

    pub fn typing(&self) -> bool {
        self.focus == Focus::WorkerLabel
    }

    fn protocol(&self) -> usize {
        self.protocols.selected().unwrap_or(0)
    }

    /// The interview language offered first: the screen language when the protocol has it
    /// (a Spanish-speaking worker usually screens in Spanish), else the protocol's default.
    fn reset_language(&mut self, m: &Model) {
        if let Some(p) = m.session.protocols.get(self.protocol()) {
            let ui = m.l10n.language();
            self.interview_language = p
                .languages()
                .position(|l| l == ui)
                .or_else(|| p.languages().position(|l| l == p.default_language()))
                .unwrap_or(0);
        }
    }

    pub fn update(&mut self, m: &mut Model, input: Input) {
        // Practice leaves the screening program: the session is locked and dropped first.
        if input.act == Some(Action::Practice) {
            m.effect(Effect::Exit(Exit::Practice));
            return;
        }
        // Sending records needs no protocol: it works even when none loads.
        if input.act == Some(Action::Sync) {
            let next = super::sync::Sync::open(m);
            m.go(next);
            return;
        }
        let n_protocols = m.session.protocols.len();
        let Some(p) = m.session.protocols.get(self.protocol()).cloned() else {
            if input.act == Some(Action::Quit) {
                m.effect(Effect::Exit(Exit::Normal));
            }
            return;
        };
        let n_langs = p.languages().count();
        let step = |v: usize, n: usize, forward: bool| {
            if forward {
                (v + 1) % n
            } else {
                (v + n - 1) % n
            }
        };
        match (input.act, self.focus) {
            (Some(Action::NextField), _) => self.focus = self.focus.next(),
            (Some(Action::PrevField), _) => self.focus = self.focus.prev(),
            (Some(Action::Up), Focus::Protocol) => {
                self.protocols.select_previous();
                self.reset_language(m);
            }
            (Some(Action::Down), Focus::Protocol) => {
                let next = (self.protocol() + 1).min(n_protocols.saturating_sub(1));
                self.protocols.select(Some(next));
                self.reset_language(m);
            }
            (
                Some(a @ (Action::Left | Action::Right | Action::Up | Action::Down)),
                Focus::InterviewLanguage,
            ) => {
                let forward = matches!(a, Action::Right | Action::Down);
                self.interview_language = step(self.interview_language, n_langs, forward);
            }
            (
                Some(a @ (Action::Left | Action::Right | Action::Up | Action::Down)),
                Focus::ScreenLanguage,
            ) => {
                let available = m.catalog.available();
                if !available.is_empty() {
                    let now = available
                        .iter()
                        .position(|t| t == m.l10n.language())
                        .unwrap_or(0);
                    let forward = matches!(a, Action::Right | Action::Down);
                    let tag = available[step(now, available.len(), forward)].clone();
                    m.set_ui_language(&tag);
                }
            }
            (Some(Action::Confirm), _) => {
                let lang = p
                    .languages()
                    .nth(self.interview_language)
                    .unwrap_or(p.default_language())
                    .to_string();
                let worker = m.l10n.language().to_string();
                let label = self.worker_label.text.trim().to_string();
                match m
                    .session
                    .start(p, &LangTag::checked(&lang), &LangTag::checked(&worker))
                {
                    Ok(mut active) => {
                        active.worker = (!label.is_empty()).then_some(label);
                        m.active = Some(active);
                        m.effect(Effect::StartCallTimer);
                        m.go(Screen::Consent(super::consent::Consent::default()));
                    }
                    Err(e) => {
                        let msg = e.explain(&m.l10n);
                        m.problem(msg);
                    }
                }
            }
            (Some(Action::Quit), f) if f != Focus::WorkerLabel => {
                m.effect(Effect::Exit(Exit::Normal))
            }
            (_, Focus::WorkerLabel) => {
                self.worker_label.handle(&input.key);
            }
            _ => {}
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let title = Line::from(format!(" {} · {}", m.tr("app-name"), m.tr("home-title")));
        let body = frame(m, f, area, title, Context::Home, self.typing());
        let protocols = &m.session.protocols;
        if protocols.is_empty() {
            let msg = m.l10n.tr_args(
                "home-no-protocols",
                &args([("folder", FluentValue::from("screening/"))]),
            );
            let mut lines = vec![Line::from(Span::styled(msg, m.theme.warning))];
            for d in m.session.protocol_problems.iter().take(8) {
                lines.push(Line::from(safe(&d.to_string())));
            }
            f.render_widget(para(lines), body);
            return;
        }
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
        let width = left.width.saturating_sub(2);
        let items = protocols.iter().map(|p| {
            ListItem::new(wrapped(
                &format!(" {}", protocol_title(&m.l10n, p)),
                width,
                1,
                m.theme.base,
            ))
        });
        let mut state = self.protocols;
        f.render_stateful_widget(
            List::new(items)
                .block(boxed(m, m.tr("home-protocol")))
                .highlight_style(if self.focus == Focus::Protocol {
                    m.theme.selected
                } else {
                    m.theme.read_aloud
                }),
            left,
            &mut state,
        );

        let p = &protocols[self.protocol()];
        let hp = &p.file.protocol;
        let ui = m.l10n.language().to_string();
        let audience = match hp.audience {
            Audience::Adult => "home-audience-adult",
            Audience::Minor => "home-audience-minor",
            Audience::Any => "home-audience-any",
        };
        let mut info = vec![
            Line::from(Span::styled(protocol_title(&m.l10n, p), m.theme.read_aloud)),
            Line::from(format!(
                "{} · {} · {}",
                m.l10n.tr_args(
                    "home-minutes",
                    &args([("minutes", FluentValue::from(hp.estimated_minutes))])
                ),
                m.l10n.tr_args(
                    "home-questions",
                    &args([("count", FluentValue::from(p.question_count()))])
                ),
                m.tr(audience)
            )),
        ];
        if let Some(desc) = &hp.description {
            // Wrapped here: ratatui's wrapping can put a wide character in the last column,
            // over the box's border.
            let text = safe(&desc.render(&ui, p.default_language(), None));
            info.extend(wrapped(
                &text,
                right.width.saturating_sub(2),
                0,
                m.theme.base,
            ));
        }
        info.push(Line::from(Span::styled(
            m.tr("home-not-validated"),
            m.theme.muted,
        )));
        let block = boxed(m, m.tr("home-title"));
        let inner = block.inner(right);
        f.render_widget(block, right);
        let info = para(info);
        let interview = p
            .languages()
            .nth(self.interview_language)
            .unwrap_or(p.default_language());
        let field = |focus: Focus, label: String, value: String| {
            let style = if self.focus == focus {
                m.theme.selected
            } else {
                m.theme.base
            };
            para(vec![Line::from(vec![
                Span::styled(format!("{label}: "), m.theme.muted),
                Span::styled(format!("◀ {value} ▶"), style),
            ])])
        };
        // A translation awaiting review says so where the worker picks it.
        let mut interview_name = m.l10n.language_name(interview);
        if p.translation_is_draft(interview) {
            interview_name = m.l10n.tr_args(
                "home-draft-language",
                &args([("language", FluentValue::from(interview_name))]),
            );
        }
        let interview = field(
            Focus::InterviewLanguage,
            m.tr("home-interview-language"),
            interview_name,
        );
        let mut ui_name = m.l10n.language_name(&ui);
        if m.l10n.is_draft() {
            ui_name = m.l10n.tr_args(
                "home-draft-language",
                &args([("language", FluentValue::from(ui_name))]),
            );
        }
        let screen = field(Focus::ScreenLanguage, m.tr("home-worker-language"), ui_name);
        let label = para(vec![Line::from(Span::styled(
            format!("{}:", m.tr("home-worker")),
            m.theme.muted,
        ))]);
        let w = inner.width;
        let (h_interview, h_screen, h_label) = (
            interview.line_count(w) as u16,
            screen.line_count(w) as u16,
            label.line_count(w) as u16,
        );
        // The fields keep their rows, then the warning about example settings; the
        // description gets what is left above them.
        let mut tail = Vec::new();
        if m.session.settings.file.jurisdiction.is_example {
            tail.push(Line::from(""));
            tail.push(Line::from(Span::styled(
                m.tr("home-example-settings"),
                m.theme.warning,
            )));
        }
        let tail = para(tail);
        let tail_h = tail.line_count(w) as u16;
        let fields = 1 + h_interview + h_screen + h_label + 1;
        let info_height =
            (info.line_count(w) as u16).min(inner.height.saturating_sub(fields + tail_h));
        let [
            info_area,
            _,
            interview_row,
            screen_row,
            label_row,
            input_row,
            rest,
        ] = Layout::vertical([
            Constraint::Length(info_height),
            Constraint::Length(1),
            Constraint::Length(h_interview),
            Constraint::Length(h_screen),
            Constraint::Length(h_label),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(inner);
        f.render_widget(info, info_area);
        f.render_widget(interview, interview_row);
        f.render_widget(screen, screen_row);
        f.render_widget(label, label_row);
        self.worker_label.render(
            f,
            input_row,
            Span::styled("> ", m.theme.key),
            if self.focus == Focus::WorkerLabel {
                m.theme.selected
            } else {
                m.theme.base
            },
            false,
            self.focus == Focus::WorkerLabel,
        );
        f.render_widget(tail, rest);
    }
}
