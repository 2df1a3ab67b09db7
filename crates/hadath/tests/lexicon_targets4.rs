//! Lexicon coverage, round six (from the articles that yielded no event):
//! preachers are clergy (داعية, واعظ), but not the participle "calling"
//! after a noun ("الدول الداعية إلى").

use crate::common;

use common::{code_on, events};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

fn has_event(doc: &Document, code: &str, source: Option<&str>, target: Option<&str>) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && e.source.as_deref() == source && e.target.as_deref() == target)
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
