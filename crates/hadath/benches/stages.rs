//! Per-stage micro-benchmarks over the repository's own Arabic text (the
//! Sochi fixture and the articles of `tests/cases/`), so that a slowdown
//! points at its stage:
//!
//!     cargo bench -p hadath --bench stages
//!     cargo bench -p hadath --bench stages -- tagging    # one stage
//!
//! Each benchmark runs one stage over all the articles, the earlier stages'
//! results prepared once beforehand; throughput is in bytes of text. The
//! tagger keeps a per-thread cache of the words it has seen, which is warm
//! after the first iteration here: `tagging` and `whole_pipeline` are the
//! speed on words seen before (on a corpus most tokens are such words; see
//! `bench/run.sh` for the speed on new text).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hadath::stages::{analyse, Prepared};
use hadath::text::{fold_into, light_stem, tokenize, TokenKind};
use hadath::Pipeline;
use std::hint::black_box;
use std::path::Path;

/// (text, publication date) of every article in the repository's tests.
fn articles() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join("tests");
    let mut out = Vec::new();
    let sochi = std::fs::read_to_string(root.join("fixtures/sochi-talks-2019-05-15.txt")).expect("the Sochi fixture is in the repository");
    out.push((sochi, "2019-05-15".to_string()));
    let mut files: Vec<_> = std::fs::read_dir(root.join("cases"))
        .expect("tests/cases is in the repository")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("a readable case file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON case");
            let (Some(t), Some(d)) = (v["text"].as_str(), v["date"].as_str()) else {
                continue;
            };
            out.push((t.to_string(), d.to_string()));
        }
    }
    out
}

fn stages(c: &mut Criterion) {
    let arts = articles();
    let bytes: u64 = arts.iter().map(|(t, _)| t.len() as u64).sum();
    let pipeline = Pipeline::new().expect("the embedded lexicon compiles");
    let prepared: Vec<Prepared<'_>> = arts
        .iter()
        .map(|(t, d)| Prepared::new(&pipeline, t, d).expect("the cases have valid dates"))
        .collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalisation", |b| {
        let mut folded = String::new();
        b.iter(|| {
            let mut n = 0;
            for (t, _) in &arts {
                folded.clear();
                fold_into(t, &mut folded);
                n += folded.len();
            }
            black_box(n)
        })
    });
    g.bench_function("tokenisation", |b| b.iter(|| arts.iter().map(|(t, _)| tokenize(t).len()).sum::<usize>()));
    g.bench_function("analysis", |b| b.iter(|| arts.iter().map(|(t, _)| analyse(t)).sum::<usize>()));
    g.bench_function("stemming", |b| {
        let mut folded = String::new();
        b.iter(|| {
            let mut n = 0;
            for (t, _) in &arts {
                for tok in tokenize(t).iter().filter(|k| k.kind != TokenKind::Punct) {
                    folded.clear();
                    fold_into(tok.as_str(t), &mut folded);
                    n += light_stem(&folded).len();
                }
            }
            black_box(n)
        })
    });
    g.bench_function("lexicon_matching", |b| b.iter(|| prepared.iter().map(Prepared::mentions).sum::<usize>()));
    g.bench_function("actors", |b| b.iter(|| prepared.iter().map(Prepared::actors).sum::<usize>()));
    g.bench_function("tagging", |b| b.iter(|| prepared.iter().map(Prepared::tag).sum::<usize>()));
    g.bench_function("coding", |b| b.iter(|| prepared.iter().map(Prepared::code).sum::<usize>()));
    g.bench_function("whole_pipeline", |b| {
        b.iter(|| {
            arts.iter()
                .map(|(t, d)| {
                    let a = hadath::Article {
                        id: String::new(),
                        date: Some(d.clone()),
                        text: t.clone(),
                    };
                    pipeline.process(&a).map(|doc| doc.events.len()).unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = stages
}
criterion_main!(benches);
