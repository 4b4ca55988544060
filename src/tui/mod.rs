//! The terminal front end (ratatui + crossterm), Elm style: a key becomes an action
//! (keymap), the screen in front turns it into changes and effects (screens/, overlays/),
//! the event loop runs the effects (effect.rs: the only place the screens reach the disk,
//! the passphrase's key derivation or the clock) and draws the model. It never writes
//! files itself: the session (vault) does, and only ciphertext.

pub mod app;
pub(crate) mod effect;
pub mod keymap;
pub mod overlays;
pub mod practice;
pub mod screens;
pub mod theme;
pub(crate) mod widgets;

use std::io::Write;
use std::time::Instant;

use crossterm::event::{self, Event, KeyEventKind};

pub use app::{App, Exit};

/// Runs the TUI until the worker leaves. The terminal is restored on every path, panics
/// included (ratatui's hook); a quick exit also clears the screen and the scrollback.
pub fn run(app: &mut App) -> std::io::Result<Exit> {
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app);
    ratatui::try_restore()?;
    let exit = result?;
    if matches!(exit, Exit::Quick | Exit::QuickUnsaved) {
        clear_everything()?;
    }
    Ok(exit)
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> std::io::Result<Exit> {
    loop {
        terminal.draw(|f| app.draw(f))?;
        if let Some(exit) = app.m.exit {
            return Ok(exit);
        }
        // Idle means idle: block on input unless a timer shown on screen (the call timer),
        // the notes' save or the idle lock needs to wake us.
        let ready = match app.next_wakeup() {
            None => true,
            Some(d) => event::poll(d)?,
        };
        if !ready {
            app.tick();
            continue;
        }
        if let Event::Key(k) = event::read()?
            && (k.kind == KeyEventKind::Press || k.kind == KeyEventKind::Repeat)
        {
            app.m.last_input = Instant::now();
            let effects = app.update(k);
            // Slow work (the passphrase's key derivation, saving): say so on screen first.
            if app.prepare(&effects) {
                terminal.draw(|f| app.draw(f))?;
            }
            app.run(effects);
        }
    }
}

/// Clears the screen and the scrollback and homes the cursor, leaving a plain prompt.
pub fn clear_everything() -> std::io::Result<()> {
    let mut out = std::io::stdout();
    out.write_all(b"\x1b[H\x1b[2J\x1b[3J")?;
    out.flush()
}
