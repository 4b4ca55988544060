//! Every key binding, once, for every screen and overlay: key handling looks actions up
//! here, and the help overlay, the hint bars and docs/keymap.md are generated from the same
//! table. No other file of the screens matches a key (tests/architecture.rs checks).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    // Everywhere.
    Help,
    QuickExit,
    Pause,
    Notes,
    Theme,
    // Moving and choosing.
    Up,
    Down,
    PageUp,
    PageDown,
    Confirm,
    Cancel,
    NextField,
    PrevField,
    Left,
    Right,
    Quit,
    // Start of a session.
    TrialKey,
    Later,
    Discard,
    // Questions.
    Next,
    Back,
    NextUnanswered,
    Review,
    Sections,
    Guidance,
    Interpreter,
    Language,
    Yes,
    No,
    Declined,
    DontKnow,
    NotAsked,
    Clear,
    Filter,
    Select,
    /// 1–9: the choice with that number (see `digit`).
    Number,
    // Review.
    ShowSensitive,
    Finish,
    // Referrals.
    LawEnforcement,
    Remove,
    Continue,
    ShareYes,
    ShareNo,
    ShareLimited,
    // Text fields.
    DeleteBack,
    DeleteForward,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
}

/// Where a binding applies: every screen and overlay has its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Setup,
    Unlock,
    NoKeys,
    Resume,
    ResumeDiscard,
    Home,
    Consent,
    Question,
    Review,
    ReviewFinish,
    Outcome,
    Referrals,
    ReferralConsent,
    Save,
    Saved,
    Help,
    Notes,
    Sections,
    Language,
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
        (Context::Home, "help-home"),
        (Context::Consent, "help-consent"),
        (Context::Question, "help-question"),
        (Context::Review, "help-review"),
        (Context::ReviewFinish, "help-review-finish"),
        (Context::Outcome, "help-outcome"),
        (Context::Referrals, "help-referrals"),
        (Context::ReferralConsent, "help-referral-consent"),
        (Context::Save, "help-save"),
        (Context::Saved, "help-saved"),
        (Context::Help, "help-help"),
        (Context::Notes, "help-notes"),
        (Context::Sections, "help-sections"),
        (Context::Language, "help-language"),
        (Context::Locked, "help-locked"),
        (Context::TextField, "help-text-field"),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    F(u8),
    Ctrl(char),
    Char(char),
    /// The digits 1 to 9.
    Digit,
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Backspace,
    Delete,
    Space,
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::F(n) => format!("F{n}"),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Char(c) => c.to_string(),
            Key::Digit => "1–9".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift+Tab".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Backspace => "Backspace".into(),
            Key::Delete => "Del".into(),
            Key::Space => "Space".into(),
        }
    }

    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match (self, ev.code) {
            (Key::F(n), KeyCode::F(m)) => n == m,
            (Key::Ctrl(c), KeyCode::Char(x)) => ctrl && x.eq_ignore_ascii_case(&c),
            (Key::Char(c), KeyCode::Char(x)) => !ctrl && x == c,
            (Key::Digit, KeyCode::Char(x)) => !ctrl && ('1'..='9').contains(&x),
            (Key::Enter, KeyCode::Enter) => true,
            (Key::Esc, KeyCode::Esc) => true,
            (Key::Tab, KeyCode::Tab) => true,
            (Key::BackTab, KeyCode::BackTab) => true,
            (Key::Up, KeyCode::Up) => true,
            (Key::Down, KeyCode::Down) => true,
            (Key::Left, KeyCode::Left) => true,
            (Key::Right, KeyCode::Right) => true,
            (Key::PageUp, KeyCode::PageUp) => true,
            (Key::PageDown, KeyCode::PageDown) => true,
            (Key::Home, KeyCode::Home) => true,
            (Key::End, KeyCode::End) => true,
            (Key::Backspace, KeyCode::Backspace) => true,
            (Key::Delete, KeyCode::Delete) => true,
            (Key::Space, KeyCode::Char(' ')) => !ctrl,
            _ => false,
        }
    }

    /// Keys a text field uses for its text: off as actions while one has the focus.
    fn types(self) -> bool {
        matches!(
            self,
            Key::Char(_)
                | Key::Digit
                | Key::Space
                | Key::Left
                | Key::Right
                | Key::Home
                | Key::End
                | Key::Backspace
                | Key::Delete
        )
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Fluent id of the description (help overlay, docs).
    pub description: &'static str,
    /// Fluent id of the short hint-bar label, when the binding is shown there.
    pub hint: Option<&'static str>,
}

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

