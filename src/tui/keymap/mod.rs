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
    /// Discard every draft past the organization's limit.
    DiscardOld,
    /// Carry a resumed screening over to the installed version of its protocol.
    CarryOver,
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
    /// The response steps of the urgent flags raised so far, then back to the question.
    UrgentSteps,
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
    // Sync.
    Sync,
    // Practice: ask the fictional person the question; open practice from home.
    AskPerson,
    Practice,
    /// Practice with a partner playing the person (no replies on screen).
    RolePlay,
    // Text fields.
    DeleteBack,
    DeleteForward,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
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
    pub fn types(self) -> bool {
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

mod context;
mod table;

pub use context::Context;

pub use table::BINDINGS;

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
