//! Every span on every fixture and case text points at exactly its text.

use crate::common;
use common::*;
use serde_json::Value;

fn slice(text: &[char], start: usize, end: usize) -> String {
    text[start..end].iter().collect()
}

fn check_spans(doc: &Value, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut n = 0;
    let mut check = |v: &Value, what: &str| {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= chars.len(), "{what}: bad span {s}..{e}");
        assert_eq!(slice(&chars, s, e), v["text"].as_str().unwrap(), "{what} at {s}..{e}");
        n += 1;
    };
    for s in doc["sentences"].as_array().unwrap() {
        check(s, "sentence");
    }
    for e in doc["entities"].as_array().unwrap() {
        check(e, "entity");
    }
    for q in doc["quotes"].as_array().unwrap() {
        check(q, "quote");
        if !q["speaker"].is_null() {
            check(&q["speaker"], "speaker");
        }
    }
    for e in doc["events"].as_array().unwrap() {
        check(&e["trigger"], "trigger");
        if !e["location"].is_null() {
            check(&e["location"], "location");
        }
    }
    n
}

#[test]
fn every_span_is_an_exact_slice_of_the_original_text() {
    let dir = tempdir();
    let mut texts: Vec<(String, String)> = vec![(
        "2019-05-15".into(),
        std::fs::read_to_string(repo().join("tests/fixtures/sochi-talks-2019-05-15.txt")).unwrap(),
    )];
    for entry in std::fs::read_dir(repo().join("tests/cases")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
                let case: Value = serde_json::from_str(line).unwrap();
                texts.push((case["date"].as_str().unwrap().to_string(), case["text"].as_str().unwrap().to_string()));
            }
        }
    }
    let mut spans = 0;
    for (i, (date, text)) in texts.iter().enumerate() {
        let file = dir.join(format!("{i}.txt"));
        std::fs::write(&file, text).unwrap();
        spans += check_spans(&extract(&file, date), text);
    }
    assert!(spans > 500, "only {spans} spans checked");
}

#[test]
fn diacritics_tatweel_and_astral_characters_keep_offsets_exact() {
    let dir = tempdir();
    let text = "😀 وأكّدَ وزيـــرُ الخارجيةِ الروسيُّ سيرغي لافروف أمس أنّ «موسكو مستعدة».\n\nوبحث مع نظيره الأميركي مايك بومبيو الأزمة السورية.";
    let file = dir.join("marks.txt");
    std::fs::write(&file, text).unwrap();
    let n = check_spans(&extract(&file, "2019-05-15"), text);
    assert!(n >= 5);
}

fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "hadath-test-{}-{}",
        std::process::id(),
        std::thread::current().name().unwrap_or("t").replace("::", "-")
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}
