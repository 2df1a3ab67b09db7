//! Protest targets, round two: the building a crowd gathers near or
//! facing (قرب, بالقرب من, قبالة, and أمام for every crowd verb), what a
//! protest is held to denounce, reject or protest (للتنديد ب, تنديدا ب,
//! رفضا ل, احتجاجا على), whom it calls on or accuses (مطالبين, متهمين),
//! the protest after a light verb (قام بالاحتجاج), going out to protest
//! (خرج للاحتجاج), taking part in a march or a sit-in and protesters
//! clashing with a force; the barrier a protest is against stands for its
//! builder and a square named after a country is not the country; and
//! people and places of the 2018 news with their dated roles. Lexicon
//! entries whose mechanism is a marker or a pattern family rather than a
//! single word.

use crate::common;

use common::{code_on, events};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

/// The targets of the document's protest events (root 14).
fn protest_targets(doc: &Document) -> Vec<Option<String>> {
    doc.events.iter().filter(|e| e.root == "14").map(|e| e.target.clone()).collect()
}

fn has_protest_target(doc: &Document, want: &str) -> bool {
    protest_targets(doc).iter().any(|t| t.as_deref() == Some(want))
}

#[test]
fn the_building_a_crowd_gathers_near_is_its_target() {
    for (text, want) in [
        ("وتجمع مئات المتظاهرين بالقرب من السفارة الروسية في وارسو.", "RUSGOV"),
        ("واحتشد الطلاب قرب القنصلية الإيرانية.", "IRNGOV"),
        ("واعتصم العمال قبالة السفارة الفرنسية.", "FRAGOV"),
        ("واحتشد المحتجون أمام السفارة التركية.", "TURGOV"),
    ] {
        let d = code(text);
        assert!(has_protest_target(&d, want), "{text}: {:?}", events(&d));
    }
}

#[test]
fn what_a_protest_is_held_to_denounce_or_reject_is_its_target() {
    for (text, want) in [
        ("وخرج متظاهرون في مسيرة للتنديد بزيارة الرئيس الأمريكي.", "USAGOV"),
        ("وخرج المحتجون تنديدا بقرار الحكومة الأردنية.", "JORGOV"),
        ("ونظم الأهالي وقفة احتجاجية رفضا لتصريحات الوزير الإسرائيلي.", "ISRGOV"),
        ("واعتصم الموظفون أمام مبنى البلدية احتجاجا على قرار الحكومة العراقية.", "IRQGOV"),
        // whom the crowd calls on is whom it protests to
        ("وتجمع مئات المتظاهرين وسط المدينة، مطالبين الحكومة اللبنانية بالاستقالة.", "LBNGOV"),
        // and whom it accuses
        ("واحتج مئات المتظاهرين في موقع الانفجار متهمين الجيش الباكستاني بالإهمال.", "PAKMIL"),
    ] {
        let d = code(text);
        assert!(has_protest_target(&d, want), "{text}: {:?}", events(&d));
    }
}

