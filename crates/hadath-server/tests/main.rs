//! The crate's integration tests, one module per file, built as one binary
//! (`autotests = false` in Cargo.toml): add a new test file here.

mod common;

mod api;
mod page;
