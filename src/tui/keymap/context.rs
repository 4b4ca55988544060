//! Where the worker is: each screen, overlay and step has its own keys and help heading.

/// Where a binding applies: every screen and overlay has its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Setup,
    Unlock,
    NoKeys,
    Resume,
    ResumeDiscard,
    /// Discarding every draft past the organization's limit.
    ResumeDiscardOld,
    /// A resumed screening runs an earlier version of its protocol than the one installed.
    ResumeVersion,
    /// After carrying a screening over to the installed version.
    ResumeCarried,
    Home,
    Consent,
    Question,
    Review,
    ReviewFinish,
    Outcome,
    Referrals,
    /// The referral screen after a stop: nothing to choose.
    ReferralsStopped,
    ReferralConsent,
    Save,
    Saved,
    /// Send records: choosing where to (while a sync runs, only the global keys work).
    Sync,
    SyncDone,
    /// Practice: choosing a fictional person.
    PracticePicker,
    PracticeConsent,
    PracticeQuestion,
    /// Every question behind: on to the referrals, or open the urgent steps.
    PracticeDone,
    /// Offering services to the fictional person, with consent to share.
    PracticeReferrals,
    /// The practice screening stopped: nothing to offer.
    PracticeReferralsStopped,
    PracticeDebrief,
    Help,
    Notes,
    Sections,
    Language,
    Urgent,
    Locked,
    TextField,
}

impl Context {
    /// Contexts in the order of docs/keymap.md and the help overlay, with their headings.
    pub const ALL: &'static [(Context, &'static str)] = &[
        (Context::Global, "help-global"),
        (Context::Setup, "help-setup"),
        (Context::Unlock, "help-unlock"),
        (Context::NoKeys, "help-no-keys"),
        (Context::Resume, "help-resume"),
        (Context::ResumeDiscard, "help-resume-discard"),
        (Context::ResumeDiscardOld, "help-resume-discard-old"),
        (Context::ResumeVersion, "help-resume-version"),
        (Context::ResumeCarried, "help-resume-carried"),
        (Context::Home, "help-home"),
        (Context::Consent, "help-consent"),
        (Context::Question, "help-question"),
        (Context::Review, "help-review"),
        (Context::ReviewFinish, "help-review-finish"),
        (Context::Outcome, "help-outcome"),
        (Context::Referrals, "help-referrals"),
        (Context::ReferralsStopped, "help-referrals-stopped"),
        (Context::ReferralConsent, "help-referral-consent"),
        (Context::Save, "help-save"),
        (Context::Saved, "help-saved"),
        (Context::Sync, "help-sync"),
        (Context::SyncDone, "help-sync-done"),
        (Context::PracticePicker, "help-practice-picker"),
        (Context::PracticeConsent, "help-practice-consent"),
        (Context::PracticeQuestion, "help-practice-question"),
        (Context::PracticeDone, "help-practice-done"),
        (Context::PracticeReferrals, "help-practice-referrals"),
        (
            Context::PracticeReferralsStopped,
            "help-practice-referrals-stopped",
        ),
        (Context::PracticeDebrief, "help-practice-debrief"),
        (Context::Help, "help-help"),
        (Context::Notes, "help-notes"),
        (Context::Sections, "help-sections"),
        (Context::Language, "help-language"),
        (Context::Urgent, "help-urgent"),
        (Context::Locked, "help-locked"),
        (Context::TextField, "help-text-field"),
    ];
}
