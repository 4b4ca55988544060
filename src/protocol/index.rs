//! Typed positions in a protocol: a question's and a section's place, so that one cannot be
//! passed where the other (or a count) is meant.

use std::fmt;

/// A question's place in the protocol, in reading order across sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionIdx(usize);

/// A section's place in the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SectionIdx(usize);

impl QuestionIdx {
    pub fn new(i: usize) -> QuestionIdx {
        QuestionIdx(i)
    }
    pub fn index(self) -> usize {
        self.0
    }
    /// The number shown to the worker (1-based).
    pub fn number(self) -> usize {
        self.0 + 1
    }
}

impl SectionIdx {
    pub fn new(i: usize) -> SectionIdx {
        SectionIdx(i)
    }
    pub fn index(self) -> usize {
        self.0
    }
}

impl fmt::Display for QuestionIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}
