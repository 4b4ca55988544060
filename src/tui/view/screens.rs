//! Home, consent, review, outcome, needs and save.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{boxed, context_hints, frame, para, safe, text_lines};
use crate::config::Settings;
use crate::engine::Answer;
use crate::protocol::Audience;
use crate::tui::app::{App, HomeState};
use crate::tui::keymap::{Action, Context};
use crate::tui::update::{args, language_name};

/// The title bar of a screening: protocol · interview language · call timer.
pub(super) fn screening_title(app: &App, extra: &str) -> Line<'static> {
    let Some(a) = &app.active else {
        return Line::from(format!(" {}", app.tr("app-name")));
    };
    let p = a.screening.protocol();
    let title =
        p.file
            .protocol
            .title
            .render(&app.worker_text_language(), p.default_language(), None);
    // A screen name replaces the protocol title: the bar must fit 80 columns.
    let head = if extra.is_empty() {
        safe(&title)
    } else {
        extra.to_string()
    };
    // What the worker glances at comes first (call time, language, the no-save warning);
    // the title is last, where a narrow screen cuts it.
    let mut spans = Vec::new();
    if let Some(e) = app.elapsed() {
        let s = e.as_secs();
        let time = format!("{:02}:{:02}", s / 60, s % 60);
        spans.push(Span::raw(format!(
            " {} ·",
            app.l10n.tr_args("question-timer", &args(&[("time", time)]))
        )));
    }
    spans.push(Span::raw(format!(
        " {} ·",
        language_name(app, a.screening.language())
    )));
    if !app.session.can_save() {
        spans.push(Span::styled(
            format!(" {} ·", app.tr("question-no-save")),
            app.theme.warning,
        ));
    }
    spans.push(Span::raw(format!(" {head}")));
    Line::from(spans)
}

pub fn home(app: &App, f: &mut Frame, area: Rect, h: &HomeState) {
    let body = frame(
        app,
        f,
        area,
        Line::from(format!(
            " {} · {}",
            app.tr("app-name"),
            app.tr("home-title")
        )),
        &[
            ("Enter".into(), app.tr("key-start")),
            ("Tab".into(), "⇥".into()),
        ],
    );
    let protocols = &app.session.protocols;
    if protocols.is_empty() {
        let msg = app.l10n.tr_args(
            "home-no-protocols",
            &args(&[("folder", "screening/".into())]),
        );
        let mut lines = vec![Line::from(Span::styled(msg, app.theme.warning))];
        for d in app.session.protocol_problems.iter().take(8) {
            lines.push(Line::from(safe(&d.to_string())));
        }
        f.render_widget(para(lines), body);
        return;
    }
    let ui = app.l10n.language().to_string();
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body);
    let mut list = Vec::new();
    for (n, p) in protocols.iter().enumerate() {
        let t = p
            .file
            .protocol
            .title
            .render(&ui, p.default_language(), None);
        let style = if n == h.protocol {
            if h.field == 0 {
                app.theme.selected
            } else {
                app.theme.read_aloud
            }
        } else {
            app.theme.base
        };
        list.push(Line::from(Span::styled(format!(" {} ", safe(&t)), style)));
    }
    f.render_widget(para(list).block(boxed(app, app.tr("home-protocol"))), left);

    let p = &protocols[h.protocol];
    let hp = &p.file.protocol;
    let audience = match hp.audience {
        Audience::Adult => "home-audience-adult",
        Audience::Minor => "home-audience-minor",
        Audience::Any => "home-audience-any",
    };
    let mut d = vec![
        Line::from(Span::styled(
            safe(&hp.title.render(&ui, p.default_language(), None)),
            app.theme.read_aloud,
        )),
        Line::from(format!(
            "{} · {} · {}",
            app.l10n.tr_args(
                "home-minutes",
                &args(&[("minutes", hp.estimated_minutes.to_string())])
            ),
            app.l10n.tr_args("home-questions", &{
                let mut a = args(&[]);
                a.set("count", p.question_count());
                a
            }),
            app.tr(audience)
        )),
    ];
    if let Some(desc) = &hp.description {
        d.push(Line::from(safe(&desc.render(
            &ui,
            p.default_language(),
            None,
        ))));
    }
    d.push(Line::from(Span::styled(
        app.tr("home-not-validated"),
        app.theme.muted,
    )));
    d.push(Line::from(""));
    let langs: Vec<&str> = p.languages().collect();
    let interview = langs
        .get(h.interview_language)
        .copied()
        .unwrap_or(p.default_language());
    let field = |n: usize, label: String, value: String| {
        let style = if h.field == n {
            app.theme.selected
        } else {
            app.theme.base
        };
        Line::from(vec![
            Span::styled(format!("{label}: "), app.theme.muted),
            Span::styled(format!("◀ {value} ▶"), style),
        ])
    };
    d.push(field(
        1,
        app.tr("home-interview-language"),
        language_name(app, interview),
    ));
    let mut ui_name = language_name(app, &ui);
    if app.l10n.is_draft() {
        ui_name.push_str(" (draft)");
    }
    d.push(field(2, app.tr("home-worker-language"), ui_name));
    let label_style = if h.field == 3 {
        app.theme.selected
    } else {
        app.theme.base
    };
    d.push(Line::from(vec![
        Span::styled(format!("{}: ", app.tr("home-worker")), app.theme.muted),
        Span::styled(
            format!(
                "{}{}",
                safe(&h.worker_label.text),
                if h.field == 3 { "▏" } else { "" }
            ),
            label_style,
        ),
    ]));
    if app.session.settings.file.jurisdiction.is_example {
        d.push(Line::from(""));
        d.push(Line::from(Span::styled(
            app.tr("home-example-settings"),
            app.theme.warning,
        )));
    }
    d.push(Line::from(""));
    d.push(Line::from(Span::styled(
        app.tr("home-keys"),
        app.theme.hint,
    )));
    f.render_widget(para(d).block(boxed(app, app.tr("home-title"))), right);
}

