//! Building a TUI app on temporary folders, and driving it with key presses.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use age::secrecy::SecretString;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use lantern::config::{DataRoot, Settings};
use lantern::i18n::Catalog;
use lantern::session::WorkSession;
use lantern::tui::App;
use lantern::tui::theme::ThemeName;
use lantern::vault::VaultPaths;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A lantern root with the example protocol, the real locales and an organization key.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub identity: age::x25519::Identity,
}

impl Fixture {
    pub fn new() -> Fixture {
        let fx = Fixture::empty();
        std::fs::create_dir_all(fx.root().join("screening")).unwrap();
        std::fs::copy(
            super::fixture("protocols/valid/example.toml"),
            fx.root().join("screening/example.toml"),
        )
        .unwrap();
        fx
    }

    /// A root with one valid fixture protocol (tests/fixtures/protocols/valid/<name>).
    pub fn with(name: &str) -> Fixture {
        let fx = Fixture::empty();
        std::fs::create_dir_all(fx.root().join("screening")).unwrap();
        std::fs::copy(
            super::fixture(&format!("protocols/valid/{name}")),
            fx.root().join("screening").join(name),
        )
        .unwrap();
        fx
    }

    /// A root with the shipped protocols instead of the example.
    #[cfg(unix)]
    pub fn shipped() -> Fixture {
        let fx = Fixture::empty();
        std::os::unix::fs::symlink(super::root().join("screening"), fx.root().join("screening"))
            .unwrap();
        fx
    }

    /// Locales, directory and an organization key; no protocols.
    fn empty() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir_all(root.join("keys")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(super::root().join("locales"), root.join("locales"))
                .unwrap();
            std::os::unix::fs::symlink(super::root().join("directory"), root.join("directory"))
                .unwrap();
        }
        let identity = age::x25519::Identity::generate();
        std::fs::write(
            root.join("keys/org.txt"),
            format!("{}\n", identity.to_public()),
        )
        .unwrap();
        Fixture { dir, identity }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    pub fn outbox_files(&self) -> Vec<PathBuf> {
        super::all_files(&self.data().join("outbox"))
    }

    pub fn session(&self) -> WorkSession {
        self.session_with(Settings::example())
    }

    pub fn session_with(&self, settings: Settings) -> WorkSession {
        WorkSession::open(
            DataRoot::at(&self.root()),
            settings,
            VaultPaths::new(self.data(), None),
            super::clock(),
        )
        .unwrap()
    }

    /// An app whose device key is set up and unlocked, on the home screen, with no idle lock.
    pub fn app(&self, ui_lang: &str) -> App {
        let mut app = self.app_with(Settings::example(), ui_lang);
        app.m.idle_timeout = None;
        app
    }

    /// The same with the given settings in force (the idle lock as they say).
    pub fn app_with(&self, settings: Settings, ui_lang: &str) -> App {
        let mut session = self.session_with(settings);
        if session.has_device_key() {
            session.unlock(&pass()).unwrap();
        } else {
            session.create_device_key(&pass()).unwrap();
        }
        let (catalog, problems) = Catalog::load(&self.root().join("locales"));
        assert!(problems.is_empty(), "{problems:?}");
        let mut app = App::new(
            session,
            catalog,
            vec![ui_lang.to_string()],
            ThemeName::Default,
        );
        app.m.frozen_timer = Some(Duration::from_secs(83));
        app.unlocked();
        app
    }
}

pub fn pass() -> SecretString {
    SecretString::from("correct horse battery".to_string())
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

pub fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

pub fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t
}

/// The screen as text, wide characters taking their two columns (ratatui's own view of the
/// test backend, as insta snapshots it).
pub fn screen_text(app: &App, w: u16, h: u16) -> String {
    format!("{}", render(app, w, h).backend())
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

impl Fixture {
    /// The drafts on disk, decrypted with the device key the way the next start would.
    pub fn drafts_on_disk(&self) -> Vec<lantern::vault::Draft> {
        let mut session = self.session();
        session.unlock(&pass()).unwrap();
        session
            .drafts()
            .into_iter()
            .map(|f| f.draft.expect("a draft that decrypts"))
            .collect()
    }

    /// The `lantern` binary on this fixture's folders, with HOME and the user's settings
    /// folder inside it (nothing of the machine's own).
    pub fn command(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::cargo_bin("lantern").unwrap();
        c.env_remove("LANTERN_CONFIG")
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("HOME", self.dir.path())
            .arg("--root")
            .arg(self.root())
            .arg("--data-dir")
            .arg(self.data());
        c
    }

    /// The one draft on disk.
    pub fn the_draft(&self) -> lantern::vault::Draft {
        let mut d = self.drafts_on_disk();
        assert_eq!(d.len(), 1, "expected exactly one draft: {d:#?}");
        d.remove(0)
    }

    /// The records in the outbox, decrypted with the organization's identity.
    pub fn records(&self) -> Vec<lantern::vault::Record> {
        let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(self.identity.clone())];
        self.outbox_files()
            .iter()
            .map(|f| lantern::vault::supervisor::read_record(f, &ids).unwrap())
            .collect()
    }
}
