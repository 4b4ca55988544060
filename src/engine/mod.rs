//! One screening in progress: a pure state machine over a loaded protocol. No I/O, no
//! terminal, the clock is injected. Every front end (TUI, plain mode, practice, simulate,
//! tests) drives this same engine.

mod answer;
mod audit;
mod carry;
mod clock;
mod derive;
mod expect;
mod navigation;
mod render;
mod screening;
pub mod script;
mod snapshot;

pub use answer::{Answer, AnswerError, AnswerRecord};
pub use audit::{AuditEvent, AuditKind};
pub use carry::{LeftBehind, Unfit};
pub use clock::{Clock, ManualClock, SystemClock};
pub use derive::Derived;
pub use navigation::SectionProgress;
pub use screening::{EngineError, Position, Progress, Screening};
pub use snapshot::{Snapshot, SnapshotPosition};
