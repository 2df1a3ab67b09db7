//! The output data model: one [`Document`] per article, every layer a list of
//! spans into the original text (see `docs/output-format.md` of the project).
//!
//! All offsets are counted in Unicode scalar values, `start` inclusive and
//! `end` exclusive, so that `text.chars().skip(start).take(end - start)` is the
//! span's text (Python: `text[start:end]`).

use serde::{Deserialize, Serialize};

/// An article to code: its text, and what is known about it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    /// The input's id, or the file name.
    pub id: String,
    /// Publication date, `YYYY-MM-DD`; relative dates resolve against it.
    pub date: Option<String>,
    /// The text as it came, in UTF-8.
    pub text: String,
}

/// A range of the original text, in Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A named (or role-described) mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `PER`, `ORG`, `GPE`, `LOC`, `MISC`, `DATE`.
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO actor code the mention resolves to (`RUSGOV`).
    pub actor: Option<String>,
    /// Canonical name from the lexicon.
    pub canonical: Option<String>,
    /// Wikidata id where the lexicon has one.
    pub wikidata: Option<String>,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub actor: Option<String>,
    pub canonical: Option<String>,
}

/// Direct or reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// True for text inside quotation marks.
    pub direct: bool,
    /// The speech verb as written (`قال`, `وأضاف`).
    pub cue: Option<String>,
    pub speaker: Option<Speaker>,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub canonical: Option<String>,
    /// CAMEO country code of the place.
    pub country: Option<String>,
}

/// A coded event: who did what to whom, when and where, and why it was coded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO event code, 2 to 4 digits.
    pub code: String,
    /// Two-digit CAMEO root.
    pub root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: String,
    pub date: Option<String>,
    pub location: Option<Location>,
    /// Index into [`Document::sentences`].
    pub sentence: usize,
    pub trigger: Span,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub confidence: f64,
    /// The lexicon rule that fired (`verbs.tsv:123 بحث مع`), for explanation.
    pub rule: String,
    /// Name of the CAMEO code.
    pub code_name: String,
}

/// The coded article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub date: Option<String>,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}
