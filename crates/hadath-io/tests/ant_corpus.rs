//! Every format and the store on the 2,700-article ANT sample, each read back
//! and compared with the `jsonl` output of the same run. Skipped, with a
//! message, when `../shared` is not beside the repository.
//!
//! The corpus is coded once (the tests share the run); counts are never
//! written down here, since the lexicon grows: each output is compared with
//! the documents.

use crate::common;

use common::{read_jsonl, Collect};
use hadath_io::{
    discover, run_corpus, Aggregation, CorpusReader, EventQuery, EventStore, Format, GroupKey, Output, OutputDocument, Period, RunOptions, SqliteStore,
    StoreSink,
};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The outputs of one run over the sample.
struct AntRun {
    _dir: tempfile::TempDir,
    jsonl: PathBuf,
    csv: PathBuf,
    gdelt: PathBuf,
    parquet: PathBuf,
    db: PathBuf,
    docs: Vec<OutputDocument>,
    errors: usize,
}

impl AntRun {
    fn events(&self) -> usize {
        self.docs.iter().map(|d| d.document.events.len()).sum()
    }
}

/// Codes the sample once into every format and a store; `None` when it is absent.
fn ant_run(test: &str) -> Option<&'static AntRun> {
    static RUN: OnceLock<Option<AntRun>> = OnceLock::new();
    let input = common::ant_corpus(test)?;
    RUN.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = |name: &str| dir.path().join(name);
        let (jsonl, csv, gdelt, parquet, db) = (
            path("docs.jsonl"),
            path("events.csv"),
            path("events.tsv"),
            path("events.parquet"),
            path("events.sqlite"),
        );
        let pipeline = hadath::Pipeline::new().expect("the embedded lexicon compiles");
        let reader = CorpusReader::new(discover(&[input]).expect("the sample exists"));
        let open = |format: Format, p: &PathBuf| format.open(Output::file(p).expect("output file")).expect("sink");
        let mut sinks = vec![
            open(Format::Jsonl, &jsonl),
            open(Format::Csv, &csv),
            open(Format::Gdelt, &gdelt),
            open(Format::Parquet, &parquet),
        ];
        let mut store = StoreSink::new(SqliteStore::open(&db).expect("store"));
        let mut seen = Collect::default();
        {
            let mut all: Vec<&mut dyn hadath_io::DocumentSink> = sinks.iter_mut().map(|s| s.as_mut() as &mut dyn hadath_io::DocumentSink).collect();
            all.push(&mut store);
            run_corpus(&pipeline, reader, &mut all, RunOptions::default(), &mut seen).expect("the run completes");
        }
        for s in &mut sinks {
            s.finish().expect("finishing an output");
        }
        assert!(seen.reports > 1, "progress is reported batch by batch");
        let docs = read_jsonl(&jsonl);
        Some(AntRun {
            _dir: dir,
            jsonl,
            csv,
            gdelt,
            parquet,
            db,
            docs,
            errors: seen.errors.len(),
        })
    })
    .as_ref()
}

#[test]
fn ant_sample_jsonl_has_every_article_in_input_order() {
    let Some(run) = ant_run("ant_sample_jsonl_has_every_article_in_input_order") else {
        return;
    };
    assert_eq!(run.errors, 0);
    let input = common::ant_corpus("").unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(std::fs::File::open(input).unwrap()), &mut text).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    let got: Vec<&String> = run.docs.iter().map(|d| &d.document.id).collect();
    assert_eq!(got.len(), ids.len());
    assert!(got.iter().zip(&ids).all(|(a, b)| *a == b), "documents come out in input order");
    assert!(
        run.docs.iter().all(|d| d.meta.url.is_some() && d.meta.meta.contains_key("category")),
        "url kept, category carried in meta"
    );
    assert!(std::fs::metadata(&run.jsonl).unwrap().len() > 0);
}

#[test]
fn ant_sample_csv_reads_back_with_one_row_per_event() {
    let Some(run) = ant_run("ant_sample_csv_reads_back_with_one_row_per_event") else {
        return;
    };
    let mut reader = csv::Reader::from_path(&run.csv).unwrap();
    let rows: Vec<hadath_io::EventRow> = reader.deserialize().map(|r| r.expect("every CSV row parses")).collect();
    assert_eq!(rows.len(), run.events());
    let expected: Vec<(&str, &str, f64)> = run
        .docs
        .iter()
        .flat_map(|d| d.document.events.iter().map(move |e| (d.document.id.as_str(), e.code.as_str(), e.goldstein)))
        .collect();
    let got: Vec<(&str, &str, f64)> = rows.iter().map(|r| (r.article_id.as_str(), r.code.as_str(), r.goldstein)).collect();
    assert_eq!(got, expected);
}

