//! `hadath eval gsr`: protest detection and actor countries against the gold
//! standard records of the Open Event Data Alliance (`arabic_event_gsr`).
//!
//! Two files, two questions:
//!
//! - `protest_gsr.csv` (`text`, `label`): does hadath code a PROTEST event
//!   (CAMEO root 14) in the sentence? `yes` is positive, `easy no` and
//!   `difficult no` are negative, `ambiguous` is left out. Precision, recall
//!   and F1 of the positive class.
//! - `protest_spans.json` (`text`, `spans`): do the source and target of the
//!   coded protest event come from the countries the annotators gave?
//!
//! What "country" means, on both sides:
//!
//! - gold: every annotator's span gives `source_role` / `target_role` as
//!   `{"main": CODE, "role": ROLE}`. `main` is the country (`EGY`), `None`
//!   (an actor with no country: "المتظاهرون") or an international prefix
//!   (`IGO`, `NGO`); an empty object means the annotator saw no such actor,
//!   which counts as "no country" too; `"UNKNOWN"` is an abstention. The gold
//!   value of a sentence is the annotators' majority; on a tie each tied
//!   value is accepted.
//! - hadath: the first three letters of the actor code when they are a
//!   country of the lexicon (`EGYGOV` → `EGY`) or an international prefix
//!   (`IGOUNO` → `IGO`); a bare role (`CVL`, `GOV`) or no actor is "no
//!   country".
//!
//! A sentence may carry several protest events; the one whose source and
//! target agree best with the gold is scored (ties: the first). Agreement is
//! reported over the sentences where hadath codes a protest event (the
//! headline figure) and, strictly, over all sentences (no protest event
//! counts as a disagreement).

use anyhow::{bail, Context, Result};
use hadath::{Article, Document, Lexicon, Pipeline};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The CAMEO root of PROTEST (PLOVER PROTEST).
pub const PROTEST_ROOT: &str = "14";

/// Where the gold records sit when the project's shared data is beside the repository.
const DEFAULT_DIR: &str = "../shared/data/arabic_event_gsr";
const DETECTION_FILE: &str = "protest_gsr.csv";
const SPANS_FILE: &str = "protest_spans.json";

/// Actor-code prefixes that are not countries but stand where a country
/// does (CAMEO's international and transnational actors).
const INTERNATIONAL: [&str; 5] = ["IGO", "NGO", "IMG", "MNC", "UIS"];

#[derive(clap::Args)]
pub struct Args {
    /// `protest_gsr.csv`, `protest_spans.json`, or a directory holding them.
    #[arg(default_value = DEFAULT_DIR)]
    paths: Vec<PathBuf>,
    /// Print the figures as one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// List every missed protest, false alarm and country disagreement on standard error.
    #[arg(long)]
    verbose: bool,
    /// Extra lexicon directory whose TSV files are added to the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Skip the statistical entity tagger.
    #[arg(long)]
    no_ner: bool,
}

/// Counts of a binary decision against gold labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
}