pub fn consent(app: &App, f: &mut Frame, area: Rect) {
    let Some(a) = &app.active else { return };
    let body = frame(
        app,
        f,
        area,
        screening_title(app, ""),
        &[
            ("Enter".into(), app.tr("key-confirm")),
            ("Esc".into(), app.tr("key-back")),
        ],
    );
    let p = a.screening.protocol();
    let mut lines = Vec::new();
    if p.file.consent.mandatory_reporting_notice {
        let notice = Settings::pick(
            &app.session
                .settings
                .file
                .jurisdiction
                .minor_reporting_notice,
            a.screening.language(),
        );
        lines.push(Line::from(Span::styled(
            app.tr("consent-notice"),
            app.theme.urgent,
        )));
        lines.extend(text_lines(notice, app.theme.read_aloud));
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        app.tr("consent-read"),
        app.theme.muted,
    )));
    lines.extend(text_lines(
        &a.screening.render(&p.file.consent.script),
        app.theme.read_aloud,
    ));
    if let Some(g) = &p.file.consent.guidance {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            app.tr("consent-guidance"),
            app.theme.muted,
        )));
        lines.extend(text_lines(
            &a.screening.render_in(g, &app.worker_text_language()),
            app.theme.worker,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.tr("consent-confirm"),
        app.theme.key,
    )));
    f.render_widget(
        para(lines)
            .block(boxed(app, app.tr("consent-title")))
            .scroll((app.scroll, 0)),
        body,
    );
}

/// How an answer reads for the worker.
pub(super) fn answer_text(app: &App, i: usize, a: &Answer, sensitive: bool) -> String {
    if sensitive && !app.show_sensitive {
        return app.tr("answer-hidden");
    }
    let Some(act) = &app.active else {
        return String::new();
    };
    let lang = app.worker_text_language();
    safe(&crate::session::answer_label(
        &app.l10n,
        &act.screening,
        i,
        a,
        &lang,
    ))
}

