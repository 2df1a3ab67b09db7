//! The corpus runner, the formats and the store on a few Arabic articles
//! written by the test (with a broken line and a record without `text`).

use crate::common;

use common::{read_jsonl, small_corpus, Collect, ARTICLES};
use hadath_io::{
    discover, run_corpus, Aggregation, CorpusReader, EventQuery, EventStore, Format, GroupKey, InputKind, Output, OutputDocument, Period, RunOptions,
    SqliteStore, StoreSink,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Codes `inputs` into one output of `format` at `out`; returns the bad records.
fn code_to(inputs: &[PathBuf], format: Format, out: &Path) -> Vec<hadath_io::RecordError> {
    let pipeline = hadath::Pipeline::new().expect("the embedded lexicon compiles");
    let reader = CorpusReader::new(discover(inputs).expect("inputs exist"));
    let mut sink = format.open(Output::file(out).expect("output file")).expect("sink");
    let mut seen = Collect::default();
    run_corpus(
        &pipeline,
        reader,
        &mut [sink.as_mut()],
        RunOptions {
            batch_articles: 2,
            ..RunOptions::default()
        },
        &mut seen,
    )
    .expect("the run completes");
    sink.finish().expect("finishing the output");
    seen.errors
}

/// Codes the small corpus to `jsonl` and returns its documents.
fn small_documents(dir: &Path) -> Vec<OutputDocument> {
    let input = small_corpus(dir);
    let out = dir.join("docs.jsonl");
    code_to(&[input], Format::Jsonl, &out);
    read_jsonl(&out)
}

/// A store holding the small corpus.
fn small_store(dir: &Path) -> SqliteStore {
    let input = small_corpus(dir);
    let pipeline = hadath::Pipeline::new().expect("the embedded lexicon compiles");
    let mut sink = StoreSink::new(SqliteStore::open(&dir.join("events.sqlite")).expect("store"));
    run_corpus(
        &pipeline,
        CorpusReader::new(discover(&[input]).expect("input")),
        &mut [&mut sink],
        RunOptions::default(),
        &mut Collect::default(),
    )
    .expect("run");
    sink.into_store()
}

#[test]
fn bad_records_are_reported_with_file_line_and_id_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let errors = code_to(&[input], Format::Jsonl, &dir.path().join("out.jsonl"));
    let seen: Vec<(u64, Option<&str>)> = errors.iter().map(|e| (e.line, e.id.as_deref())).collect();
    assert_eq!(seen, [(3, Some("broken")), (4, Some("no-text"))]);
    assert!(errors.iter().all(|e| e.file.ends_with("small.jsonl")));
    assert!(errors[0].message.contains("not valid JSON"), "{}", errors[0]);
    assert!(errors[1].message.contains("no `text`"), "{}", errors[1]);
    assert_eq!(read_jsonl(&dir.path().join("out.jsonl")).len(), ARTICLES.len(), "every good record is written");
}

#[test]
fn jsonl_output_keeps_input_order_and_carries_the_other_fields() {
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let ids: Vec<&str> = docs.iter().map(|d| d.document.id.as_str()).collect();
    assert_eq!(ids, ARTICLES.map(|a| a.0));
    let first = &docs[0];
    assert_eq!(first.document.date.as_deref(), Some("2019-05-15"));
    assert_eq!(first.meta.title.as_deref(), Some("عنوان sochi"));
    assert_eq!(first.meta.url.as_deref(), Some("https://example.org/sochi"));
    assert_eq!(first.meta.meta.get("section").and_then(|v| v.as_str()), Some("politics"));
    assert!(docs.iter().any(|d| !d.document.events.is_empty()), "the small corpus codes into events");
}

#[test]
fn output_file_appears_only_when_complete() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_corpus(dir.path());
    let out = dir.path().join("events.csv");
    code_to(&[input], Format::Csv, &out);
    assert!(out.is_file());
    assert!(!dir.path().join("events.csv.partial").exists(), "the temporary name is gone");
}

