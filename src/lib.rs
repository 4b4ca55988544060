//! lantern: an offline, multilingual, trauma-informed human-trafficking screening assistant.
//!
//! Layers (each calls only those below it): cli -> front ends -> engine -> protocol,
//! config. See docs/architecture.md for the map.
//!
//! Visibility is `pub(crate)` by default: the public surface is what the command line
//! (src/cli), the tests and the benchmarks use; `unreachable_pub` keeps it that way.
#![warn(unreachable_pub)]

pub mod config;
pub mod core_dumps;
pub mod diagnostic;
pub mod engine;
pub mod fsio;
pub mod i18n;
pub mod offer;
pub mod org_folder;
pub mod plain;
pub mod practice;
pub mod present;
pub mod protocol;
pub mod referral;
pub mod sanitize;
pub mod session;
pub mod shipped;
pub mod sync;
pub mod translate;
pub mod tui;
pub mod vault;
