//! The question screen: what to read aloud, worker guidance and "why we ask", the answer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};

use super::screens::{answer_text, screening_title, worker_only};
use super::{boxed, context_hints, frame, para, safe, text_lines};
use crate::engine::Position;
use crate::protocol::QuestionKind;
use crate::tui::app::{App, QuestionState};
use crate::tui::keymap::{Action, Context};
use crate::tui::update::{args, language_name};
use crate::tui::update_question::visible_choices;

pub fn question(app: &App, f: &mut Frame, area: Rect, q: &QuestionState) {
    let Some(a) = &app.active else { return };
    let s = &a.screening;
    let Position::Question(i) = s.position() else {
        return;
    };
    let p = s.protocol();
    let question = p.question(i);
    let kind = question.kind.value;

    let mut hint_actions = vec![Action::Next, Action::Back, Action::Review];
    if kind == QuestionKind::YesNo {
        hint_actions.extend([Action::Yes, Action::No]);
    }
    if kind.takes_answer() {
        hint_actions.extend([Action::Declined, Action::DontKnow, Action::NotAsked]);
    }
    let mut hints = context_hints(app, Context::Question, &hint_actions);
    // Answer keys first: they are what a worker on a call needs most.
    hints.sort_by_key(|(k, _)| !matches!(k.as_str(), "y" | "n" | "d" | "k" | "s"));
    if kind == QuestionKind::Text {
        // While typing, letters type: show the function keys instead.
        for h in hints.iter_mut() {
            h.0 = match h.0.as_str() {
                "d" => "F5".into(),
                "k" => "F6".into(),
                "s" => "F7".into(),
                "r" => "F8".into(),
                "PgDn" | "PgUp" => h.0.clone(),
                other => other.to_string(),
            };
        }
    }
    let body = frame(app, f, area, screening_title(app, ""), &hints);

    // Section and progress.
    let sections = s.section_progress();
    let sec = p.section_of(i);
    let sec_pos = sections
        .iter()
        .position(|(x, _, _)| *x == sec)
        .map(|n| n + 1)
        .unwrap_or(1);
    let lang_w = app.worker_text_language();
    let sec_title = safe(&s.render_in(&p.sections()[sec].title, &lang_w));
    let progress = s.progress();
    let [head, gauge, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(4),
    ])
    .areas(body);
    let mut sa = args(&[("section", sec_title)]);
    sa.set("index", sec_pos);
    sa.set("count", sections.len());
    let mut pa = args(&[]);
    pa.set("answered", progress.answered);
    pa.set("shown", progress.shown);
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(app.l10n.tr_args("question-section", &sa), app.theme.title),
            Span::styled(
                format!("   {}", app.l10n.tr_args("question-progress", &pa)),
                app.theme.muted,
            ),
        ])),
        head,
    );
    let ratio = if progress.shown == 0 {
        0.0
    } else {
        progress.answered as f64 / progress.shown as f64
    };
    f.render_widget(
        LineGauge::default()
            .filled_style(app.theme.key)
            .unfilled_style(app.theme.border)
            .ratio(ratio.clamp(0.0, 1.0))
            .label(""),
        gauge,
    );

    let mut lines = Vec::new();
    if let Some(intro) = &p.sections()[sec].intro
        && p.first_in_section(sec) == Some(i)
    {
        lines.extend(text_lines(&s.render(intro), app.theme.muted));
    }
    let label = if worker_only(app, i) {
        "question-worker-only"
    } else {
        "question-read-aloud"
    };
    lines.push(Line::from(Span::styled(app.tr(label), app.theme.muted)));
    // A staff check is for the worker: in the worker's language.
    let text_lang = display_language(app, i);
    lines.extend(text_lines(
        &s.render_in(&question.text, &text_lang),
        app.theme.read_aloud,
    ));
    if app.interpreter_view && text_lang != lang_w {
        lines.push(Line::from(Span::styled(
            format!(
                "{} ({})",
                app.tr("question-in-worker-language"),
                language_name(app, &lang_w)
            ),
            app.theme.muted,
        )));
        lines.extend(text_lines(
            &s.render_in(&question.text, &lang_w),
            app.theme.worker,
        ));
    }
    lines.push(Line::from(""));
    answer_area(app, &mut lines, i, q);
    // Guidance panel: beside the question when there is room, below it otherwise; the
    // question and its answers always keep the room they need (80x24 included), and the
    // panel gets what is left, or waits for a larger screen (`g` toggles it).
    let has_panel =
        app.show_guidance && (question.guidance.is_some() || question.purpose.is_some());
    let (content, panel) = if !has_panel {
        (main, None)
    } else if main.width >= 100 {
        let [c, pnl] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
            .areas(main);
        (c, Some(pnl))
    } else {
        let inner = main.width.saturating_sub(2).max(1) as usize;
        let rows = |l: &Line| l.width().div_ceil(inner).max(1) as u16;
        let needed = 2 + lines.iter().map(rows).sum::<u16>();
        let want = 2 + [&question.guidance, &question.purpose]
            .into_iter()
            .flatten()
            .map(|t| 1 + (s.render_in(t, &lang_w).chars().count().div_ceil(inner)) as u16)
            .sum::<u16>();
        let room = main.height.saturating_sub(needed);
        if room >= 4 {
            let [c, pnl] =
                Layout::vertical([Constraint::Min(needed), Constraint::Length(want.min(room))])
                    .areas(main);
            (c, Some(pnl))
        } else {
            (main, None)
        }
    };
    f.render_widget(para(lines).block(boxed(app, format!("{}", i + 1))), content);

    if let Some(pnl) = panel {
        let mut g = Vec::new();
        if let Some(t) = &question.guidance {
            g.push(Line::from(Span::styled(
                app.tr("question-guidance"),
                app.theme.title,
            )));
            g.extend(text_lines(&s.render_in(t, &lang_w), app.theme.worker));
        }
        if let Some(t) = &question.purpose {
            g.push(Line::from(Span::styled(
                app.tr("question-purpose"),
                app.theme.title,
            )));
            g.extend(text_lines(&s.render_in(t, &lang_w), app.theme.worker));
        }
        f.render_widget(para(g).block(boxed(app, app.tr("key-guidance"))), pnl);
    }
}

