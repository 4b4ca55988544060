//! The referral screen: suggestions grouped by need, filter, choose, consent to share.

use crossterm::event::{KeyCode, KeyEvent};

use crate::referral::matching::suggest;
use crate::vault::record::{Referral, ShareConsent};

use super::app::{App, ConsentDialog, ReferralState, Screen};
use super::input::TextField;
use super::update::edit;

/// How many suggestions each need gets.
pub const PER_NEED: usize = 4;

/// Builds the referral screen from the screening's needs.
pub fn open(app: &App) -> Screen {
    Screen::Referrals(ReferralState {
        groups: groups(app, false),
        ..ReferralState::default()
    })
}

fn groups(app: &App, law_enforcement: bool) -> Vec<crate::referral::matching::NeedSuggestions> {
    match &app.active {
        Some(a) => {
            let mut req = app.session.referral_request(a);
            req.wants_law_enforcement = law_enforcement;
            suggest(app.session.directory(), &req, PER_NEED)
        }
        None => Vec::new(),
    }
}

/// The items shown, as (group, suggestion) pairs, after the filter.
pub fn items(app: &App, st: &ReferralState) -> Vec<(usize, usize)> {
    let f = st.filter.text.to_lowercase();
    let mut out = Vec::new();
    for (g, group) in st.groups.iter().enumerate() {
        for (k, s) in group.suggestions.iter().enumerate() {
            let svc = &app.session.directory().services[s.service];
            if f.is_empty()
                || svc.name.to_lowercase().contains(&f)
                || svc.organization.to_lowercase().contains(&f)
            {
                out.push((g, k));
            }
        }
    }
    out
}

pub fn chosen(app: &App, service_id: &str) -> bool {
    app.active
        .as_ref()
        .is_some_and(|a| a.referrals.iter().any(|r| r.service_id == service_id))
}

pub fn on_key(app: &mut App, k: KeyEvent) {
    let Screen::Referrals(st) = &app.screen else {
        return;
    };
    let list = items(app, st);
    let Screen::Referrals(st) = &mut app.screen else {
        return;
    };
    if let Some(d) = &mut st.dialog {
        match (&mut d.limited, k.code) {
            (Some(field), KeyCode::Enter) => {
                let (consent, what) = ShareConsent::limited_to(&field.text);
                let (service, need) = (d.service, d.need.clone());
                st.dialog = None;
                choose(app, service, need, consent, what);
            }
            (Some(_), KeyCode::Esc) => d.limited = None,
            (Some(field), _) => edit(field, k, false),
            (None, KeyCode::Char('y')) => {
                let (service, need) = (d.service, d.need.clone());
                st.dialog = None;
                choose(app, service, need, ShareConsent::Yes, None);
            }
            (None, KeyCode::Char('n')) => {
                let (service, need) = (d.service, d.need.clone());
                st.dialog = None;
                choose(app, service, need, ShareConsent::No, None);
            }
            (None, KeyCode::Char('l')) => d.limited = Some(TextField::default()),
            (None, KeyCode::Esc) => st.dialog = None,
            _ => {}
        }
        return;
    }
    if st.filtering {
        match k.code {
            KeyCode::Esc => {
                st.filter.clear();
                st.filtering = false;
            }
            KeyCode::Enter | KeyCode::Up | KeyCode::Down => st.filtering = false,
            _ => edit(&mut st.filter, k, false),
        }
        st.cursor = 0;
        return;
    }
    match k.code {
        KeyCode::Up => st.cursor = st.cursor.saturating_sub(1),
        KeyCode::Down => st.cursor = (st.cursor + 1).min(list.len().saturating_sub(1)),
        KeyCode::Char('/') => {
            st.filtering = true;
            st.cursor = 0;
        }
        // The person asks for law enforcement: only then are such services suggested.
        KeyCode::Char('e') => {
            let wanted = !st.law_enforcement;
            let g = groups(app, wanted);
            if let Screen::Referrals(st) = &mut app.screen {
                st.law_enforcement = wanted;
                st.groups = g;
                st.cursor = 0;
            }
        }
        KeyCode::Enter | KeyCode::Char(' ') => {
            if let Some(&(g, s)) = list.get(st.cursor) {
                let group = &st.groups[g];
                st.dialog = Some(ConsentDialog {
                    service: group.suggestions[s].service,
                    reasons: group.suggestions[s].reasons.clone(),
                    need: group.need.clone(),
                    limited: None,
                });
            }
        }
        KeyCode::Char('x') => {
            if let Some(&(g, s)) = list.get(st.cursor) {
                let id = app.session.directory().services[st.groups[g].suggestions[s].service]
                    .id
                    .clone();
                if let Some(a) = &mut app.active {
                    a.referrals.retain(|r| r.service_id != id);
                }
                super::update::save_now(app);
            }
        }
        KeyCode::Right | KeyCode::PageDown | KeyCode::Tab => {
            app.screen = Screen::Save { result: None }
        }
        KeyCode::Esc | KeyCode::Left => app.screen = Screen::Outcome,
        _ => {}
    }
}

fn choose(
    app: &mut App,
    service: usize,
    need: String,
    consent: ShareConsent,
    what: Option<String>,
) {
    let now = app.session.clock.now();
    let svc = &app.session.directory().services[service];
    let referral = Referral {
        service_id: svc.id.clone(),
        service_name: svc.name.clone(),
        need: (need != "hotline").then_some(need),
        consent_to_share: consent,
        share_what: what,
        chosen_at: now,
    };
    if let Some(a) = &mut app.active {
        a.referrals.retain(|r| r.service_id != referral.service_id);
        a.referrals.push(referral);
    }
    super::update::save_now(app);
}
