//! Themes: default, high contrast (bad light, low vision) and monochrome. `NO_COLOR` selects
//! monochrome, which uses only bold, reverse and underline.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    HighContrast,
    Monochrome,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Default => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Monochrome,
            ThemeName::Monochrome => ThemeName::Default,
        }
    }

    pub fn parse(s: &str) -> Option<ThemeName> {
        match s {
            "default" => Some(ThemeName::Default),
            "high-contrast" | "contrast" => Some(ThemeName::HighContrast),
            "mono" | "monochrome" => Some(ThemeName::Monochrome),
            _ => None,
        }
    }

    /// The theme to start with: monochrome when `NO_COLOR` is set (no-color.org).
    pub fn from_env(requested: Option<ThemeName>) -> ThemeName {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return ThemeName::Monochrome;
        }
        requested.unwrap_or(ThemeName::Default)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub name: ThemeName,
    pub base: Style,
    pub title: Style,
    pub read_aloud: Style,
    pub worker: Style,
    pub muted: Style,
    pub selected: Style,
    pub key: Style,
    pub hint: Style,
    pub urgent: Style,
    pub warning: Style,
    pub ok: Style,
    pub border: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let plain = Style::default();
        match name {
            ThemeName::Default => Theme {
                name,
                base: plain,
                title: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                read_aloud: plain.add_modifier(Modifier::BOLD),
                worker: plain.fg(Color::Yellow),
                muted: plain.fg(Color::Gray),
                selected: plain.fg(Color::Black).bg(Color::Cyan),
                key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                hint: plain.fg(Color::Gray),
                urgent: plain.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                warning: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                ok: plain.fg(Color::Green),
                border: plain.fg(Color::DarkGray),
            },
            ThemeName::HighContrast => Theme {
                name,
                base: plain.fg(Color::White).bg(Color::Black),
                title: plain
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                read_aloud: plain
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                worker: plain
                    .fg(Color::LightYellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                muted: plain.fg(Color::White).bg(Color::Black),
                selected: plain
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
                key: plain
                    .fg(Color::LightYellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                hint: plain.fg(Color::White).bg(Color::Black),
                // Black on bright red is only 5.3:1; white on xterm's dark red (175,0,0)
                // keeps the red signal at 7.4:1 (WCAG AAA).
                urgent: plain
                    .fg(Color::White)
                    .bg(Color::Indexed(124))
                    .add_modifier(Modifier::BOLD),
                warning: plain
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
                ok: plain
                    .fg(Color::LightGreen)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                border: plain.fg(Color::White).bg(Color::Black),
            },
            ThemeName::Monochrome => Theme {
                name,
                base: plain,
                title: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                read_aloud: plain.add_modifier(Modifier::BOLD),
                worker: plain.add_modifier(Modifier::ITALIC),
                muted: plain,
                selected: plain.add_modifier(Modifier::REVERSED),
                key: plain.add_modifier(Modifier::BOLD),
                hint: plain,
                urgent: plain.add_modifier(Modifier::BOLD | Modifier::REVERSED),
                warning: plain.add_modifier(Modifier::BOLD),
                ok: plain.add_modifier(Modifier::BOLD),
                border: plain,
            },
        }
    }
}
