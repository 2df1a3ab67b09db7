//! Protest events (CAMEO 14): crowds without a country as their source, the
//! general protest vocabulary, and the look-alikes that are not protests.

mod common;

use hadath::Document;

fn code(text: &str) -> Document {
    common::code_on(text, "2019-05-15")
}

/// (code, source) of every protest event.
fn protests(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.events
        .iter()
        .filter(|e| e.root == "14")
        .map(|e| (e.code.clone(), e.source.clone()))
        .collect()
}

#[test]
fn a_crowd_before_the_literal_words_is_the_source() {
    // "تظاهر ... احتجاجا على" is the longer pattern; the crowd stands between its words
    let d = code("تظاهر آلاف الأشخاص أمس في القاهرة احتجاجا على ارتفاع الأسعار.");
    assert_eq!(protests(&d), vec![("141".to_string(), Some("CVL".to_string()))], "{:?}", d.events);
}

#[test]
fn protesters_gather_block_and_burn() {
    let cases = [
        ("وتجمع المتظاهرون أمام مقر البرلمان في بيروت.", "141"),
        ("وخرج آلاف المتظاهرين إلى الشوارع في الخرطوم.", "141"),
        ("وأغلق المحتجون الطريق الدولية بين شتورة وزحلة.", "144"),
        ("وأحرق المتظاهرون إطارات السيارات في وسط المدينة.", "145"),
    ];
    for (text, want) in cases {
        let d = code(text);
        let got = protests(&d);
        assert!(got.iter().any(|(c, s)| c == want && s.as_deref() == Some("CVL")), "{text}: {got:?}");
    }
}

#[test]
fn gathering_others_and_negated_protests_are_not_protests() {
    for text in [
        "تعقد قمة تجمع قادة الدول العربية في الرياض.",
        "وأكد أهمية العلاقات التي تجمع البلدين.",
        "لم يتظاهر المحتجون أمس في بغداد.",
    ] {
        let d = code(text);
        assert!(protests(&d).is_empty(), "{text}: {:?}", d.events);
    }
}
