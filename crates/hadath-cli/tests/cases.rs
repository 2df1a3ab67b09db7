//! Our own cases (tests/cases/*.jsonl), scored with the project's scorer.

mod common;
use common::*;

#[test]
fn own_cases_reach_recall_and_precision_targets() {
    let dir = repo().join("tests/cases");
    let all = std::env::temp_dir().join(format!("hadath-cases-{}.jsonl", std::process::id()));
    let mut lines = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "jsonl")).collect();
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
    let (ok, summary) = score(&all, 0.80, 0.80, 0.0);
    assert!(ok, "{n} cases below recall/precision 0.80: {summary}");
}
