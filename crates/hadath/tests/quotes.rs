//! Quotes and their speakers (docs/output-format.md, section Quote): who said
//! what, also when the speaker is no coded actor.

use crate::common;

use common::code_on as code;
use hadath::{Document, Quote};

/// The quote whose text starts with `start`.
fn quote<'d>(d: &'d Document, start: &str) -> &'d Quote {
    d.quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {:?}", d.quotes))
}

/// The speaker's text and actor code of that quote.
fn speaker(d: &Document, start: &str) -> Option<(String, Option<String>)> {
    quote(d, start).speaker.as_ref().map(|s| (s.text.clone(), s.actor.clone()))
}

#[test]
fn a_source_noun_after_the_verb_speaks_without_an_actor() {
    let d = code("وذكرت تقارير إعلامية أن الحكومة تدرس رفع أسعار الوقود مطلع الشهر المقبل.", "2024-02-27");
    assert_eq!(speaker(&d, "الحكومة تدرس"), Some(("تقارير إعلامية".to_string(), None)));
}

#[test]
fn a_person_the_lexicon_lacks_is_the_speaker_of_a_direct_quote() {
    let d = code(
        "وقالت سارة هولمز، وهي من سكان الحي: «سمعنا دويا هائلا ثم رأينا الدخان يتصاعد من المبنى».",
        "2024-04-18",
    );
    let q = quote(&d, "سمعنا دويا");
    assert!(q.direct);
    assert_eq!(q.cue.as_deref(), Some("وقالت"));
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!((s.text.as_str(), s.actor.as_deref()), ("سارة هولمز", None));
    // the span is the mention in the text
    let text: Vec<char> = "وقالت سارة هولمز، وهي من سكان الحي: «سمعنا دويا هائلا ثم رأينا الدخان يتصاعد من المبنى»."
        .chars()
        .collect();
    assert_eq!(text[s.start..s.end].iter().collect::<String>(), s.text);
}

#[test]
fn an_organisation_named_in_quotation_marks_is_no_quote_but_the_speaker() {
    let d = code(
        "وقالت منظمة «أنقذوا الأطفال» الخيرية إن آلاف الأطفال في المخيمات يعانون من سوء التغذية.",
        "2024-01-22",
    );
    assert!(d.quotes.iter().all(|q| q.text != "أنقذوا الأطفال"), "{:?}", d.quotes);
    // (the name in the marks is the verb's subject, and the lexicon knows it)
    assert_eq!(speaker(&d, "آلاف الأطفال"), Some(("أنقذوا الأطفال".to_string(), Some("NGO".to_string()))));
}

#[test]
fn it_is_mentioned_that_is_nobody_s_quote_nor_statement() {
    let d = code(
        "قال الرئيس التونسي قيس سعيد إن الانتخابات التشريعية ستجري في موعدها المحدد. يذكر أن البرلمان صادق على القانون الانتخابي الجديد في العام الماضي.",
        "2024-05-02",
    );
    assert_eq!(speaker(&d, "الانتخابات التشريعية").and_then(|s| s.1).as_deref(), Some("TUNGOV"));
    assert!(d.quotes.iter().all(|q| !q.text.starts_with("البرلمان")), "{:?}", d.quotes);
    assert!(d.events.iter().all(|e| e.trigger.text != "يذكر"), "{:?}", d.events);
}

#[test]
fn added_goes_on_from_a_speaker_without_an_actor() {
    let d = code(
        "وقالت جمعية حقوقية محلية إن قوات الأمن اعتقلت عشرين متظاهرا في العاصمة. وأضافت: «نطالب بالإفراج الفوري عنهم».",
        "2024-05-19",
    );
    let first = speaker(&d, "قوات الأمن");
    assert_eq!(first, Some(("جمعية حقوقية محلية".to_string(), None)));
    assert_eq!(speaker(&d, "نطالب بالإفراج"), first);
}

#[test]
fn a_name_before_its_role_is_one_speaker_with_the_role_s_code() {
    let d = code(
        "قال بكر بوزداج المتحدث باسم الحكومة التركية، الاثنين، إن لأنقرة الحق في شن عمليات ضد المسلحين.",
        "2018-06-04",
    );
    assert_eq!(
        speaker(&d, "لأنقرة الحق"),
        Some(("بكر بوزداج المتحدث باسم الحكومة التركية".to_string(), Some("TURGOV".to_string())))
    );
}

