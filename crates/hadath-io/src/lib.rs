//! # hadath-io
//!
//! Everything between a corpus on disk and coded events somewhere useful:
//!
//! - [`input`]: JSON Lines files (plain or gzip), plain-text articles and
//!   directories of them, read one record at a time, bad records reported
//!   with file and line;
//! - [`runner`]: codes a corpus on all cores with [`hadath::Pipeline`],
//!   streaming, with output in input order;
//! - [`formats`]: documents as JSON Lines, events as CSV, GDELT 2.0 event rows
//!   or a Parquet table;
//! - [`store`]: the event store behind the [`EventStore`] trait, with an
//!   embedded SQLite backend, for filters and time series across a corpus.
//!
//! ```no_run
//! use hadath_io::{discover, run_corpus, CorpusReader, EventQuery, EventStore, Format, Output, RunOptions, SqliteStore, StoreSink};
//! # struct Quiet;
//! # impl hadath_io::RunObserver for Quiet {
//! #     fn record_failed(&mut self, e: &hadath_io::RecordError) { eprintln!("{e}") }
//! #     fn progress(&mut self, _: &hadath_io::Progress) {}
//! # }
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let pipeline = hadath::Pipeline::new()?;
//! let reader = CorpusReader::new(discover(&["news.jsonl.gz".into()])?);
//! let mut csv = Format::Csv.open(Output::file("events.csv".as_ref())?)?;
//! let mut store = StoreSink::new(SqliteStore::open("events.sqlite".as_ref())?);
//! let done = run_corpus(&pipeline, reader, &mut [csv.as_mut(), &mut store], RunOptions::default(), &mut Quiet)?;
//! csv.finish()?;
//! println!("{} articles, {} events", done.articles, done.events);
//!
//! let store = store.into_store();
//! let russia = store.query(&EventQuery { actor: Some("RUS".into()), ..EventQuery::default() })?;
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

pub mod coded;
mod error;
pub mod formats;
pub mod input;
pub mod runner;
pub mod store;

/// The SQLite bindings [`SqliteStore::connection`] hands out, for SQL of your own.
pub use rusqlite;

pub use coded::{event_id, CodedArticle, EventRow, OutputDocument, OutputDocumentRef};
pub use error::{Error, RecordError, StoreError};
pub use formats::{ArticleEncoder, DocumentSink, Format, Output};
pub use input::{article_text, discover, ArticleMeta, CorpusReader, InputFile, InputKind, InputRecord, Origin};
pub use runner::{run_corpus, Progress, RunObserver, RunOptions};
pub use store::{round_goldstein, AggregateRow, Aggregation, EventQuery, EventStore, GroupKey, Period, PutStats, SqliteStore, StoreCounts, StoreSink};
