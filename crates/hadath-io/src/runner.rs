//! Coding a corpus in parallel, streaming, with output in input order.
//!
//! Three stages joined by bounded channels:
//!
//! ```text
//! reader thread ──batches──► coder (rayon, all cores) ──coded batches──► caller's thread: sinks, progress
//! ```
//!
//! The reader cuts the input into batches (a few hundred articles, or a few
//! megabytes of text); the coder codes each batch's articles in parallel and
//! keeps their order; the sinks write one batch at a time (the store commits
//! each batch in one transaction). When every sink's output is each article's
//! bytes in turn (JSON Lines, CSV, GDELT), the coding threads also make those
//! bytes and drop the documents, and the caller's thread only writes bytes.
//! At most a handful of batches are in flight, so memory does not grow with
//! the corpus.

use crate::coded::CodedArticle;
use crate::error::{Error, RecordError};
use crate::formats::{ArticleEncoder, DocumentSink};
use crate::input::{CorpusReader, InputRecord};
use hadath::Pipeline;
use rayon::prelude::*;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

/// Batch sizes of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOptions {
    /// At most this many articles a batch.
    pub batch_articles: usize,
    /// At most about this many bytes of text a batch.
    pub batch_bytes: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            batch_articles: 256,
            batch_bytes: 8 * 1024 * 1024,
        }
    }
}

/// How far a run has got.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Progress {
    /// Articles coded and written.
    pub articles: u64,
    /// Events in them.
    pub events: u64,
    /// Records that could not be read or coded.
    pub errors: u64,
    /// Articles left out by the reader's filter (already stored, when resuming).
    pub skipped: u64,
    /// Bytes of input read from disk (compressed bytes for gzip).
    pub bytes_read: u64,
    /// The input's total size on disk (0 when unknown, as for standard input).
    pub bytes_total: u64,
    /// Bytes of article text read.
    pub text_bytes: u64,
    /// Time since the run started.
    pub elapsed: Duration,
}

impl Progress {
    /// Articles per second so far.
    pub fn articles_per_second(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.articles as f64 / s
        } else {
            0.0
        }
    }

    /// Megabytes of article text per second so far.
    pub fn text_mb_per_second(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.text_bytes as f64 / 1e6 / s
        } else {
            0.0
        }
    }
}

/// Told what happens during a run.
pub trait RunObserver {
    /// A record could not be read or coded (the run goes on).
    fn record_failed(&mut self, error: &RecordError);
    /// A batch was written.
    fn progress(&mut self, progress: &Progress);
}

/// A batch from the reader, with the reader's position after it.
struct ReadBatch {
    records: Vec<Result<InputRecord, RecordError>>,
    bytes_read: u64,
    text_bytes: u64,
    skipped: u64,
}

/// An article as the coding threads hand it on.
enum Coded {
    /// The document, for sinks that take documents.
    Article(CodedArticle),
    /// The bytes of the article for each sink, made by the sinks' encoders on
    /// the coding thread (which also drops the document), and its number of events.
    Encoded { bytes: Result<Vec<Vec<u8>>, Error>, events: u64 },
}

/// A coded batch, in input order.
struct CodedBatch {
    results: Vec<Result<Coded, RecordError>>,
    bytes_read: u64,
    text_bytes: u64,
    skipped: u64,
}

/// Codes one record and, when every sink has an encoder, encodes it for each.
fn code_and_encode(pipeline: &Pipeline, item: Result<InputRecord, RecordError>, encoders: Option<&[ArticleEncoder]>) -> Result<Coded, RecordError> {
    let article = code_one(pipeline, item)?;
    Ok(match encoders {
        None => Coded::Article(article),
        Some(encoders) => Coded::Encoded {
            bytes: encoders
                .iter()
                .map(|encode| {
                    let mut buf = Vec::new();
                    encode(&article, &mut buf).map(|()| buf)
                })
                .collect(),
            events: article.document.events.len() as u64,
        },
    })
}

fn code_one(pipeline: &Pipeline, item: Result<InputRecord, RecordError>) -> Result<CodedArticle, RecordError> {
    let record = item?;
    let fail = |message: String| RecordError {
        file: record.origin.file.clone(),
        line: record.origin.line,
        id: Some(record.article.id.clone()),
        message,
    };
    // A bug in the coder on one strange article must not end a run of millions.
    match std::panic::catch_unwind(AssertUnwindSafe(|| pipeline.process(&record.article))) {
        Ok(Ok(document)) => Ok(CodedArticle {
            document,
            meta: record.meta,
            origin: record.origin,
        }),
        Ok(Err(e)) => Err(fail(e.to_string())),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(fail(format!("the coder failed on this article ({what}); please report it with the article")))
        }
    }
}

