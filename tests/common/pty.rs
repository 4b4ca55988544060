//! The real binary in a pseudo-terminal (expectrl), its screen rebuilt with vt100.
#![allow(dead_code)]
#![cfg(unix)]

use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

use super::tui::Fixture;

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const F4: &str = "\x1bOS";
pub const F12: &str = "\x1b[24~";

/// The lantern binary with a neutral terminal environment (English, colours, no settings).
pub fn lantern() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lantern"));
    cmd.env("LANG", "en_US.UTF-8")
        .env("TERM", "xterm-256color")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_ROOT")
        .env_remove("LANTERN_DATA");
    cmd
}

pub struct Pty {
    pub session: expectrl::session::OsSession,
    pub parser: vt100::Parser,
    /// Everything the program wrote, for the checks that look at raw output.
    pub raw: Vec<u8>,
}

impl Pty {
    /// lantern on the fixture's root and data folder.
    pub fn spawn(fx: &Fixture, extra: &[&str]) -> Pty {
        let mut cmd = lantern();
        cmd.arg("--root")
            .arg(fx.root())
            .arg("--data-dir")
            .arg(fx.data())
            .args(extra)
            .env("XDG_CONFIG_HOME", fx.dir.path().join("config"))
            .env("HOME", fx.dir.path());
        Pty::spawn_command(cmd)
    }

    /// Any command (its environment already set) in an 80x24 pseudo-terminal.
    pub fn spawn_command(cmd: Command) -> Pty {
        let mut session = Session::spawn(cmd).expect("spawn in a pty");
        // A new pty is 0x0: size it before the program draws.
        session.get_process_mut().set_window_size(80, 24).unwrap();
        Pty {
            session,
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(24).unwrap(),
                std::num::NonZeroU16::new(80).unwrap(),
                1000,
            ),
            raw: Vec::new(),
        }
    }

    pub fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.raw.extend_from_slice(&buf[..n]);
                }
                Err(_) => break,
            }
        }
    }

    pub fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    pub fn wait_for(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {text:?}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).unwrap();
        self.session.flush().unwrap();
        // Give crossterm time to tell a lone Esc from an escape sequence.
        std::thread::sleep(Duration::from_millis(60));
    }

    pub fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.session.get_process().is_alive().unwrap_or(false) {
            self.pump();
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "lantern did not exit"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
        // Drain what is left.
        let mut rest = Vec::new();
        let _ = self.session.read_to_end(&mut rest);
        self.parser.process(&rest);
        self.raw.extend_from_slice(&rest);
    }
}
