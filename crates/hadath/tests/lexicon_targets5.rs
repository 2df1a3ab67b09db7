//! Lexicon precision, round seven (the patterns that fire most, read where
//! they fire): a standing occupation is no act ("التي تحتلها إسرائيل");
//! losing control or being outside it is no takeover; "تراجع" (decline,
//! retreat) is no review; achieving is no investigating ("حقق فوزا في");
//! a war, chemical weapons or a nuclear bomb named alone is a setting or a
//! stockpile, no attack; terms, market demand, Brexit, a journey, an
//! increase and a permission given are no demand, request, retreat,
//! deportation, statement or aid; the dual of a strike is a strike;
//! rejecting remarks is no refusal to comment.

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
fn an_imperfect_occupation_is_a_state() {
    // the imperfect of occupation says who has held a place, not that it
    // was seized
    let d = code("وزار الوزير البلدات التي تحتلها إسرائيل في الضفة الغربية.");
    assert!(no_code(&d, "192"), "{:?}", events(&d));
    // a seizure told in the perfect stays one
    let d = code("واحتلت القوات التركية البلدة الحدودية.");
    assert!(has_event(&d, "192", Some("TURMIL"), None), "{:?}", events(&d));
}

#[test]
fn losing_control_or_being_outside_it_is_no_takeover() {
    let d = code("وذكرت تقارير أن الحوثيين فقدوا السيطرة على المطار.");
    assert!(no_code(&d, "192"), "{:?}", events(&d));
    let d = code("وما زالت مناطق واسعة خارجة عن سيطرة الحكومة الليبية.");
    assert!(no_code(&d, "192"), "{:?}", events(&d));
}

#[test]
fn a_decline_is_no_review_and_no_climb_down() {
    // "تراجع" (fell, retreated) is not the imperfect of "راجع", nor,
    // without عن, backing down
    let d = code("وقالت الحكومة إن مستوى العنف الذي تمارسه حركة طالبان تراجع بشكل كبير.");
    assert!(no_code(&d, "014") && no_code(&d, "080"), "{:?}", events(&d));
    let d = code("وتراجع الرئيس الأمريكي عن قراره فرض رسوم على الصلب الكندي.");
    assert!(
        d.events.iter().any(|e| e.code.starts_with("08") && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
    let d = code("وراجعت الحكومة الألمانية صفقات السلاح مع تركيا.");
    assert!(has_event(&d, "014", Some("DEUGOV"), Some("TUR")), "{:?}", events(&d));
}

#[test]
fn achieving_is_no_investigating() {
    let d = code("وحقق حزب العمال البريطاني فوزا كبيرا في الانتخابات البلدية.");
    assert!(no_code(&d, "090"), "{:?}", events(&d));
    let d = code("وتحقق الشرطة الفرنسية في الحادث.");
    assert!(has_event(&d, "090", Some("FRACOP"), None), "{:?}", events(&d));
}

#[test]
fn a_war_named_alone_is_a_setting() {
    let d = code("ويشهد السودان حربا أهلية منذ سنوات.");
    assert!(no_code(&d, "190"), "{:?}", events(&d));
    // the rockets are the fighting, the war they are part of is not a second act
    let d = code("وأطلقت المقاتلات الإسرائيلية صواريخ على غزة في حرب جديدة.");
    assert!(d.events.iter().all(|e| e.trigger.text != "حرب"), "{:?}", events(&d));
    // a war waged on someone is force against them
    let d = code("وشنت الحكومة الصومالية حربا على حركة الشباب.");
    assert!(has_event(&d, "190", Some("SOMGOV"), Some("SOMREB")), "{:?}", events(&d));
    let d = code("وشنت إسرائيل على القطاع ثلاث حروب منذ عام 2008.");
    assert!(
        d.events.iter().any(|e| e.code == "190" && e.source.as_deref() == Some("ISR")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn weapons_named_alone_are_no_attack() {
    let d = code("وانضمت ليبيا إلى معاهدة الأسلحة الكيميائية.");
    assert!(no_code(&d, "2041"), "{:?}", events(&d));
    let d = code("وتسعى كوريا الشمالية إلى امتلاك قنبلة نووية.");
    assert!(no_code(&d, "2042"), "{:?}", events(&d));
    // their use is
    let d = code("ودانت فرنسا استخدام النظام السوري الأسلحة الكيميائية.");
    assert!(has_event(&d, "2041", Some("SYRGOV"), None), "{:?}", events(&d));
}

#[test]
fn terms_and_brexit_are_no_demand_and_no_retreat() {
    let d = code("ويناقش البرلمان البريطاني شروط انسحاب بريطانيا من الاتحاد الأوروبي.");
    assert!(no_code(&d, "100") && no_code(&d, "0874"), "{:?}", events(&d));
}

#[test]
fn market_demand_is_no_request() {
    let d = code("وفشلت السلطات الإيرانية في مواكبة الطلب على العملة الصعبة.");
    assert!(no_code(&d, "020"), "{:?}", events(&d));
    // a request made stays one
    let d = code("ووافقت السلطات المصرية على طلب من فلسطين بعقد اجتماع طارئ.");
    assert!(
        d.events.iter().any(|e| e.code == "020" && e.source.as_deref() == Some("PSE")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_journey_is_no_deportation() {
    let d = code("ويواصل اللاجئون السوريون رحلتهم نحو أوروبا.");
    assert!(no_code(&d, "174"), "{:?}", events(&d));
}

#[test]
fn pointing_the_finger_of_blame_is_an_accusation() {
    // "توجه" here is the imperfect of "وجه", not "head to"
    let d = code("وتوجه الولايات المتحدة أصابع اللوم إلى روسيا.");
    assert!(no_code(&d, "042"), "{:?}", events(&d));
    assert!(has_event(&d, "112", Some("USA"), Some("RUS")), "{:?}", events(&d));
}

#[test]
fn an_increase_is_no_statement() {
    let d = code("وزادت روسيا من وجودها العسكري في سوريا.");
    assert!(no_code(&d, "010"), "{:?}", events(&d));
}

#[test]
fn a_permission_granted_is_no_aid() {
    let d = code("ومنحت الحكومة الأردنية السلطات العراقية الإذن بتفتيش الشحنة.");
    assert!(no_code(&d, "071"), "{:?}", events(&d));
    let d = code("ومنحت اليابان الأردن مساعدات بقيمة مئة مليون دولار.");
    assert!(has_event(&d, "071", Some("JPN"), Some("JOR")), "{:?}", events(&d));
}

#[test]
fn two_strikes_and_two_attacks_are_counted_as_strikes_and_attacks() {
    // the dual of an attack noun is the attack
    let d = code("وقتل عشرة مدنيين في غارتين استهدفتا سوقا شعبيا في صعدة.");
    assert!(d.events.iter().any(|e| e.code == "195"), "{:?}", events(&d));
    let d = code("وقتل خمسة مدنيين في هجومين على قرى في ولاية بورنو.");
    assert!(d.events.iter().any(|e| e.code == "190"), "{:?}", events(&d));
}

#[test]
fn rejecting_remarks_is_no_refusal_to_comment() {
    let d = code("ورفض ولي العهد السعودي تعليقات الرئيس الأمريكي.");
    assert!(no_code(&d, "011"), "{:?}", events(&d));
    assert!(has_event(&d, "120", Some("SAUGOV"), Some("USAGOV")), "{:?}", events(&d));
}
