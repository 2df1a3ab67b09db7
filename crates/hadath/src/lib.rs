//! # hadath
//!
//! Arabic-native political event coding. `hadath` reads Arabic news and
//! returns who did what to whom, when and where, and who said what: CAMEO
//! event codes with Goldstein values and PLOVER types, CAMEO actor codes with
//! roles (`RUSGOV`), resolved dates and places, and quotes with their
//! speakers. Every result points back into the original text by character
//! offsets and names the lexicon rule that produced it.
//!
//! ```
//! use hadath::{Article, Pipeline};
//!
//! let pipeline = Pipeline::new().expect("the embedded lexicon compiles");
//! let doc = pipeline.process(&Article {
//!     id: "example".into(),
//!     date: Some("2019-05-15".into()),
//!     text: "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأميركي مايك بومبيو في سوتشي أمس.".into(),
//! }).unwrap();
//! let e = &doc.events[0];
//! assert_eq!((e.source.as_deref(), e.root.as_str(), e.target.as_deref()), (Some("RUSGOV"), "04", Some("USAGOV")));
//! assert_eq!(e.date.as_deref(), Some("2019-05-14"));
//! ```
//!
//! The stages, each a module: [`text`] (folding, tokens, sentences),
//! [`lexicon`] (the dictionaries, compiled once), mentions and actors, dates,
//! and the event and quote coder. [`Pipeline`] runs them in order.

pub mod document;
mod error;
pub mod lexicon;
pub mod text;

mod analysis;
mod events;
mod mentions;
mod ner;
mod pipeline;
mod setting;
#[doc(hidden)]
pub mod stages;
mod time;

pub use document::{Article, Document, Entity, Event, Location, Quote, Span, Speaker};
pub use error::{Error, LexiconError};
pub use lexicon::Lexicon;
pub use pipeline::Pipeline;
