//! The program's own words (not protocol text): Fluent files in `locales/<tag>/*.ftl`,
//! language negotiation and fallback chains. The worker's screen language is separate from
//! the interview language (that one comes from the protocol).

mod catalog;
mod negotiate;
mod tag;

pub use catalog::{Catalog, Localizer};
pub use negotiate::{fallback_chain, normalize_tag, system_locale, system_locales};
pub use tag::{LangTag, NotATag};

/// The reference language: every message exists in it.
pub const REFERENCE: &str = "en";
