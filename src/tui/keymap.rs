//! Every key binding, once: the update functions look actions up here, and the help overlay,
//! the hint bar and docs/keymap.md are generated from the same table.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Help,
    QuickExit,
    Pause,
    Notes,
    Theme,
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
    Confirm,
    ShowSensitive,
    Finish,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Every screen.
    Global,
    /// A question.
    Question,
    /// The review.
    Review,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    F(u8),
    Ctrl(char),
    Char(char),
    Enter,
    Left,
    Right,
    PageUp,
    PageDown,
    Space,
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::F(n) => format!("F{n}"),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Char(c) => c.to_string(),
            Key::Enter => "Enter".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Space => "Space".into(),
        }
    }

    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match (self, ev.code) {
            (Key::F(n), KeyCode::F(m)) => n == m,
            (Key::Ctrl(c), KeyCode::Char(x)) => ctrl && x.eq_ignore_ascii_case(&c),
            (Key::Char(c), KeyCode::Char(x)) => !ctrl && x == c,
            (Key::Enter, KeyCode::Enter) => true,
            (Key::Left, KeyCode::Left) => true,
            (Key::Right, KeyCode::Right) => true,
            (Key::PageUp, KeyCode::PageUp) => true,
            (Key::PageDown, KeyCode::PageDown) => true,
            (Key::Space, KeyCode::Char(' ')) => !ctrl,
            _ => false,
        }
    }

    /// Keys that also type text are off while a text field has the focus.
    fn types(self) -> bool {
        matches!(self, Key::Char(_) | Key::Space | Key::Left | Key::Right)
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

use Action::*;
use Key::*;

pub const BINDINGS: &[Binding] = &[
    Binding {
        context: Context::Global,
        keys: &[F(1), Char('?')],
        action: Help,
        description: "action-help",
        hint: Some("key-help"),
    },
    Binding {
        context: Context::Global,
        keys: &[F(12), Ctrl('q')],
        action: QuickExit,
        description: "action-quick-exit",
        hint: Some("key-quick-exit"),
    },
    Binding {
        context: Context::Global,
        keys: &[F(9), Ctrl('p')],
        action: Pause,
        description: "action-pause",
        hint: Some("key-pause"),
    },
    Binding {
        context: Context::Global,
        keys: &[F(4), Ctrl('n')],
        action: Notes,
        description: "action-notes",
        hint: Some("key-notes"),
    },
    Binding {
        context: Context::Global,
        keys: &[Ctrl('t')],
        action: Theme,
        description: "action-theme",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('y')],
        action: Yes,
        description: "action-yes",
        hint: Some("key-yes"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('n')],
        action: No,
        description: "action-no",
        hint: Some("key-no"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('d'), F(5)],
        action: Declined,
        description: "action-declined",
        hint: Some("key-declined"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('k'), F(6)],
        action: DontKnow,
        description: "action-dont-know",
        hint: Some("key-dont-know"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('s'), F(7)],
        action: NotAsked,
        description: "action-not-asked",
        hint: Some("key-not-asked"),
    },
    Binding {
        context: Context::Question,
        keys: &[Enter],
        action: Confirm,
        description: "action-confirm",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[PageDown, Right],
        action: Next,
        description: "action-next",
        hint: Some("key-next"),
    },
    Binding {
        context: Context::Question,
        keys: &[PageUp, Left],
        action: Back,
        description: "action-back",
        hint: Some("key-back"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('u')],
        action: NextUnanswered,
        description: "action-next-unanswered",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('r'), F(8)],
        action: Review,
        description: "action-review",
        hint: Some("key-review"),
    },
    Binding {
        context: Context::Question,
        keys: &[Char('j'), F(3)],
        action: Sections,
        description: "action-sections",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('g'), F(2)],
        action: Guidance,
        description: "action-guidance",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('i'), F(10)],
        action: Interpreter,
        description: "action-interpreter",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('l'), F(11)],
        action: Language,
        description: "action-language",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('c')],
        action: Clear,
        description: "action-clear",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Char('/')],
        action: Filter,
        description: "action-filter",
        hint: None,
    },
    Binding {
        context: Context::Question,
        keys: &[Space],
        action: Select,
        description: "action-select",
        hint: None,
    },
    Binding {
        context: Context::Review,
        keys: &[Char('f')],
        action: Finish,
        description: "action-finish",
        hint: Some("key-finish"),
    },
    Binding {
        context: Context::Review,
        keys: &[Char('v')],
        action: ShowSensitive,
        description: "action-show-sensitive",
        hint: Some("key-show"),
    },
];

/// The action a key press means in `context` (global bindings included). While a text field
/// has the focus (`typing`), keys that type text are not actions.
pub fn action(ev: &KeyEvent, context: Context, typing: bool) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| b.context == Context::Global || b.context == context)
        .find(|b| {
            b.keys
                .iter()
                .any(|k| !(typing && k.types()) && k.matches(ev))
        })
        .map(|b| b.action)
}

/// "F1/?" style label of a binding's keys.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

pub fn binding(action: Action) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.action == action)
}

/// The keymap as Markdown tables (docs/keymap.md is generated from this; a test keeps it
/// in sync).
pub fn markdown(tr: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for (ctx, title) in [
        (Context::Global, "On every screen"),
        (Context::Question, "On a question"),
        (Context::Review, "In the review"),
    ] {
        out.push_str(&format!("### {title}\n\n| keys | action |\n|---|---|\n"));
        for b in BINDINGS.iter().filter(|b| b.context == ctx) {
            let keys = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label()))
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {keys} | {} |\n", tr(b.description)));
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
        assert_eq!(action(&d, Context::Question, false), Some(Declined));
        assert_eq!(action(&d, Context::Question, true), None);
        let f5 = key(KeyCode::F(5), KeyModifiers::NONE);
        assert_eq!(action(&f5, Context::Question, true), Some(Declined));
        let q = key(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(action(&q, Context::Review, true), Some(QuickExit));
        let f = key(KeyCode::Char('f'), KeyModifiers::NONE);
        assert_eq!(
            action(&f, Context::Question, false),
            None,
            "f only finishes in the review"
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for a in BINDINGS {
            for b in BINDINGS {
                if std::ptr::eq(a, b) {
                    continue;
                }
                let overlap = a.context == b.context
                    || a.context == Context::Global
                    || b.context == Context::Global;
                if overlap {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{k:?} is bound to {:?} and {:?}",
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }
}