impl Confusion {
    pub fn add(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `num / den`, 0 when there is nothing to divide.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The gold label of a `protest_gsr.csv` row: `Some(true)` positive,
/// `Some(false)` negative, `None` left out (`ambiguous`, or a label we do not know).
pub fn gold_label(label: &str) -> Option<bool> {
    match label.trim() {
        "yes" => Some(true),
        "easy no" | "difficult no" => Some(false),
        _ => None,
    }
}

/// The "country" of a hadath actor code (see the module documentation).
pub fn actor_country(code: Option<&str>, lexicon: &Lexicon) -> Option<String> {
    let prefix = code?.get(..3)?;
    (lexicon.country(prefix).is_some() || INTERNATIONAL.contains(&prefix)).then(|| prefix.to_string())
}

/// One annotator's country for a role: `Some(None)` no country, `Some(Some(c))`
/// country `c`, `None` an abstention (`"UNKNOWN"` or a shape we do not know).
pub fn gold_vote(role: &serde_json::Value) -> Option<Option<String>> {
    match role {
        serde_json::Value::Object(o) => match o.get("main") {
            None | Some(serde_json::Value::Null) => Some(None),
            Some(serde_json::Value::String(m)) if m == "None" || m.is_empty() => Some(None),
            Some(serde_json::Value::String(m)) if m == "UNKNOWN" => None,
            Some(serde_json::Value::String(m)) => Some(Some(m.clone())),
            Some(_) => None,
        },
        _ => None,
    }
}

/// The values with the most votes (several on a tie); empty when every
/// annotator abstained.
pub fn majority(votes: &[Option<String>]) -> Vec<Option<String>> {
    let mut counts: BTreeMap<&Option<String>, usize> = BTreeMap::new();
    for v in votes {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max().unwrap_or(0);
    counts.into_iter().filter(|&(_, n)| n == best).map(|(v, _)| v.clone()).collect()
}

/// Agreement tallies for one slot (source, target, or both at once).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Agreement {
    /// Sentences where hadath coded a protest event and the slot has gold.
    pub coded: usize,
    /// Of those, how many agree.
    pub agree: usize,
    /// All sentences where the slot has gold.
    pub all: usize,
}

impl Agreement {
    fn add(&mut self, coded: bool, agree: bool) {
        self.all += 1;
        if coded {
            self.coded += 1;
            self.agree += usize::from(agree);
        }
    }
    pub fn rate(&self) -> f64 {
        ratio(self.agree, self.coded)
    }
    pub fn strict(&self) -> f64 {
        ratio(self.agree, self.all)
    }
}

#[derive(Debug, Default, Serialize)]
struct DetectionReport {
    file: String,
    sentences: usize,
    scored: usize,
    left_out: usize,
    #[serde(flatten)]
    counts: Confusion,
    precision: f64,
    recall: f64,
    f1: f64,
}

#[derive(Debug, Default, Serialize)]
struct CountryReport {
    file: String,
    sentences: usize,
    with_protest_event: usize,
    source: Agreement,
    target: Agreement,
    both: Agreement,
    source_rate: f64,
    target_rate: f64,
    both_rate: f64,
    both_strict: f64,
}

#[derive(Debug, Default, Serialize)]
struct Report {
    #[serde(skip_serializing_if = "Option::is_none")]
    detection: Option<DetectionReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    countries: Option<CountryReport>,
}

/// Codes one gold sentence as an article of its own (the records carry no date).
fn code(pipeline: &Pipeline, id: String, text: &str) -> Option<Document> {
    pipeline
        .process(&Article {
            id,
            date: None,
            text: text.to_string(),
        })
        .ok()
}

fn protest_events(doc: Option<&Document>) -> Vec<&hadath::Event> {
    doc.map(|d| d.events.iter().filter(|e| e.root == PROTEST_ROOT).collect()).unwrap_or_default()
}

fn detection(pipeline: &Pipeline, path: &Path, verbose: bool) -> Result<DetectionReport> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("opening {}", path.display()))?;
    let headers = reader.headers().with_context(|| format!("reading the header of {}", path.display()))?.clone();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(text_col), Some(label_col)) = (column("text"), column("label")) else {
        bail!("{} has no `text` and `label` columns; is it protest_gsr.csv?", path.display());
    };
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: record {}", path.display(), i + 1))?;
        let text = record.get(text_col).unwrap_or_default().to_string();
        let label = record.get(label_col).unwrap_or_default().to_string();
        rows.push((i, text, label));
    }
    let predicted: Vec<(bool, Vec<String>)> = rows
        .par_iter()
        .map(|(i, text, _)| {
            let doc = code(pipeline, format!("gsr-{i}"), text);
            let events = protest_events(doc.as_ref());
            (!events.is_empty(), events.iter().map(|e| format!("{} {}", e.code, e.trigger.text)).collect())
        })
        .collect();
    let mut report = DetectionReport {
        file: path.display().to_string(),
        sentences: rows.len(),
        ..Default::default()
    };
    for ((i, text, label), (hit, what)) in rows.iter().zip(&predicted) {
        let Some(gold) = gold_label(label) else {
            report.left_out += 1;
            continue;
        };
        report.scored += 1;
        report.counts.add(gold, *hit);
        if verbose && gold != *hit {
            let kind = if gold { "MISS" } else { "FALSE" };
            eprintln!("{kind}\trow {}\t{label}\t{}\t{text}", i + 1, what.join(", "));
        }
    }
    report.precision = report.counts.precision();
    report.recall = report.counts.recall();
    report.f1 = report.counts.f1();
    Ok(report)
}