#[test]
fn csv_output_has_one_row_per_event_with_its_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let out = dir.path().join("events.csv");
    code_to(&[dir.path().join("small.jsonl")], Format::Csv, &out);
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, hadath_io::EventRow::COLUMNS);
    let rows: Vec<hadath_io::EventRow> = reader.deserialize().map(|r| r.expect("a CSV row reads back as an event row")).collect();
    let expected: Vec<(String, String, String)> = docs
        .iter()
        .flat_map(|d| {
            d.document
                .events
                .iter()
                .map(move |e| (d.document.id.clone(), e.code.clone(), d.document.sentences[e.sentence].text.clone()))
        })
        .collect();
    let got: Vec<(String, String, String)> = rows.iter().map(|r| (r.article_id.clone(), r.code.clone(), r.evidence.clone())).collect();
    assert_eq!(got, expected);
    assert!(rows.iter().all(|r| r.evidence.contains(&r.trigger)), "the evidence sentence holds the trigger");
}

#[test]
fn gdelt_output_has_61_tab_separated_columns_per_event() {
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let events: usize = docs.iter().map(|d| d.document.events.len()).sum();
    let out = dir.path().join("events.tsv");
    code_to(&[dir.path().join("small.jsonl")], Format::Gdelt, &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), events, "one row per event, no header");
    for row in &rows {
        assert_eq!(row.len(), 61, "{row:?}");
        assert_eq!(row[1].len(), 8, "SQLDATE is YYYYMMDD: {row:?}");
        assert!(row[26].starts_with(row[28]), "EventCode starts with EventRootCode: {row:?}");
    }
    let first = &docs[0].document.events[0];
    assert_eq!(rows[0][5], first.source.as_deref().unwrap_or(""), "Actor1Code");
    if let Some(source) = first.source.as_deref().filter(|s| s.len() >= 6) {
        assert_eq!(
            (rows[0][7], rows[0][12]),
            (&source[..3], &source[3..6]),
            "Actor1CountryCode and Actor1Type1Code"
        );
    }
    assert_eq!(rows[0][60], "https://example.org/sochi", "SOURCEURL");
}

#[test]
fn parquet_output_reads_back_with_pyarrow() {
    if !common::have_pyarrow("parquet_output_reads_back_with_pyarrow") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let out = dir.path().join("events.parquet");
    code_to(&[dir.path().join("small.jsonl")], Format::Parquet, &out);
    let (types, rows) = common::read_parquet_with_pyarrow(&out);
    assert_eq!(types["seq"], "int32");
    assert_eq!(types["sentence"], "int32");
    assert_eq!(types["quad_class"], "int8");
    assert_eq!(types["goldstein"], "double");
    assert_eq!(types["date"], "date32[day]");
    assert_eq!(types["source"], "string");
    let expected = common::parquet_rows_of(&docs);
    assert_eq!(rows, expected);
}

#[test]
fn inputs_mix_gzip_plain_text_files_and_directories() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("more")).unwrap();
    let rec = |i: usize| common::record(ARTICLES[i].0, ARTICLES[i].1, ARTICLES[i].2);
    std::fs::write(corpus.join("a.jsonl"), rec(0) + "\n").unwrap();
    common::write_gzip(&corpus.join("b.jsonl.gz"), &[rec(1), rec(2)]);
    std::fs::write(corpus.join("c-2019-06-10.txt"), ARTICLES[3].2).unwrap();
    std::fs::write(corpus.join("notes.csv"), "not,an,input\n").unwrap();
    std::fs::write(corpus.join("more/d.jsonl"), common::record("deep", "2019-07-01", ARTICLES[0].2) + "\n").unwrap();
    let files = discover(std::slice::from_ref(&corpus)).unwrap();
    let names: Vec<String> = files.iter().map(|f| f.path.strip_prefix(&corpus).unwrap().display().to_string()).collect();
    assert_eq!(names, ["a.jsonl", "b.jsonl.gz", "c-2019-06-10.txt", "more/d.jsonl"]);
    assert_eq!(files[2].kind, InputKind::Text);
    let out = dir.path().join("out.jsonl");
    let errors = code_to(&[corpus], Format::Jsonl, &out);
    assert!(errors.is_empty(), "{errors:?}");
    let docs = read_jsonl(&out);
    let got: Vec<(&str, Option<&str>)> = docs.iter().map(|d| (d.document.id.as_str(), d.document.date.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("sochi", Some("2019-05-15")),
            ("talks", Some("2019-05-20")),
            ("visit", Some("2019-06-03")),
            ("c-2019-06-10.txt", Some("2019-06-10")),
            ("deep", Some("2019-07-01"))
        ]
    );
}

