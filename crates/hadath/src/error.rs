//! Typed errors of the library.

use std::fmt;

/// A problem in a lexicon file, with the file and line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    /// 1-based line number, 0 when the problem concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

/// Errors of the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("lexicon: {0}")]
    Lexicon(#[from] LexiconError),
    #[error("cannot read lexicon directory {path}: {source}")]
    LexiconDir { path: String, source: std::io::Error },
    #[error("invalid date `{0}`: expected YYYY-MM-DD")]
    Date(String),
}