pub fn review(app: &App, f: &mut Frame, area: Rect, selected: usize, confirm: bool) {
    let Some(a) = &app.active else { return };
    let mut hints = context_hints(
        app,
        Context::Review,
        &[Action::Finish, Action::ShowSensitive],
    );
    hints.insert(0, ("Enter".into(), app.tr("key-select")));
    let body = frame(
        app,
        f,
        area,
        screening_title(app, &app.tr("review-title")),
        &hints,
    );
    let s = &a.screening;
    let p = s.protocol();
    let shown: Vec<usize> = s.shown_questions().collect();
    let count = |pred: &dyn Fn(Option<&Answer>) -> bool| {
        shown
            .iter()
            .filter(|&&i| pred(s.answer(i).map(|r| &r.answer)))
            .count()
    };
    let answered = count(&|x| x.is_some());
    let unanswered = count(&|x| x.is_none());
    let declined = count(&|x| x == Some(&Answer::Declined));
    let not_asked = count(&|x| x == Some(&Answer::NotAsked));
    let mut summary = args(&[]);
    summary.set("answered", answered);
    summary.set("unanswered", unanswered);
    summary.set("declined", declined);
    summary.set("not-asked", not_asked);
    let [top, list, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(body);
    f.render_widget(
        para(vec![Line::from(
            app.l10n.tr_args("review-summary", &summary),
        )]),
        top,
    );

    let lang = app.worker_text_language();
    let height = list.height.saturating_sub(2) as usize;
    let first = selected.saturating_sub(height.saturating_sub(1));
    let mut lines = Vec::new();
    let mut last_section = usize::MAX;
    for (row, &i) in shown.iter().enumerate().skip(first) {
        let q = p.question(i);
        let sec = p.section_of(i);
        if sec != last_section && lines.len() < height {
            last_section = sec;
            lines.push(Line::from(Span::styled(
                safe(&s.render_in(&p.sections()[sec].title, &lang)),
                app.theme.title,
            )));
        }
        if lines.len() >= height {
            break;
        }
        let text = safe(&s.render_in(&q.text, &lang)).replace('\n', " ");
        let inner = list.width.saturating_sub(2) as usize;
        let qw = inner * 3 / 5;
        let (ans, style) = match s.answer(i).map(|r| &r.answer) {
            None => (app.tr("review-unanswered"), app.theme.warning),
            Some(x) => (
                answer_text(app, i, x, q.sensitive),
                if x.is_non_response() {
                    app.theme.muted
                } else {
                    app.theme.ok
                },
            ),
        };
        let mark = if row == selected {
            app.theme.selected
        } else {
            app.theme.base
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", fit(&text, qw.saturating_sub(2))), mark),
            Span::styled(fit(&ans, inner.saturating_sub(qw)), style),
        ]));
    }
    f.render_widget(para(lines).block(boxed(app, app.tr("review-title"))), list);
    let foot = if confirm {
        let mut c = args(&[]);
        c.set("count", unanswered);
        Line::from(Span::styled(
            app.l10n.tr_args("review-confirm-unanswered", &c),
            app.theme.urgent,
        ))
    } else {
        Line::from(Span::styled(app.tr("review-finish"), app.theme.key))
    };
    f.render_widget(para(vec![foot]), bottom);
}

/// Whether question `i` is one the worker answers without reading it aloud.
pub(super) fn worker_only(app: &App, i: usize) -> bool {
    app.active
        .as_ref()
        .is_some_and(|a| !a.screening.protocol().question(i).read_aloud)
}

/// `s` cut (with …) or padded to exactly `width` terminal columns (wide characters count 2).
pub(super) fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let total = unicode_width::UnicodeWidthStr::width(s);
    let limit = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        out.push(c);
        used += w;
    }
    if total > width {
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}
