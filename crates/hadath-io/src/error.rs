//! Typed errors of the crate.

use std::fmt;
use std::path::PathBuf;

/// A fatal error: the run or the query cannot go on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read, created or written.
    #[error("{path}: {source}")]
    File {
        /// The file concerned.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Writing to an output failed (disk full, closed pipe, ...).
    #[error("writing {what}: {source}")]
    Write {
        /// Which output (`standard output`, a file name).
        what: String,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// An input path names no file or directory.
    #[error("{0}: no such file or directory")]
    NoSuchInput(PathBuf),
    /// The user asked for something the library cannot do (`parquet` to a terminal, ...).
    #[error("{0}")]
    Usage(String),
    /// Serialising a document failed.
    #[error("serialising a document: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing CSV failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Building or writing the Parquet file failed.
    #[error("writing Parquet: {0}")]
    Parquet(String),
    /// The event store refused an operation.
    #[error("event store: {0}")]
    Store(#[from] StoreError),
}

/// An error of the event store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no (locked, corrupt, full, ...).
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file is not an event store of this version.
    #[error(
        "{path} was written by a different version of hadath (store schema {found}, this version reads {expected}); write a new store with `hadath run --db`"
    )]
    SchemaVersion {
        /// The store file.
        path: String,
        /// Version found in the file.
        found: i64,
        /// Version this build reads and writes.
        expected: i64,
    },
    /// The file exists but is no event store.
    #[error("{0} is not a hadath event store (no `events` table); give the file written by `hadath run --db`")]
    NotAStore(String),
    /// A document could not be encoded for storage.
    #[error("cannot encode {0}")]
    Encode(String),
    /// The code that received the rows failed (usually: writing them out).
    #[error("handling the rows: {0}")]
    Consumer(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// A query argument is malformed.
    #[error("{0}")]
    BadQuery(String),
}

/// A record of the input that could not be coded; the run goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// The input file (`-` for standard input).
    pub file: String,
    /// 1-based line in the (decompressed) file; 0 when the whole file is concerned.
    pub line: u64,
    /// The record's id when it could be read.
    pub id: Option<String>,
    /// What is wrong with it, and what to do.
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some(id) = &self.id {
            write!(f, " (id {id})")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RecordError {}
