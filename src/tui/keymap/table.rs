//! The table itself: every binding of every screen, one per line.

use super::{Action, Action as A, Binding, Context, Context as C, Key, Key as K};

const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    description: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        description,
        hint,
    }
}

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    // Every screen.
    b(C::Global, &[K::F(1), K::Char('?')], A::Help, "action-help", Some("key-help")),
    b(C::Global, &[K::F(12), K::Ctrl('q')], A::QuickExit, "action-quick-exit", Some("key-quick-exit")),
    b(C::Global, &[K::F(9), K::Ctrl('p')], A::Pause, "action-pause", Some("key-pause")),
    b(C::Global, &[K::F(4), K::Ctrl('n')], A::Notes, "action-notes", Some("key-notes")),
    b(C::Global, &[K::Ctrl('t')], A::Theme, "action-theme", None),
    // First run.
    b(C::Setup, &[K::Enter], A::Confirm, "action-setup-confirm", Some("key-confirm")),
    b(C::Setup, &[K::Tab, K::Up, K::Down], A::NextField, "action-next-field", Some("key-next-field")),
    b(C::Setup, &[K::Esc], A::Quit, "action-quit", Some("key-quit")),
    // Unlock.
    b(C::Unlock, &[K::Enter], A::Confirm, "action-unlock", Some("key-unlock")),
    b(C::Unlock, &[K::Esc], A::Quit, "action-quit", Some("key-quit")),
    // No organization key.
    b(C::NoKeys, &[K::Char('t')], A::TrialKey, "action-trial-key", Some("key-trial")),
    b(C::NoKeys, &[K::Enter], A::Confirm, "action-continue-without-saving", Some("key-continue")),
    b(C::NoKeys, &[K::Char('q'), K::Esc], A::Quit, "action-quit", Some("key-quit")),
    // Interrupted screenings.
    b(C::Resume, &[K::Enter], A::Confirm, "action-resume", Some("key-resume")),
    b(C::Resume, &[K::Char('l'), K::Esc], A::Later, "action-later", Some("key-later")),
    b(C::Resume, &[K::Char('x')], A::Discard, "action-discard", Some("key-discard")),
    b(C::Resume, &[K::Char('o')], A::DiscardOld, "action-discard-old", None),
    b(C::Resume, &[K::Up], A::Up, "action-up", None),
    b(C::Resume, &[K::Down], A::Down, "action-down", None),
    b(C::ResumeDiscard, &[K::Char('y')], A::Yes, "action-discard-yes", Some("key-discard-yes")),
    b(C::ResumeDiscard, &[K::Char('n'), K::Esc], A::No, "action-discard-no", Some("key-keep")),
    b(C::ResumeDiscardOld, &[K::Char('y')], A::Yes, "action-discard-old-yes", Some("key-discard-yes")),
    b(C::ResumeDiscardOld, &[K::Char('n'), K::Esc], A::No, "action-discard-no", Some("key-keep")),
    b(C::ResumeVersion, &[K::Enter], A::Confirm, "action-resume-as-started", Some("key-as-started")),
    b(C::ResumeVersion, &[K::Char('u')], A::CarryOver, "action-carry-over", Some("key-carry-over")),
    b(C::ResumeVersion, &[K::Char('l'), K::Esc], A::Later, "action-later", Some("key-later")),
    b(C::ResumeCarried, &[K::Enter], A::Continue, "action-go-on", Some("key-go-on")),
    // Home.
    b(C::Home, &[K::Enter], A::Confirm, "action-start", Some("key-start")),
    b(C::Home, &[K::Tab], A::NextField, "action-next-field", Some("key-next-field")),
    b(C::Home, &[K::BackTab], A::PrevField, "action-prev-field", None),
    b(C::Home, &[K::Up], A::Up, "action-home-up", None),
    b(C::Home, &[K::Down], A::Down, "action-home-down", None),
    b(C::Home, &[K::Left], A::Left, "action-home-left", Some("key-change")),
    b(C::Home, &[K::Right], A::Right, "action-home-right", None),
    b(C::Home, &[K::F(5), K::Char('s')], A::Sync, "action-sync", Some("key-sync")),
    b(C::Home, &[K::F(6), K::Char('p')], A::Practice, "action-practice", Some("key-practice")),
    b(C::Home, &[K::Char('q'), K::Esc], A::Quit, "action-quit", Some("key-quit")),
    // Consent.
    b(C::Consent, &[K::Digit], A::Number, "action-consent-check", None),
    b(C::Consent, &[K::Enter], A::Confirm, "action-consent", Some("key-confirm")),
    b(C::Consent, &[K::Esc], A::Cancel, "action-consent-back", Some("key-back")),
    b(C::Consent, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Consent, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Consent, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(C::Consent, &[K::PageDown], A::PageDown, "action-page-down", None),
    // A question.
    b(C::Question, &[K::Char('y')], A::Yes, "action-yes", Some("key-yes")),
    b(C::Question, &[K::Char('n')], A::No, "action-no", Some("key-no")),
    b(C::Question, &[K::Char('d'), K::F(5)], A::Declined, "action-declined", Some("key-declined")),
    b(C::Question, &[K::Char('k'), K::F(6)], A::DontKnow, "action-dont-know", Some("key-dont-know")),
    b(C::Question, &[K::Char('s'), K::F(7)], A::NotAsked, "action-not-asked", Some("key-not-asked")),
    b(C::Question, &[K::Digit], A::Number, "action-number-keys", None),
    b(C::Question, &[K::Up], A::Up, "action-up", None),
    b(C::Question, &[K::Down], A::Down, "action-down", None),
    b(C::Question, &[K::Space], A::Select, "action-select", None),
    b(C::Question, &[K::Enter], A::Confirm, "action-confirm", None),
    b(C::Question, &[K::Char('/')], A::Filter, "action-filter", None),
    b(C::Question, &[K::Esc], A::Cancel, "action-filter-clear", None),
    b(C::Question, &[K::PageDown, K::Right], A::Next, "action-next", Some("key-next")),
    b(C::Question, &[K::PageUp, K::Left], A::Back, "action-back", Some("key-back")),
    b(C::Question, &[K::Char('u')], A::NextUnanswered, "action-next-unanswered", None),
    b(C::Question, &[K::Char('r'), K::F(8)], A::Review, "action-review", Some("key-review")),
    b(C::Question, &[K::Char('j'), K::F(3)], A::Sections, "action-sections", None),
    b(C::Question, &[K::Char('g'), K::F(2)], A::Guidance, "action-guidance", None),
    b(C::Question, &[K::Char('i'), K::F(10)], A::Interpreter, "action-interpreter", None),
    b(C::Question, &[K::Char('l'), K::F(11)], A::Language, "action-language", None),
    b(C::Question, &[K::Char('c')], A::Clear, "action-clear", None),
    b(C::Question, &[K::Char('!'), K::Ctrl('e')], A::UrgentSteps, "action-urgent-steps", None),
    // The review.
    b(C::Review, &[K::Char('f')], A::Finish, "action-finish", Some("key-finish")),
    b(C::Review, &[K::Char('v')], A::ShowSensitive, "action-show-sensitive", Some("key-show")),
    b(C::Review, &[K::Enter], A::Confirm, "action-review-go", Some("key-select")),
    b(C::Review, &[K::Up], A::Up, "action-up", None),
    b(C::Review, &[K::Down], A::Down, "action-down", None),
    b(C::Review, &[K::Esc, K::Left], A::Back, "action-review-back", None),
    b(C::Review, &[K::Char('!'), K::Ctrl('e')], A::UrgentSteps, "action-urgent-steps", None),
    b(C::ReviewFinish, &[K::Char('y')], A::Yes, "action-finish-anyway", Some("key-finish")),
    b(C::ReviewFinish, &[K::Char('n'), K::Esc], A::No, "action-finish-not-yet", Some("key-back")),
    // The outcome.
    b(C::Outcome, &[K::Enter], A::Continue, "action-to-referrals", Some("key-continue")),
    b(C::Outcome, &[K::Esc], A::Back, "action-outcome-back", Some("key-back")),
    b(C::Outcome, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Outcome, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Outcome, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(C::Outcome, &[K::PageDown], A::PageDown, "action-page-down", None),
    // Referrals.
    b(C::Referrals, &[K::Enter, K::Space], A::Select, "action-referral-choose", Some("key-select")),
    b(C::Referrals, &[K::Right, K::PageDown, K::Tab], A::Continue, "action-to-save", Some("key-save")),
    b(C::Referrals, &[K::Char('/')], A::Filter, "action-filter-services", Some("key-filter")),
    b(C::Referrals, &[K::Char('e')], A::LawEnforcement, "action-law-enforcement", None),
    b(C::Referrals, &[K::Char('x')], A::Remove, "action-referral-remove", None),
    b(C::Referrals, &[K::Up], A::Up, "action-up", None),
    b(C::Referrals, &[K::Down], A::Down, "action-down", None),
    b(C::Referrals, &[K::Esc, K::Left], A::Back, "action-referrals-back", None),
    b(C::ReferralsStopped, &[K::Right, K::PageDown, K::Tab, K::Enter], A::Continue, "action-to-save", Some("key-save")),
    b(C::ReferralsStopped, &[K::Esc, K::Left], A::Back, "action-referrals-back", Some("key-back")),
    b(C::ReferralConsent, &[K::Char('y')], A::ShareYes, "action-share-yes", Some("key-share-yes")),
    b(C::ReferralConsent, &[K::Char('n')], A::ShareNo, "action-share-no", Some("key-share-no")),
    b(C::ReferralConsent, &[K::Char('l')], A::ShareLimited, "action-share-limited", Some("key-share-limited")),
    b(C::ReferralConsent, &[K::Enter], A::Confirm, "action-share-confirm", None),
    b(C::ReferralConsent, &[K::Esc], A::Cancel, "action-cancel", Some("key-cancel")),
    // Save.
    b(C::Save, &[K::Enter], A::Confirm, "action-save", Some("key-save")),
    b(C::Save, &[K::Esc], A::Back, "action-save-back", Some("key-back")),
    b(C::Saved, &[K::Enter], A::Confirm, "action-saved-home", Some("key-home")),
    b(C::Saved, &[K::F(5), K::Char('s')], A::Sync, "action-sync", Some("key-sync")),
    // Send records.
    b(C::Sync, &[K::Enter], A::Confirm, "action-sync-send", Some("key-send")),
    b(C::Sync, &[K::Up], A::Up, "action-up", None),
    b(C::Sync, &[K::Down, K::Tab], A::Down, "action-down", None),
    b(C::Sync, &[K::Esc], A::Back, "action-sync-back", Some("key-back")),
    b(C::SyncDone, &[K::Enter, K::Esc], A::Confirm, "action-sync-done", Some("key-home")),
    // Practice (`lantern practice`): a fictional person, nothing saved.
    b(C::PracticePicker, &[K::Enter], A::Confirm, "action-practice-start", Some("key-start")),
    b(C::PracticePicker, &[K::Char('r')], A::RolePlay, "action-practice-role-play", Some("key-role-play")),
    b(C::PracticePicker, &[K::Up], A::Up, "action-up", None),
    b(C::PracticePicker, &[K::Down], A::Down, "action-down", None),
    b(C::PracticePicker, &[K::Char('q'), K::Esc], A::Quit, "action-practice-quit", Some("key-quit")),
    b(C::PracticeConsent, &[K::Enter], A::Confirm, "action-consent", Some("key-confirm")),
    b(C::PracticeConsent, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::PracticeConsent, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::PracticeConsent, &[K::Esc], A::Cancel, "action-practice-end", Some("key-end")),
    b(C::PracticeQuestion, &[K::Char('a'), K::F(2)], A::AskPerson, "action-practice-ask", Some("key-ask")),
    b(C::PracticeQuestion, &[K::Char('y')], A::Yes, "action-yes", Some("key-yes")),
    b(C::PracticeQuestion, &[K::Char('n')], A::No, "action-no", Some("key-no")),
    b(C::PracticeQuestion, &[K::Char('d'), K::F(5)], A::Declined, "action-declined", Some("key-declined")),
    b(C::PracticeQuestion, &[K::Char('k'), K::F(6)], A::DontKnow, "action-dont-know", None),
    b(C::PracticeQuestion, &[K::Char('s'), K::F(7)], A::NotAsked, "action-not-asked", None),
    b(C::PracticeQuestion, &[K::Digit], A::Number, "action-number-keys", None),
    b(C::PracticeQuestion, &[K::Enter], A::Confirm, "action-confirm", None),
    b(C::PracticeQuestion, &[K::PageDown, K::Right], A::Next, "action-next", None),
    b(C::PracticeQuestion, &[K::PageUp, K::Left], A::Back, "action-back", Some("key-back")),
    b(C::PracticeQuestion, &[K::Char('!'), K::Ctrl('e')], A::UrgentSteps, "action-urgent-steps", None),
    b(C::PracticeQuestion, &[K::Esc], A::Cancel, "action-practice-end", Some("key-end")),
    b(C::PracticeDone, &[K::Enter], A::Confirm, "action-practice-referrals", Some("key-referrals")),
    b(C::PracticeDone, &[K::Esc], A::Cancel, "action-practice-end", Some("key-end")),
    b(C::PracticeDone, &[K::Char('!'), K::Ctrl('e')], A::UrgentSteps, "action-urgent-steps", Some("key-urgent")),
    b(C::PracticeDone, &[K::PageUp, K::Left], A::Back, "action-back", Some("key-back")),
    b(C::PracticeReferrals, &[K::Enter, K::Space], A::Select, "action-referral-choose", Some("key-select")),
    b(C::PracticeReferrals, &[K::Right, K::PageDown, K::Tab], A::Continue, "action-practice-to-debrief", Some("key-debrief")),
    b(C::PracticeReferrals, &[K::Char('e')], A::LawEnforcement, "action-law-enforcement", None),
    b(C::PracticeReferrals, &[K::Char('x')], A::Remove, "action-referral-remove", None),
    b(C::PracticeReferrals, &[K::Up], A::Up, "action-up", None),
    b(C::PracticeReferrals, &[K::Down], A::Down, "action-down", None),
    b(C::PracticeReferrals, &[K::Esc, K::Left], A::Back, "action-practice-referrals-back", Some("key-back")),
    b(C::PracticeReferralsStopped, &[K::Right, K::PageDown, K::Tab, K::Enter], A::Continue, "action-practice-to-debrief", Some("key-debrief")),
    b(C::PracticeReferralsStopped, &[K::Esc, K::Left], A::Back, "action-practice-referrals-back", Some("key-back")),
    b(C::PracticeDebrief, &[K::Char('w')], A::Select, "action-practice-keep", Some("key-keep")),
    b(C::PracticeDebrief, &[K::Enter], A::Confirm, "action-practice-again", Some("key-again")),
    b(C::PracticeDebrief, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::PracticeDebrief, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::PracticeDebrief, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(C::PracticeDebrief, &[K::PageDown], A::PageDown, "action-page-down", None),
    b(C::PracticeDebrief, &[K::Char('q'), K::Esc], A::Quit, "action-practice-quit", Some("key-quit")),
    // Overlays.
    b(C::Help, &[K::Esc, K::Enter], A::Cancel, "action-close", Some("key-close")),
    b(C::Help, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Help, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Notes, &[K::Esc], A::Cancel, "action-notes-close", Some("key-close")),
    b(C::Sections, &[K::Enter], A::Confirm, "action-section-go", Some("key-select")),
    b(C::Sections, &[K::Up], A::Up, "action-up", None),
    b(C::Sections, &[K::Down], A::Down, "action-down", None),
    b(C::Sections, &[K::Esc], A::Cancel, "action-close", Some("key-close")),
    b(C::Language, &[K::Enter], A::Confirm, "action-language-choose", Some("key-select")),
    b(C::Language, &[K::Up], A::Up, "action-up", None),
    b(C::Language, &[K::Down], A::Down, "action-down", None),
    b(C::Language, &[K::Esc], A::Cancel, "action-close", Some("key-close")),
    b(C::Urgent, &[K::Esc, K::Enter], A::Cancel, "action-urgent-back", Some("key-back")),
    b(C::Urgent, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Urgent, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Urgent, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(C::Urgent, &[K::PageDown], A::PageDown, "action-page-down", None),
    b(C::Locked, &[K::Enter], A::Confirm, "action-unlock", Some("key-unlock")),
    // Editing any text field (letters, digits and spaces type).
    b(C::TextField, &[K::Backspace], A::DeleteBack, "action-delete-back", None),
    b(C::TextField, &[K::Delete], A::DeleteForward, "action-delete-forward", None),
    b(C::TextField, &[K::Left], A::CursorLeft, "action-cursor-left", None),
    b(C::TextField, &[K::Right], A::CursorRight, "action-cursor-right", None),
    b(C::TextField, &[K::Home], A::CursorHome, "action-cursor-home", None),
    b(C::TextField, &[K::End], A::CursorEnd, "action-cursor-end", None),
];

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn typing_keeps_letters_for_the_text_but_function_keys_still_act() {
        let d = key(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(resolve(&d, Context::Question, false), Some(A::Declined));
        assert_eq!(resolve(&d, Context::Question, true), None);
        let f5 = key(KeyCode::F(5), KeyModifiers::NONE);
        assert_eq!(resolve(&f5, Context::Question, true), Some(A::Declined));
        let q = key(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(resolve(&q, Context::Review, true), Some(A::QuickExit));
        let f = key(KeyCode::Char('f'), KeyModifiers::NONE);
        assert_eq!(
            resolve(&f, Context::Question, false),
            None,
            "f only finishes in the review"
        );
        assert_eq!(resolve(&f, Context::Review, false), Some(A::Finish));
        let seven = key(KeyCode::Char('7'), KeyModifiers::NONE);
        assert_eq!(resolve(&seven, Context::Question, false), Some(A::Number));
        assert_eq!(digit(&seven), Some(7));
        assert_eq!(resolve(&seven, Context::Question, true), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for a in BINDINGS {
            for b in BINDINGS {
                if std::ptr::eq(a, b) {
                    continue;
                }
                // A context's own binding wins over a global one, so only a clash within
                // one context, or with a global key the context does not override, counts.
                if a.context == b.context {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{k:?} is bound to {:?} and {:?} in {:?}",
                            a.action,
                            b.action,
                            a.context
                        );
                    }
                }
                if b.context == Context::Global && a.context != Context::Global {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{k:?} of {:?} hides the global {:?}",
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_context_is_documented() {
        for &(ctx, _) in Context::ALL {
            if ctx != Context::Global {
                assert!(
                    BINDINGS.iter().any(|b| b.context == ctx),
                    "{ctx:?} has no key"
                );
            }
        }
    }

    #[test]
    fn hints_while_typing_show_keys_that_still_work() {
        let h = hints(Context::Question, true);
        assert!(
            h.iter()
                .any(|(k, id, _)| k == "F5" && *id == "key-declined")
        );
        assert!(!h.iter().any(|(k, _, _)| k == "d"));
        let h = hints(Context::Question, false);
        assert!(h.iter().any(|(k, id, _)| k == "d" && *id == "key-declined"));
    }
}
