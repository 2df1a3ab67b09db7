//! Helpers shared by the behaviour tests of the coder and the lexicon: one
//! pipeline for the whole test binary, and the events of a document in the
//! shapes the tests compare.

// each test binary uses its own subset of these
#![allow(dead_code)]

use hadath::{Article, Document, Pipeline};
use std::sync::OnceLock;

/// The pipeline with the embedded lexicon and model, built once.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("embedded lexicon"))
}

/// Codes `text` as an article published on `date` (`YYYY-MM-DD`).
pub fn code_on(text: &str, date: &str) -> Document {
    pipeline()
        .process(&Article {
            id: "t".into(),
            date: Some(date.into()),
            text: text.into(),
        })
        .expect("process")
}

/// (source country, root, target country) of every event.
pub fn triples(doc: &Document) -> Vec<(String, String, String)> {
    let c = |x: &Option<String>| x.as_deref().map(|s| s.chars().take(3).collect()).unwrap_or_default();
    doc.events.iter().map(|e| (c(&e.source), e.root.clone(), c(&e.target))).collect()
}

/// Whether some event has this source country, root and target country.
pub fn has(doc: &Document, s: &str, root: &str, t: &str) -> bool {
    triples(doc).iter().any(|(a, r, b)| a == s && r == root && b == t)
}

/// Whether some event of this root has a source code that starts with
/// `source` (a country, "YEM", or a country and role, "SYROPP").
pub fn from_root(doc: &Document, root: &str, source: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.root == root && e.source.as_deref().is_some_and(|s| s.starts_with(source)))
}

/// (code, source, target) of every event.
pub fn events(doc: &Document) -> Vec<(String, Option<String>, Option<String>)> {
    doc.events.iter().map(|e| (e.code.clone(), e.source.clone(), e.target.clone())).collect()
}

/// Whether the document holds an event of exactly this code, source and target.
pub fn has_event(doc: &Document, code: &str, source: Option<&str>, target: Option<&str>) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && e.source.as_deref() == source && e.target.as_deref() == target)
}

/// Codes `text` as an article with no publication date.
pub fn code_undated(text: &str) -> Document {
    pipeline()
        .process(&Article {
            id: "t".into(),
            date: None,
            text: text.into(),
        })
        .expect("process")
}

/// (text, actor) of every quote's speaker, for assertion messages.
pub fn speakers(doc: &Document) -> Vec<Option<(String, Option<String>)>> {
    doc.quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| (s.text.clone(), s.actor.clone())))
        .collect()
}

/// Whether some quote's speaker has an actor code that `f` accepts.
pub fn any_speaker(doc: &Document, f: impl Fn(&str) -> bool) -> bool {
    doc.quotes.iter().any(|q| q.speaker.as_ref().and_then(|s| s.actor.as_deref()).is_some_and(&f))
}
