//! Which words become actors, and with what code: guessed spellings of
//! names that are ordinary words, short names of people named in full
//! before, role nouns that are as often abstract nouns, and people counted
//! by their nisba.

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

fn has_actor(doc: &Document, text: &str, code: &str) -> bool {
    actors(doc).iter().any(|(t, c)| t == text && c == code)
}

fn has_canonical(doc: &Document, name: &str) -> bool {
    doc.entities.iter().any(|e| e.canonical.as_deref() == Some(name))
}

/// Whether some entity with an actor code covers exactly `text`.
fn is_actor(doc: &Document, text: &str) -> bool {
    actors(doc).iter().any(|(t, _)| t == text)
}

#[test]
fn a_guessed_spelling_of_a_name_is_not_an_ordinary_word() {
    // "لابيد" without its ي is the modal "لابد"; "لفتيت" is the verb "لفتت"
    let d = code("قال الوزير إنه لابد من وقف الغارات على المدن، ولفتت الوزارة إلى أن المفاوضات مستمرة.");
    assert!(!is_actor(&d, "لابد"), "{:?}", actors(&d));
    assert!(!is_actor(&d, "ولفتت"), "{:?}", actors(&d));
    // the names as written still are the people
    let d = code("وقال يائير لابيد إن الحكومة فشلت، فيما التقى عبد الوافي لفتيت وفدا أوروبيا.");
    assert!(has_canonical(&d, "Yair Lapid"), "{:?}", actors(&d));
    assert!(has_canonical(&d, "Abdelouafi Laftit"), "{:?}", actors(&d));
}

#[test]
fn a_guessed_spelling_of_a_long_name_is_still_the_person() {
    // "غوتيريس" is also written without its first ي
    let d = code("دعا غوتيرس الأطراف اليمنية إلى العودة إلى طاولة المفاوضات.");
    assert!(has_actor(&d, "غوتيرس", "IGOUNO"), "{:?}", actors(&d));
}

#[test]
fn an_arabic_name_with_the_article_keeps_its_ya() {
    // "الوحيشي" without its ي is the adjective "الوحشي" (brutal)
    let d = code("وأدانت المنظمة الهجوم الوحشي على القرية.");
    assert!(!is_actor(&d, "الوحشي"), "{:?}", actors(&d));
}

#[test]
fn a_preposition_is_no_short_name_of_a_person_called_ali() {
    // "على" folds like "علي", the last word of "بن علي"
    let d = code("حكم الرئيس التونسي زين العابدين بن علي البلاد طويلا. واعتمد على الشرطة في قمع المعارضة.");
    assert!(!is_actor(&d, "على"), "{:?}", actors(&d));
}

#[test]
fn a_name_after_bin_or_abd_is_short_with_its_link() {
    // (in 2018 a former president: the country's elites)
    let d = code("غادر الرئيس التونسي زين العابدين بن علي البلاد عام 2011. وقال بن علي إنه سيعود.");
    assert!(has_actor(&d, "بن علي", "TUNELI"), "{:?}", actors(&d));
    let d = code("قال مدير المرصد السوري رامي عبد الرحمن إن القصف استمر. وأضاف عبد الرحمن أن المدنيين فروا.");
    assert!(actors(&d).iter().any(|(t, c)| t == "عبد الرحمن" && c.starts_with("SYR")), "{:?}", actors(&d));
}

#[test]
fn a_fathers_name_is_no_short_name() {
    // "سلمان بن عبد العزيز": neither "العزيز" nor "عبد العزيز" is Salman
    let d = code("استقبل الملك سلمان بن عبد العزيز ضيوفه في جدة. وقال إن الأخ العزيز مرحب به دائما.");
    assert!(!is_actor(&d, "العزيز"), "{:?}", actors(&d));
}

#[test]
fn management_and_systems_are_no_government() {
    let d = code("اتهمت النيابة المسؤولين السابقين بسوء إدارة المال العام وتغيير نظام الحكم.");
    assert!(!is_actor(&d, "إدارة"), "{:?}", actors(&d));
    assert!(!is_actor(&d, "نظام"), "{:?}", actors(&d));
    let d = code("كشفت الشركة عن نظام دفاع صاروخي جديد.");
    assert!(!is_actor(&d, "نظام"), "{:?}", actors(&d));
}

