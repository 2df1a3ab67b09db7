//! Protest events (CAMEO 14): crowds without a country as their source, the
//! general protest vocabulary, and the look-alikes that are not protests.

use crate::common;

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

/// (source, code, target) of every protest event.
fn protest_triples(doc: &Document) -> Vec<(Option<String>, String, Option<String>)> {
    doc.events
        .iter()
        .filter(|e| e.root == "14")
        .map(|e| (e.source.clone(), e.code.clone(), e.target.clone()))
        .collect()
}

#[test]
fn a_share_of_a_crowd_is_the_source() {
    // "المئات من الطلاب": the من of a quantity governs no preposition's object
    let d = code("وتظاهر المئات من الطلاب أمس ضد الحكومة الأردنية في عمان.");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("EDU") && t.as_deref() == Some("JORGOV")),
        "{got:?}"
    );
}

#[test]
fn a_word_between_the_verb_and_its_literal_words_is_the_subject() {
    // the fans stand before "أمام"; the minister after it is no source
    let d = code("وتجمع العشرات من مشجعي النادي أمام مقر وزير الرياضة الإيطالي.");
    let got = protest_triples(&d);
    assert!(got.iter().all(|(s, _, _)| s.as_deref() != Some("ITAGOV")), "{got:?}");
}

#[test]
fn what_a_protest_is_against_may_be_named_further_on() {
    let d = code("وسار المتظاهرون في شوارع البلدة ثم رددوا هتافات معادية لروسيا.");
    assert!(
        protest_triples(&d)
            .iter()
            .any(|(s, _, t)| s.as_deref() == Some("CVL") && t.as_deref() == Some("RUS")),
        "{:?}",
        d.events
    );
    // and a protest may be against a person of its own country (people
    // counted by their nisba are the country's people, TURCVL)
    let d = code("وتظاهر آلاف الأتراك في أنقرة للمطالبة باستقالة أردوغان.");
    assert!(
        protest_triples(&d)
            .iter()
            .any(|(s, _, t)| s.as_deref() == Some("TURCVL") && t.as_deref() == Some("TURGOV")),
        "{:?}",
        d.events
    );
}

#[test]
fn the_cities_a_protest_fills_are_not_its_target() {
    let d = code("وخرج المحتجون إلى الشوارع في عدة مدن تركية بعد قرار الحكومة الألمانية.");
    let got = protest_triples(&d);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| t.as_deref() != Some("TUR")), "{got:?}");
}

#[test]
fn who_did_the_act_protested_against_is_the_target() {
    // the purpose names an act; its doer is whom the protest is against
    let d = code("وتجمع عشرات المتظاهرين أمام البرلمان في أثينا احتجاجا على ما وصفوه بانتهاكات الحكومة التركية.");
    assert!(
        protest_triples(&d)
            .iter()
            .any(|(s, _, t)| s.as_deref() == Some("CVL") && t.as_deref() == Some("TURGOV")),
        "{:?}",
        d.events
    );
}

#[test]
fn a_protest_is_against_the_one_its_protesters_demand_of() {
    // the town hall is where they sit in; the minister is whom they address
    let d = code("واعتصم مئات العمال أمام مبنى البلدية مطالبين وزير العمل المغربي بصرف رواتبهم المتأخرة.");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("LAB") && t.as_deref() == Some("MARGOV")),
        "{got:?}"
    );
}

#[test]
fn death_to_slogans_and_demanded_resignations_name_the_target() {
    let d = code("وتظاهر آلاف الباكستانيين في كراتشي وهم يرددون «الموت لأمريكا».");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("PAKCVL") && t.as_deref() == Some("USA")),
        "{got:?}"
    );
    let d = code("وتجمع مئات المتظاهرين في ساحة المدينة على هتافات تطالب بـ«استقالة رئيس الوزراء الإيطالي».");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("CVL") && t.as_deref() == Some("ITAGOV")),
        "{got:?}"
    );
}

#[test]
fn a_country_protesting_at_home_is_a_protest_without_target() {
    let d = code("وتظاهر آلاف الباكستانيين في كراتشي.");
    assert_eq!(
        protest_triples(&d),
        vec![(Some("PAKCVL".to_string()), "141".to_string(), None)],
        "{:?}",
        d.events
    );
}

