//! The event store: coded articles kept in a database, for questions across
//! a whole corpus (who did what to whom, month by month).
//!
//! [`EventStore`] is the interface; [`SqliteStore`] the embedded backend. A
//! server backend (PostgreSQL) implements the same trait with the same
//! semantics:
//!
//! - an article is the unit of writing: [`EventStore::put_documents`] replaces
//!   each article's events, actors and quotes whole, keyed by the article id,
//!   and a batch is one transaction, so a run that is killed and started again
//!   ends with exactly the rows of a run that never stopped;
//! - [`EventQuery`] filters, [`Aggregation`] groups; both name columns of
//!   [`EventRow`], never a backend's SQL.

mod sqlite;

pub use sqlite::SqliteStore;

use crate::coded::{CodedArticle, EventRow};
use crate::error::{Error, StoreError};
use crate::formats::DocumentSink;
use serde::Serialize;
use std::str::FromStr;

/// What one write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PutStats {
    /// Articles new to the store.
    pub inserted: u64,
    /// Articles that were in the store with different content and were replaced.
    pub replaced: u64,
    /// Articles that were in the store exactly as given: nothing written.
    pub unchanged: u64,
}

/// How much the store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StoreCounts {
    /// Articles.
    pub articles: u64,
    /// Events.
    pub events: u64,
    /// Actor mentions.
    pub actors: u64,
    /// Quotes.
    pub quotes: u64,
}

/// A filter over events; every field left `None` matches everything.
///
/// Actor codes match by prefix (`RUS` matches `RUSGOV`), as do event codes
/// (`04` matches `042`); dates are inclusive and compare the row's `date`
/// (the event's date, else the article's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// Source or target actor code prefix.
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO event code prefix (`042`, `1041`).
    pub code: Option<String>,
    /// Two-digit CAMEO root.
    pub root: Option<String>,
    /// Quad class, 1 to 4.
    pub quad_class: Option<u8>,
    /// PLOVER event type (`CONSULT`).
    pub plover: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Words to find in the evidence sentence (Arabic spelling variants folded).
    pub text: Option<String>,
    /// Only events of this article.
    pub article: Option<String>,
    /// At most this many rows.
    pub limit: Option<u64>,
}

fn check_code(what: &str, value: &Option<String>, digits: bool) -> Result<(), StoreError> {
    if let Some(v) = value {
        let ok = !v.is_empty() && v.chars().all(|c| if digits { c.is_ascii_digit() } else { c.is_ascii_alphanumeric() });
        if !ok {
            let expected = if digits { "digits, e.g. 042" } else { "letters, e.g. RUS or RUSGOV" };
            return Err(StoreError::BadQuery(format!("{what} `{v}` is not a code: expected {expected}")));
        }
    }
    Ok(())
}

fn check_date(what: &str, value: &Option<String>) -> Result<(), StoreError> {
    if let Some(v) = value {
        if chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() || v.len() != 10 {
            return Err(StoreError::BadQuery(format!(
                "{what} `{v}` is not a date: expected YYYY-MM-DD, e.g. 2018-04-01"
            )));
        }
    }
    Ok(())
}