#[test]
fn store_rerun_adds_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let first = small_store(dir.path()).counts().unwrap();
    assert!(first.events > 0 && first.articles == ARTICLES.len() as u64, "{first:?}");
    let second = small_store(dir.path()).counts().unwrap();
    assert_eq!(first, second);
}

#[test]
fn store_replaces_an_article_whose_coding_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = small_store(dir.path());
    let before = store.counts().unwrap();
    let docs = small_documents(dir.path());
    let mut changed = docs.into_iter().find(|d| !d.document.events.is_empty()).expect("an article with events");
    let id = changed.document.id.clone();
    let dropped = changed.document.events.len() as u64;
    changed.document.events.clear();
    let article = hadath_io::CodedArticle {
        document: changed.document,
        meta: changed.meta,
        origin: hadath_io::Origin { file: "edit".into(), line: 1 },
    };
    let stats = store.put_document(&article).unwrap();
    assert_eq!((stats.inserted, stats.replaced, stats.unchanged), (0, 1, 0));
    let after = store.counts().unwrap();
    assert_eq!(after.articles, before.articles);
    assert_eq!(after.events, before.events - dropped);
    assert!(store
        .query(&EventQuery {
            article: Some(id),
            ..EventQuery::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn query_filters_match_actor_prefixes_codes_dates_and_words() {
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let store = small_store(dir.path());
    let all: Vec<(String, hadath::Event, Option<String>)> = docs
        .iter()
        .flat_map(|d| {
            d.document
                .events
                .iter()
                .map(move |e| (d.document.id.clone(), e.clone(), d.document.date.clone()))
        })
        .collect();
    let count = |q: EventQuery| store.query(&q).unwrap().len();
    let expect = |f: &dyn Fn(&hadath::Event, Option<&str>) -> bool| all.iter().filter(|(_, e, d)| f(e, e.date.as_deref().or(d.as_deref()))).count();
    let starts = |code: &Option<String>, prefix: &str| code.as_deref().is_some_and(|c| c.starts_with(prefix));

    assert_eq!(count(EventQuery::default()), all.len(), "no filter lists every event");
    assert_eq!(
        count(EventQuery {
            actor: Some("rus".into()),
            ..Default::default()
        }),
        expect(&|e, _| starts(&e.source, "RUS") || starts(&e.target, "RUS"))
    );
    assert_eq!(
        count(EventQuery {
            source: Some("RUS".into()),
            target: Some("USA".into()),
            ..Default::default()
        }),
        expect(&|e, _| starts(&e.source, "RUS") && starts(&e.target, "USA"))
    );
    assert_eq!(
        count(EventQuery {
            code: Some("04".into()),
            ..Default::default()
        }),
        expect(&|e, _| e.code.starts_with("04"))
    );
    assert_eq!(
        count(EventQuery {
            root: Some("11".into()),
            ..Default::default()
        }),
        expect(&|e, _| e.root == "11")
    );
    assert_eq!(
        count(EventQuery {
            quad_class: Some(1),
            ..Default::default()
        }),
        expect(&|e, _| e.quad_class == 1)
    );
    assert_eq!(
        count(EventQuery {
            plover: Some("consult".into()),
            ..Default::default()
        }),
        expect(&|e, _| e.plover == "CONSULT")
    );
    assert_eq!(
        count(EventQuery {
            from: Some("2019-05-15".into()),
            to: Some("2019-06-03".into()),
            ..Default::default()
        }),
        expect(&|_, d| d.is_some_and(|d| ("2019-05-15"..="2019-06-03").contains(&d)))
    );
    assert_eq!(
        count(EventQuery {
            limit: Some(1),
            ..Default::default()
        }),
        1.min(all.len())
    );
}

#[test]
fn text_search_finds_words_whatever_the_hamza() {
    let dir = tempfile::tempdir().unwrap();
    let store = small_store(dir.path());
    let ids = |word: &str| -> Vec<String> {
        let mut ids: Vec<String> = store
            .query(&EventQuery {
                text: Some(word.into()),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|r| r.article_id)
            .collect();
        ids.dedup();
        ids
    };
    let with_hamza = ids("الأميركي");
    assert_eq!(ids("الاميركي"), with_hamza, "hamza on alef is folded");
    assert!(!with_hamza.is_empty(), "sochi and talks spell it so and code into events");
    assert!(!with_hamza.contains(&"visit".to_string()), "visit spells it الأمريكي");
    assert!(ids("زيمبابوي").is_empty());
}

#[test]
fn monthly_aggregate_matches_the_sum_over_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let docs = small_documents(dir.path());
    let store = small_store(dir.path());
    let mut expected: BTreeMap<String, (u64, f64)> = BTreeMap::new();
    for d in &docs {
        for e in &d.document.events {
            if let Some(date) = e.date.as_deref().or(d.document.date.as_deref()) {
                let slot = expected.entry(date[..7].to_string()).or_default();
                slot.0 += 1;
                slot.1 += e.goldstein;
            }
        }
    }
    let rows = store
        .aggregate(
            &EventQuery::default(),
            &Aggregation {
                period: Some(Period::Month),
                by: None,
            },
        )
        .unwrap();
    let got: BTreeMap<String, (u64, f64)> = rows.into_iter().map(|r| (r.period.unwrap(), (r.events, r.goldstein_sum))).collect();
    assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>());
    for (month, (n, sum)) in &expected {
        assert_eq!(got[month].0, *n, "{month}");
        assert!((got[month].1 - sum).abs() < 1e-9, "{month}: {} vs {sum}", got[month].1);
    }
    let by_root = store
        .aggregate(
            &EventQuery::default(),
            &Aggregation {
                period: None,
                by: Some(GroupKey::Root),
            },
        )
        .unwrap();
    assert_eq!(
        by_root.iter().map(|r| r.events).sum::<u64>(),
        docs.iter().map(|d| d.document.events.len() as u64).sum::<u64>()
    );
    assert!(by_root.windows(2).all(|w| w[0].events >= w[1].events), "largest groups first");
}

#[test]
fn weeks_are_labelled_by_their_monday() {
    let dir = tempfile::tempdir().unwrap();
    let store = small_store(dir.path());
    let rows = store
        .aggregate(
            &EventQuery::default(),
            &Aggregation {
                period: Some(Period::Week),
                by: None,
            },
        )
        .unwrap();
    for r in rows {
        let label = r.period.expect("every event of the small corpus is dated");
        let day = chrono::NaiveDate::parse_from_str(&label, "%Y-%m-%d").unwrap();
        assert_eq!(chrono::Datelike::weekday(&day), chrono::Weekday::Mon, "{label}");
    }
}

#[test]
fn bad_query_values_are_refused_with_a_message() {
    let store = SqliteStore::in_memory().unwrap();
    let err = |q: EventQuery| store.query(&q).unwrap_err().to_string();
    assert!(err(EventQuery {
        root: Some("4".into()),
        ..Default::default()
    })
    .contains("two digits"));
    assert!(err(EventQuery {
        from: Some("2019/05/01".into()),
        ..Default::default()
    })
    .contains("YYYY-MM-DD"));
    assert!(err(EventQuery {
        actor: Some("RUS%".into()),
        ..Default::default()
    })
    .contains("not a code"));
    assert!(err(EventQuery {
        quad_class: Some(7),
        ..Default::default()
    })
    .contains("1 to 4"));
}

#[test]
fn a_file_that_is_not_a_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t (x)").unwrap();
    drop(conn);
    let err = SqliteStore::open(&path).err().expect("refused").to_string();
    assert!(err.contains("not a hadath event store"), "{err}");
}