#[test]
fn a_measure_of_government_protested_is_against_that_government() {
    let d = code("وتظاهر آلاف الأردنيين في عمان احتجاجا على قانون ضريبة الدخل الجديد.");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("JORCVL") && t.as_deref() == Some("JORGOV")),
        "{got:?}"
    );
    // a measure with its author named is against the author
    let d = code("وتظاهر آلاف الفرنسيين في باريس احتجاجا على قرار الرئيس الأمريكي.");
    let got = protest_triples(&d);
    assert!(
        got.iter().any(|(s, _, t)| s.as_deref() == Some("FRACVL") && t.as_deref() == Some("USAGOV")),
        "{got:?}"
    );
}

#[test]
fn a_crowd_named_only_by_its_size_protests_without_a_source() {
    // the protest happened; who protested is not named
    let d = code("وتظاهر الآلاف في الخرطوم ضد الحكومة السودانية.");
    assert_eq!(
        protest_triples(&d),
        vec![(None, "141".to_string(), Some("SDNGOV".to_string()))],
        "{:?}",
        d.events
    );
    let d = code("واعتصم المئات أمام مقر البرلمان في تونس.");
    assert!(protest_triples(&d).iter().any(|(s, c, _)| s.is_none() && c == "141"), "{:?}", d.events);
    // a crowd whose people are named has them as its source
    let d = code("وتظاهر عشرات الطلاب المغاربة في الرباط.");
    assert!(protest_triples(&d).iter().all(|(s, _, _)| s.is_some()), "{:?}", d.events);
    // and a crowd in a relative clause recalls a protest, it reports none
    let d = code("وقالت الشرطة إن الساحة التي تظاهر الآلاف فيها أغلقت.");
    assert!(protest_triples(&d).is_empty(), "{:?}", d.events);
}

#[test]
fn where_a_march_goes_and_the_places_it_fills_are_not_its_target() {
    // a country reached by إلى, or the rest of a list of places after في
    let d = code("وتوجه آلاف المتظاهرين إلى ضريح مؤسس الجمهورية التركية في أنقرة.");
    let got = protest_triples(&d);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| t.is_none()), "{got:?}");
    let d = code("ونزل آلاف المتظاهرين إلى الشوارع في كل من مصر والأردن وتونس.");
    let got = protest_triples(&d);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| t.is_none()), "{got:?}");
    // a capital named as the city is a place
    let d = code("وقطع مئات المحتجين طريقا يربط العاصمة عمان بمدينة الزرقاء.");
    let got = protest_triples(&d);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| t.is_none()), "{got:?}");
    // the war opposed in a country is not the country opposed
    let d = code("وتجمع مئات المتظاهرين في لندن ضد الحرب في أفغانستان.");
    let got = protest_triples(&d);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| t.as_deref() != Some("AFG")), "{got:?}");
    // but an embassy they march to is the protest's target
    let d = code("وتوجه المتظاهرون إلى السفارة الفرنسية في الجزائر.");
    let got = protest_triples(&d);
    assert!(got.iter().any(|(_, _, t)| t.as_deref() == Some("FRAGOV")), "{got:?}");
}

#[test]
fn a_protest_noun_that_a_verb_of_occurring_reports_is_a_protest() {
    let d = code("واندلعت احتجاجات في عدة مدن إيرانية ضد الحكومة الإيرانية.");
    assert!(
        protest_triples(&d).iter().any(|(s, _, t)| s.is_none() && t.as_deref() == Some("IRNGOV")),
        "{:?}",
        d.events
    );
    let d = code("وتجددت المظاهرات أمس في الخرطوم.");
    assert!(protest_triples(&d).iter().any(|(s, c, _)| s.is_none() && c == "141"), "{:?}", d.events);
    // clashes break out between armed men as often as between protesters
    let d = code("واندلعت مواجهات عنيفة بين المسلحين في ريف المدينة.");
    assert!(protest_triples(&d).is_empty(), "{:?}", d.events);
}

#[test]
fn about_a_number_of_people_is_the_subject() {
    // "نحو" before a number is "about", not "towards"
    let d = code("وتظاهر نحو ألفي شخص أمس في الرباط.");
    assert!(protest_triples(&d).iter().any(|(s, _, _)| s.as_deref() == Some("CVL")), "{:?}", d.events);
}
