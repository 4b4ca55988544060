//! Screening protocols: the TOML model, loading with positions, conditions, texts and lint.

pub mod condition;
pub mod diff;
pub mod index;
pub mod lint;
pub mod load;
pub mod located;
pub mod model;
pub mod results;
pub mod rules;
pub mod text;

pub use condition::{Bindings, Condition};
pub use index::{QuestionIdx, SectionIdx};
pub use load::{
    LoadError, Protocol, Slot, load_file, load_source, load_sources, load_str, protocol_files,
    protocol_schema,
};
pub use model::*;
pub use text::Text;
