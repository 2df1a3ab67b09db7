//! A coded article and its events as flat rows, the shape every tabular
//! output (CSV, GDELT, Parquet, the event store) is built from.

use crate::input::{ArticleMeta, Origin};
use hadath::{Document, Event};
use serde::{Deserialize, Serialize};

/// An article after coding: the library's document, plus what the input said
/// about the article and where it came from.
#[derive(Debug, Clone)]
pub struct CodedArticle {
    /// The document [`hadath::Pipeline::process`] returned.
    pub document: Document,
    /// Title, outlet, URL and the input's other fields.
    pub meta: ArticleMeta,
    /// Input file and line.
    pub origin: Origin,
}

/// One line of the `jsonl` output: the document object of the output
/// contract, with the input's `title`, `source` and `url` beside it and its
/// other fields under `meta` (each left out when absent).
#[derive(Debug, Serialize)]
pub struct OutputDocumentRef<'a> {
    /// The coded document.
    #[serde(flatten)]
    pub document: &'a Document,
    /// What the input said about the article.
    #[serde(flatten)]
    pub meta: &'a ArticleMeta,
}

impl<'a> From<&'a CodedArticle> for OutputDocumentRef<'a> {
    fn from(c: &'a CodedArticle) -> Self {
        OutputDocumentRef {
            document: &c.document,
            meta: &c.meta,
        }
    }
}

/// A line of the `jsonl` output read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputDocument {
    /// The coded document.
    #[serde(flatten)]
    pub document: Document,
    /// What the input said about the article.
    #[serde(flatten)]
    pub meta: ArticleMeta,
}

/// One event as a flat row: the columns of the `csv` output, the Parquet
/// events table and the store's `events` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// A stable 63-bit id derived from `article_id` and `seq` (GDELT's GLOBALEVENTID).
    pub event_id: i64,
    /// Id of the article the event was coded from.
    pub article_id: String,
    /// Position of the event in the article's `events`, from 0.
    pub seq: u32,
    /// The event's date when the text gives one, otherwise the article's: the date to plot by.
    pub date: Option<String>,
    /// The date resolved from the text, when it gives one.
    pub event_date: Option<String>,
    /// The article's publication date.
    pub article_date: Option<String>,
    /// CAMEO actor code of who acts.
    pub source: Option<String>,
    /// CAMEO actor code of who is acted on.
    pub target: Option<String>,
    /// CAMEO event code.
    pub code: String,
    /// Two-digit CAMEO root.
    pub root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein scale value of `code`.
    pub goldstein: f64,
    /// PLOVER event type.
    pub plover: String,
    /// Name of the CAMEO code.
    pub code_name: String,
    /// The place as written.
    pub location: Option<String>,
    /// CAMEO country code of the place.
    pub location_country: Option<String>,
    /// The words that carry the event.
    pub trigger: String,
    /// Start of the trigger in the article text, in characters.
    pub trigger_start: u32,
    /// End of the trigger in the article text, in characters.
    pub trigger_end: u32,
    /// The source actor as written.
    pub source_text: Option<String>,
    /// The target actor as written.
    pub target_text: Option<String>,
    /// Index of the sentence in the article.
    pub sentence: u32,
    /// The sentence the event was coded from.
    pub evidence: String,
    /// 0 to 1.
    pub confidence: f64,
    /// The lexicon rule that fired.
    pub rule: String,
    /// The outlet that published the article.
    pub outlet: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
}

impl EventRow {
    /// Column names, in order (the CSV header).
    pub const COLUMNS: [&'static str; 27] = [
        "event_id",
        "article_id",
        "seq",
        "date",
        "event_date",
        "article_date",
        "source",
        "target",
        "code",
        "root",
        "quad_class",
        "goldstein",
        "plover",
        "code_name",
        "location",
        "location_country",
        "trigger",
        "trigger_start",
        "trigger_end",
        "source_text",
        "target_text",
        "sentence",
        "evidence",
        "confidence",
        "rule",
        "outlet",
        "url",
    ];

    /// The row of event number `seq` of `article`.
    pub fn new(article: &CodedArticle, seq: usize, event: &Event) -> EventRow {
        let doc = &article.document;
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        EventRow {
            event_id: event_id(&doc.id, seq),
            article_id: doc.id.clone(),
            seq: to_u32(seq),
            date: event.date.clone().or_else(|| doc.date.clone()),
            event_date: event.date.clone(),
            article_date: doc.date.clone(),
            source: event.source.clone(),
            target: event.target.clone(),
            code: event.code.clone(),
            root: event.root.clone(),
            quad_class: event.quad_class,
            goldstein: event.goldstein,
            plover: event.plover.clone(),
            code_name: event.code_name.clone(),
            location: event.location.as_ref().map(|l| l.text.clone()),
            location_country: event.location.as_ref().and_then(|l| l.country.clone()),
            trigger: event.trigger.text.clone(),
            trigger_start: to_u32(event.trigger.start),
            trigger_end: to_u32(event.trigger.end),
            source_text: event.source_text.clone(),
            target_text: event.target_text.clone(),
            sentence: to_u32(event.sentence),
            evidence: doc.sentences.get(event.sentence).map(|s| s.text.clone()).unwrap_or_default(),
            confidence: event.confidence,
            rule: event.rule.clone(),
            outlet: article.meta.source.clone(),
            url: article.meta.url.clone(),
        }
    }

    /// Every event of `article` as a row, in order.
    pub fn all(article: &CodedArticle) -> impl Iterator<Item = EventRow> + '_ {
        article.document.events.iter().enumerate().map(move |(seq, e)| EventRow::new(article, seq, e))
    }
}

/// 64-bit FNV-1a: a hash that is the same on every platform and release, for
/// ids and fingerprints that must not change between runs. It is also a
/// [`std::io::Write`], so a serialiser can stream into it.
pub(crate) struct Fnv1a(pub(crate) u64);

impl Fnv1a {
    pub(crate) fn new() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl std::io::Write for Fnv1a {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// FNV-1a over several parts, each followed by a separator so that ("ab", "c") and ("a", "bc") differ.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h = Fnv1a::new();
    for part in parts {
        h.update(part);
        h.update(&[0xff]);
    }
    h.0
}

/// The stable id of event `seq` of article `article_id`: positive, below 2^63.
pub fn event_id(article_id: &str, seq: usize) -> i64 {
    let h = fnv1a(&[article_id.as_bytes(), &(seq as u64).to_le_bytes()]);
    // Masked to 63 bits, so it fits a signed 64-bit column everywhere.
    (h & (u64::MAX >> 1)) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_are_stable_and_distinct() {
        assert_eq!(event_id("a", 0), event_id("a", 0));
        assert_ne!(event_id("a", 0), event_id("a", 1));
        assert_ne!(event_id("a", 1), event_id("b", 1));
        assert!(event_id("x", 3) >= 0);
    }
}