#[test]
fn a_protest_noun_takes_no_source_past_what_it_denounces() {
    // the visitor is what the march is against, not who marches
    let d = code("وجابت مسيرة شوارع المدينة للتنديد بزيارة وزير الخارجية الأمريكي.");
    assert!(
        !d.events.iter().any(|e| e.root == "14" && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn protesting_after_a_light_verb_and_taking_part_in_a_march_are_protests() {
    for (text, want) in [
        ("وقام عشرات الطلاب بالاحتجاج على قرار الحكومة المغربية.", Some("MARGOV")),
        ("وشارك آلاف المواطنين في مسيرة ضد الحكومة التونسية.", Some("TUNGOV")),
        ("وشارك المعلمون في اعتصام أمام وزارة التربية.", None),
        ("وخرج مئات الطلاب أمس للاحتجاج على قرار الحكومة اللبنانية.", Some("LBNGOV")),
    ] {
        let d = code(text);
        let targets = protest_targets(&d);
        assert!(!targets.is_empty(), "{text}: {:?}", events(&d));
        if let Some(w) = want {
            assert!(has_protest_target(&d, w), "{text}: {:?}", events(&d));
        }
    }
}

#[test]
fn protesters_clashing_with_a_force_riot_against_it() {
    let d = code("واشتبك متظاهرون فلسطينيون مع الجيش الإسرائيلي قرب رام الله.");
    assert!(
        d.events.iter().any(|e| e.code == "145" && e.target.as_deref() == Some("ISRMIL")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_protest_against_the_separation_barrier_is_against_israel() {
    let d = code("واحتج مئات الفلسطينيين على بناء جدار الفصل العنصري قرب القرية.");
    assert!(
        protest_targets(&d).iter().any(|t| t.as_deref().is_some_and(|c| c.starts_with("ISR"))),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_square_named_after_a_country_is_not_that_country() {
    let d = code("وتجمع المتظاهرون في ساحة فلسطين وسط طهران.");
    assert!(
        !d.events.iter().any(|e| e.target.as_deref().is_some_and(|t| t.starts_with("PSE"))),
        "{:?}",
        events(&d)
    );
}

#[test]
fn people_of_the_2018_news_hold_their_roles_on_the_date() {
    for (text, date, who) in [
        ("وانتقد محرم إينجه الحكومة التركية بشدة.", "2018-06-20", "TUROPP"),
        ("وقال جيرار كولومب إن الشرطة أحبطت هجوما.", "2018-05-18", "FRAGOV"),
        ("وقال جيف سيشنز إن الوزارة ستحقق في التسريبات.", "2018-03-01", "USAGOV"),
        ("وقالت سارة ليا ويتسن إن السلطات اعتقلت الناشطات.", "2018-06-20", "NGOHRW"),
        ("وقالت أمبر راد إن الحكومة ستراجع القانون.", "2019-01-10", "GBRGOV"),
        ("وطالب ائتلاف النصر بإعادة فرز الأصوات.", "2018-05-20", "IRQPTY"),
    ] {
        let d = code_on(text, date);
        assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some(who)), "{text}: {:?}", events(&d));
    }
    // out of office, no role: Sessions as a senator before he was attorney general
    let d = code_on("وقال جيف سيشنز إن الوزارة ستحقق في التسريبات.", "2016-03-01");
    assert!(!events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("USAGOV")), "{:?}", events(&d));
}

#[test]
fn towns_of_the_2018_fighting_place_the_strike_in_their_country() {
    for (text, want) in [
        ("وقصفت مقاتلات روسية بلدة الشيفونية.", "SYR"),
        ("وشنت مقاتلات التحالف العربي غارات على مديرية بيت الفقيه.", "YEM"),
    ] {
        let d = code(text);
        assert!(
            d.events.iter().any(|e| e.target.as_deref().is_some_and(|t| t.starts_with(want))),
            "{text}: {:?}",
            events(&d)
        );
    }
}

/// Whether some event has this exact code.
fn has_code(doc: &Document, code: &str) -> bool {
    doc.events.iter().any(|e| e.code == code)
}

#[test]
fn a_point_of_view_is_not_the_verb_consider() {
    for text in [
        "وقال وزير الخارجية المصري إن وجهة نظر بلاده معروفة.",
        "وقالت المستشارة الألمانية إن \"وجهات نظرنا مختلفة في ملف الهجرة\".",
    ] {
        let d = code(text);
        assert!(!d.events.iter().any(|e| e.code == "014"), "{text}: {:?}", events(&d));
    }
    // considering stays
    let d = code("وقال الرئيس الأمريكي إنه سينظر في فرض عقوبات جديدة.");
    assert!(
        d.events.iter().any(|e| e.code == "014" && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_confession_or_an_admission_is_no_recognition() {
    // a crime confessed, and a fact admitted, recognise no one
    let d = code("واعترف الجندي الإسرائيلي بقتل الشاب الفلسطيني.");
    assert!(!has_code(&d, "054"), "{:?}", events(&d));
    let d = code("واعترف الرئيس الأمريكي بأن قراره بشأن إيران كان خاطئا.");
    assert!(!has_code(&d, "054"), "{:?}", events(&d));
    // admitting that is a statement of its subject
    assert!(
        d.events.iter().any(|e| e.code == "010" && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
    // recognising a state is still 054
    for text in ["واعترفت بريطانيا بدولة فلسطين.", "وأعلنت البرازيل اعترافها بدولة فلسطين."] {
        let d = code(text);
        assert!(
            d.events.iter().any(|e| e.code == "054" && e.target.as_deref() == Some("PSE")),
            "{text}: {:?}",
            events(&d)
        );
    }
}

#[test]
fn the_precinct_of_a_mosque_deprives_no_one() {
    let d = code("وأعلنت إسرائيل فتح البوابات أمام المصلين. ويقع حائط البراق أسفل باحة حرم المسجد الأقصى من الجهة الغربية.");
    assert!(!d.events.iter().any(|e| e.root == "17"), "{:?}", events(&d));
}

#[test]
fn an_initiative_is_an_intent_only_when_someone_puts_it_forward() {
    // "on the initiative of" names no act
    let d = code("واجتمع القادة الأوروبيون بمبادرة من الرئيس الفرنسي.");
    assert!(!has_code(&d, "030"), "{:?}", events(&d));
    let d = code("وطرح الرئيس الفرنسي مبادرة لحل الأزمة الليبية.");
    assert!(
        d.events.iter().any(|e| e.code == "030" && e.source.as_deref() == Some("FRAGOV")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn announcing_the_end_of_an_emergency_eases_it() {
    let d = code("وأعلنت الحكومة التركية إنهاء حالة الطوارئ المفروضة منذ عامين.");
    assert!(has_code(&d, "0814") && !has_code(&d, "1724"), "{:?}", events(&d));
    // declaring one still imposes it
    let d = code("وأعلنت الحكومة الإثيوبية حالة الطوارئ في البلاد.");
    assert!(has_code(&d, "1724"), "{:?}", events(&d));
}
