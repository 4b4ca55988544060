//! Practice in the screens: a front end of its own over `practice::Rehearsal`, with a model
//! that holds no session, so nothing here can reach the vault, the drafts or sync (it could
//! not compile a call to them). Every screen's title says PRACTICE.

mod debrief;
mod picker;
mod question;
mod question_view;
mod referrals;

use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::Frame;
use ratatui::widgets::Block;

use super::app::Status;
use super::keymap::{self, Action, Context};
use super::theme::{Theme, ThemeName};
use super::widgets::chrome::Chrome;
use crate::config::Settings;
use crate::engine::Clock;
use crate::i18n::{Catalog, Localizer};
use crate::practice::Scenario;
use crate::protocol::Protocol;
use crate::referral::Directory;

/// What practice in the screens starts from.
pub struct PracticeSetup {
    pub catalog: Catalog,
    /// The worker's languages, most preferred first.
    pub languages: Vec<String>,
    pub theme: ThemeName,
    pub settings: Settings,
    pub scenarios: Vec<(Arc<Scenario>, Arc<Protocol>)>,
    /// The referral directory a worker would use (read only).
    pub directory: Arc<Directory>,
    pub clock: Arc<dyn Clock>,
}

/// Everything but the screen in front.
pub struct PracticeModel {
    pub l10n: Localizer,
    /// Every UI language: the hand-off is read to the person in theirs.
    pub catalog: Catalog,
    pub directory: Arc<Directory>,
    pub theme: Theme,
    pub settings: Settings,
    pub scenarios: Vec<(Arc<Scenario>, Arc<Protocol>)>,
    pub clock: Arc<dyn Clock>,
    pub status: Option<Status>,
    /// The trainee asked to keep the debrief as Markdown: (file name, text), for the caller
    /// to write once practice ends.
    pub keep: Option<(String, String)>,
    pub done: bool,
    /// Left with quick exit: the caller clears the screen and the scrollback.
    pub quick: bool,
}

impl Chrome for PracticeModel {
    fn theme(&self) -> &Theme {
        &self.theme
    }
    fn l10n(&self) -> &Localizer {
        &self.l10n
    }
    fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }
}

impl PracticeModel {
    pub fn tr(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// " lantern · PRACTICE · heading": every practice screen says so first.
    pub fn title(&self, heading: &str) -> ratatui::text::Line<'static> {
        ratatui::text::Line::from(vec![
            ratatui::text::Span::styled(
                format!(" {} ", self.tr("practice-badge")),
                self.theme.urgent,
            ),
            ratatui::text::Span::raw(format!(" {heading}")),
        ])
    }
}

pub enum PracticeScreen {
    Picker(picker::Picker),
    Question(Box<question::Question>),
    Debrief(debrief::Debrief),
}

/// Over the screen: the keys (help), or the neutral pause screen.
pub enum PracticeOverlay {
    Help { scroll: u16 },
    Paused,
}

pub struct PracticeApp {
    pub screen: PracticeScreen,
    pub overlay: Option<PracticeOverlay>,
    pub m: PracticeModel,
}

impl PracticeApp {
    pub fn new(setup: PracticeSetup) -> PracticeApp {
        let PracticeSetup {
            catalog,
            languages,
            theme,
            settings,
            scenarios,
            directory,
            clock,
        } = setup;
        PracticeApp {
            screen: PracticeScreen::Picker(picker::Picker::default()),
            overlay: None,
            m: PracticeModel {
                l10n: catalog.localizer(&languages),
                catalog,
                directory,
                theme: Theme::new(theme),
                settings,
                scenarios,
                clock,
                status: None,
                keep: None,
                done: false,
                quick: false,
            },
        }
    }

    /// Straight into one scenario (`--scenario`), solo or role-play.
    pub fn start(&mut self, index: usize, role_play: bool) {
        if let Some(s) = question::Question::start(&mut self.m, index, role_play) {
            self.screen = PracticeScreen::Question(Box::new(s));
        }
    }

    pub fn context(&self) -> Context {
        if self.overlay.is_some() {
            return Context::Help;
        }
        match &self.screen {
            PracticeScreen::Picker(_) => Context::PracticePicker,
            PracticeScreen::Question(q) => q.context(),
            PracticeScreen::Debrief(_) => Context::PracticeDebrief,
        }
    }

    fn typing(&self) -> bool {
        match &self.screen {
            PracticeScreen::Question(q) => q.typing(),
            _ => false,
        }
    }

