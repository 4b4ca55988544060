//! Help: the keys of the screen the worker is on first, then the keys of every screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::{Input, Model};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets::chrome::{boxed, centered, clear, para};

pub struct Help {
    context: Context,
    scroll: u16,
}

impl Help {
    pub fn new(context: Context) -> Help {
        Help { context, scroll: 0 }
    }

    /// False: close.
    pub fn update(&mut self, input: Input) -> bool {
        match input.act {
            Some(Action::Cancel | Action::Help) => false,
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                true
            }
            Some(Action::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                true
            }
            _ => true,
        }
    }

    pub fn view(&self, m: &Model, f: &mut Frame, area: Rect) {
        let r = centered(
            area,
            area.width.saturating_sub(4).max(40),
            area.height.saturating_sub(2),
        );
        clear(f, r, m.theme.base);
        let mut lines = vec![Line::from(Span::styled(m.tr("help-intro"), m.theme.muted))];
        let mut order: Vec<(Context, &str)> = Vec::new();
        // This screen's keys first, then every screen's, then the rest.
        for &(ctx, title) in keymap::Context::ALL {
            if ctx == self.context || ctx == Context::Global {
                order.push((ctx, title));
            }
        }
        for &(ctx, title) in keymap::Context::ALL {
            if ctx != self.context && ctx != Context::Global {
                order.push((ctx, title));
            }
        }
        for (ctx, title) in order {
            lines.push(Line::from(Span::styled(m.tr(title), m.theme.title)));
            for b in keymap::BINDINGS.iter().filter(|b| b.context == ctx) {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {:<16}", keymap::keys_label(b)), m.theme.key),
                    Span::raw(m.tr(b.description)),
                ]));
            }
        }
        f.render_widget(
            para(lines)
                .block(boxed(m, m.tr("help-title")))
                .scroll((self.scroll, 0)),
            r,
        );
    }
}