#[derive(serde::Deserialize)]
struct SpanRecord {
    #[serde(default, rename = "_id")]
    id: Option<String>,
    text: String,
    #[serde(default)]
    spans: Vec<serde_json::Value>,
}

fn countries(pipeline: &Pipeline, path: &Path, verbose: bool) -> Result<CountryReport> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let records: Vec<SpanRecord> =
        serde_json::from_slice(&bytes).with_context(|| format!("{} is not a JSON list of records with `text` and `spans`", path.display()))?;
    let lexicon = pipeline.lexicon();
    let coded: Vec<Option<Document>> = records
        .par_iter()
        .enumerate()
        .map(|(i, r)| code(pipeline, r.id.clone().unwrap_or_else(|| format!("span-{i}")), &r.text))
        .collect();
    let mut report = CountryReport {
        file: path.display().to_string(),
        sentences: records.len(),
        ..Default::default()
    };
    for (r, doc) in records.iter().zip(&coded) {
        let votes = |key: &str| -> Vec<Option<String>> {
            r.spans
                .iter()
                .filter_map(|s| gold_vote(s.get(key).unwrap_or(&serde_json::Value::Null)))
                .collect()
        };
        let (gold_src, gold_tgt) = (majority(&votes("source_role")), majority(&votes("target_role")));
        let events = protest_events(doc.as_ref());
        // (source agrees, target agrees) of the best event
        let best = events
            .iter()
            .map(|e| {
                let s = actor_country(e.source.as_deref(), lexicon);
                let t = actor_country(e.target.as_deref(), lexicon);
                (gold_src.contains(&s), gold_tgt.contains(&t), s, t)
            })
            .enumerate()
            .max_by_key(|(i, (a, b, _, _))| (usize::from(*a) + usize::from(*b), std::cmp::Reverse(*i)))
            .map(|(_, x)| x);
        let coded = best.is_some();
        let (src_ok, tgt_ok) = best.as_ref().map_or((false, false), |b| (b.0, b.1));
        report.with_protest_event += usize::from(coded);
        if !gold_src.is_empty() {
            report.source.add(coded, src_ok);
        }
        if !gold_tgt.is_empty() {
            report.target.add(coded, tgt_ok);
        }
        if !gold_src.is_empty() && !gold_tgt.is_empty() {
            report.both.add(coded, src_ok && tgt_ok);
        }
        if verbose && !(src_ok && tgt_ok) {
            let show = |v: &[Option<String>]| v.iter().map(|c| c.as_deref().unwrap_or("-")).collect::<Vec<_>>().join("/");
            let got = best.map_or("no protest event".to_string(), |b| {
                format!("{} -> {}", b.2.as_deref().unwrap_or("-"), b.3.as_deref().unwrap_or("-"))
            });
            eprintln!("COUNTRY\tgold {} -> {}\tcoded {got}\t{}", show(&gold_src), show(&gold_tgt), r.text);
        }
    }
    report.source_rate = report.source.rate();
    report.target_rate = report.target.rate();
    report.both_rate = report.both.rate();
    report.both_strict = report.both.strict();
    Ok(report)
}

/// Sorts the command line's paths into the detection file and the spans file.
fn inputs(paths: &[PathBuf]) -> Result<(Option<PathBuf>, Option<PathBuf>)> {
    let (mut det, mut spans) = (None, None);
    for p in paths {
        if p.is_dir() {
            let (d, s) = (p.join(DETECTION_FILE), p.join(SPANS_FILE));
            if !d.is_file() && !s.is_file() {
                bail!("{} holds neither {DETECTION_FILE} nor {SPANS_FILE}", p.display());
            }
            det = det.or(d.is_file().then_some(d));
            spans = spans.or(s.is_file().then_some(s));
        } else if !p.exists() {
            bail!(
                "{} does not exist; give the arabic_event_gsr directory (github.com/openeventdata/arabic_event_gsr) or its files",
                p.display()
            );
        } else {
            match p.extension().and_then(|e| e.to_str()) {
                Some("csv") => det = Some(p.clone()),
                Some("json") => spans = Some(p.clone()),
                _ => bail!("{}: expected a .csv (labelled sentences) or a .json (spans) file", p.display()),
            }
        }
    }
    Ok((det, spans))
}

