//! Lexicon coverage, round six (from the articles that yielded no event):
//! preachers are clergy (داعية, واعظ), but not the participle "calling"
//! after a noun ("الدول الداعية إلى"); "أبدى" with a noun of stance
//! expresses it as "أعرب عن" does, and so does "عبر عن" with a stance
//! that needs no target; "تساءل" (asked) and "أورد" (reported) introduce
//! speech.

use crate::common;

use common::{code_on, events, has_event};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

#[test]
fn a_preacher_is_clergy() {
    // a preacher with his country and name acts as that country's clergy
    let d = code("وحذر الداعية الكويتي عبد الله الفيلكاوي من التدخل الإيراني في شؤون الخليج.");
    assert!(
        d.events.iter().any(|e| e.code == "130" && e.source.as_deref() == Some("KWTREL")),
        "{:?}",
        events(&d)
    );
    let d = code("وقال الداعية السعودي إن الحكومة القطرية تدعم الإرهاب.");
    assert!(has_event(&d, "010", Some("SAUREL"), None), "{:?}", events(&d));
    // and one arrested is the arrest's target
    let d = code("واعتقلت الشرطة البريطانية الواعظ المتشدد عمر بكري.");
    assert!(has_event(&d, "173", Some("GBRCOP"), Some("REL")), "{:?}", events(&d));
}

#[test]
fn the_participle_calling_after_a_noun_is_no_preacher() {
    // "الدول الداعية إلى" are the states calling for something: no clergy
    let d = code("وقالت الحكومة المصرية إن الدول الداعية إلى مقاطعة قطر ستجتمع في القاهرة.");
    assert!(
        d.events
            .iter()
            .all(|e| !e.source.as_deref().unwrap_or("").contains("REL") && !e.target.as_deref().unwrap_or("").contains("REL")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn abda_with_a_noun_of_stance_expresses_it() {
    let d = code("وأبدت الحكومة العراقية دعمها لتركيا في مواجهة العقوبات.");
    assert!(has_event(&d, "051", Some("IRQGOV"), Some("TUR")), "{:?}", events(&d));
    let d = code("وأبدى الرئيس اللبناني معارضته لقرار الحكومة الأمريكية.");
    assert!(has_event(&d, "120", Some("LBNGOV"), Some("USAGOV")), "{:?}", events(&d));
    let d = code("وأبدت وزارة الخارجية الألمانية أسفها للحادث.");
    assert!(has_event(&d, "018", Some("DEUGOV"), None), "{:?}", events(&d));
}

#[test]
fn asking_and_reporting_are_speech() {
    let d = code("وتساءل وزير الخارجية الأردني: \"إلى متى سيبقى العالم صامتا؟\"");
    assert!(has_event(&d, "010", Some("JORGOV"), None), "{:?}", events(&d));
    assert!(d.quotes.iter().any(|q| q.speaker.as_ref().and_then(|s| s.actor.as_deref()) == Some("JORGOV")));
    let d = code("وأوردت وكالة الأنباء الأردنية أن الحكومة ستخفض الضرائب.");
    assert!(has_event(&d, "010", Some("JORMED"), None), "{:?}", events(&d));
}

#[test]
fn abbara_an_with_a_stance_codes_the_stance() {
    let d = code("وعبر وزير الخارجية الإسباني عن أسفه لقرار الحكومة الإيطالية.");
    assert!(has_event(&d, "018", Some("ESPGOV"), Some("ITAGOV")), "{:?}", events(&d));
    let d = code("وعبر الرئيس الفرنسي عن أمله في نجاح المفاوضات.");
    assert!(has_event(&d, "013", Some("FRAGOV"), None), "{:?}", events(&d));
    // disappointment is no hope
    let d = code("وعبر الوزير الأردني عن خيبة أمله من الحكومة الإسرائيلية.");
    assert!(has_event(&d, "110", Some("JORGOV"), Some("ISRGOV")), "{:?}", events(&d));
    assert!(!d.events.iter().any(|e| e.code == "013"), "{:?}", events(&d));
}
