//! Corpora for the tests: a small one written by the test, and the shared
//! ANT sample when `../shared` is beside the repository.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// Articles of the small corpus that code into events: (id, date, text).
pub const ARTICLES: [(&str, &str, &str); 4] = [
    (
        "sochi",
        "2019-05-15",
        "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأميركي مايك بومبيو في سوتشي أمس.",
    ),
    (
        "talks",
        "2019-05-20",
        "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأميركي مايك بومبيو الأزمة في فنزويلا.",
    ),
    (
        "visit",
        "2019-06-03",
        "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي مايك بومبيو في موسكو اليوم.",
    ),
    ("accuse", "2019-06-10", "اتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة."),
];

/// A line that is not JSON.
pub const BAD_JSON: &str = r#"{"id": "broken", "text": "نص لم يكتمل"#;
/// A record without `text`.
pub const NO_TEXT: &str = r#"{"id": "no-text", "date": "2019-05-16", "title": "بلا نص"}"#;

/// One JSON Lines record.
pub fn record(id: &str, date: &str, text: &str) -> String {
    serde_json::json!({"id": id, "date": date, "title": format!("عنوان {id}"), "source": "test", "url": format!("https://example.org/{id}"), "section": "politics", "text": text}).to_string()
}

/// Writes the small corpus into `dir` and returns its JSON Lines file:
/// line 1 `sochi`, 2 `talks`, 3 the bad JSON, 4 the record without text,
/// 5 `visit`, 6 `accuse`.
pub fn small_corpus(dir: &Path) -> PathBuf {
    let path = dir.join("small.jsonl");
    let r = |i: usize| record(ARTICLES[i].0, ARTICLES[i].1, ARTICLES[i].2);
    let lines = [r(0), r(1), BAD_JSON.to_string(), NO_TEXT.to_string(), r(2), r(3)];
    std::fs::write(&path, lines.join("\n") + "\n").expect("writing the test corpus");
    path
}

/// Writes `lines` gzip-compressed to `path`.
pub fn write_gzip(path: &Path, lines: &[String]) {
    let file = std::fs::File::create(path).expect("creating a gzip file");
    let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::default());
    for line in lines {
        writeln!(gz, "{line}").expect("writing gzip");
    }
    gz.finish().expect("finishing gzip");
}

/// The ANT sample of 2,700 articles, or `None` (with a message saying the
/// test is skipped) when `../shared` is not beside the repository.
pub fn ant_corpus(test: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join("../shared/data/ant-news-2018/ant-politics-2700.jsonl.gz");
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipping {test}: {} not found (it needs ../shared beside the repository)", path.display());
        None
    }
}

/// True when `python3` can import pyarrow; otherwise prints why the test is skipped.
pub fn have_pyarrow(test: &str) -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import pyarrow"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        eprintln!("skipping {test}: `python3 -c \"import pyarrow\"` failed; install it with `pip install pyarrow` (CI does)");
    }
    ok
}

/// Collects what a run reports.
#[derive(Default)]
pub struct Collect {
    /// Bad records, in order.
    pub errors: Vec<hadath_io::RecordError>,
    /// Progress reports received.
    pub reports: usize,
}

impl hadath_io::RunObserver for Collect {
    fn record_failed(&mut self, error: &hadath_io::RecordError) {
        self.errors.push(error.clone());
    }

    fn progress(&mut self, _: &hadath_io::Progress) {
        self.reports += 1;
    }
}

/// The documents of a `jsonl` output file.
pub fn read_jsonl(path: &Path) -> Vec<hadath_io::OutputDocument> {
    let text = std::fs::read_to_string(path).expect("reading the jsonl output");
    text.lines().map(|l| serde_json::from_str(l).expect("each output line is a document")).collect()
}

/// Reads a Parquet events table with pyarrow and returns, per row,
/// `[article_id, seq, source, target, code, quad_class, goldstein, date]`
/// plus the schema's types as the first element.
pub fn read_parquet_with_pyarrow(path: &Path) -> (serde_json::Value, Vec<serde_json::Value>) {
    let script = r#"
import json, sys
import pyarrow.parquet as pq
t = pq.read_table(sys.argv[1])
types = {f.name: str(f.type) for f in t.schema}
print(json.dumps(types))
cols = [t.column(n).to_pylist() for n in ["article_id", "seq", "source", "target", "code", "quad_class", "goldstein", "date"]]
for row in zip(*cols):
    row = list(row)
    row[7] = row[7].isoformat() if row[7] is not None else None
    print(json.dumps(row, ensure_ascii=False))
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .expect("running python3");
    assert!(
        out.status.success(),
        "pyarrow could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("pyarrow prints UTF-8");
    let mut lines = text.lines();
    let types = serde_json::from_str(lines.next().expect("the schema line")).expect("schema JSON");
    let rows = lines.map(|l| serde_json::from_str(l).expect("row JSON")).collect();
    (types, rows)
}

/// The rows the Parquet table should hold for these documents, in the columns
/// the read-back tests select: article, seq, source, target, code, quad class,
/// Goldstein, and the event's date (else the article's).
pub fn parquet_rows_of(docs: &[hadath_io::OutputDocument]) -> Vec<serde_json::Value> {
    docs.iter()
        .flat_map(|d| {
            d.document.events.iter().enumerate().map(move |(seq, e)| {
                serde_json::json!([
                    d.document.id,
                    seq,
                    e.source,
                    e.target,
                    e.code,
                    e.quad_class,
                    e.goldstein,
                    e.date.clone().or(d.document.date.clone())
                ])
            })
        })
        .collect()
}