use Action as A;
use Context as C;
use Key as K;

pub const BINDINGS: &[Binding] = &[
    // Every screen.
    b(
        C::Global,
        &[K::F(1), K::Char('?')],
        A::Help,
        "action-help",
        Some("key-help"),
    ),
    b(
        C::Global,
        &[K::F(12), K::Ctrl('q')],
        A::QuickExit,
        "action-quick-exit",
        Some("key-quick-exit"),
    ),
    b(
        C::Global,
        &[K::F(9), K::Ctrl('p')],
        A::Pause,
        "action-pause",
        Some("key-pause"),
    ),
    b(
        C::Global,
        &[K::F(4), K::Ctrl('n')],
        A::Notes,
        "action-notes",
        Some("key-notes"),
    ),
    b(C::Global, &[K::Ctrl('t')], A::Theme, "action-theme", None),
    // First run.
    b(
        C::Setup,
        &[K::Enter],
        A::Confirm,
        "action-setup-confirm",
        Some("key-confirm"),
    ),
    b(
        C::Setup,
        &[K::Tab, K::Up, K::Down],
        A::NextField,
        "action-next-field",
        Some("key-next-field"),
    ),
    b(
        C::Setup,
        &[K::Esc],
        A::Quit,
        "action-quit",
        Some("key-quit"),
    ),
    // Unlock.
    b(
        C::Unlock,
        &[K::Enter],
        A::Confirm,
        "action-unlock",
        Some("key-unlock"),
    ),
    b(
        C::Unlock,
        &[K::Esc],
        A::Quit,
        "action-quit",
        Some("key-quit"),
    ),
    // No organization key.
    b(
        C::NoKeys,
        &[K::Char('t')],
        A::TrialKey,
        "action-trial-key",
        Some("key-trial"),
    ),
    b(
        C::NoKeys,
        &[K::Enter],
        A::Confirm,
        "action-continue-without-saving",
        Some("key-continue"),
    ),
    b(
        C::NoKeys,
        &[K::Char('q'), K::Esc],
        A::Quit,
        "action-quit",
        Some("key-quit"),
    ),
    // Interrupted screenings.
    b(
        C::Resume,
        &[K::Enter],
        A::Confirm,
        "action-resume",
        Some("key-resume"),
    ),
    b(
        C::Resume,
        &[K::Char('l'), K::Esc],
        A::Later,
        "action-later",
        Some("key-later"),
    ),
    b(
        C::Resume,
        &[K::Char('x')],
        A::Discard,
        "action-discard",
        Some("key-discard"),
    ),
    b(C::Resume, &[K::Up], A::Up, "action-up", None),
    b(C::Resume, &[K::Down], A::Down, "action-down", None),
    b(
        C::ResumeDiscard,
        &[K::Char('y')],
        A::Yes,
        "action-discard-yes",
        Some("key-discard-yes"),
    ),
    b(
        C::ResumeDiscard,
        &[K::Char('n'), K::Esc],
        A::No,
        "action-discard-no",
        Some("key-keep"),
    ),
    // Home.
    b(
        C::Home,
        &[K::Enter],
        A::Confirm,
        "action-start",
        Some("key-start"),
    ),
    b(
        C::Home,
        &[K::Tab],
        A::NextField,
        "action-next-field",
        Some("key-next-field"),
    ),
    b(
        C::Home,
        &[K::BackTab],
        A::PrevField,
        "action-prev-field",
        None,
    ),
    b(C::Home, &[K::Up], A::Up, "action-home-up", None),
    b(C::Home, &[K::Down], A::Down, "action-home-down", None),
    b(C::Home, &[K::Left], A::Left, "action-home-left", None),
    b(C::Home, &[K::Right], A::Right, "action-home-right", None),
    b(
        C::Home,
        &[K::Char('q'), K::Esc],
        A::Quit,
        "action-quit",
        Some("key-quit"),
    ),
    // Consent.
    b(
        C::Consent,
        &[K::Enter],
        A::Confirm,
        "action-consent",
        Some("key-confirm"),
    ),
    b(
        C::Consent,
        &[K::Esc],
        A::Cancel,
        "action-consent-back",
        Some("key-back"),
    ),
    b(C::Consent, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Consent, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Consent, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(
        C::Consent,
        &[K::PageDown],
        A::PageDown,
        "action-page-down",
        None,
    ),
    // A question.
    b(
        C::Question,
        &[K::Char('y')],
        A::Yes,
        "action-yes",
        Some("key-yes"),
    ),
    b(
        C::Question,
        &[K::Char('n')],
        A::No,
        "action-no",
        Some("key-no"),
    ),
    b(
        C::Question,
        &[K::Char('d'), K::F(5)],
        A::Declined,
        "action-declined",
        Some("key-declined"),
    ),
    b(
        C::Question,
        &[K::Char('k'), K::F(6)],
        A::DontKnow,
        "action-dont-know",
        Some("key-dont-know"),
    ),
    b(
        C::Question,
        &[K::Char('s'), K::F(7)],
        A::NotAsked,
        "action-not-asked",
        Some("key-not-asked"),
    ),
    b(
        C::Question,
        &[K::Digit],
        A::Number,
        "action-number-keys",
        None,
    ),
    b(C::Question, &[K::Up], A::Up, "action-up", None),
    b(C::Question, &[K::Down], A::Down, "action-down", None),
    b(C::Question, &[K::Space], A::Select, "action-select", None),
    b(C::Question, &[K::Enter], A::Confirm, "action-confirm", None),
    b(
        C::Question,
        &[K::Char('/')],
        A::Filter,
        "action-filter",
        None,
    ),
    b(
        C::Question,
        &[K::Esc],
        A::Cancel,
        "action-filter-clear",
        None,
    ),
    b(
        C::Question,
        &[K::PageDown, K::Right],
        A::Next,
        "action-next",
        Some("key-next"),
    ),
    b(
        C::Question,
        &[K::PageUp, K::Left],
        A::Back,
        "action-back",
        Some("key-back"),
    ),
    b(
        C::Question,
        &[K::Char('u')],
        A::NextUnanswered,
        "action-next-unanswered",
        None,
    ),
    b(
        C::Question,
        &[K::Char('r'), K::F(8)],
        A::Review,
        "action-review",
        Some("key-review"),
    ),
    b(
        C::Question,
        &[K::Char('j'), K::F(3)],
        A::Sections,
        "action-sections",
        None,
    ),
    b(
        C::Question,
        &[K::Char('g'), K::F(2)],
        A::Guidance,
        "action-guidance",
        None,
    ),
    b(
        C::Question,
        &[K::Char('i'), K::F(10)],
        A::Interpreter,
        "action-interpreter",
        None,
    ),
    b(
        C::Question,
        &[K::Char('l'), K::F(11)],
        A::Language,
        "action-language",
        None,
    ),
    b(C::Question, &[K::Char('c')], A::Clear, "action-clear", None),
    // The review.
    b(
        C::Review,
        &[K::Char('f')],
        A::Finish,
        "action-finish",
        Some("key-finish"),
    ),
    b(
        C::Review,
        &[K::Char('v')],
        A::ShowSensitive,
        "action-show-sensitive",
        Some("key-show"),
    ),
    b(
        C::Review,
        &[K::Enter],
        A::Confirm,
        "action-review-go",
        Some("key-select"),
    ),
    b(C::Review, &[K::Up], A::Up, "action-up", None),
    b(C::Review, &[K::Down], A::Down, "action-down", None),
    b(
        C::Review,
        &[K::Esc, K::Left],
        A::Back,
        "action-review-back",
        None,
    ),
    b(
        C::ReviewFinish,
        &[K::Char('y')],
        A::Yes,
        "action-finish-anyway",
        Some("key-finish"),
    ),
    b(
        C::ReviewFinish,
        &[K::Char('n'), K::Esc],
        A::No,
        "action-finish-not-yet",
        Some("key-back"),
    ),
    // The outcome.
    b(
        C::Outcome,
        &[K::Enter],
        A::Continue,
        "action-to-referrals",
        Some("key-continue"),
    ),
    b(
        C::Outcome,
        &[K::Esc],
        A::Back,
        "action-outcome-back",
        Some("key-back"),
    ),
    b(C::Outcome, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Outcome, &[K::Down], A::Down, "action-scroll-down", None),
    b(C::Outcome, &[K::PageUp], A::PageUp, "action-page-up", None),
    b(
        C::Outcome,
        &[K::PageDown],
        A::PageDown,
        "action-page-down",
        None,
    ),
    // Referrals.
    b(
        C::Referrals,
        &[K::Enter, K::Space],
        A::Select,
        "action-referral-choose",
        Some("key-select"),
    ),
    b(
        C::Referrals,
        &[K::Right, K::PageDown, K::Tab],
        A::Continue,
        "action-to-save",
        Some("key-save"),
    ),
    b(
        C::Referrals,
        &[K::Char('/')],
        A::Filter,
        "action-filter-services",
        Some("key-filter"),
    ),
    b(
        C::Referrals,
        &[K::Char('e')],
        A::LawEnforcement,
        "action-law-enforcement",
        None,
    ),
    b(
        C::Referrals,
        &[K::Char('x')],
        A::Remove,
        "action-referral-remove",
        None,
    ),
    b(C::Referrals, &[K::Up], A::Up, "action-up", None),
    b(C::Referrals, &[K::Down], A::Down, "action-down", None),
    b(
        C::Referrals,
        &[K::Esc, K::Left],
        A::Back,
        "action-referrals-back",
        None,
    ),
    b(
        C::ReferralConsent,
        &[K::Char('y')],
        A::ShareYes,
        "action-share-yes",
        Some("key-share-yes"),
    ),
    b(
        C::ReferralConsent,
        &[K::Char('n')],
        A::ShareNo,
        "action-share-no",
        Some("key-share-no"),
    ),
    b(
        C::ReferralConsent,
        &[K::Char('l')],
        A::ShareLimited,
        "action-share-limited",
        Some("key-share-limited"),
    ),
    b(
        C::ReferralConsent,
        &[K::Enter],
        A::Confirm,
        "action-share-confirm",
        None,
    ),
    b(
        C::ReferralConsent,
        &[K::Esc],
        A::Cancel,
        "action-cancel",
        Some("key-cancel"),
    ),
    // Save.
    b(
        C::Save,
        &[K::Enter],
        A::Confirm,
        "action-save",
        Some("key-save"),
    ),
    b(
        C::Save,
        &[K::Esc],
        A::Back,
        "action-save-back",
        Some("key-back"),
    ),
    b(
        C::Saved,
        &[K::Enter],
        A::Confirm,
        "action-saved-home",
        Some("key-home"),
    ),
    // Overlays.
    b(
        C::Help,
        &[K::Esc, K::Enter],
        A::Cancel,
        "action-close",
        Some("key-close"),
    ),
    b(C::Help, &[K::Up], A::Up, "action-scroll-up", None),
    b(C::Help, &[K::Down], A::Down, "action-scroll-down", None),
    b(
        C::Notes,
        &[K::Esc],
        A::Cancel,
        "action-notes-close",
        Some("key-close"),
    ),
    b(
        C::Sections,
        &[K::Enter],
        A::Confirm,
        "action-section-go",
        Some("key-select"),
    ),
    b(C::Sections, &[K::Up], A::Up, "action-up", None),
    b(C::Sections, &[K::Down], A::Down, "action-down", None),
    b(
        C::Sections,
        &[K::Esc],
        A::Cancel,
        "action-close",
        Some("key-close"),
    ),
    b(
        C::Language,
        &[K::Enter],
        A::Confirm,
        "action-language-choose",
        Some("key-select"),
    ),
    b(C::Language, &[K::Up], A::Up, "action-up", None),
    b(C::Language, &[K::Down], A::Down, "action-down", None),
    b(
        C::Language,
        &[K::Esc],
        A::Cancel,
        "action-close",
        Some("key-close"),
    ),
    b(
        C::Locked,
        &[K::Enter],
        A::Confirm,
        "action-unlock",
        Some("key-unlock"),
    ),
    // Editing any text field (letters, digits and spaces type).
    b(
        C::TextField,
        &[K::Backspace],
        A::DeleteBack,
        "action-delete-back",
        None,
    ),
    b(
        C::TextField,
        &[K::Delete],
        A::DeleteForward,
        "action-delete-forward",
        None,
    ),
    b(
        C::TextField,
        &[K::Left],
        A::CursorLeft,
        "action-cursor-left",
        None,
    ),
    b(
        C::TextField,
        &[K::Right],
        A::CursorRight,
        "action-cursor-right",
        None,
    ),
    b(
        C::TextField,
        &[K::Home],
        A::CursorHome,
        "action-cursor-home",
        None,
    ),
    b(
        C::TextField,
        &[K::End],
        A::CursorEnd,
        "action-cursor-end",
        None,
    ),
];

/// The action a key press means in `context`, global bindings included (the context's own
/// come first). While a text field has the focus (`typing`), keys that type text are not
/// actions of the screen.
pub fn resolve(ev: &KeyEvent, context: Context, typing: bool) -> Option<Action> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .find(|b| {
                b.keys
                    .iter()
                    .any(|k| !(typing && k.types()) && k.matches(ev))
            })
            .map(|b| b.action)
    };
    find(context).or_else(|| find(Context::Global))
}

