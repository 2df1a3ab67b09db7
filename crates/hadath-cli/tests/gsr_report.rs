//! `hadath eval gsr` and `hadath report`: on the small samples in the
//! repository, and on the project's shared data (the Open Event Data
//! Alliance gold records and the 2,700 ANT articles) where `../shared`
//! exists. The shared-data figures are regression floors: raise them when
//! the coder or the lexicon improves, never lower them.

use crate::common;

use common::{hadath, repo};
use serde_json::Value;
use std::path::PathBuf;

fn json_of(args: &[&str]) -> Value {
    let out = hadath().args(args).output().expect("run hadath");
    assert!(out.status.success(), "hadath {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64().unwrap_or_else(|| panic!("{path:?} is not a number in {v}"))
}

fn shared(rel: &str) -> Option<PathBuf> {
    let p = repo().join("../shared/data").join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("SKIPPED: {} is absent (the project's shared data sits beside the repository)", p.display());
        None
    }
}

#[test]
fn eval_gsr_on_the_in_repo_sample() {
    let dir = repo().join("tests/fixtures/gsr-sample");
    let v = json_of(&["eval", "gsr", "--json", dir.to_str().unwrap()]);
    let d = &v["detection"];
    // 16 sentences: 6 yes, 4 easy no, 4 difficult no, 2 ambiguous
    assert_eq!((f(d, &["sentences"]), f(d, &["scored"]), f(d, &["left_out"])), (16.0, 14.0, 2.0), "{d}");
    assert_eq!(f(d, &["tp"]) + f(d, &["fn"]), 6.0, "{d}");
    assert_eq!(f(d, &["fp"]) + f(d, &["tn"]), 8.0, "{d}");
    // "تظاهر الاف الاسرائيليين مساء امس في تل ابيب" is found
    assert!(f(d, &["tp"]) >= 1.0, "{d}");
    assert!(f(d, &["precision"]) >= 0.99, "no false alarm on the sample's negatives: {d}");
    let c = &v["countries"];
    assert_eq!(f(c, &["sentences"]), 10.0, "{c}");
    assert!(f(c, &["with_protest_event"]) >= 1.0, "{c}");
    // the Israelis demonstrating in Tel Aviv: source ISR, as the annotators said
    assert!(f(c, &["source", "agree"]) >= 1.0, "{c}");
}

#[test]
fn eval_gsr_table_and_bad_paths() {
    let dir = repo().join("tests/fixtures/gsr-sample");
    let out = hadath().args(["eval", "gsr"]).arg(dir.join("protest_gsr.csv")).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("precision") && text.contains("F1") && !text.contains("countries of"), "{text}");
    let out = hadath().args(["eval", "gsr", "/nonexistent/gsr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[test]
fn report_on_a_small_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("small.jsonl");
    let lines = [
        r#"{"id":"a","date":"2019-05-15","text":"استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأميركي مايك بومبيو في سوتشي أمس."}"#,
        r#"{"id":"b","date":"2019-05-15","text":"تظاهر آلاف الأشخاص أمس في القاهرة احتجاجا على ارتفاع الأسعار."}"#,
        r#"{"id":"c","date":"2019-05-15","text":"كان الطقس جميلا في الصباح."}"#,
    ];
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    let v = json_of(&["report", "--json", corpus.to_str().unwrap()]);
    assert_eq!(f(&v, &["articles"]), 3.0, "{v}");
    assert_eq!(f(&v, &["with_event"]), 2.0, "{v}");
    let roots = v["roots"].as_array().unwrap();
    assert_eq!(roots.len(), 20);
    let root = |r: &str| roots.iter().find(|x| x["root"] == r).unwrap().clone();
    assert!(f(&root("04"), &["events"]) >= 1.0, "{v}");
    assert_eq!(f(&root("14"), &["articles"]), 1.0, "{v}");
    assert_eq!(root("14")["name"], "PROTEST");
    let fixture = repo().join("tests/fixtures/sochi-talks-2019-05-15.txt");
    let out = hadath().args(["report"]).arg(&fixture).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("with at least one event 1 (100.0%)"), "{text}");
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // `hadath report ... | head`: the pipe is closed before the report is
    // written; the command ends quietly instead of panicking
    let fixture = repo().join("tests/fixtures/sochi-talks-2019-05-15.txt");
    for args in [vec!["report"], vec!["report", "--json"]] {
        let mut child = hadath()
            .args(&args)
            .arg(&fixture)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run hadath");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for hadath");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !err.contains("panicked"), "{args:?}: {:?} {err}", out.status);
    }
}

