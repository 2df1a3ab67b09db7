//! The crate's integration tests, one module per file, built as one binary
//! (`autotests = false` in Cargo.toml): add a new test file here.

mod common;
#[path = "../../hadath-io/tests/common/mod.rs"]
mod io_common;

mod bad_input;
mod cases;
mod fixture_sochi;
mod gsr_report;
mod offsets;
mod run_cli;
mod run_kill_resume;
mod tokenize;
