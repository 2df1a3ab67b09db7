//! A run into the event store killed with SIGKILL half way, then started
//! again, ends with exactly the rows of a run that was never interrupted.
//! Uses the 2,700-article ANT sample; skipped, with a message, without `../shared`.

use crate::io_common as common;

use hadath_io::{EventQuery, EventStore, SqliteStore};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn spawn_run(input: &Path, db: &Path, extra: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_hadath"))
        .args(["run", "--quiet", "--batch", "32"])
        .args(extra)
        .arg("--db")
        .arg(db)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting hadath run")
}

fn run_to_end(input: &Path, db: &Path, extra: &[&str]) -> String {
    let out = spawn_run(input, db, extra).wait_with_output().expect("hadath run");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{err}");
    err
}

/// Articles the store holds now (0 while it does not exist yet).
fn stored_articles(db: &Path) -> u64 {
    SqliteStore::open_read_only(db).and_then(|s| s.counts()).map(|c| c.articles).unwrap_or(0)
}

/// Starts a run and kills it (SIGKILL) once the store holds at least `at_least` articles.
fn run_and_kill(input: &Path, db: &Path, at_least: u64, extra: &[&str]) -> u64 {
    let mut child = spawn_run(input, db, extra);
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        if let Some(status) = child.try_wait().expect("waiting for hadath") {
            panic!("the run ended ({status}) before it could be killed; the corpus is too small for this machine's speed");
        }
        if stored_articles(db) >= at_least {
            child.kill().expect("SIGKILL");
            child.wait().expect("reaping the killed run");
            return stored_articles(db);
        }
        assert!(Instant::now() < deadline, "the run made no progress");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Every row the store holds, in key order, as text: what the store says.
/// (The integer keys and row ids, which depend on the order of writing, and
/// the input file name are left out.)
fn dump(db: &Path) -> Vec<String> {
    let store = SqliteStore::open_read_only(db).expect("the store opens");
    let conn = store.connection();
    let mut out = Vec::new();
    for sql in [
        "SELECT * FROM events_view ORDER BY article_id, seq",
        "SELECT id, date, title, outlet, url, meta, sentences, events, fingerprint FROM articles ORDER BY id",
        "SELECT a.id, s.seq, s.text FROM sentences s JOIN articles a ON a.key = s.article ORDER BY a.id, s.seq",
        "SELECT * FROM actors_view ORDER BY article_id, seq",
        "SELECT * FROM quotes_view ORDER BY article_id, seq",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| r.get::<_, hadath_io::rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                    .collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        out.extend(rows.map(|r| format!("{sql}: {}", r.unwrap().join("|"))));
    }
    out
}

#[test]
fn killed_run_resumed_ends_with_the_events_of_a_clean_run() {
    let Some(input) = common::ant_corpus("killed_run_resumed_ends_with_the_events_of_a_clean_run") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.sqlite");
    let resumed = dir.path().join("resumed.sqlite");

    run_to_end(&input, &clean, &[]);
    let total = stored_articles(&clean);
    assert!(total > 1000, "the sample has thousands of articles");

    // Killed twice at different points (started again plainly, then with
    // --resume), then finished with --resume, which codes only what is missing.
    let first = run_and_kill(&input, &resumed, 200, &[]);
    assert!(first < total, "killed half way: {first} of {total} articles were stored");
    let second = run_and_kill(&input, &resumed, (first + total) / 2, &["--resume"]);
    assert!(second < total, "killed half way again: {second} of {total}");
    let summary = run_to_end(&input, &resumed, &["--resume"]);
    assert!(summary.contains(&format!("{second} articles already in the store were left out")), "{summary}");

    let (a, b) = (dump(&clean), dump(&resumed));
    assert_eq!(a.len(), b.len(), "as many rows after kill and resume as in a clean run");
    if let Some((x, y)) = a.iter().zip(&b).find(|(x, y)| x != y) {
        panic!("the stores differ:\n clean:   {x}\n resumed: {y}");
    }
    // The full-text index was kept in step with the rows.
    let find = |db: &Path| {
        SqliteStore::open_read_only(db)
            .unwrap()
            .query(&EventQuery {
                text: Some("روسيا".into()),
                ..EventQuery::default()
            })
            .unwrap()
            .len()
    };
    assert_eq!(find(&clean), find(&resumed));
}
