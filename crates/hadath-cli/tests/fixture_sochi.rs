//! The article the project started from, end to end: events, quotes,
//! entities with the actor codes the fixture's README names, dates, offsets.

use crate::common;
use common::*;
use serde_json::Value;

fn sochi() -> Value {
    extract(&repo().join("tests/fixtures/sochi-talks-2019-05-15.txt"), "2019-05-15")
}

fn entity_actor(doc: &Value, text: &str) -> Vec<String> {
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["text"].as_str().is_some_and(|t| t.contains(text)))
        .filter_map(|e| e["actor"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn sochi_scores_above_the_issue_thresholds() {
    let (ok, summary) = score(&repo().join("tests/fixtures/sochi-talks.cases.jsonl"), 0.85, 0.75, 1.0);
    assert!(ok, "scorer below thresholds: {summary}");
}

#[test]
fn people_resolve_through_titles_and_spelling_variants() {
    let doc = sochi();
    for (name, code) in [
        ("سيرغي لافروف", "RUSGOV"),
        ("مايك بومبيو", "USAGOV"),
        ("بومبو", "USAGOV"),
        ("فلاديمير بوتين", "RUSGOV"),
        ("جيم جيفري", "USAGOV"),
        ("مادورو", "VENGOV"),
    ] {
        let actors = entity_actor(&doc, name);
        assert!(actors.iter().any(|a| a == code), "{name}: expected {code}, got {actors:?}");
    }
    assert!(entity_actor(&doc, "البنتاغون").iter().any(|a| a == "USAMIL"));
    assert!(entity_actor(&doc, "الحوثيين").iter().any(|a| a.starts_with("YEM")));
}

#[test]
fn places_are_found_with_their_countries() {
    let doc = sochi();
    let ents = doc["entities"].as_array().unwrap();
    let has = |t: &str| {
        ents.iter()
            .any(|e| e["text"].as_str() == Some(t) || e["text"].as_str().is_some_and(|x| x.ends_with(t)))
    };
    for place in [
        "سوتشي",
        "موسكو",
        "سوريا",
        "إدلب",
        "فنزويلا",
        "إيران",
        "ايران",
        "اليمن",
        "السعودية",
        "أوكرانيا",
        "أفغانستان",
        "شبه الجزيرة الكورية",
        "الشرق الأوسط",
        "شمال أفريقيا",
        "البحر الأسود",
    ] {
        assert!(has(place), "place not found: {place}");
    }
    let sochi = ents.iter().find(|e| e["text"] == "سوتشي").expect("Sochi");
    assert_eq!(sochi["type"], "GPE");
}

#[test]
fn yesterday_and_tuesday_resolve_to_the_fourteenth() {
    let doc = sochi();
    let dates: Vec<(&str, &str)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "DATE")
        .map(|e| (e["text"].as_str().unwrap(), e["canonical"].as_str().unwrap()))
        .collect();
    assert!(dates.contains(&("أمس", "2019-05-14")), "{dates:?}");
    assert!(dates.contains(&("الثلاثاء", "2019-05-14")), "{dates:?}");
}

#[test]
fn continued_quotes_keep_the_speaker_named_earlier() {
    let doc = sochi();
    let quotes = doc["quotes"].as_array().unwrap();
    let speaker_of = |start: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().is_some_and(|t| t.starts_with(start)))
            .and_then(|q| q["speaker"]["actor"].as_str())
            .map(str::to_string)
    };
    // "وأضاف "لقد اوضحنا ..." and "وتابع "نحن ننتظر ..." follow Pompeo's statement
    assert_eq!(speaker_of("لقد اوضحنا").as_deref().map(|a| &a[..3]), Some("USA"));
    assert_eq!(speaker_of("نحن ننتظر").as_deref().map(|a| &a[..3]), Some("USA"));
    // "وزاد أن «لدينا ..." continues Lavrov
    assert_eq!(speaker_of("لدينا الكثير").as_deref().map(|a| &a[..3]), Some("RUS"));
    // "وقال إنه «يأمل ..." after "ووجّه بومبيو"
    assert_eq!(speaker_of("يأمل ألا").as_deref().map(|a| &a[..3]), Some("USA"));
    let direct = quotes.iter().filter(|q| q["direct"] == true).count();
    assert!(direct >= 10, "expected about a dozen direct quotes, got {direct}");
}

#[test]
fn conditional_attack_is_not_coded() {
    let doc = sochi();
    for e in doc["events"].as_array().unwrap() {
        let (s, r, t) = (
            e["source"].as_str().unwrap_or(""),
            e["root"].as_str().unwrap(),
            e["target"].as_str().unwrap_or(""),
        );
        assert!(
            !(s.starts_with("USA") && ["18", "19", "20"].contains(&r) && t.starts_with("IRN")),
            "forbidden event {e}"
        );
    }
}

#[test]
fn page_furniture_is_not_content() {
    let doc = sochi();
    for e in doc["entities"].as_array().unwrap() {
        let t = e["text"].as_str().unwrap();
        assert!(t != "ي ح" && !t.contains("إقرأ"), "furniture as entity: {t}");
    }
}
