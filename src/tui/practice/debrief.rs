//! The debrief at the end of a practice: the score and its parts, how it went, what was
//! found and missed, each answer with its teaching point, time per section, and the persona
//! card. `w` keeps it as Markdown (fictional data only); Enter goes back to the scenarios.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{PracticeModel, PracticeScreen};
use crate::practice::debrief::Debrief as Computed;
use crate::practice::rehearsal::Rehearsal;
use crate::practice::report::{self, Block};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets::chrome::{boxed, frame, para, scroll};

pub struct Debrief {
    blocks: Vec<Block>,
    markdown: String,
    /// `debrief-<scenario>-<date>.md`, in the folder practice was started from.
    file: String,
    kept: bool,
    scroll: u16,
}

impl Debrief {
    pub fn new(m: &PracticeModel, r: &Rehearsal) -> Debrief {
        let d = Computed::compute(r);
        Debrief {
            blocks: report::blocks(&m.l10n, r, &d),
            markdown: report::markdown(&m.l10n, r, &d),
            file: report::file_name(r.scenario.id(), m.clock.now()),
            kept: false,
            scroll: 0,
        }
    }

    /// Every line of the debrief (it scrolls on screen), for tests and screen readers.
    pub fn text(&self) -> String {
        self.blocks
            .iter()
            .flat_map(|b| std::iter::once(b.heading.clone()).chain(b.lines.iter().cloned()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn update(&mut self, m: &mut PracticeModel, act: Option<Action>) -> Option<PracticeScreen> {
        if scroll(&mut self.scroll, act) {
            return None;
        }
        match act {
            Some(Action::Select) if !self.kept => {
                // Written by the caller when practice ends: nothing here touches the disk.
                m.keep = Some((self.file.clone(), self.markdown.clone()));
                self.kept = true;
                m.status = Some(crate::tui::app::Status::Info(m.tr("practice-will-keep")));
                None
            }
            Some(Action::Confirm) => Some(PracticeScreen::Picker(super::picker::Picker::default())),
            Some(Action::Quit) => {
                m.done = true;
                None
            }
            _ => None,
        }
    }

    pub fn view(&self, m: &PracticeModel, f: &mut Frame, area: Rect) {
        let body = frame(
            m,
            f,
            area,
            m.title(&m.tr("debrief-title")),
            Context::PracticeDebrief,
            false,
        );
        let mut lines = vec![
            Line::from(Span::styled(m.tr("debrief-fictional"), m.theme.muted)),
            Line::from(""),
        ];
        for b in &self.blocks {
            lines.push(Line::from(Span::styled(b.heading.clone(), m.theme.title)));
            for l in &b.lines {
                let style = if l.starts_with('✗') {
                    m.theme.warning
                } else if l.starts_with('✓') {
                    m.theme.ok
                } else {
                    m.theme.base
                };
                lines.push(Line::from(Span::styled(l.clone(), style)));
            }
            lines.push(Line::from(""));
        }
        f.render_widget(
            para(lines)
                .block(boxed(m, m.tr("debrief-title")))
                .scroll((self.scroll, 0)),
            body,
        );
    }
}
