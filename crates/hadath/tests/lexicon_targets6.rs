//! Lexicon precision, round eight (patterns of middle frequency read where
//! they fire): driving fighters out of a town ("طرد الحوثيين من المدينة")
//! and a centrifuge ("الطرد المركزي") are no expulsion of people, whose
//! genitive would be taken for its doer; expelling diplomats still is,
//! also with a number between ("بطرد 23 دبلوماسيا"); content that incites
//! hatred or violence ("يحض على الكراهية") is no appeal. Coverage: a news
//! agency named by its country's nisba ("وكالة الأنباء الإيرانية") is that
//! country's media. Reading without the hamza ("اطلعت الشرطة على", form
//! VIII, "saw") is no briefing ("أطلع الوزير نظيره على"); applications for
//! asylum or residence ("طلبات الإقامة") are no appeal. A man or people
//! "armed" ("رجل مسلح", "أشخاص مسلحين") are armed men (UAF), not civilians;
//! keeping silent or observing mourning ("التزم الصمت", "حدادا") is no
//! commitment; the masdar "وجرح" after "مقتل" is no wounding by the speaker.

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

#[test]
fn a_news_agency_with_its_nisba_is_that_countrys_media() {
    let d = code("ذكرت وكالة الأنباء الإيرانية أن الطائرة اختفت عن الرادار.");
    assert!(has_event(&d, "010", Some("IRNMED"), None), "{:?}", events(&d));
    let d = code("وقالت وكالة الأنباء البرازيلية إن الشرطة اعتقلت 20 شخصا.");
    assert!(has_event(&d, "010", Some("BRAMED"), None), "{:?}", events(&d));
}

#[test]
fn reading_a_document_is_no_briefing() {
    // "اطلع على" (form VIII, without the hamza) is seeing or reading
    let d = code("واطلعت الشرطة الفرنسية على رسالة الحكومة الإيطالية.");
    assert!(!has_event(&d, "010", Some("FRACOP"), Some("ITAGOV")), "{:?}", events(&d));
    let d = code("واطلع القضاء الألماني على وثائق قدمتها الحكومة التركية.");
    assert!(!has_event(&d, "010", Some("DEUJUD"), Some("TURGOV")), "{:?}", events(&d));
    // "أطلع" with the hamza briefs its object
    let d = code("وأطلع وزير الخارجية الأردني نظيره الفرنسي على نتائج زيارته.");
    assert!(has_event(&d, "010", Some("JORGOV"), Some("FRAGOV")), "{:?}", events(&d));
}

#[test]
fn applications_for_residence_are_no_appeal() {
    let d = code("قررت الحكومة اللبنانية تجميد استقبال طلبات الإقامة الخاصة بموظفي المفوضية.");
    assert!(no_code(&d, "020"), "{:?}", events(&d));
    let d = code("وطلب وزير الخارجية العراقي من الحكومة التركية سحب قواتها.");
    assert!(has_event(&d, "020", Some("IRQGOV"), Some("TURGOV")), "{:?}", events(&d));
}

#[test]
fn an_armed_man_is_an_armed_man() {
    let d = code("وأطلق شخص مسلح النار على الشرطة الكندية في تورونتو.");
    assert!(has_event(&d, "193", Some("UAF"), Some("CANCOP")), "{:?}", events(&d));
}

#[test]
fn keeping_silent_or_mourning_is_no_commitment() {
    let d = code("والتزمت الحكومة المصرية الصمت إزاء الانتقادات الأمريكية.");
    assert!(no_code(&d, "030"), "{:?}", events(&d));
    let d = code("وتلتزم الحكومة البلجيكية حدادا وطنيا.");
    assert!(no_code(&d, "030"), "{:?}", events(&d));
    // a commitment to do something stays one
    let d = code("والتزمت الحكومة الأردنية بتنفيذ الاتفاق مع صندوق النقد الدولي.");
    assert!(has_event(&d, "030", Some("JORGOV"), Some("IGOIMF")), "{:?}", events(&d));
}

#[test]
fn the_wounded_counted_after_the_dead_are_no_wounding_by_the_speaker() {
    let d = code("قال رئيس المجلس البلدي العراقي إن الهجوم وقع صباحا. وأدى الانفجار إلى مقتل 16 شخصا، وجرح 14 آخرين.");
    assert!(
        d.events.iter().all(|e| !(e.root == "19" && e.source.as_deref() == Some("IRQGOV"))),
        "{:?}",
        events(&d)
    );
}
