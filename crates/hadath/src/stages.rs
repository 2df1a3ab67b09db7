//! The pipeline's stages one at a time, for the per-stage benchmarks
//! (`crates/hadath/benches/stages.rs`). Not part of the stable API.

use crate::analysis::Analysis;
use crate::error::Error;
use crate::events::Coder;
use crate::mentions::{build_actors, find_mentions, Actor, Mention};
use crate::pipeline::Pipeline;
use crate::time::{as_number, parse_date, resolve_dates, DateExpr};
use chrono::NaiveDate;

/// Tokenises, folds and splits `text` into sentences; returns the number of tokens.
pub fn analyse(text: &str) -> usize {
    Analysis::new(text).tokens.len()
}

/// An article taken through every stage, so that each stage can be run again alone.
pub struct Prepared<'a> {
    pipeline: &'a Pipeline,
    an: Analysis<'a>,
    mentions: Vec<Mention<'a>>,
    actors: Vec<Actor>,
    dates: Vec<DateExpr>,
    published: Option<NaiveDate>,
}

impl<'a> Prepared<'a> {
    /// Runs the stages before coding on `text` (published on `date`, `YYYY-MM-DD`).
    pub fn new(pipeline: &'a Pipeline, text: &'a str, date: &str) -> Result<Prepared<'a>, Error> {
        let published = Some(parse_date(date).ok_or_else(|| Error::Date(date.to_string()))?);
        let an = Analysis::new(text);
        let lex = pipeline.lexicon();
        let mentions = find_mentions(&an, lex);
        let mut actors = build_actors(&an, lex, &mentions, published.map(as_number));
        crate::ner::tag(&an, &mut actors);
        let dates = published.map(|p| resolve_dates(&an, &mentions, p)).unwrap_or_default();
        Ok(Prepared {
            pipeline,
            an,
            mentions,
            actors,
            dates,
            published,
        })
    }

    /// Lexicon matching: the mentions of the lexicon's phrases; returns their number.
    pub fn mentions(&self) -> usize {
        find_mentions(&self.an, self.pipeline.lexicon()).len()
    }

    /// Actors built from the mentions; returns their number.
    pub fn actors(&self) -> usize {
        build_actors(&self.an, self.pipeline.lexicon(), &self.mentions, self.published.map(as_number)).len()
    }

    /// The entity tagger over every sentence (on a copy of the lexicon's actors); returns the names found.
    pub fn tag(&self) -> usize {
        let mut actors = build_actors(&self.an, self.pipeline.lexicon(), &self.mentions, self.published.map(as_number));
        crate::ner::tag(&self.an, &mut actors).len()
    }

    /// The event and quote coder; returns the number of events and quotes.
    pub fn code(&self) -> usize {
        let c = Coder::new(&self.an, self.pipeline.lexicon(), &self.mentions, &self.actors, &self.dates, self.published).run();
        c.events.len() + c.quotes.len()
    }
}
