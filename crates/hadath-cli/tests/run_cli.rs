//! `hadath run` and `hadath query` as a user runs them, on a few Arabic
//! articles written by the test (with a broken line and a record without `text`).

use crate::io_common as common;

use common::{read_jsonl, small_corpus, ARTICLES};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn hadath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hadath")).args(args).output().expect("running hadath")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temporary path")
}

#[test]
fn run_reports_bad_records_with_file_line_and_id_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let out = hadath(&["run", "--quiet", s(&input)]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("small.jsonl:3 (id broken): is not valid JSON"), "{err}");
    assert!(err.contains("small.jsonl:4 (id no-text): has no `text` field"), "{err}");
    assert!(
        err.contains(&format!("{} articles", ARTICLES.len())) && err.contains("2 errors"),
        "the summary counts them: {err}"
    );
    assert!(err.contains("2 record(s) could not be coded"), "{err}");
    assert_eq!(text(&out.stdout).lines().count(), ARTICLES.len(), "the good records are all written");
}

#[test]
fn run_of_good_records_exits_0_with_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("good.jsonl");
    let lines: Vec<String> = ARTICLES.iter().map(|a| common::record(a.0, a.1, a.2)).collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let out = hadath(&["run", "--format", "csv", s(&input)]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("0 errors") && err.contains("articles/s") && err.contains("MB/s"), "{err}");
    assert!(
        text(&out.stdout).starts_with("event_id,article_id,seq,date"),
        "CSV with its header on standard output"
    );
}

#[test]
fn run_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hadath"))
        .args(["run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running hadath");
    let line = common::record(ARTICLES[0].0, ARTICLES[0].1, ARTICLES[0].2);
    child.stdin.take().unwrap().write_all(line.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "sochi");
}

#[test]
fn run_writes_every_format_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    for (format, name) in [
        ("jsonl", "docs.jsonl.gz"),
        ("csv", "events.csv"),
        ("gdelt", "events.tsv"),
        ("parquet", "events.parquet"),
    ] {
        let path = dir.path().join(name);
        let out = hadath(&["run", "-q", "--format", format, "--output", s(&path), s(&input)]);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", text(&out.stderr));
        assert!(std::fs::metadata(&path).map(|m| m.len() > 0).unwrap_or(false), "{format}: {name} is written");
        assert!(!dir.path().join(format!("{name}.partial")).exists());
    }
    let mut gz = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(std::fs::File::open(dir.path().join("docs.jsonl.gz")).unwrap()),
        &mut gz,
    )
    .unwrap();
    assert_eq!(gz.lines().count(), ARTICLES.len(), "a .gz output name is compressed");
}

#[test]
fn run_takes_the_format_from_the_output_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let parquet = dir.path().join("events.parquet");
    let csv = dir.path().join("events.csv.gz");
    hadath(&["run", "-q", "--output", s(&parquet), s(&input)]);
    hadath(&["run", "-q", "--output", s(&csv), s(&input)]);
    assert!(std::fs::read(&parquet).unwrap().starts_with(b"PAR1"), "a .parquet name writes Parquet");
    let mut head = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(std::fs::File::open(&csv).unwrap()), &mut head).unwrap();
    assert!(head.starts_with("event_id,article_id"), "a .csv.gz name writes compressed CSV");
}

#[test]
fn resume_refuses_an_output_it_would_leave_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let db = dir.path().join("events.sqlite");
    let out = hadath(&["run", "--resume", "--db", s(&db), "--output", s(&dir.path().join("o.csv")), s(&input)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("drop --output"), "{}", text(&out.stderr));
}

#[test]
fn run_refuses_a_missing_input_with_a_clear_message() {
    let out = hadath(&["run", "/nonexistent/news.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("/nonexistent/news.jsonl: no such file or directory"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn run_twice_into_the_store_adds_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let db = dir.path().join("events.sqlite");
    let first = hadath(&["run", "-q", "--db", s(&db), s(&input)]);
    assert!(
        text(&first.stderr).contains(&format!("{} articles new", ARTICLES.len())),
        "{}",
        text(&first.stderr)
    );
    assert!(first.stdout.is_empty(), "with --db and no --output nothing goes to standard output");
    let second = hadath(&["run", "-q", "--db", s(&db), s(&input)]);
    let err = text(&second.stderr);
    assert!(err.contains(&format!("0 articles new, 0 replaced, {} unchanged", ARTICLES.len())), "{err}");
    let store = hadath_io::SqliteStore::open_read_only(&db).unwrap();
    let events: i64 = store.connection().query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0)).unwrap();
    let distinct: i64 = store
        .connection()
        .query_row("SELECT COUNT(DISTINCT article || ':' || seq) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(events, distinct);
}

#[test]
fn query_answers_match_the_jsonl_output_of_the_same_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let db = dir.path().join("events.sqlite");
    let jsonl = dir.path().join("docs.jsonl");
    hadath(&["run", "-q", "--db", s(&db), "--output", s(&jsonl), s(&input)]);
    let docs = read_jsonl(&jsonl);

    // Every event, as JSON.
    let out = hadath(&["query", "--db", s(&db), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listed: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(listed.len(), docs.iter().map(|d| d.document.events.len()).sum::<usize>());

    // RUS → USA month by month, as CSV.
    let out = hadath(&[
        "query",
        "--db",
        s(&db),
        "--source",
        "RUS",
        "--target",
        "USA",
        "--count-by",
        "month",
        "--format",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(reader.headers().unwrap(), vec!["period", "events", "goldstein_sum", "goldstein_mean"]);
    let got: BTreeMap<String, (u64, f64)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), (r[1].parse().unwrap(), r[2].parse().unwrap()))
        })
        .collect();
    let mut expected: BTreeMap<String, (u64, f64)> = BTreeMap::new();
    for d in &docs {
        for e in &d.document.events {
            let hit = e.source.as_deref().is_some_and(|x| x.starts_with("RUS")) && e.target.as_deref().is_some_and(|x| x.starts_with("USA"));
            if let (true, Some(date)) = (hit, e.date.as_deref().or(d.document.date.as_deref())) {
                let slot = expected.entry(date[..7].to_string()).or_default();
                slot.0 += 1;
                slot.1 += e.goldstein;
            }
        }
    }
    assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>());
    for (month, (n, sum)) in expected {
        assert_eq!(got[&month].0, n);
        assert!((got[&month].1 - sum).abs() < 1e-6, "{month}");
    }

    // A table names its columns.
    let out = hadath(&["query", "--db", s(&db), "--by", "root", "--format", "table"]);
    assert!(text(&out.stdout).starts_with("root"), "{}", text(&out.stdout));
}

#[test]
fn query_on_a_missing_store_says_how_to_make_one() {
    let out = hadath(&["query", "--db", "/nonexistent/events.sqlite"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("hadath run --db"), "{}", text(&out.stderr));
}

#[test]
fn query_refuses_a_malformed_date_before_opening_the_store() {
    let out = hadath(&["query", "--db", "/nonexistent/events.sqlite", "--from", "2018/04/01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("expected YYYY-MM-DD"), "{}", text(&out.stderr));
}