pub fn run(args: Args) -> Result<ExitCode> {
    let (det, spans) = inputs(&args.paths)?;
    let pipeline = crate::pipeline(args.lexicon.as_deref())?.with_ner(!args.no_ner);
    let report = Report {
        detection: det.map(|p| detection(&pipeline, &p, args.verbose)).transpose()?,
        countries: spans.map(|p| countries(&pipeline, &p, args.verbose)).transpose()?,
    };
    if args.json {
        crate::write_stdout(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
        return Ok(ExitCode::SUCCESS);
    }
    use std::fmt::Write;
    let mut out = String::new();
    if let Some(d) = &report.detection {
        let _ = writeln!(out, "PROTEST (CAMEO 14) detection, {}", d.file);
        let _ = writeln!(out, "  {} sentences, {} scored ({} ambiguous left out)", d.sentences, d.scored, d.left_out);
        let _ = writeln!(out, "  tp {}  fp {}  fn {}  tn {}", d.counts.tp, d.counts.fp, d.counts.fn_, d.counts.tn);
        let _ = writeln!(out, "  precision {:.3}  recall {:.3}  F1 {:.3}", d.precision, d.recall, d.f1);
    }
    if let Some(c) = &report.countries {
        let _ = writeln!(out, "Source and target countries of the coded protest event, {}", c.file);
        let _ = writeln!(out, "  {} sentences, {} with a protest event coded", c.sentences, c.with_protest_event);
        let _ = writeln!(out, "  {:<8} {:>8} {:>8} {:>10}", "slot", "agree", "of coded", "of all");
        for (name, a) in [("source", &c.source), ("target", &c.target), ("both", &c.both)] {
            let _ = writeln!(
                out,
                "  {:<8} {:>8} {:>8.3} {:>10.3}",
                name,
                format!("{}/{}", a.agree, a.coded),
                a.rate(),
                a.strict()
            );
        }
    }
    crate::write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn confusion_figures() {
        let mut c = Confusion::default();
        for (g, p) in [(true, true), (true, true), (true, false), (false, true), (false, false)] {
            c.add(g, p);
        }
        assert_eq!((c.tp, c.fp, c.fn_, c.tn), (2, 1, 1, 1));
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Confusion::default().f1(), 0.0);
    }

    #[test]
    fn labels() {
        assert_eq!(gold_label("yes"), Some(true));
        assert_eq!(gold_label("easy no"), Some(false));
        assert_eq!(gold_label("difficult no"), Some(false));
        assert_eq!(gold_label("ambiguous"), None);
    }

    #[test]
    fn votes_and_majority() {
        assert_eq!(gold_vote(&json!({"main": "EGY", "role": "PTY"})), Some(Some("EGY".into())));
        assert_eq!(gold_vote(&json!({"main": "None", "role": "CVL"})), Some(None));
        assert_eq!(gold_vote(&json!({})), Some(None));
        assert_eq!(gold_vote(&json!("UNKNOWN")), None);
        let m = majority(&[Some("USA".into()), None, Some("USA".into())]);
        assert_eq!(m, vec![Some("USA".to_string())]);
        let tie = majority(&[Some("USA".into()), None]);
        assert_eq!(tie.len(), 2);
        assert!(majority(&[]).is_empty());
    }

    #[test]
    fn countries_of_actor_codes() {
        let lex = Lexicon::embedded().unwrap();
        assert_eq!(actor_country(Some("EGYGOV"), &lex).as_deref(), Some("EGY"));
        assert_eq!(actor_country(Some("IGOUNO"), &lex).as_deref(), Some("IGO"));
        assert_eq!(actor_country(Some("CVL"), &lex), None);
        assert_eq!(actor_country(Some("GOV"), &lex), None);
        assert_eq!(actor_country(None, &lex), None);
    }
}