impl EventQuery {
    /// Checks the values and brings codes to their canonical case.
    pub fn normalized(&self) -> Result<EventQuery, StoreError> {
        let mut q = self.clone();
        for code in [&mut q.actor, &mut q.source, &mut q.target, &mut q.plover].into_iter().flatten() {
            *code = code.trim().to_ascii_uppercase();
        }
        check_code("actor", &q.actor, false)?;
        check_code("source", &q.source, false)?;
        check_code("target", &q.target, false)?;
        check_code("code", &q.code, true)?;
        check_code("root", &q.root, true)?;
        if let Some(plover) = &q.plover {
            if plover.is_empty() || !plover.chars().all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-') {
                return Err(StoreError::BadQuery(format!(
                    "PLOVER type `{plover}` is not a type name: expected e.g. CONSULT or ASSAULT"
                )));
            }
        }
        if let Some(root) = &q.root {
            if root.len() != 2 {
                return Err(StoreError::BadQuery(format!(
                    "root `{root}` must be two digits, e.g. 04 (use --code for longer codes)"
                )));
            }
        }
        if let Some(quad) = q.quad_class {
            if !(1..=4).contains(&quad) {
                return Err(StoreError::BadQuery(format!("quad class {quad} is out of range: expected 1 to 4")));
            }
        }
        check_date("from", &q.from)?;
        check_date("to", &q.to)?;
        if let (Some(from), Some(to)) = (&q.from, &q.to) {
            if from > to {
                return Err(StoreError::BadQuery(format!("from {from} is after to {to}")));
            }
        }
        if q.text.as_deref().is_some_and(|t| t.trim().is_empty()) {
            q.text = None;
        }
        Ok(q)
    }
}

/// The period of a time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// `YYYY-MM-DD`.
    Day,
    /// ISO weeks (Monday to Sunday), labelled by their Monday `YYYY-MM-DD`.
    Week,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

impl FromStr for Period {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            "year" => Ok(Period::Year),
            _ => Err(format!("unknown period `{s}`: expected day, week, month or year")),
        }
    }
}

/// What to group events by, besides the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKey {
    /// Source and target actor.
    Pair,
    /// Source actor.
    Source,
    /// Target actor.
    Target,
    /// CAMEO root.
    Root,
    /// CAMEO code.
    Code,
    /// Quad class.
    Quad,
    /// PLOVER type.
    Plover,
    /// Country of the place.
    Country,
}

impl GroupKey {
    /// The output columns of the key.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            GroupKey::Pair => &["source", "target"],
            GroupKey::Source => &["source"],
            GroupKey::Target => &["target"],
            GroupKey::Root => &["root"],
            GroupKey::Code => &["code"],
            GroupKey::Quad => &["quad_class"],
            GroupKey::Plover => &["plover"],
            GroupKey::Country => &["location_country"],
        }
    }
}

impl FromStr for GroupKey {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pair" => Ok(GroupKey::Pair),
            "source" => Ok(GroupKey::Source),
            "target" => Ok(GroupKey::Target),
            "root" => Ok(GroupKey::Root),
            "code" => Ok(GroupKey::Code),
            "quad" | "quad_class" => Ok(GroupKey::Quad),
            "plover" => Ok(GroupKey::Plover),
            "country" => Ok(GroupKey::Country),
            _ => Err(format!(
                "unknown grouping `{s}`: expected pair, source, target, root, code, quad, plover or country"
            )),
        }
    }
}

/// How to aggregate: by period, by a key, or both (one row per period and key).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Aggregation {
    /// The time series' step.
    pub period: Option<Period>,
    /// The key.
    pub by: Option<GroupKey>,
}

/// One group of an aggregate: the count and Goldstein total of its events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AggregateRow {
    /// The period's label (`2018-04`), when grouped by period; `None` for undated events.
    pub period: Option<String>,
    /// The key's values, one per [`GroupKey::columns`].
    pub key: Vec<Option<String>>,
    /// Number of events.
    pub events: u64,
    /// Sum of their Goldstein values.
    pub goldstein_sum: f64,
    /// Mean of their Goldstein values.
    pub goldstein_mean: f64,
}

/// Rounds a Goldstein sum or mean for output: values have one decimal, so six
/// are plenty, and float noise (`-4.499999999`) does not reach the reader.
pub fn round_goldstein(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

impl Aggregation {
    /// The output columns of an aggregate: the period (when grouped by one),
    /// the key's columns, then `events`, `goldstein_sum`, `goldstein_mean`.
    pub fn columns(&self) -> Vec<&'static str> {
        let mut columns = Vec::new();
        if self.period.is_some() {
            columns.push("period");
        }
        if let Some(by) = self.by {
            columns.extend(by.columns());
        }
        columns.extend(["events", "goldstein_sum", "goldstein_mean"]);
        columns
    }
}

