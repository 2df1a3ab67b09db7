//! The embedded backend: one SQLite file.
//!
//! Tables: `articles` (one row per article id, with an integer `key` the
//! other tables refer to), `events` (one row per event, `UNIQUE(article,
//! seq)`), `sentences` (the sentences events were coded from, each stored
//! once however many events it carries), `actors` (every mention resolved to
//! an actor code), `quotes`, and `sentences_text`, a trigram full-text index
//! over the folded sentences. The views `events_view`, `actors_view` and
//! `quotes_view` join in the article id, evidence, outlet and URL: open the
//! file with any SQLite tool to ask what `hadath query` does not.

use super::{AggregateRow, Aggregation, EventQuery, EventStore, GroupKey, Period, PutStats, StoreCounts};
use crate::coded::{event_id, CodedArticle, EventRow, Fnv1a, OutputDocumentRef};
use crate::error::StoreError;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use std::path::Path;

/// The schema this build reads and writes (`PRAGMA user_version`).
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE articles (
    key         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    date        TEXT,
    title       TEXT,
    outlet      TEXT,
    url         TEXT,
    meta        TEXT,
    input       TEXT,
    line        INTEGER,
    sentences   INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article          INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    event_id         INTEGER NOT NULL,
    date             TEXT,
    event_date       TEXT,
    source           TEXT,
    target           TEXT,
    code             TEXT NOT NULL,
    root             TEXT NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        REAL NOT NULL,
    plover           TEXT NOT NULL,
    code_name        TEXT NOT NULL,
    location         TEXT,
    location_country TEXT,
    trigger          TEXT NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    source_text      TEXT,
    target_text      TEXT,
    sentence         INTEGER NOT NULL,
    confidence       REAL NOT NULL,
    rule             TEXT NOT NULL,
    UNIQUE (article, seq)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_code ON events(code, date);
CREATE INDEX events_root ON events(root, date);

CREATE TABLE sentences (
    id      INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    UNIQUE (article, seq)
);

CREATE TABLE actors (
    article    INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor      TEXT,
    canonical  TEXT,
    wikidata   TEXT,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE INDEX actors_actor ON actors(actor);

CREATE TABLE quotes (
    article           INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    direct            INTEGER NOT NULL,
    cue               TEXT,
    speaker_text      TEXT,
    speaker_actor     TEXT,
    speaker_canonical TEXT,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_actor);

CREATE VIRTUAL TABLE sentences_text USING fts5(text, content='', contentless_delete=1, detail=none, tokenize='trigram');

CREATE VIEW events_view AS
SELECT a.id AS article_id, e.seq, e.event_id, e.date, e.event_date, a.date AS article_date, e.source, e.target, e.code, e.root,
       e.quad_class, e.goldstein, e.plover, e.code_name, e.location, e.location_country, e.trigger, e.trigger_start, e.trigger_end,
       e.source_text, e.target_text, e.sentence, s.text AS evidence, e.confidence, e.rule, a.outlet, a.url, a.title
FROM events e JOIN articles a ON a.key = e.article LEFT JOIN sentences s ON s.article = e.article AND s.seq = e.sentence;

CREATE VIEW actors_view AS
SELECT a.id AS article_id, a.date AS article_date, m.seq, m.char_start, m.char_end, m.text, m.type, m.actor, m.canonical, m.wikidata
FROM actors m JOIN articles a ON a.key = m.article;

CREATE VIEW quotes_view AS
SELECT a.id AS article_id, a.date AS article_date, q.seq, q.char_start, q.char_end, q.text, q.direct, q.cue,
       q.speaker_text, q.speaker_actor, q.speaker_canonical
FROM quotes q JOIN articles a ON a.key = q.article;
";

/// Columns of a query row, in [`EventRow`] order.
const ROW_SELECT: &str = "SELECT e.event_id, a.id, e.seq, e.date, e.event_date, a.date, e.source, e.target, e.code, e.root, \
     e.quad_class, e.goldstein, e.plover, e.code_name, e.location, e.location_country, e.trigger, e.trigger_start, e.trigger_end, \
     e.source_text, e.target_text, e.sentence, s.text, e.confidence, e.rule, a.outlet, a.url \
     FROM events e JOIN articles a ON a.key = e.article LEFT JOIN sentences s ON s.article = e.article AND s.seq = e.sentence";

/// An event store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
    path: String,
}

fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl SqliteStore {
    /// Opens the store at `path` for writing, creating it when it does not exist.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL with NORMAL sync: a killed process loses at most the batch it was writing, never a committed one.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A larger cache and fewer, larger checkpoints: a corpus run writes far more than it reads.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "wal_autocheckpoint", 8_192)?;
        conn.set_prepared_statement_cache_capacity(32);
        let store = SqliteStore {
            conn,
            path: path.display().to_string(),
        };
        store.prepare_schema(true)?;
        Ok(store)
    }

    /// Opens an existing store for reading only.
    pub fn open_read_only(path: &Path) -> Result<SqliteStore, StoreError> {
        if !path.is_file() {
            return Err(StoreError::BadQuery(format!(
                "{}: no such event store; write one with `hadath run --db {} INPUT...`",
                path.display(),
                path.display()
            )));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let store = SqliteStore {
            conn,
            path: path.display().to_string(),
        };
        store.prepare_schema(false)?;
        Ok(store)
    }

    /// An in-memory store (for tests and one-off work).
    pub fn in_memory() -> Result<SqliteStore, StoreError> {
        let store = SqliteStore {
            conn: Connection::open_in_memory()?,
            path: ":memory:".into(),
        };
        store.prepare_schema(true)?;
        Ok(store)
    }

    /// True when the store holds an article with this id.
    pub fn has_article(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?.exists([id])?)
    }

    /// The underlying connection, for questions the trait does not ask.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Registers `hadath_fold(text)`, the library's orthographic folding, for the text search.
    fn register_functions(conn: &Connection) -> Result<(), StoreError> {
        use rusqlite::functions::FunctionFlags;
        conn.create_scalar_function("hadath_fold", 1, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
            Ok(ctx.get_raw(0).as_str_or_null().ok().flatten().map(hadath::text::fold))
        })?;
        Ok(())
    }

    fn prepare_schema(&self, create: bool) -> Result<(), StoreError> {
        Self::register_functions(&self.conn)?;
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))?;
        match version {
            SCHEMA_VERSION => Ok(()),
            0 if tables == 0 && create => {
                self.conn
                    .execute_batch(&format!("BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"))?;
                Ok(())
            }
            0 => Err(StoreError::NotAStore(self.path.clone())),
            found => Err(StoreError::SchemaVersion {
                path: self.path.clone(),
                found,
                expected: SCHEMA_VERSION,
            }),
        }
    }

    /// Removes what the store holds for the article with this key, except its `articles` row.
    fn delete_children(tx: &Transaction<'_>, key: i64) -> Result<(), StoreError> {
        tx.prepare_cached("DELETE FROM sentences_text WHERE rowid IN (SELECT id FROM sentences WHERE article = ?1)")?
            .execute([key])?;
        for table in ["sentences", "events", "actors", "quotes"] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))?.execute([key])?;
        }
        Ok(())
    }

    /// Writes the `articles` row (a new one when `key` is `None`) and returns its key.
    fn write_article_row(tx: &Transaction<'_>, article: &CodedArticle, fingerprint: i64, key: Option<i64>) -> Result<i64, StoreError> {
        let doc = &article.document;
        let meta = if article.meta.meta.is_empty() {
            None
        } else {
            Some(serde_json::Value::Object(article.meta.meta.clone()).to_string())
        };
        let sql = match key {
            Some(_) => {
                "UPDATE articles SET id = ?1, date = ?2, title = ?3, outlet = ?4, url = ?5, meta = ?6, input = ?7, line = ?8, \
                 sentences = ?9, events = ?10, fingerprint = ?11 WHERE key = ?12"
            }
            None => {
                "INSERT INTO articles (id, date, title, outlet, url, meta, input, line, sentences, events, fingerprint) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            }
        };
        let mut stmt = tx.prepare_cached(sql)?;
        let line = i64::try_from(article.origin.line).unwrap_or(i64::MAX);
        let (sentences, events) = (int(doc.sentences.len()), int(doc.events.len()));
        let m = &article.meta;
        match key {
            Some(k) => {
                stmt.execute(params![
                    doc.id,
                    doc.date,
                    m.title,
                    m.source,
                    m.url,
                    meta,
                    article.origin.file,
                    line,
                    sentences,
                    events,
                    fingerprint,
                    k
                ])?;
                Ok(k)
            }
            None => {
                stmt.execute(params![
                    doc.id,
                    doc.date,
                    m.title,
                    m.source,
                    m.url,
                    meta,
                    article.origin.file,
                    line,
                    sentences,
                    events,
                    fingerprint
                ])?;
                Ok(tx.last_insert_rowid())
            }
        }
    }

    /// Writes the events, sentences, actors and quotes of the article with this key.
    fn insert_children(tx: &Transaction<'_>, article: &CodedArticle, key: i64) -> Result<(), StoreError> {
        let doc = &article.document;
        let mut insert_event = tx.prepare_cached(
            "INSERT INTO events (article, seq, event_id, date, event_date, source, target, code, root, quad_class, goldstein, plover, \
             code_name, location, location_country, trigger, trigger_start, trigger_end, source_text, target_text, sentence, confidence, rule) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
        )?;
        let mut insert_sentence = tx.prepare_cached("INSERT OR IGNORE INTO sentences (article, seq, text) VALUES (?1, ?2, ?3)")?;
        let mut insert_text = tx.prepare_cached("INSERT INTO sentences_text (rowid, text) VALUES (?1, ?2)")?;
        let mut folded = String::new();
        for (seq, e) in doc.events.iter().enumerate() {
            let evidence = doc.sentences.get(e.sentence).map_or("", |s| s.text.as_str());
            // Each sentence once, however many events it carries.
            if insert_sentence.execute(params![key, int(e.sentence), evidence])? == 1 {
                folded.clear();
                hadath::text::fold_into(evidence, &mut folded);
                insert_text.execute(params![tx.last_insert_rowid(), folded])?;
            }
            let location = e.location.as_ref();
            insert_event.execute(params![
                key,
                int(seq),
                event_id(&doc.id, seq),
                e.date.as_ref().or(doc.date.as_ref()),
                e.date,
                e.source,
                e.target,
                e.code,
                e.root,
                e.quad_class,
                e.goldstein,
                e.plover,
                e.code_name,
                location.map(|l| &l.text),
                location.and_then(|l| l.country.as_ref()),
                e.trigger.text,
                int(e.trigger.start),
                int(e.trigger.end),
                e.source_text,
                e.target_text,
                int(e.sentence),
                e.confidence,
                e.rule
            ])?;
        }
        let mut insert_actor = tx.prepare_cached(
            "INSERT INTO actors (article, seq, char_start, char_end, text, type, actor, canonical, wikidata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (seq, e) in doc.entities.iter().enumerate().filter(|(_, e)| e.actor.is_some()) {
            insert_actor.execute(params![
                key,
                int(seq),
                int(e.start),
                int(e.end),
                e.text,
                e.kind,
                e.actor,
                e.canonical,
                e.wikidata
            ])?;
        }
        let mut insert_quote = tx.prepare_cached(
            "INSERT INTO quotes (article, seq, char_start, char_end, text, direct, cue, speaker_text, speaker_actor, speaker_canonical) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (seq, q) in doc.quotes.iter().enumerate() {
            let speaker = q.speaker.as_ref();
            insert_quote.execute(params![
                key,
                int(seq),
                int(q.start),
                int(q.end),
                q.text,
                q.direct,
                q.cue,
                speaker.map(|s| &s.text),
                speaker.and_then(|s| s.actor.as_ref()),
                speaker.and_then(|s| s.canonical.as_ref())
            ])?;
        }
        Ok(())
    }
}

