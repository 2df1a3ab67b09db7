//! Our own cases (tests/cases/*.jsonl), scored with the project's scorer.
//!
//! The thresholds are a regression floor at the level measured when the
//! cases were written (recall 0.50, precision 0.54 over 160 cases); the
//! project's target is 0.80 / 0.80 (issue 2) and 0.85 (issue 3). Raise the
//! floor as the coder improves; never lower it to make a change pass.

use crate::common;
use common::*;

const MIN_RECALL: f64 = 0.82;
const MIN_PRECISION: f64 = 0.82;

#[test]
fn own_cases_reach_recall_and_precision_targets() {
    let dir = repo().join("tests/cases");
    let all = std::env::temp_dir().join(format!("hadath-cases-{}.jsonl", std::process::id()));
    let mut lines = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    paths.sort();
    for p in paths {
        lines.push_str(&std::fs::read_to_string(p).unwrap());
        if !lines.ends_with('\n') {
            lines.push('\n');
        }
    }
    let n = lines.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(n >= 40, "only {n} cases");
    std::fs::write(&all, lines).unwrap();
    let (ok, summary) = score(&all, MIN_RECALL, MIN_PRECISION, 0.0);
    assert!(ok, "{n} cases below recall {MIN_RECALL} / precision {MIN_PRECISION}: {summary}");
}
