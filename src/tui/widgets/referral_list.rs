//! The referral list and the hand-off with consent to share, drawn from the presentation
//! layer's views: one drawing for a real screening's referral screen and practice's.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::chrome::{Chrome, boxed, centered, clear, filter_line, lines, para, wrapped};
use super::text_field::TextField;
use crate::present::referrals::{HandoffView, ReferralView};
use crate::referral::matching::{NeedSuggestions, Reason};
use crate::referral::model::{ServiceIdx, ShareConsent};
use crate::tui::keymap::Action;

/// Choosing one service: the hand-off script and consent to share.
pub(crate) struct ShareDialog {
    pub service: ServiceIdx,
    pub reasons: Vec<Reason>,
    pub need: String,
    /// Typing what may be shared ("only what the person says").
    limited: Option<TextField>,
}

/// What a key did to the dialog.
pub(crate) enum Shared {
    /// Still asking.
    Open,
    /// Closed without an answer.
    Cancelled,
    /// The person answered: the consent and, when limited, what may be shared.
    Chosen(ShareConsent, Option<String>),
}

impl ShareDialog {
    /// For suggestion `k` of a need's group.
    pub(crate) fn of(group: &NeedSuggestions, k: usize) -> Option<ShareDialog> {
        let s = group.suggestions.get(k)?;
        Some(ShareDialog {
            service: s.service,
            reasons: s.reasons.clone(),
            need: group.need.clone(),
            limited: None,
        })
    }

    pub(crate) fn typing(&self) -> bool {
        self.limited.is_some()
    }

    pub(crate) fn update(&mut self, act: Option<Action>, key: &KeyEvent) -> Shared {
        match (&mut self.limited, act) {
            (Some(field), Some(Action::Confirm)) => {
                let (c, what) = ShareConsent::limited_to(&field.take());
                Shared::Chosen(c, what)
            }
            (Some(_), Some(Action::Cancel)) => {
                self.limited = None;
                Shared::Open
            }
            (Some(field), _) => {
                field.handle(key);
                Shared::Open
            }
            (None, Some(Action::ShareYes)) => Shared::Chosen(ShareConsent::Yes, None),
            (None, Some(Action::ShareNo)) => Shared::Chosen(ShareConsent::No, None),
            (None, Some(Action::ShareLimited)) => {
                self.limited = Some(TextField::default());
                Shared::Open
            }
            (None, Some(Action::Cancel)) => Shared::Cancelled,
            _ => Shared::Open,
        }
    }

    /// Over the list: the hand-off to read, why it was suggested, the consent question.
    pub(crate) fn view(&self, m: &dyn Chrome, f: &mut Frame, area: Rect, v: &HandoffView) {
        let theme = m.theme();
        let mut out = lines(&v.script, theme.read_aloud);
        if !v.why.is_empty() {
            out.extend(lines(&v.why, theme.muted));
        }
        out.push(Line::from(v.phone.clone()));
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            v.question.clone(),
            theme.read_aloud,
        )));
        out.extend(lines(&v.scope, theme.muted));
        match &self.limited {
            None => out.extend(
                v.options
                    .iter()
                    .map(|o| Line::from(Span::styled(o.clone(), theme.key))),
            ),
            Some(_) => out.push(Line::from(v.limited_prompt.clone())),
        }
        let width = area.width.saturating_sub(6).max(40);
        let text = para(out);
        // As tall as its text (and the typing row), within the screen.
        let needed =
            text.line_count(width.saturating_sub(2)) as u16 + 2 + u16::from(self.limited.is_some());
        let r = centered(area, width, needed.min(area.height));
        // The rows beside it too: cut-off words of the list there read as noise.
        let beside = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..r
        };
        clear(f, beside, theme.base);
        let block = boxed(m, v.title.clone());
        let inner = block.inner(r);
        f.render_widget(block, r);
        match &self.limited {
            None => f.render_widget(text, inner),
            Some(field) => {
                let h = (text.line_count(inner.width) as u16).min(inner.height.saturating_sub(1));
                let [t, row] =
                    Layout::vertical([Constraint::Length(h), Constraint::Length(1)]).areas(inner);
                f.render_widget(text, t);
                field.render(
                    f,
                    row,
                    Span::styled("> ", theme.key),
                    theme.selected,
                    false,
                    true,
                );
            }
        }
    }
}