    pub fn update(&mut self, key: KeyEvent) {
        let act = keymap::resolve(&key, self.context(), self.typing());
        // Quick exit works here too: nothing to keep, the screen is cleared by the caller.
        if act == Some(Action::QuickExit) {
            self.m.keep = None;
            self.m.done = true;
            self.m.quick = true;
            return;
        }
        if act == Some(Action::Theme) {
            self.m.theme = Theme::new(self.m.theme.name.next());
            return;
        }
        // Pause (someone walked in): a neutral screen at once; any key brings practice back.
        match (&mut self.overlay, act) {
            (Some(PracticeOverlay::Paused), _) => {
                self.overlay = None;
                return;
            }
            (_, Some(Action::Pause)) => {
                self.overlay = Some(PracticeOverlay::Paused);
                return;
            }
            (
                Some(PracticeOverlay::Help { .. }),
                Some(Action::Help | Action::Cancel | Action::Quit),
            )
            | (None, Some(Action::Help)) => {
                self.overlay = match self.overlay {
                    Some(_) => None,
                    None => Some(PracticeOverlay::Help { scroll: 0 }),
                };
                return;
            }
            (Some(PracticeOverlay::Help { scroll }), a) => {
                super::widgets::chrome::scroll(scroll, a);
                return;
            }
            (None, _) => {}
        }
        self.m.status = None;
        let next = match &mut self.screen {
            PracticeScreen::Picker(p) => p.update(&mut self.m, act),
            PracticeScreen::Question(q) => q.update(&mut self.m, act, &key),
            PracticeScreen::Debrief(d) => d.update(&mut self.m, act),
        };
        if let Some(next) = next {
            self.screen = next;
        }
    }

    pub fn handle(&mut self, ev: Event) {
        if let Event::Key(k) = ev
            && (k.kind == KeyEventKind::Press || k.kind == KeyEventKind::Repeat)
        {
            self.update(k);
        }
    }

    /// A hotline scenario's call timer is on screen: wake once a second.
    pub fn next_wakeup(&self) -> Option<Duration> {
        match &self.screen {
            PracticeScreen::Question(q) if q.shows_timer() => Some(Duration::from_secs(1)),
            _ => None,
        }
    }

    pub fn draw(&self, f: &mut Frame) {
        let area = f.area();
        f.render_widget(Block::default().style(self.m.theme.base), area);
        match &self.overlay {
            // Nothing of the practice stays visible.
            Some(PracticeOverlay::Paused) => {
                let r = super::widgets::chrome::centered(area, area.width, 3);
                f.render_widget(
                    ratatui::widgets::Paragraph::new(self.m.tr("pause-line"))
                        .style(self.m.theme.muted)
                        .alignment(ratatui::layout::Alignment::Center)
                        .wrap(ratatui::widgets::Wrap { trim: true }),
                    r,
                );
                return;
            }
            Some(PracticeOverlay::Help { scroll }) => return self.help(f, area, *scroll),
            None => {}
        }
        match &self.screen {
            PracticeScreen::Picker(p) => p.view(&self.m, f, area),
            PracticeScreen::Question(q) => q.view(&self.m, f, area),
            PracticeScreen::Debrief(d) => d.view(&self.m, f, area),
        }
    }

    /// The keys of the screen in front, then those of every screen.
    fn help(&self, f: &mut Frame, area: ratatui::layout::Rect, scroll: u16) {
        use ratatui::text::{Line, Span};
        let m = &self.m;
        let here = match &self.screen {
            PracticeScreen::Picker(_) => Context::PracticePicker,
            PracticeScreen::Question(q) => q.context(),
            PracticeScreen::Debrief(_) => Context::PracticeDebrief,
        };
        let mut lines = vec![Line::from(Span::styled(m.tr("help-intro"), m.theme.muted))];
        for ctx in [here, Context::Global] {
            for b in keymap::BINDINGS.iter().filter(|b| b.context == ctx) {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {:<16}", keymap::keys_label(b)), m.theme.key),
                    Span::raw(m.tr(b.description)),
                ]));
            }
        }
        let body = super::widgets::chrome::frame(
            m,
            f,
            area,
            m.title(&m.tr("help-title")),
            Context::Help,
            false,
        );
        f.render_widget(
            super::widgets::chrome::para(lines)
                .block(super::widgets::chrome::boxed(m, m.tr("help-title")))
                .scroll((scroll, 0)),
            body,
        );
    }
}

/// Runs practice in the terminal until the trainee leaves; returns the debrief to keep (file
/// name, Markdown), if the trainee asked for it. The terminal is restored on every path, and a
/// quick exit also clears the screen and the scrollback.
pub fn run(app: &mut PracticeApp) -> std::io::Result<Option<(String, String)>> {
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> std::io::Result<()> {
        loop {
            terminal.draw(|f| app.draw(f))?;
            if app.m.done {
                return Ok(());
            }
            let ready = match app.next_wakeup() {
                None => true,
                Some(d) => crossterm::event::poll(d)?,
            };
            if ready {
                app.handle(crossterm::event::read()?);
            }
        }
    })();
    ratatui::try_restore()?;
    result?;
    if app.m.quick {
        super::clear_everything()?;
    }
    Ok(app.m.keep.take())
}