/// A fingerprint of everything the store keeps of an article, to tell an
/// unchanged article (nothing to write) from a changed one.
fn fingerprint(article: &CodedArticle) -> Result<i64, StoreError> {
    let mut h = Fnv1a::new();
    serde_json::to_writer(&mut h, &OutputDocumentRef::from(article)).map_err(|e| StoreError::Encode(format!("article {}: {e}", article.document.id)))?;
    Ok((h.0 >> 1) as i64)
}

/// The smallest string above every string that starts with `prefix` (ASCII codes only).
fn prefix_end(prefix: &str) -> String {
    let mut bytes = prefix.as_bytes().to_vec();
    if let Some(last) = bytes.last_mut() {
        *last += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The WHERE clause of `q` (already normalised) and its parameters.
fn where_clause(q: &EventQuery) -> (String, Vec<Value>) {
    let mut conds: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let bind = |v: String, params: &mut Vec<Value>| {
        params.push(Value::Text(v));
        format!("?{}", params.len())
    };
    if let Some(a) = &q.actor {
        let (lo, hi) = (bind(a.clone(), &mut params), bind(prefix_end(a), &mut params));
        conds.push(format!("((e.source >= {lo} AND e.source < {hi}) OR (e.target >= {lo} AND e.target < {hi}))"));
    }
    for (column, value) in [("e.source", &q.source), ("e.target", &q.target), ("e.code", &q.code)] {
        if let Some(v) = value {
            let (lo, hi) = (bind(v.clone(), &mut params), bind(prefix_end(v), &mut params));
            conds.push(format!("{column} >= {lo} AND {column} < {hi}"));
        }
    }
    for (column, value) in [("e.root", &q.root), ("e.plover", &q.plover)] {
        if let Some(v) = value {
            conds.push(format!("{column} = {}", bind(v.clone(), &mut params)));
        }
    }
    if let Some(id) = &q.article {
        conds.push(format!("e.article = (SELECT key FROM articles WHERE id = {})", bind(id.clone(), &mut params)));
    }
    if let Some(quad) = q.quad_class {
        params.push(Value::Integer(i64::from(quad)));
        conds.push(format!("e.quad_class = ?{}", params.len()));
    }
    if let Some(from) = &q.from {
        conds.push(format!("e.date >= {}", bind(from.clone(), &mut params)));
    }
    if let Some(to) = &q.to {
        conds.push(format!("e.date <= {}", bind(to.clone(), &mut params)));
    }
    if let Some(text) = &q.text {
        let folded = hadath::text::fold(text.trim());
        let chars: Vec<char> = folded.chars().collect();
        let word = bind(folded.clone(), &mut params);
        if chars.len() >= 3 {
            // The index (trigrams without positions) finds the sentences holding every
            // trigram of the word; the folded sentence is then checked for the word itself.
            let mut trigrams: Vec<String> = chars.windows(3).map(|w| w.iter().collect::<String>()).collect();
            trigrams.sort();
            trigrams.dedup();
            let query = trigrams
                .iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" AND ");
            conds.push(format!(
                "e.id IN (SELECT x.id FROM sentences_text t JOIN sentences s ON s.id = t.rowid \
                 JOIN events x ON x.article = s.article AND x.sentence = s.seq \
                 WHERE sentences_text MATCH {} AND instr(hadath_fold(s.text), {word}) > 0)",
                bind(query, &mut params)
            ));
        } else {
            conds.push(format!(
                "EXISTS (SELECT 1 FROM sentences s WHERE s.article = e.article AND s.seq = e.sentence AND instr(hadath_fold(s.text), {word}) > 0)"
            ));
        }
    }
    let clause = if conds.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conds.join(" AND "))
    };
    (clause, params)
}