#[test]
fn a_circumstance_between_commas_does_not_hide_reported_speech() {
    let d = code(
        "وقال الرئيس الفرنسي إيمانويل ماكرون، خلال زيارته إلى الجزائر، إن البلدين سيفتحان صفحة جديدة.",
        "2022-08-26",
    );
    assert_eq!(
        speaker(&d, "البلدين سيفتحان").and_then(|s| s.1).map(|a| a[..3].to_string()).as_deref(),
        Some("FRA")
    );
}

#[test]
fn a_report_quoting_someone_is_that_person_s_quote() {
    // "نقلت الوكالة عن X قوله": X speaks, the agency passes it on
    let d = code(
        "ونقلت وكالة الأنباء الألمانية عن المتحدث باسم الشرطة البلجيكية قوله إن التحقيق ما زال في بدايته.",
        "2024-03-14",
    );
    let q = quote(&d, "التحقيق ما زال");
    assert!(!q.direct);
    assert_eq!(q.cue.as_deref(), Some("قوله"));
    assert_eq!(
        speaker(&d, "التحقيق ما زال"),
        Some(("المتحدث باسم الشرطة البلجيكية".to_string(), Some("BELCOP".to_string())))
    );
    // and a direct quote after "قولها:"
    let d = code("ونقلت صحيفة محلية عن منى الراشد قولها: «لم نتلق أي مساعدة منذ بداية الشتاء».", "2024-01-09");
    assert_eq!(speaker(&d, "لم نتلق"), Some(("منى الراشد".to_string(), None)));
}

#[test]
fn according_to_someone_names_the_speaker_of_a_quote_without_one() {
    let d = code("«لن نعود إلى العمل قبل صرف الرواتب المتأخرة»، بحسب مصدر في نقابة المعلمين.", "2024-02-20");
    let s = quote(&d, "لن نعود").speaker.as_ref().expect("a speaker");
    assert!(s.text.starts_with("مصدر"), "{s:?}");
    let d = code("«سيعاد فتح المعبر أمام المسافرين الأسبوع المقبل»، حسبما قال مسؤول أردني للصحفيين.", "2024-02-20");
    assert_eq!(speaker(&d, "سيعاد فتح"), Some(("مسؤول أردني".to_string(), Some("JORGOV".to_string()))));
}

#[test]
fn according_to_a_medium_or_a_verb_with_its_own_subject_names_no_speaker() {
    // a news agency passes on what others said
    let d = code("«الوضع في المدينة هادئ تماما منذ الصباح»، بحسب وكالة الأنباء الفرنسية.", "2024-02-20");
    assert_eq!(speaker(&d, "الوضع في المدينة"), None);
    // the verb's subject after it is the speaker, not the source of the report
    let d = code("وبحسب وكالة محلية، يقول ممثلو الادعاء إن المتهم خطط للهجوم منذ أشهر.", "2024-02-20");
    assert!(speaker(&d, "المتهم خطط").is_none_or(|(t, _)| !t.contains("وكالة")), "{:?}", d.quotes);
}

#[test]
fn a_role_with_adjectives_before_a_name_the_lexicon_lacks_speaks_under_that_name() {
    let d = code("وقال الخبير الاقتصادي البارز سامر العلوان إن الأسعار سترتفع مجددا في الصيف.", "2024-06-02");
    assert_eq!(
        speaker(&d, "الأسعار سترتفع"),
        Some(("الخبير الاقتصادي البارز سامر العلوان".to_string(), Some("EDU".to_string())))
    );
}

#[test]
fn the_speaker_is_the_verb_s_subject_not_a_mention_with_its_code_in_what_is_reported() {
    let d = code(
        "وقال الجيش الإسرائيلي في بيان إن المقاتلات الإسرائيلية قصفت «أهدافا عسكرية تابعة للحركة في شمال القطاع».",
        "2024-03-05",
    );
    assert_eq!(speaker(&d, "أهدافا عسكرية"), Some(("الجيش الإسرائيلي".to_string(), Some("ISRMIL".to_string()))));
}

#[test]
fn the_statement_speaks_for_whoever_issued_it() {
    let d = code(
        "وقالت وزارة الداخلية الكويتية في بيان إن قوات الأمن اعتقلت خمسة مشتبه بهم. وأضاف البيان أن التحقيقات ما زالت جارية لمعرفة بقية أفراد الشبكة.",
        "2024-03-05",
    );
    let s = quote(&d, "التحقيقات ما زالت").speaker.as_ref().expect("a speaker");
    assert_eq!(s.actor.as_deref(), Some("KWTGOV"), "{s:?}");
}

#[test]
fn a_source_noun_and_the_actor_after_it_are_one_speaker() {
    let d = code("وقال أحد السكان إن القصف استمر طوال الليل دون توقف.", "2024-03-05");
    assert_eq!(speaker(&d, "القصف استمر"), Some(("أحد السكان".to_string(), Some("CVL".to_string()))));
}

