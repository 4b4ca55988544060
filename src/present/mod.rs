//! What a screen shows, computed once for every front end (the screens, plain mode, and
//! practice): pure functions from the screening, the protocol, the settings and the
//! localizer to plain data, already in the worker's language and already safe to print. No
//! terminal, no disk, no clock. This is JavaRosa's `FormEntryPrompt`: front ends only lay
//! these views out.

pub(crate) mod answer;
pub(crate) mod consent;
pub(crate) mod drafts;
pub(crate) mod explain;
pub(crate) mod filter;
pub(crate) mod message;
pub(crate) mod outcome;
pub mod question;
pub(crate) mod referrals;
pub(crate) mod review;
pub mod sync;
pub(crate) mod words;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::Localizer;
use crate::protocol::Protocol;
use crate::sanitize::terminal_safe;

pub use message::Message;

/// Fluent arguments from pairs: `args([("min", 3.into())])`.
pub fn args<'a, const N: usize>(pairs: [(&'a str, FluentValue<'a>); N]) -> FluentArgs<'a> {
    pairs.into_iter().collect()
}

/// The language protocol text is shown to the worker in: the screen language when the
/// protocol has it, else the protocol's default. One rule for every front end.
pub fn worker_language(l10n: &Localizer, p: &Protocol) -> String {
    let ui = l10n.language();
    if p.has_language(ui) {
        ui.to_string()
    } else {
        p.default_language().to_string()
    }
}

/// Text from a protocol, the settings or a directory, made safe to print: control
/// characters and terminal escape sequences are neutralized (invariant 5).
pub fn safe(text: &str) -> String {
    terminal_safe(text)
}

/// A protocol's title in the worker's language.
pub fn protocol_title(l10n: &Localizer, p: &Protocol) -> String {
    safe(
        &p.file
            .protocol
            .title
            .render(&worker_language(l10n, p), p.default_language(), None),
    )
}
