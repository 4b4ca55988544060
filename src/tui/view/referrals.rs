//! The referral screen and its consent dialog.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::screens::screening_title;
use super::{boxed, centered, clear, frame, para, safe};
use crate::config::Settings;
use crate::referral::explain::{misfit_text, reason_text};
use crate::referral::matching::Suggestion;
use crate::referral::model::Service;
use crate::tui::app::{App, ReferralState};
use crate::tui::update::args;
use crate::tui::update_referral::{chosen, items};

fn phone(s: &Service) -> String {
    s.phones
        .first()
        .map(|p| safe(&p.number))
        .unwrap_or_default()
}

pub fn referrals(app: &App, f: &mut Frame, area: Rect, st: &ReferralState) {
    let Some(a) = &app.active else { return };
    let hints = vec![
        ("Enter".to_string(), app.tr("key-select")),
        ("→".to_string(), app.tr("key-save")),
        ("/".to_string(), app.tr("key-filter")),
    ];
    let body = frame(
        app,
        f,
        area,
        screening_title(app, &app.tr("referrals-title")),
        &hints,
    );
    let s = &a.screening;
    let p = s.protocol();
    let lang = app.worker_text_language();
    let mut lines: Vec<Line> = Vec::new();
    if s.derived().minor {
        lines.push(Line::from(Span::styled(
            app.tr("referrals-minor"),
            app.theme.urgent,
        )));
        let notice = Settings::pick(
            &app.session
                .settings
                .file
                .jurisdiction
                .minor_reporting_notice,
            &lang,
        );
        lines.push(Line::from(Span::styled(
            safe(notice).replace('\n', " "),
            app.theme.muted,
        )));
    }
    let mut count = args(&[]);
    count.set("count", a.referrals.len());
    lines.push(Line::from(vec![
        Span::styled(app.tr("referrals-intro"), app.theme.muted),
        Span::styled(
            format!("  {}", app.l10n.tr_args("referrals-count", &count)),
            app.theme.ok,
        ),
    ]));
    lines.push(if st.law_enforcement {
        Line::from(Span::styled(
            app.tr("referrals-law-enforcement-on"),
            app.theme.warning,
        ))
    } else {
        Line::from(Span::styled(
            app.tr("referrals-law-enforcement"),
            app.theme.hint,
        ))
    });
    if st.filtering || !st.filter.text.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", app.tr("question-filter")), app.theme.key),
            Span::raw(format!(
                "{}{}",
                safe(&st.filter.text),
                if st.filtering { "▏" } else { "" }
            )),
        ]));
    }
    let visible = items(app, st);
    let mut cursor_line = 0;
    for (g, group) in st.groups.iter().enumerate() {
        let need_label = p
            .file
            .needs
            .iter()
            .find(|n| n.id.value == group.need)
            .map(|n| s.render_in(&n.label, &lang))
            .unwrap_or_else(|| app.tr(&format!("category-{}", group.category.as_str())));
        lines.push(Line::from(vec![
            Span::styled(safe(&need_label), app.theme.title),
            Span::styled(
                format!(
                    "  ({})",
                    app.tr(&format!("category-{}", group.category.as_str()))
                ),
                app.theme.muted,
            ),
        ]));
        if group.fallback {
            lines.push(Line::from(Span::styled(
                format!("  {}", app.tr("referrals-none")),
                app.theme.warning,
            )));
        }
        for (k, sug) in group.suggestions.iter().enumerate() {
            let Some(pos) = visible.iter().position(|&x| x == (g, k)) else {
                continue;
            };
            let svc = &app.session.directory().services[sug.service];
            if pos == st.cursor {
                cursor_line = lines.len();
            }
            lines.extend(suggestion_lines(app, svc, sug, pos == st.cursor));
        }
    }
    // Keep the cursor in view.
    let height = body.height.saturating_sub(2) as usize;
    let scroll = cursor_line.saturating_sub(height.saturating_sub(4)) as u16;
    f.render_widget(
        para(lines)
            .block(boxed(app, app.tr("referrals-title")))
            .scroll((scroll, 0)),
        body,
    );
    if let Some(d) = &st.dialog {
        dialog(app, f, area, d);
    }
}

fn suggestion_lines(
    app: &App,
    svc: &Service,
    sug: &Suggestion,
    selected: bool,
) -> Vec<Line<'static>> {
    let mark = if chosen(app, &svc.id) {
        "[✓] "
    } else {
        "[ ] "
    };
    let style = if selected {
        app.theme.selected
    } else {
        app.theme.read_aloud
    };
    let mut out = vec![Line::from(vec![
        Span::styled(format!("  {mark}{}", safe(&svc.name)), style),
        Span::styled(
            format!(" — {}  {}", safe(&svc.organization), phone(svc)),
            app.theme.muted,
        ),
    ])];
    let reasons: Vec<String> = sug
        .reasons
        .iter()
        .map(|r| reason_text(&app.l10n, r))
        .collect();
    if !reasons.is_empty() {
        out.push(Line::from(Span::styled(
            format!("      + {}", reasons.join(" · ")),
            app.theme.ok,
        )));
    }
    let misfits: Vec<String> = sug
        .misfits
        .iter()
        .map(|m| misfit_text(&app.l10n, m))
        .collect();
    if !misfits.is_empty() {
        out.push(Line::from(Span::styled(
            format!("      − {}", misfits.join(" · ")),
            app.theme.warning,
        )));
    }
    out
}

fn dialog(app: &App, f: &mut Frame, area: Rect, d: &crate::tui::app::ConsentDialog) {
    let r = centered(
        area,
        area.width.saturating_sub(6).max(40),
        14.min(area.height),
    );
    clear(f, r, app.theme.base);
    let svc = &app.session.directory().services[d.service];
    // The hand-off script and the consent question are read to the person: in the
    // interview language when lantern has it, else the worker's.
    let interview = app
        .active
        .as_ref()
        .map(|a| a.screening.language().to_string())
        .unwrap_or_default();
    let spoken = app
        .catalog
        .localizer(&[interview, app.l10n.language().to_string()]);
    let reasons = d
        .reasons
        .iter()
        .map(|r| reason_text(&spoken, r))
        .collect::<Vec<_>>()
        .join(", ");
    let reasons = if reasons.is_empty() {
        String::new()
    } else {
        format!("({reasons})")
    };
    let mut lines = vec![
        Line::from(Span::styled(
            spoken.tr_args(
                "referral-handoff",
                &args(&[("service", safe(&svc.name)), ("reasons", reasons)]),
            ),
            app.theme.read_aloud,
        )),
        Line::from(
            app.l10n
                .tr_args("referral-phone", &args(&[("phone", phone(svc))])),
        ),
        Line::from(""),
        Line::from(Span::styled(
            spoken.tr("referral-consent-question"),
            app.theme.title,
        )),
    ];
    match &d.limited {
        None => {
            for id in [
                "referral-consent-yes",
                "referral-consent-no",
                "referral-consent-limited",
            ] {
                lines.push(Line::from(Span::styled(app.tr(id), app.theme.key)));
            }
        }
        Some(field) => {
            lines.push(Line::from(app.tr("referral-limited-prompt")));
            lines.push(Line::from(Span::styled(
                format!("> {}▏", safe(&field.text)),
                app.theme.selected,
            )));
        }
    }
    f.render_widget(
        para(lines).block(boxed(app, app.tr("referral-consent-title"))),
        r,
    );
}