/// The referral screen's body inside its box: what to do first for a minor, the intro with
/// the count chosen, the law-enforcement line, the filter (when one is typed) and the list by
/// need, the cursor on item `cursor`. After a stop, only what to do instead.
pub(crate) fn body(
    m: &dyn Chrome,
    f: &mut Frame,
    body: Rect,
    v: &ReferralView,
    cursor: usize,
    filter: Option<(&TextField, bool)>,
    law_enforcement: bool,
) {
    let theme = m.theme();
    let block = boxed(m, v.title.clone());
    let inner = block.inner(body);
    f.render_widget(block, body);
    let mut head = Vec::new();
    if let Some(stopped) = &v.stopped {
        // Nothing else to say or choose after a stop.
        f.render_widget(para(lines(stopped, theme.warning)), inner);
        return;
    }
    if let Some((what, notice)) = &v.minor {
        head.push(Line::from(Span::styled(what.clone(), theme.urgent)));
        head.push(Line::from(Span::styled(notice.clone(), theme.muted)));
    }
    head.push(Line::from(vec![
        Span::styled(v.intro.clone(), theme.muted),
        Span::styled(format!("  {}", v.chosen_count), theme.ok),
    ]));
    head.push(Line::from(Span::styled(
        v.law_enforcement.clone(),
        if law_enforcement {
            theme.warning
        } else {
            theme.hint
        },
    )));
    let head = para(head);
    let head_h = (head.line_count(inner.width) as u16).min(inner.height / 2);
    let filter_h = u16::from(filter.is_some());
    let [head_area, filter_area, list_area] = Layout::vertical([
        Constraint::Length(head_h),
        Constraint::Length(filter_h),
        Constraint::Min(1),
    ])
    .areas(inner);
    f.render_widget(head, head_area);
    if let Some((field, typing)) = filter {
        filter_line(m, f, filter_area, field, typing);
    }
    // One list item per group heading and per suggestion; the cursor is on suggestions.
    let mut list_items = Vec::new();
    let mut selected = None;
    for g in &v.groups {
        let mut heading = wrapped(
            &format!("{}  ({})", g.label, g.category),
            list_area.width,
            2,
            theme.title,
        );
        if let Some(fb) = &g.fallback {
            heading.extend(wrapped(
                &format!("  {fb}"),
                list_area.width,
                2,
                theme.warning,
            ));
        }
        list_items.push(ListItem::new(heading));
        for r in &g.rows {
            if r.item == cursor {
                selected = Some(list_items.len());
            }
            let mark = if r.chosen.is_some() { "[✓] " } else { "[ ] " };
            let w = list_area.width;
            let mut text = wrapped(
                &format!("  {mark}{} — {}  {}", r.name, r.organization, r.phone),
                w,
                6,
                theme.read_aloud,
            );
            if !r.reasons.is_empty() {
                text.extend(wrapped(
                    &format!("      + {}", r.reasons.join(" · ")),
                    w,
                    8,
                    theme.ok,
                ));
            }
            if !r.misfits.is_empty() {
                text.extend(wrapped(
                    &format!("      − {}", r.misfits.join(" · ")),
                    w,
                    8,
                    theme.warning,
                ));
            }
            if let Some(e) = &r.eligibility {
                text.extend(wrapped(&format!("      {e}"), w, 8, theme.muted));
            }
            list_items.push(ListItem::new(text));
        }
    }
    let mut state = ListState::default().with_selected(selected);
    f.render_stateful_widget(
        List::new(list_items).highlight_style(theme.selected),
        list_area,
        &mut state,
    );
}
