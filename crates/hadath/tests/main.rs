//! The crate's integration tests, one module per file, built as one binary
//! (`autotests = false` in Cargo.toml): add a new test file here.

mod common;

mod actors;
mod coding;
mod coverage;
mod lexicon_check;
mod lexicon_courts;
mod lexicon_people2000;
mod lexicon_targets;
mod lexicon_targets2;
mod lexicon_targets3;
mod lexicon_targets4;
mod lexicon_targets5;
mod lexicon_targets6;
mod lexicon_targets7;
mod protest;
mod quotes;
mod setting;