/// Codes every record of `reader` with `pipeline` on all cores and writes
/// the documents, in input order, to every sink. Returns the final progress.
///
/// A record that cannot be read or coded goes to `observer` and is counted;
/// an error of a sink (a full disk, a locked store) stops the run. The sinks
/// are not finished here: call [`DocumentSink::finish`] after.
pub fn run_corpus(
    pipeline: &Pipeline,
    mut reader: CorpusReader,
    sinks: &mut [&mut dyn DocumentSink],
    options: RunOptions,
    observer: &mut dyn RunObserver,
) -> Result<Progress, Error> {
    let start = Instant::now();
    let mut progress = Progress {
        bytes_total: reader.bytes_total(),
        ..Progress::default()
    };
    let batch_articles = options.batch_articles.max(1);
    let batch_bytes = options.batch_bytes.max(1);
    // When every sink's output is its articles' bytes in turn, the coding
    // threads make those bytes and drop the documents: the writing thread
    // only copies bytes, and the work scales with the cores.
    let encoders: Option<Vec<ArticleEncoder>> = if sinks.is_empty() {
        None
    } else {
        sinks.iter().map(|s| s.encoder()).collect()
    };
    std::thread::scope(|scope| {
        let (read_tx, read_rx) = sync_channel::<ReadBatch>(2);
        let (coded_tx, coded_rx) = sync_channel::<CodedBatch>(2);
        scope.spawn(move || {
            let mut records = Vec::with_capacity(batch_articles);
            let mut bytes = 0usize;
            loop {
                let next = reader.next();
                let done = next.is_none();
                if let Some(item) = next {
                    if let Ok(r) = &item {
                        bytes += r.article.text.len();
                    }
                    records.push(item);
                }
                // The last batch goes even when empty, to report the final position.
                if done || records.len() >= batch_articles || bytes >= batch_bytes {
                    let batch = ReadBatch {
                        records: std::mem::take(&mut records),
                        bytes_read: reader.bytes_read(),
                        text_bytes: reader.text_bytes(),
                        skipped: reader.skipped(),
                    };
                    bytes = 0;
                    if read_tx.send(batch).is_err() {
                        return; // the run stopped
                    }
                }
                if done {
                    return;
                }
            }
        });
        let encoders = encoders.as_deref();
        scope.spawn(move || {
            for batch in read_rx {
                let results: Vec<_> = batch.records.into_par_iter().map(|item| code_and_encode(pipeline, item, encoders)).collect();
                if coded_tx
                    .send(CodedBatch {
                        results,
                        bytes_read: batch.bytes_read,
                        text_bytes: batch.text_bytes,
                        skipped: batch.skipped,
                    })
                    .is_err()
                {
                    return;
                }
            }
        });
        // Returning (on an error too) drops `coded_rx`, which stops the other two threads.
        let coded_rx = coded_rx;
        let mut coded = Vec::with_capacity(batch_articles);
        // each sink's bytes of a batch, written at once as a batch of documents is
        let mut encoded: Vec<Vec<u8>> = vec![Vec::new(); sinks.len()];
        for batch in &coded_rx {
            coded.clear();
            encoded.iter_mut().for_each(Vec::clear);
            for result in batch.results {
                match result {
                    Ok(Coded::Article(article)) => coded.push(article),
                    Ok(Coded::Encoded { bytes, events }) => {
                        for (buf, part) in encoded.iter_mut().zip(bytes?) {
                            buf.extend_from_slice(&part);
                        }
                        progress.articles += 1;
                        progress.events += events;
                    }
                    Err(e) => {
                        progress.errors += 1;
                        observer.record_failed(&e);
                    }
                }
            }
            if encoded.iter().any(|b| !b.is_empty()) {
                for (sink, buf) in sinks.iter_mut().zip(&encoded) {
                    sink.write_encoded(buf)?;
                }
            }
            if !coded.is_empty() {
                for sink in sinks.iter_mut() {
                    sink.write_batch(&coded)?;
                }
            }
            progress.articles += coded.len() as u64;
            progress.events += coded.iter().map(|a| a.document.events.len() as u64).sum::<u64>();
            progress.bytes_read = batch.bytes_read;
            progress.text_bytes = batch.text_bytes;
            progress.skipped = batch.skipped;
            progress.elapsed = start.elapsed();
            observer.progress(&progress);
        }
        Ok::<(), Error>(())
    })?;
    progress.elapsed = start.elapsed();
    Ok(progress)
}
