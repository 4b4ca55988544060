//! What sync shows, on the command line, in the screens and in plain mode: the targets to
//! choose from, the progress with counts, bytes and rate, and the summary with what to do
//! about each problem. File ids, counts and sizes only: never content.

use super::{args, safe};
use crate::config::SyncSettings;
use crate::i18n::Localizer;
use crate::sync::target::TargetError;
use crate::sync::webdav::strip_userinfo;
use crate::sync::{FileOutcome, Progress, SetupError, StartError, Summary};

/// A target from the settings, as the worker picks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetChoice {
    /// What `--to` would take (the settings' name).
    pub name: String,
    /// The name and where it leads, e.g. `usb (/media/usb/lantern)`: never a credential.
    pub label: String,
    pub is_default: bool,
}

/// The settings' targets, the default first.
pub fn targets(s: &SyncSettings) -> Vec<TargetChoice> {
    let mut v: Vec<TargetChoice> = s
        .targets
        .iter()
        .map(|t| TargetChoice {
            name: t.name.clone(),
            label: safe(&format!("{} ({})", t.name, strip_userinfo(&t.to))),
            is_default: s.default.as_deref() == Some(t.name.as_str()),
        })
        .collect();
    v.sort_by_key(|t| !t.is_default);
    v
}

/// `37 of 200 records (370 of 2,000 KB, 41 per second)`.
pub fn progress(l10n: &Localizer, p: &Progress, secs: f64) -> String {
    let rate = if secs > 0.0 {
        (p.done as f64 / secs).round() as u64
    } else {
        0
    };
    l10n.tr_args(
        "sync-progress",
        &args([
            ("done", p.done.into()),
            ("total", p.total.into()),
            ("kb", (p.bytes_done / 1024).into()),
            ("kb_total", (p.bytes_total / 1024).into()),
            ("rate", rate.into()),
        ]),
    )
}

/// A text progress bar `[######----]` of `width` cells (no words, nothing to translate).
pub fn bar(p: &Progress, width: usize) -> String {
    let filled = (width * p.done)
        .checked_div(p.total)
        .unwrap_or(width)
        .min(width);
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

/// `N records wait in the outbox (K KB).`
pub fn waiting(l10n: &Localizer, count: usize, bytes: u64) -> String {
    l10n.tr_args(
        "sync-waiting",
        &args([("count", count.into()), ("kb", bytes.div_ceil(1024).into())]),
    )
}

/// One line of a summary; `problem` lines are shown as warnings (stderr on the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub problem: bool,
}

fn line(text: String, problem: bool) -> Line {
    Line { text, problem }
}

/// What a finished sync says: each file that stays on the laptop and why, the counts, then
/// what stopped it and what to do.
pub fn summary(l10n: &Localizer, s: &Summary, dry_run: bool) -> Vec<Line> {
    let mut out = Vec::new();
    if s.files.is_empty() && s.stopped.is_none() {
        out.push(line(l10n.tr("sync-nothing"), false));
        return out;
    }
    let stop_kind = s.stopped.as_ref().map(|f| f.kind);
    for f in &s.files {
        let id = match &f.outcome {
            FileOutcome::Conflict => "sync-file-conflict",
            // The files cut off by what stopped the sync are said once, below.
            FileOutcome::Failed(e) if Some(e.kind) == stop_kind => continue,
            FileOutcome::Failed(_) => "sync-file-failed",
            _ => continue,
        };
        out.push(line(
            l10n.tr_args(id, &args([("file", safe(&f.name).into())])),
            true,
        ));
    }
    let id = if dry_run {
        "sync-summary-dry-run"
    } else {
        "sync-summary"
    };
    out.push(line(
        l10n.tr_args(
            id,
            &args([
                ("sent", s.sent().into()),
                ("would", s.count(|o| *o == FileOutcome::WouldSend).into()),
                ("already", s.already_there().into()),
                ("conflicts", s.conflicts().into()),
                ("failed", s.failed().into()),
                ("untried", s.not_tried().into()),
            ]),
        ),
        false,
    ));
    if let Some(f) = &s.stopped {
        out.push(line(l10n.tr(f.kind.message_id()), true));
        out.push(line(l10n.tr(f.kind.hint_id()), true));
    } else {
        if s.failed() > 0 {
            out.push(line(l10n.tr("sync-failed-other"), true));
            out.push(line(l10n.tr("sync-failed-other-hint"), true));
        }
        if s.conflicts() > 0 {
            out.push(line(l10n.tr("sync-conflict-hint"), true));
        }
    }
    out
}

/// Why a sync could not start, in the worker's language.
pub fn refusal(l10n: &Localizer, e: &StartError) -> String {
    use crate::sync::credentials::CredentialsError;
    let id = match e {
        StartError::Journal(_) => "sync-journal-failed",
        StartError::Interrupted => "sync-failed-other",
        StartError::Target(t) => match t {
            TargetError::NoTarget => "sync-no-target",
            TargetError::NoBucket => "sync-no-bucket",
            TargetError::CaBundle { .. } => "sync-bad-ca",
            TargetError::Setup(SetupError::InsecureEndpoint(_)) => "sync-insecure",
            TargetError::Setup(SetupError::BadCertificate) => "sync-bad-ca",
            TargetError::Setup(SetupError::Credentials(CredentialsError::TooOpen { .. })) => {
                "sync-credentials-too-open"
            }
            TargetError::Setup(SetupError::Credentials(_)) => "sync-credentials-bad",
            TargetError::Setup(SetupError::NoCredentials) => "sync-credentials-none",
            TargetError::Setup(_) => "sync-bad-target",
        },
    };
    l10n.tr(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SyncTarget;

    fn target(name: &str, to: &str) -> SyncTarget {
        SyncTarget {
            name: name.into(),
            to: to.into(),
            endpoint: None,
            region: None,
            virtual_hosted: false,
            ca_bundle: None,
            credentials_file: None,
            profile: None,
        }
    }

    #[test]
    fn the_default_comes_first_and_no_password_is_shown() {
        let s = SyncSettings {
            default: Some("office".into()),
            targets: vec![
                target("usb", "/media/usb/lantern"),
                target("office", "https://ana:secret@cloud.example.org/dav/records"),
            ],
        };
        let t = targets(&s);
        assert_eq!(t[0].name, "office");
        assert!(t[0].is_default && !t[1].is_default);
        assert_eq!(t[0].label, "office (https://cloud.example.org/dav/records)");
        assert_eq!(t[1].label, "usb (/media/usb/lantern)");
    }

    #[test]
    fn the_bar_fills_with_the_count() {
        let p = |done, total| Progress {
            done,
            total,
            bytes_done: 0,
            bytes_total: 0,
        };
        assert_eq!(bar(&p(0, 10), 10), "[----------]");
        assert_eq!(bar(&p(5, 10), 10), "[#####-----]");
        assert_eq!(bar(&p(10, 10), 10), "[##########]");
        assert_eq!(bar(&p(0, 0), 4), "[####]");
    }
}