/// Measured 2026-11-29; see the README's accuracy section. The source floor
/// was 0.81 before the coder learnt to give unnamed state forces the country
/// of the place they act in (0.804 since; own cases rose from 0.50/0.54 to
/// 0.58/0.61 with that and the other coder changes of the same day). Target
/// 0.614 and both 0.526 (from 0.596 / 0.500) since the lexicon marks a
/// protest's target after على, أمام, خارج, إلى and in demonstrations against
/// or denouncing someone. With the coder's relative clauses and targets after
/// the preposition that marks them (same day): target 0.623, both 0.526,
/// source 0.807 (from 0.816: two more crowds coded with the country they
/// march in where the gold names no source). Lexicon round 7 (protest
/// targets near or facing a building, after what a protest denounces,
/// rejects, calls on or accuses; clashes; going out to protest): target
/// 0.684, both 0.573, 117 sentences coded, source 0.812, F1 0.370. A share
/// of a crowd as subject ("الآلاف من المتظاهرين"), what a protest is against
/// named after a word of opposition, a protest's gap word as its subject:
/// 125 sentences coded, source 0.840, target 0.744, both 0.624, F1 0.376
/// (with the 2000s office holders, which added three false alarms).
/// 2026-11-30, later (crowds named by their size and protest nouns reported by a
/// verb of occurring coded without a source; a march's destination, a list
/// of places, a capital named as the city no target; roles with a capital's
/// or a leader's country): 137 coded, source 0.869, target 0.810, both
/// 0.723, F1 0.401.
const DETECTION_F1_FLOOR: f64 = 0.39;
const SOURCE_COUNTRY_FLOOR: f64 = 0.85;
const BOTH_COUNTRIES_FLOOR: f64 = 0.70;
const TARGET_COUNTRY_FLOOR: f64 = 0.79;
const CODED_SPAN_SENTENCES_FLOOR: f64 = 130.0;

#[test]
fn eval_gsr_on_the_gold_records() {
    let Some(dir) = shared("arabic_event_gsr") else { return };
    let v = json_of(&["eval", "gsr", "--json", dir.to_str().unwrap()]);
    let d = &v["detection"];
    println!("detection: {d}");
    assert_eq!(f(d, &["scored"]), 2234.0, "yes + easy no + difficult no");
    assert!(f(d, &["f1"]) >= DETECTION_F1_FLOOR, "PROTEST detection F1 fell below {DETECTION_F1_FLOOR}: {d}");
    let c = &v["countries"];
    println!("countries: {c}");
    assert!(f(c, &["source_rate"]) >= SOURCE_COUNTRY_FLOOR, "{c}");
    assert!(f(c, &["target_rate"]) >= TARGET_COUNTRY_FLOOR, "{c}");
    assert!(f(c, &["both_rate"]) >= BOTH_COUNTRIES_FLOOR, "{c}");
    assert!(f(c, &["with_protest_event"]) >= CODED_SPAN_SENTENCES_FLOOR, "{c}");
}

/// 0.889 before praise, meetings, gifts, demands and accusations needed a
/// named target (a precision trade: 88.6% since); 0.901 since roles take the
/// country of a place in their genitive and state bodies the country after them
/// (0.899 since words inside names stopped being read as verbs and event nouns
/// stopped taking a source from a later verb's clause: the events lost were false;
/// 0.900 since the lexicon learnt court rulings, referrals to trial, deaths by
/// gunfire ("لقي مصرعه برصاص"), the feminine dual of nisbas and more names;
/// 0.904 since attacks are coded from a noun with a nisba and victims of
/// unnamed attackers as that attack; back to 0.901 on 2026-12-01, when four
/// articles whose only events were wrong lost them: a mosque as the doer of
/// the attack on it, a woman appointing her own party, the Palestinians
/// arresting themselves, "بعض الكوريين" using force; read by hand); 0.900,
/// the issue's own target, on the 2nd: a football report lost the two false
/// statements "مونديال روسيا" gave it, and an interview an attack whose doer
/// was named just before "بعد" (a rule right in about three of four places),
/// while the lexicon round won one article back.
const ARTICLES_WITH_EVENT_FLOOR: f64 = 0.900;
/// 4 before a head noun and its quoted name became one name and the tagger
/// was averaged over three seeds (1 since: "منظمة" read as a name where it is
/// the adjective "organised"; 0 since B'Tselem's long name is known, with
/// "منظمة" and "الشيعة" at exactly 20 articles; the ceiling of 1 leaves room
/// for one of them to cross).
const NAMES_OVER_20_ARTICLES_CEILING: f64 = 1.0;

#[test]
fn report_on_the_ant_articles() {
    let Some(file) = shared("ant-news-2018/ant-politics-2700.jsonl.gz") else {
        return;
    };
    let v = json_of(&["report", "--json", "--top", "30", file.to_str().unwrap()]);
    println!("{}", serde_json::to_string_pretty(&v["top_unresolved"]).unwrap());
    assert_eq!(f(&v, &["articles"]), 2700.0);
    assert!(f(&v, &["share_with_event"]) >= ARTICLES_WITH_EVENT_FLOOR, "share {}", v["share_with_event"]);
    assert!(
        f(&v, &["unresolved_over_20_articles"]) <= NAMES_OVER_20_ARTICLES_CEILING,
        "more names in over 20 articles resolve to no actor: {}",
        v["unresolved_over_20_articles"]
    );
}