/// The language a question is shown in: the interview language, or the worker's for items
/// not read aloud.
pub fn display_language(app: &App, i: usize) -> String {
    match &app.active {
        Some(a) if a.screening.protocol().question(i).read_aloud => {
            a.screening.language().to_string()
        }
        _ => app.worker_text_language(),
    }
}

fn answer_area(app: &App, lines: &mut Vec<Line<'static>>, i: usize, q: &QuestionState) {
    let Some(a) = &app.active else { return };
    let s = &a.screening;
    let question = s.protocol().question(i);
    let current = s
        .answer(i)
        .map(|r| answer_text(app, i, &r.answer, question.sensitive));
    match question.kind.value {
        QuestionKind::Note => lines.push(Line::from(Span::styled(
            app.tr("question-note-continue"),
            app.theme.key,
        ))),
        QuestionKind::YesNo => {
            let opts = [
                ("y", "answer-yes"),
                ("n", "answer-no"),
                ("d", "answer-declined"),
                ("k", "answer-dont-know"),
                ("s", "answer-not-asked"),
            ];
            let mut spans = Vec::new();
            for (k, id) in opts {
                spans.push(Span::styled(format!("[{k}] "), app.theme.key));
                spans.push(Span::raw(format!("{}   ", app.tr(id))));
            }
            lines.push(Line::from(spans));
        }
        QuestionKind::Single | QuestionKind::Multiple => {
            let multiple = question.kind.value == QuestionKind::Multiple;
            let prompt = if multiple {
                "question-multiple-prompt"
            } else {
                "question-choice-prompt"
            };
            lines.push(Line::from(Span::styled(app.tr(prompt), app.theme.muted)));
            if q.filtering || !q.filter.text.is_empty() {
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", app.tr("question-filter")), app.theme.key),
                    Span::raw(format!(
                        "{}{}",
                        safe(&q.filter.text),
                        if q.filtering { "▏" } else { "" }
                    )),
                ]));
            }
            let choices = visible_choices(app, q);
            if choices.is_empty() {
                lines.push(Line::from(app.l10n.tr_args(
                    "question-no-match",
                    &args(&[("filter", safe(&q.filter.text))]),
                )));
            }
            let stored: Vec<String> = match s.answer(i).map(|r| &r.answer) {
                Some(crate::engine::Answer::Choices(cs)) => cs.clone(),
                Some(crate::engine::Answer::Choice(c)) => vec![c.clone()],
                _ => Vec::new(),
            };
            for (n, (_, id, label)) in choices.iter().enumerate() {
                let ticked = if multiple {
                    let on = q.ticked.contains(id) || (q.ticked.is_empty() && stored.contains(id));
                    if on { "[x] " } else { "[ ] " }
                } else if stored.contains(id) {
                    "(•) "
                } else {
                    "( ) "
                };
                let number = if n < 9 {
                    format!("{} ", n + 1)
                } else {
                    "  ".into()
                };
                let style = if n == q.cursor {
                    app.theme.selected
                } else {
                    app.theme.base
                };
                lines.push(Line::from(vec![
                    Span::styled(number, app.theme.key),
                    Span::styled(format!("{ticked}{}", safe(label)), style),
                ]));
            }
        }
        QuestionKind::Number | QuestionKind::Date | QuestionKind::Text => {
            let prompt = match question.kind.value {
                QuestionKind::Number => {
                    let unit = question
                        .unit
                        .as_ref()
                        .map(|u| {
                            format!(" ({})", safe(&s.render_in(u, &app.worker_text_language())))
                        })
                        .unwrap_or_default();
                    let mut text = app
                        .l10n
                        .tr_args("question-number-prompt", &args(&[("unit", unit)]));
                    if let (Some(min), Some(max)) = (question.min, question.max) {
                        text.push_str(&format!(
                            " ({})",
                            app.l10n.tr_args(
                                "question-number-range",
                                &args(&[("min", min.to_string()), ("max", max.to_string())])
                            )
                        ));
                    }
                    text
                }
                QuestionKind::Date => app.tr("question-date-prompt"),
                _ => app.tr("question-text-prompt"),
            };
            lines.push(Line::from(Span::styled(prompt, app.theme.muted)));
            let shown = if question.sensitive && !app.show_sensitive && !q.input.text.is_empty() {
                "•".repeat(q.input.text.chars().count())
            } else {
                safe(&q.input.text)
            };
            lines.push(Line::from(vec![
                Span::styled("> ", app.theme.key),
                Span::styled(format!("{shown}▏"), app.theme.selected),
            ]));
            let keys = if question.kind.value == QuestionKind::Text {
                [
                    ("F5", "answer-declined"),
                    ("F6", "answer-dont-know"),
                    ("F7", "answer-not-asked"),
                ]
            } else {
                [
                    ("d", "answer-declined"),
                    ("k", "answer-dont-know"),
                    ("s", "answer-not-asked"),
                ]
            };
            lines.push(Line::from(
                keys.iter()
                    .flat_map(|(k, id)| {
                        [
                            Span::styled(format!("[{k}] "), app.theme.key),
                            Span::raw(format!("{}   ", app.tr(id))),
                        ]
                    })
                    .collect::<Vec<_>>(),
            ));
        }
    }
    if let Some(e) = &q.error {
        lines.push(Line::from(Span::styled(safe(e), app.theme.warning)));
    }
    if let Some(c) = current {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            app.l10n
                .tr_args("question-current-answer", &args(&[("answer", c)])),
            app.theme.ok,
        )));
    }
}