/// What a key press does to a text field: an editing action, or a character typed.
pub enum Edit {
    Action(Action),
    Type(char),
}

pub fn edit(ev: &KeyEvent) -> Option<Edit> {
    if let Some(a) = resolve(ev, Context::TextField, false)
        && a != Action::Help
        && BINDINGS
            .iter()
            .any(|b| b.context == Context::TextField && b.action == a)
    {
        return Some(Edit::Action(a));
    }
    typed(ev).map(Edit::Type)
}

/// The character a key press types, if it types one (no Ctrl/Alt chords).
pub fn typed(ev: &KeyEvent) -> Option<char> {
    match ev.code {
        KeyCode::Char(c)
            if !ev
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Enter, for multi-line text (the notes pane inserts a new line).
pub fn is_enter(ev: &KeyEvent) -> bool {
    Key::Enter.matches(ev)
}

/// The number of a digit key (1–9) for `Action::Number`.
pub fn digit(ev: &KeyEvent) -> Option<usize> {
    match ev.code {
        KeyCode::Char(c @ '1'..='9') => Some(c as usize - '0' as usize),
        _ => None,
    }
}

/// "F1/?" style label of a binding's keys.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

/// The binding of `action` in `context` (or a global one).
pub fn binding(context: Context, action: Action) -> Option<&'static Binding> {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.action == action)
        .or_else(|| {
            BINDINGS
                .iter()
                .find(|b| b.context == Context::Global && b.action == action)
        })
}

/// The hint bar of a context: its bindings that have a hint label, in table order, then
/// help, quick exit and pause. `typing` shows the keys that still work while typing (F5
/// rather than d).
pub fn hints(context: Context, typing: bool) -> Vec<(String, &'static str, Action)> {
    let label = |b: &Binding| -> Option<String> {
        b.keys
            .iter()
            .find(|k| !(typing && k.types()))
            .map(|k| k.label())
    };
    let mut out: Vec<(String, &'static str, Action)> = BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .filter_map(|b| Some((label(b)?, b.hint?, b.action)))
        .collect();
    for a in [Action::Help, Action::QuickExit, Action::Pause] {
        if let Some(b) = binding(Context::Global, a)
            && let (Some(k), Some(h)) = (label(b), b.hint)
        {
            out.push((k, h, a));
        }
    }
    out
}

/// The keymap as Markdown tables (docs/keymap.md is generated from this; a test keeps it
/// in sync).
pub fn markdown(tr: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for &(ctx, title) in Context::ALL {
        out.push_str(&format!(
            "### {}\n\n| keys | action |\n|---|---|\n",
            tr(title)
        ));
        for b in BINDINGS.iter().filter(|b| b.context == ctx) {
            let keys = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label()))
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {keys} | {} |\n", tr(b.description)));
        }
        if ctx == Context::TextField {
            out.push_str(&format!(
                "| {} | {} |\n",
                tr("keys-letters"),
                tr("action-type")
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
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
