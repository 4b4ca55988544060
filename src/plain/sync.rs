//! Send records from plain mode: the same targets, progress and summary as the sync screen,
//! as numbered lines, so a worker on a screen reader never needs a shell either.

use super::{Plain, PlainError};
use crate::present::sync as present;
use crate::present::{args, safe};
use crate::sync::{Options, Progress};

impl Plain {
    /// Records waiting in the outbox (what the start menu offers to send).
    pub(super) fn waiting(&self) -> (usize, u64) {
        crate::sync::waiting(&self.session.paths.outbox)
    }

    /// Asks where to, sends, and says what happened. Back to the start menu afterwards.
    pub(super) fn send_records(&mut self) -> Result<(), PlainError> {
        let (n, bytes) = self.waiting();
        let text = present::waiting(&self.l10n, n, bytes);
        self.say(&text)?;
        let targets = present::targets(&self.session.settings.file.sync);
        if targets.is_empty() {
            self.say_id("sync-no-targets")?;
        }
        for (i, t) in targets.iter().enumerate() {
            let label = if t.is_default {
                self.l10n
                    .tr_args("sync-default", &args([("target", t.label.clone().into())]))
            } else {
                t.label.clone()
            };
            self.say(&format!("{}) {label}", i + 1))?;
        }
        let Some(line) = self.ask_id("plain-sync-choose")? else {
            return Ok(());
        };
        let line = line.trim();
        if line.is_empty() || line == "q" {
            return Ok(());
        }
        let to = match line.parse::<usize>() {
            Ok(k) if k >= 1 && k <= targets.len() => targets[k - 1].name.clone(),
            _ => line.to_string(),
        };
        let store = match crate::sync::target::open_from(Some(&to), &self.session.settings) {
            Ok(s) => s,
            Err(e) => {
                let text = present::refusal(&self.l10n, &e.into());
                return Ok(self.say(&text)?);
            }
        };
        let text = self.l10n.tr_args(
            "plain-sync-sending",
            &args([("target", safe(&store.key()).into())]),
        );
        self.say(&text)?;
        // No progress lines: a screen reader would read every one. The summary says it all.
        let quiet = |_: Progress| {};
        let lines = match crate::sync::send_outbox(
            store.as_ref(),
            &self.session.paths,
            &Options::default(),
            &quiet,
        ) {
            Ok(summary) => {
                let mut lines = present::summary(&self.l10n, &summary, false);
                if summary.complete() && !summary.files.is_empty() {
                    lines.insert(
                        0,
                        present::Line {
                            text: self.tr("sync-done-ok"),
                            problem: false,
                        },
                    );
                }
                lines
            }
            Err(e) => vec![present::Line {
                text: present::refusal(&self.l10n, &e),
                problem: true,
            }],
        };
        for l in lines {
            self.say(&l.text)?;
        }
        Ok(())
    }
}