fn limit_clause(q: &EventQuery) -> String {
    q.limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default()
}

fn period_expr(p: Period) -> &'static str {
    match p {
        Period::Day => "e.date",
        // SQLite's 'weekday 0' moves forward to Sunday; six days back is the ISO week's Monday.
        Period::Week => "date(e.date, 'weekday 0', '-6 days')",
        Period::Month => "substr(e.date, 1, 7)",
        Period::Year => "substr(e.date, 1, 4)",
    }
}

fn key_exprs(k: GroupKey) -> &'static [&'static str] {
    match k {
        GroupKey::Pair => &["e.source", "e.target"],
        GroupKey::Source => &["e.source"],
        GroupKey::Target => &["e.target"],
        GroupKey::Root => &["e.root"],
        GroupKey::Code => &["e.code"],
        GroupKey::Quad => &["CAST(e.quad_class AS TEXT)"],
        GroupKey::Plover => &["e.plover"],
        GroupKey::Country => &["e.location_country"],
    }
}

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        event_id: r.get(0)?,
        article_id: r.get(1)?,
        seq: r.get(2)?,
        date: r.get(3)?,
        event_date: r.get(4)?,
        article_date: r.get(5)?,
        source: r.get(6)?,
        target: r.get(7)?,
        code: r.get(8)?,
        root: r.get(9)?,
        quad_class: r.get(10)?,
        goldstein: r.get(11)?,
        plover: r.get(12)?,
        code_name: r.get(13)?,
        location: r.get(14)?,
        location_country: r.get(15)?,
        trigger: r.get(16)?,
        trigger_start: r.get(17)?,
        trigger_end: r.get(18)?,
        source_text: r.get(19)?,
        target_text: r.get(20)?,
        sentence: r.get(21)?,
        evidence: r.get(22)?,
        confidence: r.get(23)?,
        rule: r.get(24)?,
        outlet: r.get(25)?,
        url: r.get(26)?,
    })
}