#[test]
fn an_administration_or_regime_with_an_actor_is_that_government() {
    let d = code("انتقد الرئيس الإيراني حسن روحاني إدارة ترامب بشدة.");
    assert!(
        events(&d)
            .iter()
            .any(|(c, s, t)| c.starts_with("11") && s.as_deref() == Some("IRNGOV") && t.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
    let d = code("قالت إدارة الطاقة الأمريكية إن إنتاج النفط ارتفع.");
    assert!(actors(&d).iter().any(|(t, c)| t.starts_with("إدارة") && c == "USAGOV"), "{:?}", actors(&d));
}

#[test]
fn people_counted_by_their_nisba_are_people_not_the_state() {
    let d = code("اعتقلت الشرطة الإسرائيلية 12 فلسطينيا في القدس.");
    assert!(has_actor(&d, "فلسطينيا", "PSECVL"), "{:?}", actors(&d));
    assert!(
        events(&d)
            .iter()
            .any(|(c, s, t)| c.starts_with("17") && s.as_deref() == Some("ISRCOP") && t.as_deref() == Some("PSECVL")),
        "{:?}",
        events(&d)
    );
    let d = code("تظاهر عشرات الإيرانيين أمام السفارة في لندن.");
    assert!(has_actor(&d, "الإيرانيين", "IRNCVL"), "{:?}", actors(&d));
    // (the nisba as a noun on its own is still the country's)
    let d = code("وجه الوزير انتقادات حادة للإيرانيين.");
    assert!(has_actor(&d, "للإيرانيين", "IRN"), "{:?}", actors(&d));
}

#[test]
fn a_hashtag_joins_the_words_of_a_name() {
    let d = code("وقالت #كوريا_الشمالية إنها ستفرج عن المعتقلين، فيما قصفت #ميليشيات_الحوثي مواقع #الجيش_اليمني في تعز.");
    assert!(actors(&d).iter().any(|(t, c)| t == "كوريا_الشمالية" && c == "PRK"), "{:?}", actors(&d));
    assert!(!actors(&d).iter().any(|(_, c)| c == "KOR"), "{:?}", actors(&d));
    assert!(actors(&d).iter().any(|(t, c)| t == "ميليشيات_الحوثي" && c == "YEMREB"), "{:?}", actors(&d));
    assert!(actors(&d).iter().any(|(t, c)| t == "الجيش_اليمني" && c == "YEMMIL"), "{:?}", actors(&d));
}

#[test]
fn a_name_after_bin_belongs_to_someone_else() {
    // "هنية" alone is Ismail Haniyeh; after "بن" it ends another name
    let d = code("فاز فيلم المخرجة التونسية كوثر بن هنية بجائزة في مهرجان كان.");
    assert!(!has_canonical(&d, "Ismail Haniyeh"), "{:?}", actors(&d));
    let d = code("وقال هنية إن الحركة لن تتخلى عن سلاحها.");
    assert!(has_canonical(&d, "Ismail Haniyeh"), "{:?}", actors(&d));
}

#[test]
fn a_dual_of_a_common_noun_is_no_name() {
    // "ولايتي" is also Velayati's name; "ولايتي فلوريدا ولويزيانا" is two states
    let d = code("اجتاحت العاصفة ولايتي فلوريدا ولويزيانا وقتل خمسة أشخاص.");
    assert!(!is_actor(&d, "ولايتي"), "{:?}", actors(&d));
}

#[test]
fn a_nisba_on_a_thing_names_no_actor() {
    // a currency, an economy, a programme: no body of people
    let d = code("تراجعت الليرة التركية أمام الدولار، وقال الوزير إن الاقتصاد الإيراني يعاني بسبب الأزمة حول البرنامج النووي الإيراني.");
    assert!(!is_actor(&d, "الليرة التركية"), "{:?}", actors(&d));
    assert!(!is_actor(&d, "الاقتصاد الإيراني"), "{:?}", actors(&d));
    assert!(!is_actor(&d, "النووي الإيراني"), "{:?}", actors(&d));
    // (a noun of people with its nisba still is one)
    let d = code("انتقد الوزير الإيراني القرار.");
    assert!(has_actor(&d, "الوزير الإيراني", "IRNGOV"), "{:?}", actors(&d));
}

#[test]
fn a_nisba_on_land_is_a_place_of_that_country() {
    let d = code("قصفت إسرائيل الأراضي السورية ليلا.");
    // the land is no actor, but a place of Syria the bombing is aimed at
    assert!(!is_actor(&d, "الأراضي السورية") && !is_actor(&d, "السورية"), "{:?}", actors(&d));
    assert!(has(&d, "ISR", "19", "SYR"), "{:?}", events(&d));
}

#[test]
fn a_bare_country_name_with_the_article_is_an_adjective() {
    // "المالي" is financial, not Mali, in an article that names no Mali
    let d = code("قال المستشار المالي للشركة إن العجز المالي تراجع في العام المالي الحالي.");
    assert!(!actors(&d).iter().any(|(_, c)| c.starts_with("MLI")), "{:?}", actors(&d));
    // once Mali is named, "الرئيس المالي" is its president
    let d = code("وصل الرئيس المالي إلى باريس، في أول زيارة لرئيس من مالي منذ عامين.");
    assert!(has_actor(&d, "الرئيس المالي", "MLIGOV"), "{:?}", actors(&d));
}

#[test]
fn a_title_with_a_capital_spelt_like_a_country_follows_the_article() {
    // "عمان" is Oman and Amman: Muscat named makes it Oman
    let d = code("اعتقلت شرطة عمان ثلاثة أشخاص في مسقط أمس.");
    assert!(has_actor(&d, "شرطة عمان", "OMNCOP"), "{:?}", actors(&d));
    let d = code("اعتقلت شرطة عمان ثلاثة أشخاص في الزرقاء أمس، وقال وزير الداخلية الأردني إن التحقيق جار.");
    assert!(has_actor(&d, "شرطة عمان", "JORCOP"), "{:?}", actors(&d));
}

#[test]
fn a_leader_or_guide_is_of_the_country_or_group_named_after_it() {
    let d = code("انتقد الزعيم الكوري الشمالي الولايات المتحدة، وهاجم المرشد الإيراني إسرائيل.");
    assert!(has_actor(&d, "الزعيم الكوري الشمالي", "PRKGOV"), "{:?}", actors(&d));
    assert!(has_actor(&d, "المرشد الإيراني", "IRNGOV"), "{:?}", actors(&d));
    // a leader of no one named is no one
    let d = code("وقال الرئيس الأمريكي إن الزعيم يريد السلام.");
    assert!(!is_actor(&d, "الزعيم"), "{:?}", actors(&d));
}

#[test]
fn a_role_that_is_often_another_word_needs_a_country_after_it() {
    let d = code("اتهم القضاء العراقي مسؤولين بالفساد، ودعا الوزير إلى القضاء على الإرهاب.");
    assert!(has_actor(&d, "القضاء العراقي", "IRQJUD"), "{:?}", actors(&d));
    assert!(!is_actor(&d, "القضاء"), "{:?}", actors(&d));
    let d = code("انتقد الصحفي السعودي الحكومة في مؤتمر صحفي، ونقلت تقارير إعلامية صينية الخبر.");
    assert!(has_actor(&d, "الصحفي السعودي", "SAUMED"), "{:?}", actors(&d));
    // (the adjectives of "مؤتمر صحفي" and "تقارير إعلامية" are no journalists)
    assert!(!actors(&d).iter().any(|(t, c)| c.ends_with("MED") && t != "الصحفي السعودي"), "{:?}", actors(&d));
    let d = code("دعا الرئيس الشعب اليمني إلى الوحدة.");
    assert!(has_actor(&d, "الشعب اليمني", "YEMCVL"), "{:?}", actors(&d));
}

#[test]
fn the_supporters_of_someone_are_not_that_someone() {
    let d = code("هاجم أنصار الرئيس المصري مقر الحزب.");
    assert!(!actors(&d).iter().any(|(_, c)| c == "EGYGOV"), "{:?}", actors(&d));
}

#[test]
fn the_side_of_a_country_is_its_government_only_with_its_nisba() {
    let d = code("وأبلغت الحكومة الأردنية الجانب التركي برغبتها في إنهاء الاتفاقية.");
    assert!(has_actor(&d, "الجانب التركي", "TURGOV"), "{:?}", actors(&d));
    // alongside a country is no side of it
    let d = code("ووقفت السعودية إلى جانب روسيا في الأزمة.");
    assert!(!actors(&d).iter().any(|(_, c)| c == "RUSGOV"), "{:?}", actors(&d));
    // nor is the other side anyone's
    let d = code("وقال وزير الخارجية الروسي إن الجانب الآخر لم يرد.");
    assert!(!is_actor(&d, "الجانب"), "{:?}", actors(&d));
}

#[test]
fn russians_in_the_accusative_are_russian() {
    let d = code("وطردت بريطانيا دبلوماسيين روسا من لندن.");
    assert!(
        d.events
            .iter()
            .any(|e| e.source.as_deref() == Some("GBR") && e.target.as_deref() == Some("RUSGOV")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_name_after_a_plural_title_is_someone_else() {
    // the authorities and whom they arrest, known or not to the lexicon
    let d = code("واعتقلت السلطات المغربية الزفزافي في الحسيمة.");
    assert!(has(&d, "MAR", "17", "MAR"), "{:?}", events(&d));
    assert!(
        d.events
            .iter()
            .any(|e| e.source.as_deref() == Some("MARGOV") && e.target.as_deref() == Some("MAROPP")),
        "{:?}",
        events(&d)
    );
    let d = code("واعتقلت السلطات المغربية محمد بن سالم في مدينة الحسيمة.");
    assert!(
        d.events.iter().any(|e| e.source_text.as_deref() == Some("السلطات المغربية")),
        "{:?}",
        events(&d)
    );
    // a singular title in the phrase still takes the name: the forces of
    // the president, a prime minister of the ministers
    let d = code("واتهمت المعارضة السورية قوات الرئيس بشار الأسد بقصف المدينة.");
    assert!(d.events.iter().any(|e| e.target.as_deref() == Some("SYRGOV")), "{:?}", events(&d));
    let d = code("وقالت رئيسة وزراء بريطانيا تيريزا ماي إن بلادها ستطرد دبلوماسيين روسا.");
    assert!(
        d.events.iter().any(|e| e.source_text.as_deref() == Some("رئيسة وزراء بريطانيا تيريزا ماي")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_committee_alone_takes_no_far_government_and_is_placed_past_its_adjectives() {
    // a government three sentences back is not the committee's
    let d = code("وقال الرئيس الفرنسي إن بلاده ستدعم الاتفاق. وأضاف أن المحادثات ستستمر. وذكرت الصحيفة أن الاجتماع سيعقد الشهر المقبل. وأعلنت اللجنة أسماء الفائزين بالجائزة.");
    assert!(!has_actor(&d, "اللجنة", "FRAGOV"), "{:?}", actors(&d));
    // its place after its adjectives and genitive is its country
    let d = code("وأعلنت المفوضية العليا للانتخابات في العراق النتائج النهائية.");
    assert!(d.events.iter().any(|e| e.source.as_deref() == Some("IRQGOV")), "{:?}", events(&d));
}

#[test]
fn the_korean_nisba_alone_names_neither_korea() {
    // "الكوري" without الشمالي or الجنوبي: in news mostly the North's
    // leader; no actor rather than South Korea
    let d = code("وقال الزعيم الكوري إن بلاده لن تتخلى عن برنامجها الصاروخي.");
    assert!(!actors(&d).iter().any(|(_, c)| c.starts_with("KOR")), "{:?}", actors(&d));
    let d = code("وقال الرئيس الكوري الجنوبي إن القمة المقبلة ستعقد في سول، فيما قال الزعيم الكوري الشمالي إنه مستعد للقاء.");
    assert!(has_actor(&d, "الرئيس الكوري الجنوبي", "KORGOV"), "{:?}", actors(&d));
    assert!(has_actor(&d, "الزعيم الكوري الشمالي", "PRKGOV"), "{:?}", actors(&d));
}

#[test]
fn the_international_family_is_the_international_community_not_civilians() {
    let d = code("وطالبت الحكومة الأسرة الدولية بتقديم مساعدات عاجلة للنازحين.");
    assert!(!actors(&d).iter().any(|(t, _)| t.contains("الأسرة")), "{:?}", actors(&d));
    // a family of a country still is
    let d = code("وقتلت أسرة فلسطينية في غارة على المخيم.");
    assert!(actors(&d).iter().any(|(t, c)| t.contains("أسرة") && c == "PSECVL"), "{:?}", actors(&d));
}

#[test]
fn responsible_for_is_no_official() {
    // "مسؤولة عن" is responsible for: the attack is the country's, no
    // government official's
    let d = code("ورجحت الحكومة الكندية أن تكون كوريا الشمالية مسؤولة عن الهجوم الإلكتروني على المصارف.");
    assert!(!actors(&d).iter().any(|(t, _)| t.contains("مسؤول")), "{:?}", actors(&d));
    assert!(
        d.events.iter().any(|e| e.source.as_deref() == Some("PRK") && e.code.starts_with("19")),
        "{:?}",
        events(&d)
    );
    // an official in apposition, and officials who spoke about something, still are
    let d = code("وقال فريد ماهر، المسؤول عن ملف الأسرى في الحكومة الليبية، إن المفاوضات متعثرة.");
    assert!(actors(&d).iter().any(|(t, _)| t.contains("المسؤول")), "{:?}", actors(&d));
    let d = code("وتحدث مسؤولون عن وضع مأساوي في المدينة.");
    assert!(is_actor(&d, "مسؤولون"), "{:?}", actors(&d));
}

#[test]
fn speaking_a_language_is_no_spokeswoman() {
    let d = code("وتتصدر نيجيريا الدول الإفريقية الناطقة بالإنجليزية في عدد السكان، كما قالت الناطقة باسم الحكومة النيجيرية.");
    assert!(
        !actors(&d).iter().any(|(t, _)| t.starts_with("الناطقة بالإنجليزية") || t == "الناطقة"),
        "{:?}",
        actors(&d)
    );
    // the spokeswoman in the name of the government still is
    assert!(actors(&d).iter().any(|(t, c)| t.contains("الناطقة باسم") && c == "NGAGOV"), "{:?}", actors(&d));
}

#[test]
fn the_bahraini_foreign_minister_by_his_first_names() {
    let d = code("وكتب الشيخ خالد بن أحمد في تغريدة أن المنامة تدعم جهود الوساطة.");
    assert!(actors(&d).iter().any(|(t, c)| t.contains("خالد بن أحمد") && c == "BHRGOV"), "{:?}", actors(&d));
}

#[test]
fn a_spokesman_of_a_party_or_group_the_lexicon_lacks_is_no_government() {
    // (not the government of the country named before: the body's, left
    // to the quote as a source noun with no code)
    let d = code("أعلنت الحكومة الأردنية موعد الانتخابات البرلمانية المقبلة. وقال المتحدث باسم حركة التجديد الوطني إن الحركة ترفض القانون الانتخابي الجديد.");
    assert!(!actors(&d).iter().any(|(t, _)| t.starts_with("المتحدث")), "{:?}", actors(&d));
    let q = d.quotes.iter().find(|q| q.text.starts_with("الحركة ترفض")).expect("the quote");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!((s.text.as_str(), s.actor.as_deref()), ("المتحدث باسم حركة التجديد الوطني", None));
    let d = code("أعلنت الحكومة الأردنية موعد الانتخابات البرلمانية المقبلة. وقال متحدث باسم إحدى الجماعات المعارضة إن الحكومة لم تتشاور مع أحد.");
    assert!(!actors(&d).iter().any(|(t, _)| t.starts_with("متحدث")), "{:?}", actors(&d));
    // the government's own spokesman is still the government's
    let d = code("أعلنت الحكومة الأردنية موعد الانتخابات البرلمانية المقبلة. وقال المتحدث باسم الحكومة إن الاقتراع سيجري في موعده.");
    assert!(has_actor(&d, "المتحدث باسم الحكومة", "JORGOV"), "{:?}", actors(&d));
}

#[test]
fn unicef_is_named_without_the_article_too() {
    let d = code("وقالت منظمة يونيسف إن آلاف الأطفال في اليمن يحتاجون إلى المساعدة.");
    assert!(
        d.events.iter().any(|e| e.code == "010" && e.source.as_deref() == Some("IGOUNOKID")),
        "{:?}",
        d.events
    );
}

#[test]
fn a_spokesman_in_the_name_of_a_hashtag_body_is_that_body_s() {
    let d = code("وقال المتحدث باسم #حركة_حماس إن الحركة لن تقبل بأي تسوية.");
    // (the statement is the movement's, not an unnamed government's)
    assert_eq!(events(&d), vec![("010".to_string(), Some("PSEREBHMS".to_string()), None)]);
}

#[test]
fn a_former_office_holder_is_one_of_the_countrys_elites() {
    // by the lexicon's dates: Obama left office in 2017, so he is USAELI in
    // 2018 and his criticism of the sitting president is an event between
    // two actors, not one actor with itself
    let d = code("انتقد باراك أوباما بشدة قرار الرئيس دونالد ترامب الانسحاب من الاتفاق مع إيران.");
    assert!(has_actor(&d, "باراك أوباما", "USAELI"), "{:?}", actors(&d));
    assert!(has_actor(&d, "دونالد ترامب", "USAGOV"), "{:?}", actors(&d));
    assert!(common::has_event(&d, "111", Some("USAELI"), Some("USAGOV")), "{:?}", events(&d));
    // by the title: "الأسبق" makes an unnamed minister a former one; a
    // former president still says whose "الحكومة" is meant
    let d = code("وقال وزير الدفاع المصري الأسبق في حوار تلفزيوني إن محمد مرسي ارتكب أخطاء، فيما أكدت الحكومة أنها ستواصل محاكمته.");
    assert!(has_actor(&d, "وزير الدفاع المصري", "EGYELI"), "{:?}", actors(&d));
    assert!(has_actor(&d, "محمد مرسي", "EGYELI"), "{:?}", actors(&d));
    assert!(has_actor(&d, "الحكومة", "EGYGOV"), "{:?}", actors(&d));
    // a government named by its former head is still the state's, and a
    // person in a title's genitive is not the one who left ("محامي ترامب
    // السابق" is a lawyer who left Trump)
    let d = code("وقد فرضت إدارة أوباما عقوبات على إيران، كما التقى محامي ترامب السابق بمسؤولين روس.");
    assert!(common::has_event(&d, "163", Some("USAGOV"), Some("IRN")), "{:?}", events(&d));
    assert!(!actors(&d).iter().any(|(_, c)| c == "USAELI"), "{:?}", actors(&d));
}

#[test]
fn a_crown_prince_named_with_his_country_in_the_genitive_is_its_government() {
    // "ولي عهد الأردن" as "ولي العهد الأردني"
    let d = code("وزار ولي عهد الأردن، الأمير الحسين بن عبد الله الثاني، مقر قيادة قوات الأمن.");
    assert!(has_actor(&d, "ولي عهد الأردن", "JORGOV"), "{:?}", actors(&d));
}

#[test]
fn sabiqan_after_a_persons_title_makes_a_former_official_not_after_a_body() {
    // "السفير السعودي سابقا" is a former ambassador; "البرلمان العراقي
    // سابقا" is what parliament decided before
    let d = code("وألقى السفير السعودي سابقا في واشنطن محاضرة في مركز الدراسات.");
    assert!(has_actor(&d, "السفير السعودي", "SAUELI"), "{:?}", actors(&d));
    let d = code("وصادقت المحكمة الاتحادية العليا على ما قرره البرلمان العراقي سابقا بإعادة فرز الأصوات.");
    assert!(has_actor(&d, "البرلمان العراقي", "IRQLEG"), "{:?}", actors(&d));
}

#[test]
fn a_body_with_a_name_of_its_own_belongs_to_the_organisation_after_tabia() {
    // the fact-finding committee is the OPCW's, not the government named before
    let d = code("وحذرت الحكومة الأمريكية من العبث بالأدلة، فيما دخلت لجنة تقصي الحقائق التابعة لمنظمة حظر الأسلحة الكيميائية إلى مدينة دوما.");
    assert!(!actors(&d).iter().any(|(t, c)| t == "لجنة" && c == "USAGOV"), "{:?}", actors(&d));
    assert!(
        !d.events.iter().any(|e| e.code == "092" && e.source.as_deref() == Some("USAGOV")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn a_deputy_ambassador_is_of_the_government_not_a_member_of_parliament() {
    // "نائب" alone is a member of parliament (LEG); "نائبة السفير" is the
    // ambassador's deputy
    let d = code("واتهمت نائبة السفير الأمريكي لدى الأمم المتحدة روسيا بعرقلة الجهود.");
    assert!(has_actor(&d, "نائبة السفير الأمريكي", "USAGOV"), "{:?}", actors(&d));
}

#[test]
fn a_plural_that_keeps_its_nun_heads_no_construct_past_a_word_between() {
    // "مسلحون مقر السفارة الأمريكية": the gunmen are not the embassy's
    let d = code("وقد هاجم مسلحون مقر السفارة الأمريكية في العاصمة.");
    assert!(
        !actors(&d).iter().any(|(t, c)| t.starts_with("مسلحون") && c.starts_with("USA")),
        "{:?}",
        actors(&d)
    );
    assert!(has_actor(&d, "السفارة الأمريكية", "USAGOV"), "{:?}", actors(&d));
}
