//! Lexicon precision, round eight (patterns of middle frequency read where
//! they fire): driving fighters out of a town ("طرد الحوثيين من المدينة")
//! and a centrifuge ("الطرد المركزي") are no expulsion of people, whose
//! genitive would be taken for its doer; expelling diplomats still is,
//! also with a number between ("بطرد 23 دبلوماسيا"); content that incites
//! hatred or violence ("يحض على الكراهية") is no appeal.

use crate::common;

use common::{code_on, events, has_event};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

fn no_code(doc: &Document, code: &str) -> bool {
    doc.events.iter().all(|e| e.code != code)
}

#[test]
fn driving_fighters_out_is_no_expulsion_by_them() {
    let d = code("وتمكنت القوات العراقية من طرد المسلحين من البلدة بعد معارك عنيفة.");
    assert!(no_code(&d, "174"), "{:?}", events(&d));
    let d = code("وبدأت القوات الحكومية هجوما لطرد المتمردين من الإقليم.");
    assert!(d.events.iter().all(|e| e.source.as_deref() != Some("REB")), "{:?}", events(&d));
}

#[test]
fn a_centrifuge_is_no_expulsion() {
    let d = code("ورفضت الحكومة الصينية انتقاد عزم طهران على زيادة أجهزتها للطرد المركزي.");
    assert!(no_code(&d, "174"), "{:?}", events(&d));
}

#[test]
fn expelling_diplomats_is_still_coded() {
    let d = code("وردت أستراليا بطرد 12 دبلوماسيا إيرانيا.");
    assert!(d.events.iter().any(|e| e.code.starts_with("16") || e.code == "174"), "{:?}", events(&d));
    let d = code("وقررت الحكومة الهولندية طرد السفير الإيراني.");
    assert!(has_event(&d, "161", Some("NLDGOV"), Some("IRNGOV")), "{:?}", events(&d));
}

#[test]
fn inciting_hatred_is_no_appeal() {
    let d = code("وقال الرئيس التركي إن الصحيفة الهولندية تحض على الكراهية ضد المسلمين.");
    assert!(no_code(&d, "020"), "{:?}", events(&d));
    let d = code("وقالت الشرطة الفرنسية إن المتشددين حضوا على العنف ضد الشرطة.");
    assert!(no_code(&d, "020"), "{:?}", events(&d));
    let d = code("وحض وزير الخارجية الألماني الحكومة التركية على الإفراج عن الصحفيين.");
    assert!(has_event(&d, "020", Some("DEUGOV"), Some("TURGOV")), "{:?}", events(&d));
}