impl AggregateRow {
    /// The row's values as text, one per [`Aggregation::columns`] (a missing key is empty).
    pub fn cells(&self, aggregation: &Aggregation) -> Vec<String> {
        let mut cells = Vec::with_capacity(self.key.len() + 4);
        if aggregation.period.is_some() {
            cells.push(self.period.clone().unwrap_or_default());
        }
        cells.extend(self.key.iter().map(|k| k.clone().unwrap_or_default()));
        cells.push(self.events.to_string());
        cells.push(round_goldstein(self.goldstein_sum).to_string());
        cells.push(round_goldstein(self.goldstein_mean).to_string());
        cells
    }

    /// The row as one JSON object named by [`Aggregation::columns`] (a missing key is `null`):
    /// the shape of `hadath query --format json` and of the server's `/v1/aggregate`.
    pub fn to_json(&self, aggregation: &Aggregation) -> serde_json::Map<String, serde_json::Value> {
        let mut obj = serde_json::Map::new();
        if aggregation.period.is_some() {
            obj.insert("period".into(), self.period.clone().into());
        }
        if let Some(by) = aggregation.by {
            for (name, value) in by.columns().iter().zip(&self.key) {
                obj.insert((*name).into(), value.clone().into());
            }
        }
        obj.insert("events".into(), self.events.into());
        obj.insert("goldstein_sum".into(), round_goldstein(self.goldstein_sum).into());
        obj.insert("goldstein_mean".into(), round_goldstein(self.goldstein_mean).into());
        obj
    }
}

/// Storage of coded articles behind one interface, so that the command line
/// and other front ends work the same over any backend.
pub trait EventStore {
    /// Writes a batch of coded articles in one transaction: each article
    /// replaces what the store held under its id, and an article already
    /// stored exactly so is left alone.
    fn put_documents(&mut self, batch: &[CodedArticle]) -> Result<PutStats, StoreError>;

    /// Writes one coded article (a batch of one).
    fn put_document(&mut self, article: &CodedArticle) -> Result<PutStats, StoreError> {
        self.put_documents(std::slice::from_ref(article))
    }

    /// Calls `each` for every event matching `query`, ordered by date, article
    /// and position; returns how many there were. Rows stream: memory does not
    /// grow with the result.
    fn for_each_event(&self, query: &EventQuery, each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>) -> Result<u64, StoreError>;

    /// The events matching `query`, collected.
    fn query(&self, query: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
        let mut rows = Vec::new();
        self.for_each_event(query, &mut |row| {
            rows.push(row);
            Ok(())
        })?;
        Ok(rows)
    }

    /// Counts and Goldstein totals of the events matching `query`, grouped
    /// as `aggregation` says; ordered by period, then by count (largest first).
    fn aggregate(&self, query: &EventQuery, aggregation: &Aggregation) -> Result<Vec<AggregateRow>, StoreError>;

    /// How much the store holds.
    fn counts(&self) -> Result<StoreCounts, StoreError>;
}

/// Writes coded articles of a run into a store, one transaction per batch.
pub struct StoreSink<S: EventStore + Send> {
    store: S,
    stats: PutStats,
}

impl<S: EventStore + Send> StoreSink<S> {
    /// A sink over `store`.
    pub fn new(store: S) -> StoreSink<S> {
        StoreSink {
            store,
            stats: PutStats::default(),
        }
    }

    /// What has been written so far.
    pub fn stats(&self) -> PutStats {
        self.stats
    }

    /// The store, when the run is over.
    pub fn into_store(self) -> S {
        self.store
    }
}

impl<S: EventStore + Send> DocumentSink for StoreSink<S> {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        let s = self.store.put_documents(batch)?;
        self.stats.inserted += s.inserted;
        self.stats.replaced += s.replaced;
        self.stats.unchanged += s.unchanged;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        Ok(())
    }
}
