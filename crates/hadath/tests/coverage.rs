//! Articles that yielded no event for want of an actor or a trigger (the
//! coverage round of issue 3): honorifics before names, unnamed sources
//! serving in a body, the general command of armed forces, bans on leaving
//! and entering, nouns of kinship, and people of the 2018 news.

use crate::common;

use common::{code_on, events, has};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-06-10")
}

/// (text, actor) of every entity that has an actor code.
fn actors(doc: &Document) -> Vec<(String, String)> {
    doc.entities.iter().filter_map(|e| Some((e.text.clone(), e.actor.clone()?))).collect()
}

/// The source phrases of the events.
fn sources(doc: &Document) -> Vec<String> {
    doc.events.iter().filter_map(|e| e.source_text.clone()).collect()
}

#[test]
fn an_honorific_before_a_name_belongs_to_the_person() {
    // the name of the lexicon after "الدكتور" is the verb's subject
    let d = code("انتقد الدكتور محمد البرادعي الحكومة الإسرائيلية بشدة.");
    assert!(has(&d, "EGY", "11", "ISR"), "{:?}", events(&d));
    assert!(sources(&d).iter().any(|s| s == "الدكتور محمد البرادعي"), "{:?}", sources(&d));
    // and a name the lexicon does not know, in apposition to its role
    let d = code("انتقد السيد كريم منصور، وزير الخارجية الأردني، إسرائيل.");
    assert!(has(&d, "JOR", "11", "ISR"), "{:?}", events(&d));
    // an honorific with no name after it is no actor
    let d = code("قال الشيخ إن المسجد سيفتح أبوابه غدا.");
    assert!(d.events.is_empty(), "{:?}", events(&d));
}

#[test]
fn a_source_serving_in_a_body_is_that_body() {
    let d = code("قال مصدر في وزارة الخارجية الفرنسية إن الاجتماع سيعقد الأسبوع المقبل.");
    assert!(has(&d, "FRA", "01", ""), "{:?}", events(&d));
    let d = code("ونفى مصدر مسؤول في الحكومة العراقية اعتقال مقتدى الصدر.");
    assert!(
        events(&d).iter().any(|(c, s, _)| c == "016" && s.as_deref() == Some("IRQGOV")),
        "{:?}",
        events(&d)
    );
    // the body with the preposition ب
    let d = code("وقال مصدر بالإدارة الأمريكية إن الاجتماع سيعقد الأسبوع المقبل.");
    assert!(has(&d, "USA", "01", ""), "{:?}", events(&d));
    // an organisation as the body
    let d = code("وقالت مصادر في حركة حماس إن الوضع في القطاع صعب للغاية.");
    assert!(
        d.events
            .iter()
            .any(|e| e.code == "010" && e.source.as_deref() == Some("PSEREBHMS") && e.source_text.as_deref() == Some("مصادر في حركة حماس")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_source_in_a_place_or_with_no_body_names_no_one() {
    // sources in a capital are not its government
    let d = code("وقالت مصادر في بغداد إن الاجتماع تأجل إلى الأسبوع المقبل.");
    assert!(!actors(&d).iter().any(|(t, _)| t.starts_with("مصادر")), "{:?}", actors(&d));
    assert!(d.events.is_empty(), "{:?}", events(&d));
    let d = code("وقال مصدر في حديث للتلفزيون إن الاجتماع تأجل.");
    assert!(!actors(&d).iter().any(|(t, _)| t.starts_with("مصدر")), "{:?}", actors(&d));
    // nor is the agency it spoke to part of it
    let d = code("وقال مصدر في الدفاع المدني لوكالة الأنباء الألمانية إن الحريق أخمد.");
    assert!(
        !events(&d).iter().any(|(_, s, _)| s.as_deref().is_some_and(|s| s.starts_with("DEU"))),
        "{:?}",
        events(&d)
    );
}

#[test]
fn the_general_command_of_the_armed_forces_is_their_country_s() {
    let d = code("وأعلنت القيادة العامة للقوات المسلحة الجزائرية في بيان إن التدريبات انتهت.");
    assert!(
        actors(&d).iter().any(|(t, c)| t == "القيادة العامة للقوات المسلحة الجزائرية" && c == "DZAMIL"),
        "{:?}",
        actors(&d)
    );
    assert!(has(&d, "DZA", "01", ""), "{:?}", events(&d));
}

#[test]
fn barring_someone_from_leaving_or_entering_is_an_administrative_sanction() {
    let d = code("منعت السلطات الكويتية الناشط العراقي من مغادرة البلاد.");
    assert!(
        events(&d)
            .iter()
            .any(|(c, s, t)| c == "172" && s.as_deref() == Some("KWTGOV") && t.as_deref() == Some("IRQCVL")),
        "{:?}",
        events(&d)
    );
    // as a noun after "قيام ... ب"
    let d = code("وجاء ذلك بعد قيام الشرطة التركية بمنع صحفي ألماني من دخول البلاد.");
    assert!(
        events(&d)
            .iter()
            .any(|(c, s, t)| c == "172" && s.as_deref() == Some("TURCOP") && t.as_deref().is_some_and(|t| t.starts_with("DEU"))),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_relative_of_an_official_is_not_the_official() {
    // the wife speaks, not the president
    let d = code("قالت زوجة الرئيس الفرنسي إنها ستزور المغرب الشهر المقبل.");
    assert!(!events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("FRAGOV")), "{:?}", events(&d));
    // the minister's son is arrested, not the minister
    let d = code("اعتقلت الشرطة نجل وزير الداخلية الأردني أمس.");
    assert!(!events(&d).iter().any(|(_, _, t)| t.as_deref() == Some("JORGOV")), "{:?}", events(&d));
    // the object after a relative's name is still an actor
    let d = code("انتقد نجل ترامب الصين.");
    assert!(actors(&d).iter().any(|(t, c)| t == "الصين" && c == "CHN"), "{:?}", actors(&d));
    // without the noun of kinship the president speaks
    let d = code("قال الرئيس الفرنسي إنه سيزور المغرب الشهر المقبل.");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("FRAGOV")), "{:?}", events(&d));
}

#[test]
fn people_of_the_2018_news_have_their_offices() {
    let d = code_on("التقى ميغيل دياز كانيل رئيس الوزراء الروسي في موسكو.", "2018-11-02");
    assert!(actors(&d).iter().any(|(t, c)| t == "ميغيل دياز كانيل" && c == "CUBGOV"), "{:?}", actors(&d));
    let d = code_on("وانتقد جون بيركو الحكومة البريطانية.", "2018-10-16");
    assert!(has(&d, "GBR", "11", "GBR"), "{:?}", events(&d));
    // Catalonia's president until his removal, a separatist leader after it
    let d = code_on("وقال كارلس بيغديمونت إن الاستفتاء سيجري في موعده.", "2017-09-20");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("ESPGOV")), "{:?}", events(&d));
    let d = code_on("وقال كارلس بيغديمونت إنه لن يعود إلى إسبانيا.", "2018-05-11");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("ESPSEP")), "{:?}", events(&d));
    // "ناصر" in her name is no verb of support
    let d = code("وصفت الشيخة موزا بنت ناصر الاتهامات بالأكاذيب.");
    assert!(actors(&d).iter().any(|(t, c)| t == "الشيخة موزا بنت ناصر" && c == "QATELI"), "{:?}", actors(&d));
    assert!(!events(&d).iter().any(|(c, _, _)| c.starts_with("05")), "{:?}", events(&d));
}