#[test]
fn ant_sample_gdelt_rows_have_61_columns() {
    let Some(run) = ant_run("ant_sample_gdelt_rows_have_61_columns") else {
        return;
    };
    let text = std::fs::read_to_string(&run.gdelt).unwrap();
    let mut rows = 0;
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), 61, "{line}");
        rows += 1;
    }
    assert_eq!(rows, run.events());
}

#[test]
fn ant_sample_parquet_reads_back_with_pyarrow() {
    let Some(run) = ant_run("ant_sample_parquet_reads_back_with_pyarrow") else {
        return;
    };
    if !common::have_pyarrow("ant_sample_parquet_reads_back_with_pyarrow") {
        return;
    }
    let (types, rows) = common::read_parquet_with_pyarrow(&run.parquet);
    assert_eq!(
        (types["sentence"].as_str(), types["goldstein"].as_str(), types["date"].as_str()),
        (Some("int32"), Some("double"), Some("date32[day]"))
    );
    assert_eq!(rows.len(), run.events());
    let expected = common::parquet_rows_of(&run.docs);
    assert!(rows == expected, "the Parquet rows are the events of the jsonl output");
}

#[test]
fn ant_sample_store_holds_every_event() {
    let Some(run) = ant_run("ant_sample_store_holds_every_event") else { return };
    let store = SqliteStore::open_read_only(&run.db).unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.articles as usize, run.docs.len());
    assert_eq!(counts.events as usize, run.events());
    let quotes: usize = run.docs.iter().map(|d| d.document.quotes.len()).sum();
    assert_eq!(counts.quotes as usize, quotes);
}

#[test]
fn monthly_goldstein_between_two_actors_matches_the_jsonl_output() {
    let Some(run) = ant_run("monthly_goldstein_between_two_actors_matches_the_jsonl_output") else {
        return;
    };
    // The pair to follow: the commonest source and target, found in the output (not written down).
    let mut pairs: HashMap<(&str, &str), usize> = HashMap::new();
    for d in &run.docs {
        for e in &d.document.events {
            if let (Some(s), Some(t)) = (e.source.as_deref(), e.target.as_deref()) {
                *pairs.entry((s, t)).or_default() += 1;
            }
        }
    }
    let Some(((source, target), _)) = pairs.into_iter().max_by_key(|&(pair, n)| (n, pair)) else {
        panic!("the sample codes no event with both actors");
    };
    let store = SqliteStore::open_read_only(&run.db).unwrap();
    // Exact codes, then their three-letter country prefixes (RUS matches RUSGOV).
    for (s, t) in [(source, target), (prefix3(source), prefix3(target))] {
        let mut expected: BTreeMap<String, (u64, f64)> = BTreeMap::new();
        for d in &run.docs {
            for e in &d.document.events {
                let hit = e.source.as_deref().is_some_and(|x| x.starts_with(s)) && e.target.as_deref().is_some_and(|x| x.starts_with(t));
                if let (true, Some(date)) = (hit, e.date.as_deref().or(d.document.date.as_deref())) {
                    let slot = expected.entry(date[..7].to_string()).or_default();
                    slot.0 += 1;
                    slot.1 += e.goldstein;
                }
            }
        }
        let query = EventQuery {
            source: Some(s.into()),
            target: Some(t.into()),
            ..EventQuery::default()
        };
        let rows = store
            .aggregate(
                &query,
                &Aggregation {
                    period: Some(Period::Month),
                    by: None,
                },
            )
            .unwrap();
        let got: BTreeMap<String, (u64, f64)> = rows.into_iter().map(|r| (r.period.unwrap_or_default(), (r.events, r.goldstein_sum))).collect();
        assert!(!expected.is_empty());
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "{s} → {t}: the same months"
        );
        for (month, (n, sum)) in &expected {
            assert_eq!(got[month].0, *n, "{s} → {t} in {month}: event count");
            assert!(
                (got[month].1 - sum).abs() < 1e-6,
                "{s} → {t} in {month}: Goldstein sum {} in the store, {sum} in the jsonl output",
                got[month].1
            );
        }
        // The same pair as a key of `--by pair` per month adds up to the same totals.
        let by_pair = store
            .aggregate(
                &query,
                &Aggregation {
                    period: Some(Period::Month),
                    by: Some(GroupKey::Pair),
                },
            )
            .unwrap();
        assert_eq!(by_pair.iter().map(|r| r.events).sum::<u64>(), expected.values().map(|v| v.0).sum::<u64>());
    }
}

fn prefix3(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}
