//! The terminal front end (ratatui + crossterm), Elm style: an event becomes a change to the
//! model (`update`), and the screen is drawn from the model (`view`). It never writes files:
//! the session (vault) does, and only ciphertext.

pub mod app;
pub mod input;
pub mod keymap;
pub mod theme;
pub mod update;
pub mod update_question;
pub mod update_referral;
mod update_start;
pub mod view;

use std::io::Write;

use crossterm::event;

pub use app::{App, Exit};

/// Runs the TUI until the worker leaves. The terminal is restored on every path, panics
/// included (ratatui's hook); a quick exit also clears the screen and the scrollback.
pub fn run(app: &mut App) -> std::io::Result<Exit> {
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app);
    ratatui::try_restore()?;
    let exit = result?;
    if exit == Exit::Quick {
        clear_everything()?;
    }
    Ok(exit)
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> std::io::Result<Exit> {
    loop {
        terminal.draw(|f| view::view(app, f))?;
        if let Some(exit) = app.exit {
            return Ok(exit);
        }
        // Idle means idle: block on input unless a timer shown on screen (the call timer)
        // or the idle lock needs to wake us.
        match app.next_wakeup() {
            None => update::update(app, event::read()?),
            Some(d) => {
                if event::poll(d)? {
                    update::update(app, event::read()?);
                } else {
                    update::tick(app);
                }
            }
        }
    }
}

/// Clears the screen and the scrollback and homes the cursor, leaving a plain prompt.
pub fn clear_everything() -> std::io::Result<()> {
    let mut out = std::io::stdout();
    out.write_all(b"\x1b[H\x1b[2J\x1b[3J")?;
    out.flush()
}