#[test]
fn two_leaders_named_by_a_dual_are_no_one_of_them() {
    // the output has one actor a speaker: the dual resolves to none rather
    // than to one of the pair
    let d = code(
        "التقى الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في سوتشي. وقال الرئيسان إن التعاون بين البلدين سيتعزز.",
        "2018-09-17",
    );
    assert_eq!(speaker(&d, "التعاون بين"), Some(("الرئيسان".to_string(), None)));
}

#[test]
fn a_speech_verb_with_in_it_speaks_for_who_issued_the_statement() {
    // the issuer is a name the lexicon lacks, past the body it works for
    let d = code(
        "وكتب الكاتب الروسي إيغور بيلوف، من جامعة موسكو، مقالا قال فيه إن الاقتصاد يواجه ركودا طويلا.",
        "2018-06-12",
    );
    assert_eq!(speaker(&d, "الاقتصاد يواجه"), Some(("إيغور بيلوف".to_string(), None)));
    // the owner of the statements the verb goes into, not the one who criticises them
    let d = code(
        "وانتقد الوزير تصريحات المعارض البارز سامر حداد، التي قال فيها إن الانتخابات مزورة.",
        "2018-06-12",
    );
    assert_eq!(speaker(&d, "الانتخابات مزورة"), Some(("سامر حداد".to_string(), None)));
    // a subject after "فيه" is the verb's own
    let d = code(
        "وأعلن الرئيس الكيني وليام روتو خطة جديدة في وقت قال فيه خبراء الأمم المتحدة إن الجفاف سيستمر.",
        "2023-03-02",
    );
    assert_eq!(speaker(&d, "الجفاف سيستمر").and_then(|s| s.1), Some("IGOUNO".to_string()));
}

#[test]
fn words_reported_once_and_cued_twice_are_one_quote() {
    let d = code(
        "وأصدرت منظمة العفو الدولية بيانا، الأربعاء، قالت فيه إن السلطات احتجزت عشرات الصحفيين.",
        "2018-06-13",
    );
    let qs: Vec<_> = d.quotes.iter().filter(|q| q.text.starts_with("السلطات احتجزت")).collect();
    assert_eq!(qs.len(), 1, "{:?}", d.quotes);
    assert_eq!(qs[0].speaker.as_ref().and_then(|s| s.actor.as_deref()), Some("NGOAMN"));
}

