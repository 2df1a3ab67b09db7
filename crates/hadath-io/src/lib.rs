//! Corpus input, output formats and the event store (being built).
