//! The pipeline: text in, [`Document`] out, one stage after another.

use crate::analysis::Analysis;
use crate::document::{Article, Document, Entity, Span};
use crate::error::Error;
use crate::events::Coder;
use crate::lexicon::{Lexicon, NameRef};
use crate::mentions::{build_actors, find_mentions, ROLE};
use crate::time::{as_number, parse_date, resolve_dates};

/// The day that the date phrases of an undated article are read against
/// to find their spans (their values are not used).
const UNDATED_ANCHOR: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2000, 6, 15) {
    Some(d) => d,
    None => chrono::NaiveDate::MIN,
};

/// A compiled pipeline. Build it once (compiling the lexicon takes tens of
/// milliseconds) and share it: [`Pipeline::process`] takes `&self`, so one
/// pipeline serves many threads.
pub struct Pipeline {
    lexicon: Lexicon,
    ner: bool,
}

impl Pipeline {
    /// A pipeline over the lexicon compiled into the binary.
    pub fn new() -> Result<Pipeline, Error> {
        Ok(Pipeline {
            lexicon: Lexicon::embedded()?,
            ner: true,
        })
    }

    /// A pipeline over a given lexicon.
    pub fn with_lexicon(lexicon: Lexicon) -> Pipeline {
        Pipeline { lexicon, ner: true }
    }

    /// Turns the statistical entity tagger on or off (on by default). Off,
    /// only names in the lexicon are found; coding is about twice as fast.
    pub fn with_ner(mut self, on: bool) -> Pipeline {
        self.ner = on;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Codes one article. An invalid `date` is an error; any text is fine.
    pub fn process(&self, article: &Article) -> Result<Document, Error> {
        let published = match article.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => Some(parse_date(d).ok_or_else(|| Error::Date(d.to_string()))?),
            None => None,
        };
        let an = Analysis::new(&article.text);
        let mentions = find_mentions(&an, &self.lexicon);
        let mut actors = build_actors(&an, &self.lexicon, &mentions, published.map(as_number));
        let mut unknown = if self.ner { crate::ner::tag(&an, &mut actors) } else { Vec::new() };
        // a span the tagger found with no letter ("-----") or only function
        // words the lexicon knows ("بتمويل شبه كامل": almost) is no name
        let function_word = |t: usize| {
            mentions
                .iter()
                .any(|m| m.start <= t && t < m.end && !m.refs.is_empty() && m.refs.iter().all(|r| matches!(r, NameRef::Particle(_))))
        };
        unknown.retain(|u| (u.start..u.end).any(|t| an.is_word(t) && !function_word(t)));
        crate::mentions::resolve_short_names(&an, &mut actors);
        crate::mentions::extend_so_called(&an, &mut actors);
        let mut covered = vec![false; an.tokens.len()];
        for a in &actors {
            covered[a.start..a.end].fill(true);
        }
        unknown.retain(|u| !covered[u.start..u.end].iter().any(|&c| c));
        let dates = match published {
            Some(p) => resolve_dates(&an, &mentions, p),
            None => Vec::new(),
        };
        let names: Vec<(usize, usize, bool)> = unknown.iter().map(|u| (u.start, u.end, u.kind == "PER")).collect();
        let mut coder = Coder::new(&an, &self.lexicon, &mentions, &actors, &dates, published).with_names(&names);
        if published.is_none() {
            // with no publication date a relative date ("مساء أمس") resolves
            // to nothing, but it is still a date phrase that the coder steps
            // over: read against any day for its span, never for its value
            let spans: Vec<(usize, usize)> = resolve_dates(&an, &mentions, UNDATED_ANCHOR).iter().map(|d| (d.start, d.end)).collect();
            coder = coder.with_date_spans(&spans);
        }
        let coded = coder.run();

        let span = |a: usize, b: usize| {
            (
                an.tokens[a].char_start,
                an.tokens[b - 1].char_end,
                an.text[an.tokens[a].start..an.tokens[b - 1].end].to_string(),
            )
        };
        let mut entities: Vec<Entity> = Vec::new();
        for a in &actors {
            if a.both_sides || (a.kind == ROLE && a.code.is_none()) {
                continue;
            }
            let (start, end, text) = span(a.name_start, a.name_end);
            entities.push(Entity {
                start,
                end,
                text,
                kind: a.kind.to_string(),
                actor: a.code.clone(),
                canonical: a.canonical.clone(),
                wikidata: a.wikidata.clone(),
            });
        }
        for u in &unknown {
            let (start, end, text) = span(u.start, u.end);
            entities.push(Entity {
                start,
                end,
                text,
                kind: u.kind.to_string(),
                actor: None,
                canonical: None,
                wikidata: None,
            });
        }
        for d in &dates {
            let (start, end, text) = span(d.start, d.end);
            entities.push(Entity {
                start,
                end,
                text,
                kind: "DATE".into(),
                actor: None,
                canonical: Some(d.date.to_string()),
                wikidata: None,
            });
        }
        entities.sort_by_key(|e| (e.start, e.end));
        let sentences = an
            .sentences
            .iter()
            .map(|s| Span {
                start: s.char_start,
                end: s.char_end,
                text: an.text[s.start..s.end].to_string(),
            })
            .collect();
        Ok(Document {
            id: article.id.clone(),
            date: published.map(|d| d.to_string()),
            sentences,
            entities,
            quotes: coded.quotes,
            events: coded.events,
        })
    }
}