#[test]
fn a_speech_verb_after_a_relative_pronoun_speaks_for_its_antecedent() {
    let d = code(
        "وجاء ذلك ردا على الرئيس الفرنسي إيمانويل ماكرون الذي قال إن أوروبا يجب أن تعتمد على نفسها.",
        "2018-11-10",
    );
    assert_eq!(speaker(&d, "أوروبا يجب"), Some(("إيمانويل ماكرون".to_string(), Some("FRAGOV".to_string()))));
    // not where the pronoun and the verb disagree: a feminine antecedent and
    // a masculine verb, whose subject is the minister
    let d = code("وتحدث الوزير عن حماية بغداد، التي اعتبر أنها مهددة بالفيضانات.", "2018-11-10");
    assert!(
        d.quotes.iter().all(|q| q.speaker.as_ref().and_then(|s| s.actor.as_deref()) != Some("IRQ")),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_speech_verb_with_no_subject_goes_on_from_the_subject_of_the_sentence_before() {
    // (VSO before: the name after the previous sentence's first verb; the
    // one spoken to after the verb is no subject)
    let d = code(
        "وانتقد مارك هيلتون، النائب عن حزب العمال، خطة الحكومة الجديدة للإسكان. وقال للصحفيين إن الخطة لن تحل أزمة السكن في المدن الكبرى.",
        "2024-03-05",
    );
    assert_eq!(speaker(&d, "الخطة لن تحل"), Some(("مارك هيلتون".to_string(), None)));
    // (past an adverb: "وقالت أيضا")
    let d = code("وانتقدت ليلى مراد، الناشطة الحقوقية، قرار المحكمة. وقالت أيضا إن الحكم سيستأنف.", "2024-03-05");
    assert_eq!(speaker(&d, "الحكم سيستأنف"), Some(("ليلى مراد".to_string(), None)));
}

#[test]
fn the_subject_before_must_agree_with_the_speech_verb_in_gender() {
    let d = code(
        "وانتقدت ليلى مراد، الناشطة الحقوقية، قرار المحكمة. وقال أيضا إن القرار سيصدر الأسبوع المقبل.",
        "2024-03-05",
    );
    assert_eq!(speaker(&d, "القرار سيصدر"), None);
}

#[test]
fn a_name_opening_the_sentence_before_its_speech_verb_is_the_speaker() {
    // (SVO after "لكن", in this sentence and carried to the next)
    let d = code(
        "لكن ماريا لوبيز أكدت أن المقال فهم بشكل خاطئ. وقالت لصحيفة محلية: «لم أقصد الإساءة لأحد، وكنت أنتقد الفساد فقط».",
        "2024-06-11",
    );
    assert_eq!(speaker(&d, "المقال فهم"), Some(("ماريا لوبيز".to_string(), None)));
    assert_eq!(speaker(&d, "لم أقصد"), Some(("ماريا لوبيز".to_string(), None)));
    let d = code("لكن جوزيف مارتن قال إن الشركة لم تتلق أي شكوى من العملاء.", "2024-06-11");
    assert_eq!(speaker(&d, "الشركة لم"), Some(("جوزيف مارتن".to_string(), None)));
}

#[test]
fn a_noun_spelt_with_lam_after_the_verb_is_its_subject_not_the_one_spoken_to() {
    // ("لقطات" is no "ل" + addressee: the speech verb has a subject)
    let d = code(
        "وانتقدت ليلى مراد، الناشطة الحقوقية، قرار المحكمة. وتشير لائحة الاتهام إلى أن الشركة خالفت القانون.",
        "2024-03-05",
    );
    assert_ne!(speaker(&d, "الشركة خالفت").map(|s| s.0), Some("ليلى مراد".to_string()));
}

#[test]
fn a_continuing_speech_verb_goes_on_from_the_latest_speaker_not_an_older_actor() {
    // (the coder carries the minister, named two sentences back; the
    // speaker of the quote right before, with no code, is the one who goes on)
    let d = code(
        "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة. وقالت كاترين دوبوا، من منظمة أطباء العالم، إن المستشفيات تفتقر إلى الأدوية. وأضافت أن الأطفال هم أول الضحايا.",
        "2018-06-10",
    );
    assert_eq!(speaker(&d, "المحادثات كانت"), Some(("سيرغي لافروف".to_string(), Some("RUSGOV".to_string()))));
    assert_eq!(speaker(&d, "الأطفال هم"), Some(("كاترين دوبوا".to_string(), None)));
}

#[test]
fn a_speech_verb_joined_to_the_clause_before_goes_on_from_its_subject() {
    let d = code(
        "ورحبت ماريا لوبيز، الناشطة الحقوقية، بقرار المحكمة، وقالت للصحفيين إن الحكم انتصار للعدالة.",
        "2024-06-11",
    );
    assert_eq!(speaker(&d, "الحكم انتصار"), Some(("ماريا لوبيز".to_string(), None)));
    // (not one that disagrees in gender)
    let d = code(
        "ورحبت ماريا لوبيز، الناشطة الحقوقية، بقرار المحكمة، وقال للصحفيين إن الحكم انتصار للعدالة.",
        "2024-06-11",
    );
    assert_eq!(speaker(&d, "الحكم انتصار"), None);
}

#[test]
fn a_relative_of_someone_in_the_news_is_a_speaker() {
    let d = code("وقالت والدة الطالب المفقود للصحفيين إن الشرطة لم تبلغها بأي تطورات في القضية.", "2024-02-14");
    assert_eq!(speaker(&d, "الشرطة لم تبلغها"), Some(("والدة الطالب المفقود".to_string(), None)));
}

#[test]
fn a_title_or_rank_before_an_unknown_name_opens_the_speaker() {
    let d = code("وقال العميد سامر حداد إن الوحدات الهندسية أزالت مئات الألغام من الطريق الساحلي.", "2024-02-14");
    assert_eq!(speaker(&d, "الوحدات الهندسية"), Some(("العميد سامر حداد".to_string(), None)));
    let d = code("ويقول الدكتور كريم منصور إن المستشفى يعمل بنصف طاقته منذ أسابيع.", "2024-02-14");
    assert_eq!(speaker(&d, "المستشفى يعمل"), Some(("الدكتور كريم منصور".to_string(), None)));
}

#[test]
fn a_statement_names_the_body_that_issued_it() {
    // "بيان صادر عن X": the statement speaks for X, as cue or as the subject of the verb
    let d = code(
        "أفاد بيان صادر عن وزارة الدفاع الفرنسية الخميس بأن طائرتين استطلاعيتين عادتا إلى قاعدتهما بسلام.",
        "2024-03-07",
    );
    assert_eq!(
        speaker(&d, "طائرتين استطلاعيتين"),
        Some(("وزارة الدفاع الفرنسية".to_string(), Some("FRAMIL".to_string())))
    );
    // "بيان لـX"
    let d = code("وجاء في بيان للحكومة الأردنية: «سنواصل دعم جهود التهدئة في المنطقة».", "2024-03-07");
    assert_eq!(speaker(&d, "سنواصل دعم").and_then(|s| s.1), Some("JORGOV".to_string()));
}

#[test]
fn a_statement_that_is_the_medium_of_a_verb_is_its_uncoded_subject_s() {
    let d = code("وقالت جمعية أصدقاء البيئة في بيان «التلوث في النهر بلغ مستويات خطيرة».", "2024-05-20");
    assert_eq!(speaker(&d, "التلوث في النهر"), Some(("جمعية أصدقاء البيئة".to_string(), None)));
}

#[test]
fn is_called_cues_no_quote_but_names_a_speaker() {
    // "يدعى" (is called) folds like "يدعي" (claims): no quote of its own
    let d = code("وأوضح مصدر في الشرطة أن الرجل يدعى حسان مراد وأنه اعتقل في منزله.", "2024-02-11");
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    assert!(d.quotes[0].text.starts_with("الرجل يدعى"));
    // (the name of a speech verb's subject still gives the speaker)
    let d = code("وقال مزارع يدعى جميل العبد إن المياه غمرت حقله بالكامل.", "2024-02-11");
    assert_eq!(speaker(&d, "المياه غمرت"), Some(("جميل العبد".to_string(), None)));
}

#[test]
fn a_speech_participle_after_a_verb_of_going_on_continues_the_speaker() {
    let d = code(
        "قال سامر يوسف: «سمعنا إطلاق نار كثيف قرب السوق». وأضاف قائلا: «هرب الجميع إلى الأزقة».",
        "2024-04-02",
    );
    assert_eq!(speaker(&d, "هرب الجميع"), Some(("سامر يوسف".to_string(), None)));
}

#[test]
fn a_speech_verb_after_kana_and_its_subject_speaks_for_that_subject() {
    let d = code("وكان كريم داود قد قال للصحفيين: \"لن نتراجع عن مطالبنا\".", "2024-04-02");
    assert_eq!(speaker(&d, "لن نتراجع"), Some(("كريم داود".to_string(), None)));
}

#[test]
fn a_statement_medium_of_a_verb_with_no_subject_goes_on_from_the_clause_before() {
    let d = code("وأكدت شبكة \"بي بي سي\" الخبر، وقالت في بيان: \"كان زميلا رائعا وسنفتقده\".", "2024-04-02");
    assert_eq!(speaker(&d, "كان زميلا"), Some(("بي بي سي".to_string(), Some("GBRMED".to_string()))));
}

#[test]
fn a_source_noun_after_kana_keeps_the_actor_in_its_genitive() {
    let d = code(
        "التقى وزير الخارجية الفرنسي جان إيف لودريان نظيره الأردني في باريس. وكان مكتب رئيس الوزراء الأردني قد ذكر أن الزيارة تهدف إلى تنسيق المواقف.",
        "2024-04-02",
    );
    assert_eq!(
        speaker(&d, "الزيارة تهدف"),
        Some(("مكتب رئيس الوزراء الأردني".to_string(), Some("JORGOV".to_string())))
    );
}

#[test]
fn a_speech_participle_after_a_comma_ends_what_is_reported_before_it() {
    // the feminine and plural participles are speech cues as the masculine is
    let d = code("وقالت وزيرة الخارجية الكندية إن الوضع صعب، مشيرة إلى أن الحل قريب.", "2018-08-06");
    assert_eq!(quote(&d, "الوضع صعب").text, "الوضع صعب");
    assert_eq!(speaker(&d, "الحل قريب").and_then(|s| s.1), Some("CANGOV".to_string()));
    let d = code("وقال الوزراء الأوروبيون إن الوضع صعب، مشيرين إلى أن الحل قريب.", "2018-08-06");
    assert_eq!(quote(&d, "الوضع صعب").text, "الوضع صعب");
    assert!(speaker(&d, "الحل قريب").is_some(), "{:?}", d.quotes);
    // a participle that goes on after a direct quote
    let d = code(
        "وأكد الرئيس الصيني شي جينبينغ أن \"العولمة الاقتصادية اتجاه لا رجعة فيه\"، متابعا \"باب الانفتاح الصيني لن يغلق\".",
        "2018-04-10",
    );
    assert_eq!(speaker(&d, "باب الانفتاح").and_then(|s| s.1), Some("CHNGOV".to_string()));
}
