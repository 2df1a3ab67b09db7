//! Lexicon senses, round five: verbs read only as written with their
//! hamza ("بدأ" begins, "بدا" seems, "هنا" is here), literal words not
//! looked for past a masdar of ending ("أعلن وقف حالة الطوارئ"), a
//! quantity between a verb and its literal ("رفعت أغلب العقوبات"),
//! holding the veto, intending or pledging a coercive act (a threat), and
//! achieving rather than investigating.

use crate::common;

use common::{code_on, events};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

fn has_code(doc: &Document, code: &str) -> bool {
    doc.events.iter().any(|e| e.code == code)
}

#[test]
fn a_verb_flagged_hamza_is_read_only_as_written() {
    // "بدت" (seemed) is no "بدأت" (began): the negotiations are coded from
    // their noun, not from a verb of starting them
    let d = code("وبدت المفاوضات بين الحكومة اليمنية والحوثيين متعثرة.");
    assert!(
        d.events.iter().all(|e| !e.rule.contains("بدأ")),
        "{:?}",
        d.events.iter().map(|e| &e.rule).collect::<Vec<_>>()
    );
    // written with its hamza, it begins them
    let d = code("وبدأت الحكومة الأردنية مفاوضات مع صندوق النقد الدولي.");
    assert!(
        d.events
            .iter()
            .any(|e| e.code == "046" && e.source.as_deref() == Some("JORGOV") && e.rule.contains("بدأ")),
        "{:?}",
        events(&d)
    );
    // "بدا" is still a verb with a subject, whom a participle after it goes on from
    let d = code("وبدا الرئيس الأمريكي متفائلا بفرص السلام، مشددا على أن الحرب انتهت.");
    assert!(
        d.events.iter().any(|e| e.code == "010" && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
    // "هنأ" with its hamza congratulates; "هنا" is here
    let d = code("وهنأ الرئيس التركي نظيره الروسي.");
    assert!(has_code(&d, "051"), "{:?}", events(&d));
    let d = code("وهنا هاجم الرئيس التركي الحكومة السورية.");
    assert!(!has_code(&d, "051") && has_code(&d, "111"), "{:?}", events(&d));
}

#[test]
fn a_masdar_of_ending_ends_the_search_for_literal_words() {
    // stopping a state of emergency declares none
    let d = code("وأعلنت الحكومة التركية وقف حالة الطوارئ.");
    assert!(!has_code(&d, "1724"), "{:?}", events(&d));
    // asking to cancel the support asks for no support
    let d = code("وطلب صندوق النقد الدولي من الحكومة الأردنية إلغاء الدعم.");
    assert!(!has_code(&d, "022") && has_code(&d, "020"), "{:?}", events(&d));
    // a meeting called off is no meeting
    let d = code("وأعلن الرئيس الأمريكي إلغاء لقاء القمة مع زعيم كوريا الشمالية.");
    assert!(!d.events.iter().any(|e| e.root == "04"), "{:?}", events(&d));
    // the end of the emergency, through the noun of ending
    let d = code("وأعلنت الحكومة الإثيوبية رفع حالة الطوارئ المفروضة منذ شهرين.");
    assert!(has_code(&d, "0814") && !has_code(&d, "1724"), "{:?}", events(&d));
}

#[test]
fn a_quantity_between_a_verb_and_its_literal_keeps_them_one_phrase() {
    // sanctions lifted, most of them: no sanctions imposed
    let d = code("ورفعت أغلب العقوبات المفروضة من الاتحاد الأوروبي على بيلاروسيا العام الماضي.");
    assert!(!has_code(&d, "163"), "{:?}", events(&d));
}

#[test]
fn holding_the_veto_casts_none() {
    for text in ["وتتمتع الصين بحق النقض في مجلس الأمن الدولي.", "وتمتلك فرنسا حق النقض في مجلس الأمن."]
    {
        let d = code(text);
        assert!(!has_code(&d, "129"), "{text}: {:?}", events(&d));
    }
    let d = code("واستخدمت روسيا حق النقض ضد مشروع القرار الأمريكي.");
    assert!(has_code(&d, "129"), "{:?}", events(&d));
}

#[test]
fn intending_an_act_is_the_intent_of_that_act() {
    // an intended expulsion, boycott or sanction is a threat, no intent
    // to cooperate
    for text in [
        "وتعتزم روسيا طرد دبلوماسيين أمريكيين.",
        "وتعتزم الحكومة البريطانية فرض عقوبات على إيران.",
        "وتعتزم الحكومة الكندية مقاطعة المؤتمر الذي تستضيفه السعودية.",
    ] {
        let d = code(text);
        assert!(!has_code(&d, "030") && d.events.iter().any(|e| e.root == "13"), "{text}: {:?}", events(&d));
    }
    // an intended meeting is still an intent to meet
    let d = code("ويعتزم الرئيس الكوري الجنوبي عقد اجتماع مع الرئيس الأمريكي في واشنطن.");
    assert!(d.events.iter().any(|e| e.root == "03"), "{:?}", events(&d));
}

#[test]
fn a_pledge_of_force_or_punishment_is_a_threat() {
    for text in [
        "وتعهد الرئيس الفرنسي برد قوي على الهجوم الكيماوي.",
        "وتعهدت الحكومة التركية بضرب المسلحين الأكراد في شمال العراق.",
        "وتعهد زعيم حزب الله بالانتقام من إسرائيل.",
    ] {
        let d = code(text);
        assert!(!has_code(&d, "030") && d.events.iter().any(|e| e.root == "13"), "{text}: {:?}", events(&d));
    }
    // a pledge of aid is still an intent to cooperate
    let d = code("وتعهدت اليابان بتقديم مساعدات للأردن.");
    assert!(d.events.iter().any(|e| e.root == "03"), "{:?}", events(&d));
}

#[test]
fn achieving_the_most_benefit_is_no_investigation() {
    let d = code("وتسعى الحكومة العراقية إلى تحقيق أقصى استفادة من الاتفاق التجاري مع الأردن.");
    assert!(!d.events.iter().any(|e| e.root == "09"), "{:?}", events(&d));
    let d = code("وفتحت الشرطة الفرنسية تحقيقا في الهجوم.");
    assert!(d.events.iter().any(|e| e.root == "09"), "{:?}", events(&d));
}
