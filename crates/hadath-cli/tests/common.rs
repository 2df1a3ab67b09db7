//! Helpers shared by the CLI's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// The `hadath` binary built for these tests.
pub fn hadath() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hadath"))
}

/// Runs `hadath extract --date DATE FILE` and parses the one document.
pub fn extract(file: &std::path::Path, date: &str) -> serde_json::Value {
    let out: Output = hadath().args(["extract", "--date", date]).arg(file).output().expect("run hadath");
    assert!(out.status.success(), "hadath extract failed: {}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8(out.stdout).expect("utf-8 output");
    serde_json::from_str(line.lines().next().expect("one document")).expect("valid JSON")
}

/// Python 3, if present.
pub fn python() -> Option<&'static str> {
    Command::new("python3")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| "python3")
}

/// Runs the scorer over a case file; returns (success, last line of output).
pub fn score(cases: &std::path::Path, min_recall: f64, min_precision: f64, min_quotes: f64) -> (bool, String) {
    let py = python().expect("python3 is needed to run the event scorer");
    let out = Command::new(py)
        .arg(repo().join("tests/tools/score_events.py"))
        .arg(cases)
        .args(["--bin", env!("CARGO_BIN_EXE_hadath")])
        .args([
            "--min-recall",
            &min_recall.to_string(),
            "--min-precision",
            &min_precision.to_string(),
            "--min-quotes",
            &min_quotes.to_string(),
            "--verbose",
        ])
        .output()
        .expect("run the scorer");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    println!("{text}");
    (out.status.success(), text.lines().last().unwrap_or("").to_string())
}