impl EventStore for SqliteStore {
    fn put_documents(&mut self, batch: &[CodedArticle]) -> Result<PutStats, StoreError> {
        let mut stats = PutStats::default();
        let tx = self.conn.transaction()?;
        for article in batch {
            let fingerprint = fingerprint(article)?;
            let stored: Option<(i64, i64)> = tx
                .prepare_cached("SELECT key, fingerprint FROM articles WHERE id = ?1")?
                .query_row([&article.document.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let key = match stored {
                Some((_, f)) if f == fingerprint => {
                    stats.unchanged += 1;
                    continue;
                }
                Some((key, _)) => {
                    Self::delete_children(&tx, key)?;
                    stats.replaced += 1;
                    Self::write_article_row(&tx, article, fingerprint, Some(key))?
                }
                None => {
                    stats.inserted += 1;
                    Self::write_article_row(&tx, article, fingerprint, None)?
                }
            };
            Self::insert_children(&tx, article, key)?;
        }
        tx.commit()?;
        Ok(stats)
    }

    fn for_each_event(&self, query: &EventQuery, each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>) -> Result<u64, StoreError> {
        let q = query.normalized()?;
        let (clause, params) = where_clause(&q);
        let sql = format!("{ROW_SELECT}{clause} ORDER BY e.date, a.id, e.seq{}", limit_clause(&q));
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            each(row_of(row)?)?;
            n += 1;
        }
        Ok(n)
    }

    fn aggregate(&self, query: &EventQuery, aggregation: &Aggregation) -> Result<Vec<AggregateRow>, StoreError> {
        let q = query.normalized()?;
        let (clause, params) = where_clause(&q);
        let mut select: Vec<String> = Vec::new();
        let mut group: Vec<String> = Vec::new();
        if let Some(p) = aggregation.period {
            select.push(format!("{} AS period", period_expr(p)));
            group.push("period".into());
        }
        let keys = aggregation.by.map(key_exprs).unwrap_or(&[]);
        for (i, k) in keys.iter().enumerate() {
            select.push(format!("{k} AS k{i}"));
            group.push(format!("k{i}"));
        }
        select.extend(["COUNT(*) AS n".to_string(), "TOTAL(e.goldstein)".to_string(), "AVG(e.goldstein)".to_string()]);
        let mut order: Vec<String> = Vec::new();
        if aggregation.period.is_some() {
            order.push("period".into());
        }
        order.push("n DESC".into());
        order.extend((0..keys.len()).map(|i| format!("k{i}")));
        let group_by = if group.is_empty() {
            String::new()
        } else {
            format!(" GROUP BY {}", group.join(", "))
        };
        let sql = format!(
            "SELECT {} FROM events e{clause}{group_by} ORDER BY {}{}",
            select.join(", "),
            order.join(", "),
            limit_clause(&q)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let has_period = aggregation.period.is_some();
        let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
            let mut i = 0;
            let period = if has_period {
                i += 1;
                r.get::<_, Option<String>>(0)?
            } else {
                None
            };
            let mut key = Vec::with_capacity(keys.len());
            for _ in keys {
                key.push(r.get::<_, Option<String>>(i)?);
                i += 1;
            }
            let events: i64 = r.get(i)?;
            Ok(AggregateRow {
                period,
                key,
                events: events.max(0) as u64,
                goldstein_sum: r.get(i + 1)?,
                goldstein_mean: r.get::<_, Option<f64>>(i + 2)?.unwrap_or(0.0),
            })
        })?;
        let mut out = Vec::new();
        for row in rows {
            let row = row?;
            // A query with no grouping over no events still returns one row; it carries nothing.
            if row.events > 0 {
                out.push(row);
            }
        }
        Ok(out)
    }

    fn counts(&self) -> Result<StoreCounts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 = self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        };
        Ok(StoreCounts {
            articles: count("articles")?,
            events: count("events")?,
            actors: count("actors")?,
            quotes: count("quotes")?,
        })
    }
}
